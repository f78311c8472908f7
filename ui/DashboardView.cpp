// SPDX-License-Identifier: GPL-3.0-or-later
// The supervisor's dashboard page: period picker, tiles, Qt Charts, drill-down list and exports.
#include "DashboardView.h"

#include "PricingText.h"
#include "core/Clock.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace duet::ui {

namespace {

constexpr int kTileCount = 7;
constexpr int kChartCount = 5;
constexpr qint64 kClosingWithin = 3600;

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvRow(const QString& section, const QString& label, const QString& series, qint64 value)
{
    return csvField(section) + QLatin1Char(',') + csvField(label) + QLatin1Char(',') + csvField(series) +
           QLatin1Char(',') + QString::number(value) + QLatin1Char('\n');
}

const char* const kSeriesKey[store::kVolumeSeriesCount] = {"opened", "customer", "agent", "phone_app"};

/// Qt Charts draws titles, axis labels and legend entries as rich text: a '<' or '&' in them
/// (a bin bound, an agent's name) would vanish or start markup unless escaped.
QString chartText(const QString& plain)
{
    return plain.toHtmlEscaped();
}

QStringList mergeKeys(const QList<QStringList>& lists, int limit)
{
    QStringList out;
    for (const QStringList& list : lists) {
        for (const QString& key : list) {
            if (!out.contains(key))
                out << key;
            if (out.size() >= limit)
                return out;
        }
    }
    return out;
}

} // namespace

