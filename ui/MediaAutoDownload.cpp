// SPDX-License-Identifier: GPL-3.0-or-later
// Fetches the open conversation's previews on their own, up to the team's size limit.
#include "MediaAutoDownload.h"

#include "MediaKinds.h"
#include "ThreadModel.h"

namespace duet::ui {

MediaAutoDownload::MediaAutoDownload(ThreadModel* model, QObject* parent)
    : QObject(parent)
    , m_model(model)
{
    connect(model, &QAbstractItemModel::modelReset, this, &MediaAutoDownload::scanAll);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) { scan(first, last); });
}

void MediaAutoDownload::scanAll()
{
    if (m_model->rowCount() > 0)
        scan(0, m_model->rowCount() - 1);
}

void MediaAutoDownload::scan(int first, int last)
{
    for (int row = first; row <= last && row < m_model->rowCount(); ++row) {
        if (m_model->kindAt(row) != ThreadModel::Kind::Message)
            continue; // notes have no media; the agent's own sends in the outbox are files here already
        const QModelIndex index = m_model->index(row);
        const QString mediaId = index.data(ThreadModel::MediaIdRole).toString();
        const QString type = index.data(ThreadModel::MediaTypeRole).toString();
        if (mediaId.isEmpty() || type.isEmpty() || index.data(ThreadModel::DeletedRole).toBool() ||
            m_asked.contains(mediaId) || !index.data(ThreadModel::MediaPathRole).toString().isEmpty())
            continue;
        m_asked.insert(mediaId);
        const bool fetch = MediaKinds::downloadsAutomatically(type) && m_limit > 0;
        if (fetch)
            m_model->mediaLoading(mediaId);
        emit requested(mediaId, fetch ? m_limit : 0);
    }
}

} // namespace duet::ui
