// SPDX-License-Identifier: GPL-3.0-or-later
// duet-hub ingest: applies webhook bodies from files to a store.
#include "Commands.h"
#include "StoreCommandArgs.h"
#include "cloudapi/WebhookDecoder.h"
#include "store/Store.h"

#include <QFile>
#include <QTextStream>

namespace duet::hub {

int runIngest(const QStringList& args, CommandIo& io)
{
    StoreCommandArgs a;
    QString error;
    if (!a.parse(args, false, &error)) {
        io.err << "duet-hub ingest: " << error << " (usage: duet-hub ingest --db DB FILE...)\n";
        return 2;
    }
    if (a.help) {
        io.out << "Usage: duet-hub ingest --db DB FILE...\n"
               << "Applies each FILE as one webhook POST body, in one transaction each.\n"
               << "DB: a SQLite file or a postgresql://user@host:port/database URL.\n";
        return 0;
    }
    if (a.db.isEmpty() || a.positional.isEmpty()) {
        io.err << "duet-hub ingest: needs --db DB and at least one FILE (usage: duet-hub ingest --db DB FILE...)\n";
        return 2;
    }
    SystemClock clock;
    store::Store store(clock);
    if (!store.open(a.db, &error)) {
        io.err << "duet-hub ingest: " << error << '\n';
        return 1;
    }
    int total = 0;
    int badInput = 0;
    for (const QString& path : a.positional) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            io.err << "duet-hub ingest: cannot read " << path << ": " << f.errorString() << '\n';
            ++badInput;
            continue;
        }
        const cloudapi::DecodeResult decoded = cloudapi::WebhookDecoder::decode(f.readAll());
        if (!decoded.ok()) {
            io.err << "duet-hub ingest: " << path << ": " << decoded.reason << '\n';
            ++badInput;
            continue;
        }
        if (!store.ingest(decoded.events, &error)) {
            io.err << "duet-hub ingest: " << path << ": " << error << '\n';
            io.out << "ingested: " << total << " events\n";
            return 1;
        }
        total += decoded.events.size();
    }
    io.out << "ingested: " << total << " events\n";
    return badInput > 0 ? 2 : 0;
}

} // namespace duet::hub
