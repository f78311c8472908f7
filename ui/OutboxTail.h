// SPDX-License-Identifier: GPL-3.0-or-later
// The agent's sends still in the outbox as the open thread shows them: their rows, state and buttons.
#pragma once

#include "store/ThreadQuery.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <functional>

namespace duet::outbound {
class OutboxStore;
struct OutboxRow;
} // namespace duet::outbound

namespace duet::ui {

/// The outbox side of a thread: which of the agent's sends to a contact are still live (queued,
/// sending, accepted, uncertain or failed) and not yet in the store, each as a thread row keyed
/// "outbox:<id>", with what its bubble says under it (why it failed, that it may not have gone,
/// when a scheduled send goes, why the queue waits) and the buttons it offers. ThreadModel keeps
/// the rows; this keeps what it knows of each (Info) and reads the OutboxStore.
/// Usage: `OutboxTail tail; tail.setOutbox(&outbox); tail.liveRows(key, isLoaded);`
class OutboxTail
{
    Q_DECLARE_TR_FUNCTIONS(duet::ui::OutboxTail)
public:
    /// What a shown outbox row was when last read.
    struct Info
    {
        qint64 id = 0;
        int state = 0;
        int errorCode = 0;
        QString remedy;
        QString wamid, clientId;
        qint64 dueAtMs = 0; ///< a scheduled send's time (OutboxRow::dueAtMs)
        /// Whether what the bubble shows differs between the two.
        bool differsFrom(const Info& other) const;
    };

    void setOutbox(outbound::OutboxStore* outbox) { m_outbox = outbox; }
    outbound::OutboxStore* outbox() const { return m_outbox; }
    /// Why the outbox holds every send now; null when it does not. False when it did not change.
    bool setHold(const QString& reason);
    QString hold() const { return m_hold; }

    /// The row key of outbox row `id`: "outbox:<id>".
    static QString keyOf(qint64 id);
    static Info infoOf(const outbound::OutboxRow& row);
    /// The thread row standing for `row` of `contactKey`'s thread.
    static store::ThreadItem itemOf(const outbound::OutboxRow& row, const QString& contactKey);

    /// `contactKey`'s live sends, oldest first, leaving out reactions and those `loaded` says the
    /// store already shows (by client id or wamid). None without an open outbox.
    QList<outbound::OutboxRow> liveRows(const QString& contactKey,
                                        const std::function<bool(const outbound::OutboxRow&)>& loaded) const;

    Info info(const QString& key) const { return m_info.value(key); }
    void setInfo(const QString& key, const Info& info) { m_info.insert(key, info); }
    void remove(const QString& key) { m_info.remove(key); }
    void clear() { m_info.clear(); }
    /// Whether the row `key` is the send the store message `item` stands for (same client id or wamid).
    bool standsFor(const QString& key, const store::ThreadItem& item) const;

    /// What the bubble of row `key` says under it; null when all is well.
    QString failureText(const QString& key) const;
    /// The time the scheduled row `key` waits for; 0 when it is not (or no longer) waiting.
    qint64 scheduledAt(const QString& key) const { return scheduledAt(m_info.value(key)); }
    /// The same for a row as `info` describes it.
    qint64 scheduledAt(const Info& info) const;
    /// The buttons row `key` offers: "retry"; "resend", "discard"; "send_now", "reschedule",
    /// "cancel_scheduled"; none.
    QStringList actions(const QString& key) const;

private:
    outbound::OutboxStore* m_outbox = nullptr;
    QString m_hold;
    QHash<QString, Info> m_info;
};

} // namespace duet::ui
