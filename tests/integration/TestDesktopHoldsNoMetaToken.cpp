// SPDX-License-Identifier: GPL-3.0-or-later
// A real duet desktop sends through a real hub's relay; its files, logs and a core dump hold no Meta token.
#include "HubHarness.h"
#include "Sanitizers.h"
#include "cloudapi/GraphApiVersion.h"
#include "cloudapi/GraphRequests.h"
#include "core/Clock.h"
#include "outbound/OutboxStore.h"
#include "secrets/SecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace duet;
using namespace duet::test;

namespace {

const QByteArray kMetaToken = "EAAG-test-access-token"; // the token HubProcess gives the hub
const QString kClientId = QStringLiteral("0d9a8f2e-5b7c-4e61-9f3a-7c2b1d4e6a80");

QByteArray utf16(const QByteArray& latin1)
{
    const QString s = QString::fromLatin1(latin1);
    return QByteArray(reinterpret_cast<const char*>(s.utf16()), s.size() * 2);
}

} // namespace

class TestDesktopHoldsNoMetaToken : public QObject
{
    Q_OBJECT

private slots:
    void aDesktopThatSentHoldsNoMetaToken()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("no D-Bus session: the desktop reads its agent token from the keychain (scripts/test.sh starts one)");
        // AddressSanitizer's shadow memory is in the dump: a sanitizer build's desktop dumps to
        // tens of gigabytes (46 GB measured) and fills the disk. The ordinary build runs this test.
        if (kSanitized)
            QSKIP("a sanitizer build's core dump holds the sanitizer's shadow memory (tens of GB)");
        const QString gcore = QStandardPaths::findExecutable(QStringLiteral("gcore"));
        if (gcore.isEmpty())
            QSKIP("gcore (from gdb) is not installed: the core dump cannot be taken");

        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QDir root(scratch.path());
        for (const char* d : {"home", "data", "config", "cache", "state", "tmp", "runtime"})
            QVERIFY(root.mkpath(QLatin1String(d)));
        QFile::setPermissions(root.filePath(QStringLiteral("runtime")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        // The hub and the simulator keep their files outside the scanned desktop folders' reach:
        // they are Meta's side (the hub holds the token by design).
        QTemporaryDir servers;
        quint16 hubPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            hubPort = probe.serverPort();
        }
        SimProcess sim(servers.path(), kMetaToken);
        QString error;
        QVERIFY2(sim.start({QStringLiteral("--webhook-url"), QStringLiteral("http://127.0.0.1:%1/webhook").arg(hubPort),
                            QStringLiteral("--seed"), QStringLiteral("6")},
                           &error),
                 qPrintable(error));
        HubProcess hub(QDir(servers.path()).filePath(QStringLiteral("hub.db")), servers.path());
        QVERIFY(hub.writeSecrets());
        hub.listen = QStringLiteral("127.0.0.1:%1").arg(hubPort);
        hub.extraArgs = {QStringLiteral("--graph-base-url"), sim.baseUrl()};
        QVERIFY2(hub.start(&error), qPrintable(error));
        const QString agentToken = hub.addAgent(QStringLiteral("ana"), QStringLiteral("agent"));
        QVERIFY(!agentToken.isEmpty());

        // The agent's token in the keychain, where the desktop looks for it.
        const QString agentsUrl = QStringLiteral("ws://127.0.0.1:%1/agents").arg(hubPort);
        secrets::SecretStore keychain;
        bool stored = false, answered = false;
        keychain.write(QStringLiteral("agent-token ") + agentsUrl, agentToken,
                       [&](const secrets::SecretStore::Result& r) {
                           stored = r.ok();
                           answered = true;
                       });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20'000);
        QVERIFY2(stored, "the keychain refused the agent's token");

        // A send waiting in the desktop's outbox: it leaves once the hub welcomes the desktop.
        const QString dataDir = root.filePath(QStringLiteral("data/Duet/duet"));
        QVERIFY(QDir().mkpath(dataDir));
        {
            SystemClock clock;
            outbound::OutboxStore outbox(clock);
            QVERIFY2(outbox.open(QDir(dataDir).filePath(QStringLiteral("outbox.db")), &error), qPrintable(error));
            outbound::OutboxDraft d;
            d.clientId = kClientId;
            d.contact = QStringLiteral("5511987654321");
            d.kind = QStringLiteral("template");
            d.text = QStringLiteral("Hello");
            const cloudapi::GraphRequestBuilder graph(cloudapi::graphApiVersion(), QStringLiteral("106540352242922"));
            d.body = graph
                         .templateMessage({d.contact, d.clientId, {}},
                                          {QStringLiteral("hello_world"), QStringLiteral("en_US"), {}})
                         .body;
            QVERIFY2(outbox.insert(d, &error) != 0, qPrintable(error));
        }

        QProcess desktop;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), root.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), root.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), root.filePath(QStringLiteral("state")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root.filePath(QStringLiteral("runtime")));
        env.insert(QStringLiteral("TMPDIR"), root.filePath(QStringLiteral("tmp")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("duet.*=true")); // as much log as there is
        desktop.setProcessEnvironment(env);
        desktop.setStandardOutputFile(root.filePath(QStringLiteral("duet.stdout")));
        desktop.setStandardErrorFile(root.filePath(QStringLiteral("duet.stderr")));
        desktop.start(programPath(QStringLiteral("desktop/duet")), {QStringLiteral("--hub"), agentsUrl});
        QVERIFY(desktop.waitForStarted(20'000));

        // The send reaches the simulator (which takes only Meta's token: the hub added it).
        QNetworkAccessManager nam;
        const auto sent = [&] {
            return sim.stats(nam).value(QStringLiteral("accepted_by_client_id")).toObject().value(kClientId).toInt();
        };
        QTRY_VERIFY_WITH_TIMEOUT(sent() == 1 || desktop.state() == QProcess::NotRunning, 60'000);
        QCOMPARE(desktop.state(), QProcess::Running);
        QCOMPARE(sent(), 1);

        // The desktop's whole memory, into the scratch folder.
        QProcess dump;
        dump.start(gcore,
                   {QStringLiteral("-o"), root.filePath(QStringLiteral("core")), QString::number(desktop.processId())});
        QVERIFY(dump.waitForFinished(180'000));
        const QString corePath = root.filePath(QStringLiteral("core.%1").arg(desktop.processId()));
        QVERIFY2(QFileInfo(corePath).size() > 0, dump.readAllStandardError().constData());
        desktop.kill();
        desktop.waitForFinished(10'000);

        int scanned = 0;
        bool agentTokenInCore = false;
        QDirIterator it(scratch.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(kMetaToken) && !bytes.contains(utf16(kMetaToken)),
                     qPrintable(QStringLiteral("Meta's token is in %1").arg(f.fileName())));
            if (f.fileName() == corePath)
                agentTokenInCore = bytes.contains(agentToken.toUtf8()) || bytes.contains(utf16(agentToken.toUtf8()));
            ++scanned;
        }
        // The dump is a real one: the token the desktop does hold (its agent token) is in it.
        QVERIFY(agentTokenInCore);
        QVERIFY(scanned >= 4); // the core, the outbox, the store, the logs
        keychain.remove(QStringLiteral("agent-token ") + agentsUrl, [](const secrets::SecretStore::Result&) {});
    }
};

QTEST_GUILESS_MAIN(TestDesktopHoldsNoMetaToken)
#include "TestDesktopHoldsNoMetaToken.moc"
