// SPDX-License-Identifier: GPL-3.0-or-later
// The thread pane and its painted header.
#include "ThreadPane.h"

#include "BubbleDelegate.h"
#include "Composer.h"
#include "CustomerText.h"
#include "PaintHelpers.h"
#include "TemplatePicker.h"
#include "ThreadModel.h"
#include "ThreadView.h"
#include "TimeText.h"
#include "core/Clock.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace duet::ui {

namespace {
/// The hub expires presence 30 s after it commits it (docs/PROTOCOL.md): say it again after 20 s.
constexpr qint64 kPresenceRefreshMs = 20000;
} // namespace

/// The header above the thread: avatar, name, number and status, and the window chip.
class ThreadHeader : public QWidget
{
public:
    ThreadHeader(const Clock& clock, const Theme& theme, QWidget* parent)
        : QWidget(parent)
        , m_clock(clock)
        , m_theme(theme)
    {
        setAccessibleName(QCoreApplication::translate("duet::ui::ThreadPane", "Conversation header"));
        setFixedHeight(60);
    }
    void setSummary(const store::ConversationSummary& summary, bool shown)
    {
        m_summary = summary;
        m_shown = shown;
        setAccessibleDescription(shown ? CustomerText::fullLine(summary) : QString());
        setToolTip(shown ? plainToolTip(CustomerText::fullLine(summary)) : QString());
        // Room for "@name · phone number not shared" before the widgets beside the header take it.
        QFont small = font();
        small.setPointSizeF(font().pointSizeF() * 0.9);
        const int line =
            shown ? QFontMetrics(small).horizontalAdvance(CustomerText::identityLine(CustomerFacts::of(summary), false))
                  : 0;
        setMinimumWidth(qMin(66 + line + 16, 400));
        update();
    }
    void setTheme(const Theme& theme)
    {
        m_theme = theme;
        update();
    }
    QString chip() const
    {
        const qint64 now = m_clock.nowSecs();
        return m_shown ? TimeText::chip(ServiceWindow::at(m_summary.lastCustomerAt, now), now) : QString();
    }
    QString title() const { return m_shown ? CustomerText::name(m_summary) : QString(); }
    /// What stands under the name: the number, or "@name · phone number not shared · country".
    QString identity() const { return m_shown ? CustomerText::identityLine(CustomerFacts::of(m_summary)) : QString(); }
    void setMarketing(const QString& text)
    {
        if (text == m_marketing)
            return;
        m_marketing = text;
        update();
    }
    void setPresence(const QString& presence)
    {
        if (presence == m_presence)
            return;
        m_presence = presence;
        update();
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.fillRect(rect(), m_theme.base); // the line below is the pane's, under the whole header bar
        if (!m_shown)
            return;
        const QRect avatar(14, 10, 40, 40);
        Paint::avatar(&p, avatar, title(), m_summary.contactKey, font());
        QFont bold = font();
        bold.setBold(true);
        bold.setPointSizeF(font().pointSizeF() * 1.1);
        const QFontMetrics fm(bold);
        QFont small = font();
        small.setPointSizeF(font().pointSizeF() * 0.9);
        QFont smallBold = small;
        smallBold.setBold(true);
        const qint64 now = m_clock.nowSecs();
        const ServiceWindow w = ServiceWindow::at(m_summary.lastCustomerAt, now);
        const QString chipText = TimeText::chip(w, now);
        const int chipWidth = chipText.isEmpty() ? 0 : Paint::pillWidth(smallBold, chipText);
        const int left = avatar.right() + 12;
        const int right = width() - 16 - (chipWidth ? chipWidth + 12 : 0);
        p.setFont(bold);
        p.setPen(m_theme.text);
        p.drawText(QRect(left, 11, right - left, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(title(), Qt::ElideRight, right - left));
        p.setFont(small);
        p.setPen(m_theme.secondaryText);
        const QFontMetrics sfm(small);
        // The chip sits on the name's line: the line below has the whole width.
        const QRect subRect(left, 13 + fm.height(), width() - 16 - left, sfm.height());
        const auto subLine = [this](bool withCountry) {
            QString line = CustomerText::identityLine(CustomerFacts::of(m_summary), withCountry);
            if (!m_summary.assignee.isEmpty())
                line += (line.isEmpty() ? QString() : QStringLiteral("  ·  ")) +
                        QCoreApplication::translate("duet::ui::ThreadPane", "assigned to %1").arg(m_summary.assignee);
            if (!m_marketing.isEmpty())
                line += (line.isEmpty() ? QString() : QStringLiteral("  ·  ")) + m_marketing;
            return line;
        };
        // Narrow: the country goes first, so "phone number not shared" stays readable.
        const int presenceWidth =
            m_presence.isEmpty() ? 0
                                 : sfm.horizontalAdvance(m_presence) + sfm.horizontalAdvance(QStringLiteral("  ·  "));
        QString sub = subLine(true);
        if (sfm.horizontalAdvance(sub) > subRect.width() - presenceWidth)
            sub = subLine(false);
        if (!m_presence.isEmpty()) {
            // Who else is here comes first: it is what the agent must not miss.
            const QString presence = sfm.elidedText(m_presence, Qt::ElideRight, subRect.width());
            p.setPen(m_theme.accent);
            p.drawText(subRect, Qt::AlignLeft | Qt::AlignVCenter, presence);
            const int used = sfm.horizontalAdvance(presence) + sfm.horizontalAdvance(QStringLiteral("  "));
            p.setPen(m_theme.secondaryText);
            if (used < subRect.width())
                p.drawText(subRect.adjusted(used, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                           sfm.elidedText(QStringLiteral("·  ") + sub, Qt::ElideRight, subRect.width() - used));
        } else {
            p.drawText(subRect, Qt::AlignLeft | Qt::AlignVCenter, sfm.elidedText(sub, Qt::ElideRight, subRect.width()));
        }
        if (chipWidth) {
            const QColor colour = w.state == ServiceWindow::State::Closing  ? m_theme.chipClosing
                                  : w.state == ServiceWindow::State::Closed ? m_theme.chipClosed
                                                                            : m_theme.chipOpen;
            Paint::pill(&p, QRect(width() - 16 - chipWidth, 11, chipWidth, fm.height()), chipText, smallBold, colour,
                        m_theme.chipText);
        }
    }

private:
    const Clock& m_clock;
    Theme m_theme;
    store::ConversationSummary m_summary;
    QString m_presence;
    QString m_marketing; ///< "Stopped marketing messages on 3 Dec"; null when not
    bool m_shown = false;
};

ThreadPane::ThreadPane(const Clock& clock, const Theme& theme, ThreadModel* model, DraftStore& drafts,
                       const TemplateCatalog& templates, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_model(model)
    , m_headerBar(new QWidget(this))
    , m_headerLayout(new QHBoxLayout(m_headerBar))
    , m_header(new ThreadHeader(clock, theme, m_headerBar))
    , m_askButton(new QToolButton(m_headerBar))
    , m_view(new ThreadView(this))
    , m_delegate(new BubbleDelegate(clock, theme, this))
    , m_composer(new Composer(clock, drafts, templates, this))
    , m_divider(new QWidget(this))
    , m_headerDivider(new QWidget(this))
{
    setAccessibleName(tr("Thread"));
    m_view->setThreadModel(model);
    m_view->setItemDelegate(m_delegate);
    m_view->setAccessibleName(tr("Messages"));
    m_composer->setAutoFillBackground(true);
    for (QWidget* line : {m_divider, m_headerDivider}) {
        line->setFixedHeight(1);
        line->setAutoFillBackground(true);
    }
    m_headerLayout->setContentsMargins(0, 0, 8, 0);
    m_headerLayout->setSpacing(6);
    m_headerLayout->addWidget(m_header, 1);
    m_askButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_askButton->setAutoRaise(true);
    m_askButton->hide();
    m_scheduled = new QLabel(m_headerBar);
    m_scheduled->setAccessibleName(tr("Scheduled messages"));
    m_scheduled->hide();
    m_headerLayout->addWidget(m_scheduled, 0, Qt::AlignVCenter);
    m_headerLayout->addWidget(m_askButton, 0, Qt::AlignVCenter);
    m_headerBar->setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_headerBar);
    layout->addWidget(m_headerDivider);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_divider);
    layout->addWidget(m_composer);
    setTheme(theme);
    m_composer->hide(); // until a conversation is open
    m_divider->hide();
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &ThreadPane::tick);
    m_ticker.start();
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &ThreadPane::showScheduled);
    connect(model, &QAbstractItemModel::modelReset, this, &ThreadPane::showScheduled);
    connect(model, &QAbstractItemModel::dataChanged, this, &ThreadPane::showScheduled);
    wireActions();
}