DashboardView::DashboardView(QSqlDatabase db, const Clock& clock, const Theme& theme, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_theme(theme)
    , m_rangeLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_closingList(new QListWidget(this))
    , m_campaignList(new QListWidget(this))
    , m_listTitle(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setAccessibleName(tr("Dashboard"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    // The period picker and the exports.
    auto* top = new QHBoxLayout;
    auto* group = new QButtonGroup(this);
    const QString periodNames[3] = {tr("Today"), tr("7 days"), tr("30 days")};
    for (int i = 0; i < 3; ++i) {
        auto* button = new QToolButton(this);
        button->setText(periodNames[i]);
        button->setCheckable(true);
        button->setAccessibleName(tr("Show %1").arg(periodNames[i]));
        group->addButton(button, i);
        top->addWidget(button);
        m_periodButtons[i] = button;
        connect(button, &QToolButton::clicked, this, [this, i] { setPeriod(store::DashboardPeriod(i)); });
    }
    m_periodButtons[0]->setChecked(true);
    top->addWidget(m_rangeLabel);
    top->addStretch(1);
    auto* csvButton = new QPushButton(tr("Export &CSV…"), this);
    auto* pngButton = new QPushButton(tr("Export &PNG…"), this);
    csvButton->setAccessibleName(tr("Export the dashboard's figures as CSV"));
    pngButton->setAccessibleName(tr("Export a picture of the dashboard as PNG"));
    top->addWidget(csvButton);
    top->addWidget(pngButton);
    outer->addLayout(top);
    connect(csvButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export figures"), QStringLiteral("duet-dashboard.csv"), tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCsv(path, &error))
            m_errorLabel->setText(tr("The figures could not be exported: %1").arg(error));
    });
    connect(pngButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export picture"), QStringLiteral("duet-dashboard.png"), tr("PNG images (*.png)"));
        QString error;
        if (!path.isEmpty() && !exportPng(path, &error))
            m_errorLabel->setText(tr("The picture could not be exported: %1").arg(error));
    });
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: %1").arg(m_theme.failure.name()));
    outer->addWidget(m_errorLabel);

    // Tiles.
    const QString tileNames[kTileCount] = {
        tr("Conversations opened"), tr("Messages"), tr("First replies within 15 min"),
        tr("Waiting for a reply"),  tr("Resolved"), tr("Windows closing within the hour, no reply"),
        tr("Billable messages")};
    auto* tiles = new QGridLayout;
    for (int i = 0; i < kTileCount; ++i) {
        auto* tile = new QPushButton(this);
        tile->setAccessibleName(tileNames[i]);
        tile->setToolTip(tr("Show the conversations behind this figure"));
        tile->setMinimumHeight(92);
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
        auto* inner = new QVBoxLayout(tile);
        auto* value = new QLabel(tile);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.8);
        big.setBold(true);
        value->setFont(big);
        auto* caption = new QLabel(tileNames[i], tile);
        caption->setWordWrap(true);
        for (QLabel* label : {value, caption})
            label->setAttribute(Qt::WA_TransparentForMouseEvents);
        inner->addWidget(value);
        inner->addWidget(caption);
        tiles->addWidget(tile, 0, i);
        m_tiles[i] = tile;
        m_tileValues[i] = value;
        connect(tile, &QPushButton::clicked, this, [this, i] { openTile(Tile(i)); });
    }

    buildCharts();

    // Lists: the windows closing, campaigns, and the conversations behind the last click.
    m_closingList->setAccessibleName(tr("Windows closing within the hour without a reply"));
    m_campaignList->setAccessibleName(tr("Campaign progress"));
    m_list->setAccessibleName(tr("The conversations behind the figure"));
    m_listTitle->setText(tr("Click a figure or a bar to list its conversations; double-click one to open it."));
    m_listTitle->setWordWrap(true);
    m_listTitle->setTextFormat(Qt::PlainText); // it names agents and customers
    m_errorLabel->setTextFormat(Qt::PlainText);
    for (QListWidget* list : {m_closingList, m_list}) {
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
            const QString key = item->data(Qt::UserRole).toString();
            if (!key.isEmpty())
                emit reviewRequested(key);
        });
    }
    connect(m_campaignList, &QListWidget::itemActivated, this, [this] { emit campaignsRequested(); });

    auto* page = new QWidget;
    auto* grid = new QGridLayout(page);
    grid->addLayout(tiles, 0, 0, 1, 3);
    grid->addWidget(m_charts[int(Chart::Volume)], 1, 0, 1, 2);
    grid->addWidget(m_charts[int(Chart::AgentLoad)], 1, 2);
    grid->addWidget(m_charts[int(Chart::FirstResponse)], 2, 0);
    grid->addWidget(m_charts[int(Chart::Resolution)], 2, 1);
    grid->addWidget(m_charts[int(Chart::Cost)], 2, 2);
    auto* lists = new QGridLayout;
    auto heading = [page](const QString& text) {
        auto* label = new QLabel(text, page);
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
        return label;
    };
    lists->addWidget(heading(tr("Windows closing within the hour, no reply yet")), 0, 0);
    lists->addWidget(m_closingList, 1, 0);
    lists->addWidget(heading(tr("Campaigns")), 0, 1);
    lists->addWidget(m_campaignList, 1, 1);
    lists->addWidget(m_listTitle, 0, 2);
    lists->addWidget(m_list, 1, 2);
    for (QListWidget* list : {m_closingList, m_campaignList, m_list}) {
        list->setMinimumHeight(140);
        // Three lists share the page's width: a long line wraps rather than scrolling sideways.
        list->setWordWrap(true);
        list->setResizeMode(QListView::Adjust);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }
    grid->addLayout(lists, 3, 0, 1, 3);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    outer->addWidget(scroll, 1);
}

