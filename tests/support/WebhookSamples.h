// SPDX-License-Identifier: GPL-3.0-or-later
// Webhook bodies for snapshot tests: the project's fixtures and Meta's examples (tests/fixtures/cloudapi).
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace duet::test {

/// One webhook body and where its expected output lives. The expected output is
/// `<snapshotBase>.jsonl` (the exact `duet-hub decode` lines) or `<snapshotBase>.err` (the name of
/// the failure: TooLarge, NotJson, NotObject or TooDeep).
struct WebhookSample
{
    QString name;         ///< a row name: "good/reactions", "meta/webhook_examples_messages/order_message"
    QByteArray body;      ///< the bytes to decode
    QString file;         ///< the file the body comes from
    QString mapKey;       ///< for map files (name -> payload): the payload's key; empty otherwise
    QString snapshotBase; ///< the expected output's path without its extension
};

/// tests/fixtures/webhooks/<subdir>/*.json ("good" or "broken"), sorted by name.
QList<WebhookSample> fixtureSamples(const QString& subdir);

/// Every payload in tests/fixtures/cloudapi/examples/ except the send requests, with snapshots in
/// tests/fixtures/webhooks/meta/. Map files give one sample per payload (the payload re-encoded
/// as compact JSON).
QList<WebhookSample> metaSamples();

/// pywa's update fixtures that carry BSUIDs (tests/fixtures/webhooks/pywa/*.json, files that map
/// names to payloads), one sample per payload, with snapshots beside them in <file stem>/<slug>.
QList<WebhookSample> pywaSamples();

/// True when DUET_UPDATE_SNAPSHOTS=1: snapshot tests rewrite the expected files instead of comparing.
bool updatingSnapshots();

/// The expected output: the .jsonl content, or the .err failure name (trimmed) with *isFailure set.
/// A null QByteArray when neither file exists.
QByteArray expectedSnapshot(const WebhookSample& sample, bool* isFailure);

/// Writes the expected output of `sample` (events as JSON lines, or a failure name).
bool writeSnapshot(const WebhookSample& sample, const QByteArray& content, bool isFailure);

/// The slug used for a map file's key in snapshot names: "Order Message" -> "order_message".
QString slugOf(const QString& key);

} // namespace duet::test
