// SPDX-License-Identifier: GPL-3.0-or-later
// The lease rules: water-filling of live, then bulk, then the rest, by agent and then by session.
#include "SendAllocator.h"

#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace duet {
namespace {

constexpr double kUnlimited = std::numeric_limits<double>::infinity();

/// The sessions of one agent, in a stable order.
struct AgentGroup
{
    QString agent;
    QList<int> sessions; ///< indexes into the demand list
};

/// Splits `capacity` among the agents by `demandOf(session index)`, then each agent's grant among
/// its sessions by the same rule; adds the grants to `leases` and returns what was used.
template <typename Demand>
double serve(double capacity, const QList<AgentGroup>& agents, Demand demandOf, std::vector<double>* leases)
{
    if (capacity <= 0)
        return 0;
    std::vector<double> agentDemand;
    agentDemand.reserve(agents.size());
    for (const AgentGroup& a : agents) {
        double sum = 0;
        for (int i : a.sessions)
            sum += demandOf(i);
        agentDemand.push_back(sum);
    }
    const std::vector<double> agentGrant = SendAllocator::waterFill(capacity, agentDemand);
    double used = 0;
    for (qsizetype k = 0; k < agents.size(); ++k) {
        const AgentGroup& a = agents.at(k);
        std::vector<double> sessionDemand;
        for (int i : a.sessions)
            sessionDemand.push_back(demandOf(i));
        const std::vector<double> grant = SendAllocator::waterFill(agentGrant[size_t(k)], sessionDemand);
        for (qsizetype j = 0; j < a.sessions.size(); ++j) {
            (*leases)[size_t(a.sessions.at(j))] += grant[size_t(j)];
            used += grant[size_t(j)];
        }
    }
    return used;
}

} // namespace

std::vector<double> SendAllocator::waterFill(double capacity, const std::vector<double>& demands)
{
    std::vector<double> grants(demands.size(), 0.0);
    if (!(capacity > 0) || demands.empty())
        return grants;
    std::vector<size_t> order(demands.size());
    std::iota(order.begin(), order.end(), size_t(0));
    auto demandAt = [&](size_t i) { return std::isnan(demands[i]) ? 0.0 : std::max(0.0, demands[i]); };
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) { return demandAt(x) < demandAt(y); });
    double left = capacity;
    size_t remaining = order.size();
    for (size_t i : order) {
        const double fair = left / double(remaining);
        const double grant = std::min(fair, demandAt(i));
        grants[i] = grant;
        left -= grant;
        --remaining;
    }
    return grants;
}

QHash<QString, double> SendAllocator::allocate(double capacity, const QList<SessionDemand>& demands)
{
    QHash<QString, double> out;
    for (const SessionDemand& d : demands)
        out.insert(d.session, 0.0);
    if (!(capacity > 0) || !std::isfinite(capacity))
        return out;

    // Busy sessions grouped by agent, agents in name order, so equal inputs give equal leases.
    QMap<QString, AgentGroup> byAgent;
    for (qsizetype i = 0; i < demands.size(); ++i) {
        if (!demands.at(i).isBusy())
            continue;
        AgentGroup& g = byAgent[demands.at(i).agent];
        g.agent = demands.at(i).agent;
        g.sessions.append(int(i));
    }
    if (byAgent.isEmpty())
        return out;
    const QList<AgentGroup> agents = byAgent.values();

    std::vector<double> leases(size_t(demands.size()), 0.0);
    // A queue of n messages asks for n per second, never more than the whole capacity.
    auto live = [&](int i) { return std::min(capacity, double(std::max(0, demands.at(i).live))); };
    auto bulk = [&](int i) { return std::min(capacity, double(std::max(0, demands.at(i).bulk))); };

    double left = capacity;
    left -= serve(left, agents, live, &leases);
    left -= serve(std::max(0.0, left), agents, bulk, &leases);
    if (left > 0) {
        // Equal shares of the rest; waterFill with unlimited demands gives each agent left / n.
        std::vector<double> none(size_t(agents.size()), kUnlimited);
        const std::vector<double> agentGrant = waterFill(left, none);
        for (qsizetype k = 0; k < agents.size(); ++k) {
            const AgentGroup& a = agents.at(k);
            for (int i : a.sessions)
                leases[size_t(i)] += agentGrant[size_t(k)] / double(a.sessions.size());
        }
    }
    for (qsizetype i = 0; i < demands.size(); ++i) {
        // Round down to a thousandth: the sum never creeps above the capacity.
        out.insert(demands.at(i).session, std::floor(leases[size_t(i)] * 1000.0) / 1000.0);
    }
    return out;
}

} // namespace duet
