// SPDX-License-Identifier: GPL-3.0-or-later
// Message costs and marketing preferences: status and user_preferences webhooks decoded, stored and queried.
#include "StoreHarness.h"
#include "cloudapi/WebhookDecoder.h"
#include "core/ContactKey.h"
#include "outbound/StoreMarketingPreferences.h"
#include "store/CostQuery.h"
#include "store/PreferenceQuery.h"
#include "store/TeamApplier.h"
#include "store/ThreadQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace duet;
using namespace duet::store;
using namespace duet::test;

/// Costs: the business's API sends summed by pricing category over a period, from what their
/// status webhooks said; the pricing merge rule; customers' marketing preferences.
class TestCosts : public QObject
{
    Q_OBJECT

    StoreHarness m_harness;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<TeamApplier> m_team;
    qint64 m_seq = 0;

    static constexpr qint64 kDay = 86400;
    static constexpr qint64 kWeek = 7 * kDay;
    static inline const QString kCustomer = QStringLiteral("16505551234");

    /// An agent's API send of `wamid` at `atSecs` (a team `outbound` event, as the hub reports it).
    bool send(const QString& wamid, qint64 atSecs, const QString& type = QStringLiteral("text"))
    {
        const QJsonObject content =
            type == QLatin1String("template")
                ? QJsonObject{{QStringLiteral("type"), type},
                              {QStringLiteral("template"), QJsonObject{{QStringLiteral("name"), QStringLiteral("t")}}}}
                : QJsonObject{{QStringLiteral("type"), type},
                              {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("hi")}}}};
        QString error;
        const bool ok = m_team->apply(++m_seq, atSecs * 1000,
                                      QJsonObject{{QStringLiteral("kind"), QStringLiteral("outbound")},
                                                  {QStringLiteral("conversation"), contactKey(kCustomer)},
                                                  {QStringLiteral("agent"), QStringLiteral("ana")},
                                                  {QStringLiteral("wamid"), wamid},
                                                  {QStringLiteral("client_id"), wamid},
                                                  {QStringLiteral("content"), content}},
                                      &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

    /// A status webhook body for `wamid` with `pricing` (left out when empty).
    static QByteArray statusBody(const QString& wamid, const QString& status, qint64 ts, const QJsonObject& pricing)
    {
        QJsonObject item{{QStringLiteral("id"), wamid},
                         {QStringLiteral("status"), status},
                         {QStringLiteral("timestamp"), QString::number(ts)},
                         {QStringLiteral("recipient_id"), QStringLiteral("16505551234")}};
        if (!pricing.isEmpty())
            item.insert(QStringLiteral("pricing"), pricing);
        const QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                                {QStringLiteral("metadata"),
                                 QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("15550783881")},
                                             {QStringLiteral("phone_number_id"), QStringLiteral("100")}}},
                                {QStringLiteral("statuses"), QJsonArray{item}}};
        const QJsonObject change{{QStringLiteral("field"), QStringLiteral("messages")},
                                 {QStringLiteral("value"), value}};
        const QJsonObject entry{{QStringLiteral("id"), QStringLiteral("1")},
                                {QStringLiteral("changes"), QJsonArray{change}}};
        return QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                                         {QStringLiteral("entry"), QJsonArray{entry}}})
            .toJson(QJsonDocument::Compact);
    }

    /// A pricing object: `billable` 1, 0 or -1 (left out); empty strings are left out.
    static QJsonObject pricing(int billable, const QString& model, const QString& type, const QString& category)
    {
        QJsonObject o;
        if (billable >= 0)
            o.insert(QStringLiteral("billable"), billable > 0);
        if (!model.isEmpty())
            o.insert(QStringLiteral("pricing_model"), model);
        if (!type.isEmpty())
            o.insert(QStringLiteral("type"), type);
        if (!category.isEmpty())
            o.insert(QStringLiteral("category"), category);
        return o;
    }

    bool ingestBody(const QByteArray& body)
    {
        const cloudapi::DecodeResult result = cloudapi::WebhookDecoder::decode(body);
        if (!result.ok()) {
            qWarning("decode failed");
            return false;
        }
        QString error;
        if (!m_store->ingest(result.events, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    bool status(const QString& wamid, const QString& status, qint64 ts, const QJsonObject& pricing)
    {
        return ingestBody(statusBody(wamid, status, ts, pricing));
    }

    CostSummary lastWeek()
    {
        const qint64 now = m_harness.clock.nowSecs();
        CostSummary s;
        QString error;
        if (!CostQuery::summary(m_store->connection(), now - kWeek, now + 1, &s, &error))
            qWarning("%s", qPrintable(error));
        return s;
    }

    static CostFigures category(const CostSummary& s, const QString& name)
    {
        for (const CostFigures& f : s.categories) {
            if (f.category == name)
                return f;
        }
        return {};
    }

    QStringList row(const QString& wamid)
    {
        QSqlQuery q(m_store->connection());
        q.prepare(QStringLiteral("SELECT pricing_type, pricing_category, pricing_model, pricing_billable FROM messages"
                                 " WHERE wamid = ?"));
        q.addBindValue(wamid);
        if (!q.exec() || !q.next())
            return {QStringLiteral("missing")};
        QStringList out;
        for (int i = 0; i < 4; ++i)
            out << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        return out;
    }

    static Event preference(const QString& contact, const QString& userId, const QString& value, qint64 ts)
    {
        Event e;
        e.kind = EventKind::Preference;
        e.phoneNumberId = QStringLiteral("100");
        if (!contact.isEmpty())
            e.contact = contact;
        if (!userId.isEmpty())
            e.userId = userId;
        e.type = QStringLiteral("marketing_messages");
        e.action = value;
        e.text = QStringLiteral("detail");
        e.timestamp = ts;
        return e;
    }

    bool ingest(const QList<Event>& events)
    {
        QString error;
        if (!m_store->ingest(events, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

private slots:
    void initTestCase() { DUET_INIT_STORE_HARNESS(m_harness); }

    void init()
    {
        QString error;
        m_harness.clock.setSecs(kT0);
        m_store = m_harness.openFresh(&error);
        QVERIFY2(m_store, qPrintable(error));
        QVERIFY2(TeamApplier::prepareSchema(m_store->connection(), m_store->backend(), &error), qPrintable(error));
        m_team = std::make_unique<TeamApplier>(m_store->connection(), m_store->backend(), m_store->applier());
        QVERIFY(
            ingest({customerMessage(QStringLiteral("wamid.in"), kCustomer, kT0 - 30 * kDay, QStringLiteral("hi"))}));
    }

    void cleanup()
    {
        m_team.reset();
        m_store.reset();
    }

    void sumsByCategoryFromStatusWebhooks()
    {
        const qint64 now = kT0;
        QVERIFY(send(QStringLiteral("wamid.reply"), now - 3600));
        QVERIFY(send(QStringLiteral("wamid.promo"), now - 2 * kDay, QStringLiteral("template")));
        QVERIFY(send(QStringLiteral("wamid.promo2"), now - 3 * kDay, QStringLiteral("template")));
        QVERIFY(send(QStringLiteral("wamid.notice"), now - 4 * kDay, QStringLiteral("template")));
        QVERIFY(send(QStringLiteral("wamid.ad"), now - 5 * kDay));
        QVERIFY(send(QStringLiteral("wamid.unpriced"), now - kDay)); // no status yet: not counted
        QVERIFY(status(
            QStringLiteral("wamid.reply"), QStringLiteral("sent"), now - 3590,
            pricing(0, QStringLiteral("PMP"), QStringLiteral("free_customer_service"), QStringLiteral("service"))));
        QVERIFY(status(QStringLiteral("wamid.promo"), QStringLiteral("sent"), now - 2 * kDay + 5,
                       pricing(1, QStringLiteral("PMP"), QStringLiteral("regular"), QStringLiteral("marketing"))));
        QVERIFY(status(QStringLiteral("wamid.promo2"), QStringLiteral("delivered"), now - 3 * kDay + 5,
                       pricing(1, QStringLiteral("PMP"), QStringLiteral("regular"), QStringLiteral("marketing"))));
        QVERIFY(status(QStringLiteral("wamid.notice"), QStringLiteral("sent"), now - 4 * kDay + 5,
                       pricing(1, QStringLiteral("PMP"), QStringLiteral("regular"), QStringLiteral("utility"))));
        QVERIFY(status(QStringLiteral("wamid.ad"), QStringLiteral("sent"), now - 5 * kDay + 5,
                       pricing(0, QStringLiteral("PMP"), QStringLiteral("free_entry_point"),
                               QStringLiteral("referral_conversion"))));

        const CostSummary s = lastWeek();
        QCOMPARE(s.categories.size(), 4);
        QCOMPARE(s.categories.first().category, QStringLiteral("marketing")); // the most messages first
        QCOMPARE(category(s, QStringLiteral("marketing")).billable, 2);
        QCOMPARE(category(s, QStringLiteral("marketing")).free, 0);
        QCOMPARE(category(s, QStringLiteral("utility")).billable, 1);
        QCOMPARE(category(s, QStringLiteral("service")).free, 1);
        QCOMPARE(category(s, QStringLiteral("referral_conversion")).free, 1);
        QCOMPARE(s.total.billable, 3);
        QCOMPARE(s.total.free, 2);
        QCOMPARE(s.total.unknown, 0);
        QCOMPARE(s.total.total(), 5);
    }

    void aMessageWithSeveralStatusesCountsOnce()
    {
        const qint64 now = kT0;
        QVERIFY(send(QStringLiteral("wamid.t"), now - kDay, QStringLiteral("template")));
        const QJsonObject price =
            pricing(1, QStringLiteral("PMP"), QStringLiteral("regular"), QStringLiteral("marketing"));
        QVERIFY(status(QStringLiteral("wamid.t"), QStringLiteral("sent"), now - kDay + 1, price));
        QVERIFY(status(QStringLiteral("wamid.t"), QStringLiteral("delivered"), now - kDay + 2, price));
        QVERIFY(status(QStringLiteral("wamid.t"), QStringLiteral("read"), now - kDay + 3, QJsonObject()));
        QVERIFY(status(QStringLiteral("wamid.t"), QStringLiteral("delivered"), now - kDay + 2, price)); // again
        const CostSummary s = lastWeek();
        QCOMPARE(s.total.total(), 1);
        QCOMPARE(s.total.billable, 1);
    }

    void theWindowHoldsSevenDaysUpToNow()
    {
        const qint64 now = kT0;
        const QJsonObject price =
            pricing(1, QStringLiteral("PMP"), QStringLiteral("regular"), QStringLiteral("utility"));
        const QList<std::pair<QString, qint64>> sends = {{QStringLiteral("wamid.edge"), now - kWeek},
                                                         {QStringLiteral("wamid.before"), now - kWeek - 1},
                                                         {QStringLiteral("wamid.now"), now},
                                                         {QStringLiteral("wamid.later"), now + 1}};
        for (const auto& [wamid, at] : sends) {
            QVERIFY(send(wamid, at, QStringLiteral("template")));
            QVERIFY(status(wamid, QStringLiteral("sent"), at + 1, price));
        }
        QCOMPARE(lastWeek().total.total(), 2); // the edge and now; not a second earlier, nor later
        m_harness.clock.advanceSecs(1);
        QCOMPARE(lastWeek().total.total(), 2); // now+1 came in, the edge went out
        m_harness.clock.advanceSecs(kWeek);
        QCOMPARE(lastWeek().total.total(), 1); // only now+1 is still within 7 days
    }

    void aPayloadWithoutTypeCountsByBillable()
    {
        // Before webhook v24 (and under conversation-based pricing) the pricing object has no type.
        QVERIFY(send(QStringLiteral("wamid.cbp"), kT0 - kDay));
        QVERIFY(status(QStringLiteral("wamid.cbp"), QStringLiteral("delivered"), kT0 - kDay + 1,
                       pricing(1, QStringLiteral("CBP"), {}, QStringLiteral("service"))));
        QCOMPARE(row(QStringLiteral("wamid.cbp")), QStringList({QStringLiteral("NULL"), QStringLiteral("service"),
                                                                QStringLiteral("CBP"), QStringLiteral("1")}));
        const CostSummary s = lastWeek();
        QCOMPARE(category(s, QStringLiteral("service")).billable, 1);
        // A category alone says nothing of the bill: it counts, as not stated.
        QVERIFY(send(QStringLiteral("wamid.bare"), kT0 - kDay));
        QVERIFY(status(QStringLiteral("wamid.bare"), QStringLiteral("sent"), kT0 - kDay + 1,
                       pricing(-1, {}, {}, QStringLiteral("utility"))));
        QCOMPARE(category(lastWeek(), QStringLiteral("utility")).unknown, 1);
    }

    void echoesAndCustomersMessagesAreNotCounted()
    {
        QVERIFY(ingest({echo(QStringLiteral("wamid.echo"), kCustomer, kT0 - 60, QStringLiteral("from the phone"))}));
        QCOMPARE(lastWeek().total.total(), 0);
    }

    void aTypedPricingOutranksAnUntypedOneInEitherOrder_data()
    {
        QTest::addColumn<bool>("typedFirst");
        QTest::newRow("untyped, then typed") << false;
        QTest::newRow("typed, then untyped") << true;
    }

    void aTypedPricingOutranksAnUntypedOneInEitherOrder()
    {
        QFETCH(bool, typedFirst);
        QVERIFY(send(QStringLiteral("wamid.m"), kT0 - 60, QStringLiteral("template")));
        const QJsonObject untyped = pricing(1, QStringLiteral("CBP"), {}, QStringLiteral("marketing"));
        const QJsonObject typed =
            pricing(0, {}, QStringLiteral("free_entry_point"), QStringLiteral("referral_conversion"));
        QVERIFY(status(QStringLiteral("wamid.m"), QStringLiteral("sent"), kT0 - 59, typedFirst ? typed : untyped));
        QVERIFY(status(QStringLiteral("wamid.m"), QStringLiteral("delivered"), kT0 - 58, typedFirst ? untyped : typed));
        // The typed block's fields win; the model, which it lacked, comes from the other.
        QCOMPARE(row(QStringLiteral("wamid.m")),
                 QStringList({QStringLiteral("free_entry_point"), QStringLiteral("referral_conversion"),
                              QStringLiteral("CBP"), QStringLiteral("0")}));
    }

    void threadItemsCarryPricing()
    {
        QVERIFY(send(QStringLiteral("wamid.p"), kT0 - 60, QStringLiteral("template")));
        QVERIFY(status(QStringLiteral("wamid.p"), QStringLiteral("sent"), kT0 - 59,
                       pricing(1, QStringLiteral("PMP"), QStringLiteral("regular"), QStringLiteral("utility"))));
        ThreadQuery query(m_store->connection());
        ThreadItem item;
        bool found = false;
        QString error;
        QVERIFY2(query.find(QStringLiteral("wamid.p"), &item, &found, &error), qPrintable(error));
        QVERIFY(found);
        QCOMPARE(item.pricingBillable, 1);
        QCOMPARE(item.pricingModel, QStringLiteral("PMP"));
        QCOMPARE(threadItemToJson(item).value(QStringLiteral("billable")).toBool(), true);
    }

    void theLatestPreferenceWins()
    {
        const QString key = contactKey(kCustomer);
        QVERIFY(ingest({preference(kCustomer, {}, QStringLiteral("stop"), kT0)}));
        QSet<QString> stopped;
        QString error;
        QVERIFY2(PreferenceQuery::stoppedMarketing(m_store->connection(), {key}, &stopped, &error), qPrintable(error));
        QCOMPARE(stopped, QSet<QString>({key}));
        QVERIFY(ingest({preference(kCustomer, {}, QStringLiteral("resume"), kT0 + 10)}));
        QVERIFY(PreferenceQuery::stoppedMarketing(m_store->connection(), {key}, &stopped, &error));
        QVERIFY(stopped.isEmpty());
        // An older stop arriving late changes nothing.
        QVERIFY(ingest({preference(kCustomer, {}, QStringLiteral("stop"), kT0 + 5)}));
        CustomerPreference latest;
        bool found = false;
        QVERIFY(PreferenceQuery::latest(m_store->connection(), key, QStringLiteral("marketing_messages"), &latest,
                                        &found, &error));
        QVERIFY(found);
        QCOMPARE(latest.value, QStringLiteral("resume"));
        QCOMPARE(latest.at, kT0 + 10);
        // A word Meta may add later is kept as sent, and is no stop.
        QVERIFY(ingest({preference(kCustomer, {}, QStringLiteral("pause"), kT0 + 20)}));
        QVERIFY(PreferenceQuery::latest(m_store->connection(), key, QStringLiteral("marketing_messages"), &latest,
                                        &found, &error));
        QCOMPARE(latest.value, QStringLiteral("pause"));
        QVERIFY(!latest.isStop());
    }

    void manyKeysAtOnceAndMergedKeys()
    {
        QStringList keys;
        QList<Event> events;
        for (int i = 0; i < 450; ++i) {
            const QString phone = QStringLiteral("551198765%1").arg(i, 4, 10, QLatin1Char('0'));
            keys << contactKey(phone);
            if (i % 3 == 0)
                events << preference(phone, {}, QStringLiteral("stop"), kT0);
        }
        QVERIFY(ingest(events));
        // A customer known first by BSUID alone, whose number arrives later: the keys merge.
        const QString bsuid = QStringLiteral("US.13491208655302741918");
        QVERIFY(ingest({preference({}, bsuid, QStringLiteral("stop"), kT0)}));
        QSqlQuery q(m_store->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT contact_key FROM customer_preferences WHERE contact_key NOT IN"
                                      " (SELECT contact_key FROM customer_preferences WHERE contact_key LIKE '55%')")));
        QVERIFY(q.next());
        const QString bsuidKey = q.value(0).toString();
        q.finish();
        Event joined = customerMessage(QStringLiteral("wamid.join"), QStringLiteral("14155550100"), kT0 + 1,
                                       QStringLiteral("it's me"));
        joined.userId = bsuid;
        QVERIFY(ingest({joined}));
        keys << bsuidKey << contactKey(QStringLiteral("14155550100"));

        QSet<QString> stopped;
        QString error;
        QVERIFY2(PreferenceQuery::stoppedMarketing(m_store->connection(), keys, &stopped, &error), qPrintable(error));
        QCOMPARE(stopped.size(), 150 + 2);
        QVERIFY(stopped.contains(keys.at(0)));
        QVERIFY(!stopped.contains(keys.at(1)));
        QVERIFY(stopped.contains(bsuidKey));
        QVERIFY(stopped.contains(contactKey(QStringLiteral("14155550100"))));

        outbound::StoreMarketingPreferences prefs(m_store->connection());
        QVERIFY(prefs.prefetch(keys.mid(0, 10)));
        QVERIFY(prefs.stoppedMarketing(keys.at(3)));
        QVERIFY(!prefs.stoppedMarketing(keys.at(4)));
        QVERIFY(prefs.stoppedMarketing(keys.at(300))); // not prefetched: read on its own
        QVERIFY(!prefs.stoppedMarketing(QStringLiteral("nobody")));
    }

    void aPreferenceWithoutCustomerIsKeptAside()
    {
        Event e = preference({}, {}, QStringLiteral("stop"), kT0);
        EventApplier::Counts counts;
        QString error;
        QVERIFY2(m_store->ingest({e}, &error, &counts), qPrintable(error));
        QCOMPARE(counts.applied, 0);
        QSqlQuery q(m_store->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM customer_preferences")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCosts)
#include "TestCosts.moc"
