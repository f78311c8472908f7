// SPDX-License-Identifier: GPL-3.0-or-later
// Reports shown and hidden windows and pages on stderr when DUET_REPORT_WINDOWS is set.
#include "WindowReport.h"

#include <QEvent>
#include <QPointer>
#include <QWidget>

#include <cstdio>

namespace duet::desktop {

namespace {

QString sizeText(const QSize& s)
{
    return QStringLiteral("%1x%2").arg(s.width()).arg(s.height());
}

void print(const QString& line)
{
    std::fprintf(stderr, "duet-window: %s\n", line.toUtf8().constData());
    std::fflush(stderr);
}

bool isDuetClass(const QObject* o)
{
    return QByteArray(o->metaObject()->className()).startsWith("duet::");
}

/// A widget Duet named inside one of its own windows (Qt's own names start with "qt_"; Qt's own
/// dialogs, a file dialog's parts among them, are not Duet's windows).
bool isNamedByDuet(const QWidget* w)
{
    const QString name = w->objectName();
    return !name.isEmpty() && !name.startsWith(QLatin1String("qt_")) && isDuetClass(w->window());
}

} // namespace

void WindowReport::installIfAsked(QObject* application)
{
    if (qEnvironmentVariableIsEmpty("DUET_REPORT_WINDOWS") || !application)
        return;
    application->installEventFilter(new WindowReport(application));
}

QString WindowReport::describe(const QWidget* window)
{
    QString title = window->windowTitle();
    title.replace(QLatin1Char('"'), QLatin1Char('\''));
    return QStringLiteral("id=0x%1 class=%2 title=\"%3\" size=%4 hint=%5 min=%6 dpr=%7 hfw=%8")
        .arg(QString::number(quint64(window->internalWinId()), 16), QLatin1String(window->metaObject()->className()),
             title, sizeText(window->size()), sizeText(window->sizeHint()),
             sizeText(window->minimumSizeHint().expandedTo(window->minimumSize())))
        .arg(window->devicePixelRatioF())
        .arg(window->hasHeightForWidth() ? window->heightForWidth(window->width()) : -1);
}

bool WindowReport::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if ((type == QEvent::WindowActivate || type == QEvent::WindowDeactivate) && watched->isWidgetType() &&
        static_cast<const QWidget*>(watched)->isWindow()) {
        // The program's own view of the keyboard: a window manager's focus comes first, Qt's
        // activation (and with it the window's mnemonics and shortcuts) a moment later.
        const auto* window = static_cast<const QWidget*>(watched);
        print(QStringLiteral("%1 id=0x%2")
                  .arg(type == QEvent::WindowActivate ? QLatin1String("activated") : QLatin1String("deactivated"),
                       QString::number(quint64(window->internalWinId()), 16)));
        return QObject::eventFilter(watched, event);
    }
    if (type == QEvent::Resize && watched->isWidgetType()) {
        const auto* widget = static_cast<const QWidget*>(watched);
        if (widget->isWindow() && widget->isVisible()) // grown to new content, e.g. an inline error
            QMetaObject::invokeMethod(
                this,
                [window = QPointer<const QWidget>(widget)] {
                    if (window && window->isVisible())
                        print(QStringLiteral("resized %1").arg(describe(window)));
                },
                Qt::QueuedConnection);
        return QObject::eventFilter(watched, event);
    }
    if ((type == QEvent::Show || type == QEvent::Hide) && watched->isWidgetType()) {
        const auto* widget = static_cast<const QWidget*>(watched);
        const bool shown = type == QEvent::Show;
        if (widget->isWindow() && shown) {
            // After the window's own showEvent(): a message box, for one, sizes itself to its text there.
            QMetaObject::invokeMethod(
                this,
                [window = QPointer<const QWidget>(widget)] {
                    if (window)
                        print(QStringLiteral("shown %1").arg(describe(window)));
                },
                Qt::QueuedConnection);
        } else if (widget->isWindow())
            print(QStringLiteral("hidden %1").arg(describe(widget)));
        else if (isDuetClass(widget))
            print(QStringLiteral("%1 class=%2")
                      .arg(shown ? QLatin1String("widget-shown") : QLatin1String("widget-hidden"),
                           QLatin1String(widget->metaObject()->className())));
        else if (isNamedByDuet(widget))
            print(QStringLiteral("%1 class=%2 name=%3")
                      .arg(shown ? QLatin1String("widget-shown") : QLatin1String("widget-hidden"),
                           QLatin1String(widget->metaObject()->className()), widget->objectName()));
    }
    return QObject::eventFilter(watched, event);
}

} // namespace duet::desktop
