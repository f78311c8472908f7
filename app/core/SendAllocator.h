// SPDX-License-Identifier: GPL-3.0-or-later
// Divides a send rate among desktop sessions by their demand: live before bulk, agents not sockets.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace duet {

/// What one desktop session has queued right now.
struct SessionDemand
{
    QString session; ///< the session's key (unique)
    QString agent;   ///< whose session it is; shares count agents, not sockets
    int live = 0;    ///< replies queued in the live lane
    int bulk = 0;    ///< campaign sends queued in the bulk lane

    bool isBusy() const { return live > 0 || bulk > 0; }
};

/// Pure allocation of a rate (messages per second) among sessions, docs/RATE-LIMITS.md "The
/// lease". A queue of n messages asks for up to n messages per second (it could empty in one
/// second at that rate). The rules, in order:
/// - idle sessions (nothing queued) hold nothing;
/// - live demand is served first across the whole team, max-min fair among agents (an agent's
///   sessions are added up, then the agent's grant is split among them the same way);
/// - what live leaves goes to bulk demand, by the same rule;
/// - what both leave is split equally among the busy agents (and among each one's busy
///   sessions), so a lone busy session gets the whole rate;
/// - the leases never sum above `capacity` (each is rounded down to a thousandth).
class SendAllocator
{
public:
    /// session -> lease in messages per second; every session of `demands` is in it (0 when idle).
    static QHash<QString, double> allocate(double capacity, const QList<SessionDemand>& demands);

    /// Max-min fair division of `capacity` among `demands` (each grant <= its demand; a grant
    /// below its demand means the capacity ran out). Negative demands count as 0.
    static std::vector<double> waterFill(double capacity, const std::vector<double>& demands);
};

} // namespace duet
