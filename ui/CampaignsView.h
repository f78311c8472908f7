// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisors' Campaigns page: the campaign list with live progress, details and controls.
#pragma once

#include "outbound/Campaigns.h"

#include <QAbstractTableModel>
#include <QTimer>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;
class QTreeWidget;

namespace duet {
class Clock;
}
namespace duet::outbound {
class OutboundDriver;
}

namespace duet::ui {

class TemplateCatalog;

/// What the Campaigns page works on; the composition root owns all of it.
struct CampaignsContext
{
    outbound::Campaigns* campaigns = nullptr;
    /// Its rowChanged() drives the live progress (coalesced, see CampaignsView).
    outbound::OutboundDriver* driver = nullptr;
    const TemplateCatalog* templates = nullptr;
    /// Who stopped marketing messages; null when unknown (the estimate then says nothing of it).
    const outbound::MarketingPreferences* preferences = nullptr;
    /// The signed-in supervisor's name, asked when a campaign is created.
    std::function<QString()> createdBy;
    /// ISO 3166 region for numbers written without a country code in a recipients file; empty:
    /// they must carry it.
    QString defaultRegion;
};

/// The campaign list: one row per campaign, newest first. Columns: name, template, state (with
/// the scheduled time), progress (ProgressRole: 0..1000 per mille), counts, created by and at.
class CampaignListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TemplateColumn, StateColumn, ProgressColumn, CountsColumn, CreatedColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        ProgressRole, ///< per mille of the recipients that are out (no longer queued or sending)
    };

    explicit CampaignListModel(QObject* parent = nullptr);

    /// Replaces the rows; rows whose campaign stays are updated in place (the selection stays).
    void setCampaigns(const QList<outbound::CampaignInfo>& campaigns);
    const QList<outbound::CampaignInfo>& campaigns() const { return m_rows; }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "Scheduled for 5 Dec 14:00", "Running", "Paused", "Cancelled", "Done" (translated).
    static QString stateText(const outbound::CampaignInfo& info);
    /// "12 sent · 8 delivered · 3 read · 1 failed · 2 need attention" (translated).
    static QString countsText(const outbound::BulkProgress& p);
    /// Recipients no longer queued or sending.
    static int doneCount(const outbound::BulkProgress& p);

private:
    QList<outbound::CampaignInfo> m_rows;
};

/// A page for supervisors (MainWindow's "Campaigns", Ctrl+Shift+M): every campaign of this
/// desktop's outbox with its state and live progress, and "New campaign…" (NewCampaignDialog).
/// The selected campaign's details show its counts per state, its failures grouped by Meta's
/// error code with what to do, and its controls: Pause, Resume, Cancel (asks first), Resend
/// uncertain (says why it can duplicate) and Export results… (CSV).
/// Progress follows the driver's rowChanged() and the campaigns' campaignChanged(), coalesced:
/// a burst of row changes (20 a second while a campaign runs) re-reads the list at most every
/// kRefreshMs, and not at all while the page is hidden (it catches up when shown).
/// Usage: `CampaignsView v(context, clock); v.refresh();`
class CampaignsView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRefreshMs = 300;

    CampaignsView(const CampaignsContext& context, const Clock& clock, QWidget* parent = nullptr);

    /// Re-reads the list and the selected campaign's details now.
    void refresh();
    /// A refresh is waiting for its timer (changes came in since the last one).
    bool isRefreshPending() const { return m_refreshTimer.isActive() || m_dirty; }
    /// How many times refresh() read the list (coalescing shows in it).
    int refreshCount() const { return m_refreshes; }

    CampaignListModel* model() const { return m_model; }
    QTreeView* listView() const { return m_list; }
    bool isEmptyStateShown() const;
    QString emptyStateText() const;
    /// Selects a campaign in the list (its details show); false when it is not listed.
    bool selectCampaign(qint64 id);
    qint64 selectedCampaign() const;

    // The selected campaign's details.
    QString detailsCountsText() const;
    /// One line per failure group: "131026 · Message undeliverable (3): <remedy>".
    QStringList failureLines() const;
    QPushButton* pauseButton() const { return m_pause; }
    QPushButton* resumeButton() const { return m_resume; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* resendButton() const { return m_resend; }
    QPushButton* exportButton() const { return m_export; }

    /// Writes the selected campaign's results to `path`; false with *error.
    bool exportSelectedTo(const QString& path, QString* error);

public slots:
    /// Opens the new-campaign dialog (modal); the new campaign is selected once created.
    void newCampaign();

signals:
    /// Something to say in the status bar (a campaign created, an export written, an error).
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void scheduleRefresh();
    void showDetails();
    void cancelSelected();
    void resendSelected();
    void exportSelected();

    CampaignsContext m_context;
    const Clock& m_clock;
    CampaignListModel* m_model;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QTreeView* m_list;
    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_counts;
    QLabel* m_failuresHeading;
    QTreeWidget* m_failures;
    QPushButton* m_new;
    QPushButton* m_emptyNew;
    QPushButton* m_pause;
    QPushButton* m_resume;
    QPushButton* m_cancel;
    QPushButton* m_resend;
    QPushButton* m_export;
    QTimer m_refreshTimer;
    bool m_dirty = false; ///< a change came while hidden: refresh when shown
    int m_refreshes = 0;
};

} // namespace duet::ui
