// SPDX-License-Identifier: GPL-3.0-or-later
// What the fault-injection tests share: a private mount namespace and a small tmpfs, the hub's log read back,
// concurrent webhook posts, /healthz and /metrics.
#pragma once

#include "HubHarness.h"
#include "store/Database.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

namespace duet::test {

/// True when CI=true: a fault test that cannot inject its fault fails there instead of skipping.
inline bool inCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

namespace detail {
inline bool writeProcFile(const char* path, const QByteArray& text)
{
    const int fd = ::open(path, O_WRONLY);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, text.constData(), size_t(text.size())) == text.size();
    ::close(fd);
    return ok;
}
} // namespace detail

/// Moves this process into a mount namespace of its own, so that the filesystems it mounts are
/// seen by it and its children only and vanish with them (nothing is left mounted if the test
/// dies). As root: unshare(CLONE_NEWNS). Otherwise a user namespace too, in which this user is
/// root (what `unshare -rm` does). Call it first in main(), while the process has one thread.
/// False with *error when the kernel refuses both.
inline bool enterPrivateMountNamespace(QString* error)
{
    const uid_t uid = geteuid();
    const gid_t gid = getegid();
    if (uid == 0 && unshare(CLONE_NEWNS) == 0) {
        // Mounts made here must not propagate back to the machine's namespace.
        if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0)
            return true;
        *error = QStringLiteral("mount --make-rprivate /: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    if (unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0) {
        *error = QStringLiteral("unshare(CLONE_NEWUSER | CLONE_NEWNS): %1 (as root the test needs CAP_SYS_ADMIN; "
                                "otherwise unprivileged user namespaces, kernel.unprivileged_userns_clone=1)")
                     .arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    if (!detail::writeProcFile("/proc/self/setgroups", "deny") ||
        !detail::writeProcFile("/proc/self/uid_map", QByteArray("0 ") + QByteArray::number(uid) + " 1") ||
        !detail::writeProcFile("/proc/self/gid_map", QByteArray("0 ") + QByteArray::number(gid) + " 1")) {
        *error = QStringLiteral("cannot map this user to root in the new user namespace: %1")
                     .arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    if (mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        *error = QStringLiteral("mount --make-rprivate /: %1").arg(QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    return true;
}

/// Mounts a tmpfs of `bytes` on the directory `path` (in the namespace above).
inline bool mountTmpfs(const QString& path, qint64 bytes, QString* error)
{
    const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0700";
    if (mount("tmpfs", QFile::encodeName(path).constData(), "tmpfs", MS_NOSUID | MS_NODEV, options.constData()) != 0) {
        *error = QStringLiteral("mount -t tmpfs -o %1 tmpfs %2: %3")
                     .arg(QString::fromLatin1(options), path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    return true;
}

/// How many log events carry each message id (`wamid`), read from the hub's database (a SQLite
/// path or a postgresql:// URL) on a connection of its own. False with *error when it cannot be read.
inline bool logWamids(const QString& db, QHash<QString, int>* counts, qint64* head, QString* error)
{
    store::DatabaseLocation location;
    store::Database database;
    if (!store::DatabaseLocation::parse(db, &location, error) || !database.open(location, error))
        return false;
    QSqlQuery q(database.connection());
    if (!q.exec(QStringLiteral("SELECT seq, payload FROM log ORDER BY seq"))) {
        *error = q.lastError().text();
        return false;
    }
    counts->clear();
    qint64 expected = 1;
    while (q.next()) {
        if (q.value(0).toLongLong() != expected) {
            *error = QStringLiteral("the log has a gap or a repeat at seq %1 (expected %2)")
                         .arg(q.value(0).toLongLong())
                         .arg(expected);
            return false;
        }
        ++expected;
        const QJsonObject event = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        const QString wamid = event.value(QLatin1String("wamid")).toString();
        if (!wamid.isEmpty())
            ++(*counts)[wamid];
    }
    *head = expected - 1;
    return true;
}

/// GET http://127.0.0.1:PORT/PATH: the status and the body (0 and empty when no answer came).
inline QPair<int, QByteArray> httpGet(QNetworkAccessManager& nam, quint16 port, const QString& path)
{
    QNetworkReply* reply = nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path))));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000)) {
        reply->abort();
        reply->deleteLater();
        return {0, {}};
    }
    reply->deleteLater();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
}

/// The value of an unlabelled series (or one written out with its labels) in Prometheus text; NaN when absent.
inline double metricValue(const QByteArray& text, const QByteArray& series)
{
    for (const QByteArray& line : text.split('\n')) {
        if (line.startsWith(QByteArray(series + ' ')))
            return line.mid(series.size() + 1).trimmed().toDouble();
    }
    return qQNaN();
}

/// How many webhooks in a webhook -> HTTP status map got `code`.
inline qsizetype countStatus(const QHash<int, int>& status, int code)
{
    return std::count(status.cbegin(), status.cend(), code);
}

/// Posts the signed bodies to the hub all at once (several connections, so the hub's group
/// commit takes several per transaction) and waits for every answer: the HTTP status of each,
/// 0 for one that got no HTTP answer.
inline QList<int> postAll(QNetworkAccessManager& nam, quint16 port, const QList<QByteArray>& bodies,
                          int timeoutMs = 60000)
{
    QList<int> statuses(bodies.size(), -1);
    int answered = 0;
    QList<QNetworkReply*> replies;
    for (int i = 0; i < bodies.size(); ++i) {
        QNetworkReply* reply = nam.post(webhookRequest(port, bodies[i]), bodies[i]);
        replies << reply;
        // The locals captured by reference outlive the connection: every reply is disconnected
        // before this function returns (clazy cannot see that).
        QObject::connect(reply, &QNetworkReply::finished, reply,
                         [&statuses, &answered, reply, i] { // clazy:exclude=lambda-in-connect disconnected below
                             statuses[i] = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                             ++answered;
                         });
    }
    (void)QTest::qWaitFor([&] { return answered == bodies.size(); }, timeoutMs); // the unanswered stay 0
    for (QNetworkReply* reply : replies) {
        reply->disconnect();
        if (!reply->isFinished())
            reply->abort();
        reply->deleteLater();
    }
    for (int& s : statuses) {
        if (s < 0)
            s = 0;
    }
    return statuses;
}

} // namespace duet::test
