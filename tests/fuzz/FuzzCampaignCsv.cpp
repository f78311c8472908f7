// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: a campaign's recipients file through CampaignCsv::parse, as the campaigns view reads it.

#include "FuzzSupport.h"
#include "outbound/CampaignCsv.h"

#include <QSet>

using namespace duet;
using namespace duet::outbound;

namespace {

void check(const CampaignCsvResult& r)
{
    if (!r.ok) {
        FUZZ_CHECK(!r.error.isEmpty() && r.recipients.isEmpty());
        return;
    }
    FUZZ_CHECK(r.separator == QLatin1Char(',') || r.separator == QLatin1Char(';'));
    FUZZ_CHECK(!r.recipientColumn.isEmpty());
    FUZZ_CHECK(r.emptyRows + r.duplicates + r.invalid + r.recipients.size() <= r.dataRows);
    QSet<QString> keys;
    for (const CampaignRecipient& c : r.recipients) {
        FUZZ_CHECK(!c.key.isEmpty());
        FUZZ_CHECK_MSG(!keys.contains(c.key), c.key); // distinct recipients
        keys.insert(c.key);
        FUZZ_CHECK(c.parameters.size() == r.parameterColumns.size());
    }
    int line = 0;
    for (const CampaignCsvProblem& p : r.problems) {
        FUZZ_CHECK(p.line >= line); // in line order
        line = p.line;
        FUZZ_CHECK(!p.text().isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApp();
    const QByteArray bytes = fuzz::bytes(data, size);
    CampaignCsvOptions options;
    check(CampaignCsv::parse(bytes, options)); // every other column a parameter
    options.defaultRegion = QStringLiteral("BR");
    options.parameterNames = {QStringLiteral("1"), QStringLiteral("2")};
    check(CampaignCsv::parse(bytes, options));
    options.defaultRegion = QStringLiteral("US");
    options.parameterNames = {QStringLiteral("first_name"), QStringLiteral("order_id")};
    options.maxRows = 50;
    options.maxFieldChars = 16;
    check(CampaignCsv::parse(bytes, options));
    return 0;
}
