// SPDX-License-Identifier: GPL-3.0-or-later
// `duet-hub decode` as a process: the snapshot lines on stdout, exit codes 0, 1 and 2.
#include "TestPaths.h"
#include "WebhookSamples.h"
#include "cloudapi/WebhookDecoder.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace duet::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs duet-hub with `args`, feeding `input` on stdin.
Run runHub(const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.start(programPath(QStringLiteral("hub/duet-hub")), args);
    Run run;
    if (!p.waitForStarted(30000))
        return run;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

} // namespace

/// duet-hub decode prints each body's snapshot lines (fixtures by file name, Meta's map examples
/// through stdin), fails bad bodies with exit 2 and nothing on stdout, unreadable files with 1.
class TestDecodeCommand : public QObject
{
    Q_OBJECT
private:
    void addRows(const QList<WebhookSample>& samples)
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("snapshotBase");
        for (const WebhookSample& s : samples) // map payloads go through stdin, files by name
            QTest::newRow(qPrintable(s.name)) << (s.mapKey.isEmpty() ? s.file : QString()) << s.body << s.snapshotBase;
    }

    void check()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, body);
        QFETCH(QString, snapshotBase);
        WebhookSample sample;
        sample.snapshotBase = snapshotBase;
        bool isFailure = false;
        const QByteArray expected = expectedSnapshot(sample, &isFailure);
        QVERIFY2(!expected.isNull(), qPrintable(snapshotBase + QStringLiteral(": no snapshot")));

        const Run run = file.isEmpty() ? runHub({QStringLiteral("decode"), QStringLiteral("-")}, body)
                                       : runHub({QStringLiteral("decode"), file});
        if (isFailure) {
            QCOMPARE(run.exitCode, 2);
            QVERIFY(run.out.isEmpty());
            QVERIFY(run.err.startsWith("duet-hub decode: "));
            QCOMPARE(run.err.count('\n'), 1);
        } else {
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(QString::fromUtf8(run.out), QString::fromUtf8(expected));
            QVERIFY(run.err.isEmpty());
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(programPath(QStringLiteral("hub/duet-hub"))), "build duet-hub first");
    }

    void goodFixtures_data() { addRows(fixtureSamples(QStringLiteral("good"))); }
    void goodFixtures() { check(); }

    void brokenFixtures_data() { addRows(fixtureSamples(QStringLiteral("broken"))); }
    void brokenFixtures() { check(); }

    void metaExamples_data() { addRows(metaSamples()); }
    void metaExamples() { check(); }

    void standardInputIsReadWithoutAnArgument()
    {
        const QByteArray body = readFile(fixturePath(QStringLiteral("webhooks/good/reactions.json")));
        const Run viaDash = runHub({QStringLiteral("decode"), QStringLiteral("-")}, body);
        const Run viaNothing = runHub({QStringLiteral("decode")}, body);
        QCOMPARE(viaDash.exitCode, 0);
        QCOMPARE(viaNothing.exitCode, 0);
        QCOMPARE(viaNothing.out, viaDash.out);
        QCOMPARE(viaDash.out.count('\n'), 3);
    }

    void aBodyOver3MBIsRefused()
    {
        const QByteArray body = "{}" + QByteArray(duet::cloudapi::WebhookDecoder::kMaxBodyBytes, ' ');
        const Run run = runHub({QStringLiteral("decode"), QStringLiteral("-")}, body);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.contains("over the limit"));
    }

    void anUnreadableFileIsARuntimeFailure()
    {
        QTemporaryDir dir;
        const Run run = runHub({QStringLiteral("decode"), dir.filePath(QStringLiteral("absent.json"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.contains("cannot read"));
    }

    void helpAndUsage()
    {
        const Run help = runHub({QStringLiteral("decode"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("Usage: duet-hub decode"));
        const Run twoFiles = runHub({QStringLiteral("decode"), QStringLiteral("a"), QStringLiteral("b")});
        QCOMPARE(twoFiles.exitCode, 2);
        QVERIFY(twoFiles.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDecodeCommand)
#include "TestDecodeCommand.moc"
