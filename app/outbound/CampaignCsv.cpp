// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a campaign's recipients CSV: encoding, separator, RFC 4180 cells, columns and rows.
#include "CampaignCsv.h"

#include "cloudapi/GraphRequests.h"
#include "core/ContactKey.h"
#include "core/PhoneFormat.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace duet::outbound {
namespace {

/// The offset of the first byte that does not start a well-formed UTF-8 sequence; -1 when all are.
qsizetype firstInvalidUtf8(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned min = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            min = 0x10000;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        unsigned cp = c & (0x7Fu >> len);
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3Fu);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return -1;
}

int lineAt(const QByteArray& bytes, qsizetype offset)
{
    return int(std::count(bytes.constBegin(), bytes.constBegin() + offset, '\n')) + 1;
}

/// ',' or ';': whichever the first line has more of outside quotes (',' on a tie).
QChar detectSeparator(const QString& text)
{
    int commas = 0, semicolons = 0;
    bool inQuotes = false;
    for (QChar c : text) {
        if (c == QLatin1Char('"'))
            inQuotes = !inQuotes;
        else if (!inQuotes && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!inQuotes && c == QLatin1Char(','))
            ++commas;
        else if (!inQuotes && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

struct Record
{
    int line = 0; ///< the line it starts on
    QStringList fields;
    bool unterminated = false;
    bool isEmpty() const
    {
        return std::all_of(fields.cbegin(), fields.cend(), [](const QString& f) { return f.trimmed().isEmpty(); });
    }
};

/// RFC 4180 records, leniently: CRLF, LF or CR ends a record outside quotes; a quote starts a
/// quoted cell only at the cell's start (spaces before it dropped); "" inside quotes is one quote;
/// line breaks inside quotes are kept as '\n'. Stops after `maxRecords` records (returns true when
/// there would have been more).
bool readRecords(const QString& text, QChar separator, int maxRecords, QList<Record>* out)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    int line = 1;
    while (i < n) {
        if (out->size() >= maxRecords)
            return true;
        Record r;
        r.line = line;
        QString field;
        bool inQuotes = false;
        bool quoted = false;
        while (i < n) {
            const QChar c = text.at(i);
            if (inQuotes) {
                if (c == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += c;
                        i += 2;
                    } else {
                        inQuotes = false;
                        ++i;
                    }
                } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                    if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                        ++i;
                    field += QLatin1Char('\n');
                    ++line;
                    ++i;
                } else {
                    field += c;
                    ++i;
                }
                continue;
            }
            if (c == QLatin1Char('"') && !quoted && field.trimmed().isEmpty()) {
                field.clear();
                inQuotes = quoted = true;
                ++i;
            } else if (c == separator) {
                r.fields << field;
                field.clear();
                quoted = false;
                ++i;
            } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                    ++i;
                ++i;
                ++line;
                break;
            } else {
                field += c;
                ++i;
            }
        }
        r.fields << field;
        r.unterminated = inQuotes;
        out->append(r);
    }
    return false;
}

/// A header cell as matched: trimmed, lower case, "{{x}}" read as "x".
QString headerKey(const QString& cell)
{
    QString h = cell.trimmed().toLower();
    if (h.startsWith(QLatin1String("{{")) && h.endsWith(QLatin1String("}}")) && h.size() >= 4)
        h = h.mid(2, h.size() - 4).trimmed();
    return h;
}

/// A header cell as a recipient column name: spaces and dashes read as underscores.
QString recipientKey(const QString& cell)
{
    QString h = headerKey(cell);
    h.replace(QLatin1Char(' '), QLatin1Char('_'));
    h.replace(QLatin1Char('-'), QLatin1Char('_'));
    return h;
}

bool isNumber(const QString& s)
{
    bool ok = false;
    s.toInt(&ok);
    return ok;
}

CampaignCsvResult refused(const QString& error)
{
    CampaignCsvResult r;
    r.ok = false;
    r.error = error;
    return r;
}

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

QString CampaignCsvProblem::text() const
{
    switch (kind) {
    case Kind::InvalidNumber:
        return CampaignCsv::tr("Line %1: \"%2\" is not a valid phone number or WhatsApp user ID. %3")
            .arg(line)
            .arg(value, detail)
            .trimmed();
    case Kind::MissingRecipient:
        return CampaignCsv::tr("Line %1: the recipient is missing.").arg(line);
    case Kind::MissingParameter:
        return CampaignCsv::tr("Line %1: the parameter \"%2\" is empty.").arg(line).arg(value);
    case Kind::TooFewFields:
        return CampaignCsv::tr("Line %1: %2 cells, but the header has %3.").arg(line).arg(value, detail);
    case Kind::TooManyFields:
        return CampaignCsv::tr("Line %1: %2 cells, more than the %3 of the header.").arg(line).arg(value, detail);
    case Kind::UnterminatedQuote:
        return CampaignCsv::tr("Line %1: a quote opens here and never closes; the rest of the file was read as "
                               "this row and nothing of it is sent.")
            .arg(line);
    case Kind::DuplicateRecipient:
        return CampaignCsv::tr("Line %1: %2 is already on line %3; it is sent once.").arg(line).arg(value, detail);
    case Kind::FieldTooLong:
        return CampaignCsv::tr("Line %1: the value of \"%2\" is longer than %3 characters.")
            .arg(line)
            .arg(value, detail);
    case Kind::EmptyRow:
        return CampaignCsv::tr("Line %1: empty row, ignored.").arg(line);
    }
    return {};
}

