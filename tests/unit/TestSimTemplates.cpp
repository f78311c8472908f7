// SPDX-License-Identifier: GPL-3.0-or-later
// duet-sim's business account templates on a fake clock: the list in pages as Meta writes it, the
// review webhook, and sends refused as Meta refuses templates that are not approved.
#include "FakeClock.h"
#include "SimHarness.h"
#include "Simulator.h"
#include "cloudapi/TemplateList.h"
#include "core/Clock.h"

#include <QTest>
#include <QUrlQuery>

using namespace duet;
using namespace duet::sim;

namespace {

const QByteArray kScenario = R"({
  "templates": [
    { "name": "a_hello", "body_text": "Hello!" },
    { "name": "b_order", "body": 2, "body_text": "Hi {{1}}, order {{2}}.", "buttons": [1, 0] },
    { "name": "c_sale", "category": "marketing", "header": 1, "body": 1, "header_text": "Sale: {{1}}",
      "footer_text": "STOP to opt out" },
    { "name": "c_sale", "language": "pt_BR", "category": "marketing", "body": 1 },
    { "name": "d_code", "category": "authentication", "body": 1, "buttons": [1] },
    { "name": "e_preview", "category": "marketing", "body": 1, "status": "pending" }
  ],
  "customers": [ { "wa_id": "16505551234", "name": "Sheena Nelson" } ]
})";

Scenario scenario()
{
    Scenario s;
    QString error;
    Scenario::load(kScenario, &s, &error);
    return s;
}

SimRequest listRequest(const QString& query)
{
    SimRequest r = test::simRequest("GET", test::graphPath(QStringLiteral("102290129340398/message_templates")));
    r.query = QUrlQuery(query);
    return r;
}

QJsonObject answer(const SimResponse& r)
{
    return QJsonDocument::fromJson(r.body).object();
}

} // namespace

class TestSimTemplates : public QObject
{
    Q_OBJECT

private slots:
    void theListComesInPagesWithMetasFields();
    void fieldsAndNameChooseWhatIsListed();
    void anotherAccountOrABadCursorIsRefused();
    void aReviewSendsMetasWebhookAndChangesTheStatus();
    void onlyApprovedTemplatesCanBeSent_data();
    void onlyApprovedTemplatesCanBeSent();
    void typingIndicatorsAreCounted();
};

void TestSimTemplates::theListComesInPagesWithMetasFields()
{
    test::FakeClock clock;
    Simulator sim(clock, scenario(), test::kSimToken, 1);
    QStringList names;
    QString after;
    int pages = 0;
    for (;;) {
        const SimResponse r = sim.handle(
            listRequest(QStringLiteral("limit=4") + (after.isEmpty() ? QString() : QStringLiteral("&after=") + after)));
        QCOMPARE(r.status, 200);
        cloudapi::TemplatePage page;
        QString error;
        QVERIFY2(cloudapi::parseTemplatePage(r.body, &page, &error), qPrintable(error));
        ++pages;
        for (const TemplateRecord& t : page.templates)
            names << t.name + QLatin1Char('/') + t.language;
        if (!page.hasMore)
            break;
        after = page.after;
        QVERIFY(answer(r)
                    .value(QLatin1String("paging"))
                    .toObject()
                    .value(QLatin1String("next"))
                    .toString()
                    .contains(QLatin1String("after=")));
    }
    QCOMPARE(pages, 2);
    QCOMPARE(names, (QStringList{QStringLiteral("a_hello/en_US"), QStringLiteral("b_order/en_US"),
                                 QStringLiteral("c_sale/en_US"), QStringLiteral("c_sale/pt_BR"),
                                 QStringLiteral("d_code/en_US"), QStringLiteral("e_preview/en_US")}));

    const QJsonObject first = answer(sim.handle(listRequest(QStringLiteral("limit=6"))));
    QVERIFY(!first.value(QLatin1String("paging")).toObject().contains(QLatin1String("next"))); // one page: no next
    const QJsonArray data = first.value(QLatin1String("data")).toArray();
    const QJsonObject sale = data.at(2).toObject();
    QCOMPARE(sale.value(QLatin1String("category")).toString(), QStringLiteral("MARKETING"));
    QCOMPARE(sale.value(QLatin1String("status")).toString(), QStringLiteral("APPROVED"));
    QVERIFY(sale.value(QLatin1String("id")).isString());
    TemplateRecord record;
    QString error;
    QVERIFY(TemplateRecord::fromJson(sale, &record, &error));
    QCOMPARE(record.headerText(), QStringLiteral("Sale: {{1}}"));
    QCOMPARE(record.footerText(), QStringLiteral("STOP to opt out"));
    QVERIFY(TemplateRecord::fromJson(data.at(1).toObject(), &record, &error));
    QCOMPARE(record.buttonTypes(), (QStringList{QStringLiteral("URL"), QStringLiteral("QUICK_REPLY")}));
    QVERIFY(TemplateRecord::fromJson(data.at(4).toObject(), &record, &error));
    QCOMPARE(record.category, QStringLiteral("AUTHENTICATION"));
    QCOMPARE(record.buttonTypes(), QStringList{QStringLiteral("OTP")});
    QCOMPARE(data.at(5).toObject().value(QLatin1String("status")).toString(), QStringLiteral("PENDING"));
}

void TestSimTemplates::fieldsAndNameChooseWhatIsListed()
{
    test::FakeClock clock;
    Simulator sim(clock, scenario(), test::kSimToken, 1);
    const QJsonArray data = answer(sim.handle(listRequest(QStringLiteral("fields=name,status&name=c_sale"))))
                                .value(QLatin1String("data"))
                                .toArray();
    QCOMPARE(data.size(), 2);
    const QJsonObject o = data.first().toObject();
    QCOMPARE(o.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("status")}));
}

