// SPDX-License-Identifier: GPL-3.0-or-later
// Canned replies: the model and its JSON file.
#include "CannedReplies.h"

#include "CustomerText.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace duet::ui {

CannedReplies::CannedReplies(const QString& path, QObject* parent)
    : QAbstractListModel(parent)
    , m_path(path)
    , m_replies(defaults())
{}

QList<CannedReplies::Reply> CannedReplies::defaults()
{
    return {
        {tr("Greeting"), tr("Hello {name}, this is {agent}. How can I help you today?")},
        {tr("One moment"), tr("Thank you, {name}. Let me check that for you, it will take a moment.")},
        {tr("Follow-up"), tr("Is there anything else I can help you with?")},
        {tr("Closing"), tr("Thank you for contacting us, {name}. Have a great day! {agent}")},
    };
}

QString CannedReplies::fill(const QString& text, const QString& customerName, const QString& agentName)
{
    QString out = text;
    out.replace(QLatin1String("{name}"), customerName.isEmpty() ? tr("there") : customerName);
    out.replace(QLatin1String("{agent}"), agentName);
    return out;
}

bool CannedReplies::load()
{
    m_error.clear();
    QFile file(m_path);
    if (!file.exists())
        return true; // the defaults
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("The canned replies could not be read from %1: %2").arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isArray()) {
        m_error = tr("The canned replies file %1 is not valid (%2); the default replies are shown and the file is "
                     "left as it is.")
                      .arg(m_path, parseError.error == QJsonParseError::NoError ? tr("expected a list")
                                                                                : parseError.errorString());
        return false;
    }
    QList<Reply> replies;
    const QJsonArray array = doc.array();
    for (const auto& v : array) {
        const QJsonObject o = v.toObject();
        const Reply r{o.value(QLatin1String("title")).toString(), o.value(QLatin1String("text")).toString()};
        if (!r.title.isEmpty() || !r.text.isEmpty())
            replies << r;
    }
    setReplies(replies);
    return true;
}

bool CannedReplies::save()
{
    m_error.clear();
    QJsonArray array;
    for (const Reply& r : std::as_const(m_replies))
        array.append(QJsonObject{{QStringLiteral("title"), r.title}, {QStringLiteral("text"), r.text}});
    // A folder that cannot be made shows as the save file's open error below, with the system's reason.
    static_cast<void>(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(array).toJson()) < 0 || !file.commit()) {
        m_error = tr("The canned replies could not be saved to %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

void CannedReplies::setReplies(const QList<Reply>& replies)
{
    beginResetModel();
    m_replies = replies;
    endResetModel();
}

void CannedReplies::add(const Reply& reply)
{
    const int row = int(m_replies.size());
    beginInsertRows({}, row, row);
    m_replies << reply;
    endInsertRows();
}

void CannedReplies::update(int row, const Reply& reply)
{
    if (row < 0 || row >= m_replies.size())
        return;
    m_replies[row] = reply;
    emit dataChanged(index(row), index(row));
}

void CannedReplies::remove(int row)
{
    if (row < 0 || row >= m_replies.size())
        return;
    beginRemoveRows({}, row, row);
    m_replies.removeAt(row);
    endRemoveRows();
}

QList<int> CannedReplies::matching(const QString& query) const
{
    QList<int> rows;
    for (int row = 0; row < m_replies.size(); ++row) {
        const Reply& r = m_replies.at(row);
        if (query.isEmpty() || r.title.contains(query, Qt::CaseInsensitive) ||
            r.text.contains(query, Qt::CaseInsensitive))
            rows << row;
    }
    return rows;
}

int CannedReplies::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_replies.size());
}

QVariant CannedReplies::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Reply& r = m_replies.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return r.title;
    case Qt::ToolTipRole:
        return plainToolTip(r.text);
    case TextRole:
        return r.text;
    default:
        return {};
    }
}

QHash<int, QByteArray> CannedReplies::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TitleRole, "title");
    names.insert(TextRole, "text");
    return names;
}

} // namespace duet::ui
