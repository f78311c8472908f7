// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's HTTP front: QtHttpServer 6.4 kept behind this one class.
#pragma once

#include "SimTypes.h"

#include <QAbstractHttpServer>
#include <QHostAddress>

#include <functional>

namespace duet::sim {

/// Accepts every request on one port and hands it, as a SimRequest, to one handler; writes the
/// SimResponse back. All use of the QtHttpServer 6.4 API stays in SimHttpServer.cpp (later Qt
/// versions change it). Usage: `SimHttpServer s([&](const SimRequest& r) { return sim.handle(r); });
/// quint16 port = s.listen(QHostAddress::LocalHost, 0);`
class SimHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<SimResponse(const SimRequest&)>;

    explicit SimHttpServer(Handler handler, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    Handler m_handler;
};

} // namespace duet::sim
