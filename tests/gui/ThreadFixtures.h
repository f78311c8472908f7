// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the thread tests: a thread opened in a shown view.
#pragma once

#include "ui/BubbleDelegate.h"
#include "ui/ThreadModel.h"
#include "ui/ThreadView.h"

#include <QCoreApplication>
#include <QString>

namespace duet::test {

/// Opens `contactKey` in pages of `pageSize` in `view` (400 x 300, drawn by `delegate`), shown and
/// laid out.
inline void showThread(ui::ThreadModel& model, ui::ThreadView& view, ui::BubbleDelegate& delegate, int pageSize,
                       const QString& contactKey)
{
    model.setPageSize(pageSize);
    view.setItemDelegate(&delegate);
    view.setThreadModel(&model);
    view.resize(400, 300);
    view.show();
    model.setConversation(contactKey);
    QCoreApplication::processEvents();
}

} // namespace duet::test
