// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/MessageMerge.h"

#include <QTest>

#include <algorithm>

using namespace duet;

Q_DECLARE_METATYPE(duet::MessageCopy)

namespace {

MessageCopy copy(const char* origin, bool live, const char* type, const char* text, const char* mediaId = nullptr)
{
    MessageCopy c;
    c.origin = QString::fromLatin1(origin);
    c.live = live;
    c.inHistory = !live;
    c.timestamp = 1'750'000'000;
    c.type = QString::fromLatin1(type);
    if (text)
        c.text = QString::fromUtf8(text);
    if (mediaId)
        c.mediaId = QString::fromLatin1(mediaId);
    return c;
}

} // namespace

/// The merge rules as pure functions: copies of one message, statuses, account events.
class TestMessageMerge : public QObject
{
    Q_OBJECT
private slots:
    void copiesMergeTheSameInAnyOrder_data()
    {
        QTest::addColumn<QList<MessageCopy>>("copies");
        QTest::addColumn<QString>("origin");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("text");
        QTest::newRow("a live message and its history copy")
            << QList<MessageCopy>{copy("history", false, "text", "hi"), copy("customer", true, "text", "hi")}
            << "customer"
            << "text"
            << "hi";
        QTest::newRow("a placeholder, its media follow-up and the placeholder again")
            << QList<MessageCopy>{copy("history", false, "media_placeholder", nullptr),
                                  copy("history", false, "image", "receipt", "M1"),
                                  copy("history", false, "media_placeholder", nullptr)}
            << "history"
            << "image"
            << "receipt";
        QTest::newRow("an echo, its history copy and a placeholder")
            << QList<MessageCopy>{copy("app", true, "image", nullptr, "M2"), copy("history", false, "image", "cap"),
                                  copy("history", false, "media_placeholder", nullptr)}
            << "app"
            << "image"
            << "cap";
    }
    void copiesMergeTheSameInAnyOrder()
    {
        QFETCH(QList<MessageCopy>, copies);
        QFETCH(QString, origin);
        QFETCH(QString, type);
        QFETCH(QString, text);
        QList<int> order;
        for (int i = 0; i < copies.size(); ++i)
            order << i;
        MessageCopy first;
        bool haveFirst = false;
        do {
            MessageCopy merged = copies[order[0]];
            for (int i = 1; i < order.size(); ++i)
                merged = mergeMessageCopies(merged, copies[order[i]]);
            QCOMPARE(mergeMessageCopies(merged, copies[order.last()]), merged); // redelivery changes nothing
            if (!haveFirst) {
                first = merged;
                haveFirst = true;
            }
            QVERIFY(merged == first);
        } while (std::next_permutation(order.begin(), order.end()));
        QCOMPARE(first.origin, origin);
        QCOMPARE(first.type, type);
        QCOMPARE(first.text, text);
        QCOMPARE(first.inHistory, true);
    }

    void statusesRank_data()
    {
        QTest::addColumn<QString>("lower");
        QTest::addColumn<QString>("higher");
        QTest::newRow("sent before delivered") << "sent"
                                               << "delivered";
        QTest::newRow("delivered before read") << "delivered"
                                               << "read";
        QTest::newRow("read before played") << "read"
                                            << "played";
        QTest::newRow("failed after everything") << "played"
                                                 << "failed";
        QTest::newRow("pending first") << "pending"
                                       << "sent";
    }
    void statusesRank()
    {
        QFETCH(QString, lower);
        QFETCH(QString, higher);
        QVERIFY(statusRank(lower) < statusRank(higher));
        QCOMPARE(statusRank(u"bogus"), -1);
    }

    void accountStates_data()
    {
        QTest::addColumn<QString>("event");
        QTest::addColumn<QString>("state");
        QTest::newRow("partner removed") << "PARTNER_REMOVED"
                                         << "partner_removed";
        QTest::newRow("offboarded") << "ACCOUNT_OFFBOARDED"
                                    << "offboarded";
        QTest::newRow("reconnected") << "ACCOUNT_RECONNECTED"
                                     << "connected";
        QTest::newRow("an event without a connection change") << "VOLUME_BASED_PRICING_TIER_UPDATE" << QString();
    }
    void accountStates()
    {
        QFETCH(QString, event);
        QFETCH(QString, state);
        QCOMPARE(connectionStateFor(event), state);
    }

    void onlyTheCustomersOwnMessagesMoveTheWindow_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("outbound");
        QTest::addColumn<bool>("moves");
        QTest::newRow("a customer message") << int(EventKind::Message) << false << true;
        QTest::newRow("an echo") << int(EventKind::Echo) << true << false;
        QTest::newRow("inbound history") << int(EventKind::History) << false << true;
        QTest::newRow("outbound history") << int(EventKind::History) << true << false;
        QTest::newRow("a status") << int(EventKind::Status) << false << false;
    }
    void onlyTheCustomersOwnMessagesMoveTheWindow()
    {
        QFETCH(int, kind);
        QFETCH(bool, outbound);
        QFETCH(bool, moves);
        Event e;
        e.kind = EventKind(kind);
        e.outbound = outbound;
        QCOMPARE(isCustomersOwnMessage(e), moves);
    }
};

QTEST_GUILESS_MAIN(TestMessageMerge)
#include "TestMessageMerge.moc"
