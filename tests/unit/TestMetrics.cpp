// SPDX-License-Identifier: GPL-3.0-or-later
// The metrics registry's Prometheus text rendering, compared byte for byte.
#include "HubMetrics.h"
#include "Metrics.h"

#include <QTest>

using namespace duet;
using namespace duet::hub;

class TestMetrics : public QObject
{
    Q_OBJECT

private slots:
    void rendersCountersGaugesAndHistogramsExactly();
    void escapesHelpAndLabelValues();
    void seriesAreRegisteredOnce();
    void histogramBucketsAreCumulativeAndInclusive();
    void numbers_data();
    void numbers();
    void hubMetricsShowEverySeriesBeforeTraffic();
};

void TestMetrics::rendersCountersGaugesAndHistogramsExactly()
{
    Metrics m;
    m.counter("duet_webhooks_total", "Webhook POSTs by outcome.", {{"result", "accepted"}}).inc(3);
    m.counter("duet_webhooks_total", "Webhook POSTs by outcome.", {{"result", "unauthorized"}}).inc();
    m.gauge("duet_agents_connected", "Agents connected now.").set(2);
    Metrics::Histogram& h = m.histogram("duet_commit_seconds", "Commit latency.", {0.01, 0.1, 1});
    h.observe(0.004);
    h.observe(0.05);
    h.observe(0.05);
    h.observe(2.5);

    const QByteArray expected = "# HELP duet_webhooks_total Webhook POSTs by outcome.\n"
                                "# TYPE duet_webhooks_total counter\n"
                                "duet_webhooks_total{result=\"accepted\"} 3\n"
                                "duet_webhooks_total{result=\"unauthorized\"} 1\n"
                                "# HELP duet_agents_connected Agents connected now.\n"
                                "# TYPE duet_agents_connected gauge\n"
                                "duet_agents_connected 2\n"
                                "# HELP duet_commit_seconds Commit latency.\n"
                                "# TYPE duet_commit_seconds histogram\n"
                                "duet_commit_seconds_bucket{le=\"0.01\"} 1\n"
                                "duet_commit_seconds_bucket{le=\"0.1\"} 3\n"
                                "duet_commit_seconds_bucket{le=\"1\"} 3\n"
                                "duet_commit_seconds_bucket{le=\"+Inf\"} 4\n"
                                "duet_commit_seconds_sum 2.604\n"
                                "duet_commit_seconds_count 4\n";
    QCOMPARE(m.render(), expected);
}

void TestMetrics::escapesHelpAndLabelValues()
{
    Metrics m;
    m.counter("x_total", "a \\ backslash\nand a newline", {{"path", "C:\\dir \"q\"\nnext"}, {"b", "2"}}).inc();
    QCOMPARE(m.render(), QByteArray("# HELP x_total a \\\\ backslash\\nand a newline\n"
                                    "# TYPE x_total counter\n"
                                    "x_total{path=\"C:\\\\dir \\\"q\\\"\\nnext\",b=\"2\"} 1\n"));
}

void TestMetrics::seriesAreRegisteredOnce()
{
    Metrics m;
    Metrics::Counter& a = m.counter("c_total", "first help", {{"k", "v"}});
    Metrics::Counter& b = m.counter("c_total", "second help ignored", {{"k", "v"}});
    QCOMPARE(&a, &b);
    a.inc();
    b.inc(2);
    a.inc(-5); // counters never go down
    QCOMPARE(a.value(), 3.0);
    QCOMPARE(m.render(), QByteArray("# HELP c_total first help\n# TYPE c_total counter\nc_total{k=\"v\"} 3\n"));
}

void TestMetrics::histogramBucketsAreCumulativeAndInclusive()
{
    Metrics m;
    Metrics::Histogram& h =
        m.histogram("h", "h", {1, 0.5, 1, qInf()}, {{"lane", "live"}}); // unsorted, duplicated, explicit +Inf
    h.observe(0.5); // on a bound: counted in that bucket (le means <=)
    h.observe(1);
    QCOMPARE(h.count(), quint64(2));
    QCOMPARE(h.sum(), 1.5);
    QCOMPARE(m.render(), QByteArray("# HELP h h\n# TYPE h histogram\n"
                                    "h_bucket{lane=\"live\",le=\"0.5\"} 1\n"
                                    "h_bucket{lane=\"live\",le=\"1\"} 2\n"
                                    "h_bucket{lane=\"live\",le=\"+Inf\"} 2\n"
                                    "h_sum{lane=\"live\"} 1.5\n"
                                    "h_count{lane=\"live\"} 2\n"));
}

void TestMetrics::numbers_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("an integer has no fraction") << 42.0 << QByteArray("42");
    QTest::newRow("zero") << 0.0 << QByteArray("0");
    QTest::newRow("a negative integer") << -7.0 << QByteArray("-7");
    QTest::newRow("a fraction is written shortest") << 0.05 << QByteArray("0.05");
    QTest::newRow("a large seq stays exact") << 9007199254740991.0 << QByteArray("9007199254740991");
    QTest::newRow("positive infinity") << qInf() << QByteArray("+Inf");
    QTest::newRow("negative infinity") << -qInf() << QByteArray("-Inf");
    QTest::newRow("not a number") << qQNaN() << QByteArray("NaN");
}

void TestMetrics::numbers()
{
    QFETCH(double, value);
    QFETCH(QByteArray, text);
    QCOMPARE(Metrics::formatNumber(value), text);
}

void TestMetrics::hubMetricsShowEverySeriesBeforeTraffic()
{
    Metrics m;
    HubMetrics hub(m);
    hub.countWebhook(HubMetrics::WebhookResult::TooLarge);
    hub.countEvent(EventKind::Echo, 5);
    hub.setLogHead(77);
    const QByteArray text = m.render();
    for (const char* line :
         {"duet_webhooks_total{result=\"accepted\"} 0\n", "duet_webhooks_total{result=\"too_large\"} 1\n",
          "duet_webhooks_total{result=\"bad_request\"} 0\n", "duet_webhooks_total{result=\"unavailable\"} 0\n",
          "duet_events_total{kind=\"message\"} 0\n", "duet_events_total{kind=\"echo\"} 5\n",
          "duet_events_total{kind=\"invalid\"} 0\n", "duet_commit_seconds_count 0\n", "duet_agents_connected 0\n",
          "duet_log_head 77\n", "# TYPE duet_commit_seconds histogram\n"}) {
        QVERIFY2(text.contains(line), line);
    }
    QCOMPARE(Metrics::contentType(), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "TestMetrics.moc"
