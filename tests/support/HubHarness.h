// SPDX-License-Identifier: GPL-3.0-or-later
// What the hub's integration tests share: a duet-hub process, signed webhook posts and an agent client.
#pragma once

#include "PrivateFile.h"
#include "TestPaths.h"
#include "cloudapi/WebhookSignature.h"
#include "sync/Protocol.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <memory>

namespace duet::test {

inline const QByteArray kHubAppSecret = "hub-test-app-secret-0123456789";
inline const QByteArray kHubVerifyToken = "hub-test-verify-token";

/// A webhook POST body as Meta writes it: one change of `field` with `value`, in the envelope.
inline QByteArray webhookBody(const QJsonObject& value, const QString& field = QStringLiteral("messages"))
{
    const QJsonObject body{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                           {QStringLiteral("entry"),
                            QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("102290129340398")},
                                                   {QStringLiteral("changes"),
                                                    QJsonArray{QJsonObject{{QStringLiteral("field"), field},
                                                                           {QStringLiteral("value"), value}}}}}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

/// A `messages` value with the hub tests' number in its metadata, and these contacts and messages.
inline QJsonObject messagesValue(const QJsonArray& contacts, const QJsonArray& messages)
{
    return {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("15550001111")},
                         {QStringLiteral("phone_number_id"), QStringLiteral("106540352242922")}}},
            {QStringLiteral("contacts"), contacts},
            {QStringLiteral("messages"), messages}};
}

/// One inbound text message as Meta posts it.
inline QByteArray textWebhook(const QString& contact, const QString& wamid, qint64 ts, const QString& text)
{
    const QJsonObject message{{QStringLiteral("from"), contact},
                              {QStringLiteral("id"), wamid},
                              {QStringLiteral("timestamp"), QString::number(ts)},
                              {QStringLiteral("type"), QStringLiteral("text")},
                              {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}};
    const QJsonObject contactEntry{
        {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Test")}}},
        {QStringLiteral("wa_id"), contact}};
    return webhookBody(messagesValue(QJsonArray{contactEntry}, QJsonArray{message}));
}

inline QNetworkRequest webhookRequest(quint16 port, const QByteArray& body, bool sign = true,
                                      const QByteArray& secret = kHubAppSecret)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(port)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (sign)
        request.setRawHeader("X-Hub-Signature-256", cloudapi::WebhookSignature(secret).sign(body));
    return request;
}

