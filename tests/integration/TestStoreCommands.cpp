// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgServer.h"
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace duet::test;

namespace {
constexpr qint64 kT0 = 1'750'000'000; // the fixtures' time
const QString kAna = QStringLiteral("16505551234");

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QList<QJsonObject> lines() const
    {
        QList<QJsonObject> objects;
        for (const QByteArray& line : out.split('\n')) {
            if (!line.isEmpty())
                objects << QJsonDocument::fromJson(line).object();
        }
        return objects;
    }
};

Run hub(const QStringList& args)
{
    QProcess p;
    p.start(programPath(QStringLiteral("hub/duet-hub")), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QStringList fixtures(bool reversed = false)
{
    QStringList files =
        QDir(fixturePath(QStringLiteral("store"))).entryList({QStringLiteral("0*.json")}, QDir::Files, QDir::Name);
    QStringList paths;
    for (const QString& f : files)
        paths << fixturePath(QStringLiteral("store/") + f);
    if (reversed)
        std::reverse(paths.begin(), paths.end());
    return paths;
}
} // namespace

/// duet-hub ingest, timeline and window, run as real processes on SQLite and PostgreSQL stores.
class TestStoreCommands : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_count = 0;

    QString freshDb() { return m_dir.filePath(QStringLiteral("s%1.db").arg(m_count++)); }

    void checkTimeline(const QString& db, const QString& contact)
    {
        const Run t = hub({QStringLiteral("timeline"), QStringLiteral("--db"), db, contact});
        QVERIFY2(t.code == 0, t.err.constData());
        const QList<QJsonObject> lines = t.lines();
        QStringList ids;
        for (const QJsonObject& o : lines)
            ids << o.value(QStringLiteral("wamid")).toString();
        QCOMPARE(ids, (QStringList{QStringLiteral("wamid.H1"), QStringLiteral("wamid.H2"), QStringLiteral("wamid.H3"),
                                   QStringLiteral("wamid.L1"), QStringLiteral("wamid.E1")}));
        // The live copy wins over history; history only where no live copy exists.
        QCOMPARE(lines[0].value(QStringLiteral("origin")).toString(), QStringLiteral("customer"));
        QCOMPARE(lines[1].value(QStringLiteral("origin")).toString(), QStringLiteral("history"));
        QCOMPARE(lines[1].value(QStringLiteral("direction")).toString(), QStringLiteral("out"));
        QCOMPARE(lines[1].value(QStringLiteral("status")).toString(), QStringLiteral("read"));
        QVERIFY(lines[0].value(QStringLiteral("status")).isNull());
        // The media follow-up filled the placeholder.
        QCOMPARE(lines[2].value(QStringLiteral("type")).toString(), QStringLiteral("image"));
        QCOMPARE(lines[2].value(QStringLiteral("media_id")).toString(), QStringLiteral("MEDIA-3"));
        // The edit shows, the original stays.
        QCOMPARE(lines[3].value(QStringLiteral("edited")).toBool(), true);
        QCOMPARE(lines[3].value(QStringLiteral("text")).toString(), QStringLiteral("Is my order #123 ready?"));
        QCOMPARE(lines[3].value(QStringLiteral("original_text")).toString(), QStringLiteral("Is my order ready?"));
        // The echo, matched to the customer though its `to` was typed, carries the reaction.
        QCOMPARE(lines[4].value(QStringLiteral("origin")).toString(), QStringLiteral("app"));
        QCOMPARE(lines[4].value(QStringLiteral("timestamp")).toInteger(), kT0 + 60);
        QCOMPARE(lines[4].value(QStringLiteral("reactions")).toArray().size(), 1);
        for (const QJsonObject& o : lines) {
            for (const char* key : {"wamid", "origin", "direction", "timestamp", "type", "text", "status", "edited",
                                    "deleted", "reactions"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
        }
    }

private slots:
    void initTestCase() { QVERIFY(QFile::exists(programPath(QStringLiteral("hub/duet-hub")))); }

    void ingestThenTimeline_data()
    {
        QTest::addColumn<bool>("reversed");
        QTest::addColumn<bool>("twice");
        QTest::newRow("webhooks in order") << false << false;
        QTest::newRow("webhooks in reverse order") << true << false;
        QTest::newRow("every webhook delivered twice") << false << true;
    }
    void ingestThenTimeline()
    {
        QFETCH(bool, reversed);
        QFETCH(bool, twice);
        const QString db = freshDb();
        const Run r = hub(QStringList{QStringLiteral("ingest"), QStringLiteral("--db"), db} + fixtures(reversed));
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out.trimmed().split('\n').last(), QByteArray("ingested: 13 events"));
        if (twice)
            QCOMPARE(hub(QStringList{QStringLiteral("ingest"), QStringLiteral("--db"), db} + fixtures()).code, 0);
        checkTimeline(db, QStringLiteral("+1 (650) 555-1234"));
        if (QTest::currentTestFailed())
            return;
        const Run other = hub({QStringLiteral("timeline"), QStringLiteral("--db"), db, QStringLiteral("15557654321")});
        QCOMPARE(other.code, 0);
        QVERIFY(other.out.isEmpty());
    }

    void window_data()
    {
        QTest::addColumn<QString>("contact");
        QTest::addColumn<qint64>("at");
        QTest::addColumn<QString>("state");
        // The customer's own latest message is the reaction at kT0 + 120; the echo at kT0 + 60 does not count.
        const qint64 last = kT0 + 120;
        QTest::newRow("an hour after the customer wrote: open") << kAna << kT0 + 3600 << "open";
        QTest::newRow("half an hour before the end: closing") << kAna << last + 86400 - 1800 << "closing";
        QTest::newRow("24 hours after: closed") << kAna << last + 86400 << "closed";
        QTest::newRow("a customer who never wrote: none") << "15557654321" << kT0 << "none";
    }
    void window()
    {
        QFETCH(QString, contact);
        QFETCH(qint64, at);
        QFETCH(QString, state);
        static const QString db = [this] {
            QString path = freshDb();
            hub(QStringList{QStringLiteral("ingest"), QStringLiteral("--db"), path} + fixtures());
            return path;
        }();
        const Run r = hub({QStringLiteral("window"), QStringLiteral("--db"), db, contact, QStringLiteral("--at"),
                           QString::number(at)});
        QVERIFY2(r.code == 0, r.err.constData());
        const QList<QJsonObject> lines = r.lines();
        QCOMPARE(lines.size(), 1);
        const QJsonObject& w = lines[0];
        QCOMPARE(w.value(QStringLiteral("state")).toString(), state);
        if (state == QLatin1String("none")) {
            QVERIFY(w.value(QStringLiteral("closes_at")).isNull());
            QVERIFY(w.value(QStringLiteral("last_customer_at")).isNull());
        } else {
            QCOMPARE(w.value(QStringLiteral("last_customer_at")).toInteger(), kT0 + 120);
            QCOMPARE(w.value(QStringLiteral("closes_at")).toInteger(), kT0 + 120 + 86400);
            QCOMPARE(w.value(QStringLiteral("free_entry_point")).toBool(), true); // began from an ad
        }
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString db = QDir::tempPath() + QStringLiteral("/duet-store-commands-unused.db");
        QTest::newRow("ingest without --db")
            << QStringList{QStringLiteral("ingest"), QStringLiteral("x.json")} << 2 << "--db";
        QTest::newRow("ingest with an unknown option")
            << QStringList{QStringLiteral("ingest"), QStringLiteral("--fast")} << 2 << "--fast";
        QTest::newRow("ingest of a missing file")
            << QStringList{QStringLiteral("ingest"), QStringLiteral("--db"), QStringLiteral("%DB%"),
                           QStringLiteral("/nonexistent/body.json")}
            << 2 << "/nonexistent/body.json";
        QTest::newRow("ingest of a body that is not JSON")
            << QStringList{QStringLiteral("ingest"), QStringLiteral("--db"), QStringLiteral("%DB%"),
                           fixturePath(QStringLiteral("store/broken_not_json.json"))}
            << 2 << "broken_not_json.json";
        QTest::newRow("timeline without a contact")
            << QStringList{QStringLiteral("timeline"), QStringLiteral("--db"), db} << 2 << "CONTACT";
        QTest::newRow("window with a bad --at")
            << QStringList{QStringLiteral("window"), QStringLiteral("--db"), db, kAna,
                           QStringLiteral("--at"),   QStringLiteral("soon")}
            << 2 << "soon";
        QTest::newRow("a corrupt database file")
            << QStringList{QStringLiteral("timeline"), QStringLiteral("--db"),
                           fixturePath(QStringLiteral("store/broken_not_json.json")), kAna}
            << 1 << "broken_not_json.json";
        QTest::newRow("a database URL without a database")
            << QStringList{QStringLiteral("window"), QStringLiteral("--db"),
                           QStringLiteral("postgresql://duet@127.0.0.1:1/"), kAna}
            << 1 << "postgresql://";
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        args.replaceInStrings(QStringLiteral("%DB%"), freshDb());
        const Run r = hub(args);
        QCOMPARE(r.code, code);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(message), qPrintable(err));
        QCOMPARE(err.trimmed().count(QLatin1Char('\n')), 0); // one line
    }

    void postgresStore()
    {
        if (!PgServer::isInstalled())
            QSKIP(PgServer::notInstalledReason());
        PgServer pg;
        QString error;
        QVERIFY2(pg.start(&error), qPrintable(error));
        const QString url = pg.createDatabase(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        const Run r = hub(QStringList{QStringLiteral("ingest"), QStringLiteral("--db"), url} + fixtures(true));
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.out.trimmed().split('\n').last(), QByteArray("ingested: 13 events"));
        checkTimeline(url, kAna);
        const Run w = hub({QStringLiteral("window"), QStringLiteral("--db"), url, kAna, QStringLiteral("--at"),
                           QString::number(kT0 + 3600)});
        QCOMPARE(w.lines().value(0).value(QStringLiteral("state")).toString(), QStringLiteral("open"));
    }
};

QTEST_GUILESS_MAIN(TestStoreCommands)
#include "TestStoreCommands.moc"
