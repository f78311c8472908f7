// SPDX-License-Identifier: GPL-3.0-or-later
// The real `duet` binary: --screenshot renders a PNG and exits; options and exit codes.
#include "GuiFixtures.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace duet;
using namespace duet::test;

class TestDesktopProgram : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void screenshotRendersTheInbox();
    void exitCodes_data();
    void exitCodes();
    void firstPaintIsReportedWhenAsked_data();
    void firstPaintIsReportedWhenAsked();

private:
    int run(const QStringList& arguments, QByteArray* out = nullptr, QByteArray* err = nullptr);

    QTemporaryDir m_dir;
    QString m_db;
};

void TestDesktopProgram::initTestCase()
{
    QVERIFY(m_dir.isValid());
    FakeClock clock;
    QString error;
    m_db = m_dir.filePath(QStringLiteral("inbox.db"));
    auto store = openStore(clock, m_db, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY2(ingestGoodFixtures(*store, &error), qPrintable(error));
    QFile corrupt(m_dir.filePath(QStringLiteral("corrupt.db")));
    QVERIFY(corrupt.open(QIODevice::WriteOnly));
    corrupt.write(QByteArray(8192, 'x'));
}

int TestDesktopProgram::run(const QStringList& arguments, QByteArray* out, QByteArray* err)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Keep the user's settings and data out of it.
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(programPath(QStringLiteral("desktop/duet")), arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestDesktopProgram::screenshotRendersTheInbox()
{
    const QString png = m_dir.filePath(QStringLiteral("shot.png"));
    QByteArray err;
    QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("--templates"),
                  fixturePath(QStringLiteral("templates/templates.json")), QStringLiteral("--screenshot"), png,
                  QStringLiteral("--quit-after"), QStringLiteral("0.5")},
                 nullptr, &err),
             0);
    QImage image;
    QVERIFY2(image.load(png), err.constData());
    QVERIFY(image.width() >= 800 && image.height() >= 500);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 60, qPrintable(QStringLiteral("%1 colours").arg(colours.size())));
}

void TestDesktopProgram::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("output");
    QTest::newRow("--version prints the version")
        << QStringList({QStringLiteral("--version")}) << 0 << QStringLiteral(DUET_VERSION);
    QTest::newRow("--help lists the screenshot option")
        << QStringList({QStringLiteral("--help")}) << 0 << QStringLiteral("--screenshot");
    QTest::newRow("an unknown option is a usage error")
        << QStringList({QStringLiteral("--bogus")}) << 2 << QStringLiteral("bogus");
    QTest::newRow("a quit-after that is not a number is a usage error")
        << QStringList({QStringLiteral("--quit-after"), QStringLiteral("soon")}) << 2 << QStringLiteral("quit-after");
    QTest::newRow("a missing templates file is bad input")
        << QStringList({QStringLiteral("--templates"), QStringLiteral("/nonexistent/t.json"), QStringLiteral("--db"),
                        QStringLiteral(":memory:"), QStringLiteral("--quit-after"), QStringLiteral("0")})
        << 2 << QStringLiteral("t.json");
    QTest::newRow("a store that cannot be opened is a runtime failure")
        << QStringList({QStringLiteral("--db"), m_dir.filePath(QStringLiteral("corrupt.db")),
                        QStringLiteral("--quit-after"), QStringLiteral("0")})
        << 1 << QStringLiteral("corrupt.db");
}

void TestDesktopProgram::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, code);
    QFETCH(QString, output);
    QByteArray out, err;
    QCOMPARE(run(arguments, &out, &err), code);
    const QByteArray all = out + err;
    QVERIFY2(QString::fromUtf8(all).contains(output), all.constData());
}

void TestDesktopProgram::firstPaintIsReportedWhenAsked_data()
{
    QTest::addColumn<QByteArray>("mode");
    QTest::newRow("the inbox reports its painted list and quits") << QByteArray("quit");
    QTest::newRow("the baseline paints an empty window and quits") << QByteArray("baseline");
}

// DUET_REPORT_FIRST_PAINT, which `duet-bench ui` times: one line on stderr, then a clean exit.
void TestDesktopProgram::firstPaintIsReportedWhenAsked()
{
    QFETCH(QByteArray, mode);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("DUET_REPORT_FIRST_PAINT"), QString::fromLatin1(mode));
    process.setProcessEnvironment(env);
    process.start(programPath(QStringLiteral("desktop/duet")), {QStringLiteral("--db"), m_db});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QList<QByteArray> reports;
    for (const QByteArray& line : process.readAllStandardError().split('\n')) {
        if (line.startsWith("first_paint_ms: "))
            reports << line;
    }
    QCOMPARE(reports.size(), 1);
    bool ok = false;
    QVERIFY(reports.first().mid(reports.first().indexOf(": ") + 2).toDouble(&ok) > 0 && ok);
}

QTEST_MAIN(TestDesktopProgram)
#include "TestDesktopProgram.moc"
