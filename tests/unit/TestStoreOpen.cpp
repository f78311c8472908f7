// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "store/Store.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace duet;
using namespace duet::store;

/// Opening a SQLite store: its settings, unique connections, and clear errors for bad files.
class TestStoreOpen : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    test::FakeClock m_clock;

    static QString pragma(Store& s, const char* name)
    {
        QSqlQuery q(s.connection());
        q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name));
        return q.next() ? q.value(0).toString() : QString();
    }

private slots:
    void sqliteSettings()
    {
        Store s(m_clock);
        QString error;
        QVERIFY2(s.open(m_dir.filePath(QStringLiteral("a.db")), &error), qPrintable(error));
        QCOMPARE(pragma(s, "journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(s, "foreign_keys"), QStringLiteral("1"));
        QVERIFY(pragma(s, "busy_timeout").toInt() > 0);
        QCOMPARE(pragma(s, "synchronous"), QStringLiteral("1")); // NORMAL: a desktop's replica of the hub
    }

    void twoStoresOnOneFileHaveTheirOwnConnections()
    {
        Store a(m_clock);
        Store b(m_clock);
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("b.db"));
        QVERIFY(a.open(path, &error));
        QVERIFY(b.open(path, &error));
        QVERIFY(a.connection().connectionName() != b.connection().connectionName());
        Event e;
        e.kind = EventKind::Message;
        e.wamid = QStringLiteral("w1");
        e.contact = QStringLiteral("16505551234");
        e.timestamp = 1;
        e.type = QStringLiteral("text");
        QVERIFY(a.ingest({e}, &error));
        QSqlQuery q(b.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM messages")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void badFilesGiveAClearError_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("readOnly");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a file that is not a database")
            << QByteArray("this is not SQLite, just text\n").repeated(200) << false << "not a database";
        QTest::newRow("a read-only database file") << QByteArray() << true << "read-only";
    }
    void badFilesGiveAClearError()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, readOnly);
        QFETCH(QString, expected);
        const QString path =
            m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).left(12) + QStringLiteral(".db"));
        if (readOnly) {
            Store s(m_clock);
            QString error;
            QVERIFY(s.open(path, &error));
        } else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        if (readOnly)
            QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        Store s(m_clock);
        QString error;
        QVERIFY(!s.open(path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
    }

    void badArguments_data()
    {
        QTest::addColumn<QString>("db");
        QTest::newRow("an empty argument") << "";
        QTest::newRow("a URL without a database") << "postgresql://duet@localhost:5432/";
        QTest::newRow("a directory that does not exist") << "/nonexistent/dir/duet.db";
    }
    void badArguments()
    {
        QFETCH(QString, db);
        Store s(m_clock);
        QString error;
        QVERIFY(!s.open(db, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreOpen)
#include "TestStoreOpen.moc"
