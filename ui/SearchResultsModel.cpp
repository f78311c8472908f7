// SPDX-License-Identifier: GPL-3.0-or-later
// Search results with names and marked snippets.
#include "SearchResultsModel.h"

#include "CustomerText.h"
#include "core/CustomerId.h"
#include "store/ConversationQuery.h"

#include <QPoint>

namespace duet::ui {

SearchResultsModel::SearchResultsModel(QSqlDatabase db, store::Backend backend, QObject* parent)
    : QAbstractListModel(parent)
    , m_db(db)
    , m_query(db, backend)
    , m_contacts(db)
{}

QString SearchResultsModel::unmark(const QString& snippet, QList<QPoint>* ranges)
{
    QString plain;
    plain.reserve(snippet.size());
    int start = -1;
    for (const QChar ch : snippet) {
        if (ch == QLatin1Char('[') && start < 0) {
            start = int(plain.size());
        } else if (ch == QLatin1Char(']') && start >= 0) {
            ranges->append(QPoint(start, int(plain.size()) - start));
            start = -1;
        } else {
            plain += ch;
        }
    }
    return plain;
}

QList<SearchResultsModel::Row> SearchResultsModel::customerRows(const QString& text)
{
    QList<store::ContactMatch> matches;
    QString error;
    if (m_customerLimit <= 0 || !m_contacts.lookup(text, m_customerLimit, &matches, &error)) {
        if (!error.isEmpty())
            emit errorOccurred(tr("Search failed: %1").arg(error));
        return {};
    }
    // The part of the line that matched, when it is there as typed (a name, a username).
    const QString needle = CustomerId::normalizedUsername(text);
    QList<Row> rows;
    for (const store::ContactMatch& m : std::as_const(matches)) {
        const CustomerFacts facts = CustomerFacts::of(m);
        Row row;
        row.customer = true;
        row.hit.contactKey = m.contactKey;
        row.hit.timestamp = m.lastActivityAt;
        row.name = CustomerText::name(facts);
        row.plain = CustomerText::identityLine(facts);
        if (row.plain.isEmpty())
            row.plain = CustomerText::number(facts);
        const qsizetype at = needle.size() >= 2 ? row.plain.indexOf(needle, 0, Qt::CaseInsensitive) : -1;
        if (at >= 0)
            row.ranges << QPoint(int(at), int(needle.size()));
        rows << row;
    }
    return rows;
}

void SearchResultsModel::search(const QString& text)
{
    QList<store::SearchHit> hits;
    QString error;
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty() && !m_query.search(trimmed, m_limit, &hits, &error))
        emit errorOccurred(tr("Search failed: %1").arg(error));
    const QList<Row> customers = trimmed.isEmpty() ? QList<Row>() : customerRows(trimmed);
    beginResetModel();
    m_text = trimmed;
    m_rows = customers;
    m_customerCount = int(customers.size());
    store::ConversationQuery conversations(m_db);
    QHash<QString, QString> names;
    for (const store::SearchHit& hit : std::as_const(hits)) {
        Row row;
        row.hit = hit;
        auto name = names.constFind(hit.contactKey);
        if (name == names.cend()) {
            store::ConversationSummary summary;
            bool found = false;
            QString ignored;
            conversations.find(hit.contactKey, 0, &summary, &found, &ignored);
            name = names.insert(hit.contactKey,
                                found ? CustomerText::name(summary)
                                      : CustomerText::name(CustomerFacts{hit.contactKey, {}, {}, {}, {}, {}}));
        }
        row.name = name.value();
        row.plain = unmark(hit.snippet, &row.ranges);
        m_rows << row;
    }
    endResetModel();
}

bool SearchResultsModel::showsAny(const QStringList& contactKeys) const
{
    for (const Row& row : m_rows) {
        if (contactKeys.contains(row.hit.contactKey))
            return true;
    }
    return false;
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case Qt::AccessibleTextRole:
        return row.customer ? tr("Customer %1: %2").arg(row.name, row.plain)
                            : QString(row.name + QStringLiteral(": ") + row.plain);
    case ContactKeyRole:
        return row.hit.contactKey;
    case WamidRole:
        return row.hit.wamid;
    case SnippetRole:
        return row.plain;
    case SnippetRangesRole: {
        QVariantList list;
        for (const QPoint& r : row.ranges)
            list << r;
        return list;
    }
    case TimestampRole:
        return row.hit.timestamp;
    case IsCustomerRole:
        return row.customer;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{ContactKeyRole, "contactKey"},
                  {WamidRole, "wamid"},
                  {NameRole, "name"},
                  {SnippetRole, "snippet"},
                  {SnippetRangesRole, "snippetRanges"},
                  {TimestampRole, "timestamp"},
                  {IsCustomerRole, "isCustomer"}});
    return names;
}

} // namespace duet::ui
