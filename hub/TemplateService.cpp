// SPDX-License-Identifier: GPL-3.0-or-later
// Fetching the template list page by page, storing it, and following status webhooks.
#include "TemplateService.h"

#include "cloudapi/ApiError.h"
#include "cloudapi/TemplateList.h"
#include "core/Clock.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

Q_LOGGING_CATEGORY(lcTemplates, "duet.hub.templates")

namespace duet::hub {
namespace {

bool byNameAndLanguage(const TemplateRecord& a, const TemplateRecord& b)
{
    return a.name != b.name ? a.name < b.name : a.language < b.language;
}

} // namespace

TemplateService::TemplateService(QSqlDatabase db, const Clock& clock, Settings settings, QObject* parent)
    : QObject(parent)
    , m_store(db)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_network(new QNetworkAccessManager(this))
{
    if (m_settings.graphBaseUrl.isEmpty())
        m_settings.graphBaseUrl = Settings().graphBaseUrl;
    m_refetch.setSingleShot(true);
    connect(&m_refetch, &QTimer::timeout, this, [this] { refresh(); });
}

TemplateService::~TemplateService()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

bool TemplateService::load(QString* error)
{
    QList<TemplateRecord> stored;
    if (!m_store.load(&stored, &m_updatedAtMs, error))
        return false;
    m_templates = stored;
    return true;
}

sync::Templates TemplateService::templates() const
{
    return sync::Templates{m_templates, m_updatedAtMs};
}

void TemplateService::setTemplates(QList<TemplateRecord> list)
{
    std::sort(list.begin(), list.end(), byNameAndLanguage);
    if (list == m_templates)
        return;
    m_templates = list;
    emit changed();
}

void TemplateService::refresh(Done done)
{
    if (!canFetch()) {
        if (done)
            done(false, QStringLiteral("not_configured"),
                 QStringLiteral("the hub has no [cloudapi] waba_id or access token to fetch templates with"));
        return;
    }
    if (m_reply) { // a fetch is under way: the list may have changed since it began, so go again after
        m_again = true;
        if (done)
            m_next.append(std::move(done));
        return;
    }
    if (done)
        m_waiting.append(std::move(done));
    startFetch();
}

void TemplateService::startFetch()
{
    m_refetch.stop();
    m_pages.clear();
    m_pageCount = 0;
    m_lastAfter.clear();
    ++m_fetches;
    requestPage({});
}

void TemplateService::requestPage(const QString& after)
{
    QNetworkRequest request(cloudapi::templatePageUrl(m_settings.graphBaseUrl, m_settings.apiVersion, m_settings.wabaId,
                                                      after, m_settings.pageSize));
    request.setRawHeader("Authorization", "Bearer " + m_settings.accessToken);
    request.setTransferTimeout(m_settings.timeoutMs);
    m_reply = m_network->get(request);
    QNetworkReply* reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onPage(reply); });
}

void TemplateService::onPage(QNetworkReply* reply)
{
    m_reply = nullptr;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0) {
        finishFetch(false, QStringLiteral("unavailable"),
                    QStringLiteral("the Graph API could not be reached: %1").arg(reply->errorString()));
        return;
    }
    if (status < 200 || status > 299) {
        const cloudapi::ApiResponse r = cloudapi::parseGraphResponse(cloudapi::Transport::Completed, status, body,
                                                                     reply->rawHeaderPairs(), m_clock.nowSecs());
        const QString meta = r.error.code >= 0 ? QStringLiteral("error %1: %2").arg(r.error.code).arg(r.error.message)
                                               : QStringLiteral("HTTP %1").arg(status);
        finishFetch(false, QStringLiteral("unavailable"),
                    QStringLiteral("Meta refused the template list (%1)").arg(meta));
        return;
    }
    cloudapi::TemplatePage page;
    QString problem;
    if (!cloudapi::parseTemplatePage(body, &page, &problem)) {
        finishFetch(false, QStringLiteral("unavailable"), problem);
        return;
    }
    if (page.skipped > 0)
        qCWarning(lcTemplates).noquote() << page.skipped << "entries of the template list were not templates";
    m_pages += page.templates;
    ++m_pageCount;
    if (!page.hasMore) {
        finishFetch(true, {}, {});
        return;
    }
    if (page.after.isEmpty() || page.after == m_lastAfter || m_pageCount >= m_settings.maxPages) {
        finishFetch(false, QStringLiteral("unavailable"),
                    QStringLiteral("the template list did not end after %1 pages").arg(m_pageCount));
        return;
    }
    m_lastAfter = page.after;
    requestPage(page.after);
}

