// SPDX-License-Identifier: GPL-3.0-or-later
// duet-bench store: apply() throughput against plain INSERTs, and the UI's page and search latency.
#include "Benchmarks.h"
#include "Statistics.h"
#include "core/ContactKey.h"
#include "store/ConversationQuery.h"
#include "store/CustomerIdentity.h"
#include "store/SearchQuery.h"
#include "store/Store.h"
#include "store/ThreadQuery.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <random>

namespace duet::bench {
namespace {

constexpr qint64 kT0 = 1'750'000'000;

/// A fixed clock: the benchmark measures the store, not time.
class FixedClock final : public Clock
{
public:
    qint64 nowMs() const override { return kT0 * 1000; }
};

/// Words with a Zipf-like spread, so search terms range from common to rare.
class Vocabulary
{
public:
    explicit Vocabulary(int size)
    {
        static const char* const syllables[] = {"ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "da",
                                                "zo", "be", "fu", "gi", "ha", "jo", "le", "mu", "no", "pe"};
        std::mt19937 rng(7);
        for (int i = 0; i < size; ++i) {
            QString w;
            const int n = 2 + i % 3;
            for (int s = 0; s < n; ++s)
                w += QLatin1String(syllables[rng() % 20]);
            m_words << w + QString::number(i % 97);
        }
        double total = 0;
        for (int i = 0; i < size; ++i) {
            total += 1.0 / (i + 1);
            m_cumulative.push_back(total);
        }
    }
    const QString& pick(std::mt19937& rng) const
    {
        std::uniform_real_distribution<double> u(0, m_cumulative.back());
        const auto it = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), u(rng));
        return m_words[int(it - m_cumulative.begin())];
    }
    QString sentence(std::mt19937& rng) const
    {
        QString s;
        const int n = 4 + int(rng() % 12);
        for (int i = 0; i < n; ++i)
            s += (i ? QStringLiteral(" ") : QString()) + pick(rng);
        return s;
    }
    const QString& word(int rank) const { return m_words[rank]; }

private:
    QStringList m_words;
    std::vector<double> m_cumulative;
};

QString number(int i)
{
    return QStringLiteral("1650%1").arg(i, 7, 10, QLatin1Char('0'));
}

QString bsuid(int i)
{
    return QStringLiteral("US.%1").arg(13491208655302741ULL + quint64(i) * 7919ULL);
}

/// The share of events that carry only a BSUID (a customer with a username whose phone Meta
/// withholds); the others carry the phone and the BSUID, as every 2026 webhook does.
constexpr int kBsuidOnlyPercent = 30;

/// A realistic mix: customer messages, echoes, history copies (some of live messages), statuses of
/// business messages and reactions, over `contacts` customers with a skewed spread.
QList<Event> mixedEvents(int count, int contacts, const Vocabulary& words)
{
    std::mt19937 rng(42);
    QList<Event> events;
    events.reserve(count);
    QStringList outbound;
    QStringList inbound;
    std::geometric_distribution<int> busy(0.002);
    for (int i = 0; events.size() < count; ++i) {
        const int c = std::min(contacts - 1, busy(rng));
        Event e;
        e.phoneNumberId = QStringLiteral("100");
        e.userId = bsuid(c);
        if (int(rng() % 100) >= kBsuidOnlyPercent)
            e.contact = number(c);
        e.timestamp = kT0 + i;
        e.type = QStringLiteral("text");
        const int kind = int(rng() % 100);
        if (kind < 45) {
            e.kind = EventKind::Message;
            e.wamid = QStringLiteral("wamid.in.%1").arg(i);
            e.text = words.sentence(rng);
            e.name = QStringLiteral("Customer %1").arg(c);
            inbound << e.wamid;
        } else if (kind < 60) {
            e.kind = EventKind::Echo;
            e.outbound = true;
            e.wamid = QStringLiteral("wamid.out.%1").arg(i);
            e.text = words.sentence(rng);
            outbound << e.wamid;
        } else if (kind < 75) {
            e.kind = EventKind::History;
            e.outbound = rng() % 2;
            e.historyStatus = e.outbound ? QStringLiteral("read") : QString();
            e.timestamp = kT0 - 86400 * int(1 + rng() % 170);
            e.wamid = QStringLiteral("wamid.hist.%1").arg(i);
            e.text = words.sentence(rng);
        } else if (kind < 90 && !outbound.isEmpty()) {
            e.kind = EventKind::Status;
            e.wamid = outbound[int(rng() % outbound.size())];
            static const char* const statuses[] = {"sent", "delivered", "read"};
            e.status = QLatin1String(statuses[rng() % 3]);
            e.type.clear();
        } else if (!inbound.isEmpty()) {
            e.kind = EventKind::Message;
            e.type = QStringLiteral("reaction");
            e.wamid = QStringLiteral("wamid.react.%1").arg(i);
            e.targetWamid = inbound[int(rng() % inbound.size())];
            e.emoji = QStringLiteral("👍");
        } else {
            continue;
        }
        events << e;
    }
    return events;
}

