// SPDX-License-Identifier: GPL-3.0-or-later
// Fills a store with a large, realistic inbox by plain INSERTs in one transaction.
#include "UiStoreGenerator.h"

#include "core/Clock.h"
#include "store/Schema.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace duet::bench {
namespace {

/// Stamps parked events only; the generator parks none.
class GeneratorClock final : public Clock
{
public:
    explicit GeneratorClock(qint64 now)
        : m_now(now)
    {}
    qint64 nowMs() const override { return m_now * 1000; }

private:
    qint64 m_now;
};

const char* const kWords[] = {
    "hello",    "hi",      "good",     "morning",  "thanks",  "thank",       "you",      "please",   "order",
    "delivery", "today",   "tomorrow", "price",    "invoice", "payment",     "received", "sent",     "the",
    "a",        "is",      "it",       "my",       "your",    "we",          "can",      "could",    "would",
    "like",     "to",      "know",     "when",     "where",   "what",        "how",      "much",     "does",
    "cost",     "size",    "colour",   "blue",     "black",   "medium",      "large",    "small",    "available",
    "stock",    "again",   "next",     "week",     "address", "street",      "number",   "tracking", "code",
    "package",  "arrived", "late",     "sorry",    "problem", "refund",      "exchange", "return",   "store",
    "open",     "closed",  "hours",    "saturday", "monday",  "appointment", "confirm",  "booking",  "table",
    "for",      "two",     "people",   "at",       "pm",      "am",          "ok",       "great",    "perfect",
    "sure",     "yes",     "no",       "maybe",    "still",   "waiting",     "answer",   "olá",      "obrigado",
    "bom",      "dia",     "pedido",   "entrega",  "amanhã",  "preço",       "hola",     "gracias",  "pedido",
    "envío",    "mañana",  "precio",   "😊",        "👍",       "🙏",           "and",      "or",       "but",
    "with",     "this",    "that",     "of",       "in",      "on",          "from"};
constexpr int kWordCount = int(sizeof(kWords) / sizeof(kWords[0]));

const char* const kAgents[] = {"ana",  "bruno", "carla", "diego", "elena", "felipe", "gabi",
                               "hugo", "ines",  "joao",  "karin", "luis",  "maria",  "nuno",
                               "olga", "paulo", "quinn", "rosa",  "sofia", "tiago"};
const char* const kLabels[] = {"vip", "billing", "returns", "wholesale", "complaint", "lead", "follow-up", "spanish"};
const char* const kFirst[] = {"Ana",    "Bruno",    "Carlos",  "Daniela", "Eduardo", "Fernanda", "Gustavo",
                              "Helena", "Igor",     "Juliana", "Kevin",   "Larissa", "Marcos",   "Natalia",
                              "Otavio", "Patricia", "Rafael",  "Sara",    "Thiago",  "Vanessa"};
const char* const kLast[] = {"Silva",     "Santos",  "Oliveira",   "Souza",  "Lima",     "Pereira", "Costa",
                             "Rodrigues", "Almeida", "Nascimento", "Garcia", "Martinez", "Smith",   "Jones"};
const char* const kEmoji[] = {"👍", "❤️", "😂", "🙏", "😮", "😢"};

QString sentence(std::mt19937& rng)
{
    // Chat-like lengths: half short, most of the rest a line or two, a few long paragraphs.
    const int kind = int(rng() % 100);
    const int words = kind < 50 ? 1 + int(rng() % 5) : kind < 92 ? 6 + int(rng() % 20) : 40 + int(rng() % 90);
    QString s;
    s.reserve(words * 7);
    for (int i = 0; i < words; ++i) {
        if (i)
            s += QLatin1Char(' ');
        s += QString::fromUtf8(kWords[rng() % kWordCount]);
    }
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s + (rng() % 3 ? QStringLiteral(".") : QStringLiteral("?"));
}

bool run(QSqlQuery& q, QString* error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

bool runSql(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = sql + QStringLiteral(": ") + q.lastError().text();
    return false;
}

/// Per-conversation message counts: a skewed spread (log-normal) summing to `total`.
std::vector<int> messageCounts(const UiStoreShape& shape, int big, std::mt19937& rng)
{
    std::vector<int> counts(size_t(shape.conversations), 1);
    std::lognormal_distribution<double> spread(0.0, 1.1);
    std::vector<double> weights(counts.size());
    double sum = 0;
    for (size_t i = 0; i < weights.size(); ++i)
        sum += weights[i] = int(i) == big ? 0 : spread(rng);
    const qint64 rest = shape.messages - shape.bigThread;
    qint64 assigned = shape.bigThread;
    for (size_t i = 0; i < counts.size(); ++i) {
        counts[i] = int(i) == big ? shape.bigThread : std::max(1, int(double(rest) * weights[i] / sum));
        if (int(i) != big)
            assigned += counts[i];
    }
    while (assigned < shape.messages) { // rounding: top up at random
        const size_t i = rng() % counts.size();
        if (int(i) != big) {
            ++counts[i];
            ++assigned;
        }
    }
    return counts;
}

} // namespace

QString uiStoreContactKey(int index)
{
    return QStringLiteral("1650%1").arg(index, 7, 10, QLatin1Char('0'));
}

bool generateUiStore(const QString& path, const UiStoreShape& shape, UiStoreInfo* info, QString* error)
{
    QElapsedTimer timer;
    timer.start();
    {
        GeneratorClock clock(shape.now);
        store::Store schema(clock);
        if (!schema.open(path, error))
            return false;
    }
    const QString name = QStringLiteral("duet-bench-ui-generator");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            ok = runSql(db, QStringLiteral("PRAGMA journal_mode=OFF"), error) &&
                 runSql(db, QStringLiteral("PRAGMA synchronous=OFF"), error) &&
                 runSql(db, QStringLiteral("PRAGMA cache_size=-131072"), error) && db.transaction();
            std::mt19937 rng(20260101);
            const int n = shape.conversations;
            const int big = n / 3; // somewhere in the middle of the key order
            const std::vector<int> counts = messageCounts(shape, big, rng);

            // Last activity: most conversations were active in the last days, a long tail over months.
            std::vector<qint64> ago(static_cast<size_t>(n));
            std::exponential_distribution<double> recency(1.0 / (5 * 86400.0));
            for (qint64& a : ago)
                a = 60 + qint64(std::min(recency(rng), 180 * 86400.0));
            std::sort(ago.begin(), ago.end());
            std::vector<int> order(static_cast<size_t>(n));
            for (int i = 0; i < n; ++i)
                order[size_t(i)] = i;
            std::shuffle(order.begin(), order.end(), rng);
            // order[rank] = conversation; put the big thread at its rank.
            const auto bigAt = std::find(order.begin(), order.end(), big);
            std::iter_swap(bigAt, order.begin() + std::min(shape.bigThreadRank, n - 1));
            std::vector<qint64> lastActivity(static_cast<size_t>(n));
            for (int rank = 0; rank < n; ++rank)
                lastActivity[size_t(order[size_t(rank)])] = shape.now - ago[size_t(rank)];

            QSqlQuery msg(db), react(db), conv(db), contact(db), label(db);
            msg.prepare(QStringLiteral(
                "INSERT INTO messages (wamid, contact_key, phone_number_id, outbound, origin, live, in_history, ts,"
                " type, body, edited_text, edited_at, deleted, deleted_at, context_wamid, media_id, mime_type, "
                "filename,"
                " voice, status, status_rank, status_at, error_code, error_title, client_id, agent, pricing_category,"
                " pricing_billable) VALUES (?, ?, '100', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "?, ?,"
                " ?, ?, ?)"));
            react.prepare(QStringLiteral(
                "INSERT INTO reactions (target_wamid, sender, emoji, ts, wamid) VALUES (?, ?, ?, ?, ?)"));
            conv.prepare(QStringLiteral(
                "INSERT INTO conversations (contact_key, phone_number_id, last_activity_at, last_wamid,"
                " last_customer_at, window_closes_at, assignee, status, unread_count) VALUES (?, '100', ?, ?, ?, ?, ?,"
                " ?, ?)"));
            contact.prepare(QStringLiteral(
                "INSERT INTO contacts (contact_key, wa_id, profile_name, book_name) VALUES (?, ?, ?, ?)"));
            label.prepare(QStringLiteral("INSERT INTO conversation_labels (contact_key, label) VALUES (?, ?)"));
            const QVariant nullString(QMetaType::fromType<QString>());
            const QVariant nullInt(QMetaType::fromType<qlonglong>());
            qint64 serial = 0;
            std::vector<qint64> stamps;
            QStringList recent; // this thread's wamids, for replies
            for (int c = 0; ok && c < n; ++c) {
                const QString key = uiStoreContactKey(c);
                const int count = counts[size_t(c)];
                // Timestamps backwards from the last activity: bursts, pauses of hours, sometimes days.
                stamps.assign(size_t(count), 0);
                qint64 t = lastActivity[size_t(c)];
                for (int i = count - 1; i >= 0; --i) {
                    stamps[size_t(i)] = t;
                    const int gap = int(rng() % 100);
                    t -= gap < 70   ? 5 + qint64(rng() % 300)
                         : gap < 95 ? 3600 + qint64(rng() % 40000)
                                    : 86400 + qint64(rng() % 500000);
                }
                recent.clear();
                QString lastWamid;
                qint64 lastCustomer = 0;
                bool lastFromCustomer = false;
                int unread = 0;
                for (int i = 0; ok && i < count; ++i) {
                    const qint64 ts = stamps[size_t(i)];
                    const QString wamid = QStringLiteral("wamid.HBgM%1").arg(serial++, 10, 10, QLatin1Char('0'));
                    const int who = int(rng() % 100);
                    const bool history = shape.now - ts > 30 * 86400 && who < 50;
                    QString origin = QStringLiteral("customer");
                    bool outbound = false;
                    if (history) {
                        origin = QStringLiteral("history");
                        outbound = rng() % 2;
                    } else if (who >= 75) {
                        origin = QStringLiteral("app");
                        outbound = true;
                    } else if (who >= 50) {
                        origin = QStringLiteral("agent");
                        outbound = true;
                    }
                    const int kind = int(rng() % 100);
                    QString type = QStringLiteral("text");
                    QVariant mediaId = nullString, mime = nullString, filename = nullString;
                    QVariant body = sentence(rng);
                    if (kind >= 88) {
                        static const char* const types[] = {"image", "image",    "image",    "image",
                                                            "image", "document", "document", "document",
                                                            "audio", "audio",    "video",    "sticker"};
                        type = QLatin1String(types[kind - 88]);
                        mediaId = QString::number(100000000 + serial);
                        mime = type == QLatin1String("image")      ? QStringLiteral("image/jpeg")
                               : type == QLatin1String("document") ? QStringLiteral("application/pdf")
                               : type == QLatin1String("audio")    ? QStringLiteral("audio/ogg")
                               : type == QLatin1String("video")    ? QStringLiteral("video/mp4")
                                                                   : QStringLiteral("image/webp");
                        if (type == QLatin1String("document"))
                            filename = QStringLiteral("invoice-%1.pdf").arg(serial);
                        if (type != QLatin1String("image") || rng() % 2)
                            body = nullString;
                    }
                    QVariant status = nullString, statusAt = nullInt, errorCode = nullInt, errorTitle = nullString;
                    int rank = 0;
                    if (outbound && origin != QLatin1String("app")) {
                        const int s = int(rng() % 100);
                        if (origin == QLatin1String("history") || s < 60) {
                            status = QStringLiteral("read");
                            rank = 3;
                        } else if (s < 85) {
                            status = QStringLiteral("delivered");
                            rank = 2;
                        } else if (s < 97) {
                            status = QStringLiteral("sent");
                            rank = 1;
                        } else {
                            status = QStringLiteral("failed");
                            rank = 9;
                            errorCode = 131047;
                            errorTitle = QStringLiteral("Re-engagement message");
                        }
                        statusAt = ts + 2;
                    }
                    const bool edited = !history && rng() % 100 == 0;
                    const bool deleted = !history && rng() % 200 == 0;
                    msg.bindValue(0, wamid);
                    msg.bindValue(1, key);
                    msg.bindValue(2, int(outbound));
                    msg.bindValue(3, origin);
                    msg.bindValue(4, int(!history));
                    msg.bindValue(5, int(history || rng() % 20 == 0));
                    msg.bindValue(6, ts);
                    msg.bindValue(7, type);
                    msg.bindValue(8, body);
                    msg.bindValue(9, edited ? QVariant(sentence(rng)) : nullString);
                    msg.bindValue(10, edited ? QVariant(ts + 60) : nullInt);
                    msg.bindValue(11, int(deleted));
                    msg.bindValue(12, deleted ? QVariant(ts + 30) : nullInt);
                    msg.bindValue(13, !recent.isEmpty() && rng() % 20 == 0
                                          ? QVariant(recent.at(int(rng() % recent.size())))
                                          : nullString);
                    msg.bindValue(14, mediaId);
                    msg.bindValue(15, mime);
                    msg.bindValue(16, filename);
                    msg.bindValue(17, int(type == QLatin1String("audio") && rng() % 2));
                    msg.bindValue(18, status);
                    msg.bindValue(19, rank);
                    msg.bindValue(20, statusAt);
                    msg.bindValue(21, errorCode);
                    msg.bindValue(22, errorTitle);
                    msg.bindValue(23, origin == QLatin1String("agent")
                                          ? QVariant(QUuid::createUuid().toString(QUuid::WithoutBraces))
                                          : nullString);
                    msg.bindValue(24, origin == QLatin1String("agent")
                                          ? QVariant(QString::fromLatin1(kAgents[rng() % 20]))
                                          : nullString);
                    // Agents' sends as their statuses priced them (taken from the serial, so the
                    // random sequence, and with it the rest of the store, stays as it was):
                    // 80 % free service replies, 10 % utility and 10 % marketing templates, billed.
                    const bool agentSend = origin == QLatin1String("agent");
                    const int priceKind = int(serial % 10);
                    msg.bindValue(25, agentSend ? QVariant(QString::fromLatin1(priceKind < 8    ? "service"
                                                                               : priceKind == 8 ? "utility"
                                                                                                : "marketing"))
                                                : nullString);
                    msg.bindValue(26, agentSend ? QVariant(priceKind < 8 ? 0 : 1) : nullInt);
                    ok = run(msg, error);
                    if (ok && rng() % 33 == 0) { // about 3% carry a reaction
                        react.bindValue(0, wamid);
                        react.bindValue(1, outbound ? key : QStringLiteral("business"));
                        react.bindValue(2, QString::fromUtf8(kEmoji[rng() % 6]));
                        react.bindValue(3, ts + 5);
                        react.bindValue(4, QStringLiteral("wamid.HBgR%1").arg(serial, 10, 10, QLatin1Char('0')));
                        ok = run(react, error);
                        ++info->reactions;
                    }
                    if (recent.size() < 64)
                        recent << wamid;
                    else
                        recent[int(serial % 64)] = wamid;
                    lastWamid = wamid;
                    lastFromCustomer = !outbound;
                    if (!outbound) {
                        lastCustomer = ts;
                        unread = history ? unread : unread + 1;
                    } else {
                        unread = 0;
                    }
                }
                info->messages += count;
                if (!ok)
                    break;
                const int a = int(rng() % 100);
                const int s = int(rng() % 100);
                conv.bindValue(0, key);
                conv.bindValue(1, lastActivity[size_t(c)]);
                conv.bindValue(2, lastWamid);
                conv.bindValue(3, lastCustomer ? QVariant(lastCustomer) : nullInt);
                conv.bindValue(4, lastCustomer ? QVariant(lastCustomer + 86400) : nullInt);
                conv.bindValue(5, a < 60 ? QVariant(QString::fromLatin1(kAgents[a % 20])) : nullString);
                conv.bindValue(6, QLatin1String(s < 60   ? "open"
                                                : s < 75 ? "pending"
                                                : s < 80 ? "snoozed"
                                                         : "resolved"));
                conv.bindValue(7, lastFromCustomer ? std::min(unread, 9) : 0);
                ok = run(conv, error);
                const int named = int(rng() % 100);
                contact.bindValue(0, key);
                contact.bindValue(1, key);
                contact.bindValue(2, named < 90 ? QVariant(QString::fromLatin1(kFirst[rng() % 20]) + QLatin1Char(' ') +
                                                           QString::fromLatin1(kLast[rng() % 14]))
                                                : nullString);
                contact.bindValue(3, named < 30
                                         ? QVariant(QString::fromLatin1(kFirst[rng() % 20]) + QStringLiteral(" (shop)"))
                                         : nullString);
                ok = ok && run(contact, error);
                if (ok && rng() % 10 < 3) {
                    const int labels = 1 + int(rng() % 3);
                    const int first = int(rng() % 8);
                    for (int l = 0; ok && l < labels; ++l) {
                        label.bindValue(0, key);
                        label.bindValue(1, QString::fromLatin1(kLabels[(first + l) % 8]));
                        ok = run(label, error);
                    }
                }
            }
            info->bigThreadKey = uiStoreContactKey(big);
            // The dashboard's running totals, computed from the rows written around the write path.
            for (const QString& sql : store::Schema::dashboardBackfill())
                ok = ok && runSql(db, sql, error);
            if (ok && !db.commit()) {
                ok = false;
                *error = db.lastError().text();
            }
            ok = ok && runSql(db, QStringLiteral("PRAGMA journal_mode=WAL"), error);
            if (!ok)
                db.rollback();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    info->seconds = double(timer.nsecsElapsed()) / 1e9;
    return ok;
}

} // namespace duet::bench
