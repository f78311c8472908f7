// SPDX-License-Identifier: GPL-3.0-or-later
// The account banner's texts (Meta's reasons in words, with the remedy) and its colours.
#include "AccountBanner.h"

#include "TimeText.h"
#include "core/Clock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace duet::ui {

namespace {

using store::AccountHealth;

constexpr int kRefreshMs = 10 * 60 * 1000;

QColor blend(const QColor& a, const QColor& b, double share)
{
    return QColor::fromRgbF(float(a.redF() * share + b.redF() * (1 - share)),
                            float(a.greenF() * share + b.greenF() * (1 - share)),
                            float(a.blueF() * share + b.blueF() * (1 - share)));
}

} // namespace

AccountBanner::AccountBanner(const Clock& clock, const Theme& theme, QWidget* parent)
    : QFrame(parent)
    , m_clock(clock)
    , m_theme(theme)
    , m_stripe(new QWidget(this))
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("accountBanner"));
    setAccessibleName(tr("Number status"));
    setAutoFillBackground(true);
    m_stripe->setFixedWidth(4);
    m_stripe->setAutoFillBackground(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setText(QStringLiteral("✕"));
    m_close->setAutoRaise(true);
    m_close->setAccessibleName(tr("Close this note"));
    m_close->setToolTip(tr("Close this note"));
    connect(m_close, &QToolButton::clicked, this, &AccountBanner::dismiss);

    auto* texts = new QVBoxLayout;
    texts->setContentsMargins(10, 6, 6, 6);
    texts->setSpacing(2);
    texts->addWidget(m_title);
    texts->addWidget(m_message);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->setSpacing(0);
    layout->addWidget(m_stripe);
    layout->addLayout(texts, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &AccountBanner::refresh);
    setVisible(false);
}

void AccountBanner::setHealth(const AccountHealth& health, bool supervisor)
{
    m_health = health;
    m_supervisor = supervisor;
    refresh();
}

void AccountBanner::setTheme(const Theme& theme)
{
    m_theme = theme;
    paintColours();
}

void AccountBanner::dismiss()
{
    if (m_kind != Kind::Reconnected)
        return;
    m_dismissedAt = m_health.sinceSecs;
    refresh();
}

bool AccountBanner::isClosable() const
{
    return m_kind == Kind::Reconnected;
}

void AccountBanner::refresh()
{
    const qint64 now = m_clock.nowSecs();
    switch (m_health.state) {
    case AccountHealth::State::Disconnected:
        m_kind = Kind::Disconnected;
        break;
    case AccountHealth::State::Offboarded:
        m_kind = Kind::Offboarded;
        break;
    case AccountHealth::State::Deleted:
        m_kind = Kind::Deleted;
        break;
    case AccountHealth::State::Connected:
        if (m_supervisor && m_health.needsPhoneAppWarning(now))
            m_kind = Kind::PhoneAppIdle;
        else if (m_health.isRecentlyReconnected(now) && m_dismissedAt != m_health.sinceSecs)
            m_kind = Kind::Reconnected;
        else
            m_kind = Kind::None;
        break;
    }
    m_title->setText(title());
    m_message->setText(message());
    m_close->setVisible(isClosable());
    paintColours();
    setVisible(m_kind != Kind::None);
    // The idle days and the reconnection note change with time alone: look again now and then
    // while a supervisor may need the warning or the note is up.
    const bool timeMatters =
        m_health.isConnected() && ((m_supervisor && m_health.appActiveAtSecs > 0) || m_kind == Kind::Reconnected);
    if (!timeMatters)
        m_timer.stop();
    else if (!m_timer.isActive())
        m_timer.start();
}

QString AccountBanner::title() const
{
    switch (m_kind) {
    case Kind::None:
        return QString();
    case Kind::Disconnected:
        return tr("WhatsApp disconnected this number from Duet");
    case Kind::Offboarded:
        return tr("WhatsApp took this number off the Cloud API");
    case Kind::Deleted:
        return tr("The WhatsApp Business account was deleted");
    case Kind::PhoneAppIdle:
        return tr("Open WhatsApp Business on the phone");
    case Kind::Reconnected:
        return tr("The number is connected again");
    }
    return QString();
}

