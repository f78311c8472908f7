// SPDX-License-Identifier: GPL-3.0-or-later
// OutboxStore: schema, every guarded transition, statuses that only move forward, restart recovery, bulk rows.
#include "DomainToString.h"
#include "FakeClock.h"
#include "SchemaDescription.h"
#include "outbound/OutboxSchema.h"
#include "outbound/OutboxStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace duet;
using namespace duet::outbound;
using duet::test::buildLegacyDatabase;
using duet::test::describeSchema;
using duet::test::FakeClock;
using duet::test::schemaDifference;

Q_DECLARE_METATYPE(duet::outbound::OutboxState)

namespace {

const QList<OutboxState> kAllStates = {
    OutboxState::Queued, OutboxState::Sending, OutboxState::Accepted,  OutboxState::Sent,      OutboxState::Delivered,
    OutboxState::Read,   OutboxState::Failed,  OutboxState::Uncertain, OutboxState::Discarded, OutboxState::Cancelled};

using Operation = std::function<bool(OutboxStore&, qint64)>;

struct NamedOperation
{
    const char* name;
    Operation run;
    QList<OutboxState> appliesFrom;
    OutboxState result;
};

QList<NamedOperation> operations()
{
    return {
        {"markSending",
         [](OutboxStore& o, qint64 id) { return o.markSending(id); },
         {OutboxState::Queued},
         OutboxState::Sending},
        {"markAccepted",
         [](OutboxStore& o, qint64 id) { return o.markAccepted(id, QStringLiteral("wamid.A")); },
         {OutboxState::Sending, OutboxState::Uncertain},
         OutboxState::Accepted},
        {"markRequeued",
         [](OutboxStore& o, qint64 id) { return o.markRequeued(id); },
         {OutboxState::Sending},
         OutboxState::Queued},
        {"markFailed",
         [](OutboxStore& o, qint64 id) {
             return o.markFailed(id, 131026, QStringLiteral("meta_error"), QStringLiteral("remedy"));
         },
         {OutboxState::Queued, OutboxState::Sending},
         OutboxState::Failed},
        {"markUncertain",
         [](OutboxStore& o, qint64 id) { return o.markUncertain(id); },
         {OutboxState::Sending},
         OutboxState::Uncertain},
        {"resendUncertain",
         [](OutboxStore& o, qint64 id) { return o.resendUncertain(id); },
         {OutboxState::Uncertain},
         OutboxState::Queued},
        {"discardUncertain",
         [](OutboxStore& o, qint64 id) { return o.discardUncertain(id); },
         {OutboxState::Uncertain},
         OutboxState::Discarded},
    };
}

} // namespace

class TestOutboxStore : public QObject
{
    Q_OBJECT

private:
    FakeClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OutboxStore> m_outbox;
    int m_next = 0;

    QString path() const { return m_dir->filePath(QStringLiteral("outbox.db")); }

    OutboxDraft draft(qint64 job = 0)
    {
        OutboxDraft d;
        d.clientId = QStringLiteral("client-%1").arg(++m_next);
        d.contact = QStringLiteral("1555000%1").arg(1000 + m_next);
        d.kind = QStringLiteral("template");
        d.lane = job ? OutboxLane::Bulk : OutboxLane::Live;
        d.bulkJob = job;
        d.body =
            QJsonObject{{QStringLiteral("to"), d.contact}, {QStringLiteral("biz_opaque_callback_data"), d.clientId}};
        return d;
    }

