// SPDX-License-Identifier: GPL-3.0-or-later
// SecretStore without a keychain: a child process with no D-Bus session gets the clear,
// recoverable error, and the secret is written nowhere else.
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using duet::secrets::SecretStore;

namespace {

const char* const kProbeSecret = "dt_probe_secret_that_must_not_land_on_disk";

/// The child's side: `--probe read|write|remove` runs one call and prints the error code and text.
int runProbe(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString action = QCoreApplication::arguments().value(2);
    SecretStore store(QStringLiteral("Duet-test"));
    const auto print = [](const SecretStore::Result& r) {
        QTextStream out(stdout);
        out << int(r.error) << '\n' << SecretStore::errorText(r.error) << '\n';
        out.flush();
        QCoreApplication::exit(0);
    };
    const QString name = QStringLiteral("probe");
    if (action == QLatin1String("write"))
        store.write(name, QString::fromLatin1(kProbeSecret), print);
    else if (action == QLatin1String("remove"))
        store.remove(name, print);
    else
        store.read(name, print);
    return QCoreApplication::exec();
}

} // namespace

class TestSecretStoreErrors : public QObject
{
    Q_OBJECT

private slots:
    void withoutDBusTheErrorSaysWhatToDo_data()
    {
        QTest::addColumn<QString>("action");
        QTest::newRow("reading a secret") << "read";
        QTest::newRow("writing a secret") << "write";
        QTest::newRow("removing a secret") << "remove";
    }
    void withoutDBusTheErrorSaysWhatToDo()
    {
        QFETCH(QString, action);
        QTemporaryDir home;
        QProcess child;
        QProcessEnvironment env; // empty: no DBUS_SESSION_BUS_ADDRESS, no DISPLAY
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("runtime")));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--probe"), action});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0).toInt(), int(SecretStore::Error::NoKeychain));
        QCOMPARE(lines.value(1), SecretStore::errorText(SecretStore::Error::NoKeychain));
        QVERIFY(lines.value(1).contains(QLatin1String("No keychain is available")));

        // No plaintext fallback: the secret is in no file the child could have written.
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(kProbeSecret), "the secret was written to a file");
        }
    }

    void aLockedKeyringSaysToUnlockIt()
    {
        // A D-Bus session whose keyring daemon starts on demand with no unlocked login keyring.
        const QString runSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
        if (runSession.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty())
            QSKIP("dbus-run-session or gnome-keyring-daemon is not installed");
        QTemporaryDir home;
        QProcess child;
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        child.setProcessEnvironment(env);
        child.start(runSession, {QStringLiteral("--"), QCoreApplication::applicationFilePath(),
                                 QStringLiteral("--probe"), QStringLiteral("write")});
        QVERIFY(child.waitForFinished(60000));
        // The keyring daemon prints its own lines first; the probe's two lines come last.
        QStringList lines =
            QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines = lines.mid(qMax(0, int(lines.size()) - 2));
        QCOMPARE(lines.value(0).toInt(), int(SecretStore::Error::Locked));
        QCOMPARE(lines.value(1), SecretStore::errorText(SecretStore::Error::Locked));
    }

    void everyErrorHasText_data()
    {
        QTest::addColumn<SecretStore::Error>("error");
        QTest::newRow("not found") << SecretStore::Error::NotFound;
        QTest::newRow("no keychain") << SecretStore::Error::NoKeychain;
        QTest::newRow("locked") << SecretStore::Error::Locked;
        QTest::newRow("anything else") << SecretStore::Error::Failed;
    }
    void everyErrorHasText()
    {
        QFETCH(SecretStore::Error, error);
        QVERIFY(!SecretStore::errorText(error).isEmpty());
        QVERIFY(SecretStore::errorText(SecretStore::Error::None).isEmpty());
    }
};

int main(int argc, char* argv[])
{
    if (argc >= 2 && qstrcmp(argv[1], "--probe") == 0)
        return runProbe(argc, argv);
    QCoreApplication app(argc, argv);
    TestSecretStoreErrors test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "TestSecretStoreErrors.moc"
