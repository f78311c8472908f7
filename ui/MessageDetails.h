// SPDX-License-Identifier: GPL-3.0-or-later
// What a message's type-specific details (location, contact cards, replies, order, product,
// referral) read as in a bubble, in a one-line preview and as links.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace duet::ui {

/// The parts of a bubble that a message's details give (docs/DESKTOP.md, "Messages shown whole").
struct DetailsView
{
    QString header;    ///< a line above the body: "From ad: <headline>"; null when none
    QString body;      ///< replaces the message's text when not null (a place, cards, an order); lines
                       ///< end with QChar::LineSeparator
    QString note;      ///< smaller text under the body: ids, payloads, the product asked about (lines
                       ///< likewise)
    QStringList links; ///< link ids: "map:<lat>,<lon>", "url:<address>", "chat:<digits>"
};

/// Reads the details JSON of ThreadItem::details. Pure functions; texts through tr().
class MessageDetails
{
    Q_DECLARE_TR_FUNCTIONS(MessageDetails)

public:
    /// The details object; empty when `details` is null or not a JSON object.
    static QJsonObject parse(const QString& details);
    /// The bubble's parts for a message of `type` with `text` and `details`.
    static DetailsView view(const QString& type, const QString& text, const QString& details);
    /// The conversation list's one-line preview ("📍 Café Central, Rua ...", "👤 Ana Souza",
    /// "🛒 Order: 3 items"); null when the type has none of its own.
    static QString oneLine(const QString& type, const QString& text, const QString& details);
    /// What a link reads as: "Open in map", "Open link", "Start a conversation with +55 11 ...".
    static QString linkLabel(const QString& link);
    /// The address a map or url link opens; invalid for other links.
    static QUrl linkUrl(const QString& link);
    /// The number (digits) a chat link starts a conversation with; null for other links.
    static QString chatNumber(const QString& link);
    /// OpenStreetMap at the point, zoom 16.
    static QUrl mapUrl(double latitude, double longitude);
    /// "38.722300, -9.139300".
    static QString coordinates(double latitude, double longitude);
};

} // namespace duet::ui
