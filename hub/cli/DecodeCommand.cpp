// SPDX-License-Identifier: GPL-3.0-or-later
// `duet-hub decode [FILE|-]`: one webhook body in, one JSON line per event out (docs/EVENTS.md).
#include "Commands.h"
#include "cloudapi/WebhookDecoder.h"
#include "core/EventJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace duet::hub {

namespace {

void printUsage(QTextStream& out)
{
    out << "Usage: duet-hub decode [FILE|-]\n\n"
        << "Decodes one webhook POST body from Meta (FILE, or standard input when FILE is '-' or absent)\n"
        << "and prints one JSON object per event per line; docs/EVENTS.md describes them.\n"
        << "Exit codes: 0 decoded; 1 the file cannot be read; 2 usage, or the body is not JSON, not an\n"
        << "object, over 3 MB or nested too deep (the reason goes to standard error).\n";
}

/// Reads at most `limit` + 1 bytes, so that an oversized input is recognised without reading it all.
bool readBody(QFile& file, qsizetype limit, QByteArray* body)
{
    while (body->size() <= limit) {
        const QByteArray chunk = file.read(64 * 1024);
        if (chunk.isEmpty())
            return file.error() == QFileDevice::NoError;
        body->append(chunk);
    }
    return true;
}

} // namespace

int runDecode(const QStringList& args, CommandIo& io)
{
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        printUsage(io.out);
        return 0;
    }
    if (args.size() > 1) {
        io.err << "duet-hub decode: takes one FILE (or '-' for standard input); see duet-hub decode --help\n";
        return 2;
    }
    const QString source = args.value(0, QStringLiteral("-"));
    QFile file;
    bool opened = false;
    if (source == QLatin1String("-")) {
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(source);
        opened = file.open(QIODevice::ReadOnly);
    }
    QByteArray body;
    if (!opened || !readBody(file, cloudapi::WebhookDecoder::kMaxBodyBytes, &body)) {
        io.err << "duet-hub decode: cannot read "
               << (source == QLatin1String("-") ? QStringLiteral("standard input") : source) << ": "
               << file.errorString() << '\n';
        return 1;
    }

    const cloudapi::DecodeResult result = cloudapi::WebhookDecoder::decode(body);
    if (!result.ok()) {
        io.err << "duet-hub decode: " << result.reason << '\n';
        return 2;
    }
    for (const Event& event : result.events)
        io.out << QString::fromUtf8(QJsonDocument(eventToJson(event)).toJson(QJsonDocument::Compact)) << '\n';
    return 0;
}

} // namespace duet::hub
