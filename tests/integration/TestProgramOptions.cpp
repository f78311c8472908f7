// SPDX-License-Identifier: GPL-3.0-or-later
// Every program Duet builds answers --help and --version on a machine without a display.
#include "TestPaths.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace duet::test;

class TestProgramOptions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answersWithoutADisplay_data();
    void answersWithoutADisplay();

private:
    QTemporaryDir m_home;
};

void TestProgramOptions::initTestCase()
{
    QVERIFY(m_home.isValid());
}

void TestProgramOptions::answersWithoutADisplay_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString version = QStringLiteral(" " DUET_VERSION "\n");
    struct Program
    {
        const char* path;
        const char* name;
        const char* helpText;
    };
    const Program programs[] = {
        {"desktop/duet", "duet", "--screenshot <FILE>"},
        {"hub/duet-hub", "duet-hub", "Usage: duet-hub COMMAND [OPTIONS]"},
        {"sim/duet-sim", "duet-sim", "Usage: duet-sim --listen HOST:PORT"},
        {"bench/duet-bench", "duet-bench", "Usage: duet-bench BENCHMARK"},
    };
    for (const Program& p : programs) {
        const QString path = QString::fromLatin1(p.path);
        QTest::addRow("%s --help", p.name)
            << path << QStringList{QStringLiteral("--help")} << QString::fromLatin1(p.helpText);
        QTest::addRow("%s --version", p.name)
            << path << QStringList{QStringLiteral("--version")} << QString::fromLatin1(p.name) + version;
    }
    // The desktop's help is translated before any window exists: the description and Qt's headings.
    QTest::addRow("duet --lang pt_BR --help")
        << QStringLiteral("desktop/duet")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("pt_BR"), QStringLiteral("--help")}
        << QStringLiteral("Duet: a caixa de entrada compartilhada");
    QTest::addRow("duet -h") << QStringLiteral("desktop/duet") << QStringList{QStringLiteral("-h")}
                             << QStringLiteral("--single-seat");
    QTest::addRow("duet -v") << QStringLiteral("desktop/duet") << QStringList{QStringLiteral("-v")}
                             << QStringLiteral("duet") + version;
}

void TestProgramOptions::answersWithoutADisplay()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No display of any kind and no platform chosen: a program that needs a platform plugin aborts.
    for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_ALL"));

    QProcess process;
    process.setProcessEnvironment(env);
    process.start(programPath(program), arguments);
    QVERIFY2(process.waitForFinished(30000), qPrintable(programPath(program)));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit, qPrintable(err));
    QVERIFY2(process.exitCode() == 0, qPrintable(QStringLiteral("exit %1: %2").arg(process.exitCode()).arg(err)));
    QVERIFY2(out.contains(expected), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestProgramOptions)
#include "TestProgramOptions.moc"
