// SPDX-License-Identifier: GPL-3.0-or-later
// Agent load and closing-window rows for the supervisor view, read through store::TeamQuery.
#include "SupervisorModels.h"

#include "CustomerText.h"
#include "core/Clock.h"

#include <QMimeData>

#include <algorithm>

namespace duet::ui {

namespace {

constexpr qint64 kHourSecs = 3600;

QString durationText(qint64 secs)
{
    if (secs < 60)
        return AgentLoadModel::tr("%n s", nullptr, int(secs));
    if (secs < 3600)
        return AgentLoadModel::tr("%n min", nullptr, int(secs / 60));
    return AgentLoadModel::tr("%1 h %2 min").arg(secs / 3600).arg((secs % 3600) / 60);
}

} // namespace

// ---- AgentLoadModel ---------------------------------------------------------------------------

AgentLoadModel::AgentLoadModel(QSqlDatabase db, QObject* parent)
    : QAbstractListModel(parent)
    , m_db(db)
{}

void AgentLoadModel::setRoster(const QList<sync::RosterEntry>& roster)
{
    m_roster = roster;
    rebuild();
}

void AgentLoadModel::reload(const store::ResponseFigures& responses, const QString& responsesError)
{
    store::TeamQuery query(m_db);
    QString error;
    if (!query.agentLoads(&m_loads, &error)) {
        m_error = error;
    } else {
        m_responses = responses;
        m_error = responsesError;
    }
    rebuild();
}

void AgentLoadModel::rebuild()
{
    QList<Row> rows;
    for (const sync::RosterEntry& e : std::as_const(m_roster)) {
        Row r;
        r.name = e.name;
        r.online = e.online;
        r.supervisor = e.role == sync::Role::Supervisor;
        rows << r;
    }
    for (const store::AgentLoad& load : std::as_const(m_loads)) {
        auto it = std::find_if(rows.begin(), rows.end(), [&](const Row& r) { return r.name == load.agent; });
        if (it == rows.end()) {
            Row r;
            r.name = load.agent;
            rows << r;
            it = rows.end() - 1;
        }
        it->open = load.open;
        it->snoozed = load.snoozed;
    }
    for (Row& r : rows) {
        const auto f = m_responses.byAgent.constFind(r.name);
        r.medianSecs = f == m_responses.byAgent.cend() ? -1 : f->medianSecs;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        if (a.online != b.online)
            return a.online;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString AgentLoadModel::nameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

int AgentLoadModel::rowOfName(const QString& name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == name)
            return i;
    }
    return -1;
}

int AgentLoadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AgentLoadModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = tr("%1 — %2 — %n open", nullptr, r.open).arg(r.name, r.online ? tr("online") : tr("offline"));
        if (r.snoozed > 0)
            text += tr(", %n snoozed", nullptr, r.snoozed);
        if (r.medianSecs >= 0)
            text += tr(" — first reply %1 (median)").arg(durationText(r.medianSecs));
        return text;
    }
    case Qt::AccessibleTextRole:
        return data(index, Qt::DisplayRole);
    case NameRole:
        return r.name;
    case OnlineRole:
        return r.online;
    case SupervisorRole:
        return r.supervisor;
    case OpenRole:
        return r.open;
    case SnoozedRole:
        return r.snoozed;
    case MedianFirstResponseRole:
        return r.medianSecs;
    default:
        return {};
    }
}

QHash<int, QByteArray> AgentLoadModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{NameRole, "name"},
                  {OnlineRole, "online"},
                  {SupervisorRole, "supervisor"},
                  {OpenRole, "open"},
                  {SnoozedRole, "snoozed"},
                  {MedianFirstResponseRole, "medianFirstResponse"}});
    return names;
}

Qt::ItemFlags AgentLoadModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList AgentLoadModel::mimeTypes() const
{
    return {QString::fromLatin1(kContactKeysMime)};
}

Qt::DropActions AgentLoadModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

bool AgentLoadModel::canDropMimeData(const QMimeData* data, Qt::DropAction, int, int, const QModelIndex& parent) const
{
    return data && data->hasFormat(QString::fromLatin1(kContactKeysMime)) && parent.isValid();
}

bool AgentLoadModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                  const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QStringList keys = QString::fromUtf8(data->data(QString::fromLatin1(kContactKeysMime)))
                                 .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (keys.isEmpty())
        return false;
    emit assignRequested(keys, m_rows.at(parent.row()).name);
    return false; // nothing moves here: the assignment comes back through the log
}

// ---- ClosingSoonModel -------------------------------------------------------------------------

ClosingSoonModel::ClosingSoonModel(QSqlDatabase db, const Clock& clock, QObject* parent)
    : QAbstractListModel(parent)
    , m_db(db)
    , m_clock(clock)
{}

void ClosingSoonModel::reload()
{
    QList<store::ClosingConversation> rows;
    QString error;
    if (!store::TeamQuery(m_db).closingWithoutReply(m_clock.nowSecs(), kHourSecs, &rows, &error))
        m_error = error;
    else
        m_error.clear();
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString ClosingSoonModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).contactKey : QString();
}

QString ClosingSoonModel::countdownText(qint64 secondsLeft)
{
    if (secondsLeft <= 0)
        return tr("Window closed");
    if (secondsLeft < 60)
        return tr("Closes in under a minute");
    return tr("Closes in %n min", nullptr, int(secondsLeft / 60));
}

int ClosingSoonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ClosingSoonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::ClosingConversation& c = m_rows.at(index.row());
    const qint64 left = c.windowClosesAt - m_clock.nowSecs();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1 — %2 — %3")
            .arg(CustomerText::name(CustomerFacts::of(c)), countdownText(left),
                 c.assignee.isEmpty() ? tr("unassigned") : c.assignee);
    case Qt::ToolTipRole:
        return plainToolTip(CustomerText::fullLine(CustomerFacts::of(c)));
    case ContactKeyRole:
        return c.contactKey;
    case DisplayNameRole:
        return CustomerText::name(CustomerFacts::of(c));
    case AssigneeRole:
        return c.assignee;
    case ClosesAtRole:
        return c.windowClosesAt;
    case SecondsLeftRole:
        return left;
    default:
        return {};
    }
}

QHash<int, QByteArray> ClosingSoonModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{ContactKeyRole, "contactKey"},
                  {DisplayNameRole, "displayName"},
                  {AssigneeRole, "assignee"},
                  {ClosesAtRole, "closesAt"},
                  {SecondsLeftRole, "secondsLeft"}});
    return names;
}

Qt::ItemFlags ClosingSoonModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

QStringList ClosingSoonModel::mimeTypes() const
{
    return {QString::fromLatin1(kContactKeysMime)};
}

QMimeData* ClosingSoonModel::mimeData(const QModelIndexList& indexes) const
{
    QStringList keys;
    for (const QModelIndex& i : indexes) {
        if (i.isValid() && i.model() == this)
            keys << m_rows.at(i.row()).contactKey;
    }
    auto* data = new QMimeData;
    data->setData(QString::fromLatin1(kContactKeysMime), keys.join(QLatin1Char('\n')).toUtf8());
    return data;
}

} // namespace duet::ui
