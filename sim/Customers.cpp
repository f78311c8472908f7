// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated WhatsApp users as one business portfolio sees them: BSUIDs, usernames, the phone rules.
#include "Customers.h"

#include "Scenario.h"
#include "core/Clock.h"

#include <QCryptographicHash>

namespace duet::sim {

namespace {

struct CallingCode
{
    const char* code;
    const char* country;
};

// Country calling codes -> ISO 3166 alpha-2, longest code first where they share digits. North
// America (+1) is written US: a BSUID's prefix is a hint, and the simulator needs no more.
constexpr CallingCode kCallingCodes[] = {
    {"971", "AE"}, {"966", "SA"}, {"972", "IL"}, {"886", "TW"}, {"880", "BD"}, {"852", "HK"}, {"380", "UA"},
    {"358", "FI"}, {"353", "IE"}, {"351", "PT"}, {"254", "KE"}, {"234", "NG"}, {"213", "DZ"}, {"212", "MA"},
    {"20", "EG"},  {"27", "ZA"},  {"30", "GR"},  {"31", "NL"},  {"32", "BE"},  {"33", "FR"},  {"34", "ES"},
    {"36", "HU"},  {"39", "IT"},  {"40", "RO"},  {"41", "CH"},  {"43", "AT"},  {"44", "GB"},  {"45", "DK"},
    {"46", "SE"},  {"47", "NO"},  {"48", "PL"},  {"49", "DE"},  {"51", "PE"},  {"52", "MX"},  {"53", "CU"},
    {"54", "AR"},  {"55", "BR"},  {"56", "CL"},  {"57", "CO"},  {"58", "VE"},  {"60", "MY"},  {"61", "AU"},
    {"62", "ID"},  {"63", "PH"},  {"64", "NZ"},  {"65", "SG"},  {"66", "TH"},  {"81", "JP"},  {"82", "KR"},
    {"84", "VN"},  {"86", "CN"},  {"90", "TR"},  {"91", "IN"},  {"92", "PK"},  {"94", "LK"},  {"98", "IR"},
    {"1", "US"},   {"7", "RU"},
};

const CallingCode* callingCodeOf(const QString& digits)
{
    for (const CallingCode& c : kCallingCodes) {
        if (digits.startsWith(QLatin1String(c.code)))
            return &c;
    }
    return nullptr;
}

} // namespace

Customers::Customers(const Clock& clock, const Scenario& scenario, quint64 seed)
    : m_clock(clock)
    , m_seed(seed)
    , m_parentBsuids(scenario.parentBsuids)
    , m_contactBookOn(scenario.contactBook)
{
    for (const CustomerSpec& spec : scenario.customers) {
        SimCustomer& c = add(spec.waId, spec.waId);
        c.name = spec.name;
        c.username = spec.username;
        c.hidesPhone = spec.phoneHidden;
        c.sharesPhone = spec.sharesPhone;
        c.shareAfterMs = spec.shareAfterMs;
        if (!spec.username.isEmpty() && !spec.phoneHidden)
            m_contactBook.insert(c.phone); // they talked to the business before: Meta may share the number
    }
}

QString Customers::countryOf(const QString& digits)
{
    const CallingCode* c = callingCodeOf(digits);
    return c ? QString::fromLatin1(c->country) : QStringLiteral("ZZ");
}

QString Customers::displayPhone(const QString& digits)
{
    const CallingCode* c = callingCodeOf(digits);
    if (!c)
        return QLatin1Char('+') + digits;
    const qsizetype n = qsizetype(qstrlen(c->code));
    return QLatin1Char('+') + digits.left(n) + QLatin1Char(' ') + digits.mid(n);
}

QString Customers::digitsFor(const QString& salt) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(m_seed));
    hash.addData(salt.toUtf8());
    const QByteArray bytes = hash.result();
    QString digits;
    digits.append(QChar(u'1' + quint8(bytes.at(0)) % 9)); // 20 digits, as in Meta's examples
    for (int i = 1; i < 20; ++i)
        digits.append(QChar(u'0' + quint8(bytes.at(i)) % 10));
    return digits;
}

void Customers::assignIds(SimCustomer& c)
{
    m_byUserId.remove(c.bsuid);
    m_byUserId.remove(c.parentBsuid);
    const QString salt = c.handle + QLatin1Char('/') + c.phone + QLatin1Char('/') + QString::number(c.generation);
    const QString country = countryOf(c.phone);
    c.bsuid = country + QLatin1Char('.') + digitsFor(QStringLiteral("bsuid/") + salt);
    c.parentBsuid = country + QStringLiteral(".ENT.") + digitsFor(QStringLiteral("parent/") + salt);
    m_byUserId.insert(c.bsuid, &c);
    if (m_parentBsuids)
        m_byUserId.insert(c.parentBsuid, &c);
}

