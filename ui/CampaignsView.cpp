// SPDX-License-Identifier: GPL-3.0-or-later
// The Campaigns page: the list model, the progress column, the details pane and the controls.
#include "CampaignsView.h"

#include "NewCampaignDialog.h"
#include "TimeText.h"
#include "core/Clock.h"
#include "outbound/OutboundDriver.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace duet::ui {

using outbound::CampaignInfo;
using outbound::CampaignState;

namespace {

/// The progress column as a progress bar with "n of total" on it.
class ProgressDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        const QString text = item.text;
        item.text.clear();
        QStyle* style = item.widget ? item.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget); // selection background
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(3, 3, -3, -3);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = index.data(CampaignListModel::ProgressRole).toInt();
        bar.text = text;
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        bar.fontMetrics = option.fontMetrics;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, item.widget);
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setWidth(qMax(s.width(), 140));
        s.setHeight(qMax(s.height(), option.fontMetrics.height() + 10));
        return s;
    }
};

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QString stamp(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

// The list model --------------------------------------------------------------------------------

CampaignListModel::CampaignListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int CampaignListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

void CampaignListModel::setCampaigns(const QList<CampaignInfo>& campaigns)
{
    bool sameIds = campaigns.size() == m_rows.size();
    for (int i = 0; sameIds && i < campaigns.size(); ++i)
        sameIds = campaigns.at(i).id == m_rows.at(i).id;
    if (!sameIds) {
        beginResetModel();
        m_rows = campaigns;
        endResetModel();
        return;
    }
    m_rows = campaigns;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int CampaignListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CampaignListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int CampaignListModel::doneCount(const outbound::BulkProgress& p)
{
    return p.total - p.queued - p.sending;
}

QString CampaignListModel::stateText(const CampaignInfo& info)
{
    switch (info.state) {
    case CampaignState::Scheduled:
        return tr("Scheduled for %1").arg(stamp(info.scheduledAtMs));
    case CampaignState::Running:
        return info.startedLate ? tr("Running (started late)") : tr("Running");
    case CampaignState::Paused:
        return tr("Paused");
    case CampaignState::Cancelled:
        return tr("Cancelled");
    case CampaignState::Done:
        return tr("Done");
    }
    return {};
}

QString CampaignListModel::countsText(const outbound::BulkProgress& p)
{
    // Each state counts the rows that reached it and went no further: "sent" counts every message
    // Meta took, so the figures read as a funnel.
    const int sent = p.accepted + p.sent + p.delivered + p.read;
    QStringList parts;
    parts << tr("%n sent", nullptr, sent) << tr("%n delivered", nullptr, p.delivered + p.read)
          << tr("%n read", nullptr, p.read) << tr("%n failed", nullptr, p.failed);
    if (p.needsAttention() > 0)
        parts << tr("%n need(s) attention", nullptr, p.needsAttention());
    return parts.join(QStringLiteral(" · "));
}

QVariant CampaignListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CampaignInfo& c = m_rows.at(index.row());
    if (role == IdRole)
        return c.id;
    if (role == ProgressRole)
        return c.progress.total > 0 ? int(qint64(doneCount(c.progress)) * 1000 / c.progress.total) : 0;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case NameColumn:
            return c.name;
        case TemplateColumn:
            return c.language.isEmpty() ? c.templateName : tr("%1 (%2)").arg(c.templateName, c.language);
        case StateColumn:
            return stateText(c);
        case ProgressColumn:
            return tr("%1 of %2").arg(doneCount(c.progress)).arg(c.progress.total);
        case CountsColumn:
            return countsText(c.progress);
        case CreatedColumn:
            return c.createdBy.isEmpty() ? stamp(c.createdAtMs) : tr("%1, %2").arg(c.createdBy, stamp(c.createdAtMs));
        default:
            return {};
        }
    }
    return {};
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Campaign");
    case TemplateColumn:
        return tr("Template");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case CountsColumn:
        return tr("Sent, delivered, read, failed");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

// The page -------------------------------------------------------------------------------------

