// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's HTTP front: QtHttpServer 6.4 kept behind this one class.
#include "SimHttpServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>

namespace duet::sim {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        return "OTHER";
    }
}

} // namespace

SimHttpServer::SimHttpServer(Handler handler, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{}

bool SimHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    SimRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = request.query();
    r.authorization = request.value("authorization");
    r.contentType = request.value("content-type");
    r.body = request.body();
    const SimResponse response = m_handler(r);
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.write(response.body, response.contentType, QHttpServerResponder::StatusCode(response.status));
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace duet::sim