/// Posts a signed webhook body to the hub on `port` and waits for the answer: its HTTP status.
inline int postWebhook(QNetworkAccessManager& nam, quint16 port, const QByteArray& body)
{
    QNetworkReply* reply = nam.post(webhookRequest(port, body), body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

/// A duet-hub binary: secrets in a temporary directory, `serve` on a free port, admin commands.
class HubProcess
{
public:
    explicit HubProcess(QString db, QString dir)
        : m_db(std::move(db))
        , m_dir(std::move(dir))
    {}
    ~HubProcess() { kill(); }

    QString listen = QStringLiteral("127.0.0.1:0"); ///< a fixed port lets a restart keep the address
    QStringList extraArgs;                          ///< more `serve` flags, e.g. --graph-base-url

    bool writeSecrets()
    {
        return writeSecret(QStringLiteral("app.secret"), kHubAppSecret) &&
               writeSecret(QStringLiteral("verify.token"), kHubVerifyToken) &&
               writeSecret(QStringLiteral("access.token"), QByteArrayLiteral("EAAG-test-access-token"));
    }

    /// Starts `serve` and waits for its "listening on" line; port() then tells where.
    bool start(QString* error)
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(programPath(QStringLiteral("hub/duet-hub")),
                         QStringList{QStringLiteral("serve"), QStringLiteral("--db"), m_db, QStringLiteral("--listen"),
                                     listen, QStringLiteral("--app-secret-file"), path("app.secret"),
                                     QStringLiteral("--verify-token-file"), path("verify.token"),
                                     QStringLiteral("--access-token-file"), path("access.token"),
                                     QStringLiteral("--phone-number-id"), QStringLiteral("106540352242922")} +
                             extraArgs);
        static const QRegularExpression re(QStringLiteral("listening on [0-9.]+:(\\d+)"));
        QByteArray out;
        while (m_process->state() != QProcess::NotRunning || m_process->bytesAvailable() > 0) {
            if (m_process->canReadLine()) {
                out += m_process->readLine();
                const auto m = re.match(QString::fromUtf8(out));
                if (m.hasMatch()) {
                    m_port = quint16(m.captured(1).toUInt());
                    return true;
                }
                continue;
            }
            if (!m_process->waitForReadyRead(20000) && m_process->state() == QProcess::NotRunning)
                break;
        }
        *error = QStringLiteral("duet-hub serve did not start: %1 %2")
                     .arg(QString::fromUtf8(out), QString::fromUtf8(m_process->readAllStandardError()));
        return false;
    }

    void kill()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(10000);
        }
    }
    /// SIGTERM, then the exit code.
    int terminate()
    {
        m_process->terminate();
        m_process->waitForFinished(20000);
        return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    }

    quint16 port() const { return m_port; }
    QProcess& process() { return *m_process; }
    const QString& db() const { return m_db; }

    /// Runs `duet-hub ARGS...`; returns its exit code and fills *out.
    static int run(const QStringList& args, QByteArray* out, QByteArray* err = nullptr)
    {
        QProcess p;
        p.start(programPath(QStringLiteral("hub/duet-hub")), args);
        p.waitForFinished(30000);
        *out = p.readAllStandardOutput();
        if (err)
            *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    /// `agent add NAME --role ROLE --db DB`; returns the token (empty on failure).
    QString addAgent(const QString& name, const QString& role) const
    {
        QByteArray out;
        if (run({QStringLiteral("agent"), QStringLiteral("add"), name, QStringLiteral("--role"), role,
                 QStringLiteral("--db"), m_db},
                &out) != 0)
            return {};
        static const QRegularExpression re(QStringLiteral("(dt_[A-Za-z0-9_-]+)"));
        return re.match(QString::fromUtf8(out)).captured(1);
    }

private:
    QString path(const char* name) const { return m_dir + QLatin1Char('/') + QLatin1String(name); }
    bool writeSecret(const QString& name, const QByteArray& value) const
    {
        return writePrivate(m_dir + QLatin1Char('/') + name, value);
    }

    QString m_db;
    QString m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

/// A duet-sim binary on a free loopback port whose Meta token is `accessToken`; baseUrl() says
/// where it listens once start() returned true.
class SimProcess
{
public:
    SimProcess(QString dir, QByteArray accessToken)
        : m_dir(std::move(dir))
        , m_token(std::move(accessToken))
    {}
    ~SimProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    bool start(const QStringList& extraArgs, QString* error)
    {
        const QString token = m_dir + QStringLiteral("/sim-access.token");
        const QString secret = m_dir + QStringLiteral("/sim-app.secret");
        for (const auto& [path, value] : {std::pair{token, m_token}, std::pair{secret, kHubAppSecret}}) {
            if (!writePrivate(path, value)) {
                *error = QStringLiteral("cannot write %1").arg(path);
                return false;
            }
        }
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(programPath(QStringLiteral("sim/duet-sim")),
                        QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                    QStringLiteral("--app-secret-file"), secret, QStringLiteral("--access-token-file"),
                                    token} +
                            extraArgs);
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("duet-sim did not start");
            return false;
        }
        if (!QTest::qWaitFor([this] { return m_process.canReadLine() || m_process.state() == QProcess::NotRunning; },
                             20000) ||
            !m_process.canReadLine()) {
            *error = QStringLiteral("duet-sim said nothing");
            return false;
        }
        const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
        const qsizetype at = line.indexOf(QLatin1String("http://"));
        if (at < 0) {
            *error = QStringLiteral("duet-sim said: %1").arg(line);
            return false;
        }
        m_base = line.mid(at).section(QLatin1Char(' '), 0, 0);
        return true;
    }
    QString baseUrl() const { return m_base; }

    /// SIGTERM, and true once it exited within 10 s.
    bool stop()
    {
        m_process.terminate();
        return m_process.waitForFinished(10000);
    }

    /// GET /_sim/stats.
    QJsonObject stats(QNetworkAccessManager& nam) const
    {
        QNetworkReply* reply = nam.get(QNetworkRequest(QUrl(m_base + QStringLiteral("/_sim/stats"))));
        const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
        reply->deleteLater();
        return finished ? QJsonDocument::fromJson(reply->readAll()).object() : QJsonObject();
    }

