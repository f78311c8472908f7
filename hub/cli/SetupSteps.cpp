// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces of `duet-hub setup`: asking on a terminal, the Graph checks, saving, the log, what to do next.
#include "SetupSteps.h"

#include "IniFile.h"
#include "SecretFiles.h"
#include "cloudapi/GraphApiVersion.h"
#include "onboarding/AppDataRequest.h"
#include "onboarding/NumberCheck.h"
#include "store/Database.h"
#include "store/ImportStatus.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace duet::hub {
namespace {

const char* const kServiceUser = "duet-hub";

QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

void printStep(const onboarding::StepResult& r, CommandIo& io)
{
    const char* mark = r.outcome == onboarding::StepResult::Outcome::Passed    ? "ok  "
                       : r.outcome == onboarding::StepResult::Outcome::Warning ? "note"
                                                                               : "FAIL";
    QTextStream& s = r.failed() ? io.err : io.out;
    s << "  [" << mark << "] " << onboarding::stepTitle(r.step);
    if (!r.summary.isEmpty())
        s << ": " << r.summary;
    s << '\n';
    if (!r.problem.isEmpty())
        s << "         " << r.problem << '\n';
    if (!r.remedy.isEmpty())
        s << "         What to do: " << r.remedy << '\n';
    s.flush();
}

} // namespace

// ---- Prompter ------------------------------------------------------------------------------------

Prompter::Prompter(CommandIo& io, bool neverAsk)
    : m_io(io)
    , m_interactive(!neverAsk && ::isatty(STDIN_FILENO) && ::isatty(STDOUT_FILENO))
{}

QString Prompter::readLine(bool echo)
{
    termios saved{};
    const bool hide = !echo && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    char buffer[4096];
    const bool got = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (hide) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        m_io.out << '\n';
    }
    return got ? QString::fromLocal8Bit(buffer).trimmed() : QString();
}

bool Prompter::value(const QString& label, const QString& flag, const QString& current, QString* out, QString* error)
{
    if (!flag.isEmpty()) {
        *out = flag.trimmed();
        return true;
    }
    if (m_interactive) {
        m_io.out << label << (current.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(current)) << ": ";
        m_io.out.flush();
        const QString answer = readLine(true);
        *out = answer.isEmpty() ? current : answer;
        return true;
    }
    *out = current;
    if (out->isEmpty()) {
        *error = QStringLiteral("%1 is missing: give it as a flag (see duet-hub setup --help)").arg(label);
        return false;
    }
    return true;
}

bool Prompter::secret(const QString& label, const QString& flagFile, const QString& existingFile, QByteArray* out,
                      QString* error)
{
    if (!flagFile.isEmpty())
        return readSecretArgument(flagFile, out, error);
    QByteArray existing;
    QString ignored;
    const bool hasExisting = QFileInfo::exists(existingFile) && readSecretArgument(existingFile, &existing, &ignored);
    if (m_interactive) {
        m_io.out << label << (hasExisting ? " (typing hidden; Enter keeps the saved one)" : " (typing hidden)") << ": ";
        m_io.out.flush();
        const QString answer = readLine(false);
        *out = answer.isEmpty() ? existing : answer.toUtf8();
    } else {
        *out = existing;
    }
    if (out->isEmpty()) {
        *error = QStringLiteral("%1 is missing: give it with --%2-file FILE (or - for standard input)")
                     .arg(label, label == QLatin1String("Access token") ? QStringLiteral("access-token")
                                                                        : QStringLiteral("app-secret"));
        return false;
    }
    return true;
}

