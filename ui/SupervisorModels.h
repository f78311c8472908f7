// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor view's item models: agents with their load, and windows about to close unanswered.
#pragma once

#include "store/TeamQuery.h"
#include "sync/Protocol.h"

#include <QAbstractListModel>
#include <QSqlDatabase>

namespace duet {
class Clock;
}

namespace duet::ui {

/// The MIME type of dragged conversations: contact keys, one per line (UTF-8).
inline constexpr char kContactKeysMime[] = "application/x-duet-contact-keys";

/// Every agent of the roster (and anyone holding conversations who is not in it), online first,
/// with the conversations they hold and their median first-response time. Dropping conversations
/// (kContactKeysMime) on a row asks to assign them to that agent: assignRequested().
/// Usage: `AgentLoadModel m(db); m.setRoster(client.roster()); m.reload(responses, error);` with the
/// first-response times the caller read (TeamQuery::responseTimes over the last 7 days).
class AgentLoadModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        OnlineRole,             ///< bool
        SupervisorRole,         ///< bool
        OpenRole,               ///< int: unresolved, not snoozed
        SnoozedRole,            ///< int
        MedianFirstResponseRole ///< qint64 seconds over the last 7 days; -1 when none
    };

    explicit AgentLoadModel(QSqlDatabase db, QObject* parent = nullptr);

    void setRoster(const QList<sync::RosterEntry>& roster);
    /// Re-reads the loads and takes the first-response times the caller read (the last 7 days);
    /// `responsesError` is the error reading them, empty when they were read.
    void reload(const store::ResponseFigures& responses, const QString& responsesError);
    QString nameAt(int row) const;
    int rowOfName(const QString& name) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    void assignRequested(const QStringList& contactKeys, const QString& agent);

private:
    struct Row
    {
        QString name;
        bool online = false;
        bool supervisor = false;
        int open = 0;
        int snoozed = 0;
        qint64 medianSecs = -1;
    };
    void rebuild();

    QSqlDatabase m_db;
    QList<sync::RosterEntry> m_roster;
    QList<store::AgentLoad> m_loads;
    store::ResponseFigures m_responses;
    QList<Row> m_rows;
    QString m_error;
};

/// Conversations whose service window closes within the hour with no reply since the customer's
/// last message, soonest first; the countdown is computed from the clock at data() time.
/// Rows can be dragged (kContactKeysMime) onto an agent.
class ClosingSoonModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ContactKeyRole = Qt::UserRole + 1,
        DisplayNameRole,
        AssigneeRole,
        ClosesAtRole,   ///< qint64 unix seconds
        SecondsLeftRole ///< qint64, now
    };

    ClosingSoonModel(QSqlDatabase db, const Clock& clock, QObject* parent = nullptr);

    void reload();
    QString keyAt(int row) const;
    QString lastError() const { return m_error; }
    /// "Closes in 23 min", "Closes in under a minute".
    static QString countdownText(qint64 secondsLeft);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
    QList<store::ClosingConversation> m_rows;
    QString m_error;
};

} // namespace duet::ui
