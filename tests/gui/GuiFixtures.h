// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the widget tests: stores filled from real webhook fixtures or from made-up events.
#pragma once

#include "EventBuilders.h"
#include "FakeClock.h"
#include "TestPaths.h"
#include "cloudapi/WebhookDecoder.h"
#include "core/Event.h"
#include "store/Store.h"

#include <QDir>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

namespace duet::test {

inline constexpr qint64 kNow = 1'750'000'000; // FakeClock's default start, in seconds

/// Ingests every tests/fixtures/webhooks/good/*.json body into `store`.
inline bool ingestGoodFixtures(store::Store& store, QString* error)
{
    const QDir dir(fixturePath(QStringLiteral("webhooks/good")));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        *error = QStringLiteral("no fixtures in ") + dir.path();
        return false;
    }
    for (const QString& name : files) {
        const cloudapi::DecodeResult decoded = cloudapi::WebhookDecoder::decode(readFile(dir.filePath(name)));
        if (!store.ingest(decoded.events, error))
            return false;
    }
    return true;
}

/// Opens (creating) a store at `path`.
inline std::unique_ptr<store::Store> openStore(const Clock& clock, const QString& path, QString* error)
{
    auto s = std::make_unique<store::Store>(clock);
    if (!s->open(path, error))
        return {};
    return s;
}

inline Event message(const QString& wamid, const QString& contact, qint64 ts, const QString& text,
                     EventKind kind = EventKind::Message)
{
    Event e = customerMessage(wamid, contact, ts, text);
    e.kind = kind;
    e.outbound = kind == EventKind::Echo;
    e.name = kind == EventKind::Message ? QStringLiteral("Customer ") + contact.right(3) : QString();
    return e;
}

inline Event statusOf(const QString& wamid, const QString& contact, const QString& value, qint64 ts, int code = 0)
{
    Event e = status(wamid, value, ts, code);
    e.contact = contact;
    return e;
}

/// Runs one statement on the store's connection (team state the tests set directly).
inline bool exec(store::Store& store, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(store.connection());
    if (!q.prepare(sql))
        return false;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    return q.exec();
}

} // namespace duet::test
