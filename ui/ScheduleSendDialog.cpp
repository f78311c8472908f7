// SPDX-License-Identifier: GPL-3.0-or-later
// The schedule chooser: quick choices, a date and time editor, the time zone, and a check that the time is ahead.
#include "ScheduleSendDialog.h"

#include "DateTimeField.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace duet::ui {

QList<ScheduleSendDialog::QuickChoice> ScheduleSendDialog::quickChoices(const QDateTime& now)
{
    const QTime nine(9, 0);
    QList<QuickChoice> out;
    out << QuickChoice{tr("In 1 hour"), now.addSecs(3600)};
    if (now.time() < QTime(17, 0))
        out << QuickChoice{tr("This evening 18:00"), QDateTime(now.date(), QTime(18, 0))};
    out << QuickChoice{tr("Tomorrow 09:00"), QDateTime(now.date().addDays(1), nine)};
    const int toMonday = 8 - now.date().dayOfWeek(); // 1..7 days ahead
    out << QuickChoice{tr("Monday 09:00"), QDateTime(now.date().addDays(toMonday), nine)};
    return out;
}

ScheduleSendDialog::ScheduleSendDialog(const QDateTime& now, const QDateTime& initial, QWidget* parent)
    : QDialog(parent)
    , m_now(now)
    , m_edit(new DateTimeField(now.addSecs(3600), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Schedule send"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("When should the message go?"), this);
    layout->addWidget(intro);
    for (const QuickChoice& choice : quickChoices(now)) {
        auto* button = new QPushButton(
            QStringLiteral("%1 — %2").arg(choice.label, QLocale().toString(choice.at, QLocale::ShortFormat)), this);
        const QDateTime at = choice.at;
        connect(button, &QPushButton::clicked, this, [this, at] {
            m_edit->setDateTime(at);
            accept();
        });
        layout->addWidget(button);
    }
    m_edit->setMinimumDateTime(now);
    m_edit->setDateTime(initial.isValid() ? initial : now.addSecs(3600));
    m_edit->setAccessibleName(tr("Date and time to send"));
    layout->addWidget(m_edit);
    const QTimeZone zone = QTimeZone::systemTimeZone();
    auto* zoneLabel = new QLabel(tr("Time zone: %1").arg(zone.displayName(now, QTimeZone::LongName, QLocale())), this);
    zoneLabel->setEnabled(false);
    layout->addWidget(zoneLabel);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Schedule"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ScheduleSendDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScheduleSendDialog::reject);
    layout->addWidget(buttons);
}

QDateTime ScheduleSendDialog::chosen() const
{
    return m_edit->dateTime();
}

void ScheduleSendDialog::accept()
{
    if (chosen() <= m_now) {
        m_error->setText(tr("Choose a time in the future."));
        m_error->show();
        return;
    }
    QDialog::accept();
}

std::optional<QDateTime> ScheduleSendDialog::choose(QWidget* parent, const QDateTime& now, const QDateTime& initial)
{
    ScheduleSendDialog dialog(now, initial, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.chosen();
}

} // namespace duet::ui