CampaignsView::CampaignsView(const CampaignsContext& context, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_clock(clock)
    , m_model(new CampaignListModel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_list(new QTreeView(this))
    , m_title(heading({}, this))
    , m_state(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_failuresHeading(heading(tr("Failures by Meta error code"), this))
    , m_failures(new QTreeWidget(this))
    , m_new(new QPushButton(tr("&New campaign…"), this))
    , m_emptyNew(new QPushButton(tr("New campaign…"), this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_resume(new QPushButton(tr("&Resume"), this))
    , m_cancel(new QPushButton(tr("&Cancel campaign…"), this))
    , m_resend(new QPushButton(tr("Resend &uncertain…"), this))
    , m_export(new QPushButton(tr("&Export results…"), this))
{
    setAccessibleName(tr("Campaigns"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setItemDelegateForColumn(CampaignListModel::ProgressColumn, new ProgressDelegate(m_list));
    m_list->setAccessibleName(tr("Campaigns, newest first"));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(CampaignListModel::CountsColumn, QHeaderView::Stretch);
    m_list->header()->resizeSection(CampaignListModel::NameColumn, 170);
    m_list->header()->resizeSection(CampaignListModel::TemplateColumn, 150);
    m_list->header()->resizeSection(CampaignListModel::StateColumn, 220);
    m_list->header()->resizeSection(CampaignListModel::ProgressColumn, 150);
    m_list->header()->resizeSection(CampaignListModel::CreatedColumn, 170);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CampaignsView::showDetails);

    m_empty->setText(tr("No campaigns yet — New campaign… sends an approved template to a list of customers from a "
                        "CSV file, now or at a time you choose."));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setAccessibleName(tr("No campaigns yet"));

    m_state->setWordWrap(true);
    m_counts->setWordWrap(true);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_failures->setColumnCount(3);
    m_failures->setHeaderLabels({tr("Meta code"), tr("Messages"), tr("What happened and what to do")});
    m_failures->setRootIsDecorated(false);
    m_failures->setWordWrap(true);
    m_failures->setAccessibleName(tr("Failures grouped by Meta error code"));
    m_failures->header()->setStretchLastSection(true);
    m_failures->header()->resizeSection(0, 90);
    m_failures->header()->resizeSection(1, 80);

    m_pause->setToolTip(
        tr("Stops handing the campaign's messages to the sender; messages already on their way finish."));
    m_resume->setToolTip(tr("Sends the campaign's remaining messages again."));
    m_cancel->setToolTip(tr("Cancels the messages not sent yet; what was sent stays sent."));
    m_resend->setToolTip(
        tr("Sends again the messages whose outcome is unknown (Duet lost the connection while sending them)."));
    m_export->setToolTip(tr("Saves every recipient with the outcome of their message as a CSV file."));
    connect(m_new, &QPushButton::clicked, this, &CampaignsView::newCampaign);
    connect(m_emptyNew, &QPushButton::clicked, this, &CampaignsView::newCampaign);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_context.campaigns->pause(selectedCampaign()))
            emit message(tr("The campaign is paused."));
        refresh();
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (m_context.campaigns->resume(selectedCampaign()))
            emit message(tr("The campaign goes on."));
        refresh();
    });
    connect(m_cancel, &QPushButton::clicked, this, &CampaignsView::cancelSelected);
    connect(m_resend, &QPushButton::clicked, this, &CampaignsView::resendSelected);
    connect(m_export, &QPushButton::clicked, this, &CampaignsView::exportSelected);

    // Empty state: the sentence and its button, centred.
    auto* emptyPage = new QWidget(this);
    auto* emptyColumn = new QVBoxLayout(emptyPage);
    emptyColumn->addStretch(1);
    emptyColumn->addWidget(m_empty);
    auto* emptyRow = new QHBoxLayout;
    emptyRow->addStretch(1);
    emptyRow->addWidget(m_emptyNew);
    emptyRow->addStretch(1);
    emptyColumn->addLayout(emptyRow);
    emptyColumn->addStretch(2);

    auto* details = new QWidget(this);
    auto* detailsColumn = new QVBoxLayout(details);
    detailsColumn->setContentsMargins(0, 6, 0, 0);
    detailsColumn->addWidget(m_title);
    detailsColumn->addWidget(m_state);
    detailsColumn->addWidget(m_counts);
    detailsColumn->addWidget(m_failuresHeading);
    detailsColumn->addWidget(m_failures, 3);
    detailsColumn->addStretch(1); // the lines stay together when there is no failure
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_pause, m_resume, m_cancel, m_resend})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_export);
    detailsColumn->addLayout(actions);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(details);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    m_stack->addWidget(emptyPage);
    m_stack->addWidget(split);

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(heading(tr("Campaigns"), this));
    top->addStretch(1);
    top->addWidget(m_new);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    // Live progress, coalesced: at 20 rows a second a campaign of 10,000 would otherwise re-read
    // the list 20 times a second.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &CampaignsView::refresh);
    if (m_context.driver)
        connect(m_context.driver, &outbound::OutboundDriver::rowChanged, this, &CampaignsView::scheduleRefresh);
    if (m_context.campaigns)
        connect(m_context.campaigns, &outbound::Campaigns::campaignChanged, this, &CampaignsView::scheduleRefresh);
    showDetails();
}

