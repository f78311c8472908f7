// SPDX-License-Identifier: GPL-3.0-or-later
// The composer's completion list: canned replies after "/", agents after "@" in a note.
#include "ComposerCompletion.h"

#include "CannedReplies.h"
#include "CustomerText.h"

#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>

namespace duet::ui {
namespace {

/// The "@query" just before the cursor, or no match.
QRegularExpressionMatch mentionBefore(const QString& textBeforeCursor)
{
    static const QRegularExpression re(QStringLiteral("(?:^|\\s)@([\\w.\\-]*)$"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re.match(textBeforeCursor);
}

} // namespace

ComposerCompletion::ComposerCompletion(QPlainTextEdit* editor, QWidget* page)
    : QObject(page)
    , m_editor(editor)
    , m_list(new QListWidget(page))
{
    m_list->setAccessibleName(tr("Suggestions"));
    m_list->setMaximumHeight(150);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->hide();
    connect(m_list, &QListWidget::itemClicked, this, [this] { accept(); });
}

void ComposerCompletion::showCanned()
{
    if (!m_canned)
        return;
    m_completing = Completing::CannedAtCursor;
    m_list->clear();
    for (int row : m_canned->matching(QString())) {
        auto* item = new QListWidgetItem(m_canned->replyAt(row).title, m_list);
        item->setData(Qt::UserRole, row);
        item->setToolTip(plainToolTip(m_canned->replyAt(row).text));
    }
    m_list->setCurrentRow(0);
    m_list->setVisible(m_list->count() > 0);
    m_editor->setFocus();
}

bool ComposerCompletion::isVisible() const
{
    return !m_list->isHidden() && m_list->count() > 0;
}

QStringList ComposerCompletion::items() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

void ComposerCompletion::hide()
{
    m_completing = Completing::None;
    m_list->hide();
}

void ComposerCompletion::update(bool noteMode)
{
    if (m_completing == Completing::CannedAtCursor)
        return;
    const QString text = m_editor->toPlainText();
    QTextCursor cursor = m_editor->textCursor();
    const QString before = text.left(cursor.position());
    m_list->clear();
    m_completing = Completing::None;
    if (noteMode) {
        const QRegularExpressionMatch m = mentionBefore(before);
        if (m.hasMatch()) {
            const QString query = m.captured(1);
            for (const QString& name : std::as_const(m_agentNames)) {
                if (name.contains(query, Qt::CaseInsensitive) && name != m_agentName)
                    new QListWidgetItem(name, m_list);
            }
            m_completing = Completing::Mention;
        }
    } else if (m_canned && text.startsWith(QLatin1Char('/')) && !text.contains(QLatin1Char('\n'))) {
        for (int row : m_canned->matching(text.mid(1).trimmed())) {
            auto* item = new QListWidgetItem(m_canned->replyAt(row).title, m_list);
            item->setData(Qt::UserRole, row);
            item->setToolTip(plainToolTip(m_canned->replyAt(row).text));
        }
        m_completing = Completing::Canned;
    }
    m_list->setCurrentRow(0);
    m_list->setVisible(m_completing != Completing::None && m_list->count() > 0);
}

bool ComposerCompletion::key(int key)
{
    switch (key) {
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int n = m_list->count();
        const int step = key == Qt::Key_Up ? -1 : 1;
        m_list->setCurrentRow((m_list->currentRow() + step + n) % n);
        return true;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Tab:
        accept();
        return true;
    case Qt::Key_Escape:
        hide();
        return true;
    default:
        return false;
    }
}

void ComposerCompletion::accept()
{
    QListWidgetItem* item = m_list->currentItem();
    const Completing what = m_completing;
    hide();
    if (!item)
        return;
    QTextCursor cursor = m_editor->textCursor();
    if (what == Completing::Mention) {
        const QRegularExpressionMatch m = mentionBefore(m_editor->toPlainText().left(cursor.position()));
        if (m.hasMatch())
            cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(m.captured(1).size()) + 1);
        cursor.insertText(QLatin1Char('@') + item->text() + QLatin1Char(' '));
    } else if (m_canned) {
        const int row = item->data(Qt::UserRole).toInt();
        if (row < 0 || row >= m_canned->rowCount())
            return;
        const QString filled = CannedReplies::fill(m_canned->replyAt(row).text, m_customerName, m_agentName);
        if (what == Completing::Canned)
            emit textReplaced(filled);
        else
            cursor.insertText(filled);
    }
    m_editor->setTextCursor(m_editor->textCursor());
    hide(); // the edit above may have asked for completions again
}

} // namespace duet::ui
