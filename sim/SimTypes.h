// SPDX-License-Identifier: GPL-3.0-or-later
// Plain data the simulator's parts exchange: requests, responses, webhook changes, counters.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QUrlQuery>

#include <deque>

namespace duet::sim {

/// One HTTP request as the simulator sees it, independent of the server library.
struct SimRequest
{
    QByteArray method; ///< "GET", "POST", "DELETE"
    QString path;      ///< e.g. "/vNN.N/106540352242922/messages": any version is served
    QUrlQuery query;
    QByteArray authorization; ///< the Authorization header value
    QByteArray contentType;
    QByteArray body;
};

/// The simulator's answer.
struct SimResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
};

/// One `changes[]` item of a webhook: the field and its value.
struct WebhookChange
{
    QString field;
    QJsonObject value;
};

/// What the simulator counts, for GET /_sim/stats (docs/SIMULATOR.md).
struct SimStats
{
    qint64 accepted = 0;                     ///< sends answered 200 with a wamid
    qint64 maxAcceptedIn1s = 0;              ///< the most accepted sends in any sliding second
    std::deque<qint64> acceptedLastSecond;   ///< when the sends of the last second were accepted (ms)
    QHash<QString, int> acceptedByClientId;  ///< biz_opaque_callback_data -> accepted sends carrying it
    QHash<QString, QString> clientIdByWamid; ///< every accepted wamid -> its biz_opaque_callback_data
    QHash<QString, int> acceptedByRecipient; ///< the customer's number (their BSUID without one) -> accepted sends
    /// "<number> <template name>" -> accepted template sends: a campaign sends each once.
    QHash<QString, int> acceptedByRecipientTemplate;
    QStringList recipientTemplatesAcceptedTwice; ///< the keys above that reached 2, each once
    QMap<int, qint64> failedByCode;              ///< failed statuses by their errors[0].code
    qint64 replies = 0;                          ///< customers answering a send (delivery.outcomes reply)
    QMap<int, qint64> errorsByCode;              ///< refused requests by error code
    qint64 markedRead = 0;
    qint64 typingIndicators = 0;          ///< mark-as-read requests that carried typing_indicator
    QMap<QString, qint64> statusesByKind; ///< status webhooks queued: sent, delivered, read, failed
    qint64 webhookPosts = 0;              ///< POST attempts, retries and duplicates included
    qint64 webhookAcknowledged = 0;
    qint64 webhookRetries = 0;
    qint64 webhookDuplicates = 0;
    qint64 webhookDropped = 0; ///< given up after the last retry
    qint64 customerMessages = 0;
    qint64 phonesShared = 0;  ///< contacts messages with origin contact_request
    qint64 numberChanges = 0; ///< system messages for a new number
};

} // namespace duet::sim
