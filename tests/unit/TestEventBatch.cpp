// SPDX-License-Identifier: GPL-3.0-or-later
// The sync client's event batch on a real SQLite store: one transaction, its position, what changed.
#include "FakeClock.h"
#include "core/EventJson.h"
#include "store/Store.h"
#include "store/TeamApplier.h"
#include "sync/EventBatch.h"
#include "sync/ReplicaState.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace duet;
using duet::sync::EventBatch;
using duet::sync::EventFrame;

namespace {

const QString kHub = QStringLiteral("ws://127.0.0.1:9/agents");

QJsonObject messageEvent(const QString& wamid, const QString& contact, const char* text)
{
    Event e;
    e.kind = EventKind::Message;
    e.phoneNumberId = QStringLiteral("106540352242922");
    e.wamid = wamid;
    e.contact = contact;
    e.timestamp = 1'750'000'000;
    e.type = QStringLiteral("text");
    e.text = QString::fromUtf8(text);
    return eventToJson(e);
}

QJsonObject labelEvent(const QString& contact, const QString& label)
{
    return {{QStringLiteral("kind"), QStringLiteral("label")},
            {QStringLiteral("conversation"), contact},
            {QStringLiteral("agent"), QStringLiteral("ana")},
            {QStringLiteral("action"), QStringLiteral("add")},
            {QStringLiteral("label"), label}};
}

QJsonObject statusEvent(const QString& wamid, const QString& contact)
{
    Event e;
    e.kind = EventKind::Status;
    e.phoneNumberId = QStringLiteral("106540352242922");
    e.wamid = wamid;
    e.contact = contact;
    e.timestamp = 1'750'000'001;
    e.status = QStringLiteral("delivered");
    return eventToJson(e);
}

EventFrame frame(qint64 seq, const QJsonObject& event)
{
    return EventFrame{seq, 1'750'000'000'000 + seq, event, false};
}

int count(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestEventBatch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::FakeClock m_clock;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<store::TeamApplier> m_team;
    std::unique_ptr<sync::ReplicaState> m_replica;
    int m_count = 0;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<store::Store>(m_clock);
        QString error;
        QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("batch-%1.db").arg(m_count++)), &error),
                 qPrintable(error));
        QVERIFY2(store::TeamApplier::prepareSchema(m_store->connection(), m_store->backend(), &error),
                 qPrintable(error));
        m_team = std::make_unique<store::TeamApplier>(m_store->connection(), m_store->backend(), m_store->applier());
        m_replica = std::make_unique<sync::ReplicaState>(m_store->connection());
    }
    void cleanup()
    {
        m_replica.reset();
        m_team.reset();
        m_store.reset();
    }

    // One flush applies every event, records the last seq, and says what changed, sorted.
    void aFlushAppliesEverythingAndRecordsThePosition()
    {
        EventBatch batch(m_store->connection(), m_store->applier(), *m_replica);
        batch.append(frame(1, messageEvent(QStringLiteral("wamid.B1"), QStringLiteral("15550000002"), "hi")));
        batch.append(frame(2, messageEvent(QStringLiteral("wamid.A1"), QStringLiteral("15550000001"), "hello")));
        batch.append(frame(3, labelEvent(QStringLiteral("15550000001"), QStringLiteral("vip"))));
        batch.append(frame(4, statusEvent(QStringLiteral("wamid.X"), QStringLiteral("15550000001"))));
        QCOMPARE(batch.size(), 4);
        EventBatch::Outcome outcome;
        QVERIFY2(batch.flush(*m_team, kHub, &outcome), qPrintable(outcome.error));
        QVERIFY(batch.isEmpty());
        QCOMPARE(outcome.position, 4);
        QCOMPARE(outcome.conversations, (QStringList{QStringLiteral("15550000001"), QStringLiteral("15550000002")}));
        QCOMPARE(outcome.statuses.size(), 1);
        QCOMPARE(outcome.statuses.first().seq, 4);
        QCOMPARE(count(m_store->connection(), QStringLiteral("SELECT COUNT(*) FROM messages")), 2);
        qint64 seq = 0;
        QString error;
        QVERIFY2(m_replica->load(kHub, &seq, &error), qPrintable(error));
        QCOMPARE(seq, 4);
    }

    // Backfill history is applied but is not the stream's position.
    void backfillHistoryIsNotThePosition()
    {
        EventBatch batch(m_store->connection(), m_store->applier(), *m_replica);
        EventFrame old = frame(7, messageEvent(QStringLiteral("wamid.OLD"), QStringLiteral("15550000003"), "old"));
        old.backfill = true;
        batch.appendDrop(QStringLiteral("15550000003"), 0);
        batch.append(old);
        EventBatch::Outcome outcome;
        QVERIFY2(batch.flush(*m_team, kHub, &outcome), qPrintable(outcome.error));
        QCOMPARE(outcome.position, 0);
        QCOMPARE(outcome.conversations, QStringList{QStringLiteral("15550000003")});
        QCOMPARE(count(m_store->connection(), QStringLiteral("SELECT COUNT(*) FROM messages")), 1);
        qint64 seq = -1;
        QString error;
        QVERIFY2(m_replica->load(kHub, &seq, &error), qPrintable(error));
        QCOMPARE(seq, 0);
    }

    // A batch the store cannot take leaves nothing behind: no event without its position.
    void aFailedFlushLeavesNothing()
    {
        QSqlQuery q(m_store->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE sync_state")));
        EventBatch batch(m_store->connection(), m_store->applier(), *m_replica);
        batch.append(frame(1, messageEvent(QStringLiteral("wamid.C1"), QStringLiteral("15550000004"), "lost?")));
        EventBatch::Outcome outcome;
        QVERIFY(!batch.flush(*m_team, kHub, &outcome));
        QVERIFY(!outcome.error.isEmpty());
        QVERIFY(batch.isEmpty());
        QCOMPARE(count(m_store->connection(), QStringLiteral("SELECT COUNT(*) FROM messages")), 0);
    }
};

QTEST_GUILESS_MAIN(TestEventBatch)
#include "TestEventBatch.moc"
