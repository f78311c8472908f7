// SPDX-License-Identifier: GPL-3.0-or-later
// The window gate.
#include "WindowGate.h"

#include "core/Clock.h"

#include <QCoreApplication>

#include <algorithm>

namespace duet::outbound {

const char* GateDecision::reasonSource() const
{
    switch (reason) {
    case Reason::WindowClosed:
        return QT_TRANSLATE_NOOP("duet",
                                 "The customer's 24-hour window has closed, so only an approved template can be "
                                 "sent. Choose a template to reopen the conversation.");
    case Reason::NoWindow:
        return QT_TRANSLATE_NOOP("duet", "This customer has not written to the business yet, so only an approved "
                                         "template can be sent. Choose a template to start the conversation.");
    case Reason::None:
        break;
    }
    return nullptr;
}

QString GateDecision::reasonText() const
{
    const char* source = reasonSource();
    return source ? QCoreApplication::translate("duet", source) : QString();
}

WindowGate::WindowGate(const Clock& clock, const WindowSource& source)
    : m_clock(clock)
    , m_source(source)
{}

ServiceWindow WindowGate::window(const QString& contact) const
{
    const std::optional<qint64> last = m_source.lastCustomerAt(contact);
    return ServiceWindow::at(last.value_or(0), nowSecs());
}

qint64 WindowGate::nowSecs() const
{
    m_latestSecs = std::max(m_latestSecs, m_clock.nowSecs());
    return m_latestSecs;
}

GateDecision WindowGate::check(const QString& contact, bool isFreeForm) const
{
    GateDecision d;
    d.window = window(contact);
    if (!isFreeForm || d.window.isSendable())
        return d;
    d.reason = d.window.state == ServiceWindow::State::None ? GateDecision::Reason::NoWindow
                                                            : GateDecision::Reason::WindowClosed;
    return d;
}

} // namespace duet::outbound
