// SPDX-License-Identifier: GPL-3.0-or-later
// The new-campaign dialog: template, recipients file, parameters, preview, estimate, start or schedule.
#pragma once

#include "CampaignsView.h"
#include "TemplateCatalog.h"
#include "outbound/CampaignCsv.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace duet::ui {

/// Sets up a campaign in one page, top to bottom: its name; an approved template (searchable,
/// with its category badge and what a send costs); the recipients file (QFileDialog; a CSV with a
/// phone/wa_id/bsuid column and one column per template parameter) with every row that is not
/// sent listed with its line and reason (selectable, and copied with one button); which column
/// fills which {{n}}; the first three messages as the customers will read them; the pre-flight
/// estimate in words (recipients, duplicates, invalid rows, customers who stopped marketing, the
/// time at the team's budget, the share of the tier with a warning past it, the cost category).
/// "Start now" creates it at once; "Schedule…" asks for a date and time (local, its time zone
/// shown) that must not have passed. The dialog closes accepted once the campaign exists.
/// Usage: `NewCampaignDialog d(context, clock, parent); if (d.exec()) select(d.createdCampaign());`
class NewCampaignDialog : public QDialog
{
    Q_OBJECT
public:
    NewCampaignDialog(const CampaignsContext& context, const Clock& clock, QWidget* parent = nullptr);

    void setName(const QString& name);
    /// Selects the approved template `name` (in `language` when given); false when not offered.
    bool selectTemplate(const QString& name, const QString& language = {});
    /// The templates offered (approved only), as "name (language)".
    QStringList offeredTemplates() const;
    /// The selected template's category and cost line.
    QString categoryText() const;
    /// Reads a recipients file; false when it was refused whole (errorText() says why). Rows that
    /// are not sent are listed (problemsText()) and do not make it fail. A large file is read on a
    /// thread: isReading() until csvRead().
    bool loadCsv(const QString& path);
    bool isReading() const { return m_reading; }
    /// Which CSV column fills body parameter `index` (0-based); false when there is no such column.
    bool mapParameter(int index, const QString& column);
    QStringList parameterColumns() const;

    QString recipientsText() const;
    /// One line per row not sent: "Line 7: …".
    QString problemsText() const;
    /// The first three messages as rendered: "+55 11 98765-4321: Hi Ana, …", one per paragraph.
    QString previewText() const;
    QString estimateText() const;
    /// Whether the tier warning shows.
    bool exceedsTier() const;
    /// What stops creating it now (no template, no recipients, …); empty when it can be created.
    QString errorText() const;

    /// Creates the campaign to start at once; false with errorText() when it cannot.
    bool startNow();
    /// Creates the campaign to start at `when` (local time); refused when it is not in the future.
    bool scheduleAt(const QDateTime& when);
    qint64 createdCampaign() const { return m_created; }
    /// "Spring sale: 120 messages are on their way." / "… scheduled for …" (translated).
    QString resultText() const { return m_resultText; }

    QPushButton* startButton() const { return m_start; }

    /// "America/Sao_Paulo (UTC−03:00)": the time zone schedule times are in.
    static QString timeZoneText();

signals:
    /// A large recipients file was read (on its thread) and everything below it is up to date.
    void csvRead();

private:
    void reloadTemplates();
    void onTemplateChosen();
    void chooseCsv();
    /// Parses the loaded bytes with the current mapping and updates everything below.
    void reparse();
    void rebuildMapping();
    void updateSummary();
    void chooseSchedule();
    const MessageTemplate* current() const;
    outbound::CampaignDraft draft() const;
    bool create(qint64 scheduledAtMs);
    void setError(const QString& text);

    CampaignsContext m_context;
    const Clock& m_clock;
    QList<MessageTemplate> m_templates;
    int m_current = -1;
    QByteArray m_csvBytes;
    QString m_csvPath;
    QStringList m_columns; ///< the file's parameter columns (every column but the recipient's)
    QStringList m_mapping; ///< body parameter i -> column
    outbound::CampaignCsvResult m_csv;
    bool m_exceedsTier = false;
    bool m_reading = false;    ///< a large file is being parsed on a thread
    int m_parseGeneration = 0; ///< the latest parse; older results are dropped
    qint64 m_created = 0;
    QString m_resultText;

    QLineEdit* m_name;
    QLineEdit* m_search;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QListView* m_list;
    QLabel* m_category;
    QPushButton* m_chooseFile;
    QLabel* m_recipients;
    QPlainTextEdit* m_problems;
    QPushButton* m_copyProblems;
    QWidget* m_mappingBox;
    QFormLayout* m_mappingForm;
    QList<QComboBox*> m_mappingCombos;
    QLabel* m_preview;
    QLabel* m_estimate;
    QLabel* m_error;
    QPushButton* m_start;
    QPushButton* m_schedule;
};

} // namespace duet::ui
