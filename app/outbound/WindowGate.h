// SPDX-License-Identifier: GPL-3.0-or-later
// The window gate: free-form sends only inside the customer's 24-hour window; templates always.
#pragma once

#include "core/ServiceWindow.h"

#include <QHash>
#include <QString>

#include <optional>

namespace duet {
class Clock;
}

namespace duet::outbound {

/// Where the gate reads window facts: the time of a contact's latest own message. The desktop
/// wires it to its local store; tests to a map.
class WindowSource
{
public:
    virtual ~WindowSource() = default;
    /// Seconds since the epoch of the contact's latest customer message (live or inbound
    /// history; never echoes or business sends); nullopt when the customer never wrote.
    virtual std::optional<qint64> lastCustomerAt(const QString& contact) const = 0;
    /// The key the customer behind `contact` (a phone number or a BSUID) is known by now: after a
    /// merge, or a BSUID conversation renamed to the phone, the surviving conversation's key. The
    /// driver paces sends per this key, so two addresses of one person share one pair limit.
    virtual QString customerKey(const QString& contact) const { return contact; }
};

/// Window facts held in memory, contact -> latest customer message (seconds): for programs that
/// learn them as they go (a worker, a benchmark) and for tests. Set `last[contact]` directly.
class MapWindowSource final : public WindowSource
{
public:
    QHash<QString, qint64> last;
    std::optional<qint64> lastCustomerAt(const QString& contact) const override
    {
        const auto it = last.constFind(contact);
        return it == last.constEnd() ? std::nullopt : std::optional<qint64>(*it);
    }
};

/// The gate's answer for one send.
struct GateDecision
{
    enum class Reason : quint8 {
        None,         ///< allowed
        WindowClosed, ///< the customer's window closed
        NoWindow,     ///< the customer never wrote
    };
    Reason reason = Reason::None;
    ServiceWindow window;

    bool isAllowed() const { return reason == Reason::None; }
    /// The untranslated, agent-facing reason (translate with context "duet"); null when allowed.
    const char* reasonSource() const;
    /// The same, translated now.
    QString reasonText() const;
};

/// Checks the 24-hour window (docs/ARCHITECTURE.md, "The 24-hour window") before a free-form send is queued and again
/// just before it is dispatched (a window may close while the message waits). Templates always pass. It judges on the
/// latest time it has read, so a wall clock set back never reopens a window it saw closed.
///     WindowGate gate(clock, source);
///     const GateDecision d = gate.check(contact, draft.isFreeForm());
///     if (!d.isAllowed()) refuse(d.reasonText());
class WindowGate
{
public:
    WindowGate(const Clock& clock, const WindowSource& source);

    GateDecision check(const QString& contact, bool isFreeForm) const;
    /// The window of a contact now.
    ServiceWindow window(const QString& contact) const;
    /// WindowSource::customerKey() of the source.
    QString customerKey(const QString& contact) const { return m_source.customerKey(contact); }

private:
    /// The clock's seconds, but never earlier than the latest it read: a clock set back does not
    /// reopen a window the gate saw closed (Meta's clock did not go back).
    qint64 nowSecs() const;

    const Clock& m_clock;
    const WindowSource& m_source;
    mutable qint64 m_latestSecs = 0;
};

} // namespace duet::outbound