bool Prompter::confirm(const QString& question)
{
    if (!m_interactive)
        return false;
    m_io.out << question << "? [y/N] ";
    m_io.out.flush();
    const QString answer = readLine(true).toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

// ---- SetupLog ------------------------------------------------------------------------------------

SetupLog::SetupLog(const QString& db, CommandIo& io)
    : m_db(db)
    , m_io(io)
{}

SetupLog::~SetupLog()
{
    close();
}

bool SetupLog::open(QString* error)
{
    store::DatabaseLocation location;
    if (!store::DatabaseLocation::parse(m_db, &location, error))
        return false;
    m_created = location.backend == store::Backend::Sqlite && !QFileInfo::exists(location.path);
    m_writer = std::make_unique<LogWriter>(m_clock);
    return m_writer->open(location, error);
}

void SetupLog::close()
{
    if (!m_writer)
        return;
    m_writer->close();
    m_writer.reset();
    if (m_created)
        matchDirectoryOwner(m_db); // the service must keep writing a database setup created as root
}

Onboarding::Recorder SetupLog::recorder()
{
    return [this](const HubEvent& event, const std::function<void(const CommandResult&)>& done) {
        const LogWriter::Outcome out = m_writer->commit({event});
        if (!out.committed) {
            m_io.err << "duet-hub setup: cannot write the hub's log: " << out.error << '\n';
            done(CommandResult{false, QStringLiteral("unavailable"), 0});
            return;
        }
        done(out.results.value(0));
    };
}

QString SetupLog::requestedText(const QString& syncType)
{
    store::DatabaseLocation location;
    store::Database db;
    store::ImportStatus status;
    QString error;
    if (!store::DatabaseLocation::parse(m_db, &location, &error) || !db.open(location, &error) ||
        !store::readImportStatus(db.connection(), {}, &status, &error))
        return {};
    const std::optional<store::SyncRequestState>& r =
        syncType == QLatin1String("history") ? status.history : status.contacts;
    if (!r)
        return {};
    return QStringLiteral("first requested %1 by %2, %3").arg(when(r->firstAtMs), r->agent, r->state);
}

// ---- the steps -----------------------------------------------------------------------------------

bool checkNumber(const SetupValues& v, CommandIo& io, onboarding::CheckReport* report)
{
    SystemClock clock;
    QNetworkAccessManager network;
    onboarding::NumberCheck check(network, {v.graphBaseUrl, v.apiVersion, 20'000}, clock);
    QEventLoop loop;
    QObject::connect(&check, &onboarding::NumberCheck::stepFinished, &check,
                     [&io](const onboarding::StepResult& r) { printStep(r, io); });
    QObject::connect(&check, &onboarding::NumberCheck::finished, &loop, &QEventLoop::quit);
    io.out << "Checking with Meta's Graph API ("
           << (v.graphBaseUrl.isEmpty() ? QStringLiteral("graph.facebook.com") : v.graphBaseUrl) << ", " << v.apiVersion
           << "):\n";
    io.out.flush();
    check.start(v.credentials);
    if (check.isRunning())
        loop.exec();
    *report = check.report();
    if (!report->ok()) {
        io.err << "Nothing was saved.\n";
        return false;
    }
    return true;
}

bool saveSetup(const QString& configFile, IniFile& ini, SetupValues* v, const onboarding::CheckReport& report,
               CommandIo& io)
{
    QString error;
    QByteArray existingVerify;
    if (!QFileInfo::exists(v->verifyPath) || !readSecretArgument(v->verifyPath, &existingVerify, &error))
        existingVerify.clear();
    v->verifyToken = existingVerify.isEmpty() ? onboarding::newVerifyToken() : existingVerify;
    const auto rel = [&](const QString& path) {
        const QDir dir = QFileInfo(configFile).absoluteDir();
        const QString r = dir.relativeFilePath(path);
        return r.startsWith(QLatin1String("..")) ? path : r;
    };
    if (!writeSecretFile(v->tokenPath, v->credentials.accessToken, QLatin1String(kServiceUser), &error) ||
        !writeSecretFile(v->secretPath, v->credentials.appSecret, QLatin1String(kServiceUser), &error) ||
        (existingVerify.isEmpty() &&
         !writeSecretFile(v->verifyPath, v->verifyToken, QLatin1String(kServiceUser), &error))) {
        io.err << "duet-hub setup: " << error << '\n';
        return false;
    }
    ini.set(QStringLiteral("hub"), QStringLiteral("listen"), v->listen);
    ini.set(QStringLiteral("hub"), QStringLiteral("db"), v->db);
    ini.set(QStringLiteral("hub"), QStringLiteral("app_secret_file"), rel(v->secretPath));
    ini.set(QStringLiteral("hub"), QStringLiteral("verify_token_file"), rel(v->verifyPath));
    ini.set(QStringLiteral("cloudapi"), QStringLiteral("phone_number_id"), v->credentials.phoneNumberId);
    ini.set(QStringLiteral("cloudapi"), QStringLiteral("waba_id"), v->credentials.wabaId);
    ini.set(QStringLiteral("cloudapi"), QStringLiteral("access_token_file"), rel(v->tokenPath));
    if (!v->graphBaseUrl.isEmpty())
        ini.set(QStringLiteral("cloudapi"), QStringLiteral("base_url"), v->graphBaseUrl);
    if (v->apiVersion != cloudapi::graphApiVersion() ||
        !ini.value(QStringLiteral("cloudapi"), QStringLiteral("api_version")).isEmpty())
        ini.set(QStringLiteral("cloudapi"), QStringLiteral("api_version"), v->apiVersion);
    if (!ini.save(configFile, &error)) {
        io.err << "duet-hub setup: " << error << '\n';
        return false;
    }
    // The number is connected: the log says so (and from when the 24 hours for the imports count).
    const QString db = v->db.contains(QLatin1String("://")) || QDir::isAbsolutePath(v->db)
                           ? v->db
                           : QFileInfo(configFile).absoluteDir().filePath(v->db);
    SetupLog log(db, io);
    if (!log.open(&error)) {
        io.err << "duet-hub setup: the settings are saved, but the hub's database cannot be opened: " << error << '\n';
        return false;
    }
    bool recorded = false;
    log.recorder()(Onboarding::connectedEvent(v->credentials, report, QStringLiteral("setup")),
                   [&](const CommandResult& r) { recorded = r.ok; });
    log.close();
    io.out << "Saved " << configFile << " and the secret files " << v->tokenPath << ", " << v->secretPath << ", "
           << v->verifyPath << " (mode 0600).\n";
    return recorded;
}

void printNextSteps(const QString& configFile, const SetupValues& v, CommandIo& io)
{
    QString url = v.publicUrl.trimmed();
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    const QString webhook =
        url.isEmpty() ? QStringLiteral("https://YOUR-HUB-ADDRESS/webhook") : url + QLatin1String("/webhook");
    const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + onboarding::kSyncDeadlineSecs * 1000;
    io.out << "\nIn Meta's App Dashboard, WhatsApp > Configuration > Webhook:\n"
           << "  Callback URL:  " << webhook << '\n'
           << "  Verify token:  " << QString::fromLatin1(v.verifyToken) << '\n';
    if (url.isEmpty())
        io.out << "  (your TLS reverse proxy's public https address, forwarding /webhook to " << v.listen << ")\n";
    io.out << "  Then subscribe these webhook fields: " << onboarding::webhookFields().join(QStringLiteral(", "))
           << "\n\nNext:\n"
           << "  1. Restart the hub so it uses these settings: systemctl restart duet-hub\n"
           << "  2. Enter the callback URL and verify token above; Meta checks them against the running hub.\n"
           << "  3. Import the phone app's contacts and chat history, once, before " << when(deadline)
           << " (24 hours):\n"
           << "       duet-hub setup --config " << configFile << " --request-sync\n"
           << "     or a supervisor's \"Request history and contacts\" in Duet's team overview.\n";
    io.out.flush();
}

int printSyncResults(const QList<Onboarding::SyncResult>& results, SetupLog& log, CommandIo& io)
{
    int code = 0;
    for (const Onboarding::SyncResult& r : results) {
        const QString what =
            r.syncType == QLatin1String("history") ? QStringLiteral("Chat history") : QStringLiteral("Contacts");
        switch (r.outcome) {
        case Onboarding::SyncResult::Outcome::Requested:
            io.out << what << ": requested"
                   << (r.answer.requestId.isEmpty() ? QString()
                                                    : QStringLiteral(" (request id %1)").arg(r.answer.requestId))
                   << "; the hub imports it as Meta's webhooks arrive.\n";
            break;
        case Onboarding::SyncResult::Outcome::AlreadyRequested:
            io.out << what << ": already requested (" << log.requestedText(r.syncType)
                   << "); Meta takes it once. To ask again anyway: --request-sync again\n";
            break;
        case Onboarding::SyncResult::Outcome::Refused:
            io.err << what << ": " << onboarding::metaErrorText(r.answer.error)
                   << "\n  What to do: " << onboarding::appDataRemedy(r.answer.error) << '\n';
            code = 1;
            break;
        case Onboarding::SyncResult::Outcome::Unavailable:
            io.err << what << ": not requested: the hub's log could not be written.\n";
            code = 1;
            break;
        }
    }
    io.out.flush();
    io.err.flush();
    return code;
}

QString setupHelp()
{
    return QStringLiteral(
        "\nConnects the WhatsApp number to this hub. Each value is checked with Meta's Graph API before\n"
        "anything is saved: the access token (valid, with whatsapp_business_management and\n"
        "whatsapp_business_messaging) and the app secret (through appsecret_proof); the number (display\n"
        "number, verified name, quality, throughput, whether it is on the WhatsApp Business app); the\n"
        "app's subscription to the WhatsApp Business Account's webhooks (subscribed when missing).\n"
        "Every failure prints Meta's error and what to do; nothing is saved then (exit 1).\n\n"
        "Then it writes the settings into the INI file (--config) and the secrets into files beside it\n"
        "(access-token, app-secret, verify-token; mode 0600, owned by duet-hub when run as root), keeps an\n"
        "existing verify token or makes one, records the connection in the hub's log and prints the\n"
        "webhook URL, the verify token and the fields to subscribe in Meta's dashboard.\n\n"
        "On a terminal it asks for what the flags do not give (secrets without echo); --yes never asks.\n"
        "Secrets come from files (--access-token-file F, --app-secret-file F; '-' reads standard input),\n"
        "never from the command line.\n\n"
        "--request-sync asks Meta for the phone app's contacts and chat history (POST smb_app_data).\n"
        "Meta takes each once per onboarding, within 24 hours of it: the hub's log records every request\n"
        "and a second one is not sent unless you say --request-sync again.\n");
}

} // namespace duet::hub
