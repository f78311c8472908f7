// SPDX-License-Identifier: GPL-3.0-or-later
// GET /{waba-id}/message_templates: the request for one page and the reading of Meta's answer.
#pragma once

#include "core/TemplateRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace duet::cloudapi {

/// One page of the business account's templates, as Meta answers
/// `GET /{version}/{waba-id}/message_templates`: `data[]` (id, name, language, category, status,
/// components) and `paging` (`cursors.before`/`cursors.after`, and `next` while more pages follow).
struct TemplatePage
{
    QList<TemplateRecord> templates;
    QString after;        ///< paging.cursors.after; empty when absent
    bool hasMore = false; ///< paging.next is there: another page follows
    int skipped = 0;      ///< elements of data[] that were not templates (no name or language)
};

/// The fields Duet asks for, in Meta's names.
inline constexpr char kTemplateFields[] = "id,name,language,category,status,components";
/// Templates per page Duet asks for (Meta's pages are smaller by default).
inline constexpr int kTemplatePageSize = 100;

/// The URL of one page: `{base}/{version}/{wabaId}/message_templates?fields=…&limit=…[&after=…]`.
/// Later pages are asked of the same base with Meta's `after` cursor, never by following
/// `paging.next` (an absolute URL): the access token only ever goes to the configured Graph host.
QUrl templatePageUrl(const QUrl& base, const QString& version, const QString& wabaId, const QString& after = {},
                     int limit = kTemplatePageSize);

/// Reads a 2xx answer's body. False with *error (one line) when it is not JSON, not an object, or
/// `data` is not an array; elements of data[] that are not templates are counted in `skipped`.
bool parseTemplatePage(const QByteArray& body, TemplatePage* page, QString* error);

} // namespace duet::cloudapi
