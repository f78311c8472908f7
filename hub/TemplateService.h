// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's templates: fetched from Meta in pages, kept in the hub's tables, refreshed on webhooks.
#pragma once

#include "TemplateStore.h"
#include "sync/Protocol.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace duet {
class Clock;
}

namespace duet::hub {

/// Keeps the business account's message templates for the team (docs/PROTOCOL.md `templates`):
/// - load() reads what the hub stored last, so desktops get a list before the first fetch;
/// - refresh() fetches `GET /{version}/{waba-id}/message_templates` page after page (Meta's
///   `after` cursor, asked of the configured Graph host only, while `paging.next` says more
///   follow) and replaces the stored list once every page has arrived; a failed fetch keeps the
///   old list and says why;
/// - onLogEvent() takes a `template_status` event from the log: the template's new status at
///   once, then a fetch shortly after (several events make one fetch), which also brings the
///   components of a template the hub had not seen.
/// Every change emits changed(); templates() is the list to send. The access token goes in the
/// Authorization header only. Use it from the thread that owns the database connection.
/// Usage: `TemplateService t(reader.connection(), clock, settings); t.load(&e); t.refresh();`
class TemplateService : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QUrl graphBaseUrl = QUrl(QStringLiteral("https://graph.facebook.com"));
        QString apiVersion;
        QString wabaId;             ///< empty: nothing to fetch (templates stay as stored)
        QByteArray accessToken;     ///< empty: nothing to fetch
        int pageSize = 100;         ///< templates asked per page
        int maxPages = 200;         ///< a fetch stops (and fails) after this many pages
        int timeoutMs = 30'000;     ///< per page
        int refetchDelayMs = 1'000; ///< after a status webhook, wait this long for more before fetching
    };
    /// The outcome of one refresh: ok, or a reason for the ack (`not_configured`, `unavailable`) and
    /// one line for people and logs (Meta's error when it gave one).
    using Done = std::function<void(bool ok, const QString& reason, const QString& detail)>;

    TemplateService(QSqlDatabase db, const Clock& clock, Settings settings, QObject* parent = nullptr);
    ~TemplateService() override;

    /// Reads the stored list. False with *error when the tables cannot be read.
    bool load(QString* error);
    /// Whether the hub can fetch (a WABA id and an access token are configured).
    bool canFetch() const { return !m_settings.wabaId.isEmpty() && !m_settings.accessToken.isEmpty(); }
    /// Fetches every page now (or right after the fetch under way); `done` gets the outcome once.
    void refresh(Done done = {});
    /// A log event: `template_status` ones change a template's status; others are ignored.
    void onLogEvent(const QJsonObject& event);

    /// The list as the `templates` frame carries it.
    sync::Templates templates() const;
    bool isFetching() const { return m_reply != nullptr; }
    /// Why the last fetch failed; empty after a good one.
    QString lastError() const { return m_lastError; }
    int fetchCount() const { return m_fetches; }

signals:
    /// templates() changed (a fetch, a status webhook).
    void changed();
    /// A fetch ended (ok or not): for logs, metrics and tests.
    void fetchFinished(bool ok);

private:
    void startFetch();
    void requestPage(const QString& after);
    void onPage(QNetworkReply* reply);
    void finishFetch(bool ok, const QString& reason, const QString& detail);
    void setTemplates(QList<TemplateRecord> list);

    TemplateStore m_store;
    const Clock& m_clock;
    Settings m_settings;
    QNetworkAccessManager* m_network;
    QNetworkReply* m_reply = nullptr;
    QTimer m_refetch;
    QList<TemplateRecord> m_templates;
    qint64 m_updatedAtMs = 0;
    // The fetch under way: pages so far, and who waits for it; who waits for the next one.
    QList<TemplateRecord> m_pages;
    int m_pageCount = 0;
    QString m_lastAfter;
    QList<Done> m_waiting;
    QList<Done> m_next;
    bool m_again = false;
    QString m_lastError;
    int m_fetches = 0;
};

} // namespace duet::hub