SimCustomer& Customers::add(const QString& handle, const QString& phone)
{
    auto person = std::make_unique<SimCustomer>();
    SimCustomer& c = *person;
    c.handle = handle;
    c.phone = phone;
    c.name = phone;
    m_people.push_back(std::move(person));
    m_byHandle.insert(handle, &c);
    m_byPhone.insert(phone, &c);
    assignIds(c);
    return c;
}

SimCustomer* Customers::byHandle(const QString& handle)
{
    return m_byHandle.value(handle);
}

SimCustomer* Customers::byPhone(const QString& digits)
{
    return m_byPhone.value(digits);
}

SimCustomer* Customers::byUserId(const QString& id)
{
    return m_byUserId.value(id);
}

SimCustomer& Customers::forPhone(const QString& digits)
{
    if (SimCustomer* c = byPhone(digits))
        return *c;
    // A number nobody has now; its handle must not clash with a customer who left this number.
    QString handle = digits;
    for (int n = 2; m_byHandle.contains(handle); ++n)
        handle = digits + QLatin1Char('#') + QString::number(n);
    return add(handle, digits);
}

SimCustomer* Customers::resolve(const QString& from)
{
    if (SimCustomer* c = byUserId(from.trimmed()))
        return c;
    QString digits;
    for (QChar ch : from) {
        if (ch.isDigit())
            digits.append(ch);
    }
    if (digits.size() < 7 || digits.size() > 15)
        return nullptr;
    if (SimCustomer* c = byPhone(digits))
        return c;
    if (SimCustomer* c = byHandle(digits))
        return c;
    return &forPhone(digits);
}

void Customers::phoneContact(const SimCustomer& c)
{
    m_lastPhoneContact.insert(c.phone, m_clock.nowMs());
    if (m_contactBookOn)
        m_contactBook.insert(c.phone);
}

void Customers::sharedPhone(SimCustomer& c)
{
    c.hasShared = true;
    if (m_contactBookOn)
        m_contactBook.insert(c.phone);
}

bool Customers::phoneShareable(const SimCustomer& c) const
{
    if (!c.hidesPhone || m_contactBook.contains(c.phone))
        return true;
    const auto it = m_lastPhoneContact.constFind(c.phone);
    return it != m_lastPhoneContact.constEnd() && m_clock.nowMs() - it.value() < kLookbackMs;
}

bool Customers::forget(const SimCustomer& c)
{
    return m_contactBook.remove(c.phone);
}

void Customers::changeNumber(SimCustomer& c, const QString& newPhone)
{
    if (m_byPhone.value(c.phone) == &c)
        m_byPhone.remove(c.phone);
    if (SimCustomer* other = m_byPhone.value(newPhone); other && other != &c)
        m_byPhone.remove(newPhone); // whoever had the number before no longer does
    c.phone = newPhone;
    ++c.generation;
    m_byPhone.insert(newPhone, &c);
    assignIds(c);
}

void Customers::setUsername(SimCustomer& c, const QString& username, bool hidesPhone)
{
    c.username = username;
    c.hidesPhone = !username.isEmpty() && hidesPhone;
}

QJsonObject Customers::contactEntry(const SimCustomer& c, bool withName, bool withUsername) const
{
    QJsonObject profile;
    if (withName)
        profile.insert(QStringLiteral("name"), c.name);
    if (withUsername && !c.username.isEmpty())
        profile.insert(QStringLiteral("username"), c.username);
    QJsonObject entry;
    if (!profile.isEmpty())
        entry.insert(QStringLiteral("profile"), profile);
    if (phoneShareable(c))
        entry.insert(QStringLiteral("wa_id"), c.phone);
    entry.insert(QStringLiteral("user_id"), c.bsuid);
    if (m_parentBsuids)
        entry.insert(QStringLiteral("parent_user_id"), c.parentBsuid);
    return entry;
}

void Customers::addAddress(QJsonObject& o, const QString& prefix, const SimCustomer& c) const
{
    if (phoneShareable(c))
        o.insert(prefix, c.phone);
    o.insert(prefix + QStringLiteral("_user_id"), c.bsuid);
    if (m_parentBsuids)
        o.insert(prefix + QStringLiteral("_parent_user_id"), c.parentBsuid);
}

} // namespace duet::sim
