// SPDX-License-Identifier: GPL-3.0-or-later
// The webhook load generator of duet-bench hub: signed bodies over lean keep-alive HTTP/1.1 connections.
#include "HubLoad.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QThread>

#include <memory>

namespace duet::bench {

/// One webhook body with `count` inbound text messages, each with a unique wamid.
QByteArray messagesBody(int first, int count)
{
    QJsonArray messages;
    for (int i = first; i < first + count; ++i) {
        messages.append(QJsonObject{
            {QStringLiteral("from"), QStringLiteral("1555%1").arg(i % 5000, 7, 10, QLatin1Char('0'))},
            {QStringLiteral("id"), QStringLiteral("wamid.BENCH%1").arg(i)},
            {QStringLiteral("timestamp"), QString::number(1750000000 + i)},
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), QStringLiteral("hello %1").arg(i)}}}});
    }
    const QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                            {QStringLiteral("metadata"),
                             QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("15550001111")},
                                         {QStringLiteral("phone_number_id"), QStringLiteral("106540352242922")}}},
                            {QStringLiteral("messages"), messages}};
    const QJsonObject body{
        {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
        {QStringLiteral("entry"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), QStringLiteral("1")},
             {QStringLiteral("changes"), QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("messages")},
                                                                {QStringLiteral("value"), value}}}}}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

/// Runs `work` on a client thread and spins the calling thread's event loop (where the hub lives)
/// until it calls the finish callback.
void runOnClientThread(const std::function<void(QObject* context, const std::function<void()>& finish)>& work)
{
    QThread thread;
    thread.start();
    QObject context;
    context.moveToThread(&thread);
    QEventLoop loop;
    QMetaObject::invokeMethod(
        &context, [&] { work(&context, [&loop] { QMetaObject::invokeMethod(&loop, "quit", Qt::QueuedConnection); }); });
    loop.exec();
    QMetaObject::invokeMethod(
        &context,
        [&context] {
            for (QObject* child : context.children())
                delete child;
        },
        Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();
}

namespace {

/// One keep-alive HTTP/1.1 connection that sends a request, reads the answer, sends the next: a
/// client far lighter than QNetworkAccessManager, so the figures are the hub's, not the client's.
class LeanConnection : public QObject
{
public:
    using Next = std::function<bool(QByteArray* request)>;
    using Answered = std::function<void(int status)>;
    using Closed = std::function<void()>;

    /// `answered` gets each answer's status, 0 for a request the connection lost; `closed` is
    /// called once, when `next` ran out of requests or the connection failed or was closed.
    LeanConnection(quint16 port, Next next, Answered answered, Closed closed, QObject* parent)
        : QObject(parent)
        , m_next(std::move(next))
        , m_answered(std::move(answered))
        , m_closed(std::move(closed))
    {
        m_socket.setParent(this);
        connect(&m_socket, &QTcpSocket::connected, this, [this] { sendNext(); });
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] { onLost(); });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] { onLost(); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

private:
    void sendNext()
    {
        QByteArray request;
        if (!m_next(&request)) {
            m_done = true;
            m_socket.disconnectFromHost();
            m_closed();
            return;
        }
        m_inFlight = true;
        m_socket.write(request);
    }

    void onLost()
    {
        if (m_done)
            return;
        m_done = true;
        if (m_inFlight) {
            m_inFlight = false;
            m_answered(0);
        }
        m_closed();
    }

    void onReadyRead()
    {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QByteArray head = m_buffer.left(headerEnd);
            qsizetype length = 0;
            for (const QByteArray& line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (m_buffer.size() < headerEnd + 4 + length)
                return;
            const int status = head.mid(9, 3).toInt();
            m_buffer.remove(0, headerEnd + 4 + length);
            m_inFlight = false;
            m_answered(status);
            sendNext();
        }
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    Next m_next;
    Answered m_answered;
    Closed m_closed;
    bool m_inFlight = false;
    bool m_done = false;
};

} // namespace

LoadResult load(const QList<quint16>& ports, const QByteArray& path, const QList<QByteArray>& bodies,
                const QList<QByteArray>& signatures, int count, int concurrency)
{
    LoadResult result;
    runOnClientThread([&](QObject* context, const std::function<void()>& finish) {
        auto next = std::make_shared<int>(0);
        auto done = std::make_shared<int>(0);
        auto timer = std::make_shared<QElapsedTimer>();
        auto alive = std::make_shared<int>(concurrency);
        timer->start();
        for (int c = 0; c < concurrency; ++c) {
            auto started = std::make_shared<QElapsedTimer>();
            new LeanConnection(
                ports[c % ports.size()],
                [&, next, started](QByteArray* request) {
                    if (*next >= count)
                        return false;
                    const int i = (*next)++;
                    if (bodies.isEmpty()) {
                        *request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
                    } else {
                        *request = "POST " + path +
                                   " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                   "Content-Type: application/json\r\nX-Hub-Signature-256: " +
                                   signatures[i] + "\r\nContent-Length: " + QByteArray::number(bodies[i].size()) +
                                   "\r\n\r\n" + bodies[i];
                    }
                    started->start();
                    return true;
                },
                [&, done, timer, started, finish](int status) {
                    result.latenciesMs.push_back(double(started->nsecsElapsed()) / 1e6);
                    if (status != 200)
                        ++result.failures;
                    if (++*done == count) {
                        result.seconds = double(timer->nsecsElapsed()) / 1e9;
                        finish();
                    }
                },
                [&, done, alive, timer, finish] {
                    // Every connection closed with requests left: those were never answered.
                    if (--*alive > 0 || *done == count)
                        return;
                    result.failures += count - *done;
                    *done = count;
                    result.seconds = double(timer->nsecsElapsed()) / 1e9;
                    finish();
                },
                context);
        }
    });
    return result;
}

} // namespace duet::bench
