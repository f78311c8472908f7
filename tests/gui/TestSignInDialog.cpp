// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in: validation, a refused token, an unreachable hub, the keychain (present or not), and
// the status bar's connection indicator following the sync client.
#include "FakeClock.h"
#include "FakeHub.h"
#include "TestCertificates.h"
#include "store/Store.h"
#include "ui/ConnectionIndicator.h"
#include "ui/SignInDialog.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSslKey>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace duet;
using namespace duet::test;
using duet::secrets::SecretStore;
using duet::ui::ConnectionIndicator;
using duet::ui::SignInDialog;
using sync::SyncClient;

namespace {

/// A keychain stand-in: remembers what was written, or fails every call with one error.
class FakeSecretStore : public SecretStore
{
public:
    SecretStore::Error failWith = SecretStore::Error::None;
    QHash<QString, QString> written;

    void read(const QString& name, Callback done) override
    {
        answer(done, written.contains(name) ? written.value(name) : QString(),
               written.contains(name) ? failWith : SecretStore::Error::NotFound);
    }
    void write(const QString& name, const QString& secret, Callback done) override
    {
        if (failWith == SecretStore::Error::None)
            written.insert(name, secret);
        answer(done, {}, failWith);
    }
    void remove(const QString& name, Callback done) override
    {
        written.remove(name);
        answer(done, {}, failWith);
    }

private:
    void answer(const Callback& done, const QString& value, SecretStore::Error error)
    {
        QMetaObject::invokeMethod(
            this,
            [done, value, error] {
                done(SecretStore::Result{error, value, {}});
            },
            Qt::QueuedConnection);
    }
};

template <typename F> bool waitUntil(F done)
{
    return QTest::qWaitFor(done, 4000);
}

} // namespace

class TestSignInDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    FakeClock m_clock;
    std::unique_ptr<store::Store> m_store;
    std::unique_ptr<SyncClient> m_client;
    std::unique_ptr<FakeHub> m_hub;
    FakeSecretStore m_secrets;

    void fill(SignInDialog& dialog, const QString& hub, const QString& token, bool remember = true)
    {
        dialog.findChildren<QLineEdit*>().at(0)->setText(hub);
        dialog.findChildren<QLineEdit*>().at(1)->setText(token);
        dialog.findChild<QCheckBox*>()->setChecked(remember);
    }
    // What a person pastes from a browser: http:// means ws://.
    QString hubAddress() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_hub->port()); }

