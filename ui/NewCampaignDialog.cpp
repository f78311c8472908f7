// SPDX-License-Identifier: GPL-3.0-or-later
// The new-campaign dialog: reads the recipients file, previews, estimates and creates the campaign.
#include "NewCampaignDialog.h"

#include "DateTimeField.h"
#include "TemplateItemDelegate.h"
#include "core/Clock.h"
#include "core/PhoneNumber.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QThread>
#include <QTimeZone>
#include <QVBoxLayout>

#include <memory>

namespace duet::ui {

namespace {

constexpr int kTemplateIndexRole = Qt::UserRole + 20;
constexpr int kPreviewCount = 3;
/// Files up to this size are read at once; larger ones on a thread (about 2,000 rows).
constexpr int kSyncParseBytes = 128 * 1024;

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QLabel* wrapping(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

/// "about 8 minutes", "about 2 h 10 min", "less than a minute".
QString duration(double minutes)
{
    if (minutes < 1)
        return NewCampaignDialog::tr("less than a minute");
    if (minutes < 90)
        return NewCampaignDialog::tr("about %n minute(s)", nullptr, qRound(minutes));
    const int total = qRound(minutes);
    return NewCampaignDialog::tr("about %1 h %2 min").arg(total / 60).arg(total % 60);
}

QString recipientText(const QString& key)
{
    // Keys are a phone number's digits or a business-scoped user ID, shown as they are.
    if (!key.isEmpty() && PhoneNumber::digitsOnly(key) == key)
        return QLatin1Char('+') + key;
    return key;
}

QString rate(double perSec)
{
    return QLocale().toString(perSec, 'g', 3);
}

} // namespace

NewCampaignDialog::NewCampaignDialog(const CampaignsContext& context, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_clock(clock)
    , m_name(new QLineEdit(this))
    , m_search(new QLineEdit(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_list(new QListView(this))
    , m_category(wrapping(this))
    , m_chooseFile(new QPushButton(tr("Choose &recipients file…"), this))
    , m_recipients(wrapping(this))
    , m_problems(new QPlainTextEdit(this))
    , m_copyProblems(new QPushButton(tr("Cop&y the list"), this))
    , m_mappingBox(new QWidget(this))
    , m_mappingForm(new QFormLayout(m_mappingBox))
    , m_preview(wrapping(this))
    , m_estimate(wrapping(this))
    , m_error(wrapping(this))
    , m_start(new QPushButton(tr("&Start now"), this))
    , m_schedule(new QPushButton(tr("Sc&hedule…"), this))
{
    setWindowTitle(tr("New campaign"));
    setAccessibleName(tr("New campaign"));
    m_name->setPlaceholderText(tr("e.g. Spring sale"));
    m_name->setAccessibleName(tr("Campaign name"));
    m_name->setText(
        tr("Campaign of %1")
            .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).date(), QLocale::ShortFormat)));

    m_search->setPlaceholderText(tr("Search approved templates"));
    m_search->setAccessibleName(tr("Search approved templates"));
    m_search->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new TemplateItemDelegate(m_list));
    m_list->setAccessibleName(tr("Approved templates"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMinimumHeight(110);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &NewCampaignDialog::onTemplateChosen);

    m_chooseFile->setToolTip(tr("A CSV file with a column named phone (or wa_id, number, bsuid) and one column per "
                                "template parameter."));
    m_problems->setReadOnly(true);
    m_problems->setAccessibleName(tr("Rows that will not be sent"));
    m_problems->setMaximumHeight(100);
    m_problems->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_problems->hide();
    m_copyProblems->hide();
    connect(m_chooseFile, &QPushButton::clicked, this, &NewCampaignDialog::chooseCsv);
    connect(m_copyProblems, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_problems->toPlainText()); });
    m_preview->setAccessibleName(tr("Preview of the first messages"));
    m_estimate->setAccessibleName(tr("Estimate"));
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(errorPalette);

