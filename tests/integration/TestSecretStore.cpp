// SPDX-License-Identifier: GPL-3.0-or-later
// SecretStore against the real keychain (gnome-keyring in a D-Bus session, as scripts/test.sh runs it).
#include "SecretWait.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using duet::secrets::SecretStore;

namespace {} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    SecretStore m_store{QStringLiteral("Duet-test")};
    QString m_name;

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session (DBUS_SESSION_BUS_ADDRESS is unset): run this test inside dbus-run-session with "
                  "an unlocked gnome-keyring, as scripts/test.sh does.");
        m_name = QStringLiteral("test-%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    }
    void cleanupTestCase()
    {
        if (!m_name.isEmpty())
            duet::test::awaitSecret([&](SecretStore::Callback done) { m_store.remove(m_name, std::move(done)); });
    }

    void answersNeverFromInsideTheCall()
    {
        bool answered = false;
        m_store.read(m_name, [&](const SecretStore::Result&) { answered = true; });
        QVERIFY(!answered);
        QVERIFY(QTest::qWaitFor([&] { return answered; }, 10000));
    }

    void aMissingSecretIsNotFound()
    {
        const SecretStore::Result r =
            duet::test::awaitSecret([&](SecretStore::Callback done) { m_store.read(m_name, std::move(done)); });
        QCOMPARE(r.error, SecretStore::Error::NotFound);
        QVERIFY(r.value.isEmpty());
    }

    void writeReadOverwriteRemove()
    {
        // UTF-8 and symbols survive the round trip; the values are not printed on failure.
        const QString first = QStringLiteral("dt_première-clé_✓_0123456789");
        const QString second = QStringLiteral("dt_second_token_abcdef");
        SecretStore::Result r =
            duet::test::awaitSecret([&](SecretStore::Callback done) { m_store.write(m_name, first, std::move(done)); });
        QVERIFY2(r.ok(), qPrintable(r.detail));
        r = duet::test::awaitSecret([&](SecretStore::Callback done) { m_store.read(m_name, std::move(done)); });
        QVERIFY2(r.ok(), qPrintable(r.detail));
        QVERIFY2(r.value == first, "the secret read back differs from the one written");

        r = duet::test::awaitSecret(
            [&](SecretStore::Callback done) { m_store.write(m_name, second, std::move(done)); });
        QVERIFY2(r.ok(), qPrintable(r.detail));
        r = duet::test::awaitSecret([&](SecretStore::Callback done) { m_store.read(m_name, std::move(done)); });
        QVERIFY2(r.ok() && r.value == second, "the overwritten secret was not read back");

        r = duet::test::awaitSecret([&](SecretStore::Callback done) { m_store.remove(m_name, std::move(done)); });
        QVERIFY2(r.ok(), qPrintable(r.detail));
        r = duet::test::awaitSecret([&](SecretStore::Callback done) { m_store.read(m_name, std::move(done)); });
        QCOMPARE(r.error, SecretStore::Error::NotFound);
    }

    void namesAreSeparateSecrets()
    {
        const QString other = m_name + QStringLiteral("-other");
        QVERIFY(duet::test::awaitSecret([&](SecretStore::Callback done) {
                    m_store.write(m_name, QStringLiteral("a"), std::move(done));
                }).ok());
        QVERIFY(duet::test::awaitSecret([&](SecretStore::Callback done) {
                    m_store.write(other, QStringLiteral("b"), std::move(done));
                }).ok());
        QVERIFY(duet::test::awaitSecret([&](SecretStore::Callback done) {
                    m_store.read(m_name, std::move(done));
                }).value == QLatin1String("a"));
        QVERIFY(duet::test::awaitSecret([&](SecretStore::Callback done) {
                    m_store.read(other, std::move(done));
                }).value == QLatin1String("b"));
        QVERIFY(
            duet::test::awaitSecret([&](SecretStore::Callback done) { m_store.remove(other, std::move(done)); }).ok());
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