bool check(bool ok, const QString& what, QTextStream& out)
{
    if (!ok)
        out << "store: " << what << '\n';
    return ok;
}

/// The baseline: the same rows the events leave, inserted with plain prepared INSERTs in one transaction.
bool rawInsert(store::Store& s, const QList<Event>& events, QString* error)
{
    QSqlDatabase db = s.connection();
    db.transaction();
    QSqlQuery msg(db);
    QSqlQuery react(db);
    msg.prepare(QStringLiteral("INSERT INTO messages (wamid, contact_key, phone_number_id, outbound, origin, live,"
                               " in_history, ts, type, body, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    react.prepare(
        QStringLiteral("INSERT INTO reactions (target_wamid, sender, emoji, ts, wamid) VALUES (?, ?, ?, ?, ?)"));
    for (const Event& e : events) {
        if (e.kind == EventKind::Status)
            continue; // a status is a column of its message's row
        QSqlQuery& q = e.type == QLatin1String("reaction") ? react : msg;
        if (&q == &react) {
            q.bindValue(0, e.targetWamid);
            q.bindValue(1, e.wamid); // one row per reaction
            q.bindValue(2, e.emoji);
            q.bindValue(3, qlonglong(e.timestamp));
            q.bindValue(4, e.wamid);
        } else {
            q.bindValue(0, e.wamid);
            q.bindValue(1, e.contact.isEmpty() ? e.userId : e.contact);
            q.bindValue(2, e.phoneNumberId);
            q.bindValue(3, int(e.outbound));
            q.bindValue(4, e.kind == EventKind::Echo ? QStringLiteral("app") : QStringLiteral("customer"));
            q.bindValue(5, 1);
            q.bindValue(6, 0);
            q.bindValue(7, qlonglong(e.timestamp));
            q.bindValue(8, e.type);
            q.bindValue(9, e.text);
            q.bindValue(10, QVariant(QMetaType::fromType<QString>()));
        }
        if (!q.exec()) {
            *error = q.lastError().text();
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

/// 1,000,000 (quick: 100,000) messages for search, inserted in bulk.
bool fillSearchCorpus(store::Store& s, int count, const Vocabulary& words, QString* error)
{
    QSqlDatabase db = s.connection();
    std::mt19937 rng(99);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO messages (wamid, contact_key, outbound, origin, live, in_history, ts, type,"
                             " body) VALUES (?, ?, 0, 'customer', 1, 0, ?, 'text', ?)"));
    for (int i = 0; i < count; ++i) {
        q.bindValue(0, QStringLiteral("wamid.s.%1").arg(i));
        q.bindValue(1, number(int(rng() % 20000)));
        q.bindValue(2, qlonglong(kT0 + i));
        q.bindValue(3, words.sentence(rng));
        if (!q.exec()) {
            *error = q.lastError().text();
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

/// Fills a store with `customers` customers (phone, BSUID and username each, through apply()),
/// then looks customers up by a random identifier in a random spelling. Baseline in the same run:
/// the conversation row read by its key.
int runResolve(int customers, const Clock& clock, const QTemporaryDir& dir, QTextStream& out)
{
    store::Store s(clock);
    QString error;
    if (!check(s.open(dir.filePath(QStringLiteral("customers.db")), &error), error, out))
        return 1;
    QList<Event> batch;
    QSqlDatabase db = s.connection();
    db.transaction();
    for (int c = 0; c < customers; ++c) {
        Event e;
        e.kind = EventKind::Message;
        e.phoneNumberId = QStringLiteral("100");
        e.wamid = QStringLiteral("wamid.c.%1").arg(c);
        e.timestamp = kT0 + c;
        e.type = QStringLiteral("text");
        e.text = QStringLiteral("hello");
        e.userId = bsuid(c);
        e.username = QStringLiteral("customer.%1").arg(c);
        if (c % 10 >= 3)
            e.contact = number(c);
        batch << e;
        if (batch.size() == 1000) {
            if (!check(s.applier().apply(batch, &error), error, out))
                return 1;
            batch.clear();
        }
    }
    if (!check(s.applier().apply(batch, &error) && db.commit(), error, out))
        return 1;
    std::mt19937 rng(11);
    std::vector<double> resolveMs;
    std::vector<double> baselineMs;
    int found = 0;
    for (int i = 0; i < 3000; ++i) {
        const int c = int(rng() % customers);
        const bool hasPhone = c % 10 >= 3;
        QString text;
        switch (rng() % 4) {
        case 0:
            text = hasPhone ? QStringLiteral("+1 (650) %1-%2").arg(number(c).mid(4, 3), number(c).mid(7)) : bsuid(c);
            break;
        case 1:
            text = bsuid(c);
            break;
        case 2:
            text = QStringLiteral("@Customer.%1").arg(c);
            break;
        default:
            text = QStringLiteral("customer.%1").arg(c);
        }
        QString key;
        QElapsedTimer t;
        t.start();
        if (!check(store::CustomerIdentity::lookup(db, text, &key, &error), error, out))
            return 1;
        resolveMs.push_back(t.nsecsElapsed() / 1e6);
        const QString expected = hasPhone ? number(c) : bsuid(c);
        if (!check(key == expected, QStringLiteral("%1 resolved to '%2', not %3").arg(text, key, expected), out))
            return 1;
        ++found;
        QSqlQuery q(db);
        t.restart();
        q.prepare(QStringLiteral("SELECT contact_key FROM conversations WHERE contact_key = ?"));
        q.bindValue(0, expected);
        if (!check(q.exec() && q.next(), q.lastError().text(), out))
            return 1;
        baselineMs.push_back(t.nsecsElapsed() / 1e6);
    }
    if (!check(found == 3000, QStringLiteral("not every lookup was made"), out))
        return 1;
    printFigure(out, "resolve_customer_p95_ms", percentile(resolveMs, 0.95), 3);
    printFigure(out, "conversation_by_key_p95_ms", percentile(baselineMs, 0.95), 3);
    return 0;
}

} // namespace

int runStore(const BenchOptions& options, QTextStream& out)
{
    const int eventCount = options.quick ? 20'000 : 200'000;
    const int contactCount = options.quick ? 500 : 5'000;
    const int corpus = options.quick ? 100'000 : 1'000'000;
    const int runs = options.quick ? std::min(options.runs, 3) : options.runs;
    const int batch = 500; // events per transaction, as the hub's group commit
    out << "# store: " << eventCount << " mixed events over " << contactCount << " customers (" << kBsuidOnlyPercent
        << "% carry only a BSUID, the rest phone and BSUID), apply() per " << batch
        << " events in one transaction (as the baseline), median of " << runs << " runs; search over " << corpus
        << " messages; customer lookups over " << (options.quick ? 20'000 : 100'000) << " customers; SQLite"
        << (options.quick ? " (--quick: reduced sizes)" : "") << '\n';
    out.flush();

    QTemporaryDir dir;
    FixedClock clock;
    const Vocabulary words(20'000);
    const QList<Event> events = mixedEvents(eventCount, contactCount, words);
    QString error;
    std::vector<double> ingestSecs;
    std::vector<double> rawSecs;
    std::vector<double> ingestCpu;
    std::vector<double> rawCpu;
    std::unique_ptr<store::Store> kept;
    for (int run = 0; run < runs; ++run) {
        auto s = std::make_unique<store::Store>(clock);
        if (!check(s->open(dir.filePath(QStringLiteral("ingest-%1.db").arg(run)), &error), error, out))
            return 1;
        // Like the baseline, one transaction: apply() once per webhook-sized batch inside it, as the
        // hub's group commit does.
        QElapsedTimer t;
        t.start();
        std::clock_t cpu = std::clock();
        QSqlDatabase db = s->connection();
        db.transaction();
        for (int i = 0; i < events.size(); i += batch) {
            if (!check(s->applier().apply(events.mid(i, batch), &error), error, out))
                return 1;
        }
        if (!check(db.commit(), db.lastError().text(), out))
            return 1;
        ingestSecs.push_back(t.nsecsElapsed() / 1e9);
        ingestCpu.push_back(double(std::clock() - cpu));

        const QString rawPath = dir.filePath(QStringLiteral("raw-%1.db").arg(run));
        {
            store::Store raw(clock);
            if (!check(raw.open(rawPath, &error), error, out))
                return 1;
            t.restart();
            cpu = std::clock();
            if (!check(rawInsert(raw, events, &error), error, out))
                return 1;
            rawSecs.push_back(t.nsecsElapsed() / 1e9);
            rawCpu.push_back(double(std::clock() - cpu));
        }
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(rawPath + suffix);
        if (kept) { // keep one store for the queries, and the disk free
            const QString path = kept->location().path;
            kept.reset();
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        }
        kept = std::move(s);
    }
    const double ingestPerSec = eventCount / median(ingestSecs);
    printFigure(out, "ingest_events_per_s", ingestPerSec, 0);
    printFigure(out, "raw_insert_events_per_s", eventCount / median(rawSecs), 0);
    printFigure(out, "ingest_vs_raw_ratio", median(rawSecs) / median(ingestSecs), 2);
    // The same ratio in CPU time: steadier than wall time on a machine busy with other work.
    printFigure(out, "ingest_vs_raw_cpu_ratio", median(rawCpu) / median(ingestCpu), 2);

    // The same events, committed batch by batch (Store::ingest, one transaction each): what a hub
    // that commits every webhook alone would reach.
    {
        const QString path = dir.filePath(QStringLiteral("committed.db"));
        store::Store s(clock);
        if (!check(s.open(path, &error), error, out))
            return 1;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < events.size(); i += batch) {
            if (!check(s.ingest(events.mid(i, batch), &error), error, out))
                return 1;
        }
        printFigure(out, "ingest_commit_per_batch_events_per_s", eventCount / (t.nsecsElapsed() / 1e9), 0);
    }
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(dir.filePath(QStringLiteral("committed.db")) + suffix);

    // Thread pages: the newest page of a random customer, then the page before it.
    std::mt19937 rng(5);
    std::vector<double> threadMs;
    store::ThreadQuery thread(kept->connection());
    for (int i = 0; i < 400; ++i) {
        const QString key = contactKey(number(int(rng() % std::min(contactCount, 1500))));
        QElapsedTimer t;
        t.start();
        QList<store::ThreadItem> page;
        if (!check(thread.page(key, {}, store::ThreadQuery::Older, 50, &page, &error), error, out))
            return 1;
        threadMs.push_back(t.nsecsElapsed() / 1e6);
        if (!page.isEmpty()) {
            t.restart();
            if (!check(thread.page(key, {page.first().timestamp, page.first().wamid}, store::ThreadQuery::Older, 50,
                                   &page, &error),
                       error, out))
                return 1;
            threadMs.push_back(t.nsecsElapsed() / 1e6);
        }
    }
    printFigure(out, "thread_page_p95_ms", percentile(threadMs, 0.95), 3);

    // Conversation pages: walk the list by activity and by window closing, with and without filters.
    std::vector<double> conversationMs;
    store::ConversationQuery conversations(kept->connection());
    for (int pass = 0; pass < 4; ++pass) {
        store::ConversationFilter filter;
        if (pass == 1)
            filter.unassigned = true;
        if (pass == 3)
            filter.window = ServiceWindow::State::Open;
        const auto sort = pass == 2 ? store::ConversationQuery::ByWindowClosing : store::ConversationQuery::ByActivity;
        store::ConversationCursor cursor;
        for (int page = 0; page < 50; ++page) {
            QList<store::ConversationSummary> rows;
            store::ConversationCursor next;
            QElapsedTimer t;
            t.start();
            if (!check(conversations.page(filter, sort, cursor, 50, kT0, &rows, &next, &error), error, out))
                return 1;
            conversationMs.push_back(t.nsecsElapsed() / 1e6);
            if (rows.size() < 50)
                break;
            cursor = next;
        }
    }
    printFigure(out, "conversation_page_p95_ms", percentile(conversationMs, 0.95), 3);

    // Resolving a customer by any identifier, as `duet-hub timeline` and the desktop's search do.
    if (runResolve(options.quick ? 20'000 : 100'000, clock, dir, out) != 0)
        return 1;

    // Search over a large corpus.
    store::Store searchStore(clock);
    if (!check(searchStore.open(dir.filePath(QStringLiteral("search.db")), &error), error, out))
        return 1;
    QElapsedTimer fill;
    fill.start();
    if (!check(fillSearchCorpus(searchStore, corpus, words, &error), error, out))
        return 1;
    printFigure(out, "search_corpus_fill_s", fill.nsecsElapsed() / 1e9, 1);
    std::vector<double> searchMs;
    store::SearchQuery search(searchStore.connection(), searchStore.backend());
    for (int i = 0; i < 300; ++i) {
        // One or two words, from common (rank 0) to rare (rank 5000).
        QString q = words.word(int(rng() % 5000));
        if (i % 3 == 0)
            q += QLatin1Char(' ') + words.word(int(rng() % 200));
        QList<store::SearchHit> hits;
        QElapsedTimer t;
        t.start();
        if (!check(search.search(q, 20, &hits, &error), error, out))
            return 1;
        searchMs.push_back(t.nsecsElapsed() / 1e6);
    }
    printFigure(out, "search_p95_ms", percentile(searchMs, 0.95), 3);
    return 0;
}

} // namespace duet::bench
