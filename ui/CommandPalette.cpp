// SPDX-License-Identifier: GPL-3.0-or-later
// The command palette.
#include "CommandPalette.h"

#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace duet::ui {

CommandPalette::CommandPalette(Source commands, QWidget* parent)
    : QDialog(parent, Qt::Popup | Qt::FramelessWindowHint)
    , m_source(std::move(commands))
    , m_filter(new QLineEdit(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_list(new QListView(this))
{
    setAccessibleName(tr("Command palette"));
    m_filter->setPlaceholderText(tr("Type a command…"));
    m_filter->setAccessibleName(tr("Filter commands"));
    m_filter->installEventFilter(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(Qt::UserRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Commands"));
    m_list->setFocusPolicy(Qt::NoFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    resize(460, 320);
    reload();
    connect(m_filter, &QLineEdit::textChanged, this, &CommandPalette::setFilterText);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex& index) {
        m_list->setCurrentIndex(index);
        triggerCurrent();
    });
}

void CommandPalette::reload()
{
    m_actions.clear();
    m_model->clear();
    const QList<QAction*> actions = m_source ? m_source() : QList<QAction*>();
    for (QAction* action : actions) {
        if (!action || !action->isVisible() || action->text().isEmpty())
            continue;
        QString text = action->text().remove(QLatin1Char('&'));
        const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
        auto* item = new QStandardItem(shortcut.isEmpty() ? text : text + QStringLiteral("    ") + shortcut);
        item->setData(text, Qt::UserRole);
        item->setData(int(m_actions.size()), Qt::UserRole + 1);
        item->setData(shortcut, Qt::UserRole + 2);
        m_model->appendRow(item);
        m_actions << action;
    }
    setFilterText(m_filter->text());
}

void CommandPalette::popup()
{
    reload();
    m_filter->clear();
    setFilterText(QString());
    if (QWidget* p = parentWidget()) {
        const QPoint top = p->mapToGlobal(QPoint((p->width() - width()) / 2, 60));
        move(top);
    }
    show();
    m_filter->setFocus();
}

void CommandPalette::setFilterText(const QString& text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    m_proxy->setFilterFixedString(text);
    if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
}

int CommandPalette::visibleCount() const
{
    return m_proxy->rowCount();
}

QStringList CommandPalette::visibleActions() const
{
    QStringList names;
    for (int i = 0; i < m_proxy->rowCount(); ++i)
        names << m_proxy->index(i, 0).data(Qt::UserRole).toString();
    return names;
}

QStringList CommandPalette::visibleShortcuts() const
{
    QStringList shortcuts;
    for (int i = 0; i < m_proxy->rowCount(); ++i)
        shortcuts << m_proxy->index(i, 0).data(Qt::UserRole + 2).toString();
    return shortcuts;
}

bool CommandPalette::triggerCurrent()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return false;
    QAction* action = m_actions.value(index.data(Qt::UserRole + 1).toInt());
    hide();
    if (action && action->isEnabled())
        action->trigger();
    return action != nullptr;
}

bool CommandPalette::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const int row = m_list->currentIndex().row();
        switch (key->key()) {
        case Qt::Key_Down:
            if (row + 1 < m_proxy->rowCount())
                m_list->setCurrentIndex(m_proxy->index(row + 1, 0));
            return true;
        case Qt::Key_Up:
            if (row > 0)
                m_list->setCurrentIndex(m_proxy->index(row - 1, 0));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            triggerCurrent();
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace duet::ui