void DashboardView::buildCharts()
{
    const QString titles[kChartCount] = {tr("Conversations opened and messages"), tr("Time to first reply"),
                                         tr("Time to resolution"), tr("Agents' open conversations"),
                                         tr("Business messages by category")};
    for (int c = 0; c < kChartCount; ++c) {
        auto* chart = new QChart;
        chart->setTitle(chartText(titles[c]));
        chart->setTheme(m_theme.dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundBrush(m_theme.base);
        chart->setTitleBrush(m_theme.text);
        chart->legend()->setLabelColor(m_theme.text);
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setMargins(QMargins(4, 4, 4, 4));
        QAbstractBarSeries* series = nullptr;
        switch (Chart(c)) {
        case Chart::AgentLoad:
            series = new QHorizontalStackedBarSeries(chart);
            break;
        case Chart::Cost:
            series = new QStackedBarSeries(chart);
            break;
        default:
            series = new QBarSeries(chart);
            break;
        }
        chart->addSeries(series);
        auto* categories = new QBarCategoryAxis(chart);
        auto* values = new QValueAxis(chart);
        // Smaller labels: seven histogram bins or thirty days share a third of the page's width.
        QFont small = categories->labelsFont();
        small.setPointSizeF(small.pointSizeF() * 0.8);
        categories->setLabelsFont(small);
        values->setLabelsFont(small);
        values->setLabelFormat(QStringLiteral("%d"));
        for (QAbstractAxis* axis : std::initializer_list<QAbstractAxis*>{categories, values}) {
            axis->setLabelsBrush(m_theme.text);
            axis->setGridLineColor(m_theme.divider);
            axis->setLinePenColor(m_theme.divider);
        }
        if (Chart(c) == Chart::FirstResponse || Chart(c) == Chart::Resolution) {
            categories->setTitleText(chartText(tr("Waited up to")));
            categories->setTitleFont(small);
            categories->setTitleBrush(m_theme.secondaryText);
        }
        const bool horizontal = Chart(c) == Chart::AgentLoad;
        chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
        chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
        series->attachAxis(categories);
        series->attachAxis(values);
        chart->legend()->setVisible(Chart(c) == Chart::Volume || Chart(c) == Chart::AgentLoad ||
                                    Chart(c) == Chart::Cost);
        chart->legend()->setAlignment(Qt::AlignBottom);
        auto* view = new QChartView(chart, this);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(Chart(c) == Chart::Volume ? 280 : 240);
        view->setAccessibleName(titles[c]);
        view->setToolTip(tr("Click a bar to list its conversations"));
        m_charts[c] = view;
        m_series[c] = series;
        connect(series, &QAbstractBarSeries::clicked, this, [this, c, series](int index, QBarSet* set) {
            openBar(Chart(c), int(series->barSets().indexOf(set)), index);
        });
    }
}

void DashboardView::setPeriod(store::DashboardPeriod period)
{
    m_period = period;
    m_periodButtons[int(period)]->setChecked(true);
    refresh();
}

void DashboardView::setRoster(const QList<sync::RosterEntry>& roster)
{
    m_roster = roster;
    updateAgentChart();
}

void DashboardView::setCampaignSource(std::function<QList<outbound::CampaignInfo>()> source)
{
    m_campaignSource = std::move(source);
}

void DashboardView::refresh()
{
    m_now = m_clock.nowSecs();
    m_range = store::DashboardRange::of(m_period, m_clock);
    m_error.clear();
    store::DashboardQuery q(m_db);
    QString error;
    auto note = [this, &error](bool ok, const QString& what) {
        if (!ok && m_error.isEmpty())
            m_error = tr("%1 could not be read: %2").arg(what, error);
    };
    note(q.volume(m_range, &m_volume, &error), tr("Conversations and messages"));
    note(q.firstResponses(m_range, &m_replies, &error), tr("First replies"));
    note(q.resolutions(m_range, &m_resolved, &m_resolvedKeys, &error), tr("Resolutions"));
    note(q.agentLoads(&m_loads, &error), tr("Agents' load"));
    note(q.closing(m_now, kClosingWithin, &m_closing, &error), tr("Closing windows"));
    note(q.costs(m_range, &m_costs, &error), tr("Message costs"));
    m_campaignInfos = m_campaignSource ? m_campaignSource() : QList<outbound::CampaignInfo>();
    m_errorLabel->setText(m_error);
    m_errorLabel->setVisible(!m_error.isEmpty());

    const QLocale locale;
    const QDateTime from = QDateTime::fromSecsSinceEpoch(m_range.from);
    const QDateTime last = QDateTime::fromSecsSinceEpoch(m_range.to - 1);
    m_rangeLabel->setText(m_range.hourly ? locale.toString(from.date(), QLocale::LongFormat)
                                         : tr("%1 to %2")
                                               .arg(locale.toString(from.date(), QLocale::ShortFormat),
                                                    locale.toString(last.date(), QLocale::ShortFormat)));
    updateTiles();
    updateVolumeChart();
    updateHistogram(Chart::FirstResponse, m_replies.replied.bins, tr("First replies"), m_theme.accent);
    updateHistogram(Chart::Resolution, m_resolved.bins, tr("Resolved"), m_theme.tickRead);
    updateAgentChart();
    updateCostChart();
    updateLists();
}

void DashboardView::updateTiles()
{
    const QLocale locale;
    auto number = [&locale](qint64 n) { return locale.toString(n); };
    m_tileValues[int(Tile::Opened)]->setText(number(m_volume.total(store::VolumeSeries::Opened)));
    m_tileValues[int(Tile::Messages)]->setText(number(m_volume.total(store::VolumeSeries::Customer) +
                                                      m_volume.total(store::VolumeSeries::Agent) +
                                                      m_volume.total(store::VolumeSeries::PhoneApp)));
    const qint64 replies = m_replies.replied.count();
    m_tileValues[int(Tile::FirstReplies)]->setText(
        replies == 0 ? tr("none yet") : tr("%1%").arg(qRound(m_replies.replied.shareUnder(900) * 100)));
    m_tiles[int(Tile::FirstReplies)]->setToolTip(tr("%n first replies in the period", nullptr, int(replies)));
    m_tileValues[int(Tile::Waiting)]->setText(number(m_replies.waiting));
    m_tileValues[int(Tile::Resolved)]->setText(number(m_resolved.count()));
    m_tileValues[int(Tile::Closing)]->setText(number(m_closing.size()));
    m_tileValues[int(Tile::Billable)]->setText(number(m_costs.total.billable));
}

QString DashboardView::bucketLabel(int bucket) const
{
    const QDateTime start = QDateTime::fromSecsSinceEpoch(m_range.bucketStarts.value(bucket));
    if (m_range.hourly)
        return start.toString(QStringLiteral("HH"));
    if (m_range.bucketStarts.size() <= 7)
        return QLocale().toString(start.date(), QStringLiteral("ddd d"));
    return start.toString(QStringLiteral("d"));
}

QString DashboardView::volumeName(int series)
{
    const QString names[store::kVolumeSeriesCount] = {tr("Conversations opened"), tr("From customers"),
                                                      tr("From agents"), tr("From the phone app")};
    return series >= 0 && series < store::kVolumeSeriesCount ? names[series] : QString();
}

QString DashboardView::binLabel(int bin)
{
    // Three or four characters: seven of them share a third of the page's width, and Qt Charts cuts
    // longer ones. No '<' (axis labels are rich text). Each bin runs up to, not including, its bound
    // (the axis title says so).
    static const char* const labels[store::kDurationBins] = {
        QT_TRANSLATE_NOOP("duet::ui::DashboardView", "1m"),  QT_TRANSLATE_NOOP("duet::ui::DashboardView", "5m"),
        QT_TRANSLATE_NOOP("duet::ui::DashboardView", "15m"), QT_TRANSLATE_NOOP("duet::ui::DashboardView", "1h"),
        QT_TRANSLATE_NOOP("duet::ui::DashboardView", "4h"),  QT_TRANSLATE_NOOP("duet::ui::DashboardView", "24h"),
        QT_TRANSLATE_NOOP("duet::ui::DashboardView", ">24h")};
    return bin >= 0 && bin < store::kDurationBins ? tr(labels[bin]) : QString();
}

namespace {

/// Replaces a bar series' sets and its axes' categories and range.
void resetAxes(QAbstractBarSeries* series, const QStringList& categories, qint64 maxValue)
{
    for (QAbstractAxis* axis : series->attachedAxes()) {
        if (auto* c = qobject_cast<QBarCategoryAxis*>(axis)) {
            c->clear();
            QStringList escaped;
            for (const QString& category : categories)
                escaped << chartText(category);
            c->append(escaped);
        } else if (auto* v = qobject_cast<QValueAxis*>(axis)) {
            v->setRange(0, double(qMax<qint64>(4, maxValue)));
            v->applyNiceNumbers();
        }
    }
}

QBarSet* addSet(QAbstractBarSeries* series, const QString& name, const QColor& colour, const QList<qint64>& values)
{
    auto* set = new QBarSet(chartText(name));
    set->setColor(colour);
    set->setBorderColor(colour);
    for (qint64 v : values)
        set->append(double(v));
    series->append(set);
    return set;
}

} // namespace

void DashboardView::updateVolumeChart()
{
    QAbstractBarSeries* series = m_series[int(Chart::Volume)];
    series->clear();
    const QColor colours[store::kVolumeSeriesCount] = {m_theme.accent, m_theme.chipOpen, m_theme.tickRead,
                                                       m_theme.echoBadge};
    qint64 maxValue = 0;
    for (int s = 0; s < store::kVolumeSeriesCount; ++s) {
        addSet(series, volumeName(s), colours[s], m_volume.counts[s]);
        for (qint64 v : m_volume.counts[s])
            maxValue = qMax(maxValue, v);
    }
    QStringList categories;
    for (int b = 0; b < m_range.bucketStarts.size(); ++b)
        categories << bucketLabel(b);
    resetAxes(series, categories, maxValue);
    m_charts[int(Chart::Volume)]->chart()->setTitle(chartText(m_range.hourly
                                                                  ? tr("Conversations opened and messages by hour")
                                                                  : tr("Conversations opened and messages by day")));
}

void DashboardView::updateHistogram(Chart chart, const QList<qint64>& bins, const QString& name, const QColor& colour)
{
    QAbstractBarSeries* series = m_series[int(chart)];
    series->clear();
    addSet(series, name, colour, bins);
    QStringList categories;
    for (int b = 0; b < store::kDurationBins; ++b)
        categories << binLabel(b);
    resetAxes(series, categories, bins.isEmpty() ? 0 : *std::max_element(bins.cbegin(), bins.cend()));
}

void DashboardView::updateAgentChart()
{
    QAbstractBarSeries* series = m_series[int(Chart::AgentLoad)];
    if (!series)
        return;
    series->clear();
    m_agentNames.clear();
    QList<qint64> online, away, snoozed;
    QStringList labels;
    qint64 maxValue = 0;
    // Every agent of the roster shows, holding nothing or not, so presence is seen at a glance.
    QList<store::AgentLoad> loads = m_loads;
    for (const sync::RosterEntry& entry : std::as_const(m_roster)) {
        if (std::none_of(loads.cbegin(), loads.cend(),
                         [&](const store::AgentLoad& l) { return l.agent == entry.name; }))
            loads.append(store::AgentLoad{entry.name, 0, 0});
    }
    std::sort(loads.begin(), loads.end(),
              [](const store::AgentLoad& a, const store::AgentLoad& b) { return a.agent < b.agent; });
    for (const store::AgentLoad& load : std::as_const(loads)) {
        const auto entry = std::find_if(m_roster.cbegin(), m_roster.cend(),
                                        [&](const sync::RosterEntry& e) { return e.name == load.agent; });
        const bool isOnline = entry != m_roster.cend() && entry->online;
        m_agentNames << load.agent;
        labels << (isOnline ? tr("%1 (online)").arg(load.agent) : load.agent);
        online << (isOnline ? load.open : 0);
        away << (isOnline ? 0 : load.open);
        snoozed << load.snoozed;
        maxValue = qMax<qint64>(maxValue, load.open + load.snoozed);
    }
    addSet(series, tr("Open (online)"), m_theme.chipOpen, online);
    addSet(series, tr("Open (not online)"), m_theme.secondaryText, away);
    addSet(series, tr("Snoozed"), m_theme.divider, snoozed);
    resetAxes(series, labels, maxValue);
}

void DashboardView::updateCostChart()
{
    QAbstractBarSeries* series = m_series[int(Chart::Cost)];
    series->clear();
    QList<qint64> billable, free, unknown;
    QStringList categories;
    qint64 maxValue = 0;
    for (const store::CostFigures& f : std::as_const(m_costs.categories)) {
        categories << (f.category.isEmpty() ? tr("No category") : PricingText::categoryName(f.category));
        billable << f.billable;
        free << f.free;
        unknown << f.unknown;
        maxValue = qMax<qint64>(maxValue, f.total());
    }
    addSet(series, tr("Billable"), m_theme.chipClosing, billable);
    addSet(series, tr("Free"), m_theme.chipOpen, free);
    addSet(series, tr("Not stated"), m_theme.divider, unknown);
    resetAxes(series, categories, maxValue);
}

void DashboardView::updateLists()
{
    m_closingList->clear();
    for (const store::ClosingConversation& c : std::as_const(m_closing)) {
        const qint64 minutes = qMax<qint64>(0, (c.windowClosesAt - m_now) / 60);
        QString text = tr("%1 — closes in %n min", nullptr, int(minutes)).arg(c.displayName);
        if (!c.assignee.isEmpty())
            text += QStringLiteral(" — @") + c.assignee;
        auto* item = new QListWidgetItem(text, m_closingList);
        item->setData(Qt::UserRole, c.contactKey);
    }
    if (m_closing.isEmpty())
        new QListWidgetItem(tr("None: every customer whose window closes soon has a reply."), m_closingList);
    m_campaignList->clear();
    if (!m_campaignSource)
        new QListWidgetItem(tr("Campaigns run in this desktop's outbox, which is not open."), m_campaignList);
    else if (m_campaignInfos.isEmpty())
        new QListWidgetItem(tr("No campaigns yet."), m_campaignList);
    for (const outbound::CampaignInfo& c : std::as_const(m_campaignInfos)) {
        const outbound::BulkProgress& p = c.progress;
        const int done = p.accepted + p.sent + p.delivered + p.read;
        const int percent = p.total > 0 ? qRound(100.0 * done / p.total) : 0;
        new QListWidgetItem(
            tr("%1: %2 of %3 sent (%4%), %5 failed").arg(c.name).arg(done).arg(p.total).arg(percent).arg(p.failed),
            m_campaignList);
    }
}

QString DashboardView::tileValue(Tile tile) const
{
    return m_tileValues[int(tile)]->text();
}

QChartView* DashboardView::chartView(Chart chart) const
{
    return m_charts[int(chart)];
}

QAbstractBarSeries* DashboardView::series(Chart chart) const
{
    return m_series[int(chart)];
}

QString DashboardView::listTitle() const
{
    return m_listTitle->text();
}

void DashboardView::showList(const QString& title, const QStringList& keys, const QString& error)
{
    m_list->clear();
    m_listed.clear();
    if (!error.isEmpty()) {
        m_listTitle->setText(tr("The conversations could not be read: %1").arg(error));
        return;
    }
    store::DashboardQuery q(m_db);
    QList<store::DashboardConversation> rows;
    QString describeError;
    if (!q.describe(keys, &rows, &describeError)) {
        m_listTitle->setText(tr("The conversations could not be read: %1").arg(describeError));
        return;
    }
    m_listTitle->setText(tr("%1 (%n conversation(s))", nullptr, int(rows.size())).arg(title));
    for (const store::DashboardConversation& row : std::as_const(rows)) {
        QString text = row.displayName;
        if (!row.assignee.isEmpty())
            text += QStringLiteral(" — @") + row.assignee;
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, row.contactKey);
        m_listed << row.contactKey;
    }
    emit conversationsShown(title, m_listed);
}

