// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's running totals kept by the write path equal the totals computed afresh from the messages.
#include "StoreHarness.h"
#include "store/Schema.h"
#include "store/TeamApplier.h"

#include <QJsonObject>
#include <QSqlError>

#include <random>

using namespace duet;
using namespace duet::store;
using namespace duet::test;

namespace {

QString phoneOf(int c)
{
    return QStringLiteral("1555000%1").arg(c, 4, 10, QLatin1Char('0'));
}

QString bsuidOf(int c)
{
    return QStringLiteral("US.%1").arg(90'000'000 + c);
}

} // namespace

class TestActivityTotals : public QObject
{
    Q_OBJECT

private:
    StoreHarness m_harness;

    /// The totals as sorted text.
    static QStringList totals(Store& s)
    {
        QStringList out;
        QSqlQuery q(s.connection());
        if (!q.exec(QStringLiteral("SELECT hour, kind, bin, n FROM activity_hours")))
            return {q.lastError().text()};
        while (q.next())
            out << QStringLiteral("hours|%1|%2|%3|%4")
                       .arg(q.value(0).toLongLong())
                       .arg(q.value(1).toString())
                       .arg(q.value(2).toInt())
                       .arg(q.value(3).toLongLong());
        if (!q.exec(QStringLiteral("SELECT contact_key, started_at, replied_at FROM customer_turns")))
            return {q.lastError().text()};
        while (q.next())
            out << QStringLiteral("turn|%1|%2|%3")
                       .arg(q.value(0).toString())
                       .arg(q.value(1).toLongLong())
                       .arg(q.value(2).isNull() ? QStringLiteral("-") : QString::number(q.value(2).toLongLong()));
        out.sort();
        return out;
    }

    /// The totals computed from the messages alone (the migration's GROUP BY over messages).
    static QStringList recomputed(Store& s, QString* error)
    {
        QSqlDatabase db = s.connection();
        if (!db.transaction()) {
            *error = db.lastError().text();
            return {};
        }
        QSqlQuery q(db);
        QStringList statements = {QStringLiteral("DELETE FROM activity_hours"),
                                  QStringLiteral("DELETE FROM customer_turns")};
        statements << Schema::dashboardBackfill();
        for (const QString& sql : std::as_const(statements)) {
            if (!q.exec(sql)) {
                *error = q.lastError().text();
                db.rollback();
                return {};
            }
        }
        QStringList out = totals(s);
        db.rollback(); // the kept totals stay for the next round
        return out;
    }

    static bool team(TeamApplier& applier, Store& s, qint64* seq, qint64 atSecs, const QJsonObject& event,
                     QString* error)
    {
        QSqlDatabase db = s.connection();
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        if (!applier.apply(++*seq, atSecs * 1000, event, error)) {
            db.rollback();
            s.applier().discardCaches();
            return false;
        }
        return db.commit();
    }