    m_start->setDefault(true);
    m_start->setToolTip(tr("Creates the campaign and starts sending at the team's pace."));
    m_schedule->setToolTip(tr("Creates the campaign to start at a date and time you choose."));
    connect(m_start, &QPushButton::clicked, this, &NewCampaignDialog::startNow);
    connect(m_schedule, &QPushButton::clicked, this, &NewCampaignDialog::chooseSchedule);
    auto* cancel = new QPushButton(tr("Cancel"), this);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto* body = new QWidget(this);
    auto* column = new QVBoxLayout(body);
    auto* nameRow = new QFormLayout;
    nameRow->addRow(tr("&Name:"), m_name);
    column->addLayout(nameRow);
    column->addWidget(heading(tr("1. Template"), body));
    column->addWidget(m_search);
    column->addWidget(m_list);
    column->addWidget(m_category);
    column->addWidget(heading(tr("2. Recipients"), body));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_chooseFile);
    fileRow->addStretch(1);
    fileRow->addWidget(m_copyProblems);
    column->addLayout(fileRow);
    column->addWidget(m_recipients);
    column->addWidget(m_problems);
    column->addWidget(m_mappingBox);
    column->addWidget(heading(tr("3. Preview"), body));
    column->addWidget(m_preview);
    column->addWidget(heading(tr("4. Estimate"), body));
    column->addWidget(m_estimate);
    column->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(m_schedule);
    buttons->addWidget(m_start);
    layout->addLayout(buttons);
    resize(680, 720);

    reloadTemplates();
    updateSummary();
    m_search->setFocus(); // keyboard first: type a few letters, Tab to the list, arrows
}

void NewCampaignDialog::setName(const QString& name)
{
    m_name->setText(name);
}

void NewCampaignDialog::reloadTemplates()
{
    m_templates.clear();
    m_model->clear();
    if (m_context.templates) {
        for (const MessageTemplate& t : m_context.templates->templates()) {
            if (!t.isApproved())
                continue;
            auto* item = new QStandardItem(tr("%1 · %2").arg(t.name, t.language));
            item->setData(t.categoryText(), TemplateItemDelegate::CategoryRole);
            item->setData(t.category.toUpper(), TemplateItemDelegate::CategoryCodeRole);
            item->setData(int(m_templates.size()), kTemplateIndexRole);
            item->setToolTip(t.body);
            item->setEditable(false);
            m_model->appendRow(item);
            m_templates << t;
        }
    }
    if (m_templates.isEmpty())
        m_category->setText(tr("No approved template yet: templates are created and approved in Meta's WhatsApp "
                               "Manager."));
}

QStringList NewCampaignDialog::offeredTemplates() const
{
    QStringList out;
    for (const MessageTemplate& t : m_templates)
        out << tr("%1 (%2)").arg(t.name, t.language);
    return out;
}

