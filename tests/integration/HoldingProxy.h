// SPDX-License-Identifier: GPL-3.0-or-later
// A proxy in front of duet-sim's messages endpoint that can withhold answers or requests, so a kill lands mid-send.
#pragma once

#include "net/HttpServer.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QString>

namespace duet::test {

/// Stands between the worker and the simulator's messages endpoint. It passes requests through,
/// except that it can hold the answers of the next few requests after forwarding them (the
/// simulator accepted them, the worker never hears so) and then hold the next few without
/// forwarding them at all (they never reach the simulator): a kill then lands exactly there.
class HoldingProxy
{
public:
    int heldAfterForward = 0;  ///< requests forwarded whose answer is withheld
    int heldBeforeForward = 0; ///< requests never forwarded

    HoldingProxy(QNetworkAccessManager& network, const QString& messagesPath)
        : m_network(network)
    {
        m_server.route("POST", messagesPath,
                       [this, messagesPath](const net::HttpRequest& request, net::HttpReply reply) {
                           if ((m_holdBefore > 0 || m_holdingRest) && m_holdAfter == 0) {
                               if (m_holdBefore > 0 && --m_holdBefore == 0)
                                   m_holdingRest = true; // whatever follows waits for release()
                               ++heldBeforeForward;
                               m_held << reply; // never answered, never forwarded
                               return;
                           }
                           QNetworkRequest forward(QUrl(m_target + messagesPath));
                           forward.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
                           forward.setRawHeader("Authorization", request.header("authorization"));
                           QNetworkReply* answer = m_network.post(forward, request.body);
                           const bool hold = m_holdAfter > 0;
                           if (hold) {
                               --m_holdAfter;
                               ++heldAfterForward;
                           }
                           QObject::connect(answer, &QNetworkReply::finished, answer, [answer, reply, hold]() mutable {
                               answer->deleteLater();
                               if (hold)
                                   return; // the simulator has it; the worker will not hear
                               reply.send(answer->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                          answer->readAll(), "application/json");
                           });
                       });
    }
    quint16 listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    void setTarget(const QString& base) { m_target = base; }
    /// Withholds the answers of the next `after` requests, then the next `before` requests
    /// themselves, and every request after those (counted in heldBeforeForward) until release().
    void holdNext(int after, int before)
    {
        m_holdAfter = after;
        m_holdBefore = before;
        m_holdingRest = false;
        heldAfterForward = heldBeforeForward = 0;
    }
    void release()
    {
        m_holdAfter = m_holdBefore = 0;
        m_holdingRest = false;
        m_held.clear();
    }

private:
    QNetworkAccessManager& m_network;
    net::HttpServer m_server;
    QString m_target;
    int m_holdAfter = 0;
    int m_holdBefore = 0;
    bool m_holdingRest = false;
    QList<net::HttpReply> m_held;
};

} // namespace duet::test