QString ThreadPane::scheduledText() const
{
    const int count = m_model->scheduledCount();
    if (count == 0)
        return {};
    return QStringLiteral("\U0001F552 ") + tr("%n scheduled", nullptr, count);
}

void ThreadPane::showScheduled()
{
    const QString text = scheduledText();
    m_scheduled->setText(text);
    m_scheduled->setToolTip(tr("Messages waiting for their time: each bubble has Send now, Edit time and Cancel."));
    m_scheduled->setVisible(!text.isEmpty());
}

void ThreadPane::showConversation(const store::ConversationSummary& summary)
{
    const QString before = m_model->conversation();
    if (before != summary.contactKey) {
        if (!before.isEmpty())
            announce(before, QStringLiteral("left"));
        m_lastComposingMs = 0;
        m_replyRow = -1;
        announce(summary.contactKey, QStringLiteral("viewing"));
    }
    m_summary = summary;
    m_header->setSummary(summary, true);
    m_askButton->setVisible(!summary.hasPhone() && m_askButton->defaultAction());
    m_composer->setCustomerName(CustomerText::name(summary));
    m_composer->show();
    m_divider->show();
    if (m_model->conversation() != summary.contactKey) {
        m_delegate->invalidate(); // the layouts and row sizes of the thread that closes
        m_model->setConversation(summary.contactKey);
    }
    if (m_composer->conversation() == summary.contactKey)
        m_composer->setLastCustomerAt(summary.lastCustomerAt); // same thread: keep the text being typed
    else
        m_composer->setConversation(summary.contactKey, summary.lastCustomerAt);
    m_composer->setReferralAt(summary.referralAt);
    const std::optional<store::CustomerPreference> marketing = m_model->marketingPreference();
    m_marketingText = marketing ? marketingTextFor(marketing->value, marketing->at) : QString();
    m_header->setMarketing(m_marketingText);
    refreshPresence();
}

