// SPDX-License-Identifier: GPL-3.0-or-later
// The canned replies dialog.
#include "CannedRepliesDialog.h"

#include "CannedReplies.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace duet::ui {

CannedRepliesDialog::CannedRepliesDialog(CannedReplies* replies, QWidget* parent)
    : QDialog(parent)
    , m_replies(replies)
    , m_list(new QListView(this))
    , m_title(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Canned replies"));
    m_list->setModel(replies);
    m_list->setAccessibleName(tr("Canned replies"));
    m_title->setAccessibleName(tr("Title"));
    m_text->setAccessibleName(tr("Text"));
    m_text->setPlaceholderText(tr("Use {name} for the customer's name and {agent} for yours."));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* add = new QPushButton(tr("Add"), this);
    auto* remove = new QPushButton(tr("Remove"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);

    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto* row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    left->addLayout(row);
    auto* form = new QFormLayout;
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Text"), m_text);
    auto* body = new QHBoxLayout;
    body->addLayout(left, 1);
    body->addLayout(form, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, &CannedRepliesDialog::addReply);
    connect(remove, &QPushButton::clicked, this, &CannedRepliesDialog::removeCurrent);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (saveReplies())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showRow(current.row()); });
    connect(m_title, &QLineEdit::textEdited, this, &CannedRepliesDialog::storeEdits);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CannedRepliesDialog::storeEdits);
    if (replies->rowCount() > 0)
        m_list->setCurrentIndex(replies->index(0));
    else
        showRow(-1);
    resize(640, 380);
}

void CannedRepliesDialog::showRow(int row)
{
    m_showing = true;
    m_row = row;
    const bool valid = row >= 0 && row < m_replies->rowCount();
    m_title->setEnabled(valid);
    m_text->setEnabled(valid);
    m_title->setText(valid ? m_replies->replyAt(row).title : QString());
    m_text->setPlainText(valid ? m_replies->replyAt(row).text : QString());
    m_showing = false;
}

void CannedRepliesDialog::storeEdits()
{
    if (m_showing || m_row < 0 || m_row >= m_replies->rowCount())
        return;
    m_replies->update(m_row, {m_title->text(), m_text->toPlainText()});
}

void CannedRepliesDialog::addReply()
{
    m_replies->add({tr("New reply"), QString()});
    m_list->setCurrentIndex(m_replies->index(m_replies->rowCount() - 1));
    m_title->setFocus();
    m_title->selectAll();
}

void CannedRepliesDialog::removeCurrent()
{
    const int row = m_list->currentIndex().row();
    if (row < 0)
        return;
    m_replies->remove(row);
    showRow(m_list->currentIndex().row());
}

bool CannedRepliesDialog::saveReplies()
{
    if (m_replies->save()) {
        m_error->hide();
        return true;
    }
    m_error->setText(m_replies->lastError());
    m_error->show();
    return false;
}

} // namespace duet::ui
