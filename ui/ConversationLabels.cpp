// SPDX-License-Identifier: GPL-3.0-or-later
// The labels of a page of conversations.
#include "ConversationLabels.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace duet::ui {

ConversationLabels::ConversationLabels(QSqlDatabase db)
    : m_db(db)
{}

bool ConversationLabels::of(const QStringList& contactKeys, QHash<QString, QStringList>* out, QString* error)
{
    out->clear();
    if (contactKeys.isEmpty())
        return true;
    QStringList marks;
    marks.reserve(contactKeys.size());
    for (int i = 0; i < contactKeys.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT contact_key, label FROM conversation_labels WHERE contact_key IN (%1)"
                                  " ORDER BY contact_key, label")
                       .arg(marks.join(QLatin1Char(','))))) {
        *error = q.lastError().text();
        return false;
    }
    for (int i = 0; i < contactKeys.size(); ++i)
        q.bindValue(i, contactKeys.at(i));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        (*out)[q.value(0).toString()] << q.value(1).toString();
    return true;
}

} // namespace duet::ui