void ThreadPane::followConversation(const store::ConversationSummary& summary)
{
    m_composer->moveToConversation(summary.contactKey);
    showConversation(summary);
}

void ThreadPane::setAskAction(QAction* action)
{
    m_askButton->setDefaultAction(action);
    m_askButton->setVisible(action && !m_summary.contactKey.isEmpty() && !m_summary.hasPhone());
}

QString ThreadPane::marketingTextFor(const QString& value, qint64 atSecs)
{
    if (value != QLatin1String("stop"))
        return {};
    const QDate day = TimeText::localDay(atSecs);
    return tr("Stopped marketing messages on %1").arg(QLocale().toString(day, QStringLiteral("d MMM")));
}

QString ThreadPane::contactRequestText()
{
    return tr("Could you share your phone number with us? Tap the button below to send it.");
}

QString ThreadPane::askForPhoneNumber()
{
    const QString key = m_model->conversation();
    if (key.isEmpty() || m_summary.contactKey != key)
        return tr("Open a conversation first.");
    const CustomerFacts customer = CustomerFacts::of(m_summary);
    const QString name = CustomerText::name(m_summary);
    if (m_summary.hasPhone())
        return tr("The number of %1 is known: %2.").arg(name, CustomerText::number(customer));
    if (m_composer->window().isSendable()) {
        emit contactRequestRequested(key, contactRequestText());
        return tr("Asked %1 to share their phone number. Their answer links it to this conversation.").arg(name);
    }
    m_composer->offerContactRequestTemplates();
    m_composer->templatePicker()->focusMissing(); // the template's first parameter, or the search
    return tr("The 24-hour window is closed: ask with a template that has a Share Contact Info button.");
}

