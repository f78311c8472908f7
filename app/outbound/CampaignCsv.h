// SPDX-License-Identifier: GPL-3.0-or-later
// Reads a campaign's recipients CSV: one recipient and its template parameters per row.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace duet::outbound {

/// One recipient of a campaign with the values of its template's body parameters.
struct CampaignRecipient
{
    /// The conversation key: a phone number's contactKey() (digits only) or a business-scoped
    /// user ID exactly as given ("US.13491208655302741918").
    QString key;
    /// The body parameter values in the template's order ({{1}}, {{2}} ... or the named
    /// parameters in the order CampaignCsvOptions::parameterNames gives them).
    QStringList parameters;
    int line = 0; ///< the CSV line the row starts on (1 = the header); 0 when not from a file
};

/// Why a CSV row was not taken (or taken only once). Every data row that is not a recipient has
/// exactly one problem: nothing is skipped silently.
struct CampaignCsvProblem
{
    enum class Kind {
        InvalidNumber,      ///< the recipient is neither a valid phone number nor a BSUID
        MissingRecipient,   ///< the recipient cell is empty
        MissingParameter,   ///< a parameter cell is empty (Meta refuses empty parameter values)
        TooFewFields,       ///< fewer cells than the header has columns
        TooManyFields,      ///< more cells than the header has columns
        UnterminatedQuote,  ///< a quoted cell that never closes: the rest of the file is this row
        DuplicateRecipient, ///< the recipient is listed again: only its first row is sent
        FieldTooLong,       ///< a cell over CampaignCsvOptions::maxFieldChars
        EmptyRow,           ///< a blank line: ignored, listed so that the counts add up
    };
    Kind kind = Kind::InvalidNumber;
    int line = 0;   ///< the line the row starts on (1 = the header)
    QString value;  ///< the offending cell (recipient as written, parameter column name ...)
    QString detail; ///< more about it (PhoneFormat's reason, the first line of the duplicate ...)
    /// One translated sentence for the supervisor: "Line 7: +1 555 is not a valid number (too short)".
    QString text() const;
    /// Whether the row is only informational (an empty row, a duplicate that is sent once).
    bool isIgnorable() const { return kind == Kind::EmptyRow || kind == Kind::DuplicateRecipient; }
};

/// How to read a recipients file.
struct CampaignCsvOptions
{
    /// ISO 3166 region for numbers written without '+' or "00" ("BR": "11 98765-4321" is
    /// +55 11 98765-4321). Empty: such numbers must already start with their country code.
    QString defaultRegion;
    /// The template's body parameters in order: positional ({"1", "2"}) or named
    /// ({"first_name", "order_id"}). A column matches a parameter by its header: "1", "{{1}}",
    /// "name", "{{name}}" (case-insensitive, spaces around ignored). Empty: every column other than
    /// the recipient column is a parameter, in header order.
    QStringList parameterNames;
    qint64 maxBytes = 20 * 1024 * 1024; ///< larger files are refused whole (CampaignCsvResult::error)
    int maxRows = 100'000;              ///< files with more data rows are refused whole
    int maxFieldChars = 1024;           ///< Meta's limit for a body parameter's text
};

/// What reading a recipients file gave.
struct CampaignCsvResult
{
    /// False: the file was refused whole (not UTF-8, empty, no header, no recipient column, a
    /// parameter without a column, too large); `error` says why and nothing else is filled in.
    bool ok = false;
    QString error;   ///< translated
    QChar separator; ///< ',' or ';' as detected from the header line
    bool hadBom = false;
    QString recipientColumn;      ///< the header cell taken as the recipient column
    QStringList parameterColumns; ///< the header cells taken as parameters, in parameter order
    QStringList ignoredColumns;   ///< header cells that are neither (not sent)
    /// Some recipients are business-scoped user IDs (an authentication template needs phone numbers).
    bool hasUserIds = false;
    QList<CampaignRecipient> recipients; ///< distinct valid recipients, in file order
    QList<CampaignCsvProblem> problems;  ///< in line order
    int dataRows = 0;                    ///< rows after the header, empty ones included
    int emptyRows = 0;
    int duplicates = 0;
    int invalid = 0; ///< rows not sent for any reason other than empty or duplicate
};

/// Parses a recipients CSV (docs/OUTBOUND.md, "Campaigns"). The file is UTF-8 with or without a
/// byte order mark; the separator is ',' or ';', whichever the header line has more of outside
/// quotes; cells follow RFC 4180 (quoted cells may hold separators, "" and line breaks); lines end
/// in CRLF or LF. The header names the recipient column, one of recipientColumnNames()
/// (case-insensitive), and the parameter columns. Phone numbers are checked with PhoneFormat and
/// keyed with contactKey(); BSUIDs are taken as they are.
///     CampaignCsvOptions o; o.defaultRegion = QStringLiteral("BR"); o.parameterNames = {"1", "2"};
///     const CampaignCsvResult r = CampaignCsv::parseFile(path, o);
///     if (!r.ok) show(r.error); else for (const auto& p : r.problems) list(p.text());
class CampaignCsv
{
    Q_DECLARE_TR_FUNCTIONS(duet::outbound::CampaignCsv)
public:
    static CampaignCsvResult parse(const QByteArray& input, const CampaignCsvOptions& options);
    /// Reads the file (refusing one over maxBytes before reading it) and parses it.
    static CampaignCsvResult parseFile(const QString& path, const CampaignCsvOptions& options);
    /// The accepted recipient column names, lower case: "phone", "wa_id", "number", "whatsapp",
    /// "bsuid", "user_id" (plus "phone_number" and "recipient").
    static QStringList recipientColumnNames();
};

} // namespace duet::outbound
