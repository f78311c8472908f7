// SPDX-License-Identifier: GPL-3.0-or-later
// The geometry of one message bubble, computed once per (message, width, font generation).
#pragma once

#include "PaintHelpers.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QList>
#include <QRect>
#include <QSize>
#include <QStringList>
#include <QTextLayout>

#include <memory>

class QModelIndex;

namespace duet::ui {

/// What a bubble shows, read from a ThreadModel index's roles in one place.
struct BubbleContent
{
    QString wamid;
    QString text;
    bool placeholder = false; ///< `text` stands in for a body the message lacks (location, contact card)
    bool service = false;     ///< a system notice, shown centred
    int origin = 0;           ///< ThreadModel::Origin
    QString agentName;
    bool outbound = false;
    QString timeText;
    Delivery delivery = Delivery::None;
    QString failureText;
    QString replyTo, replyText, replyAuthor;
    QStringList reactions;
    bool edited = false;
    bool deleted = false;
    QString mediaType, filename, mimeType;
    bool showDaySeparator = false;
    QDate day;
    bool showAuthor = false;
    quint64 revision = 0;
    bool note = false;   ///< a private note (ThreadModel::Kind::Note)
    QStringList actions; ///< "retry", "resend", "discard": buttons painted under the failure
    QString mediaPath;
    QSize thumbnail; ///< the size a cached image is shown at; invalid when not shown
    QString mediaId;
    int mediaTransfer = 0;  ///< MediaFiles::Transfer
    QString mediaError;     ///< why the last download failed
    qint64 mediaSize = -1;  ///< bytes; -1 unknown
    QString pricingText;    ///< the line under an API send: "Marketing · billable"; null when none
    QString pricingToolTip; ///< why it was billed or free
    // The message's details (MessageDetails::view()) and what supervisors see of edits and deletes.
    QString detailsHeader;  ///< "From ad: …" above the body; null when none
    QString detailsNote;    ///< ids, payloads, the product asked about, under the body; null when none
    QStringList links;      ///< link ids (MessageDetails), each painted as a link line
    QString supervisorText; ///< ThreadModel::SupervisorTextRole; null when not shown

    static BubbleContent fromIndex(const QModelIndex& index);
};

/// The fonts a bubble uses, derived from the view's font.
struct BubbleFonts
{
    QFont body, small, smallBold, italic;
    static BubbleFonts from(const QFont& base);
};

/// Where everything of one row goes, relative to the row's top-left corner, plus the laid-out
/// text. Built by BubbleLayout::build() and cached by BubbleDelegate.
struct BubbleLayout
{
    Q_DECLARE_TR_FUNCTIONS(BubbleLayout)

public:
    QSize size;      ///< the whole row
    QRect separator; ///< the day separator band; null when none
    QRect bubble;
    QRect header;   ///< badges and the author; null when none
    QRect quote;    ///< the quoted reply; null when none
    QRect media;    ///< the media placeholder row; null when none
    QRect download; ///< the download affordance inside `media`
    QPointF textOrigin;
    std::unique_ptr<QTextLayout> text; ///< null when the message has no text
    QRect footer;                      ///< "edited", the time and the ticks
    QRect pricing;                     ///< the pricing line under the footer; null when none
    QPointF failureOrigin;
    std::unique_ptr<QTextLayout> failure;
    QRect reactions;      ///< the reactions row below the bubble; null when none
    QList<QRect> actions; ///< the buttons of content.actions, in order
    QPointF detailsHeaderOrigin;
    std::unique_ptr<QTextLayout> detailsHeader; ///< null when none
    QPointF detailsNoteOrigin;
    std::unique_ptr<QTextLayout> detailsNote; ///< null when none
    QPointF supervisorOrigin;
    std::unique_ptr<QTextLayout> supervisorText; ///< null when none
    QList<QRect> links;                          ///< one line per content.links entry, in order
    QString footerText;
    int cost = 1; ///< for the cache: roughly the text size in kilobytes

    /// Lays out `content` for a row `width` pixels wide.
    static std::unique_ptr<BubbleLayout> build(const BubbleContent& content, int width, const BubbleFonts& fonts);
    /// The text used for a deleted message's body.
    static QString deletedText();
    /// The label of a media row: the file name, else the kind ("Photo", "Voice message").
    static QString mediaLabel(const BubbleContent& content);
    /// The badge of the header ("Echo", "History"); null for none.
    static QString badgeText(const BubbleContent& content);
    /// The author in the header ("Phone app", the agent's name); null for none.
    static QString authorText(const BubbleContent& content);
    /// "edited" and the time, as the footer shows them.
    static QString footerFor(const BubbleContent& content);
    /// What a message without text or media shows, by type ("Location", "Contact card") and
    /// direction (the customer replies to an interactive message; the business sends one).
    static QString placeholderFor(const QString& type, bool outbound = false);
    /// The label of an action button ("Retry", "Resend", "Discard").
    static QString actionLabel(const QString& action);
    /// The media row's link: "Download", "Downloading…", "Retry", or "Open" once the file is in
    /// the cache.
    static QString mediaLinkText(const BubbleContent& content);
    /// What follows the link, in smaller text: a document's kind and size, a file's size before
    /// it is downloaded, why a download failed; null when nothing.
    static QString mediaDetailText(const BubbleContent& content);
    /// Whether the row plays in the bubble (a downloaded voice note or audio file).
    static bool isPlayable(const BubbleContent& content);
    /// Whether the row shows a video poster (a downloaded video).
    static bool isVideoPoster(const BubbleContent& content);
};

} // namespace duet::ui