void CampaignsView::scheduleRefresh()
{
    if (!isVisible()) {
        m_dirty = true; // caught up in showEvent()
        return;
    }
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void CampaignsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void CampaignsView::refresh()
{
    m_refreshTimer.stop();
    m_dirty = false;
    ++m_refreshes;
    const qint64 selected = selectedCampaign();
    m_model->setCampaigns(m_context.campaigns ? m_context.campaigns->campaigns() : QList<CampaignInfo>{});
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
    const int row = m_model->rowOf(selected);
    if (row >= 0 || (selected == 0 && m_model->rowCount() > 0))
        m_list->setCurrentIndex(m_model->index(qMax(row, 0), 0));
    showDetails();
}

bool CampaignsView::isEmptyStateShown() const
{
    return m_stack->currentIndex() == 0;
}

QString CampaignsView::emptyStateText() const
{
    return m_empty->text();
}

bool CampaignsView::selectCampaign(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row, 0));
    showDetails();
    return true;
}

qint64 CampaignsView::selectedCampaign() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(CampaignListModel::IdRole).toLongLong() : 0;
}

QString CampaignsView::detailsCountsText() const
{
    return m_counts->text();
}

QStringList CampaignsView::failureLines() const
{
    QStringList lines;
    for (int i = 0; i < m_failures->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_failures->topLevelItem(i);
        lines << QStringLiteral("%1 (%2): %3").arg(item->text(0), item->text(1), item->text(2));
    }
    return lines;
}

void CampaignsView::showDetails()
{
    const int row = m_model->rowOf(selectedCampaign());
    const bool has = row >= 0;
    for (QPushButton* b : {m_pause, m_resume, m_cancel, m_resend, m_export})
        b->setEnabled(false);
    m_failures->clear();
    if (!has) {
        m_title->setText(tr("Choose a campaign to see its details."));
        m_state->clear();
        m_counts->clear();
        m_failuresHeading->hide();
        m_failures->hide();
        return;
    }
    const CampaignInfo& c = m_model->campaigns().at(row);
    const outbound::BulkProgress& p = c.progress;
    m_title->setText(tr("%1 — template %2").arg(c.name, c.templateName));
    QStringList state{CampaignListModel::stateText(c)};
    if (c.startedAtMs > 0)
        state << tr("started %1").arg(stamp(c.startedAtMs));
    if (c.startedLate)
        state << tr("its time passed while Duet was closed, so it started when Duet opened again");
    if (c.finishedAtMs > 0)
        state << tr("finished %1").arg(stamp(c.finishedAtMs));
    if (c.leftOut > 0)
        state << tr("%n recipient(s) left out: they stopped marketing messages", nullptr, c.leftOut);
    m_state->setText(state.join(QStringLiteral("; ")) + QLatin1Char('.'));
    // Every state the campaign's messages are in, the empty ones left out.
    const QList<QPair<int, QString>> states = {
        {p.queued, tr("%n waiting", nullptr, p.queued)},
        {p.sending, tr("%n sending", nullptr, p.sending)},
        {p.accepted, tr("%n accepted by Meta", nullptr, p.accepted)},
        {p.sent, tr("%n sent", nullptr, p.sent)},
        {p.delivered, tr("%n delivered", nullptr, p.delivered)},
        {p.read, tr("%n read", nullptr, p.read)},
        {p.failed, tr("%n failed", nullptr, p.failed)},
        {p.uncertain, tr("%n uncertain (need attention)", nullptr, p.uncertain)},
        {p.cancelled, tr("%n cancelled", nullptr, p.cancelled)},
        {p.discarded, tr("%n discarded", nullptr, p.discarded)},
    };
    QStringList parts;
    for (const auto& [count, text] : states) {
        if (count > 0)
            parts << text;
    }
    m_counts->setText(tr("%n recipient(s): ", nullptr, p.total) + parts.join(QStringLiteral(", ")) + QLatin1Char('.'));

    const QList<outbound::CampaignFailure> failures = m_context.campaigns->failures(c.id);
    m_failuresHeading->setVisible(!failures.isEmpty());
    m_failures->setVisible(!failures.isEmpty());
    for (const outbound::CampaignFailure& f : failures) {
        auto* item = new QTreeWidgetItem(m_failures);
        item->setText(0, f.code != 0 ? QString::number(f.code) : tr("none"));
        item->setText(1, QString::number(f.count));
        const QString title = f.title.isEmpty() ? QString() : QCoreApplication::translate("duet", qPrintable(f.title));
        const QString remedy =
            f.remedy.isEmpty() ? QString() : QCoreApplication::translate("duet", qPrintable(f.remedy));
        const QString text = title.isEmpty() ? remedy : remedy.isEmpty() ? title : tr("%1: %2").arg(title, remedy);
        item->setText(2, text);
        item->setToolTip(2, text);
    }

    const bool live = c.state == CampaignState::Running || c.state == CampaignState::Scheduled;
    m_pause->setEnabled(live && (p.queued > 0 || c.state == CampaignState::Scheduled));
    m_resume->setEnabled(c.state == CampaignState::Paused);
    m_cancel->setEnabled(c.state != CampaignState::Cancelled && c.state != CampaignState::Done);
    m_resend->setEnabled(p.uncertain > 0);
    m_export->setEnabled(true);
}

