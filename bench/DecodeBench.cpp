// SPDX-License-Identifier: GPL-3.0-or-later
// `duet-bench decode`: webhook decoding against QJsonDocument's parse alone, and signature
// verification plus decoding of single-message bodies as Meta sends them.
#include "Benchmarks.h"
#include "Statistics.h"
#include "cloudapi/WebhookDecoder.h"
#include "cloudapi/WebhookSignature.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace duet::bench {

namespace {

using cloudapi::WebhookDecoder;

const QString kPhoneNumberId = QStringLiteral("106540352242922");
const QString kDisplay = QStringLiteral("15550783881");

/// The bytes Meta sends: compact JSON with every non-ASCII character as a lower-case \uXXXX escape.
QByteArray metaBytes(const QJsonObject& body)
{
    const QString text = QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
    QByteArray out;
    out.reserve(text.size() + 64);
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            out += char(c.unicode());
        } else {
            out += "\\u";
            out += QByteArray::number(c.unicode(), 16).rightJustified(4, '0');
        }
    }
    return out;
}

QJsonObject envelope(const QJsonArray& changes)
{
    return {{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
            {QStringLiteral("entry"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("102290129340398")},
                                                             {QStringLiteral("changes"), changes}}}}};
}

QJsonObject change(const char* field, QJsonObject value)
{
    value.insert(QStringLiteral("messaging_product"), QStringLiteral("whatsapp"));
    value.insert(QStringLiteral("metadata"), QJsonObject{{QStringLiteral("display_phone_number"), kDisplay},
                                                         {QStringLiteral("phone_number_id"), kPhoneNumberId}});
    return {{QStringLiteral("field"), QString::fromLatin1(field)}, {QStringLiteral("value"), value}};
}

QString customer(int i)
{
    return QStringLiteral("5511%1").arg(900000000 + i);
}

const QStringList kTexts = {
    QStringLiteral("Olá! Vocês entregam amanhã? 🚚"),
    QStringLiteral("Does it come in another color?"),
    QStringLiteral("مرحبا، هل الطلب جاهز؟"),
    QStringLiteral("Family order 👨‍👩‍👧‍👦 for Saturday, please"),
    QStringLiteral("Grüße aus Köln — danke!"),
};

/// One inbound message of a type chosen by `i`: text, image, voice, reaction, list reply.
QJsonObject inboundMessage(int i)
{
    QJsonObject m{{QStringLiteral("from"), customer(i % 97)},
                  {QStringLiteral("id"), QStringLiteral("wamid.HBgNNTUxMTk4NzY1NDMyMRUCABIYFDNB%1").arg(i)},
                  {QStringLiteral("timestamp"), QString::number(1750000000 + i)}};
    switch (i % 5) {
    case 0:
    case 1:
        m.insert(QStringLiteral("type"), QStringLiteral("text"));
        m.insert(QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), kTexts[i % kTexts.size()]}});
        break;
    case 2:
        m.insert(QStringLiteral("type"), QStringLiteral("image"));
        m.insert(QStringLiteral("image"),
                 QJsonObject{{QStringLiteral("caption"), kTexts[i % kTexts.size()]},
                             {QStringLiteral("mime_type"), QStringLiteral("image/jpeg")},
                             {QStringLiteral("sha256"), QStringLiteral("SfInY0gGKTsJlUWbwxC1k+FA=")},
                             {QStringLiteral("id"), QString::number(1003383421387256LL + i)}});
        break;
    case 3:
        m.insert(QStringLiteral("type"), QStringLiteral("reaction"));
        m.insert(QStringLiteral("reaction"),
                 QJsonObject{{QStringLiteral("message_id"), QStringLiteral("wamid.OUT%1").arg(i)},
                             {QStringLiteral("emoji"), QStringLiteral("👍")}});
        break;
    default:
        m.insert(QStringLiteral("type"), QStringLiteral("interactive"));
        m.insert(QStringLiteral("context"), QJsonObject{{QStringLiteral("from"), kDisplay},
                                                        {QStringLiteral("id"), QStringLiteral("wamid.LIST%1").arg(i)}});
        m.insert(QStringLiteral("interactive"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("list_reply")},
                             {QStringLiteral("list_reply"),
                              QJsonObject{{QStringLiteral("id"), QStringLiteral("express")},
                                          {QStringLiteral("title"), QStringLiteral("Express")}}}});
        break;
    }
    return m;
}

QJsonObject messagesValue(int first, int count)
{
    QJsonArray contacts;
    QJsonArray messages;
    for (int i = first; i < first + count; ++i) {
        messages.append(inboundMessage(i));
        contacts.append(QJsonObject{{QStringLiteral("profile"),
                                     QJsonObject{{QStringLiteral("name"), QStringLiteral("Cliente %1").arg(i % 97)}}},
                                    {QStringLiteral("wa_id"), customer(i % 97)}});
    }
    return {{QStringLiteral("contacts"), contacts}, {QStringLiteral("messages"), messages}};
}