void ThreadPane::clear()
{
    if (!m_model->conversation().isEmpty())
        announce(m_model->conversation(), QStringLiteral("left"));
    m_presence.clear();
    m_presenceText.clear();
    m_header->setPresence(QString());
    m_header->setSummary({}, false);
    m_summary = {};
    m_askButton->hide();
    m_delegate->invalidate();
    m_model->setConversation(QString());
    m_composer->setConversation(QString(), 0);
    m_composer->hide();
    m_divider->hide();
}

void ThreadPane::setTheme(const Theme& theme)
{
    m_header->setTheme(theme);
    QPalette headerPal = m_headerBar->palette();
    headerPal.setColor(QPalette::Window, theme.base);
    m_headerBar->setPalette(headerPal);
    m_delegate->setTheme(theme);
    m_delegate->invalidate();
    QPalette pal = m_view->palette();
    pal.setColor(QPalette::Base, theme.threadBackground);
    pal.setColor(QPalette::Window, theme.threadBackground); // the padding above a short thread
    m_view->setPalette(pal);
    m_view->setAutoFillBackground(true);
    m_view->verticalScrollBar()->setStyleSheet(theme.scrollBarStyle());
    QPalette composerPal = m_composer->palette();
    composerPal.setColor(QPalette::Window, theme.base);
    m_composer->setPalette(composerPal);
    QPalette dividerPal = m_divider->palette();
    dividerPal.setColor(QPalette::Window, theme.divider);
    m_divider->setPalette(dividerPal);
    m_headerDivider->setPalette(dividerPal);
    m_view->viewport()->update();
}

QString ThreadPane::headerChip() const
{
    return m_header->chip();
}

QString ThreadPane::headerTitle() const
{
    return m_header->title();
}

QString ThreadPane::headerIdentity() const
{
    return m_header->identity();
}

void ThreadPane::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        m_delegate->invalidate();
    QWidget::changeEvent(event);
}

void ThreadPane::tick()
{
    m_header->update();
    showScheduled(); // a scheduled send whose time came is no longer counted
    showPresence();  // drops what expired since the last read; new rows come with conversationsChanged
    const QString key = m_model->conversation();
    if (key.isEmpty() || !isVisible() || !isActiveWindow())
        return; // an inactive window lets its presence expire
    if (m_presenceSentMs == 0 || m_clock.nowMs() - m_presenceSentMs >= kPresenceRefreshMs)
        announce(key, QStringLiteral("viewing"));
}

void ThreadPane::leavePresence()
{
    if (!m_model->conversation().isEmpty() && m_presenceSentMs != 0)
        announce(m_model->conversation(), QStringLiteral("left"));
}

void ThreadPane::announce(const QString& contactKey, const QString& state)
{
    m_presenceSentMs = state == QLatin1String("left") ? 0 : qMax<qint64>(1, m_clock.nowMs());
    emit presenceChanged(contactKey, state);
}

void ThreadPane::refreshPresence()
{
    if (m_model->conversation().isEmpty())
        m_presence.clear();
    else
        m_presence = m_model->presence(m_clock.nowMs());
    showPresence();
}

void ThreadPane::showPresence()
{
    m_presenceText = presenceTextNow();
    m_header->setPresence(m_presenceText);
}

} // namespace duet::ui