    static QJsonObject agentSend(const QString& key, const QString& wamid)
    {
        return QJsonObject{
            {QStringLiteral("kind"), QStringLiteral("outbound")},
            {QStringLiteral("conversation"), key},
            {QStringLiteral("agent"), QStringLiteral("ana")},
            {QStringLiteral("wamid"), wamid},
            {QStringLiteral("client_id"), QString(QStringLiteral("client-") + wamid)},
            {QStringLiteral("content"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                         {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("hello")}}}}}};
    }

    static QString anyConversation(Store& s, std::mt19937& rng)
    {
        QSqlQuery q(s.connection());
        QStringList keys;
        if (q.exec(QStringLiteral("SELECT contact_key FROM conversations"))) {
            while (q.next())
                keys << q.value(0).toString();
        }
        keys.sort();
        return keys.isEmpty() ? phoneOf(0) : keys.at(int(rng() % keys.size()));
    }

    /// A mixed stream: customers' messages named by phone, BSUID or both (so conversations merge),
    /// echoes, imported history (some of it copies of live messages, before or after them),
    /// messages arriving late or in the same second, edits, deletions, reactions, agents' sends and
    /// statuses with pricing (some before their send), in batches of random size.
    static void ingestMixed(Store& s, TeamApplier& applier, unsigned seed, int rounds)
    {
        std::mt19937 rng(seed);
        qint64 now = kT0;
        qint64 seq = 0;
        int serial = 0;
        QStringList inbound;
        QStringList outbound;
        QList<Event> liveCopies; // live messages whose history copy may come later
        QString error;
        QList<Event> batch;
        for (int round = 0; round < rounds; ++round) {
            batch.clear();
            const int size = 1 + int(rng() % 25);
            for (int i = 0; i < size; ++i) {
                now += int(rng() % 4) == 0 ? 0 : qint64(rng() % 900);
                const int c = int(rng() % 7);
                const qint64 ts = int(rng() % 8) == 0 ? now - qint64(rng() % 5000) : now;
                const QString wamid = QStringLiteral("wamid.%1.%2").arg(seed).arg(++serial);
                const int kind = int(rng() % 100);
                Event e;
                if (kind < 40) {
                    e = customerMessage(wamid, phoneOf(c), ts, QStringLiteral("hi"));
                    inbound << wamid;
                } else if (kind < 55) {
                    e = echo(wamid, phoneOf(c), ts, QStringLiteral("from the app"));
                    outbound << wamid;
                } else if (kind < 63) {
                    e = history(wamid, phoneOf(c), ts - 86'400 * qint64(1 + rng() % 30), QStringLiteral("old"),
                                rng() % 2 != 0);
                } else if (kind < 70 && !liveCopies.isEmpty()) {
                    // The history copy of a live message, after it.
                    const Event live = liveCopies.takeAt(int(rng() % liveCopies.size()));
                    e = history(live.wamid, live.contact, live.timestamp, live.text, live.outbound);
                } else if (kind < 75) {
                    // A history copy first; its live copy comes later.
                    e = history(wamid, phoneOf(c), ts, QStringLiteral("copied"), false);
                    Event live = customerMessage(wamid, phoneOf(c), ts, QStringLiteral("copied"));
                    liveCopies << live;
                    inbound << wamid;
                } else if (kind < 80 && !liveCopies.isEmpty()) {
                    e = liveCopies.takeAt(int(rng() % liveCopies.size()));
                } else if (kind < 88 && !outbound.isEmpty()) {
                    e = status(outbound.at(int(rng() % outbound.size())),
                               QLatin1String(rng() % 2 ? "delivered" : "sent"), ts);
                    static const char* const categories[] = {"service", "utility", "MARKETING"};
                    e.pricingCategory = QLatin1String(categories[rng() % 3]);
                    const int type = int(rng() % 3);
                    e.pricingType = type == 0   ? QString()
                                    : type == 1 ? QStringLiteral("regular")
                                                : QStringLiteral("free_customer_service");
                    e.billable = int(rng() % 3) - 1;
                } else if (kind < 92 && !inbound.isEmpty()) {
                    e = rng() % 2 ? edit(wamid, inbound.at(int(rng() % inbound.size())), QStringLiteral("fixed"), ts)
                                  : revoke(wamid, inbound.at(int(rng() % inbound.size())), ts);
                } else if (kind < 95 && !inbound.isEmpty()) {
                    e = reaction(wamid, inbound.at(int(rng() % inbound.size())), QStringLiteral("👍"), ts);
                } else {
                    // A status of an agent's send before the send's report, then the send.
                    const QString key = anyConversation(s, rng);
                    if (!s.ingest({status(wamid, QStringLiteral("sent"), ts)}, &error))
                        QFAIL(qPrintable(error));
                    QVERIFY2(team(applier, s, &seq, ts, agentSend(key, wamid), &error), qPrintable(error));
                    outbound << wamid;
                    continue;
                }
                // Customers named by phone, by BSUID or by both: conversations merge as they link.
                const int naming = int(rng() % 5);
                if (e.kind != EventKind::Status && naming == 0 && !e.contact.isEmpty()) {
                    e.contact.clear();
                    e.userId = bsuidOf(c);
                } else if (e.kind != EventKind::Status && naming == 1 && !e.contact.isEmpty()) {
                    e.userId = bsuidOf(c);
                }
                batch << e;
            }
            QVERIFY2(s.ingest(batch, &error), qPrintable(error));
            if (rng() % 3 == 0) { // an agent answers through Duet
                const QString wamid = QStringLiteral("wamid.%1.send.%2").arg(seed).arg(++serial);
                QVERIFY2(team(applier, s, &seq, now + 1, agentSend(anyConversation(s, rng), wamid), &error),
                         qPrintable(error));
                outbound << wamid;
            }
        }
    }