private slots:
    void init()
    {
        m_hub = std::make_unique<FakeHub>();
        QVERIFY(m_hub->listen());
        m_store = std::make_unique<store::Store>(m_clock);
        QString error;
        QVERIFY2(m_store->open(m_dir.filePath(QStringLiteral("s%1.db").arg(m_count++)), &error), qPrintable(error));
        m_client = std::make_unique<SyncClient>(m_store->connection(), m_store->backend(), m_store->applier(), m_clock);
        m_secrets.failWith = SecretStore::Error::None;
        m_secrets.written.clear();
    }
    void cleanup()
    {
        m_client.reset();
        m_store.reset();
        m_hub.reset();
    }

    void validation_data()
    {
        QTest::addColumn<QString>("hub");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("says");
        QTest::newRow("no address") << ""
                                    << "dt_x"
                                    << "Enter the hub's address";
        QTest::newRow("words for an address") << "my hub"
                                              << "dt_x"
                                              << "is not a hub address";
        QTest::newRow("another scheme") << "ftp://hub.example.com"
                                        << "dt_x"
                                        << "is not a hub address";
        QTest::newRow("no token") << "hub.example.com"
                                  << "  "
                                  << "Paste the agent token";
        QTest::newRow("a token with spaces") << "hub.example.com"
                                             << "dt_ab cd"
                                             << "has no spaces";
    }
    void validation()
    {
        QFETCH(QString, hub);
        QFETCH(QString, token);
        QFETCH(QString, says);
        SignInDialog dialog(*m_client, m_secrets);
        fill(dialog, hub, token);
        dialog.submit();
        QVERIFY2(dialog.errorText().contains(says), qPrintable(dialog.errorText()));
        QVERIFY(!dialog.isBusy());
        QCOMPARE(m_client->state(), SyncClient::State::Disconnected);
        QCOMPARE(dialog.hubAddress(), hub); // nothing typed is lost
        QCOMPARE(dialog.token(), token);
    }

    void aRefusedTokenIsShownAndKept()
    {
        SignInDialog dialog(*m_client, m_secrets);
        fill(dialog, hubAddress(), QStringLiteral("dt_wrong"));
        dialog.submit();
        QVERIFY(dialog.isBusy());
        QVERIFY(m_hub->waitForHello());
        m_hub->bye(QStringLiteral("unauthorized"), 4001);
        QVERIFY(waitUntil([&] { return !dialog.isBusy(); }));
        QCOMPARE(dialog.errorText(), SyncClient::failureText(SyncClient::Failure::TokenRefused));
        QCOMPARE(dialog.token(), QStringLiteral("dt_wrong"));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(m_secrets.written.isEmpty());
    }

    void anUnreachableHubIsShownAndNotRetriedInTheBackground()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString address = QStringLiteral("127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        SignInDialog dialog(*m_client, m_secrets);
        fill(dialog, address, QStringLiteral("dt_token"));
        dialog.submit();
        QVERIFY(waitUntil([&] { return !dialog.isBusy(); }));
        QCOMPARE(dialog.errorText(), SyncClient::failureText(SyncClient::Failure::HubUnreachable));
        QCOMPARE(m_client->nextAttemptAtMs(), 0);
        QCOMPARE(dialog.hubAddress(), address);
    }

    void signingInRemembersTheTokenInTheKeychain()
    {
        SignInDialog dialog(*m_client, m_secrets);
        QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
        fill(dialog, hubAddress(), QStringLiteral("dt_good"));
        dialog.submit();
        QVERIFY(m_hub->waitForHello());
        QCOMPARE(m_hub->hello().token, QStringLiteral("dt_good"));
        m_hub->welcome(0);
        QVERIFY(waitUntil([&] { return signedIn.size() == 1; }));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_secrets.written.value(SignInDialog::secretName(m_hub->url())), QStringLiteral("dt_good"));
    }

    void withoutRememberingNothingIsStored()
    {
        SignInDialog dialog(*m_client, m_secrets);
        QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
        fill(dialog, hubAddress(), QStringLiteral("dt_good"), false);
        dialog.submit();
        QVERIFY(m_hub->waitForHello());
        m_hub->welcome(0);
        QVERIFY(waitUntil([&] { return signedIn.size() == 1; }));
        QVERIFY(m_secrets.written.isEmpty());
    }

    void noKeychainSaysWhatToDoAndLetsYouGoOn_data()
    {
        QTest::addColumn<SecretStore::Error>("error");
        QTest::newRow("no keychain service") << SecretStore::Error::NoKeychain;
        QTest::newRow("a locked keychain") << SecretStore::Error::Locked;
    }
    void noKeychainSaysWhatToDoAndLetsYouGoOn()
    {
        QFETCH(SecretStore::Error, error);
        m_secrets.failWith = error;
        SignInDialog dialog(*m_client, m_secrets);
        QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
        fill(dialog, hubAddress(), QStringLiteral("dt_good"));
        dialog.submit();
        QVERIFY(m_hub->waitForHello());
        m_hub->welcome(0);
        QVERIFY(waitUntil([&] { return !dialog.errorText().isEmpty(); }));
        QVERIFY2(dialog.errorText().contains(SecretStore::errorText(error)), qPrintable(dialog.errorText()));
        QCOMPARE(signedIn.size(), 0);
        QCOMPARE(dialog.token(), QStringLiteral("dt_good"));
        QVERIFY(!dialog.remember());
        dialog.submit(); // go on without remembering
        QCOMPARE(signedIn.size(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void aBareHostMeansAnEncryptedConnection()
    {
        SignInDialog dialog(*m_client, m_secrets);
        fill(dialog, QStringLiteral("hub.example.com"), QStringLiteral("dt_x"));
        dialog.submit();
        QCOMPARE(m_client->hubUrl(), QUrl(QStringLiteral("wss://hub.example.com/agents")));
        m_client->stop();
        SignInDialog pasted(*m_client, m_secrets);
        fill(pasted, QStringLiteral("https://hub.example.com:8443/"), QStringLiteral("dt_x"));
        pasted.submit();
        QCOMPARE(m_client->hubUrl(), QUrl(QStringLiteral("wss://hub.example.com:8443/agents")));
        m_client->stop();
    }

    void unencryptedToAnotherComputerNeedsAnExplicitChoice()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("plain.ini")), QSettings::IniFormat);
        SignInDialog dialog(*m_client, m_secrets);
        dialog.setSettings(&settings);
        auto* allow = dialog.findChildren<QCheckBox*>().at(1);
        fill(dialog, hubAddress(), QStringLiteral("dt_x"));
        QVERIFY(!allow->isVisibleTo(&dialog)); // ws:// to this computer is fine
        const QString remote = QStringLiteral("ws://192.0.2.10:8080");
        fill(dialog, remote, QStringLiteral("dt_x"));
        QVERIFY(allow->isVisibleTo(&dialog));
        QVERIFY(!allow->isChecked());
        dialog.submit();
        QVERIFY2(dialog.errorText().contains(QLatin1String("is not encrypted")), qPrintable(dialog.errorText()));
        QCOMPARE(m_client->state(), SyncClient::State::Disconnected);
        QVERIFY(m_client->hubUrl().isEmpty());
        QCOMPARE(dialog.hubAddress(), remote);
        // The person insists: the attempt goes ahead, in clear.
        allow->setChecked(true);
        dialog.submit();
        QVERIFY2(!dialog.errorText().contains(QLatin1String("is not encrypted")), qPrintable(dialog.errorText()));
        QCOMPARE(m_client->hubUrl(), QUrl(QStringLiteral("ws://192.0.2.10:8080/agents")));
        m_client->stop();

        // Allowed before for this address (remembered at sign-in): the choice is shown ticked.
        settings.setValue(QStringLiteral("hub/unencrypted_allowed"),
                          QStringList{QStringLiteral("ws://192.0.2.20:8080/agents")});
        SignInDialog again(*m_client, m_secrets);
        again.setSettings(&settings);
        again.setHubAddress(QStringLiteral("ws://192.0.2.20:8080"));
        QVERIFY(SignInDialog::unencryptedAllowed(settings, QUrl(QStringLiteral("ws://192.0.2.20:8080/agents"))));
        QVERIFY(again.findChildren<QCheckBox*>().at(1)->isChecked());
        again.setHubAddress(QStringLiteral("ws://192.0.2.30:8080"));
        QVERIFY(!again.findChildren<QCheckBox*>().at(1)->isChecked());
    }

    void aSelfSignedHubIsExplainedAndCanBeTrusted()
    {
        QString error;
        QVERIFY2(
            makeCertificate(m_dir.path(), QStringLiteral("fake"), QStringLiteral("DNS:localhost,IP:127.0.0.1"), &error),
            qPrintable(error));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("fake.crt"))).constFirst());
        QFile keyFile(m_dir.filePath(QStringLiteral("fake.key")));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        FakeHub secure(QWebSocketServer::SecureMode);
        secure.setSslConfiguration(tls);
        QVERIFY(secure.listen());

        QSettings settings(m_dir.filePath(QStringLiteral("trust.ini")), QSettings::IniFormat);
        ConnectionIndicator indicator(m_client.get());
        SignInDialog dialog(*m_client, m_secrets);
        dialog.setSettings(&settings);
        QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
        fill(dialog, secure.url().toString(), QStringLiteral("dt_good"));
        dialog.submit();
        QVERIFY(waitUntil([&] { return !dialog.isBusy(); }));
        QVERIFY2(dialog.errorText().contains(QLatin1String("self-signed")), qPrintable(dialog.errorText()));
        QCOMPARE(indicator.currentText(), QStringLiteral("Hub certificate refused"));
        QCOMPARE(indicator.toolTip(), dialog.errorText());
        QCOMPARE(secure.connections, 0); // the token never left
        auto* trust = dialog.findChild<QPushButton*>(QStringLiteral("trustCertificate"));
        QVERIFY(trust);
        QVERIFY(trust->isVisibleTo(&dialog));
        QCOMPARE(trust->text(), QStringLiteral("Trust this c&ertificate…"));
        QCOMPARE(dialog.focusWidget(), trust); // the next thing to do, once the fingerprint is confirmed

        // The person confirmed the fingerprint: it is remembered and the sign-in goes on.
        const QString fingerprint = net::TlsTrust::fingerprint(dialog.refusedCertificate());
        dialog.trustRefusedCertificate();
        QCOMPARE(SignInDialog::trustedCertificates(settings), QStringList{fingerprint});
        QVERIFY(secure.waitForHello());
        QCOMPARE(secure.hello().token, QStringLiteral("dt_good"));
        secure.welcome(0);
        QVERIFY(waitUntil([&] { return signedIn.size() == 1; }));
        QVERIFY(!trust->isVisibleTo(&dialog));
    }

    void indicatorWordsAndColours_data()
    {
        QTest::addColumn<SyncClient::State>("state");
        QTest::addColumn<SyncClient::Failure>("failure");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("colour");
        using S = SyncClient::State;
        using F = SyncClient::Failure;
        QTest::newRow("offline by choice is grey") << S::Disconnected << F::None << "Offline"
                                                   << "#8a8a8a";
        QTest::newRow("an unreachable hub is amber and retrying")
            << S::Disconnected << F::HubUnreachable << "Offline, retrying"
            << "#d98e04";
        QTest::newRow("a refused token is red") << S::Disconnected << F::TokenRefused << "Sign-in refused"
                                                << "#c62828";
        QTest::newRow("a revoked token is red") << S::Disconnected << F::TokenRevoked << "Access revoked"
                                                << "#c62828";
        QTest::newRow("an old version is red") << S::Disconnected << F::UnsupportedVersion << "Update Duet to connect"
                                               << "#c62828";
        QTest::newRow("too many connections is amber and retrying")
            << S::Disconnected << F::TooManySessions << "Too many connections, retrying in a minute"
            << "#d98e04";
        QTest::newRow("a refused certificate is red")
            << S::Disconnected << F::CertificateRefused << "Hub certificate refused"
            << "#c62828";
        QTest::newRow("reconnecting after a failure") << S::Connecting << F::HubUnreachable << "Reconnecting…"
                                                      << "#d98e04";
        QTest::newRow("catching up") << S::CatchingUp << F::None << "Catching up…"
                                     << "#d98e04";
        QTest::newRow("live is green") << S::Live << F::None << "Connected"
                                       << "#2e9d4f";
    }
    void indicatorWordsAndColours()
    {
        QFETCH(SyncClient::State, state);
        QFETCH(SyncClient::Failure, failure);
        QFETCH(QString, text);
        QFETCH(QString, colour);
        QCOMPARE(ConnectionIndicator::text(state, failure), text);
        QCOMPARE(ConnectionIndicator::colour(state, failure).name(), colour);
    }

    void indicatorFollowsTheClient()
    {
        ConnectionIndicator indicator(m_client.get());
        QCOMPARE(indicator.currentText(), QStringLiteral("Offline"));
        m_client->start(m_hub->url(), QStringLiteral("dt_good"));
        QCOMPARE(indicator.currentText(), QStringLiteral("Connecting…"));
        QVERIFY(m_hub->waitForHello());
        QCOMPARE(indicator.currentText(), QStringLiteral("Signing in…"));
        m_hub->welcome(0);
        QVERIFY(waitUntil([&] { return indicator.currentText() == QStringLiteral("Catching up…"); }));
        m_hub->send(sync::CaughtUp{0});
        QVERIFY(waitUntil([&] { return indicator.currentText() == QLatin1String("Connected"); }));
        QCOMPARE(indicator.currentColour().name(), QStringLiteral("#2e9d4f"));
        QVERIFY(indicator.accessibleName().contains(QLatin1String("Connected")));
        m_hub->bye(QStringLiteral("revoked"), 4003);
        QVERIFY(waitUntil([&] { return indicator.currentText() == QLatin1String("Access revoked"); }));
        QCOMPARE(indicator.toolTip(), SyncClient::failureText(SyncClient::Failure::TokenRevoked));
        QCOMPARE(indicator.accessibleDescription(), indicator.toolTip());
    }
};

QTEST_MAIN(TestSignInDialog)
#include "TestSignInDialog.moc"
