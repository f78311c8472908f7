// SPDX-License-Identifier: GPL-3.0-or-later
// Campaigns: creation with per-recipient bodies, the schedule, the estimate, progress and the export.
#include "Campaigns.h"

#include "core/Clock.h"
#include "core/ContactKey.h"
#include "core/PhoneNumber.h"
#include "core/ServiceWindow.h"
#include "outbound/OutboundDriver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace duet::outbound {
namespace {

/// The longest the timer sleeps: a wall-clock jump (a suspended laptop) is noticed within this.
constexpr qint64 kMaxTimerMs = 60'000;

/// Who gets the campaign: distinct keys, with those who stopped marketing left out of a
/// MARKETING template unless the draft includes them.
struct Selection
{
    QList<CampaignRecipient> send;
    QStringList stopped;
    int duplicates = 0;
    bool leftOut = false;
};

Selection selectRecipients(const CampaignDraft& draft, const MarketingPreferences* preferences)
{
    Selection s;
    const bool marketing = draft.content.category == cloudapi::TemplateCategory::Marketing;
    s.leftOut = marketing && !draft.includeStoppedMarketing;
    if (preferences) {
        QStringList keys;
        keys.reserve(draft.recipients.size());
        for (const CampaignRecipient& r : draft.recipients)
            keys << r.key;
        preferences->prepare(keys);
    }
    QSet<QString> seen;
    for (const CampaignRecipient& r : draft.recipients) {
        if (r.key.isEmpty())
            continue;
        if (seen.contains(r.key)) {
            ++s.duplicates;
            continue;
        }
        seen.insert(r.key);
        if (preferences && preferences->stoppedMarketing(r.key)) {
            s.stopped << r.key;
            if (s.leftOut)
                continue;
        }
        s.send << r;
    }
    if (s.stopped.isEmpty())
        s.leftOut = false;
    return s;
}

/// The template with the recipient's values as the BODY's text parameters.
cloudapi::TemplateContent contentFor(const cloudapi::TemplateContent& base, const QStringList& parameters)
{
    if (parameters.isEmpty())
        return base;
    cloudapi::TemplateContent content = base;
    QList<cloudapi::TemplateParameter> values;
    values.reserve(parameters.size());
    for (const QString& p : parameters)
        values << cloudapi::TemplateParameter::textValue(p);
    for (cloudapi::TemplateComponent& c : content.components) {
        if (c.type == cloudapi::TemplateComponent::Type::Body) {
            c.parameters = values;
            return content;
        }
    }
    cloudapi::TemplateComponent body;
    body.type = cloudapi::TemplateComponent::Type::Body;
    body.parameters = values;
    content.components << body;
    return content;
}

/// Names the body's parameters (`parameter_name`) for a template with named parameters.
void nameBodyParameters(QJsonObject* body, const QStringList& names)
{
    QJsonObject tmpl = body->value(QStringLiteral("template")).toObject();
    QJsonArray components = tmpl.value(QStringLiteral("components")).toArray();
    for (qsizetype c = 0; c < components.size(); ++c) {
        QJsonObject component = components.at(c).toObject();
        if (component.value(QStringLiteral("type")).toString() != QLatin1String("body"))
            continue;
        QJsonArray parameters = component.value(QStringLiteral("parameters")).toArray();
        for (qsizetype p = 0; p < parameters.size() && p < names.size(); ++p) {
            QJsonObject parameter = parameters.at(p).toObject();
            parameter.insert(QStringLiteral("parameter_name"), names.at(p));
            parameters.replace(p, parameter);
        }
        component.insert(QStringLiteral("parameters"), parameters);
        components.replace(c, component);
    }
    tmpl.insert(QStringLiteral("components"), components);
    body->insert(QStringLiteral("template"), tmpl);
}

/// The template as this recipient reads it: "{{1}}" (or "{{name}}") replaced by their value.
QString rendered(const QString& text, const QStringList& parameters, const QStringList& names)
{
    QString out = text;
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        const QString name = i < names.size() ? names.at(i) : QString::number(i + 1);
        out.replace(QStringLiteral("{{%1}}").arg(name), parameters.at(i));
    }
    return out;
}

