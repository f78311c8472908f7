// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

namespace duet::hub {

const QList<Command>& commands()
{
    static const QList<Command> all = {
        {"decode", "decode [FILE|-]          print one webhook body's events, one JSON object per line", &runDecode},
        {"ingest", "ingest --db DB FILE...   apply webhook bodies to a store (SQLite path or postgresql:// URL)",
         &runIngest},
        {"timeline", "timeline --db DB CONTACT print a customer's merged thread, one JSON object per line",
         &runTimeline},
        {"window", "window --db DB CONTACT [--at UNIX]  print a customer's 24-hour service window", &runWindow},
        {"serve", "serve --db DB --app-secret-file F --verify-token-file F [--listen HOST:PORT]  run the hub",
         &runServe},
        {"setup",
         "setup --config FILE [--request-sync [again]]  connect the number (checked with Meta), import history",
         &runSetup},
        {"agent", "agent add NAME --role agent|supervisor --db DB | list --db DB | revoke NAME --db DB", &runAgent},
        {"redecode", "redecode --db DB         decode again the journaled bodies that could not be decoded",
         &runRedecode},
    };
    return all;
}

} // namespace duet::hub
