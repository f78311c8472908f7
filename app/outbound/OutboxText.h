// SPDX-License-Identifier: GPL-3.0-or-later
// How the outbox file stores text: '' for null, string lists as compact JSON arrays.
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace duet::outbound::outboxtext {

/// A null QString binds as SQL NULL: the outbox's text columns want ''.
inline QString notNull(const QString& s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

/// A list of strings as stored: a compact JSON array, '' for none.
inline QString listToText(const QStringList& list)
{
    if (list.isEmpty())
        return QString(QLatin1String(""));
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

inline QStringList textToList(const QString& text)
{
    QStringList out;
    if (text.isEmpty())
        return out;
    const QJsonArray vList = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto& v : vList)
        out << v.toString();
    return out;
}

} // namespace duet::outbound::outboxtext
