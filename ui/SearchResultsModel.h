// SPDX-License-Identifier: GPL-3.0-or-later
// Full-text search results over every message, as an item model.
#pragma once

#include "store/Database.h"
#include "store/SearchQuery.h"

#include <QAbstractListModel>
#include <QHash>

namespace duet::ui {

/// What the search field finds: first the customers it names (ContactQuery: a username with or
/// without '@', a BSUID, any spelling or part of a number, a name), each with the line that says
/// who they are; then the messages with the words (SearchQuery), newest first, each with the
/// conversation's name and a snippet whose matches are marked (SnippetRangesRole gives the marked
/// ranges, so the delegate highlights without parsing). Either kind opens its conversation.
/// Usage: `SearchResultsModel m(db, backend); m.search(QStringLiteral("invoice"));`
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        ContactKeyRole = Qt::UserRole + 1,
        WamidRole,
        NameRole,          ///< the conversation's display name
        SnippetRole,       ///< the excerpt without its [ ] marks
        SnippetRangesRole, ///< QVariantList of QPoint(start, length) of the matches in SnippetRole
        TimestampRole,     ///< the message's time; a customer's last activity
        IsCustomerRole,    ///< bool: a customer found by identifier or name (WamidRole is then null)
    };

    SearchResultsModel(QSqlDatabase db, store::Backend backend, QObject* parent = nullptr);

    /// Replaces the results with those for `text`; an empty text clears them.
    void search(const QString& text);
    /// Whether a row names one of these conversations (the store changed them: search() again).
    bool showsAny(const QStringList& contactKeys) const;
    /// How many rows at the top are customers.
    int customerCount() const { return m_customerCount; }
    QString text() const { return m_text; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Splits a SearchQuery snippet ("a [b] c") into plain text and the marked ranges.
    static QString unmark(const QString& snippet, QList<QPoint>* ranges);

signals:
    void errorOccurred(const QString& message);

private:
    struct Row
    {
        store::SearchHit hit;
        QString name;
        QString plain;
        QList<QPoint> ranges;
        bool customer = false;
    };
    /// Rows for the customers `text` names.
    QList<Row> customerRows(const QString& text);

    QSqlDatabase m_db;
    store::SearchQuery m_query;
    store::ContactQuery m_contacts;
    QString m_text;
    int m_limit = 100;
    int m_customerLimit = 8;
    int m_customerCount = 0;
    QList<Row> m_rows;
};

} // namespace duet::ui
