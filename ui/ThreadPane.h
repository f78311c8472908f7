// SPDX-License-Identifier: GPL-3.0-or-later
// The right pane: the contact's header with the window countdown, the thread, the composer.
#pragma once

#include "Theme.h"
#include "store/ConversationQuery.h"

#include <QTimer>
#include <QWidget>

namespace duet {
class Clock;
}

namespace duet::ui {

class BubbleDelegate;
class Composer;
class DraftStore;
class TemplateCatalog;
class ThreadHeader;
class ThreadModel;
class ThreadView;

/// Shows one conversation: a header (name, number, window chip, refreshed every second from
/// the clock), the painted thread and the composer. It binds; the ThreadModel does the reading.
/// Usage: `ThreadPane pane(clock, theme, &threadModel, drafts, catalog); pane.showConversation(summary);`
class ThreadPane : public QWidget
{
    Q_OBJECT
public:
    ThreadPane(const Clock& clock, const Theme& theme, ThreadModel* model, DraftStore& drafts,
               const TemplateCatalog& templates, QWidget* parent = nullptr);

    void showConversation(const store::ConversationSummary& summary);
    void clear();
    void setTheme(const Theme& theme);
    /// The chip text in the header ("18 h left", "Closed"); null without a window.
    QString headerChip() const;
    QString headerTitle() const;
    Composer* composer() const { return m_composer; }
    ThreadView* threadView() const { return m_view; }
    BubbleDelegate* bubbleDelegate() const { return m_delegate; }

protected:
    void changeEvent(QEvent* event) override;

private:
    const Clock& m_clock;
    ThreadModel* m_model;
    ThreadHeader* m_header;
    ThreadView* m_view;
    BubbleDelegate* m_delegate;
    Composer* m_composer;
    QWidget* m_divider;
    QTimer m_ticker;
};

} // namespace duet::ui
