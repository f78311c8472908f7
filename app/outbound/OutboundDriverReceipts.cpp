// SPDX-License-Identifier: GPL-3.0-or-later
// Read receipts and typing indicators: limiter-paced requests that are not messages.
#include "OutboundDriver.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace duet::outbound {

qint64 OutboundDriver::submitReadReceipt(const QString& contact, const QString& inboundWamid, bool typing)
{
    if (m_settings.accessToken.isEmpty() || m_settings.phoneNumberId.isEmpty() || m_authPaused || m_held)
        return 0;
    const cloudapi::GraphRequest request = m_graph.markRead(inboundWamid, typing);
    if (!request.isValid())
        return 0;
    const qint64 id = --m_lastReceiptId;
    // Its own key in the pair limiter: a receipt is not a message to the customer, so it neither
    // waits for nor delays their messages; it takes its slot of the number's rate like any request.
    if (!m_scheduler.enqueue(id, QStringLiteral("receipt:") + customerOf(contact), SendScheduler::Lane::Live))
        return 0;
    m_receipts.insert(id, Receipt{inboundWamid, QJsonDocument(request.body).toJson(QJsonDocument::Compact), typing});
    if (m_started)
        pump();
    return id;
}

void OutboundDriver::dispatchReceipt(qint64 id)
{
    const auto it = m_receipts.constFind(id);
    if (it == m_receipts.constEnd()) {
        m_scheduler.onFinished(id);
        return;
    }
    QNetworkReply* reply = postMessage(it->body, OutboxLane::Live);
    connect(reply, &QNetworkReply::finished, this, [this, reply, id] { onReceiptReply(reply, id); });
}

void OutboundDriver::onReceiptReply(QNetworkReply* reply, qint64 id)
{
    reply->deleteLater();
    const Receipt receipt = m_receipts.take(id);
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const cloudapi::ApiResponse response = cloudapi::parseGraphResponse(
        httpStatus == 0 ? cloudapi::Transport::NetworkError : cloudapi::Transport::Completed, httpStatus,
        reply->readAll(), reply->rawHeaderPairs(), m_clock.nowSecs());
    const bool accepted = httpStatus >= 200 && httpStatus < 300 && response.ok;
    if (accepted) {
        m_scheduler.onAccepted(id);
    } else {
        // The limiter learns from Meta's throttling like for any send, but a receipt is never
        // sent again: a late "read" or "typing…" is worth nothing, and nobody waits for it.
        const qint64 retryAfterMs = response.error.retryAfterSecs >= 0 ? response.error.retryAfterSecs * 1000 : -1;
        if (!response.ok && response.error.code >= 0 && m_scheduler.onError(id, response.error.code, retryAfterMs))
            m_scheduler.cancel(id);
        m_scheduler.onFinished(id);
    }
    emit receiptFinished(id, receipt.wamid, receipt.typing, accepted);
    pump();
}

} // namespace duet::outbound
