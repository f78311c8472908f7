// SPDX-License-Identifier: GPL-3.0-or-later
// The composer's completion list: canned replies after "/", agents after "@" in a note.
#pragma once

#include <QObject>
#include <QStringList>

class QListWidget;
class QPlainTextEdit;
class QWidget;

namespace duet::ui {

class CannedReplies;

/// The list under the composer's text that completes what is being typed: canned replies when the
/// text starts with "/" (the chosen reply, filled with {name} and {agent}, replaces the text), the
/// team's agents after "@" in a note (the chosen name replaces the "@query"), or every canned
/// reply on demand (showCanned(): the chosen one goes in at the cursor). Up and Down move, Enter or
/// Tab takes, Esc closes (key()).
/// Usage: `ComposerCompletion c(editor, page); c.update(noteMode); c.key(Qt::Key_Down);`
class ComposerCompletion : public QObject
{
    Q_OBJECT
public:
    ComposerCompletion(QPlainTextEdit* editor, QWidget* page);

    QListWidget* list() const { return m_list; }
    void setAgentNames(const QStringList& names) { m_agentNames = names; }
    /// The signed-in agent: left out of @mentions, {agent} in canned replies.
    void setAgentName(const QString& name) { m_agentName = name; }
    /// The customer's name, for {name} in canned replies.
    void setCustomerName(const QString& name) { m_customerName = name; }
    void setCannedReplies(CannedReplies* replies) { m_canned = replies; }
    CannedReplies* cannedReplies() const { return m_canned; }

    /// Lists every canned reply; the chosen one is inserted at the cursor.
    void showCanned();
    /// Completes the text before the cursor again (in a note: @mentions; else "/" canned replies).
    void update(bool noteMode);
    void hide();
    bool isVisible() const;
    /// The entries as shown.
    QStringList items() const;
    /// Handles a key pressed in the editor while the list shows; false when it is not the list's.
    bool key(int key);
    /// Takes the current entry.
    void accept();

signals:
    /// A canned reply chosen after "/": it replaces the whole text.
    void textReplaced(const QString& text);

private:
    QPlainTextEdit* m_editor;
    QListWidget* m_list;
    QStringList m_agentNames;
    QString m_agentName, m_customerName;
    CannedReplies* m_canned = nullptr;
    enum class Completing { None, Canned, CannedAtCursor, Mention } m_completing = Completing::None;
};

} // namespace duet::ui