void DashboardView::openTile(Tile tile)
{
    store::DashboardQuery q(m_db);
    QStringList keys;
    QString error;
    const QString title = m_tiles[int(tile)]->accessibleName();
    switch (tile) {
    case Tile::Opened:
        q.volumeConversations(store::VolumeSeries::Opened, m_range.from, m_range.to, kListLimit, &keys, &error);
        break;
    case Tile::Messages: {
        QList<QStringList> lists;
        for (auto s : {store::VolumeSeries::Customer, store::VolumeSeries::Agent, store::VolumeSeries::PhoneApp}) {
            QStringList part;
            if (!q.volumeConversations(s, m_range.from, m_range.to, kListLimit, &part, &error))
                break;
            lists << part;
        }
        keys = mergeKeys(lists, kListLimit);
        break;
    }
    case Tile::FirstReplies: {
        QList<QStringList> lists;
        for (int bin = 0; bin < 3; ++bin) { // under 15 minutes
            QStringList part;
            if (!q.firstResponseConversations(m_range.from, m_range.to, bin, kListLimit, &part, &error))
                break;
            lists << part;
        }
        keys = mergeKeys(lists, kListLimit);
        break;
    }
    case Tile::Waiting:
        q.firstResponseConversations(m_range.from, m_range.to, -1, kListLimit, &keys, &error);
        break;
    case Tile::Resolved:
        keys = mergeKeys(m_resolvedKeys, kListLimit);
        break;
    case Tile::Closing:
        for (const store::ClosingConversation& c : std::as_const(m_closing))
            keys << c.contactKey;
        break;
    case Tile::Billable: {
        QList<QStringList> lists;
        for (const store::CostFigures& f : std::as_const(m_costs.categories)) {
            QStringList part;
            if (f.billable == 0)
                continue;
            if (!q.costConversations(f.category, m_range.from, m_range.to, kListLimit, &part, &error))
                break;
            lists << part;
        }
        keys = mergeKeys(lists, kListLimit);
        break;
    }
    }
    showList(title, keys, error);
}

