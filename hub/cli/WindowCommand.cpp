// SPDX-License-Identifier: GPL-3.0-or-later
// duet-hub window: prints one customer's 24-hour service window.
#include "Commands.h"
#include "StoreCommandArgs.h"
#include "store/ConversationQuery.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace duet::hub {

int runWindow(const QStringList& args, CommandIo& io)
{
    StoreCommandArgs a;
    QString error;
    if (!a.parse(args, true, &error)) {
        io.err << "duet-hub window: " << error << " (usage: duet-hub window --db DB CONTACT [--at UNIX])\n";
        return 2;
    }
    if (a.help) {
        io.out << "Usage: duet-hub window --db DB CONTACT [--at UNIX]\n"
               << "Prints the service window with CONTACT at UNIX (seconds; default now) as one JSON object:\n"
               << "state (open, closing, closed, none), closes_at, last_customer_at, free_entry_point.\n";
        return 0;
    }
    if (a.db.isEmpty() || a.positional.size() != 1) {
        io.err
            << "duet-hub window: needs --db DB and one CONTACT (usage: duet-hub window --db DB CONTACT [--at UNIX])\n";
        return 2;
    }
    SystemClock clock;
    qint64 at = clock.nowSecs();
    if (!a.at.isNull()) {
        bool ok = false;
        at = a.at.toLongLong(&ok);
        if (!ok || at < 0) {
            io.err << "duet-hub window: --at takes seconds since the epoch, not '" << a.at << "'\n";
            return 2;
        }
    }
    if (!isCustomerArgument(a.positional.first())) {
        io.err << "duet-hub window: '" << a.positional.first() << "' is not a phone number, a BSUID or a username\n";
        return 2;
    }
    store::Store store(clock);
    if (!store.open(a.db, &error)) {
        io.err << "duet-hub window: " << error << '\n';
        return 1;
    }
    QString key;
    if (!customerKeyOf(store.connection(), a.positional.first(), &key, &error)) {
        io.err << "duet-hub window: " << error << '\n';
        return 1;
    }
    store::ConversationSummary c;
    bool found = false;
    if (!store::ConversationQuery(store.connection()).find(key, at, &c, &found, &error)) {
        io.err << "duet-hub window: " << error << '\n';
        return 1;
    }
    const ServiceWindow w = found ? c.window : ServiceWindow::at(0, at);
    QJsonObject o;
    o.insert(QStringLiteral("contact"), key);
    o.insert(QStringLiteral("at"), at);
    o.insert(QStringLiteral("state"), serviceWindowStateName(w.state));
    o.insert(QStringLiteral("closes_at"), w.closesAt ? QJsonValue(w.closesAt) : QJsonValue());
    o.insert(QStringLiteral("last_customer_at"), w.lastCustomerAt ? QJsonValue(w.lastCustomerAt) : QJsonValue());
    o.insert(QStringLiteral("free_entry_point"), found && c.isFreeEntryPoint());
    o.insert(QStringLiteral("referral_at"), found && c.referralAt ? QJsonValue(c.referralAt) : QJsonValue());
    io.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

} // namespace duet::hub