QJsonObject statusesValue(int first, int count)
{
    static const char* kStatuses[] = {"sent", "delivered", "read"};
    QJsonArray statuses;
    for (int i = first; i < first + count; ++i) {
        statuses.append(QJsonObject{
            {QStringLiteral("id"), QStringLiteral("wamid.HBgNNTUxMTk4NzY1NDMyMRUCABEYEjdB%1").arg(i / 3)},
            {QStringLiteral("status"), QString::fromLatin1(kStatuses[i % 3])},
            {QStringLiteral("timestamp"), QString::number(1750000000 + i)},
            {QStringLiteral("recipient_id"), customer(i % 97)},
            {QStringLiteral("biz_opaque_callback_data"), QStringLiteral("duet:conv=%1").arg(i)},
            {QStringLiteral("pricing"), QJsonObject{{QStringLiteral("billable"), true},
                                                    {QStringLiteral("pricing_model"), QStringLiteral("PMP")},
                                                    {QStringLiteral("type"), QStringLiteral("regular")},
                                                    {QStringLiteral("category"), QStringLiteral("utility")}}}});
    }
    return {{QStringLiteral("statuses"), statuses}};
}

QJsonObject echoesValue(int first, int count)
{
    QJsonArray echoes;
    for (int i = first; i < first + count; ++i) {
        echoes.append(
            QJsonObject{{QStringLiteral("from"), kDisplay},
                        {QStringLiteral("to"), QStringLiteral("+55 11 9%1").arg(i % 97)},
                        {QStringLiteral("id"), QStringLiteral("wamid.ECHO%1").arg(i)},
                        {QStringLiteral("timestamp"), QString::number(1750000000 + i)},
                        {QStringLiteral("type"), QStringLiteral("text")},
                        {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), kTexts[i % kTexts.size()]}}}});
    }
    return {{QStringLiteral("message_echoes"), echoes}};
}

QJsonObject historyValue(int chunk, int threads, int perThread)
{
    QJsonArray threadArray;
    for (int t = 0; t < threads; ++t) {
        QJsonArray messages;
        for (int m = 0; m < perThread; ++m) {
            const int i = chunk * 100000 + t * 1000 + m;
            QJsonObject msg{
                {QStringLiteral("from"), m % 2 ? kDisplay : customer(t)},
                {QStringLiteral("id"), QStringLiteral("wamid.HIST%1").arg(i)},
                {QStringLiteral("timestamp"), QString::number(1735000000 + i)},
                {QStringLiteral("history_context"), QJsonObject{{QStringLiteral("status"), QStringLiteral("READ")}}}};
            if (m % 10 == 9) {
                msg.insert(QStringLiteral("type"), QStringLiteral("media_placeholder"));
            } else {
                msg.insert(QStringLiteral("type"), QStringLiteral("text"));
                msg.insert(QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), kTexts[i % kTexts.size()]}});
            }
            messages.append(msg);
        }
        threadArray.append(QJsonObject{{QStringLiteral("id"), customer(t)}, {QStringLiteral("messages"), messages}});
    }
    QJsonObject metadata{
        {QStringLiteral("phase"), 1}, {QStringLiteral("chunk_order"), chunk}, {QStringLiteral("progress"), 50}};
    return {{QStringLiteral("history"), QJsonArray{QJsonObject{{QStringLiteral("metadata"), metadata},
                                                               {QStringLiteral("threads"), threadArray}}}}};
}

/// The mixed corpus: many single-message bodies, status bodies, echoes, contact syncs, batched
/// bodies and a few big history chunks, roughly in the proportions a Coexistence number sees.
QList<QByteArray> mixedCorpus()
{
    QList<QByteArray> corpus;
    for (int i = 0; i < 300; ++i)
        corpus.append(metaBytes(envelope({change("messages", messagesValue(i, 1))})));
    for (int i = 0; i < 300; ++i)
        corpus.append(metaBytes(envelope({change("messages", statusesValue(i * 3, 1 + i % 3))})));
    for (int i = 0; i < 60; ++i)
        corpus.append(metaBytes(envelope({change("smb_message_echoes", echoesValue(i, 1))})));
    for (int i = 0; i < 30; ++i) {
        const QJsonObject sync{
            {QStringLiteral("state_sync"),
             QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("contact")},
                                    {QStringLiteral("contact"),
                                     QJsonObject{{QStringLiteral("full_name"), QStringLiteral("José %1").arg(i)},
                                                 {QStringLiteral("phone_number"), customer(i)}}},
                                    {QStringLiteral("action"), QStringLiteral("add")},
                                    {QStringLiteral("metadata"),
                                     QJsonObject{{QStringLiteral("timestamp"), QStringLiteral("1739321024")}}}}}}};
        corpus.append(metaBytes(envelope({change("smb_app_state_sync", sync)})));
    }
    for (int i = 0; i < 20; ++i) { // batched: several changes and messages in one POST
        corpus.append(metaBytes(envelope({change("messages", messagesValue(1000 + i * 10, 5)),
                                          change("messages", statusesValue(2000 + i * 10, 6)),
                                          change("smb_message_echoes", echoesValue(3000 + i * 10, 3))})));
    }
    for (int chunk = 1; chunk <= 4; ++chunk)
        corpus.append(metaBytes(envelope({change("history", historyValue(chunk, 20, 50))})));
    return corpus;
}

