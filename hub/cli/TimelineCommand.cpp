// SPDX-License-Identifier: GPL-3.0-or-later
// duet-hub timeline: prints one customer's merged thread, oldest first.
#include "Commands.h"
#include "StoreCommandArgs.h"
#include "store/Store.h"
#include "store/ThreadQuery.h"

#include <QJsonDocument>
#include <QTextStream>

namespace duet::hub {

int runTimeline(const QStringList& args, CommandIo& io)
{
    StoreCommandArgs a;
    QString error;
    if (!a.parse(args, false, &error)) {
        io.err << "duet-hub timeline: " << error << " (usage: duet-hub timeline --db DB CONTACT)\n";
        return 2;
    }
    if (a.help) {
        io.out << "Usage: duet-hub timeline --db DB CONTACT\n"
               << "Prints the merged thread with CONTACT (a phone number in any spelling, a BSUID,\n"
               << "a parent BSUID or a username with or without @), oldest first,\n"
               << "one JSON object per line.\n";
        return 0;
    }
    if (a.db.isEmpty() || a.positional.size() != 1) {
        io.err << "duet-hub timeline: needs --db DB and one CONTACT (usage: duet-hub timeline --db DB CONTACT)\n";
        return 2;
    }
    if (!isCustomerArgument(a.positional.first())) {
        io.err << "duet-hub timeline: '" << a.positional.first() << "' is not a phone number, a BSUID or a username\n";
        return 2;
    }
    SystemClock clock;
    store::Store store(clock);
    if (!store.open(a.db, &error)) {
        io.err << "duet-hub timeline: " << error << '\n';
        return 1;
    }
    QString key;
    if (!customerKeyOf(store.connection(), a.positional.first(), &key, &error)) {
        io.err << "duet-hub timeline: " << error << '\n';
        return 1;
    }
    store::ThreadQuery query(store.connection());
    store::ThreadCursor cursor;
    for (;;) {
        QList<store::ThreadItem> page;
        if (!query.page(key, cursor, store::ThreadQuery::Newer, 500, &page, &error)) {
            io.err << "duet-hub timeline: " << error << '\n';
            return 1;
        }
        if (page.isEmpty())
            break;
        for (const store::ThreadItem& item : page)
            io.out << QJsonDocument(store::threadItemToJson(item)).toJson(QJsonDocument::Compact) << '\n';
        cursor = {page.last().timestamp, page.last().wamid};
    }
    return 0;
}

} // namespace duet::hub