QStringList CampaignCsv::recipientColumnNames()
{
    return {QStringLiteral("phone"),  QStringLiteral("phone_number"), QStringLiteral("wa_id"),
            QStringLiteral("number"), QStringLiteral("whatsapp"),     QStringLiteral("recipient"),
            QStringLiteral("bsuid"),  QStringLiteral("user_id")};
}

CampaignCsvResult CampaignCsv::parseFile(const QString& path, const CampaignCsvOptions& options)
{
    const QFileInfo info(path);
    if (info.exists() && info.size() > options.maxBytes) {
        return refused(tr("The file is %1 MB; a campaign file may have at most %2 MB. Split it into smaller files.")
                           .arg(megabytes(info.size()), megabytes(options.maxBytes)));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refused(tr("Cannot read %1: %2").arg(path, file.errorString()));
    // Read one byte more than allowed: a file that grew since the check is still refused.
    const QByteArray bytes = file.read(options.maxBytes + 1);
    return parse(bytes, options);
}

CampaignCsvResult CampaignCsv::parse(const QByteArray& input, const CampaignCsvOptions& options)
{
    if (input.size() > options.maxBytes) {
        return refused(tr("The file is larger than %1 MB, the most a campaign file may have. Split it into "
                          "smaller files.")
                           .arg(megabytes(options.maxBytes)));
    }
    QByteArray bytes = input;
    bool bom = false;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
        bom = true;
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        return refused(tr("The file is in UTF-16. Save it as \"CSV UTF-8\" and choose it again."));
    }
    if (bytes.contains('\0'))
        return refused(tr("The file is not a text file in UTF-8 (it contains zero bytes). Save it as \"CSV UTF-8\" "
                          "and choose it again."));
    const qsizetype badByte = firstInvalidUtf8(bytes);
    if (badByte >= 0) {
        return refused(tr("The file is not in UTF-8 (line %1 has a character in another encoding, such as Windows "
                          "Latin-1). Save it as \"CSV UTF-8\" and choose it again.")
                           .arg(lineAt(bytes, badByte)));
    }
    const QString text = QString::fromUtf8(bytes);
    if (text.trimmed().isEmpty())
        return refused(tr("The file is empty."));

    CampaignCsvResult r;
    r.hadBom = bom;
    r.separator = detectSeparator(text);

    QList<Record> records;
    // The header, the rows allowed, and one more to tell that there are too many.
    if (readRecords(text, r.separator, options.maxRows + 2, &records) || records.size() > options.maxRows + 1) {
        return refused(tr("The file has more than %1 rows; a campaign may have at most %1 recipients. Split it "
                          "into smaller files.")
                           .arg(QLocale().toString(options.maxRows)));
    }
    // Blank lines before the header are not the header.
    qsizetype first = 0;
    while (first < records.size() && records.at(first).isEmpty() && !records.at(first).unterminated)
        ++first;
    if (first >= records.size())
        return refused(tr("The file is empty."));
    const Record& header = records.at(first);
    if (header.unterminated)
        return refused(tr("Line %1: the header row has a quote that never closes.").arg(header.line));

    // Columns.
    const QStringList recipientNames = recipientColumnNames();
    QList<int> recipientCols;
    for (int c = 0; c < header.fields.size(); ++c) {
        if (recipientNames.contains(recipientKey(header.fields.at(c))))
            recipientCols << c;
    }
    if (recipientCols.isEmpty()) {
        return refused(tr("The header row names no recipient column. Name the column of phone numbers or "
                          "WhatsApp user IDs one of: %1.")
                           .arg(recipientNames.join(QStringLiteral(", "))));
    }
    r.recipientColumn = header.fields.at(recipientCols.first()).trimmed();

    QList<int> paramCols;
    QSet<int> used(recipientCols.cbegin(), recipientCols.cend());
    if (!options.parameterNames.isEmpty()) {
        for (const QString& name : options.parameterNames) {
            const QString wanted = headerKey(name);
            int found = -1;
            for (int c = 0; c < header.fields.size() && found < 0; ++c) {
                if (!used.contains(c) && headerKey(header.fields.at(c)) == wanted)
                    found = c;
            }
            if (found < 0) {
                return refused(tr("The header row has no column for the template's parameter {{%1}}. Name a column "
                                  "\"%1\".")
                                   .arg(wanted));
            }
            used.insert(found);
            paramCols << found;
        }
    } else {
        for (int c = 0; c < header.fields.size(); ++c) {
            if (!used.contains(c) && !header.fields.at(c).trimmed().isEmpty()) {
                paramCols << c;
                used.insert(c);
            }
        }
        // Positional names ("1", "{{2}}") in any column order give the parameters in their order.
        const bool positional = std::all_of(paramCols.cbegin(), paramCols.cend(),
                                            [&](int c) { return isNumber(headerKey(header.fields.at(c))); });
        if (positional) {
            std::stable_sort(paramCols.begin(), paramCols.end(), [&](int a, int b) {
                return headerKey(header.fields.at(a)).toInt() < headerKey(header.fields.at(b)).toInt();
            });
        }
    }
    for (int c : paramCols)
        r.parameterColumns << header.fields.at(c).trimmed();
    for (int c = 0; c < header.fields.size(); ++c) {
        if (!used.contains(c) && !recipientCols.contains(c))
            r.ignoredColumns << header.fields.at(c).trimmed();
    }

    // Rows.
    const int columns = int(header.fields.size());
    QHash<QString, int> seen; // key -> the line it was first taken from
    for (qsizetype i = first + 1; i < records.size(); ++i) {
        const Record& rec = records.at(i);
        ++r.dataRows;
        CampaignCsvProblem p;
        p.line = rec.line;
        auto problem = [&](CampaignCsvProblem::Kind kind, const QString& value, const QString& detail = {}) {
            p.kind = kind;
            p.value = value;
            p.detail = detail;
            r.problems << p;
            if (kind == CampaignCsvProblem::Kind::EmptyRow)
                ++r.emptyRows;
            else if (kind == CampaignCsvProblem::Kind::DuplicateRecipient)
                ++r.duplicates;
            else
                ++r.invalid;
        };
        if (rec.unterminated) {
            problem(CampaignCsvProblem::Kind::UnterminatedQuote, {});
            continue;
        }
        if (rec.isEmpty()) {
            problem(CampaignCsvProblem::Kind::EmptyRow, {});
            continue;
        }
        if (rec.fields.size() < columns) {
            problem(CampaignCsvProblem::Kind::TooFewFields, QString::number(rec.fields.size()),
                    QString::number(columns));
            continue;
        }
        if (rec.fields.size() > columns) {
            // Trailing empty cells (a spreadsheet's extra separators) are harmless.
            const bool extraEmpty = std::all_of(rec.fields.cbegin() + columns, rec.fields.cend(),
                                                [](const QString& f) { return f.trimmed().isEmpty(); });
            if (!extraEmpty) {
                problem(CampaignCsvProblem::Kind::TooManyFields, QString::number(rec.fields.size()),
                        QString::number(columns));
                continue;
            }
        }
        QString written;
        for (int c : recipientCols) {
            written = rec.fields.at(c).trimmed();
            if (!written.isEmpty())
                break;
        }
        if (written.isEmpty()) {
            problem(CampaignCsvProblem::Kind::MissingRecipient, {});
            continue;
        }
        QString key;
        if (cloudapi::GraphRequestBuilder::isUserIdAddress(written)) {
            key = written;
        } else {
            const PhoneFormat::Check check = PhoneFormat::check(written, options.defaultRegion);
            if (!check.isValid()) {
                problem(CampaignCsvProblem::Kind::InvalidNumber, written, check.problemText());
                continue;
            }
            key = contactKey(check.e164);
        }
        // Not hoisted out of the loop: each recipient keeps its own list.
        QStringList parameters; // clazy:exclude=container-inside-loop
        bool bad = false;
        for (int k = 0; k < paramCols.size() && !bad; ++k) {
            const QString value = rec.fields.at(paramCols.at(k)).trimmed();
            if (value.isEmpty()) {
                problem(CampaignCsvProblem::Kind::MissingParameter, r.parameterColumns.at(k));
                bad = true;
            } else if (value.size() > options.maxFieldChars) {
                problem(CampaignCsvProblem::Kind::FieldTooLong, r.parameterColumns.at(k),
                        QString::number(options.maxFieldChars));
                bad = true;
            }
            parameters << value;
        }
        if (bad)
            continue;
        const auto already = seen.constFind(key);
        if (already != seen.constEnd()) {
            problem(CampaignCsvProblem::Kind::DuplicateRecipient, written, QString::number(*already));
            continue;
        }
        seen.insert(key, rec.line);
        if (cloudapi::GraphRequestBuilder::isUserIdAddress(key))
            r.hasUserIds = true;
        r.recipients << CampaignRecipient{key, parameters, rec.line};
    }
    if (r.dataRows == r.emptyRows)
        return refused(tr("The file has a header row but no recipients."));
    r.ok = true;
    return r;
}

} // namespace duet::outbound
