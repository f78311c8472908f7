// SPDX-License-Identifier: GPL-3.0-or-later
// Unsent text per conversation, kept across conversation switches and restarts.
#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

namespace duet::ui {

/// Drafts by contact key, in memory and in a small JSON file (written atomically a moment after
/// the last change, and at destruction). No typed text is lost when the agent switches
/// conversations or the program restarts.
/// Usage: `DraftStore drafts(dir + "/drafts.json"); drafts.setText(key, text); drafts.text(key);`
class DraftStore : public QObject
{
    Q_OBJECT
public:
    /// Loads the file when it exists; a null path keeps drafts in memory only.
    explicit DraftStore(const QString& path, QObject* parent = nullptr);
    ~DraftStore() override;

    QString text(const QString& contactKey) const { return m_drafts.value(contactKey); }
    /// An empty text removes the draft.
    void setText(const QString& contactKey, const QString& text);
    int count() const { return int(m_drafts.size()); }
    /// Writes pending changes now. False with *error when the file cannot be written.
    bool flush(QString* error = nullptr);
    QString lastError() const { return m_error; }

private:
    QString m_path;
    QHash<QString, QString> m_drafts;
    QTimer m_saveTimer;
    bool m_dirty = false;
    QString m_error;
};

} // namespace duet::ui
