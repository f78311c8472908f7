// SPDX-License-Identifier: GPL-3.0-or-later
// The tray notifier fed from the store as the sync client applies events.
#include "TrayBinding.h"

#include "Workspace.h"
#include "store/Store.h"
#include "sync/SyncClient.h"
#include "ui/CustomerText.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QSqlQuery>
#include <QVariant>

namespace duet::desktop {

TrayBinding::TrayBinding(Workspace& workspace, ui::MainWindow& window, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_window(window)
    , m_tray(clock, &window)
{
    connect(&workspace.sync(), &sync::SyncClient::conversationsChanged, this, &TrayBinding::onChanged);
    connect(&m_tray, &ui::TrayNotifier::openRequested, &window, [this](const QString& key) {
        m_window.showNormal();
        m_window.raise();
        m_window.activateWindow();
        m_window.openConversation(key);
    });
    connect(qApp, &QApplication::focusChanged, this, &TrayBinding::updateWatching);
    QMetaObject::invokeMethod(this, &TrayBinding::refreshUnread, Qt::QueuedConnection);
}

void TrayBinding::updateWatching()
{
    m_tray.setWatching(m_window.isActiveWindow() ? m_window.currentConversation() : QString());
}

void TrayBinding::refreshUnread()
{
    QSqlQuery q(m_workspace.store().connection());
    if (q.exec(QStringLiteral("SELECT COALESCE(SUM(unread_count), 0) FROM conversations")) && q.next())
        m_tray.setUnread(q.value(0).toInt());
}

void TrayBinding::onChanged(const QStringList& keys)
{
    updateWatching();
    refreshUnread();
    const bool live = m_workspace.sync().state() == sync::SyncClient::State::Live;
    const QString me = m_workspace.sync().agent();
    QSqlQuery q(m_workspace.store().connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT c.last_wamid, c.assignee, m.origin, m.body, m.type, k.book_name, k.profile_name, k.username, "
        "k.user_id, k.parent_user_id "
        "FROM conversations c LEFT JOIN messages m ON m.wamid = c.last_wamid "
        "LEFT JOIN contacts k ON k.contact_key = c.contact_key WHERE c.contact_key = ?"));
    for (const QString& key : keys) {
        q.addBindValue(key);
        if (!q.exec() || !q.next())
            continue;
        const Seen now{q.value(0).toString(), q.value(1).toString()};
        const QString origin = q.value(2).toString();
        // Named as the list names them: a customer known by username reads "@name", a number "+1 650-555-1234".
        const QString name = ui::CustomerText::name(ui::CustomerFacts{key, q.value(5).toString(), q.value(6).toString(),
                                                                      q.value(7).toString(), q.value(8).toString(),
                                                                      q.value(9).toString()});
        QString text = q.value(3).toString();
        if (text.isEmpty())
            text = tr("New %1 message").arg(q.value(4).toString());
        const auto before = m_seen.constFind(key);
        const bool known = before != m_seen.constEnd();
        if (live && origin == QLatin1String("customer") && (!known || before->lastWamid != now.lastWamid))
            m_tray.notify({key, name, text, false});
        if (live && !me.isEmpty() && now.assignee == me && (!known || before->assignee != me))
            m_tray.notify({key, name, tr("Assigned to you"), true});
        m_seen.insert(key, now);
        q.finish();
    }
}

} // namespace duet::desktop
