// SPDX-License-Identifier: GPL-3.0-or-later
// Meta's own example payloads (tests/fixtures/cloudapi/examples) decode to the reviewed snapshots.
#include "DecodeSnapshot.h"
#include "DomainToString.h"
#include "TestPaths.h"
#include "WebhookSamples.h"
#include "cloudapi/WebhookDecoder.h"

#include <QTest>

using namespace duet;
using namespace duet::cloudapi;
using namespace duet::test;

/// Every webhook example Meta publishes (the documentation's and the OpenAPI spec's) gives the
/// events in tests/fixtures/webhooks/meta/, with no invalid event among them.
class TestSharedExamples : public QObject
{
    Q_OBJECT
private:
    static const WebhookSample* find(const QList<WebhookSample>& samples, const QString& name)
    {
        for (const WebhookSample& s : samples) {
            if (s.name == name)
                return &s;
        }
        return nullptr;
    }

    QList<WebhookSample> m_samples;

private slots:
    void initTestCase() { m_samples = metaSamples(); }

    void everyExampleIsCovered()
    {
        // 7 single payloads, 12 account updates, 16 inbound examples.
        QCOMPARE(m_samples.size(), 35);
    }

    void examples_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("snapshotBase");
        for (const WebhookSample& s : metaSamples())
            QTest::newRow(qPrintable(s.name)) << s.body << s.snapshotBase;
    }
    void examples()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, snapshotBase);
        const DecodeResult result = WebhookDecoder::decode(body);
        QVERIFY2(result.ok(), qPrintable(result.reason));
        QVERIFY(!result.events.isEmpty());
        QCOMPARE(invariantProblem(result), QString());
        for (const Event& e : result.events)
            QVERIFY2(e.kind != EventKind::Invalid, qPrintable(e.path + QLatin1Char(' ') + e.reason));

        bool isFailure = false;
        const QByteArray actual = snapshotOf(result, &isFailure);
        WebhookSample sample;
        sample.snapshotBase = snapshotBase;
        if (updatingSnapshots()) {
            QVERIFY(writeSnapshot(sample, actual, isFailure));
            return;
        }
        bool expectFailure = false;
        const QByteArray expected = expectedSnapshot(sample, &expectFailure);
        QVERIFY2(!expected.isNull(), qPrintable(snapshotBase + QStringLiteral(".jsonl is missing")));
        QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(expected));
    }

    void historyChunkGivesProgressThenEveryMessage()
    {
        const WebhookSample* s = find(m_samples, QStringLiteral("meta/history_approved_threads_phase0"));
        QVERIFY(s);
        const DecodeResult r = WebhookDecoder::decode(s->body);
        QCOMPARE(r.events.size(), 5);
        QCOMPARE(r.events[0].kind, EventKind::HistoryProgress);
        QCOMPARE(r.events[0].progress, 55);
        QCOMPARE(r.events[2].type, QStringLiteral("media_placeholder"));
        QCOMPARE(r.events[2].historyStatus, QStringLiteral("played"));
        QVERIFY(r.events[1].outbound);
        QVERIFY(!r.events[3].outbound);
        QCOMPARE(r.events[4].contact, QStringLiteral("12125557890"));
    }

    void bareDeclinedValueGivesHistoryDeclined()
    {
        const WebhookSample* s = find(m_samples, QStringLiteral("meta/history_declined_2593109"));
        QVERIFY(s);
        const DecodeResult r = WebhookDecoder::decode(s->body);
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.events[0].kind, EventKind::HistoryDeclined);
        QCOMPARE(r.events[0].errorCode, 2593109);
        QCOMPARE(r.events[0].phoneNumberId, QStringLiteral("106540352242922"));
    }

    void oddlyNestedAccountUpdatesAreAccountEvents()
    {
        for (const char* name : {"meta/account_update_examples_by_event/partner_app_uninstalled",
                                 "meta/account_update_examples_by_event/partner_app_installed"}) {
            const WebhookSample* s = find(m_samples, QString::fromLatin1(name));
            QVERIFY2(s, name);
            const DecodeResult r = WebhookDecoder::decode(s->body);
            QCOMPARE(r.events.size(), 1);
            QCOMPARE(r.events[0].kind, EventKind::Account);
            QVERIFY(r.events[0].phoneNumberId.isNull());
            QCOMPARE(r.events[0].accountEvent, s->mapKey);
        }
    }

    void groupFieldsAreUnknownEvents()
    {
        int groups = 0;
        for (const WebhookSample& s : m_samples) {
            if (!s.mapKey.startsWith(QLatin1String("Group ")))
                continue;
            const DecodeResult r = WebhookDecoder::decode(s.body);
            QCOMPARE(r.events.size(), 1);
            QCOMPARE(r.events[0].kind, EventKind::Unknown);
            QVERIFY(r.events[0].field.startsWith(QLatin1String("group_")));
            ++groups;
        }
        QCOMPARE(groups, 3);
    }

    void unsupportedMessageCarriesItsCode()
    {
        const WebhookSample* s = find(m_samples, QStringLiteral("meta/webhook_examples_messages/unsupported_message"));
        QVERIFY(s);
        const DecodeResult r = WebhookDecoder::decode(s->body);
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.events[0].errorCode, 131051);
        QVERIFY(r.events[0].unsupported);
    }

    void numberChangeIsOneIdentityChange()
    {
        // Meta's user_changed_number example: the old number on from, the new one in system.wa_id.
        const WebhookSample* s = find(m_samples, QStringLiteral("meta/webhook_examples_messages/system_message"));
        QVERIFY(s);
        const DecodeResult r = WebhookDecoder::decode(s->body);
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.events[0].kind, EventKind::IdentityChange);
        QCOMPARE(r.events[0].contact, QStringLiteral("12195555358"));
        QCOMPARE(r.events[0].previousContact, QStringLiteral("16505551234"));
        QCOMPARE(r.events[0].name, QStringLiteral("Sheena Nelson"));
        QVERIFY(!r.events[0].text.isEmpty());
    }

    void sharedContactGivesItsNumbers()
    {
        const WebhookSample* s =
            find(m_samples, QStringLiteral("meta/webhook_examples_messages/contact_sharing_message"));
        QVERIFY(s);
        const DecodeResult r = WebhookDecoder::decode(s->body);
        QCOMPARE(r.events.size(), 1);
        QCOMPARE(r.events[0].type, QStringLiteral("contacts"));
        QVERIFY(!r.events[0].sharedPhones.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSharedExamples)
#include "TestSharedExamples.moc"
