// SPDX-License-Identifier: GPL-3.0-or-later
// A POST that QNetworkAccessManager never sends twice on its own: for messages that must reach Meta at most once.
#pragma once

#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <cstring>

namespace duet::net {

/// A request body that can be read once. QNetworkAccessManager sends a request again by itself
/// when its connection closes before the first byte of the answer (a reset, a keep-alive
/// connection the server dropped): for a message Meta already accepted that delivers it twice.
/// It must rewind the body to do so; this one refuses once read, so the reply ends with
/// QNetworkReply::ContentReSendError instead, and the caller treats the send as uncertain.
class OnceBody final : public QIODevice
{
public:
    // Not a QBuffer: Qt reads a QBuffer's bytes directly and rewinds them at will.
    OnceBody(QByteArray data, QObject* parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_at + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_data.size(); }
    bool atEnd() const override { return m_at >= m_data.size() && QIODevice::bytesAvailable() == 0; }
    bool reset() override { return m_at == 0; } // unread: already at the start; read: no second time

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_at);
        if (n > 0) {
            std::memcpy(data, m_data.constData() + m_at, size_t(n));
            m_at += n;
        }
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_at = 0;
};

/// POSTs `body` with `request` so that the network layer never repeats it (see OnceBody); the
/// body device belongs to the reply.
inline QNetworkReply* postOnce(QNetworkAccessManager& network, QNetworkRequest request, const QByteArray& body)
{
    auto* device = new OnceBody(body, nullptr);
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    QNetworkReply* reply = network.post(request, device);
    device->setParent(reply);
    return reply;
}

} // namespace duet::net