void DashboardView::openBar(Chart chart, int set, int index)
{
    store::DashboardQuery q(m_db);
    QStringList keys;
    QString error;
    QString title;
    switch (chart) {
    case Chart::Volume: {
        if (set < 0 || set >= store::kVolumeSeriesCount || index < 0 || index >= m_range.bucketStarts.size())
            return;
        const QDateTime start = QDateTime::fromSecsSinceEpoch(m_range.bucketStarts.at(index));
        const QLocale locale;
        const QString when = m_range.hourly
                                 ? tr("%1 to %2")
                                       .arg(locale.toString(start.time(), QLocale::ShortFormat),
                                            locale.toString(start.addSecs(3600).time(), QLocale::ShortFormat))
                                 : locale.toString(start.date(), QLocale::ShortFormat);
        title = tr("%1, %2").arg(volumeName(set), when);
        q.volumeConversations(store::VolumeSeries(set), m_range.bucketStarts.at(index), m_range.bucketEnd(index),
                              kListLimit, &keys, &error);
        break;
    }
    case Chart::FirstResponse:
        if (index < 0 || index >= store::kDurationBins)
            return;
        title = tr("First reply in %1").arg(binLabel(index));
        q.firstResponseConversations(m_range.from, m_range.to, index, kListLimit, &keys, &error);
        break;
    case Chart::Resolution:
        if (index < 0 || index >= m_resolvedKeys.size())
            return;
        title = tr("Resolved in %1").arg(binLabel(index));
        keys = m_resolvedKeys.at(index).mid(0, kListLimit);
        break;
    case Chart::AgentLoad:
        if (index < 0 || index >= m_agentNames.size())
            return;
        title = tr("Open conversations of %1").arg(m_agentNames.at(index));
        q.agentConversations(m_agentNames.at(index), kListLimit, &keys, &error);
        break;
    case Chart::Cost:
        if (index < 0 || index >= m_costs.categories.size())
            return;
        title = tr("Business messages: %1")
                    .arg(m_costs.categories.at(index).category.isEmpty()
                             ? tr("No category")
                             : PricingText::categoryName(m_costs.categories.at(index).category));
        q.costConversations(m_costs.categories.at(index).category, m_range.from, m_range.to, kListLimit, &keys, &error);
        break;
    }
    showList(title, keys, error);
}

