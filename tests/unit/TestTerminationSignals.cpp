// SPDX-License-Identifier: GPL-3.0-or-later
// TerminationSignals: SIGTERM and SIGINT arrive as received() in the event loop, one owner at a time.
#include "net/TerminationSignals.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

using duet::net::TerminationSignals;

class TestTerminationSignals : public QObject
{
    Q_OBJECT

private slots:
    void sigtermAndSigintArriveAsReceived()
    {
        TerminationSignals termination;
        QString error;
        QVERIFY2(termination.install(&error), qPrintable(error));
        QSignalSpy received(&termination, &TerminationSignals::received);
        QCOMPARE(::raise(SIGTERM), 0);
        QVERIFY(received.wait(10'000));
        QCOMPARE(received.takeFirst().value(0).toInt(), SIGTERM);
        QCOMPARE(::raise(SIGINT), 0);
        QVERIFY(received.wait(10'000));
        QCOMPARE(received.takeFirst().value(0).toInt(), SIGINT);
    }

    void oneOwnerAtATime()
    {
        QString error;
        {
            TerminationSignals first;
            QVERIFY2(first.install(&error), qPrintable(error));
            TerminationSignals second;
            QVERIFY(!second.install(&error));
            QVERIFY(!error.isEmpty());
        }
        // The first one gone, another may install.
        TerminationSignals third;
        QVERIFY2(third.install(&error), qPrintable(error));
        QSignalSpy received(&third, &TerminationSignals::received);
        QCOMPARE(::raise(SIGTERM), 0);
        QVERIFY(received.wait(10'000));
    }
};

QTEST_GUILESS_MAIN(TestTerminationSignals)
#include "TestTerminationSignals.moc"
