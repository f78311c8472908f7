// SPDX-License-Identifier: GPL-3.0-or-later
// Hubs on one PostgreSQL share the number's cap through a small table: demand, grant, heartbeat.
#pragma once

#include "store/Database.h"

#include <QList>
#include <QString>

#include <memory>

namespace duet::hub {

/// One hub instance's row of `send_budget_hubs`.
struct HubBudgetRow
{
    QString instance;
    int demand = 0;   ///< messages per second its desktops ask for (0: idle)
    int granted = 0;  ///< whole messages per second it may send at now
    int released = 0; ///< a grant it gave up, still counted until releasedUntilMs
    qint64 releasedUntilMs = 0;
    qint64 heartbeatMs = 0; ///< its last round
};

/// The cluster's division of the cap (docs/RATE-LIMITS.md "Several hubs"). Every hub runs a round
/// a few times a second: in one short transaction that locks the table it reads every row, takes
/// its fair share of what the others do not hold, and writes its row back. The invariants:
/// - grants are whole messages per second, so each hub's pacing (a token bucket of burst 1) puts
///   at most `granted` messages in any sliding second, and whole numbers add up exactly;
/// - a hub counts against the cap what it holds: max(granted, released while releasedUntilMs is
///   ahead), so capacity a hub gives up reaches another hub only one second later, when no sliding
///   second can hold both the old holder's and the new holder's full rate;
/// - a hub raises its grant only up to cap minus what the others hold, so the held amounts never
///   sum above the cap at any instant;
/// - a row whose heartbeat is older than staleMs is dead: it is deleted and its grant reclaimed. A
///   hub that could not finish a round for staleMs - releaseMs stops sending on its own first
///   (SendBudget), so the reclaimed grant is never still in use.
class BudgetLedger
{
public:
    struct Options
    {
        qint64 releaseMs = 1'250; ///< given-up capacity stays counted this long: 1 s, plus 250 ms for the round itself
        qint64 staleMs = 3'000;   ///< a heartbeat older than this is a dead hub's
    };

    /// What a row holds against the cap at `nowMs`.
    static int held(const HubBudgetRow& row, qint64 nowMs);

    /// The pure round: the new row for `me` given every live row (its own old one included, if
    /// any), its demand and the cap. Whole messages per second; never more than the cap minus
    /// what the other live rows hold.
    static HubBudgetRow decide(const QList<HubBudgetRow>& rows, const QString& me, int demand, int cap, qint64 nowMs,
                               const Options& options);

    BudgetLedger(const QString& instance, Options options);
    BudgetLedger(const QString& instance);
    ~BudgetLedger();

    /// Opens the ledger's own connection (the table is created by HubSchema's migration 3). A
    /// round that fails closes it; the next round opens it again.
    bool open(const store::DatabaseLocation& location, QString* error);
    /// One round in one transaction; *granted gets this hub's new grant. False with *error when
    /// the database could not be used (the caller keeps its old grant until it is stale).
    bool round(int demand, int cap, qint64 nowMs, int* granted, QString* error);
    /// A clean stop: a last round that gives the whole grant up, so the others may use it after the
    /// release second instead of waiting for this row to go stale.
    void leave(qint64 nowMs);
    const QString& instance() const { return m_instance; }

private:
    QString m_instance;
    Options m_options;
    store::DatabaseLocation m_location;
    std::unique_ptr<store::Database> m_db;
};

} // namespace duet::hub
