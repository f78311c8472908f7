// SPDX-License-Identifier: GPL-3.0-or-later
// The team bar's controls and menus; every action goes through TeamActions.
#include "TeamBar.h"

#include "CustomerText.h"
#include "DateTimeField.h"
#include "TeamActions.h"
#include "core/Clock.h"

#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace duet::ui {

using sync::ConversationStatus;

TeamBar::TeamBar(TeamActions* actions, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_clock(clock)
    , m_review(new QLabel(tr("Review mode: read only"), this))
    , m_assigneeLabel(new QLabel(this))
    , m_claim(new QPushButton(tr("Claim"), this))
    , m_release(new QPushButton(tr("Release"), this))
    , m_assign(new QToolButton(this))
    , m_assignMenu(new QMenu(this))
    , m_statusButton(new QToolButton(this))
    , m_statusMenu(new QMenu(this))
    , m_chips(new QHBoxLayout)
    , m_labelField(new QLineEdit(this))
    , m_known(new QStringListModel(this))
{
    setAccessibleName(tr("Team bar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_review->setAccessibleName(tr("Review mode: read only. Replies are off in this view."));
    m_review->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_review->hide();
    m_assigneeLabel->setAccessibleName(tr("Assignee"));
    m_claim->setAccessibleName(tr("Claim this conversation"));
    m_claim->setToolTip(tr("Take this conversation (Ctrl+Shift+C)"));
    m_release->setAccessibleName(tr("Release this conversation"));
    m_release->setToolTip(tr("Put it back in Unassigned (Ctrl+Shift+U)"));
    m_assign->setText(tr("Assign to…"));
    m_assign->setAccessibleName(tr("Assign to another agent"));
    m_assign->setToolTip(tr("Assign to… (Ctrl+Shift+G)"));
    m_assign->setPopupMode(QToolButton::InstantPopup);
    m_assign->setMenu(m_assignMenu);
    m_assignMenu->setAccessibleName(tr("Agents"));
    connect(m_assignMenu, &QMenu::aboutToShow, this, &TeamBar::fillAssignMenu);

    m_statusButton->setAccessibleName(tr("Conversation status"));
    m_statusButton->setToolTip(tr("Status (Ctrl+Shift+T)"));
    m_statusButton->setPopupMode(QToolButton::InstantPopup);
    m_statusButton->setMenu(m_statusMenu);
    m_statusMenu->setAccessibleName(tr("Status"));
    m_statusMenu->addAction(tr("Open"), this, [this] { setStatus(ConversationStatus::Open); });
    m_statusMenu->addAction(tr("Pending"), this, [this] { setStatus(ConversationStatus::Pending); });
    QMenu* snooze = m_statusMenu->addMenu(tr("Snooze until"));
    snooze->setAccessibleName(tr("Snooze until"));
    connect(snooze, &QMenu::aboutToShow, this, [this, snooze] {
        snooze->clear();
        const QList<QDateTime> presets = snoozePresets(QDateTime::fromSecsSinceEpoch(m_clock.nowSecs()));
        const QStringList names = {tr("In 1 hour"), tr("Tomorrow at 9:00"), tr("Next Monday at 9:00")};
        for (int i = 0; i < presets.size(); ++i) {
            const QDateTime& when = presets.at(i);
            snooze->addAction(
                QStringLiteral("%1 (%2)").arg(names.at(i), QLocale().toString(when, QLocale::ShortFormat)), this,
                [this, when] { snoozeUntil(when); });
        }
        snooze->addAction(tr("Pick a date and time…"), this, &TeamBar::pickSnoozeTime);
    });
    m_statusMenu->addAction(tr("Resolved"), this, [this] { setStatus(ConversationStatus::Resolved); });

    // Fusion paints a popup button's arrow over the end of its text without making room for it
    // ("Assign to…" lost its ellipsis under a real window manager): room for the arrow.
    for (QToolButton* b : {m_assign, m_statusButton})
        b->setStyleSheet(QStringLiteral("QToolButton { padding-right: 12px; }"));

    m_labelField->setPlaceholderText(tr("Add label"));
    m_labelField->setAccessibleName(tr("Add a label"));
    m_labelField->setToolTip(tr("Type a label and press Enter (Ctrl+Shift+B)"));
    m_labelField->setMaxLength(64);
    m_labelField->setMaximumWidth(140);
    auto* completer = new QCompleter(m_known, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_labelField->setCompleter(completer);
    connect(m_labelField, &QLineEdit::returnPressed, this, [this] {
        const QString label = m_labelField->text().trimmed();
        if (label.isEmpty())
            return;
        addLabel(label);
        m_labelField->clear();
    });

    connect(m_claim, &QPushButton::clicked, this, &TeamBar::claim);
    connect(m_release, &QPushButton::clicked, this, &TeamBar::release);

    layout->addWidget(m_review);
    layout->addWidget(m_assigneeLabel);
    layout->addWidget(m_claim);
    layout->addWidget(m_release);
    layout->addWidget(m_assign);
    layout->addWidget(m_statusButton);
    layout->addLayout(m_chips);
    layout->addWidget(m_labelField);
    clear();
}

void TeamBar::setConversation(const store::ConversationSummary& summary)
{
    m_key = summary.contactKey;
    m_assignee = summary.assignee;
    m_status = summary.status.isEmpty() ? QStringLiteral("open") : summary.status;
    if (m_labels != summary.labels) {
        m_labels = summary.labels;
        rebuildChips();
    }
    updateControls();
}

void TeamBar::clear()
{
    m_key.clear();
    m_assignee.clear();
    m_status.clear();
    m_labels.clear();
    rebuildChips();
    updateControls();
}

void TeamBar::setKnownLabels(const QStringList& labels)
{
    m_known->setStringList(labels);
}

void TeamBar::setReviewMode(bool review)
{
    m_reviewMode = review;
    m_review->setVisible(review);
}

QString TeamBar::assigneeText() const
{
    if (m_assignee.isEmpty())
        return tr("Unassigned");
    if (m_assignee == agentName())
        return tr("You");
    return m_assignee;
}

QString TeamBar::statusText() const
{
    if (m_status == QLatin1String("pending"))
        return tr("Pending");
    if (m_status == QLatin1String("snoozed"))
        return tr("Snoozed");
    if (m_status == QLatin1String("resolved"))
        return tr("Resolved");
    return tr("Open");
}

QString TeamBar::agentName() const
{
    const QString welcomed = m_actions ? m_actions->agent() : QString();
    return welcomed.isEmpty() ? m_agentName : welcomed;
}

void TeamBar::updateControls()
{
    const bool has = !m_key.isEmpty();
    const QString me = agentName();
    const bool mine = has && !me.isEmpty() && m_assignee == me;
    m_assigneeLabel->setText(has ? assigneeText() : QString());
    m_assigneeLabel->setAccessibleName(tr("Assignee: %1").arg(assigneeText()));
    m_claim->setVisible(has && !mine);
    m_release->setVisible(has && !m_assignee.isEmpty());
    m_assign->setVisible(has);
    m_statusButton->setVisible(has);
    m_statusButton->setText(statusText());
    m_statusButton->setAccessibleName(tr("Conversation status: %1").arg(statusText()));
    m_labelField->setVisible(has);
}

void TeamBar::rebuildChips()
{
    while (QLayoutItem* item = m_chips->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString& label : std::as_const(m_labels)) {
        auto* chip = new QToolButton(this);
        chip->setText(label + QStringLiteral("  ✕"));
        chip->setAutoRaise(true);
        chip->setAccessibleName(tr("Remove label %1").arg(label));
        chip->setToolTip(plainToolTip(tr("Remove the label “%1”").arg(label)));
        connect(chip, &QToolButton::clicked, this, [this, label] { removeLabel(label); });
        m_chips->addWidget(chip);
    }
}

void TeamBar::claim()
{
    if (m_actions && !m_key.isEmpty())
        m_actions->claim(m_key);
}

void TeamBar::release()
{
    if (m_actions && !m_key.isEmpty())
        m_actions->release(m_key);
}

void TeamBar::assignTo(const QString& agent)
{
    if (m_actions && !m_key.isEmpty())
        m_actions->assign(m_key, agent);
}

void TeamBar::setStatus(ConversationStatus status)
{
    if (m_actions && !m_key.isEmpty())
        m_actions->setStatus(m_key, status);
}

void TeamBar::snoozeUntil(const QDateTime& when)
{
    if (m_actions && !m_key.isEmpty())
        m_actions->setStatus(m_key, ConversationStatus::Snoozed, when.toSecsSinceEpoch());
}

void TeamBar::addLabel(const QString& label)
{
    if (m_actions && !m_key.isEmpty() && !label.trimmed().isEmpty())
        m_actions->addLabel(m_key, label.trimmed());
}

void TeamBar::removeLabel(const QString& label)
{
    if (m_actions && !m_key.isEmpty())
        m_actions->removeLabel(m_key, label);
}

void TeamBar::popupAssignMenu()
{
    if (!m_key.isEmpty())
        m_assign->showMenu();
}

void TeamBar::popupStatusMenu()
{
    if (!m_key.isEmpty())
        m_statusButton->showMenu();
}

void TeamBar::focusLabelField()
{
    if (!m_key.isEmpty())
        m_labelField->setFocus(Qt::ShortcutFocusReason);
}

QList<QDateTime> TeamBar::snoozePresets(const QDateTime& now)
{
    const QDateTime local = now.toLocalTime();
    const QTime nine(9, 0);
    QDate monday = local.date().addDays(1);
    while (monday.dayOfWeek() != Qt::Monday)
        monday = monday.addDays(1);
    return {local.addSecs(3600), QDateTime(local.date().addDays(1), nine), QDateTime(monday, nine)};
}

QList<sync::RosterEntry> TeamBar::assignOrder(QList<sync::RosterEntry> roster)
{
    std::stable_sort(roster.begin(), roster.end(), [](const sync::RosterEntry& a, const sync::RosterEntry& b) {
        if (a.online != b.online)
            return a.online;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return roster;
}

void TeamBar::fillAssignMenu()
{
    m_assignMenu->clear();
    const QString me = agentName();
    const QList<sync::RosterEntry> agents = assignOrder(m_actions ? m_actions->roster() : QList<sync::RosterEntry>());
    if (agents.isEmpty()) {
        QAction* none = m_assignMenu->addAction(tr("No agent list while offline"));
        none->setEnabled(false);
    }
    for (const sync::RosterEntry& a : agents) {
        QString text = a.name == me ? tr("%1 (you)").arg(a.name) : a.name;
        text += a.online ? tr(" — online") : tr(" — offline");
        QAction* action = m_assignMenu->addAction(text, this, [this, name = a.name] { assignTo(name); });
        action->setCheckable(true);
        action->setChecked(a.name == m_assignee);
    }
    m_assignMenu->addSeparator();
    m_assignMenu->addAction(tr("Nobody (back to Unassigned)"), this, [this] { assignTo(QString()); });
}

void TeamBar::pickSnoozeTime()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Snooze until"));
    auto* edit = new DateTimeField(QDateTime::fromSecsSinceEpoch(m_clock.nowSecs() + 3600), &dialog);
    edit->setMinimumDateTime(QDateTime::fromSecsSinceEpoch(m_clock.nowSecs() + 60));
    edit->setAccessibleName(tr("Snooze until"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("The conversation comes back to the inbox at:"), &dialog));
    layout->addWidget(edit);
    layout->addWidget(buttons);
    if (dialog.exec() == QDialog::Accepted)
        snoozeUntil(edit->dateTime());
}

} // namespace duet::ui
