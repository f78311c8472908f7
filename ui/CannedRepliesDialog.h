// SPDX-License-Identifier: GPL-3.0-or-later
// A small dialog to add, edit and remove canned replies.
#pragma once

#include <QDialog>

class QLineEdit;
class QListView;
class QPlainTextEdit;
class QLabel;

namespace duet::ui {

class CannedReplies;

/// Edits a CannedReplies model in place: the list on the left, the chosen reply's title and text
/// on the right, Add / Remove, and Save (which writes the file and says so when it cannot).
/// Usage: `CannedRepliesDialog d(&replies, window); d.exec();`
class CannedRepliesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CannedRepliesDialog(CannedReplies* replies, QWidget* parent = nullptr);

    void addReply();
    void removeCurrent();
    /// Writes the file; false (with the error shown) when it could not be written.
    bool saveReplies();
    QLineEdit* titleEdit() const { return m_title; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QListView* listView() const { return m_list; }

private:
    void showRow(int row);
    void storeEdits();

    CannedReplies* m_replies;
    QListView* m_list;
    QLineEdit* m_title;
    QPlainTextEdit* m_text;
    QLabel* m_error;
    int m_row = -1;
    bool m_showing = false;
};

} // namespace duet::ui
