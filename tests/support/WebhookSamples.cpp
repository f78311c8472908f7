// SPDX-License-Identifier: GPL-3.0-or-later
#include "WebhookSamples.h"

#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace duet::test {

namespace {

QStringList jsonFiles(const QString& dir)
{
    return QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
}

/// A map file holds example name -> payload; a payload holds the webhook's own members.
bool isMapFile(const QJsonDocument& doc)
{
    if (!doc.isObject() || doc.object().isEmpty())
        return false;
    const QJsonObject o = doc.object();
    for (const char* key : {"object", "entry", "field", "value", "messaging_product", "metadata"}) {
        if (o.contains(QLatin1String(key)))
            return false;
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isObject())
            return false;
    }
    return true;
}

} // namespace

QList<WebhookSample> fixtureSamples(const QString& subdir)
{
    QList<WebhookSample> samples;
    const QString dir = fixturePath(QStringLiteral("webhooks/") + subdir);
    for (const QString& file : jsonFiles(dir)) {
        WebhookSample s;
        s.file = dir + QLatin1Char('/') + file;
        s.name = subdir + QLatin1Char('/') + QFileInfo(file).completeBaseName();
        s.body = readFile(s.file);
        s.snapshotBase = dir + QLatin1Char('/') + QFileInfo(file).completeBaseName();
        samples.append(s);
    }
    return samples;
}

namespace {

/// The samples of the map files and single payloads in `dir`, named "<prefix>/<stem>[/<slug>]",
/// with snapshots under `snapshots`. `skip` is a file to leave out, or empty.
QList<WebhookSample> mapSamples(const QString& dir, const QString& prefix, const QString& snapshots,
                                const QString& skip = {})
{
    QList<WebhookSample> samples;
    for (const QString& file : jsonFiles(dir)) {
        if (file == skip)
            continue;
        const QString stem = QFileInfo(file).completeBaseName();
        const QByteArray body = readFile(dir + QLatin1Char('/') + file);
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (!isMapFile(doc)) {
            samples.append({prefix + QLatin1Char('/') + stem, body, dir + QLatin1Char('/') + file, QString(),
                            snapshots + QLatin1Char('/') + stem});
            continue;
        }
        const QJsonObject map = doc.object();
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString slug = slugOf(it.key());
            samples.append({QStringLiteral("%1/%2/%3").arg(prefix, stem, slug),
                            QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact),
                            dir + QLatin1Char('/') + file, it.key(),
                            snapshots + QLatin1Char('/') + stem + QLatin1Char('/') + slug});
        }
    }
    return samples;
}

} // namespace

QList<WebhookSample> metaSamples()
{
    // send_message_request_examples.json holds requests Duet sends, not webhooks.
    return mapSamples(cloudApiFixturesDir() + QStringLiteral("/examples"), QStringLiteral("meta"),
                      fixturePath(QStringLiteral("webhooks/meta")),
                      QStringLiteral("send_message_request_examples.json"));
}

QList<WebhookSample> pywaSamples()
{
    const QString dir = fixturePath(QStringLiteral("webhooks/pywa"));
    return mapSamples(dir, QStringLiteral("pywa"), dir);
}

bool updatingSnapshots()
{
    return qEnvironmentVariable("DUET_UPDATE_SNAPSHOTS") == QLatin1String("1");
}

QByteArray expectedSnapshot(const WebhookSample& sample, bool* isFailure)
{
    *isFailure = false;
    QFile lines(sample.snapshotBase + QStringLiteral(".jsonl"));
    if (lines.open(QIODevice::ReadOnly))
        return lines.readAll();
    QFile failure(sample.snapshotBase + QStringLiteral(".err"));
    if (failure.open(QIODevice::ReadOnly)) {
        *isFailure = true;
        return failure.readAll().trimmed();
    }
    return {};
}

bool writeSnapshot(const WebhookSample& sample, const QByteArray& content, bool isFailure)
{
    if (!QDir().mkpath(QFileInfo(sample.snapshotBase).absolutePath()))
        return false;
    QFile::remove(sample.snapshotBase + (isFailure ? QStringLiteral(".jsonl") : QStringLiteral(".err")));
    QFile f(sample.snapshotBase + (isFailure ? QStringLiteral(".err") : QStringLiteral(".jsonl")));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(isFailure ? content + '\n' : content) >= 0;
}

QString slugOf(const QString& key)
{
    QString slug;
    const QString lower = key.toLower();
    for (const QChar c : lower) {
        if (c.isLetterOrNumber())
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('_')))
            slug += QLatin1Char('_');
    }
    while (slug.endsWith(QLatin1Char('_')))
        slug.chop(1);
    return slug;
}

} // namespace duet::test