/// One CSV cell, quoted when it has to be (RFC 4180).
QByteArray csvCell(const QString& value)
{
    QByteArray utf8 = value.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r') || utf8.contains(';')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

void csvLine(QByteArray* out, const QStringList& cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out->append(',');
        out->append(csvCell(cells.at(i)));
    }
    out->append("\r\n");
}

BulkProgress progressOf(const OutboxStore& outbox, qint64 job, CampaignState state)
{
    return BulkProgress::of(outbox, job, state);
}

CampaignInfo infoOf(const OutboxStore& outbox, const OutboxStore::BulkJobRecord& r)
{
    CampaignInfo i;
    i.id = r.id;
    i.name = r.name;
    i.templateName = r.templateName;
    i.language = r.language;
    i.category = cloudapi::templateCategoryFromName(r.category);
    i.text = r.text;
    i.parameterNames = r.parameterNames;
    i.createdBy = r.agent;
    i.createdAtMs = r.createdAtMs;
    i.scheduledAtMs = r.scheduledAtMs;
    i.startedAtMs = r.startedAtMs;
    i.finishedAtMs = r.finishedAtMs;
    i.startedLate = r.startedLate;
    i.leftOut = r.leftOut;
    i.state = r.state;
    i.progress = progressOf(outbox, r.id, r.state);
    return i;
}

} // namespace

QList<CampaignRecipient> CampaignDraft::fromContacts(const QStringList& contacts)
{
    QList<CampaignRecipient> out;
    QSet<QString> seen;
    for (const QString& c : contacts) {
        QString key;
        if (cloudapi::GraphRequestBuilder::isUserIdAddress(c.trimmed())) {
            key = c.trimmed();
        } else {
            const QString digits = PhoneNumber::digitsOnly(c);
            if (digits.size() < 7 || digits.size() > 15)
                continue;
            key = contactKey(digits);
        }
        if (seen.contains(key))
            continue;
        seen.insert(key);
        out << CampaignRecipient{key, {}, 0};
    }
    return out;
}

Campaigns::Campaigns(const Clock& clock, OutboundDriver& driver, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_driver(driver)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Campaigns::checkDue);
    connect(&m_driver, &OutboundDriver::rowChanged, this, &Campaigns::onRowChanged);
}

Campaigns::~Campaigns() = default;

void Campaigns::setTier(int size, TierSource source)
{
    m_tierSize = size;
    m_tierSource = source;
}

void Campaigns::start()
{
    m_started = true;
    OutboxStore& outbox = m_driver.outbox();
    // Time passed while Duet was closed: these start now, marked late.
    for (qint64 id : outbox.dueScheduledJobs(m_clock.nowMs()))
        startJob(id, true);
    // Campaigns that ended while Duet was closed (their last statuses came in) are done.
    for (const OutboxStore::BulkJobRecord& r : outbox.bulkJobRecords()) {
        if (r.finishedAtMs == 0 && (r.state == CampaignState::Running || r.state == CampaignState::Cancelled))
            checkFinished(r.id);
    }
    arm();
}

void Campaigns::checkDue()
{
    for (qint64 id : m_driver.outbox().dueScheduledJobs(m_clock.nowMs()))
        startJob(id, false);
    arm();
}

