// SPDX-License-Identifier: GPL-3.0-or-later
// Where connecting the number and importing the phone app's history and contacts stand, read from a store.
#include "ImportStatus.h"

#include "Database.h"
#include "Schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace duet::store {
bool readImportStatus(QSqlDatabase db, const QString& phoneNumberId, ImportStatus* status, QString* error)
{
    ImportStatus s;
    QString number = phoneNumberId;
    const bool hasTeamTables = Schema::hasTable(db, QStringLiteral("number_connections"));
    if (hasTeamTables) {
        QSqlQuery q(db);
        const QString select = QStringLiteral("SELECT phone_number_id, waba_id, display_phone_number, verified_name,"
                                              " on_business_app, connected_at FROM number_connections");
        const bool ok =
            number.isEmpty()
                ? runQuery(q, select + QStringLiteral(" ORDER BY updated_at DESC, phone_number_id LIMIT 1"), {}, error)
                : runQuery(q, select + QStringLiteral(" WHERE phone_number_id = ?"), {number}, error);
        if (!ok)
            return false;
        if (q.next()) {
            s.connected = true;
            s.phoneNumberId = number = q.value(0).toString();
            s.wabaId = q.value(1).toString();
            s.displayPhoneNumber = q.value(2).toString();
            s.verifiedName = q.value(3).toString();
            s.onBusinessApp = q.value(4).toInt() != 0;
            s.connectedAtMs = q.value(5).toLongLong();
        }
        q.finish();
        if (number.isEmpty()) { // requested without a recorded connection (a hub set up by hand)
            if (!runQuery(q, QStringLiteral("SELECT phone_number_id FROM sync_requests ORDER BY last_at DESC LIMIT 1"),
                          {}, error))
                return false;
            if (q.next())
                s.phoneNumberId = number = q.value(0).toString();
            q.finish();
        }
        if (!runQuery(q,
                      QStringLiteral("SELECT sync_type, state, attempts, first_at, last_at, requested_at, request_id,"
                                     " error_code, error_message, error_details, agent FROM sync_requests"
                                     " WHERE phone_number_id = ?"),
                      {number}, error))
            return false;
        while (q.next()) {
            SyncRequestState r;
            r.syncType = q.value(0).toString();
            r.state = q.value(1).toString();
            r.attempts = q.value(2).toInt();
            r.firstAtMs = q.value(3).toLongLong();
            r.lastAtMs = q.value(4).toLongLong();
            r.requestedAtMs = q.value(5).toLongLong();
            r.requestId = q.value(6).toString();
            r.errorCode = q.value(7).toInt();
            r.errorMessage = q.value(8).toString();
            r.errorDetails = q.value(9).toString();
            r.agent = q.value(10).toString();
            if (r.syncType == QLatin1String("history"))
                s.history = r;
            else if (r.syncType == QLatin1String("smb_app_state_sync"))
                s.contacts = r;
        }
    }
    // What the webhooks brought: chunks and a decline are stored under the number they named; with
    // no number known yet, every number's count.
    const QString where = number.isEmpty() ? QString() : QStringLiteral(" WHERE phone_number_id = ?");
    const QVariantList args = number.isEmpty() ? QVariantList{} : QVariantList{number};
    QSqlQuery q(db);
    if (!runQuery(
            q,
            QStringLiteral("SELECT phase, COUNT(*), MAX(progress) FROM history_chunks%1 GROUP BY phase ORDER BY phase")
                .arg(where),
            args, error))
        return false;
    while (q.next()) {
        HistoryPhase p{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt()};
        s.phases << p;
        s.chunks += p.chunks;
        s.progress = qMax(s.progress, p.progress);
    }
    q.finish();
    // A decline may come without the envelope that names the number (as in Meta's example).
    if (!runQuery(q,
                  QStringLiteral("SELECT MAX(history_declined), MAX(history_error_code) FROM accounts%1")
                      .arg(where.isEmpty()
                               ? where
                               : where + QStringLiteral(" OR phone_number_id IS NULL OR phone_number_id = ''")),
                  args, error))
        return false;
    if (q.next()) {
        s.historyDeclined = q.value(0).toInt() != 0;
        s.historyErrorCode = q.value(1).toInt();
    }
    q.finish();
    if (!runQuery(
            q,
            QStringLiteral("SELECT (SELECT COUNT(*) FROM contacts WHERE book_name IS NOT NULL AND book_removed = 0),"
                           " (SELECT COUNT(*) FROM conversations WHERE status = 'history')"),
            {}, error))
        return false;
    if (q.next()) {
        s.contactsImported = q.value(0).toInt();
        s.historyConversations = q.value(1).toInt();
    }
    *status = s;
    return true;
}

} // namespace duet::store