QString AccountBanner::message() const
{
    const qint64 now = m_clock.nowSecs();
    const QString since =
        m_health.sinceSecs > 0
            ? tr("Since %1 %2.")
                  .arg(QLocale().toString(TimeText::localDay(m_health.sinceSecs), QLocale::ShortFormat),
                       TimeText::clockTime(m_health.sinceSecs))
            : QString();
    const QString waiting = tr("Messages sent meanwhile wait in the outbox and leave once it is reconnected.");
    const auto join = [](const QStringList& parts) {
        QStringList kept;
        for (const QString& p : parts) {
            if (!p.isEmpty())
                kept << p;
        }
        return kept.join(QLatin1Char(' '));
    };
    switch (m_kind) {
    case Kind::None:
        return QString();
    case Kind::Disconnected:
        return join({remedyFor(m_health.reason), waiting, since});
    case Kind::Offboarded:
        return join({tr("The number was registered again, or the phone it runs on changed. Reconnect the number "
                        "from the WhatsApp Business app on the phone."),
                     waiting, since});
    case Kind::Deleted:
        return join({tr("Duet can no longer send or receive messages for this number. Check the account in Meta "
                        "Business Suite."),
                     since});
    case Kind::PhoneAppIdle: {
        const int left = m_health.daysLeft(now);
        const QString idle =
            tr("The WhatsApp Business app on the phone was last used %n day(s) ago.", nullptr, m_health.idleDays(now));
        const QString cutoff =
            left > 0 ? tr("WhatsApp disconnects the number after 14 days without it: open the app within %n day(s).",
                          nullptr, left)
                     : tr("WhatsApp may disconnect the number at any moment: open the app on the phone now.");
        return join({idle, cutoff});
    }
    case Kind::Reconnected:
        return join({tr("Messages that waited in the outbox are on their way."), since});
    }
    return QString();
}

QString AccountBanner::remedyFor(const QString& reason)
{
    if (reason == QLatin1String("PRIMARY_INACTIVITY"))
        return tr("The phone app was not opened for 14 days: open WhatsApp Business on the phone, then reconnect the "
                  "number.");
    if (reason == QLatin1String("COMPANION_INACTIVITY"))
        return tr("A device linked to the number was not used for 30 days: open WhatsApp Business on the phone, then "
                  "reconnect the number.");
    if (reason == QLatin1String("CHANGE_NUMBER"))
        return tr("The business changed its phone number in the WhatsApp Business app: connect the new number.");
    if (reason == QLatin1String("USER_RE_REGISTERED"))
        return tr("The number was registered on another phone: reconnect it from the phone it runs on now.");
    if (reason == QLatin1String("BUSINESS_DOWNGRADE"))
        return tr("The number was moved to the personal WhatsApp app: move it back to WhatsApp Business, then "
                  "reconnect the number.");
    if (reason == QLatin1String("ACCOUNT_DISCONNECTED"))
        return tr("Meta disconnected the account (an enforcement, or the account was deleted): check it in Meta "
                  "Business Suite.");
    if (reason.isEmpty())
        return tr("The business removed Duet's access to the number, or Meta gave no reason: reconnect the number "
                  "to send again.");
    return tr("Meta's reason: %1. Reconnect the number to send again.").arg(reason);
}

void AccountBanner::paintColours()
{
    QColor strong;
    switch (m_kind) {
    case Kind::None:
        return;
    case Kind::Disconnected:
    case Kind::Offboarded:
    case Kind::Deleted:
        strong = m_theme.failure;
        break;
    case Kind::PhoneAppIdle:
        strong = m_theme.chipClosing;
        break;
    case Kind::Reconnected:
        strong = m_theme.chipOpen;
        break;
    }
    QPalette pal = palette();
    pal.setColor(QPalette::Window, blend(strong, m_theme.window, m_theme.dark ? 0.28 : 0.14));
    pal.setColor(QPalette::WindowText, m_theme.text);
    setPalette(pal);
    QPalette stripe = m_stripe->palette();
    stripe.setColor(QPalette::Window, strong);
    m_stripe->setPalette(stripe);
}

} // namespace duet::ui