void Campaigns::arm()
{
    const qint64 next = m_driver.outbox().nextScheduledAtMs();
    if (next < 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(int(std::clamp<qint64>(next - m_clock.nowMs(), 0, kMaxTimerMs)));
}

void Campaigns::startJob(qint64 id, bool late)
{
    OutboxStore& outbox = m_driver.outbox();
    if (!outbox.markBulkJobStarted(id, m_clock.nowMs(), late))
        return;
    m_driver.enqueueRows(outbox.bulkRowIds(id, OutboxState::Queued));
    emit campaignStarted(id, late);
    emit campaignChanged(id);
    checkFinished(id);
}

void Campaigns::checkFinished(qint64 id)
{
    OutboxStore& outbox = m_driver.outbox();
    const std::optional<CampaignState> state = outbox.bulkJobState(id);
    if (!state || (*state != CampaignState::Running && *state != CampaignState::Cancelled))
        return;
    const OutboxStore::BulkCounts c = outbox.bulkCounts(id);
    if (c.count(OutboxState::Queued) + c.count(OutboxState::Sending) + c.count(OutboxState::Uncertain) > 0)
        return;
    if (outbox.markBulkJobFinished(id, m_clock.nowMs())) {
        emit campaignFinished(id);
        emit campaignChanged(id);
    }
}

void Campaigns::onRowChanged(qint64 rowId, OutboxState state)
{
    if (!isFinalState(state))
        return;
    const std::optional<OutboxRow> row = m_driver.outbox().row(rowId);
    if (row && row->bulkJob > 0)
        checkFinished(row->bulkJob);
}

BulkEstimate Campaigns::estimate(const CampaignDraft& draft, const MarketingPreferences* preferences,
                                 const CampaignCsvResult* csv) const
{
    const Selection s = selectRecipients(draft, preferences);
    BulkEstimate e;
    e.recipients = int(s.send.size());
    e.duplicates = csv ? csv->duplicates + s.duplicates : s.duplicates;
    e.invalid = csv ? csv->invalid : 0;
    for (const CampaignRecipient& r : s.send) {
        // Without window facts every recipient may need a business-initiated conversation.
        if (m_driver.gate() && m_driver.gate()->window(r.key).isSendable())
            ++e.openWindow;
        else
            ++e.closedWindow;
    }
    e.tierSource = m_tierSource;
    e.tierUnlimited = m_tierSource == TierSource::Meta && m_tierSize <= 0;
    e.tierSize = e.tierUnlimited ? 0 : m_tierSize;
    e.tierShare = e.tierSize > 0 ? double(e.closedWindow) / e.tierSize : 0;
    e.exceedsTier = e.tierSize > 0 && e.closedWindow > e.tierSize;
    e.ratePerSec = m_driver.scheduler().rate();
    e.queuedAhead = m_driver.scheduler().queuedCount(SendScheduler::Lane::Bulk);
    e.minutes = e.ratePerSec > 0 ? (e.queuedAhead + e.recipients) / e.ratePerSec / 60.0 : -1;
    e.capRatePerSec = m_capRate;
    e.minutesAtCap = m_capRate > 0 ? (e.queuedAhead + e.recipients) / m_capRate / 60.0 : -1;
    e.category = draft.content.category;
    e.billable = draft.content.category == cloudapi::TemplateCategory::Utility ? e.closedWindow : e.recipients;
    e.stoppedMarketing = s.stopped;
    e.stoppedMarketingLeftOut = s.leftOut;
    return e;
}

qint64 Campaigns::create(const CampaignDraft& draft, const MarketingPreferences* preferences, QString* error)
{
    const Selection s = selectRecipients(draft, preferences);
    if (s.send.isEmpty()) {
        *error = s.stopped.isEmpty() ? tr("The campaign has no recipient.")
                                     : tr("The campaign has no recipient left: every one of them stopped "
                                          "marketing messages.");
        return 0;
    }
    const DriverSettings& settings = m_driver.settings();
    const cloudapi::GraphRequestBuilder graph(settings.apiVersion, settings.phoneNumberId);
    QList<OutboxDraft> drafts;
    drafts.reserve(s.send.size());
    for (const CampaignRecipient& r : s.send) {
        if (!draft.parameterNames.isEmpty() && !r.parameters.isEmpty() &&
            r.parameters.size() != draft.parameterNames.size()) {
            *error = tr("%1 has %2 parameters; the template has %3.")
                         .arg(r.key)
                         .arg(r.parameters.size())
                         .arg(draft.parameterNames.size());
            return 0;
        }
        OutboxDraft d;
        d.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        d.contact = r.key;
        d.lane = OutboxLane::Bulk;
        d.kind = QStringLiteral("template");
        d.agent = draft.createdBy;
        d.text = rendered(draft.text, r.parameters, draft.parameterNames);
        d.parameters = r.parameters;
        const cloudapi::GraphRequest req =
            graph.templateMessage({r.key, d.clientId, {}}, contentFor(draft.content, r.parameters));
        if (!req.isValid()) {
            *error = tr("%1: %2").arg(r.key, cloudapi::requestProblemText(req.problem));
            return 0;
        }
        d.body = req.body;
        if (!draft.parameterNames.isEmpty())
            nameBodyParameters(&d.body, draft.parameterNames);
        drafts << d;
    }
    const qint64 now = m_clock.nowMs();
    OutboxStore::BulkJobRecord job;
    job.name = draft.name.isEmpty() ? draft.content.name : draft.name;
    job.templateName = draft.content.name;
    job.language = draft.content.languageCode;
    job.category = cloudapi::templateCategoryName(draft.content.category);
    job.text = draft.text;
    job.parameterNames = draft.parameterNames;
    job.agent = draft.createdBy;
    const bool later = draft.scheduledAtMs > now;
    job.state = later ? CampaignState::Scheduled : CampaignState::Running;
    job.scheduledAtMs = later ? draft.scheduledAtMs : 0;
    job.leftOut = s.leftOut ? int(s.stopped.size()) : 0;
    QList<qint64> ids;
    QString storeError;
    const qint64 id = m_driver.outbox().createCampaign(job, drafts, &ids, &storeError);
    if (id == 0) {
        *error = tr("The campaign could not be saved: %1").arg(storeError);
        return 0;
    }
    if (later)
        arm();
    else
        m_driver.enqueueRows(ids);
    emit campaignChanged(id);
    return id;
}

bool Campaigns::pause(qint64 id)
{
    OutboxStore& outbox = m_driver.outbox();
    const std::optional<CampaignState> state = outbox.bulkJobState(id);
    if (!state || (*state != CampaignState::Running && *state != CampaignState::Scheduled))
        return false;
    if (!outbox.setBulkJobState(id, CampaignState::Paused))
        return false;
    m_driver.withdrawRows(outbox.bulkRowIds(id, OutboxState::Queued));
    arm();
    emit campaignChanged(id);
    return true;
}

bool Campaigns::resume(qint64 id)
{
    OutboxStore& outbox = m_driver.outbox();
    const std::optional<OutboxStore::BulkJobRecord> job = outbox.bulkJob(id);
    if (!job || job->state != CampaignState::Paused)
        return false;
    const qint64 now = m_clock.nowMs();
    if (job->startedAtMs == 0 && job->scheduledAtMs > now) {
        // Not started and its time is still ahead: back to waiting for it.
        if (!outbox.setBulkJobState(id, CampaignState::Scheduled))
            return false;
        arm();
        emit campaignChanged(id);
        return true;
    }
    if (job->startedAtMs == 0) {
        // Its time passed while it was paused: it starts now, late.
        if (!outbox.markBulkJobStarted(id, now, job->scheduledAtMs > 0))
            return false;
        m_driver.enqueueRows(outbox.bulkRowIds(id, OutboxState::Queued));
        emit campaignStarted(id, job->scheduledAtMs > 0);
    } else {
        if (!outbox.setBulkJobState(id, CampaignState::Running))
            return false;
        m_driver.enqueueRows(outbox.bulkRowIds(id, OutboxState::Queued));
    }
    emit campaignChanged(id);
    checkFinished(id);
    return true;
}

bool Campaigns::cancel(qint64 id)
{
    OutboxStore& outbox = m_driver.outbox();
    const std::optional<CampaignState> state = outbox.bulkJobState(id);
    if (!state || *state == CampaignState::Cancelled || *state == CampaignState::Done)
        return false;
    outbox.setBulkJobState(id, CampaignState::Cancelled);
    m_driver.withdrawRows(outbox.cancelQueued(id));
    arm();
    emit campaignChanged(id);
    checkFinished(id);
    return true;
}

int Campaigns::resendUncertain(qint64 id)
{
    OutboxStore& outbox = m_driver.outbox();
    const QList<qint64> rows = outbox.bulkRowIds(id, OutboxState::Uncertain);
    if (rows.isEmpty())
        return 0;
    if (outbox.bulkJobState(id) == CampaignState::Done)
        outbox.setBulkJobState(id, CampaignState::Running);
    int n = 0;
    for (qint64 row : rows) {
        if (m_driver.resendUncertain(row))
            ++n;
    }
    emit campaignChanged(id);
    return n;
}

bool Campaigns::reschedule(qint64 id, qint64 scheduledAtMs)
{
    if (scheduledAtMs <= 0 || !m_driver.outbox().setBulkJobSchedule(id, scheduledAtMs))
        return false;
    if (m_driver.outbox().bulkJobState(id) == CampaignState::Scheduled && scheduledAtMs <= m_clock.nowMs())
        startJob(id, false);
    arm();
    emit campaignChanged(id);
    return true;
}

QList<CampaignInfo> Campaigns::campaigns() const
{
    QList<CampaignInfo> out;
    const OutboxStore& outbox = m_driver.outbox();
    for (const OutboxStore::BulkJobRecord& r : outbox.bulkJobRecords())
        out << infoOf(outbox, r);
    return out;
}

std::optional<CampaignInfo> Campaigns::campaign(qint64 id) const
{
    const std::optional<OutboxStore::BulkJobRecord> r = m_driver.outbox().bulkJob(id);
    if (!r)
        return std::nullopt;
    return infoOf(m_driver.outbox(), *r);
}

BulkProgress Campaigns::progress(qint64 id) const
{
    return progressOf(m_driver.outbox(), id, m_driver.outbox().bulkJobState(id).value_or(CampaignState::Cancelled));
}

QString Campaigns::errorTitle(int code)
{
    switch (code) {
    case 131047:
        return tr("Re-engagement message: the service window is closed");
    case 131026:
        return tr("Message undeliverable");
    case 131048:
        return tr("Spam rate limit hit");
    case 131049:
        return tr("Not delivered to keep engagement healthy");
    case 131050:
        return tr("The customer stopped marketing messages");
    case 131056:
        return tr("Too many messages to this customer");
    case 131064:
        return tr("Messaging limit reached");
    case 131062:
        return tr("Not available for WhatsApp user IDs");
    case 130472:
        return tr("Customer in an experiment group");
    case 130429:
        return tr("Throughput limit reached");
    case 131000:
        return tr("Something went wrong");
    case 100:
        return tr("Invalid parameter");
    case 368:
        return tr("Temporarily blocked for policy violations");
    case 131031:
        return tr("Business account locked");
    case 190:
        return tr("Access token expired");
    default:
        break;
    }
    if (code >= 132000 && code <= 132069)
        return tr("Template error");
    if (code == 0)
        return tr("No error code");
    return tr("Error %1").arg(code);
}

QList<CampaignFailure> Campaigns::failures(qint64 id) const
{
    QList<CampaignFailure> out;
    for (const OutboxStore::BulkFailure& f : m_driver.outbox().bulkFailures(id))
        out << CampaignFailure{f.code, f.count, f.reason, f.remedy, errorTitle(f.code)};
    return out;
}

QByteArray Campaigns::exportCsv(qint64 id) const
{
    const OutboxStore& outbox = m_driver.outbox();
    const std::optional<OutboxStore::BulkJobRecord> job = outbox.bulkJob(id);
    const QList<OutboxRow> rows = outbox.bulkRows(id);
    // The parameter columns: the template's names, else {{1}} ... as many as the widest row.
    QStringList parameterNames = job ? job->parameterNames : QStringList();
    qsizetype width = parameterNames.size();
    for (const OutboxRow& r : rows)
        width = std::max(width, r.parameters.size());
    for (qsizetype i = parameterNames.size(); i < width; ++i)
        parameterNames << QString::number(i + 1);

    QByteArray out("\xEF\xBB\xBF");
    QStringList header{QStringLiteral("recipient")};
    for (const QString& n : parameterNames)
        header << QStringLiteral("{{%1}}").arg(n);
    header << QStringLiteral("state") << QStringLiteral("wamid") << QStringLiteral("error_code")
           << QStringLiteral("error_text") << QStringLiteral("updated_at");
    csvLine(&out, header);
    for (const OutboxRow& r : rows) {
        QStringList cells{r.contact};
        for (qsizetype i = 0; i < width; ++i)
            cells << r.parameters.value(i);
        QString errorText;
        if (r.state == OutboxState::Failed) {
            errorText = errorTitle(r.errorCode);
            if (!r.remedy.isEmpty())
                errorText += QStringLiteral(": ") + QCoreApplication::translate("duet", r.remedy.toUtf8().constData());
        }
        cells << outboxStateName(r.state) << r.wamid << (r.errorCode != 0 ? QString::number(r.errorCode) : QString())
              << errorText << QDateTime::fromMSecsSinceEpoch(r.updatedAtMs, Qt::UTC).toString(Qt::ISODate);
        csvLine(&out, cells);
    }
    return out;
}

bool Campaigns::exportCsvTo(qint64 id, const QString& path, QString* error) const
{
    if (!m_driver.outbox().bulkJob(id)) {
        *error = tr("There is no such campaign.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = exportCsv(id);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace duet::outbound