    /// A row brought to `state` through the outbox's own transitions.
    qint64 rowIn(OutboxState state)
    {
        QString error;
        qint64 job = 0;
        if (state == OutboxState::Cancelled)
            job = m_outbox->createBulkJob(QStringLiteral("j"), QStringLiteral("t"), {}, &error);
        const OutboxDraft d = draft(job);
        const qint64 id = m_outbox->insert(d, &error);
        bool ok = id != 0;
        switch (state) {
        case OutboxState::Queued:
            break;
        case OutboxState::Sending:
            ok = ok && m_outbox->markSending(id);
            break;
        case OutboxState::Accepted:
            ok = ok && m_outbox->markSending(id) && m_outbox->markAccepted(id, QStringLiteral("wamid.%1").arg(id));
            break;
        case OutboxState::Sent:
        case OutboxState::Delivered:
        case OutboxState::Read:
            ok = ok && m_outbox->markSending(id) && m_outbox->markAccepted(id, QStringLiteral("wamid.%1").arg(id)) &&
                 m_outbox->applyStatus(d.clientId, {}, outboxStateName(state), 0).changed;
            break;
        case OutboxState::Failed:
            ok = ok && m_outbox->markFailed(id, 131047, QStringLiteral("window_closed"), QStringLiteral("r"));
            break;
        case OutboxState::Uncertain:
            ok = ok && m_outbox->markSending(id) && m_outbox->markUncertain(id);
            break;
        case OutboxState::Discarded:
            ok = ok && m_outbox->markSending(id) && m_outbox->markUncertain(id) && m_outbox->discardUncertain(id);
            break;
        case OutboxState::Cancelled:
            ok = ok && m_outbox->cancelQueued(job).size() == 1;
            break;
        }
        if (!ok || m_outbox->row(id)->state != state)
            qFatal("cannot bring a row to %s", qPrintable(outboxStateName(state)));
        return id;
    }

private slots:
    void init()
    {
        m_clock = FakeClock();
        m_dir = std::make_unique<QTemporaryDir>();
        m_outbox = std::make_unique<OutboxStore>(m_clock);
        QString error;
        QVERIFY2(m_outbox->open(path(), &error), qPrintable(error));
    }

    void cleanup()
    {
        m_outbox.reset();
        m_dir.reset();
    }

