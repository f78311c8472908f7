// SPDX-License-Identifier: GPL-3.0-or-later
// duet-hub agent add|list|revoke: the hub's agents and their tokens.
#include "AgentRegistry.h"
#include "Commands.h"
#include "HubSchema.h"
#include "LogWriter.h"
#include "core/Clock.h"
#include "store/Database.h"

#include <QDateTime>
#include <QTextStream>

namespace duet::hub {
namespace {

const char* const kUsage = "Usage: duet-hub agent add NAME --role agent|supervisor --db DB\n"
                           "       duet-hub agent list --db DB\n"
                           "       duet-hub agent revoke NAME --db DB\n";

} // namespace

int runAgent(const QStringList& argsIn, CommandIo& io)
{
    QStringList args = argsIn;
    if (args.isEmpty()) {
        io.err << kUsage;
        return 2;
    }
    if (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        io.out << kUsage << "A new agent's token is printed once; the hub keeps only its SHA-256 hash.\n";
        return 0;
    }
    const QString action = args.takeFirst();
    QString db, roleText, name;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if ((a == QLatin1String("--db") || a == QLatin1String("--role")) && i + 1 < args.size()) {
            (a == QLatin1String("--db") ? db : roleText) = args.at(++i);
        } else if (a.startsWith(QLatin1String("--"))) {
            io.err << "duet-hub agent: unknown option or missing value: " << a << '\n' << kUsage;
            return 2;
        } else if (name.isEmpty()) {
            name = a;
        } else {
            io.err << "duet-hub agent: unexpected argument " << a << '\n' << kUsage;
            return 2;
        }
    }
    const bool needsName = action == QLatin1String("add") || action == QLatin1String("revoke");
    if ((action != QLatin1String("add") && action != QLatin1String("list") && action != QLatin1String("revoke")) ||
        db.isEmpty() || needsName == name.isEmpty()) {
        io.err << "duet-hub agent: " << kUsage;
        return 2;
    }
    sync::Role role = sync::Role::Agent;
    if (action == QLatin1String("add") && !sync::roleFromName(roleText, &role)) {
        io.err << "duet-hub agent add: --role must be agent or supervisor\n";
        return 2;
    }
    store::DatabaseLocation location;
    store::Database database;
    QString error;
    if (!store::DatabaseLocation::parse(db, &location, &error)) {
        io.err << "duet-hub agent: " << error << '\n';
        return 2;
    }
    if (!database.open(location, &error) || !HubSchema::prepare(database.connection(), database.backend(), &error)) {
        io.err << "duet-hub agent: " << error << '\n';
        return 1;
    }
    SystemClock clock;
    AgentRegistry registry(database.connection());
    if (action == QLatin1String("add")) {
        QString token;
        if (!registry.add(name, role, clock.nowSecs(), &token, &error)) {
            io.err << "duet-hub agent add: " << error << '\n';
            return AgentRegistry::isValidName(name) ? 1 : 2;
        }
        io.out << "agent " << name << " (" << sync::roleName(role) << ") added; token (shown only now):\n"
               << token << '\n';
        return 0;
    }
    if (action == QLatin1String("revoke")) {
        if (!registry.revoke(name, clock.nowSecs(), &error)) {
            io.err << "duet-hub agent revoke: " << error << '\n';
            return 1;
        }
        io.out << "agent " << name << " revoked\n";
        return 0;
    }
    QList<AgentInfo> agents;
    if (!registry.list(&agents, &error)) {
        io.err << "duet-hub agent list: " << error << '\n';
        return 1;
    }
    for (const AgentInfo& a : agents) {
        io.out << a.name << '\t' << sync::roleName(a.role) << '\t'
               << QDateTime::fromSecsSinceEpoch(a.createdAt, Qt::UTC).toString(Qt::ISODate) << '\t'
               << (a.revokedAt ? QStringLiteral("revoked ") +
                                     QDateTime::fromSecsSinceEpoch(a.revokedAt, Qt::UTC).toString(Qt::ISODate)
                               : QStringLiteral("active"))
               << '\n';
    }
    return 0;
}

int runRedecode(const QStringList& args, CommandIo& io)
{
    QString db, phoneNumberId;
    bool ok = args.size() == 2 || args.size() == 4;
    for (int i = 0; ok && i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--db") && db.isNull())
            db = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--phone-number-id") && phoneNumberId.isNull())
            phoneNumberId = args.at(i + 1);
        else
            ok = false;
    }
    if (!ok || db.isEmpty()) {
        if (args.contains(QLatin1String("--help"))) {
            io.out << "Usage: duet-hub redecode --db DB [--phone-number-id ID]\n"
                   << "Decodes again the journaled webhook bodies that could not be decoded when they arrived\n"
                   << "(e.g. after upgrading duet-hub) and appends their events to the log. Give the hub's\n"
                   << "[cloudapi] phone_number_id so that events for another number stay out, as serve does.\n";
            return 0;
        }
        io.err << "duet-hub redecode: usage: duet-hub redecode --db DB [--phone-number-id ID]\n";
        return 2;
    }
    store::DatabaseLocation location;
    QString error;
    if (!store::DatabaseLocation::parse(db, &location, &error)) {
        io.err << "duet-hub redecode: " << error << '\n';
        return 2;
    }
    SystemClock clock;
    LogWriter writer(clock);
    writer.setPhoneNumberId(phoneNumberId);
    if (!writer.open(location, &error)) {
        io.err << "duet-hub redecode: " << error << '\n';
        return 1;
    }
    int still = 0;
    const int fixed = writer.redecode(&error, &still);
    if (fixed < 0) {
        io.err << "duet-hub redecode: " << error << '\n';
        return 1;
    }
    io.out << "redecoded: " << fixed << " bodies; still undecodable: " << still << '\n';
    return 0;
}

} // namespace duet::hub
