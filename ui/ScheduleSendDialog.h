// SPDX-License-Identifier: GPL-3.0-or-later
// "Schedule send…": the date and time a message goes, with quick choices and the local time zone shown.
#pragma once

#include <QDateTime>
#include <QDialog>
#include <QList>
#include <QString>

#include <optional>

class QDateTimeEdit;
class QLabel;

namespace duet::ui {

/// Asks when a message goes: quick choices ("In 1 hour", "Tomorrow 09:00", "Monday 09:00") or a
/// date and time, in the local time zone (named under the chooser). A time that is not ahead of
/// `now` is refused with a line saying so.
///     const std::optional<QDateTime> at = ScheduleSendDialog::choose(this, QDateTime::currentDateTime());
class ScheduleSendDialog : public QDialog
{
    Q_OBJECT
public:
    struct QuickChoice
    {
        QString label;
        QDateTime at;
    };
    /// The quick choices at `now` (local time): in 1 hour, this evening 18:00 (before 17:00),
    /// tomorrow 09:00, next Monday 09:00.
    static QList<QuickChoice> quickChoices(const QDateTime& now);

    ScheduleSendDialog(const QDateTime& now, const QDateTime& initial, QWidget* parent = nullptr);
    QDateTime chosen() const;

    /// Runs the dialog; nullopt when cancelled.
    static std::optional<QDateTime> choose(QWidget* parent, const QDateTime& now, const QDateTime& initial = {});

    void accept() override;

private:
    QDateTime m_now;
    QDateTimeEdit* m_edit;
    QLabel* m_error;
};

} // namespace duet::ui
