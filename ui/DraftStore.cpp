// SPDX-License-Identifier: GPL-3.0-or-later
// Drafts in memory and in a JSON file.
#include "DraftStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace duet::ui {
namespace {

constexpr int kSaveDelayMs = 800;

} // namespace

DraftStore::DraftStore(const QString& path, QObject* parent)
    : QObject(parent)
    , m_path(path)
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kSaveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, [this] { flush(); });
    if (m_path.isEmpty())
        return;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return; // no drafts yet
    const QJsonObject drafts = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = drafts.begin(); it != drafts.end(); ++it) {
        const QString text = it.value().toString();
        if (!text.isEmpty())
            m_drafts.insert(it.key(), text);
    }
}

DraftStore::~DraftStore()
{
    flush();
}

void DraftStore::setText(const QString& contactKey, const QString& text)
{
    if (contactKey.isEmpty() || m_drafts.value(contactKey) == text)
        return;
    if (text.isEmpty())
        m_drafts.remove(contactKey);
    else
        m_drafts.insert(contactKey, text);
    m_dirty = true;
    if (!m_path.isEmpty())
        m_saveTimer.start();
}

bool DraftStore::flush(QString* error)
{
    m_saveTimer.stop();
    if (!m_dirty || m_path.isEmpty())
        return true;
    QJsonObject drafts;
    for (auto it = m_drafts.cbegin(); it != m_drafts.cend(); ++it)
        drafts.insert(it.key(), it.value());
    // A folder that cannot be made shows as the save file's open error below, with the system's reason.
    static_cast<void>(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(drafts).toJson(QJsonDocument::Compact)) < 0 ||
        !file.commit()) {
        m_error = tr("Drafts could not be saved to %1: %2").arg(m_path, file.errorString());
        if (error)
            *error = m_error;
        return false;
    }
    m_dirty = false;
    return true;
}

} // namespace duet::ui
