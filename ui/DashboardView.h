// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's dashboard: tiles and charts over a period, each clickable to its conversations.
#pragma once

#include "Theme.h"
#include "outbound/Campaigns.h"
#include "store/DashboardQuery.h"
#include "sync/Protocol.h"

#include <QSqlDatabase>
#include <QWidget>

#include <functional>

class QBarSeries;
class QAbstractBarSeries;
class QBarSet;
class QChartView;
class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;

namespace duet {
class Clock;
}

namespace duet::ui {

/// The dashboard page of the team overview (docs/DESKTOP.md, "Dashboard"): a period picker
/// (Today by the hour, 7 and 30 days by the day), tiles with the period's numbers, and charts:
/// conversations opened and messages by customers, agents and the phone app; first-reply and
/// resolution times as histograms; agents' load coloured by presence; the agents' API sends by
/// pricing category; windows closing within the hour unanswered; campaign progress. Tiles and
/// charts show the same store::DashboardQuery figures. Clicking a tile or a bar lists the
/// conversations behind it (conversationsShown()); double-clicking one opens it for review.
/// The figures export as CSV and the page as PNG.
/// Usage: `DashboardView v(db, clock, theme); v.setPeriod(store::DashboardPeriod::Week);`
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    /// The tiles, in the order shown.
    enum class Tile : quint8 { Opened, Messages, FirstReplies, Waiting, Resolved, Closing, Billable };
    /// The charts whose bars can be clicked.
    enum class Chart : quint8 { Volume, FirstResponse, Resolution, AgentLoad, Cost };
    /// The most conversations a click lists.
    static constexpr int kListLimit = 500;

    DashboardView(QSqlDatabase db, const Clock& clock, const Theme& theme, QWidget* parent = nullptr);

    /// Chooses the period and reads every figure again.
    void setPeriod(store::DashboardPeriod period);
    store::DashboardPeriod period() const { return m_period; }
    /// Reads every figure of the current period again (the clock is read anew).
    void refresh();
    /// Who is online, for the agents' presence colours.
    void setRoster(const QList<sync::RosterEntry>& roster);
    /// Where campaign progress comes from (this desktop's outbox); none: the panel says so.
    void setCampaignSource(std::function<QList<outbound::CampaignInfo>()> source);

    /// The number a tile shows.
    QString tileValue(Tile tile) const;
    /// The figures as CSV (one row per figure and bucket: section, label, series, value).
    QString csv() const;
    /// Writes csv() or a picture of the page; false with *error when the file cannot be written.
    bool exportCsv(const QString& path, QString* error) const;
    bool exportPng(const QString& path, QString* error);

    /// Lists the conversations behind a tile, or behind bar `index` of series `set` of a chart.
    void openTile(Tile tile);
    void openBar(Chart chart, int set, int index);
    /// What the last click listed: its title and its conversations' keys.
    QString listTitle() const;
    QStringList listedKeys() const { return m_listed; }
    QChartView* chartView(Chart chart) const;
    QAbstractBarSeries* series(Chart chart) const;
    const store::DashboardRange& range() const { return m_range; }
    const store::VolumeFigures& volume() const { return m_volume; }

signals:
    /// A tile or bar was clicked: the conversations behind it, as listed.
    void conversationsShown(const QString& title, const QStringList& keys);
    void reviewRequested(const QString& contactKey);
    void campaignsRequested();

private:
    void buildCharts();
    void updateTiles();
    void updateVolumeChart();
    void updateHistogram(Chart chart, const QList<qint64>& bins, const QString& name, const QColor& colour);
    void updateAgentChart();
    void updateCostChart();
    void updateLists();
    void showList(const QString& title, const QStringList& keys, const QString& error);
    QString bucketLabel(int bucket) const;
    static QString binLabel(int bin);
    static QString volumeName(int series);

    QSqlDatabase m_db;
    const Clock& m_clock;
    Theme m_theme;
    store::DashboardPeriod m_period = store::DashboardPeriod::Today;
    store::DashboardRange m_range;
    qint64 m_now = 0;
    // The figures read by refresh().
    store::VolumeFigures m_volume;
    store::FirstResponseFigures m_replies;
    store::DurationHistogram m_resolved;
    QList<QStringList> m_resolvedKeys;
    QList<store::AgentLoad> m_loads;
    QList<store::ClosingConversation> m_closing;
    store::CostSummary m_costs;
    QList<outbound::CampaignInfo> m_campaignInfos;
    QString m_error; ///< the first figure that could not be read, shown above the tiles
    QList<sync::RosterEntry> m_roster;
    std::function<QList<outbound::CampaignInfo>()> m_campaignSource;

    QToolButton* m_periodButtons[3] = {};
    QLabel* m_rangeLabel;
    QLabel* m_errorLabel;
    QPushButton* m_tiles[7] = {};
    QLabel* m_tileValues[7] = {};
    QChartView* m_charts[5] = {};
    QAbstractBarSeries* m_series[5] = {};
    QStringList m_agentNames; ///< the agent chart's categories, in order
    QListWidget* m_closingList;
    QListWidget* m_campaignList;
    QLabel* m_listTitle;
    QListWidget* m_list;
    QStringList m_listed;
};

} // namespace duet::ui