private:
    QString m_dir;
    QByteArray m_token;
    QProcess m_process;
    QString m_base;
};

/// An agent's WebSocket connection that decodes and keeps every frame the hub sends.
class AgentClient : public QObject
{
public:
    AgentClient()
    {
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString& text) {
            sync::HubMessage m;
            sync::ProtocolError e;
            if (sync::decodeHubMessage(text.toUtf8(), &m, &e))
                messages.append(m);
            else
                undecodable.append(text);
        });
        connect(&m_socket, &QWebSocket::disconnected, this, [this] { closed = true; });
    }

    /// Opens the connection; a non-empty `forwardedFor` goes in the upgrade request's
    /// X-Forwarded-For header, as a reverse proxy would write it.
    bool connectTo(quint16 port, const QByteArray& forwardedFor = {})
    {
        QSignalSpy connected(&m_socket, &QWebSocket::connected);
        QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/agents").arg(port)));
        if (!forwardedFor.isEmpty())
            request.setRawHeader("X-Forwarded-For", forwardedFor);
        m_socket.open(request);
        return connected.wait(10000);
    }
    void sendHello(const QString& token, qint64 since)
    {
        sync::Hello h;
        h.token = token;
        h.since = since;
        h.client = QStringLiteral("test/1");
        m_socket.sendTextMessage(QString::fromUtf8(sync::encode(sync::ClientMessage(h))));
    }
    void sendCommand(const sync::Command& c)
    {
        m_socket.sendTextMessage(QString::fromUtf8(sync::encode(sync::ClientMessage(c))));
    }
    void sendRaw(const QString& text) { m_socket.sendTextMessage(text); }
    QWebSocket& socket() { return m_socket; }

    template <typename T> QList<T> all() const
    {
        QList<T> out;
        for (const auto& m : messages) {
            if (const T* t = std::get_if<T>(&m))
                out.append(*t);
        }
        return out;
    }
    /// Waits until a frame of type T has arrived (counting from `from`), up to 20 s.
    template <typename T> bool waitFor(int count = 1)
    {
        for (int i = 0; i < 400 && all<T>().size() < count; ++i) {
            if (closed && all<T>().size() < count)
                return false;
            QSignalSpy spy(&m_socket, &QWebSocket::textMessageReceived);
            spy.wait(50);
        }
        return all<T>().size() >= count;
    }
    QList<qint64> seqs() const
    {
        QList<qint64> out;
        for (const auto& e : all<sync::EventFrame>())
            out << e.seq;
        return out;
    }
    bool waitForSeq(qint64 seq)
    {
        for (int i = 0; i < 400; ++i) {
            const QList<qint64> s = seqs();
            if (!s.isEmpty() && s.last() >= seq)
                return true;
            if (closed)
                return false;
            QSignalSpy spy(&m_socket, &QWebSocket::textMessageReceived);
            spy.wait(50);
        }
        return false;
    }
    std::optional<sync::Ack> ackFor(const QString& id) const
    {
        for (const auto& a : all<sync::Ack>()) {
            if (a.id == id)
                return a;
        }
        return std::nullopt;
    }
    bool waitForAck(const QString& id)
    {
        for (int i = 0; i < 400 && !ackFor(id); ++i) {
            if (closed)
                return false;
            QSignalSpy spy(&m_socket, &QWebSocket::textMessageReceived);
            spy.wait(50);
        }
        return ackFor(id).has_value();
    }

    QList<sync::HubMessage> messages;
    QStringList undecodable;
    bool closed = false;

private:
    QWebSocket m_socket;
};

} // namespace duet::test