private slots:
    void initTestCase() { DUET_INIT_STORE_HARNESS(m_harness); }

    void aMixedStreamKeepsTheTotalsOfItsMessages_data()
    {
        QTest::addColumn<unsigned>("seed");
        for (unsigned seed : {1U, 2U, 3U, 4U, 5U, 6U})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void aMixedStreamKeepsTheTotalsOfItsMessages()
    {
        QFETCH(unsigned, seed);
        QString error;
        auto s = m_harness.openFresh(&error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY2(TeamApplier::prepareSchema(s->connection(), s->backend(), &error), qPrintable(error));
        TeamApplier applier(s->connection(), s->backend(), s->applier());
        for (int part = 0; part < 4; ++part) {
            ingestMixed(*s, applier, seed * 10 + unsigned(part), 12);
            if (QTest::currentTestFailed())
                return;
            const QStringList kept = totals(*s);
            QVERIFY(!kept.isEmpty());
            const QStringList fresh = recomputed(*s, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(kept, fresh);
        }
    }

    void aForgottenConversationLeavesTheTotals()
    {
        QString error;
        auto s = m_harness.openFresh(&error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY2(TeamApplier::prepareSchema(s->connection(), s->backend(), &error), qPrintable(error));
        TeamApplier applier(s->connection(), s->backend(), s->applier());
        ingestMixed(*s, applier, 77, 20);
        if (QTest::currentTestFailed())
            return;
        const QString key = phoneOf(3);
        QVERIFY(s->connection().transaction());
        QVERIFY2(applier.forgetConversation(key, &error), qPrintable(error));
        QVERIFY(s->connection().commit());
        const QStringList kept = totals(*s);
        QVERIFY(!kept.join(u'\n').contains(QStringLiteral("turn|") + key + QLatin1Char('|')));
        QCOMPARE(kept, recomputed(*s, &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void theSameMessagesInAnotherOrderGiveTheSameTotals()
    {
        // Live messages of one conversation, delivered in time order and then backwards in
        // single-event batches: every late one lands among those held.
        QList<Event> events;
        qint64 ts = kT0;
        for (int i = 0; i < 30; ++i) {
            ts += (i % 4 == 0) ? 0 : 40 * (i % 7);
            const QString wamid = QStringLiteral("wamid.order.%1").arg(i);
            events << ((i % 3 == 0) ? echo(wamid, phoneOf(1), ts, QStringLiteral("out"))
                                    : customerMessage(wamid, phoneOf(1), ts, QStringLiteral("in")));
        }
        QString error;
        auto forward = m_harness.openFresh(&error);
        QVERIFY2(forward, qPrintable(error));
        QVERIFY2(forward->ingest(events, &error), qPrintable(error));
        auto backward = m_harness.openFresh(&error);
        QVERIFY2(backward, qPrintable(error));
        for (auto it = events.crbegin(); it != events.crend(); ++it)
            QVERIFY2(backward->ingest({*it}, &error), qPrintable(error));
        QCOMPARE(totals(*backward), totals(*forward));
        QCOMPARE(totals(*forward), recomputed(*forward, &error));
    }
};

QTEST_GUILESS_MAIN(TestActivityTotals)
#include "TestActivityTotals.moc"
