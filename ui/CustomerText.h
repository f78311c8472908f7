// SPDX-License-Identifier: GPL-3.0-or-later
// How a customer reads on screen: name, @username, number or "phone number not shared", country.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace duet::store {
struct ClosingConversation;
struct ContactMatch;
struct ConversationSummary;
} // namespace duet::store

namespace duet::ui {

/// What the desktop knows of a customer's identity (docs/IDENTITY.md), from whichever store
/// row names them.
struct CustomerFacts
{
    QString contactKey; ///< the phone's contactKey() once a phone is known, else the (parent) BSUID
    QString bookName;
    QString profileName;
    QString username; ///< lower case, without '@'
    QString userId;
    QString parentUserId;
    QString waId = {}; ///< the phone as last seen (a changed number's new one); null when never shared

    static CustomerFacts of(const store::ConversationSummary& summary);
    static CustomerFacts of(const store::ContactMatch& match);
    static CustomerFacts of(const store::ClosingConversation& c);
    bool hasPhone() const;
    /// The number to show: the one last seen, else the key's; null without a phone.
    QString phone() const;
};

/// The texts every view names a customer with, so the list, the thread header, the search, the
/// supervisor's views and the tray say the same thing. A customer known only by a BSUID (their
/// username hides their number) is named address-book name > profile name > @username, and
/// "phone number not shared" stands where the number would be, with the country the BSUID
/// starts with. Numbers read as people write them (PhoneFormat). Pure functions.
/// Usage: `title->setText(CustomerText::name(facts)); sub->setText(CustomerText::identityLine(facts));`
class CustomerText
{
    Q_DECLARE_TR_FUNCTIONS(duet::ui::CustomerText)
public:
    /// Address-book name > profile name > "@username" > "+1 650-555-1234" > "Customer in Brazil".
    static QString name(const CustomerFacts& customer);
    /// The same for a list row: the store's displayName (the same rule), worded when it is a bare BSUID.
    static QString name(const store::ConversationSummary& summary);
    /// Whom an avatar's initials stand for: address-book name > profile name > "@username"; null
    /// when the customer gave no name (only a number or a BSUID): the avatar shows a silhouette.
    static QString avatarName(const CustomerFacts& customer);
    /// "@username"; null when the customer has none.
    static QString handle(const CustomerFacts& customer);
    /// "+1 650-555-1234", or "phone number not shared".
    static QString number(const CustomerFacts& customer);
    /// The country's name: from the number, else from the BSUID's prefix; null when unknown.
    static QString country(const CustomerFacts& customer);
    /// What stands under the name: "+1 650-555-1234", or "@pablomorales · phone number not
    /// shared · United States" (the @username left out when it is already the name; the country
    /// left out when `withCountry` is false, for narrow places).
    static QString identityLine(const CustomerFacts& customer, bool withCountry = true);
    /// One line with everything, for tooltips and screen readers: name, then identityLine().
    static QString fullLine(const CustomerFacts& customer);
    static QString fullLine(const store::ConversationSummary& summary);
    /// "phone number not shared".
    static QString notShared();
    /// How a conversation merged into `survivor`'s reads in its quiet row: the merged key's
    /// number as people read it, else the customer's "@username", else their name, else the
    /// country: "Merged with the conversation of +1 650-555-1234".
    static QString mergedRow(const QString& mergedKey, const CustomerFacts& survivor);
};

/// A tooltip that shows `text` exactly as written. Qt renders a tooltip that looks like HTML as
/// rich text, so a customer's name, a label or a reply written by someone else could otherwise
/// bring in markup, images or links; such text is escaped into a paragraph, and anything else
/// stays as it is.
QString plainToolTip(const QString& text);

} // namespace duet::ui