/// One single-message body per index, as in the signature benchmark.
QByteArray singleMessageBody(int i)
{
    QJsonObject message = inboundMessage(i * 5); // always a text (i * 5 % 5 == 0)
    return metaBytes(envelope(
        {change("messages",
                QJsonObject{{QStringLiteral("contacts"),
                             QJsonArray{QJsonObject{{QStringLiteral("profile"),
                                                     QJsonObject{{QStringLiteral("name"), QStringLiteral("João")}}},
                                                    {QStringLiteral("wa_id"), message.value(QStringLiteral("from"))}}}},
                            {QStringLiteral("messages"), QJsonArray{message}}})}));
}

/// Keeps results observable so the compiler cannot drop the work being timed.
volatile qsizetype g_sink = 0;

} // namespace

int runDecode(const BenchOptions& options, QTextStream& out)
{
    const QList<QByteArray> corpus = mixedCorpus();
    qsizetype corpusBytes = 0;
    qsizetype corpusEvents = 0;
    for (const QByteArray& body : corpus) {
        corpusBytes += body.size();
        const cloudapi::DecodeResult r = WebhookDecoder::decode(body);
        if (!r.ok()) {
            out << "decode benchmark: corpus body does not decode: " << r.reason << '\n';
            return 1;
        }
        corpusEvents += r.events.size();
    }
    const int passes = options.quick ? 5 : 60; // corpus passes per run
    const int runs = options.quick ? qMin(options.runs, 3) : options.runs;

    QList<double> decodeRates;
    QList<double> ratios;
    QList<double> parseRates;
    for (int run = 0; run <= runs; ++run) { // run 0 warms caches and is not counted
        QElapsedTimer timer;
        qint64 parseNs = 0;
        qint64 decodeNs = 0;
        qsizetype events = 0;
        for (int pass = 0; pass < passes; ++pass) {
            timer.start();
            for (const QByteArray& body : corpus)
                g_sink = g_sink + QJsonDocument::fromJson(body).object().size();
            parseNs += timer.nsecsElapsed();
            timer.start();
            for (const QByteArray& body : corpus)
                events += WebhookDecoder::decode(body).events.size();
            decodeNs += timer.nsecsElapsed();
        }
        if (run == 0)
            continue;
        decodeRates << events / (decodeNs / 1e9);
        parseRates << events / (parseNs / 1e9);
        ratios << double(decodeNs) / double(parseNs);
    }

    // Signature verification plus decoding, 20,000 single-message bodies as Meta signs them.
    const int bodies = 20000;
    const cloudapi::WebhookSignature signature(QByteArrayLiteral("duet-bench-app-secret-0123456789"));
    QList<QByteArray> signedBodies;
    QList<QByteArray> headers;
    signedBodies.reserve(bodies);
    headers.reserve(bodies);
    for (int i = 0; i < bodies; ++i) {
        signedBodies.append(singleMessageBody(i));
        headers.append(signature.sign(signedBodies.constLast()));
    }
    QList<double> verifyRates;
    QList<double> verifyRatios;
    for (int run = 0; run <= runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        for (const QByteArray& body : signedBodies)
            g_sink = g_sink + QJsonDocument::fromJson(body).object().size();
        const qint64 parseNs = timer.nsecsElapsed();
        timer.start();
        qsizetype events = 0;
        for (int i = 0; i < bodies; ++i) {
            if (!signature.verify(signedBodies[i], headers[i]))
                return 1;
            events += WebhookDecoder::decode(signedBodies[i]).events.size();
        }
        const qint64 verifyNs = timer.nsecsElapsed();
        if (events != bodies) {
            out << "decode benchmark: a signed body did not give exactly one event\n";
            return 1;
        }
        if (run == 0)
            continue;
        verifyRates << events / (verifyNs / 1e9);
        verifyRatios << double(verifyNs) / double(parseNs);
    }

    printFigure(out, "corpus_bodies", corpus.size(), 0);
    printFigure(out, "corpus_bytes", double(corpusBytes), 0);
    printFigure(out, "corpus_events", double(corpusEvents), 0);
    printFigure(out, "runs", runs, 0);
    printFigure(out, "decode_events_per_s", median(decodeRates), 0);
    printFigure(out, "parse_only_events_per_s", median(parseRates), 0);
    printFigure(out, "decode_vs_parse_ratio", median(ratios), 3);
    printFigure(out, "verify_decode_bodies", bodies, 0);
    printFigure(out, "verify_decode_events_per_s", median(verifyRates), 0);
    printFigure(out, "verify_decode_vs_parse_ratio", median(verifyRatios), 3);
    return 0;
}

} // namespace duet::bench
