// SPDX-License-Identifier: GPL-3.0-or-later
// One customer's thread as an item model: the newest page first, older pages on scroll up.
#pragma once

#include "store/ThreadQuery.h"

#include <QAbstractListModel>
#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace duet::ui {

/// The merged thread of one conversation, oldest at the top. setConversation() loads the newest
/// page; when the view scrolls to the top, fetchMore() prepends the page before it (Nheko's
/// timeline model). Everything a bubble paints is a role, including the grouping decisions
/// ("show day separator", "show author"), so the delegate never looks at neighbouring rows.
/// refresh() brings in what arrived since and updates changed rows (statuses, edits, reactions).
/// Usage: `ThreadModel m(db); m.setConversation(key); view.setModel(&m);`
class ThreadModel : public QAbstractListModel
{
    Q_OBJECT
public:
    /// Who a message is from, as the bubble tells it.
    enum class Origin { Customer, Agent, App, History };
    Q_ENUM(Origin)

    enum Role {
        WamidRole = Qt::UserRole + 1,
        TextRole,         ///< what to show: the latest edit, else the original
        OriginalTextRole, ///< the text before the edit; null when never edited
        OriginRole,       ///< int (Origin)
        AgentNameRole,    ///< the sending agent for API sends; null otherwise
        OutboundRole,     ///< bool: sent by the business
        TimestampRole,    ///< qint64 seconds
        TimeTextRole,     ///< "14:32"
        StatusRole,       ///< int (Delivery)
        ErrorCodeRole,    ///< Meta's code of a failed send; 0 otherwise
        FailureTextRole,  ///< "Not delivered (131047): <remedy>"; null unless failed
        ReplyToRole,      ///< the quoted message's wamid; null when not a reply
        ReplyTextRole,    ///< the quoted message's text as one line
        ReplyAuthorRole,  ///< who wrote the quoted message
        ReactionsRole,    ///< QStringList of emoji, one per reacting party
        EditedRole,       ///< bool
        DeletedRole,      ///< bool
        TypeRole,         ///< the Cloud API type: text, image, document, ...
        MediaTypeRole,    ///< image, video, audio, voice, document, sticker; null when no media
        FilenameRole,
        MimeTypeRole,
        HasMediaRole,         ///< bool
        ShowDaySeparatorRole, ///< bool: the first message of a calendar day
        DayRole,              ///< QDate (local)
        ShowAuthorRole,       ///< bool: the first of a run by the same author
        LayoutRevisionRole,   ///< changes whenever what the bubble shows changes (for layout caches)
    };

    explicit ThreadModel(QSqlDatabase db, QObject* parent = nullptr);

    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    /// Shows `contactKey`'s thread from its newest page; a null key empties the model.
    void setConversation(const QString& contactKey);
    QString conversation() const { return m_contactKey; }
    /// Reloads the newest page's rows and appends what is newer than the last loaded row.
    void refresh();

    int rowOfWamid(const QString& wamid) const;
    const store::ThreadItem& itemAt(int row) const { return m_items.at(row); }
    bool isAtStart() const { return m_atStart; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static Origin originOf(const QString& origin);
    /// The name shown for who wrote `item` ("Customer name" is the caller's; this is for quotes).
    QString authorOf(const store::ThreadItem& item) const;

signals:
    void errorOccurred(const QString& message);

private:
    bool showDaySeparator(int row) const;
    bool showAuthor(int row) const;
    QString mediaType(const store::ThreadItem& item) const;
    QString failureText(const store::ThreadItem& item) const;
    void fail(const QString& error);

    void indexRows(int first, int last);
    /// The quoted message: a loaded row, else looked up in the store once (null when absent).
    const store::ThreadItem* quotedItem(const QString& wamid) const;

    store::ThreadQuery m_query;
    QString m_contactKey;
    QList<store::ThreadItem> m_items;
    /// wamid -> position counted from an origin that moves down as older pages are prepended:
    /// row = position - m_base. Prepending never renumbers the rows already loaded.
    QHash<QString, qint64> m_positions;
    qint64 m_base = 0;
    int m_pageSize = 50;
    bool m_atStart = true;
    bool m_fetching = false;
    /// Quoted messages outside the loaded pages, by wamid (null item: not in the store); per thread.
    mutable store::ThreadQuery m_quoteQuery;
    mutable QHash<QString, std::optional<store::ThreadItem>> m_quoted;
};

} // namespace duet::ui
