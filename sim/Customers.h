// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated WhatsApp users as one business portfolio sees them: BSUIDs, usernames, the phone rules.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

namespace duet {
class Clock;
}

namespace duet::sim {

struct Scenario;

/// One simulated user. `handle` names them for the whole run (the scenario's wa_id, which steps
/// use), also after they changed number; `phone` and the ids are the current ones.
struct SimCustomer
{
    QString handle;
    QString phone; ///< digits only
    QString name;  ///< profile name
    QString username;
    bool hidesPhone = false; ///< has a username: the 30-day rule decides the number (docs/CLOUDAPI-CONTRACT.md)
    QString bsuid;           ///< "US.1349…": the portfolio's id for this user and number
    QString parentBsuid;     ///< "US.ENT.1181…"; written only when the portfolio is enrolled
    int generation = 0;      ///< number changes so far (each gives new ids)
    bool sharesPhone = true;
    qint64 shareAfterMs = 20000;
    bool hasShared = false; ///< shared their number through the button at least once
};

/// Who the simulated users are and what Meta may say about them (docs/CLOUDAPI-CONTRACT.md, "The identifiers", "The
/// contact book", "When the phone number is included"):
///  - every user has a BSUID: their number's country ("US", "BR", "IN", …; "ZZ" for a country code
///    the simulator does not know), a period and 20 digits derived from the seed, the number and the
///    number changes so far; and a parent BSUID "CC.ENT.…" used when the portfolio is enrolled;
///  - a user with a username hides their number: webhooks carry it only when this business number
///    sent a message to, or received one from, that number in the last 30 days (simulated), or the
///    number is in the portfolio's contact book (phoneShareable());
///  - the contact book learns a number when a message goes to or comes from it, or when the user
///    shares it through the request-contact-info button; the business may switch it off;
///  - a number change gives new ids; the old ones stop working.
/// It also writes the identifier fields of webhooks, so every payload follows the same rules.
/// Usage: `Customers people(clock, scenario, seed); SimCustomer& c = people.forPhone(digits);`
class Customers
{
public:
    static constexpr qint64 kLookbackMs = 30LL * 24 * 3600 * 1000;

    Customers(const Clock& clock, const Scenario& scenario, quint64 seed);
    Customers(const Customers&) = delete;
    Customers& operator=(const Customers&) = delete;

    SimCustomer* byHandle(const QString& handle);
    /// The user whose number is `digits` now; null when none.
    SimCustomer* byPhone(const QString& digits);
    /// The user with this BSUID or parent BSUID now; null for unknown and retired ids.
    SimCustomer* byUserId(const QString& id);
    /// The user with this number, created (no username) when the scenario does not list them.
    SimCustomer& forPhone(const QString& digits);
    /// A phone number, a handle or a BSUID: the user, created for an unknown number; null for an unknown id.
    SimCustomer* resolve(const QString& from);

    /// A message went to, or came from, the user's number now: the 30-day rule starts again and the
    /// contact book (when on) learns the number.
    void phoneContact(const SimCustomer& c);
    /// The user shared their number through the request-contact-info button.
    void sharedPhone(SimCustomer& c);
    /// Whether webhooks may carry the user's number now (always, without a username).
    bool phoneShareable(const SimCustomer& c) const;
    bool inContactBook(const QString& phone) const { return m_contactBook.contains(phone); }
    /// DELETE contact_book: forgets the number of the user with this BSUID; whether there was an entry.
    bool forget(const SimCustomer& c);
    /// The user changed number: new phone, new ids (the old ones are retired).
    void changeNumber(SimCustomer& c, const QString& newPhone);
    /// The user adopted, changed or dropped a username.
    void setUsername(SimCustomer& c, const QString& username, bool hidesPhone);

    bool parentBsuids() const { return m_parentBsuids; }

    // Identifier fields of webhooks, by the rules above. The phone is judged now.
    /// A `contacts[]` item: profile (name and/or username as asked; left out when empty), wa_id when
    /// shareable, user_id, parent_user_id when enrolled.
    QJsonObject contactEntry(const SimCustomer& c, bool withName, bool withUsername) const;
    /// Adds `<prefix>` (the number, when shareable), `<prefix>_user_id` and `<prefix>_parent_user_id`
    /// to `o`: prefix "from" on messages, "to" on echoes.
    void addAddress(QJsonObject& o, const QString& prefix, const SimCustomer& c) const;

    /// The ISO country of a number ("US" for 1…, "BR" for 55…); "ZZ" when not in the table.
    static QString countryOf(const QString& digits);
    /// "+55 11987654321": the number as a person writes it, country code apart.
    static QString displayPhone(const QString& digits);

private:
    SimCustomer& add(const QString& handle, const QString& phone);
    void assignIds(SimCustomer& c);
    QString digitsFor(const QString& salt) const;

    const Clock& m_clock;
    quint64 m_seed;
    bool m_parentBsuids;
    bool m_contactBookOn;
    std::vector<std::unique_ptr<SimCustomer>> m_people;
    QHash<QString, SimCustomer*> m_byHandle;
    QHash<QString, SimCustomer*> m_byPhone;
    QHash<QString, SimCustomer*> m_byUserId; ///< current BSUIDs and parent BSUIDs
    QSet<QString> m_contactBook;             ///< numbers
    QHash<QString, qint64> m_lastPhoneContact;
};

} // namespace duet::sim
