// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: template definitions: a page of GET /{waba-id}/message_templates through
// parseTemplatePage, each record through the forms the hub keeps and sends it in (its JSON, the
// components text of the hub's templates table, the `templates` frame to desktops).

#include "FuzzSupport.h"
#include "cloudapi/TemplateList.h"
#include "core/TemplateRecord.h"
#include "sync/Protocol.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace duet;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApp();
    const QByteArray body = fuzz::bytes(data, size);
    cloudapi::TemplatePage page;
    QString error;
    if (!cloudapi::parseTemplatePage(body, &page, &error)) {
        FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    FUZZ_CHECK(page.skipped >= 0);
    for (const TemplateRecord& t : page.templates) {
        FUZZ_CHECK(!t.name.isEmpty() && !t.language.isEmpty());
        FUZZ_CHECK(t.category == t.category.toUpper() && t.status == t.status.toUpper());
        // Its JSON form reads back to the same record.
        TemplateRecord back;
        QString backError;
        FUZZ_CHECK_MSG(TemplateRecord::fromJson(t.toJson(), &back, &backError), backError);
        FUZZ_CHECK(back.id == t.id && back.name == t.name && back.language == t.language &&
                   back.category == t.category && back.status == t.status);
        // The hub stores the components as compact JSON text and reads them back; from then on the
        // text is a fixed point. (Not from the first write: Qt 6.4 keeps a byte order mark that
        // starts a key or string when parsing but drops it when writing, which can also move a key.)
        const QByteArray text = QJsonDocument(t.components).toJson(QJsonDocument::Compact);
        const QByteArray stored = QJsonDocument(QJsonDocument::fromJson(text).array()).toJson(QJsonDocument::Compact);
        const QByteArray again = QJsonDocument(QJsonDocument::fromJson(stored).array()).toJson(QJsonDocument::Compact);
        FUZZ_CHECK_MSG(again == stored, QString::fromUtf8(stored));
        // What desktops show of it never fails.
        (void)t.bodyText();
        (void)t.headerText();
        (void)t.headerFormat();
        (void)t.footerText();
        (void)t.buttonTypes();
    }
    // The `templates` frame carries the list to desktops unchanged.
    sync::Templates frame;
    frame.templates = page.templates;
    frame.updatedAtMs = 1'760'000'000'000;
    const QByteArray encoded = sync::encode(sync::HubMessage(frame));
    sync::HubMessage decoded;
    sync::ProtocolError protocolError;
    FUZZ_CHECK_MSG(sync::decodeHubMessage(encoded, &decoded, &protocolError), protocolError.message);
    const auto* templates = std::get_if<sync::Templates>(&decoded);
    FUZZ_CHECK(templates && templates->templates.size() == page.templates.size());
    // Passed on again, the frame is the same bytes (after the first pass, for the reason above).
    const QByteArray passed = sync::encode(sync::HubMessage(*templates));
    sync::HubMessage again;
    FUZZ_CHECK(sync::decodeHubMessage(passed, &again, &protocolError));
    FUZZ_CHECK(sync::encode(again) == passed);
    return 0;
}
