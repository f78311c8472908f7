// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk sends.
#include "BulkJobs.h"

#include "core/PhoneNumber.h"
#include "core/ServiceWindow.h"
#include "outbound/OutboundDriver.h"

#include <QSet>
#include <QUuid>

namespace duet::outbound {
namespace {

/// The distinct valid addresses of a list, in the order given: numbers as digits, business-scoped
/// user IDs (customers who never shared their number) as they are.
QStringList distinctRecipients(const QStringList& contacts, int* duplicates, int* invalid)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString& c : contacts) {
        QString address;
        if (cloudapi::GraphRequestBuilder::isUserIdAddress(c)) {
            address = c.trimmed();
        } else {
            for (QChar ch : c) {
                if (ch.isDigit())
                    address += ch;
            }
            if (address.size() < 7 || address.size() > 15) {
                ++*invalid;
                continue;
            }
        }
        if (seen.contains(address)) {
            ++*duplicates;
            continue;
        }
        seen.insert(address);
        out << address;
    }
    return out;
}

} // namespace

BulkJobs::BulkJobs(OutboundDriver& driver, int tierSize)
    : m_driver(driver)
    , m_tierSize(tierSize)
{}

BulkEstimate BulkJobs::estimate(const QStringList& contacts) const
{
    BulkEstimate e;
    const QStringList recipients = distinctRecipients(contacts, &e.duplicates, &e.invalid);
    e.recipients = int(recipients.size());
    for (const QString& r : recipients) {
        // Without window facts every recipient may need a business-initiated conversation.
        if (!m_driver.gate() || !m_driver.gate()->window(r).isSendable())
            ++e.closedWindow;
    }
    e.tierSize = m_tierSize;
    e.tierShare = m_tierSize > 0 ? double(e.closedWindow) / m_tierSize : 0;
    e.exceedsTier = m_tierSize > 0 && e.closedWindow > m_tierSize;
    e.ratePerSec = m_driver.scheduler().rate();
    e.queuedAhead = m_driver.scheduler().queuedCount(SendScheduler::Lane::Bulk);
    e.minutes = e.ratePerSec > 0 ? (e.queuedAhead + e.recipients) / e.ratePerSec / 60.0 : -1;
    return e;
}

qint64 BulkJobs::create(const QString& name, const cloudapi::TemplateContent& content, const QStringList& contacts,
                        const QString& agent, QString* error, const QString& text)
{
    int duplicates = 0, invalid = 0;
    const QStringList recipients = distinctRecipients(contacts, &duplicates, &invalid);
    if (recipients.isEmpty()) {
        *error = QStringLiteral("no valid recipient");
        return 0;
    }
    const DriverSettings& settings = m_driver.settings();
    const cloudapi::GraphRequestBuilder graph(settings.apiVersion, settings.phoneNumberId);
    QList<OutboxDraft> drafts;
    drafts.reserve(recipients.size());
    for (const QString& r : recipients) {
        OutboxDraft d;
        d.clientId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        d.contact = r;
        d.lane = OutboxLane::Bulk;
        d.kind = QStringLiteral("template");
        d.agent = agent;
        d.text = text;
        const cloudapi::GraphRequest req = graph.templateMessage({r, d.clientId, {}}, content);
        if (!req.isValid()) {
            *error = cloudapi::requestProblemText(req.problem);
            return 0;
        }
        d.body = req.body;
        drafts << d;
    }
    OutboxStore& outbox = m_driver.outbox();
    const qint64 job = outbox.createBulkJob(name, content.name, agent, error);
    if (job == 0)
        return 0;
    for (OutboxDraft& d : drafts)
        d.bulkJob = job;
    const QList<qint64> ids = outbox.insertAll(drafts, error);
    if (ids.isEmpty()) {
        outbox.setBulkJobState(job, OutboxStore::BulkJobState::Cancelled);
        return 0;
    }
    m_driver.enqueueRows(ids);
    return job;
}

qint64 BulkJobs::createForLabel(const ContactProvider& provider, const QString& label,
                                const cloudapi::TemplateContent& content, const QString& agent, QString* error)
{
    return create(label, content, provider.contactsWithLabel(label), agent, error);
}

bool BulkJobs::pause(qint64 job)
{
    if (!m_driver.outbox().setBulkJobState(job, OutboxStore::BulkJobState::Paused))
        return false;
    m_driver.withdrawRows(m_driver.outbox().bulkRowIds(job, OutboxState::Queued));
    return true;
}

bool BulkJobs::resume(qint64 job)
{
    if (m_driver.outbox().bulkJobState(job) != OutboxStore::BulkJobState::Paused ||
        !m_driver.outbox().setBulkJobState(job, OutboxStore::BulkJobState::Running))
        return false;
    m_driver.enqueueRows(m_driver.outbox().bulkRowIds(job, OutboxState::Queued));
    return true;
}

bool BulkJobs::cancel(qint64 job)
{
    OutboxStore& outbox = m_driver.outbox();
    if (!outbox.bulkJobState(job) || outbox.bulkJobState(job) == OutboxStore::BulkJobState::Cancelled)
        return false;
    outbox.setBulkJobState(job, OutboxStore::BulkJobState::Cancelled);
    m_driver.withdrawRows(outbox.cancelQueued(job));
    return true;
}

BulkProgress BulkProgress::of(const OutboxStore& outbox, qint64 job, OutboxStore::BulkJobState state)
{
    const OutboxStore::BulkCounts c = outbox.bulkCounts(job);
    BulkProgress p;
    p.total = c.total;
    p.queued = c.count(OutboxState::Queued);
    p.sending = c.count(OutboxState::Sending);
    p.accepted = c.count(OutboxState::Accepted);
    p.sent = c.count(OutboxState::Sent);
    p.delivered = c.count(OutboxState::Delivered);
    p.read = c.count(OutboxState::Read);
    p.failed = c.count(OutboxState::Failed);
    p.uncertain = c.count(OutboxState::Uncertain);
    p.discarded = c.count(OutboxState::Discarded);
    p.cancelled = c.count(OutboxState::Cancelled);
    p.state = state;
    return p;
}

BulkProgress BulkJobs::progress(qint64 job) const
{
    return BulkProgress::of(m_driver.outbox(), job,
                            m_driver.outbox().bulkJobState(job).value_or(OutboxStore::BulkJobState::Cancelled));
}

int BulkJobs::resendUncertain(qint64 job)
{
    int n = 0;
    for (qint64 id : m_driver.outbox().bulkRowIds(job, OutboxState::Uncertain)) {
        if (m_driver.resendUncertain(id))
            ++n;
    }
    return n;
}

} // namespace duet::outbound