bool NewCampaignDialog::selectTemplate(const QString& name, const QString& language)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        const MessageTemplate& t = m_templates.at(index.data(kTemplateIndexRole).toInt());
        if (t.name == name && (language.isEmpty() || t.language == language)) {
            m_list->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

const MessageTemplate* NewCampaignDialog::current() const
{
    return m_current >= 0 && m_current < m_templates.size() ? &m_templates.at(m_current) : nullptr;
}

QString NewCampaignDialog::categoryText() const
{
    return m_category->text();
}

void NewCampaignDialog::onTemplateChosen()
{
    const QModelIndex index = m_list->currentIndex();
    m_current = index.isValid() ? index.data(kTemplateIndexRole).toInt() : -1;
    const MessageTemplate* t = current();
    if (!t) {
        m_category->clear();
    } else {
        QString text = t->categoryText().isEmpty() ? tr("Category unknown.") : t->costText();
        if (t->headerParameterCount() > 0 || t->parameterCount() > t->headerParameterCount() + t->bodyParameterCount())
            text += QLatin1Char('\n') +
                    tr("This template needs header or button values, which a campaign cannot fill in per recipient: "
                       "choose another one.");
        m_category->setText(text);
    }
    rebuildMapping();
    reparse();
}

void NewCampaignDialog::chooseCsv()
{
    QString dir = m_csvPath.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                      : QFileInfo(m_csvPath).absolutePath();
    if (!QDir(dir).exists())
        dir = QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the recipients file"), dir,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadCsv(path);
}

bool NewCampaignDialog::loadCsv(const QString& path)
{
    QFile file(path);
    const outbound::CampaignCsvOptions limits;
    m_csvBytes.clear();
    m_columns.clear();
    m_mapping.clear();
    m_csvPath = path;
    if (!file.open(QIODevice::ReadOnly)) {
        m_csv = {};
        m_csv.error = tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    } else if (file.size() > limits.maxBytes) {
        m_csv = {};
        m_csv.error =
            tr("%1 is larger than %n MB: split it into smaller files.", nullptr, int(limits.maxBytes / (1024 * 1024)))
                .arg(QDir::toNativeSeparators(path));
    } else {
        m_csvBytes = file.readAll();
        // The columns, from the header and the first rows: every column but the recipient's is a
        // parameter, in header order.
        QByteArray head = m_csvBytes.left(kSyncParseBytes);
        if (head.size() < m_csvBytes.size())
            head.truncate(head.lastIndexOf('\n') + 1);
        outbound::CampaignCsvOptions options;
        options.defaultRegion = m_context.defaultRegion;
        const outbound::CampaignCsvResult columns = outbound::CampaignCsv::parse(head, options);
        if (columns.ok)
            m_columns = columns.parameterColumns;
        else
            m_csv = columns;
    }
    rebuildMapping();
    reparse();
    return m_csv.ok || isReading();
}

void NewCampaignDialog::rebuildMapping()
{
    qDeleteAll(m_mappingCombos);
    m_mappingCombos.clear();
    while (m_mappingForm->rowCount() > 0)
        m_mappingForm->removeRow(0);
    const MessageTemplate* t = current();
    const int n = t ? t->bodyParameterCount() : 0;
    const bool mapped = n > 0 && !m_columns.isEmpty();
    m_mappingBox->setVisible(mapped);
    // Keep what was chosen; else a column named after the parameter ("1", "{{1}}"), else the
    // columns in order.
    QStringList mapping;
    for (int i = 0; i < n; ++i) {
        QString column = i < m_mapping.size() && m_columns.contains(m_mapping.at(i)) ? m_mapping.at(i) : QString();
        if (column.isEmpty()) {
            for (const QString& c : m_columns) {
                const QString bare = c.trimmed().remove(QLatin1Char('{')).remove(QLatin1Char('}')).trimmed();
                if (bare == QString::number(i + 1))
                    column = c;
            }
        }
        if (column.isEmpty() && i < m_columns.size())
            column = m_columns.at(i);
        mapping << column;
    }
    m_mapping = mapping;
    if (!mapped)
        return;
    m_mappingForm->addRow(new QLabel(tr("Which column fills each parameter of the template:"), m_mappingBox));
    for (int i = 0; i < n; ++i) {
        auto* combo = new QComboBox(m_mappingBox);
        combo->addItems(m_columns);
        combo->setCurrentText(m_mapping.at(i));
        combo->setAccessibleName(tr("Column for {{%1}}").arg(i + 1));
        connect(combo, &QComboBox::currentTextChanged, this, [this, i](const QString& column) {
            if (i < m_mapping.size() && m_mapping.at(i) != column) {
                m_mapping[i] = column;
                reparse();
            }
        });
        m_mappingForm->addRow(tr("{{%1}}:").arg(i + 1), combo);
        m_mappingCombos << combo;
    }
}

bool NewCampaignDialog::mapParameter(int index, const QString& column)
{
    if (index < 0 || index >= m_mappingCombos.size() || !m_columns.contains(column))
        return false;
    m_mappingCombos.at(index)->setCurrentText(column);
    return true;
}

QStringList NewCampaignDialog::parameterColumns() const
{
    return m_columns;
}

void NewCampaignDialog::reparse()
{
    ++m_parseGeneration; // a parse still running for an older mapping is dropped when it ends
    if (m_csvBytes.isEmpty()) {
        m_reading = false;
        updateSummary();
        return;
    }
    outbound::CampaignCsvOptions options;
    options.defaultRegion = m_context.defaultRegion;
    // With a template: its parameters from the mapped columns, in its order; other columns are
    // ignored. A template without parameters takes none, whatever other columns the file has.
    const MessageTemplate* t = current();
    if (t)
        options.parameterNames = m_mapping;
    const bool noParameters = t && t->bodyParameterCount() == 0;
    const auto parse = [options, noParameters](const QByteArray& bytes) {
        outbound::CampaignCsvResult r = outbound::CampaignCsv::parse(bytes, options);
        if (r.ok && noParameters) {
            for (outbound::CampaignRecipient& recipient : r.recipients)
                recipient.parameters.clear();
        }
        return r;
    };
    if (m_csvBytes.size() <= kSyncParseBytes) {
        m_reading = false;
        m_csv = parse(m_csvBytes);
        updateSummary();
        return;
    }
    // A large file (checking every number costs about 45 µs a row): read on a thread of its own
    // while the dialog says so and stays responsive.
    m_reading = true;
    updateSummary();
    const int generation = m_parseGeneration;
    auto result = std::make_shared<outbound::CampaignCsvResult>();
    QThread* thread = QThread::create([parse, bytes = m_csvBytes, result] { *result = parse(bytes); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, generation, result] {
        if (generation != m_parseGeneration)
            return;
        m_reading = false;
        m_csv = *result;
        updateSummary();
        emit csvRead();
    });
    thread->start();
}

void NewCampaignDialog::setError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

outbound::CampaignDraft NewCampaignDialog::draft() const
{
    outbound::CampaignDraft d;
    d.name = m_name->text().trimmed();
    if (const MessageTemplate* t = current()) {
        d.content.name = t->name;
        d.content.languageCode = t->language;
        d.content.category = cloudapi::templateCategoryFromName(t->category);
        d.text = t->body;
    }
    d.recipients = m_csv.recipients;
    d.createdBy = m_context.createdBy ? m_context.createdBy() : QString();
    return d;
}

void NewCampaignDialog::updateSummary()
{
    const MessageTemplate* t = current();
    // Recipients and the rows not sent.
    QStringList problems;
    if (m_csvPath.isEmpty()) {
        m_recipients->setText(tr("No file chosen yet."));
    } else if (m_reading) {
        m_recipients->setText(tr("Reading %1 and checking every number…").arg(QFileInfo(m_csvPath).fileName()));
    } else if (!m_csv.ok) {
        m_recipients->setText(m_csv.error);
    } else {
        QString text =
            tr("%n recipient(s) from %1", nullptr, int(m_csv.recipients.size())).arg(QFileInfo(m_csvPath).fileName());
        text += QLatin1Char(' ') + tr("(numbers from the column “%1”).").arg(m_csv.recipientColumn);
        m_recipients->setText(text);
        for (const outbound::CampaignCsvProblem& p : m_csv.problems) {
            if (p.kind != outbound::CampaignCsvProblem::Kind::EmptyRow)
                problems << p.text();
        }
    }
    m_problems->setPlainText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_copyProblems->setVisible(!problems.isEmpty());
    if (m_reading)
        problems.clear();
    if (!problems.isEmpty())
        m_problems->setToolTip(tr("%n row(s) will not be sent (or only once).", nullptr, int(problems.size())));

    // The first messages as the customers read them.
    QStringList previews;
    if (t && m_csv.ok && !m_reading) {
        for (int i = 0; i < m_csv.recipients.size() && i < kPreviewCount; ++i) {
            const outbound::CampaignRecipient& r = m_csv.recipients.at(i);
            previews << tr("To %1:").arg(recipientText(r.key)) + QLatin1Char('\n') + t->render(r.parameters);
        }
    }
    m_preview->setText(previews.isEmpty() ? tr("Choose a template and a recipients file to see the first messages.")
                                          : previews.join(QStringLiteral("\n\n")));

    // The estimate in words.
    m_exceedsTier = false;
    if (!t || !m_csv.ok || m_reading || !m_context.campaigns) {
        m_estimate->setText(tr("The estimate shows once a template and a recipients file are chosen."));
    } else {
        const outbound::BulkEstimate e = m_context.campaigns->estimate(draft(), m_context.preferences, &m_csv);
        QStringList lines;
        lines << tr("%n customer(s) will get the message.", nullptr, e.recipients);
        if (e.duplicates > 0 || e.invalid > 0)
            lines << tr("%1 and %2 are not sent.")
                         .arg(tr("%n duplicate row(s)", nullptr, e.duplicates),
                              tr("%n invalid row(s)", nullptr, e.invalid));
        if (!e.stoppedMarketing.isEmpty())
            lines << (e.stoppedMarketingLeftOut
                          ? tr("%n customer(s) stopped marketing messages: they are left out.", nullptr,
                               int(e.stoppedMarketing.size()))
                          : tr("%n customer(s) stopped marketing messages: Meta will refuse to send to them.", nullptr,
                               int(e.stoppedMarketing.size())));
        if (e.minutes < 0 && e.minutesAtCap >= 0)
            // No share of the team's budget yet (nothing to send): the hub hands one out once
            // sending starts.
            lines << tr("Time: %1 at the number's cap of %2 messages a second; the team's budget is shared between "
                        "its desktops once sending starts, so it may take longer.")
                         .arg(duration(e.minutesAtCap), rate(e.capRatePerSec));
        else if (e.minutes < 0)
            lines << tr("Time: unknown until Duet is connected (the team's sending budget is not known yet).");
        else if (e.queuedAhead > 0)
            lines << tr("Time: %1 at the team's budget of %2 messages a second, after %n message(s) of other campaigns "
                        "already waiting.",
                        nullptr, e.queuedAhead)
                         .arg(duration(e.minutes), rate(e.ratePerSec));
        else
            lines << tr("Time: %1 at the team's budget of %2 messages a second.")
                         .arg(duration(e.minutes), rate(e.ratePerSec));
        if (e.minutes >= 0 && e.leaseBelowCap() && e.minutesAtCap >= 0)
            lines << tr("(The number itself could send it in %1 at its cap of %2 messages a second; other desktops "
                        "of the team share that.)")
                         .arg(duration(e.minutesAtCap), rate(e.capRatePerSec));
        if (e.tierUnlimited) {
            lines << tr("%n recipient(s) are outside a service window; the number has no daily limit for them.",
                        nullptr, e.closedWindow);
        } else if (e.tierSize > 0) {
            QString source;
            switch (e.tierSource) {
            case outbound::TierSource::Meta:
                source = tr("the number's limit as Meta reports it");
                break;
            case outbound::TierSource::Setting:
                source = tr("as set for this team");
                break;
            case outbound::TierSource::Default:
                source = tr("Meta's starting limit; Duet assumes it until told otherwise");
                break;
            }
            lines << tr("%n recipient(s) are outside a service window: %1% of the tier of %2 customers a day (%3).",
                        nullptr, e.closedWindow)
                         .arg(QLocale().toString(e.tierShare * 100, 'f', 0))
                         .arg(e.tierSize)
                         .arg(source);
            if (e.exceedsTier) {
                m_exceedsTier = true;
                lines << tr("Warning: that is more than the tier. Meta refuses the messages past it until "
                            "the 24 hours move on: split the list, or send over several days.");
            }
        }
        switch (e.category) {
        case cloudapi::TemplateCategory::Marketing:
            lines << tr("Marketing: billed per delivered message.");
            break;
        case cloudapi::TemplateCategory::Utility:
            lines << tr("Utility: billed per delivered message to customers outside an open service window (%n "
                        "expected).",
                        nullptr, e.billable);
            break;
        case cloudapi::TemplateCategory::Authentication:
            lines << tr("Authentication: billed per delivered message.");
            break;
        case cloudapi::TemplateCategory::Unspecified:
            lines << tr("Category unknown: count on every delivered message being billed.");
            break;
        }
        m_estimate->setText(lines.join(QLatin1Char('\n')));
    }
    const QString blocking = errorText();
    m_start->setEnabled(blocking.isEmpty());
    m_schedule->setEnabled(blocking.isEmpty());
    setError(m_created == 0 && !m_csvPath.isEmpty() && t ? blocking : QString());
}

QString NewCampaignDialog::recipientsText() const
{
    return m_recipients->text();
}

QString NewCampaignDialog::problemsText() const
{
    return m_problems->toPlainText();
}

QString NewCampaignDialog::previewText() const
{
    return m_preview->text();
}

QString NewCampaignDialog::estimateText() const
{
    return m_estimate->text();
}

bool NewCampaignDialog::exceedsTier() const
{
    return m_exceedsTier;
}

QString NewCampaignDialog::errorText() const
{
    const MessageTemplate* t = current();
    if (!t)
        return tr("Choose a template.");
    if (t->headerParameterCount() > 0 || t->parameterCount() > t->headerParameterCount() + t->bodyParameterCount())
        return tr("This template needs header or button values: choose another one.");
    if (m_csvPath.isEmpty())
        return tr("Choose a recipients file.");
    if (m_reading)
        return tr("The recipients file is still being read.");
    if (!m_csv.ok)
        return m_csv.error;
    if (m_csv.recipients.isEmpty())
        return tr("The file has no recipient that can be sent to.");
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the campaign a name.");
    return {};
}

QString NewCampaignDialog::timeZoneText()
{
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime now = QDateTime::currentDateTime();
    return tr("%1 (%2)").arg(QString::fromUtf8(zone.id()), zone.displayName(now, QTimeZone::OffsetName));
}

bool NewCampaignDialog::create(qint64 scheduledAtMs)
{
    const QString blocking = errorText();
    if (!blocking.isEmpty()) {
        setError(blocking);
        return false;
    }
    outbound::CampaignDraft d = draft();
    d.scheduledAtMs = scheduledAtMs;
    QString error;
    const qint64 id = m_context.campaigns->create(d, m_context.preferences, &error);
    if (id == 0) {
        setError(tr("The campaign was not created: %1").arg(error));
        return false;
    }
    m_created = id;
    const int count = m_context.campaigns->progress(id).total;
    m_resultText =
        scheduledAtMs > 0
            ? tr("%1: %n message(s) scheduled for %2.", nullptr, count)
                  .arg(d.name, QLocale().toString(QDateTime::fromMSecsSinceEpoch(scheduledAtMs), QLocale::ShortFormat))
            : tr("%1: %n message(s) are on their way.", nullptr, count).arg(d.name);
    setError({});
    accept();
    return true;
}

bool NewCampaignDialog::startNow()
{
    return create(0);
}

bool NewCampaignDialog::scheduleAt(const QDateTime& when)
{
    if (!when.isValid() || when.toMSecsSinceEpoch() <= m_clock.nowMs()) {
        setError(tr("That time has already passed: choose a later one, or Start now."));
        return false;
    }
    return create(when.toMSecsSinceEpoch());
}

void NewCampaignDialog::chooseSchedule()
{
    QDialog ask(this);
    ask.setWindowTitle(tr("Schedule the campaign"));
    ask.setMinimumWidth(420);
    auto* edit = new DateTimeField(QDateTime(), &ask);
    edit->setAccessibleName(tr("Start date and time"));
    // The next quarter hour, at least an hour ahead.
    const qint64 now = m_clock.nowMs();
    const qint64 quarter = 15 * 60 * 1000;
    edit->setDateTime(QDateTime::fromMSecsSinceEpoch(((now + 3600 * 1000) / quarter + 1) * quarter));
    edit->setMinimumDateTime(QDateTime::fromMSecsSinceEpoch(now));
    auto* zone = new QLabel(tr("Local time: %1").arg(timeZoneText()), &ask);
    auto* error = new QLabel(&ask);
    error->setWordWrap(true);
    error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &ask);
    QPushButton* ok = buttons->addButton(tr("Schedule"), QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    auto* form = new QFormLayout(&ask);
    form->addRow(tr("Start &at:"), edit);
    form->addRow(QString(), zone);
    form->addRow(error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    connect(ok, &QPushButton::clicked, &ask, [this, &ask, edit, error] {
        if (scheduleAt(edit->dateTime())) {
            ask.accept();
        } else {
            error->setText(m_error->text());
            error->show();
        }
    });
    ask.exec();
}

} // namespace duet::ui
