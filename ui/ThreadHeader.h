// SPDX-License-Identifier: GPL-3.0-or-later
// The painted header above the thread: avatar, name, identity line, presence and window chip.
#pragma once

#include "Theme.h"
#include "store/ConversationQuery.h"

#include <QWidget>

namespace duet {
class Clock;
}

namespace duet::ui {

/// The header above the thread: avatar, name, number and status, and the window chip (read from
/// the clock on every paint). Who else is in the thread comes first on the line under the name.
/// Usage: `ThreadHeader header(clock, theme); header.setSummary(summary, true);`
class ThreadHeader : public QWidget
{
public:
    ThreadHeader(const Clock& clock, const Theme& theme, QWidget* parent);
    /// The conversation shown; `shown` false paints an empty header.
    void setSummary(const store::ConversationSummary& summary, bool shown);
    void setTheme(const Theme& theme);
    /// The chip text ("18 h left", "Closed"); null without a conversation.
    QString chip() const;
    QString title() const;
    /// What stands under the name: the number, or "@name · phone number not shared · country".
    QString identity() const;
    void setMarketing(const QString& text);
    void setPresence(const QString& presence);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    const Clock& m_clock;
    Theme m_theme;
    store::ConversationSummary m_summary;
    QString m_presence;
    QString m_marketing; ///< "Stopped marketing messages on 3 Dec"; null when not
    bool m_shown = false;
};

} // namespace duet::ui
