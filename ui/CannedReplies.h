// SPDX-License-Identifier: GPL-3.0-or-later
// Canned replies: titled texts agents insert with "/", kept in a JSON file.
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

namespace duet::ui {

/// A small list model of canned replies (title + text), kept in a JSON file whose path is given
/// (`[{"title": …, "text": …}, …]`). A missing file gives the default set; a broken one is
/// reported (lastError()) and left untouched, the defaults shown meanwhile. Texts may hold
/// {name} (the customer) and {agent} (the signed-in agent): fill() replaces them.
/// Usage: `CannedReplies c(path); c.load(); composer.setCannedReplies(&c);`
class CannedReplies : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { TitleRole = Qt::UserRole + 1, TextRole };

    struct Reply
    {
        QString title;
        QString text;
        friend bool operator==(const Reply& a, const Reply& b) { return a.title == b.title && a.text == b.text; }
    };

    explicit CannedReplies(const QString& path, QObject* parent = nullptr);

    /// Reads the file; false (and the defaults) when it cannot be read.
    bool load();
    /// Writes the file; false when it cannot be written (lastError() says why).
    bool save();
    QString lastError() const { return m_error; }
    QString path() const { return m_path; }

    static QList<Reply> defaults();
    /// `text` with {name} and {agent} filled in (an unknown name stays readable: "there").
    static QString fill(const QString& text, const QString& customerName, const QString& agentName);

    const Reply& replyAt(int row) const { return m_replies.at(row); }
    QList<Reply> replies() const { return m_replies; }
    void setReplies(const QList<Reply>& replies);
    void add(const Reply& reply);
    void update(int row, const Reply& reply);
    void remove(int row);
    /// The rows whose title or text contains `query` (case-insensitive), in order.
    QList<int> matching(const QString& query) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString m_path;
    QList<Reply> m_replies;
    QString m_error;
};

} // namespace duet::ui
