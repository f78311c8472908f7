// SPDX-License-Identifier: GPL-3.0-or-later
// `onboarding` log events to tables: the connected number and its one-time contact and history requests.
#include "TeamApplier.h"

#include <QVariant>

namespace duet::store {
namespace {

// Statement ids of their own, after TeamApplier.cpp's.
enum OnboardingStatement : int {
    UpsertConnection = 100,
    UpsertRequesting,
    SetRequested,
    SetFailed,
};

QVariant nullableText(const QJsonObject& e, const char* key)
{
    const QString v = e.value(QLatin1String(key)).toString();
    return v.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(v);
}

} // namespace

bool TeamApplier::applyOnboarding(qint64 atMs, const QJsonObject& e)
{
    const QString step = e.value(QLatin1String("step")).toString();
    const QString number = e.value(QLatin1String("phone_number_id")).toString();
    const QString syncType = e.value(QLatin1String("sync_type")).toString();
    if (number.isEmpty())
        return true; // nothing to attach it to
    if (step == QLatin1String("connected")) {
        // The first connection's time stays: connecting again (a new token) is not a new onboarding.
        QSqlQuery& q = prepared(
            UpsertConnection, "INSERT INTO number_connections (phone_number_id, waba_id, display_phone_number,"
                              " verified_name, on_business_app, connected_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                              " ON CONFLICT (phone_number_id) DO UPDATE SET waba_id = excluded.waba_id,"
                              " display_phone_number = excluded.display_phone_number,"
                              " verified_name = excluded.verified_name, on_business_app = excluded.on_business_app,"
                              " updated_at = excluded.updated_at");
        q.bindValue(0, number);
        q.bindValue(1, nullableText(e, "waba_id"));
        q.bindValue(2, nullableText(e, "display_phone_number"));
        q.bindValue(3, nullableText(e, "verified_name"));
        q.bindValue(4, e.value(QLatin1String("on_business_app")).toBool(true) ? 1 : 0);
        q.bindValue(5, qlonglong(atMs));
        q.bindValue(6, qlonglong(atMs));
        return exec(q);
    }
    if (syncType.isEmpty())
        return true;
    if (step == QLatin1String("sync_requesting")) {
        QSqlQuery& q = prepared(UpsertRequesting,
                                "INSERT INTO sync_requests (phone_number_id, sync_type, state, attempts, first_at,"
                                " last_at, agent) VALUES (?, ?, 'requesting', 1, ?, ?, ?)"
                                " ON CONFLICT (phone_number_id, sync_type) DO UPDATE SET state = 'requesting',"
                                " attempts = sync_requests.attempts + 1, last_at = excluded.last_at,"
                                " agent = excluded.agent, error_code = NULL, error_message = NULL,"
                                " error_details = NULL");
        q.bindValue(0, number);
        q.bindValue(1, syncType);
        q.bindValue(2, qlonglong(atMs));
        q.bindValue(3, qlonglong(atMs));
        q.bindValue(4, nullableText(e, "agent"));
        return exec(q);
    }
    if (step == QLatin1String("sync_requested")) {
        QSqlQuery& q =
            prepared(SetRequested, "UPDATE sync_requests SET state = 'requested', requested_at = ?,"
                                   " last_at = ?, request_id = ? WHERE phone_number_id = ? AND sync_type = ?");
        q.bindValue(0, qlonglong(atMs));
        q.bindValue(1, qlonglong(atMs));
        q.bindValue(2, nullableText(e, "request_id"));
        q.bindValue(3, number);
        q.bindValue(4, syncType);
        return exec(q);
    }
    if (step == QLatin1String("sync_failed")) {
        // An earlier acceptance (requested_at) stays: a refused repeat does not undo it.
        QSqlQuery& q = prepared(SetFailed, "UPDATE sync_requests SET state = 'failed', last_at = ?, error_code = ?,"
                                           " error_message = ?, error_details = ?"
                                           " WHERE phone_number_id = ? AND sync_type = ?");
        const QJsonValue code = e.value(QLatin1String("error_code"));
        q.bindValue(0, qlonglong(atMs));
        q.bindValue(1, code.isDouble() ? QVariant(code.toInt()) : QVariant(QMetaType(QMetaType::Int)));
        q.bindValue(2, nullableText(e, "error_message"));
        q.bindValue(3, nullableText(e, "error_details"));
        q.bindValue(4, number);
        q.bindValue(5, syncType);
        return exec(q);
    }
    return true; // a step this version does not know
}

} // namespace duet::store