QString DashboardView::csv() const
{
    QString out = QStringLiteral("section,label,series,value\n");
    const QString period = QDateTime::fromSecsSinceEpoch(m_range.from).toString(Qt::ISODate) + QLatin1Char('/') +
                           QDateTime::fromSecsSinceEpoch(m_range.to).toString(Qt::ISODate);
    out += csvRow(QStringLiteral("period"), period, QString(), m_range.bucketStarts.size());
    for (int b = 0; b < m_range.bucketStarts.size(); ++b) {
        const QString label = QDateTime::fromSecsSinceEpoch(m_range.bucketStarts.at(b)).toString(Qt::ISODate);
        for (int s = 0; s < store::kVolumeSeriesCount; ++s)
            out += csvRow(QStringLiteral("volume"), label, QLatin1String(kSeriesKey[s]), m_volume.counts[s].value(b));
    }
    static const char* const binKeys[store::kDurationBins] = {"0-60s",       "60-300s",      "300-900s", "900-3600s",
                                                              "3600-14400s", "14400-86400s", "86400s-"};
    for (int bin = 0; bin < store::kDurationBins; ++bin)
        out += csvRow(QStringLiteral("first_response"), QLatin1String(binKeys[bin]), QStringLiteral("replied"),
                      m_replies.replied.bins.value(bin));
    out += csvRow(QStringLiteral("first_response"), QString(), QStringLiteral("waiting"), m_replies.waiting);
    for (int bin = 0; bin < store::kDurationBins; ++bin)
        out += csvRow(QStringLiteral("resolution"), QLatin1String(binKeys[bin]), QStringLiteral("resolved"),
                      m_resolved.bins.value(bin));
    for (const store::AgentLoad& load : m_loads) {
        out += csvRow(QStringLiteral("agent_load"), load.agent, QStringLiteral("open"), load.open);
        out += csvRow(QStringLiteral("agent_load"), load.agent, QStringLiteral("snoozed"), load.snoozed);
    }
    for (const store::ClosingConversation& c : m_closing)
        out += csvRow(QStringLiteral("closing"), c.contactKey, QStringLiteral("closes_at"), c.windowClosesAt);
    for (const store::CostFigures& f : m_costs.categories) {
        out += csvRow(QStringLiteral("cost"), f.category, QStringLiteral("billable"), f.billable);
        out += csvRow(QStringLiteral("cost"), f.category, QStringLiteral("free"), f.free);
        out += csvRow(QStringLiteral("cost"), f.category, QStringLiteral("not_stated"), f.unknown);
    }
    for (const outbound::CampaignInfo& c : m_campaignInfos) {
        const outbound::BulkProgress& p = c.progress;
        out += csvRow(QStringLiteral("campaign"), c.name, QStringLiteral("total"), p.total);
        out += csvRow(QStringLiteral("campaign"), c.name, QStringLiteral("sent"),
                      p.accepted + p.sent + p.delivered + p.read);
        out += csvRow(QStringLiteral("campaign"), c.name, QStringLiteral("failed"), p.failed);
    }
    return out;
}

bool DashboardView::exportCsv(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv().toUtf8()) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool DashboardView::exportPng(const QString& path, QString* error)
{
    const auto* scroll = findChild<QScrollArea*>();
    QWidget* page = scroll && scroll->widget() ? scroll->widget() : this;
    const QPixmap picture = page->grab();
    if (picture.isNull() || !picture.save(path, "PNG")) {
        *error = tr("the picture could not be written to %1").arg(path);
        return false;
    }
    return true;
}

} // namespace duet::ui