void CampaignsView::cancelSelected()
{
    const qint64 id = selectedCampaign();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const CampaignInfo& c = m_model->campaigns().at(row);
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Cancel campaign"),
        tr("Cancel “%1”? The %n message(s) not sent yet will not be sent. Messages already sent stay sent, and a "
           "cancelled campaign cannot be resumed.",
           nullptr, c.progress.queued)
            .arg(c.name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (m_context.campaigns->cancel(id))
        emit message(tr("The campaign is cancelled."));
    refresh();
}

void CampaignsView::resendSelected()
{
    const qint64 id = selectedCampaign();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const int uncertain = m_model->campaigns().at(row).progress.uncertain;
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Resend uncertain messages"),
        tr("Duet lost the connection while sending %n message(s): Meta may have received them or not. Sending them "
           "again may deliver a message twice to those customers. If Meta reports them later, Duet updates them "
           "anyway. Send them again?",
           nullptr, uncertain),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const int n = m_context.campaigns->resendUncertain(id);
    emit message(tr("%n message(s) are sent again.", nullptr, n));
    refresh();
}

bool CampaignsView::exportSelectedTo(const QString& path, QString* error)
{
    const qint64 id = selectedCampaign();
    if (id == 0) {
        *error = tr("Choose a campaign first.");
        return false;
    }
    return m_context.campaigns->exportCsvTo(id, path, error);
}

void CampaignsView::exportSelected()
{
    const int row = m_model->rowOf(selectedCampaign());
    if (row < 0)
        return;
    QString base = m_model->campaigns().at(row).name;
    static const QRegularExpression unsafe(QStringLiteral("[^\\w\\- ]+"));
    base.replace(unsafe, QStringLiteral("_"));
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QDir(dir).exists())
        dir = QDir::homePath();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export campaign results"),
                                     dir + QLatin1Char('/') + base + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportSelectedTo(path, &error))
        emit message(tr("The results were saved to %1.").arg(QDir::toNativeSeparators(path)));
    else
        QMessageBox::warning(this, tr("Export campaign results"), error);
}

void CampaignsView::newCampaign()
{
    if (!m_context.campaigns || !m_context.templates)
        return;
    NewCampaignDialog dialog(m_context, m_clock, this);
    if (dialog.exec() != QDialog::Accepted || dialog.createdCampaign() == 0)
        return;
    refresh();
    selectCampaign(dialog.createdCampaign());
    emit message(dialog.resultText());
}

} // namespace duet::ui