void TestSimTemplates::anotherAccountOrABadCursorIsRefused()
{
    test::FakeClock clock;
    Simulator sim(clock, scenario(), test::kSimToken, 1);
    SimRequest other = test::simRequest("GET", test::graphPath(QStringLiteral("999/message_templates")));
    SimResponse r = sim.handle(other);
    QCOMPARE(r.status, 400);
    QCOMPARE(answer(r).value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), 100);
    r = sim.handle(listRequest(QStringLiteral("after=%%%")));
    QCOMPARE(r.status, 400);
    SimRequest noToken = listRequest(QString());
    noToken.authorization.clear();
    QCOMPARE(sim.handle(noToken).status, 401);
}

void TestSimTemplates::aReviewSendsMetasWebhookAndChangesTheStatus()
{
    test::FakeClock clock;
    Simulator sim(clock, scenario(), test::kSimToken, 1);
    const SimResponse r = sim.handle(test::simRequest("POST", QStringLiteral("/_sim/template_status"),
                                                      R"({"name":"c_sale","language":"pt_BR","event":"PAUSED"})", {}));
    QCOMPARE(r.status, 200);
    const QList<WebhookChange> changes = sim.takeReadyChanges();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().field, QStringLiteral("message_template_status_update"));
    const QJsonObject v = changes.first().value;
    QCOMPARE(v.value(QLatin1String("event")).toString(), QStringLiteral("PAUSED"));
    QVERIFY(v.value(QLatin1String("message_template_id")).isDouble()); // a number, as Meta writes it
    QCOMPARE(qint64(v.value(QLatin1String("message_template_id")).toDouble()),
             sim.scenario().findTemplate(QStringLiteral("c_sale"), QStringLiteral("pt_BR"))->id.toLongLong());
    QCOMPARE(v.value(QLatin1String("message_template_name")).toString(), QStringLiteral("c_sale"));
    QCOMPARE(v.value(QLatin1String("message_template_language")).toString(), QStringLiteral("pt_BR"));
    QCOMPARE(v.value(QLatin1String("message_template_category")).toString(), QStringLiteral("MARKETING"));
    QCOMPARE(sim.scenario().findTemplate(QStringLiteral("c_sale"), QStringLiteral("pt_BR"))->status,
             QStringLiteral("PAUSED"));
    QCOMPARE(sim.scenario().findTemplate(QStringLiteral("c_sale"), QStringLiteral("en_US"))->status,
             QStringLiteral("APPROVED")); // the other language is another template

    QVERIFY(sim.changeTemplateStatus(QStringLiteral("c_sale"), {}, QStringLiteral("REINSTATED")));
    QCOMPARE(sim.takeReadyChanges().size(), 2); // one per language
    QCOMPARE(sim.scenario().findTemplate(QStringLiteral("c_sale"), QStringLiteral("pt_BR"))->status,
             QStringLiteral("APPROVED"));
    QVERIFY(!sim.changeTemplateStatus(QStringLiteral("nobody"), {}, QStringLiteral("PAUSED")));
    QCOMPARE(sim.handle(test::simRequest("POST", QStringLiteral("/_sim/template_status"), R"({"name":"nobody"})", {}))
                 .status,
             400);
}

void TestSimTemplates::onlyApprovedTemplatesCanBeSent_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<int>("code");
    QTest::newRow("paused: 132015") << QStringLiteral("PAUSED") << 132015;
    QTest::newRow("disabled: 132016") << QStringLiteral("DISABLED") << 132016;
    QTest::newRow("rejected: 132001, as for no such template") << QStringLiteral("REJECTED") << 132001;
    QTest::newRow("approved again: accepted") << QStringLiteral("REINSTATED") << 0;
}

void TestSimTemplates::onlyApprovedTemplatesCanBeSent()
{
    QFETCH(QString, event);
    QFETCH(int, code);
    test::FakeClock clock;
    Simulator sim(clock, scenario(), test::kSimToken, 1);
    QVERIFY(sim.changeTemplateStatus(QStringLiteral("a_hello"), {}, QStringLiteral("PAUSED")));
    QVERIFY(sim.changeTemplateStatus(QStringLiteral("a_hello"), {}, event));
    const SimResponse r =
        sim.handle(test::sendRequest(test::templateBody(QStringLiteral("+16505551234"), QStringLiteral("a_hello"), 0)));
    if (code == 0) {
        QCOMPARE(r.status, 200);
        return;
    }
    QCOMPARE(r.status, 400);
    QCOMPARE(answer(r).value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), code);
}

void TestSimTemplates::typingIndicatorsAreCounted()
{
    test::FakeClock clock;
    Simulator sim(clock, scenario(), test::kSimToken, 1);
    const QString wamid = sim.customerText(QStringLiteral("16505551234"), QStringLiteral("Hi"));
    QJsonObject read{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                     {QStringLiteral("status"), QStringLiteral("read")},
                     {QStringLiteral("message_id"), wamid}};
    QCOMPARE(sim.handle(test::sendRequest(read)).status, 200);
    read.insert(QStringLiteral("typing_indicator"), QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}});
    QCOMPARE(sim.handle(test::sendRequest(read)).status, 200);
    const QJsonObject stats = sim.statsJson();
    QCOMPARE(stats.value(QLatin1String("marked_read")).toInt(), 2);
    QCOMPARE(stats.value(QLatin1String("typing_indicators")).toInt(), 1);
    QCOMPARE(stats.value(QLatin1String("accepted")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestSimTemplates)
#include "TestSimTemplates.moc"