void TemplateService::finishFetch(bool ok, const QString& reason, const QString& detail)
{
    QString error;
    if (ok) {
        const qint64 now = m_clock.nowMs();
        if (!m_store.replaceAll(m_pages, now, &error)) {
            ok = false;
            qCWarning(lcTemplates).noquote() << "cannot store the templates:" << error;
        } else {
            m_updatedAtMs = now;
            m_lastError.clear();
            qCInfo(lcTemplates).noquote() << "fetched" << m_pages.size() << "templates in" << m_pageCount << "pages";
            setTemplates(m_pages);
        }
    } else {
        m_lastError = detail;
        qCWarning(lcTemplates).noquote() << "cannot fetch the templates:" << detail;
        if (!m_store.recordFetchError(detail, &error))
            qCWarning(lcTemplates).noquote() << "cannot record the fetch error:" << error;
    }
    m_pages.clear();
    const QList<Done> waiting = std::exchange(m_waiting, {});
    emit fetchFinished(ok);
    for (const Done& done : waiting) {
        if (ok)
            done(true, {}, {});
        else
            done(false, reason.isEmpty() ? QStringLiteral("unavailable") : reason, detail.isEmpty() ? error : detail);
    }
    if (m_again) {
        m_again = false;
        m_waiting = std::exchange(m_next, {});
        startFetch();
    }
}

void TemplateService::onLogEvent(const QJsonObject& event)
{
    if (event.value(QLatin1String("kind")).toString() != QLatin1String("template_status"))
        return;
    TemplateRecord changed;
    changed.name = event.value(QLatin1String("template_name")).toString();
    changed.language = event.value(QLatin1String("template_language")).toString();
    changed.id = event.value(QLatin1String("template_id")).toString();
    changed.category = event.value(QLatin1String("template_category")).toString().toUpper();
    const QString what = event.value(QLatin1String("event")).toString().toUpper();
    if (changed.name.isEmpty() || changed.language.isEmpty() || what.isEmpty())
        return;
    // The event names what happened; some events are not a status of their own (FLAGGED warns,
    // LOCKED forbids edits): the fetch that follows reads the status Meta lists.
    static const QStringList kNotAStatus = {QStringLiteral("FLAGGED"), QStringLiteral("LOCKED"),
                                            QStringLiteral("UNLOCKED"), QStringLiteral("LIMIT_EXCEEDED")};
    static const QStringList kApprovedAgain = {QStringLiteral("REINSTATED"), QStringLiteral("UNARCHIVED"),
                                               QStringLiteral("UNPAUSED")};
    if (!kNotAStatus.contains(what)) {
        changed.status = kApprovedAgain.contains(what) ? QStringLiteral("APPROVED") : what;
        QList<TemplateRecord> list = m_templates;
        auto it = std::find_if(list.begin(), list.end(), [&](const TemplateRecord& t) {
            return t.name == changed.name && t.language == changed.language;
        });
        if (it == list.end()) {
            list.append(changed);
        } else {
            it->status = changed.status;
            if (!changed.id.isEmpty())
                it->id = changed.id;
            if (!changed.category.isEmpty())
                it->category = changed.category;
            changed = *it;
        }
        if (what == QLatin1String("DELETED"))
            list.erase(std::remove_if(list.begin(), list.end(),
                                      [&](const TemplateRecord& t) {
                                          return t.name == changed.name && t.language == changed.language;
                                      }),
                       list.end());
        QString error;
        if (what != QLatin1String("DELETED") && !m_store.updateStatus(changed, m_clock.nowMs(), &error))
            qCWarning(lcTemplates).noquote() << "cannot store a template's status:" << error;
        setTemplates(list);
    }
    if (canFetch() && !m_refetch.isActive())
        m_refetch.start(m_settings.refetchDelayMs);
}

} // namespace duet::hub
