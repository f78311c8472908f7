// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreCommandArgs.h"

#include "core/CustomerId.h"
#include "store/CustomerIdentity.h"

namespace duet::hub {

bool StoreCommandArgs::parse(const QStringList& args, bool takesAt, QString* error)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        QString* target = nullptr;
        QString name = a.section(QLatin1Char('='), 0, 0);
        if (name == QLatin1String("--db"))
            target = &db;
        else if (takesAt && name == QLatin1String("--at"))
            target = &at;
        if (target) {
            if (a.contains(QLatin1Char('='))) {
                *target = a.section(QLatin1Char('='), 1);
            } else if (i + 1 < args.size()) {
                *target = args[++i];
            } else {
                *error = QStringLiteral("%1 needs a value").arg(name);
                return false;
            }
            continue;
        }
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            help = true;
        } else if (a == QLatin1String("--")) {
            positional << args.mid(i + 1);
            break;
        } else if (a.startsWith(QLatin1Char('-')) && a != QLatin1String("-")) {
            *error = QStringLiteral("unknown option %1").arg(a);
            return false;
        } else {
            positional << a;
        }
    }
    return true;
}

bool isCustomerArgument(const QString& text)
{
    return CustomerId::parse(text).isValid();
}

bool customerKeyOf(QSqlDatabase db, const QString& text, QString* key, QString* error)
{
    if (!store::CustomerIdentity::lookup(db, text, key, error))
        return false;
    if (key->isEmpty()) {
        const CustomerId id = CustomerId::parse(text);
        *key = id.kind == CustomerId::Kind::Username ? QString() : id.value;
    }
    return true;
}

} // namespace duet::hub
