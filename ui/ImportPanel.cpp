// SPDX-License-Identifier: GPL-3.0-or-later
// Where the import of the phone app's chat history and contacts stands, for supervisors, with its one request.
#include "ImportPanel.h"

#include "TeamActions.h"
#include "core/Clock.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace duet::ui {
namespace {

constexpr int kRefreshMs = 60'000;

QString when(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    QString time = QLocale().timeFormat(QLocale::ShortFormat);
    time.remove(QLatin1String(":ss")); // minutes are enough (some locales' short form has seconds)
    return QLocale().toString(t.date(), QLocale::ShortFormat) + QLatin1Char(' ') + QLocale().toString(t.time(), time);
}

QString left(qint64 ms)
{
    const qint64 minutes = ms / 60'000;
    if (minutes < 60)
        return ImportPanel::tr("%n min", nullptr, int(qMax<qint64>(1, minutes)));
    return ImportPanel::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace

ImportPanel::ImportPanel(Mode mode, TeamActions* actions, QSqlDatabase db, const Clock& clock, const Theme& theme,
                         QWidget* parent)
    : QFrame(parent)
    , m_mode(mode)
    , m_actions(actions)
    , m_db(db)
    , m_clock(clock)
    , m_theme(theme)
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_request(new QPushButton(this))
{
    setAccessibleName(tr("History and contacts from the phone app"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_request->setAccessibleName(tr("Request the phone app's history and contacts from Meta"));
    connect(m_request, &QPushButton::clicked, this, &ImportPanel::request);

    auto* texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_title);
    texts->addWidget(m_message);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_request);
    if (m_mode == Mode::Banner) {
        m_details = new QPushButton(tr("Details…"), this);
        m_details->setAccessibleName(tr("Open the team overview with the import's details"));
        connect(m_details, &QPushButton::clicked, this, &ImportPanel::detailsRequested);
        buttons->addWidget(m_details);
        setFrameShape(QFrame::StyledPanel);
        setAutoFillBackground(true);
        QPalette p = palette();
        p.setColor(QPalette::Window, m_theme.chipClosing.lighter(170));
        p.setColor(QPalette::WindowText, m_theme.text);
        setPalette(p);
    }
    buttons->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(m_mode == Mode::Banner ? 10 : 0, 6, m_mode == Mode::Banner ? 10 : 0, 6);
    layout->addLayout(texts, 1);
    layout->addLayout(buttons);

    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &ImportPanel::refresh);
    m_timer.start();
    if (m_mode == Mode::Banner)
        setVisible(false);
}

bool ImportPanel::isSupervisor() const
{
    return m_actions && m_actions->isSupervisor();
}

void ImportPanel::refresh()
{
    QString error;
    store::ImportStatus status;
    if (!store::readImportStatus(m_db, {}, &status, &error)) {
        m_message->setText(tr("The import's state could not be read: %1").arg(error));
        return;
    }
    m_status = status;
    m_title->setText(title());
    m_message->setText(message());
    const bool requestedBefore = m_status.contacts || m_status.history;
    QString request =
        requestedBefore && !m_status.needsRequest() ? tr("Request &again…") : tr("&Request history and contacts");
    // The banner and the team overview can show at once: the overview's button has the Alt key.
    if (m_mode == Mode::Banner)
        request.remove(QLatin1Char('&'));
    m_request->setText(request);
    const bool online = m_actions && m_actions->isOnline();
    m_request->setEnabled(online && isSupervisor() && (m_status.onBusinessApp || !m_status.connected));
    m_request->setToolTip(online ? QString() : tr("Connect to the hub first."));
    if (m_mode == Mode::Banner) {
        const bool refused = (m_status.contacts && m_status.contacts->state == QLatin1String("failed") &&
                              !m_status.contacts->wasAccepted()) ||
                             (m_status.history && m_status.history->state == QLatin1String("failed") &&
                              !m_status.history->wasAccepted());
        setVisible(isSupervisor() && (m_status.needsRequest() || refused));
    }
}

QString ImportPanel::title() const
{
    return tr("Chat history and contacts from the phone app");
}

QString ImportPanel::deadlineText(qint64 nowMs) const
{
    if (!m_status.connected)
        return tr("Duet has no record of when the number was connected: if it was within the last 24 hours, request "
                  "them now.");
    const qint64 deadline = m_status.deadlineMs();
    if (nowMs < deadline)
        return tr("Not requested yet. Meta takes the request once, until %1 (%2 left); after that the business has "
                  "to disconnect the number and connect it again.")
            .arg(when(deadline), left(deadline - nowMs));
    return tr("Meta's 24 hours ended %1: it will most likely refuse. To import anyway, disconnect the number, connect "
              "it again and request at once.")
        .arg(when(deadline));
}

QString ImportPanel::syncLine(const std::optional<store::SyncRequestState>& r, const QString& what) const
{
    if (!r)
        return tr("%1: not requested yet.").arg(what);
    const QString by = r->agent.isEmpty() ? QString() : tr(" by %1").arg(r->agent);
    QString line;
    if (r->state == QLatin1String("requesting"))
        line = tr("%1: requested %2%3; Meta's answer never arrived (the hub stopped?). If nothing is imported within "
                  "an hour, request again.")
                   .arg(what, when(r->lastAtMs), by);
    else if (r->state == QLatin1String("requested"))
        line = tr("%1: requested %2%3; Meta accepted.").arg(what, when(r->requestedAtMs), by);
    else {
        const QString code = r->errorCode > 0 ? QStringLiteral("(#%1) ").arg(r->errorCode) : QString();
        const QString answer = r->errorMessage.isEmpty() ? tr("no answer") : r->errorMessage;
        const QString meta = (answer.startsWith(QLatin1String("(#")) ? answer : code + answer) +
                             (r->errorDetails.isEmpty() ? QString() : QStringLiteral(" — ") + r->errorDetails);
        line = r->wasAccepted() ? tr("%1: requested %2 and accepted; the repeat of %3 was refused by Meta: %4.")
                                      .arg(what, when(r->requestedAtMs), when(r->lastAtMs), meta)
                                : tr("%1: Meta refused the request of %2: %3.").arg(what, when(r->lastAtMs), meta);
        const bool once = QString(r->errorMessage + r->errorDetails).contains(QLatin1String("already"));
        line += QLatin1Char(' ') + (once ? tr("Meta takes it once per onboarding; to import again, disconnect the "
                                              "number, connect it again and request within 24 hours.")
                                         : tr("Check the number's connection (duet-hub setup) and request again."));
    }
    return line;
}

QString ImportPanel::historyLine() const
{
    if (m_status.historyDeclined)
        return tr("The business turned chat history sharing off in the WhatsApp Business app (%1): past chats are "
                  "not imported; new messages and contacts still arrive. To import the history, disconnect the number "
                  "and connect it again, choosing to share the chat history in the app, then request within 24 hours.")
            .arg(m_status.historyErrorCode > 0 ? m_status.historyErrorCode : 2593109);
    if (m_status.chunks == 0)
        return m_status.history && m_status.history->wasAccepted()
                   ? tr("No chat history has arrived yet: Meta sends it over minutes to hours.")
                   : QString();
    QStringList phases;
    for (const store::HistoryPhase& p : m_status.phases) {
        const QString span = p.phase == 0   ? tr("today")
                             : p.phase == 1 ? tr("the last 90 days")
                                            : tr("90 to 180 days ago");
        phases << tr("phase %1 (%2): %n chunk(s)", nullptr, p.chunks).arg(p.phase).arg(span);
    }
    return (m_status.historyComplete() ? tr("Chat history imported (100 %).")
                                       : tr("Chat history arriving: %1 %.").arg(m_status.progress)) +
           QLatin1Char(' ') + phases.join(QStringLiteral("; ")) + QLatin1Char('.');
}

QString ImportPanel::message() const
{
    if (m_status.connected && !m_status.onBusinessApp)
        return tr("This number is not on the WhatsApp Business app: there is no chat history or address book to "
                  "import.");
    QStringList lines;
    if (!m_outcome.isEmpty())
        lines << m_outcome;
    if (m_status.needsRequest())
        lines << deadlineText(m_clock.nowMs());
    if (m_mode == Mode::Banner && m_status.needsRequest()) {
        lines << tr("Before requesting, check that Meta's dashboard shows the webhook verified with the fields "
                    "history and smb_app_state_sync subscribed: Meta sends everything once.");
        return lines.join(QLatin1Char('\n'));
    }
    lines << syncLine(m_status.contacts, tr("Contacts"));
    if (m_status.contactsImported > 0)
        lines << tr("%n address-book name(s) imported.", nullptr, m_status.contactsImported);
    lines << syncLine(m_status.history, tr("Chat history"));
    const QString history = historyLine();
    if (!history.isEmpty())
        lines << history;
    if (m_status.historyConversations > 0)
        lines << tr("%n conversation(s) hold only imported history: they stay out of Unassigned until someone writes.",
                    nullptr, m_status.historyConversations);
    if (m_status.chunks > 0 || m_status.history)
        lines << tr("WhatsApp transfers the photos, videos and documents of the last 14 days only: older media shows "
                    "as a placeholder.");
    return lines.join(QLatin1Char('\n'));
}

void ImportPanel::request()
{
    if (!m_actions)
        return;
    const bool again = (m_status.contacts || m_status.history) && !m_status.needsRequest();
    const QString question =
        again ? tr("Meta takes this request once per onboarding: asking again is useful only if nothing ever arrived, "
                   "and Meta will most likely refuse. Request again?")
              : tr("Meta sends the chat history and contacts to the hub's webhook once. Check first that Meta's "
                   "dashboard shows the webhook verified with the fields history and smb_app_state_sync subscribed. "
                   "Request them now?");
    const bool yes =
        m_confirm ? m_confirm(question) : QMessageBox::question(this, title(), question) == QMessageBox::Yes;
    if (!yes)
        return;
    m_request->setEnabled(false);
    m_outcome = tr("Asking Meta…");
    m_message->setText(message());
    QPointer<ImportPanel> self(this);
    m_actions->requestSync(again, [self](const TeamActions::Result& r) {
        if (!self)
            return;
        self->m_outcome = r.message;
        self->refresh();
    });
}

} // namespace duet::ui