    void aNewFileGetsTheLatestSchema()
    {
        QCOMPARE(m_outbox->schemaVersion(), OutboxStore::latestSchemaVersion());
        store::Database db;
        QString error;
        store::DatabaseLocation location;
        location.path = path();
        QVERIFY(db.open(location, &error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT version FROM schema_versions WHERE name = 'outbox'")) && q.next());
        QCOMPARE(q.value(0).toInt(), OutboxStore::latestSchemaVersion());
    }

    void aFileFromBeforeSchemaVersionsUpgradesToTheFreshSchema()
    {
        // Version 1 as older Duet wrote it (its version in outbox_schema_version), with a row and a
        // job; opened, it equals a new file, and keeps them.
        const QString legacyPath = m_dir->filePath(QStringLiteral("legacy.db"));
        {
            store::Database db;
            QString error;
            store::DatabaseLocation location;
            location.path = legacyPath;
            QVERIFY2(db.open(location, &error), qPrintable(error));
            QVERIFY2(buildLegacyDatabase(db.connection(), OutboxSchema::definition(), 1, &error), qPrintable(error));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO bulk_jobs (name, template, created_at) VALUES ('j', 't', 5)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO outbox (client_id, contact, lane, kind, body, state, wamid,"
                                          " created_at, updated_at, bulk_job) VALUES ('c1', '1', 'bulk', 'text', '{}',"
                                          " 'accepted', 'wamid.1', 5, 5, 1)")));
        }
        OutboxStore upgraded(m_clock);
        QString error;
        QVERIFY2(upgraded.open(legacyPath, &error), qPrintable(error));
        QCOMPARE(upgraded.schemaVersion(), OutboxStore::latestSchemaVersion());
        QCOMPARE(upgraded.rowByClientId(QStringLiteral("c1"))->wamid, QStringLiteral("wamid.1"));
        QCOMPARE(upgraded.bulkJob(1)->startedAtMs, qint64(5)); // step 6 moved created_at into started_at
        store::Database a, b;
        store::DatabaseLocation la, lb;
        la.path = legacyPath;
        lb.path = path();
        QVERIFY(a.open(la, &error) && b.open(lb, &error));
        QVERIFY(!a.connection().tables().contains(QStringLiteral("outbox_schema_version")));
        const QString diff = schemaDifference(describeSchema(a.connection(), store::Backend::Sqlite),
                                              describeSchema(b.connection(), store::Backend::Sqlite));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void aFileFromANewerProgramIsRefused()
    {
        m_outbox.reset();
        {
            store::Database db;
            QString error;
            store::DatabaseLocation location;
            location.path = path();
            QVERIFY(db.open(location, &error));
            QSqlQuery u(db.connection());
            QVERIFY(u.exec(QStringLiteral("UPDATE schema_versions SET version = 99 WHERE name = 'outbox'")));
        }
        OutboxStore again(m_clock);
        QString error;
        QVERIFY(!again.open(path(), &error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    }

    void rowsSurviveReopeningTheFile()
    {
        const qint64 id = rowIn(OutboxState::Accepted);
        m_outbox = std::make_unique<OutboxStore>(m_clock);
        QString error;
        QVERIFY(m_outbox->open(path(), &error));
        const OutboxRow r = *m_outbox->row(id);
        QCOMPARE(r.state, OutboxState::Accepted);
        QCOMPARE(r.wamid, QStringLiteral("wamid.%1").arg(id));
        QCOMPARE(r.attempts, 1);
        QCOMPARE(r.lastAttemptAtMs, m_clock.nowMs());
    }

    void aDraftWithoutClientIdOrADuplicateClientIdIsRefused()
    {
        QString error;
        OutboxDraft d = draft();
        const QString clientId = d.clientId;
        d.clientId.clear();
        QCOMPARE(m_outbox->insert(d, &error), qint64(0));
        QVERIFY(!error.isEmpty());
        d.clientId = clientId;
        QVERIFY(m_outbox->insert(d, &error) != 0);
        QCOMPARE(m_outbox->insert(d, &error), qint64(0));
        // insertAll is all or nothing.
        QCOMPARE(m_outbox->insertAll({draft(), d}, &error).size(), 0);
        QCOMPARE(m_outbox->countsByState().value(OutboxState::Queued), 1);
    }

    void transitionsApplyOnlyFromTheirStates_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<OutboxState>("from");
        const QList<NamedOperation> ops = operations();
        for (int i = 0; i < ops.size(); ++i) {
            for (OutboxState s : kAllStates) {
                QTest::addRow("%s from %s %s", ops[i].name, qPrintable(outboxStateName(s)),
                              ops[i].appliesFrom.contains(s) ? "applies" : "changes nothing")
                    << i << s;
            }
        }
    }

    void transitionsApplyOnlyFromTheirStates()
    {
        QFETCH(int, operation);
        QFETCH(OutboxState, from);
        const NamedOperation op = operations().at(operation);
        const qint64 id = rowIn(from);
        const OutboxRow before = *m_outbox->row(id);
        m_clock.advanceMs(1000);
        const bool applies = op.appliesFrom.contains(from);
        QCOMPARE(op.run(*m_outbox, id), applies);
        const OutboxRow after = *m_outbox->row(id);
        QCOMPARE(after.state, applies ? op.result : from);
        QCOMPARE(after.updatedAtMs, applies ? m_clock.nowMs() : before.updatedAtMs);
        if (applies && op.result == OutboxState::Uncertain)
            QCOMPARE(after.uncertainSinceMs, m_clock.nowMs());
        if (applies && op.result == OutboxState::Failed) {
            QCOMPARE(after.errorCode, 131026);
            QCOMPARE(after.remedy, QStringLiteral("remedy"));
        }
    }

    void anUnknownRowChangesNothing()
    {
        for (const NamedOperation& op : operations())
            QVERIFY(!op.run(*m_outbox, 4242));
    }

    void statusesOnlyMoveForward_data()
    {
        QTest::addColumn<OutboxState>("from");
        QTest::addColumn<QString>("status");
        QTest::addColumn<OutboxState>("expected");
        QTest::newRow("sent moves an accepted send on") << OutboxState::Accepted << "sent" << OutboxState::Sent;
        QTest::newRow("delivered may skip sent") << OutboxState::Accepted << "delivered" << OutboxState::Delivered;
        QTest::newRow("read follows delivered") << OutboxState::Delivered << "read" << OutboxState::Read;
        QTest::newRow("played counts as read") << OutboxState::Delivered << "played" << OutboxState::Read;
        QTest::newRow("read never becomes delivered") << OutboxState::Read << "delivered" << OutboxState::Read;
        QTest::newRow("delivered never becomes sent") << OutboxState::Delivered << "sent" << OutboxState::Delivered;
        QTest::newRow("a duplicate status changes nothing") << OutboxState::Sent << "sent" << OutboxState::Sent;
        QTest::newRow("failed after sent fails the send") << OutboxState::Sent << "failed" << OutboxState::Failed;
        QTest::newRow("failed after delivered is ignored")
            << OutboxState::Delivered << "failed" << OutboxState::Delivered;
        QTest::newRow("a status reconciles an uncertain send") << OutboxState::Uncertain << "sent" << OutboxState::Sent;
        QTest::newRow("a failure reconciles an uncertain send")
            << OutboxState::Uncertain << "failed" << OutboxState::Failed;
        QTest::newRow("a status before the answer moves a sending row")
            << OutboxState::Sending << "delivered" << OutboxState::Delivered;
        QTest::newRow("a status for a queued resend means the first attempt went out")
            << OutboxState::Queued << "sent" << OutboxState::Sent;
        QTest::newRow("a status for a discarded send restores the truth")
            << OutboxState::Discarded << "delivered" << OutboxState::Delivered;
        QTest::newRow("a status for a locally refused send means an earlier attempt went out")
            << OutboxState::Failed << "sent" << OutboxState::Sent;
        QTest::newRow("an unknown status is ignored") << OutboxState::Accepted << "deleted" << OutboxState::Accepted;
    }

    void statusesOnlyMoveForward()
    {
        QFETCH(OutboxState, from);
        QFETCH(QString, status);
        QFETCH(OutboxState, expected);
        const qint64 id = rowIn(from);
        const QString clientId = m_outbox->row(id)->clientId;
        const OutboxStore::StatusOutcome out = m_outbox->applyStatus(
            clientId, QStringLiteral("wamid.S%1").arg(id), status, status == QLatin1String("failed") ? 131026 : 0);
        QCOMPARE(out.id, id);
        QCOMPARE(out.before, from);
        QCOMPARE(out.after, expected);
        QCOMPARE(out.changed, from != expected);
        const OutboxRow r = *m_outbox->row(id);
        QCOMPARE(r.state, expected);
        if (from != expected) {
            QVERIFY(!r.wamid.isEmpty());
            QCOMPARE(r.uncertainSinceMs, qint64(0));
        }
        if (expected == OutboxState::Failed && from != OutboxState::Failed) {
            QCOMPARE(r.errorCode, 131026);
            QCOMPARE(r.errorReason, QStringLiteral("meta_error"));
            QVERIFY(!r.remedy.isEmpty());
        }
    }

    void aStatusWithoutClientIdIsMatchedByWamid()
    {
        const qint64 id = rowIn(OutboxState::Accepted);
        const OutboxStore::StatusOutcome out =
            m_outbox->applyStatus({}, QStringLiteral("wamid.%1").arg(id), QStringLiteral("delivered"), 0);
        QCOMPARE(out.id, id);
        QCOMPARE(m_outbox->row(id)->state, OutboxState::Delivered);
        QCOMPARE(
            m_outbox->applyStatus(QStringLiteral("someone-else"), QStringLiteral("wamid.x"), QStringLiteral("sent"), 0)
                .id,
            qint64(0));
    }

    void anAnswerAfterItsStatusDoesNotMoveTheRowBack()
    {
        const qint64 id = rowIn(OutboxState::Sending);
        QVERIFY(m_outbox->applyStatus(m_outbox->row(id)->clientId, QStringLiteral("wamid.W"), QStringLiteral("sent"), 0)
                    .changed);
        QVERIFY(!m_outbox->markAccepted(id, QStringLiteral("wamid.W")));
        QCOMPARE(m_outbox->row(id)->state, OutboxState::Sent);
        QCOMPARE(m_outbox->row(id)->wamid, QStringLiteral("wamid.W"));
    }

    void aRestartTurnsSendingIntoUncertainAndKeepsTheQueueInOrder()
    {
        const qint64 q1 = rowIn(OutboxState::Queued);
        const qint64 s1 = rowIn(OutboxState::Sending);
        const qint64 a1 = rowIn(OutboxState::Accepted);
        const qint64 s2 = rowIn(OutboxState::Sending);
        const qint64 q2 = rowIn(OutboxState::Queued);
        QString error;
        const qint64 paused = m_outbox->createBulkJob(QStringLiteral("p"), QStringLiteral("t"), {}, &error);
        const qint64 pausedRow = m_outbox->insert(draft(paused), &error);
        QVERIFY(m_outbox->setBulkJobState(paused, OutboxStore::BulkJobState::Paused));

        m_clock.advanceSecs(30);
        m_outbox = std::make_unique<OutboxStore>(m_clock);
        QVERIFY(m_outbox->open(path(), &error));
        QCOMPARE(m_outbox->recoverAfterRestart(), 2);
        for (qint64 id : {s1, s2}) {
            QCOMPARE(m_outbox->row(id)->state, OutboxState::Uncertain);
            QCOMPARE(m_outbox->row(id)->uncertainSinceMs, m_clock.nowMs());
        }
        QCOMPARE(m_outbox->row(a1)->state, OutboxState::Accepted);
        QList<qint64> queued;
        for (const OutboxRow& r : m_outbox->queuedRows())
            queued << r.id;
        QCOMPARE(queued, (QList<qint64>{q1, q2}));
        QCOMPARE(m_outbox->row(pausedRow)->state, OutboxState::Queued);
        QCOMPARE(m_outbox->recoverAfterRestart(), 0);
        QCOMPARE(m_outbox->uncertainSince(m_clock.nowMs() - 1).size(), 0);
        QCOMPARE(m_outbox->uncertainSince(m_clock.nowMs()).size(), 2);
    }

    void cancellingABulkJobRemovesOnlyItsQueuedRows()
    {
        QString error;
        const qint64 job = m_outbox->createBulkJob(QStringLiteral("promo"), QStringLiteral("hello"), {}, &error);
        const qint64 other = m_outbox->createBulkJob(QStringLiteral("other"), QStringLiteral("hello"), {}, &error);
        QList<OutboxDraft> drafts;
        for (int i = 0; i < 5; ++i)
            drafts << draft(job);
        const QList<qint64> ids = m_outbox->insertAll(drafts, &error);
        QCOMPARE(ids.size(), 5);
        const qint64 otherRow = m_outbox->insert(draft(other), &error);
        QVERIFY(m_outbox->markSending(ids[0]) && m_outbox->markAccepted(ids[0], QStringLiteral("wamid.1")));
        QVERIFY(m_outbox->markSending(ids[1]));
        QCOMPARE(m_outbox->cancelQueued(job), (QList<qint64>{ids[2], ids[3], ids[4]}));
        const OutboxStore::BulkCounts c = m_outbox->bulkCounts(job);
        QCOMPARE(c.total, 5);
        QCOMPARE(c.count(OutboxState::Accepted), 1);
        QCOMPARE(c.count(OutboxState::Sending), 1);
        QCOMPARE(c.count(OutboxState::Cancelled), 3);
        QCOMPARE(m_outbox->row(otherRow)->state, OutboxState::Queued);
        QVERIFY(m_outbox->setBulkJobState(job, OutboxStore::BulkJobState::Cancelled));
        QVERIFY(!m_outbox->setBulkJobState(job, OutboxStore::BulkJobState::Running));
        QCOMPARE(*m_outbox->bulkJobState(job), OutboxStore::BulkJobState::Cancelled);
    }

    void oneContactsLiveRowsAreReadInTheirStatesOnly()
    {
        QString error;
        OutboxDraft mine = draft();
        mine.contact = QStringLiteral("15550001111");
        const qint64 queued = m_outbox->insert(mine, &error);
        mine = draft();
        mine.contact = QStringLiteral("15550001111");
        const qint64 failed = m_outbox->insert(mine, &error);
        QVERIFY(m_outbox->markFailed(failed, 131047, QStringLiteral("window_closed"), QStringLiteral("r")));
        mine = draft();
        mine.contact = QStringLiteral("15550001111");
        const qint64 read = m_outbox->insert(mine, &error);
        QVERIFY(m_outbox->markSending(read) && m_outbox->markAccepted(read, QStringLiteral("wamid.r")));
        QVERIFY(m_outbox->applyStatus(mine.clientId, {}, QStringLiteral("read"), 0).changed);
        OutboxDraft bulk = draft(m_outbox->createBulkJob(QStringLiteral("j"), QStringLiteral("t"), {}, &error));
        bulk.contact = QStringLiteral("15550001111");
        QVERIFY(m_outbox->insert(bulk, &error) != 0);
        QVERIFY(m_outbox->insert(draft(), &error) != 0); // another contact

        QList<qint64> ids;
        for (const OutboxRow& r :
             m_outbox->liveRowsFor(QStringLiteral("15550001111"), {OutboxState::Queued, OutboxState::Failed}))
            ids << r.id;
        QCOMPARE(ids, (QList<qint64>{queued, failed}));
        QCOMPARE(m_outbox->liveRowsFor(QStringLiteral("15550001111"), {OutboxState::Read}).size(), 1);
        QVERIFY(m_outbox->liveRowsFor(QStringLiteral("15550001111"), {}).isEmpty());
    }

    void stateNamesRoundTrip()
    {
        for (OutboxState s : kAllStates) {
            OutboxState back = OutboxState::Queued;
            QVERIFY(outboxStateFromName(outboxStateName(s), &back));
            QCOMPARE(back, s);
        }
        OutboxState unused;
        QVERIFY(!outboxStateFromName(u"bogus", &unused));
    }
};

QTEST_GUILESS_MAIN(TestOutboxStore)
#include "TestOutboxStore.moc"
