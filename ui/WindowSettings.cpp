// SPDX-License-Identifier: GPL-3.0-or-later
// Window state in QSettings, defaults left unwritten.
#include "WindowSettings.h"

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace duet::ui {
namespace {

const char kGeometry[] = "window/geometry";
const char kState[] = "window/state";
const char kSplitter[] = "window/listWidth";
const char kFilter[] = "window/filter";
const char kSort[] = "window/sort";

} // namespace

WindowSettings::WindowSettings(QSettings& settings)
    : m_settings(settings)
{}

void WindowSettings::setValueWithDefault(QSettings& settings, const QString& key, const QVariant& value,
                                         const QVariant& defaultValue)
{
    if (value == defaultValue)
        settings.remove(key);
    else
        settings.setValue(key, value);
}

bool WindowSettings::restore(QMainWindow* window, QSplitter* splitter, const QSize& defaultSize) const
{
    const QByteArray geometry = m_settings.value(QLatin1String(kGeometry)).toByteArray();
    const bool restored = !geometry.isEmpty() && window->restoreGeometry(geometry);
    if (restored)
        window->restoreState(m_settings.value(QLatin1String(kState)).toByteArray());
    else
        window->resize(defaultSize);
    restoreSplitter(splitter);
    return restored;
}

void WindowSettings::restoreSplitter(QSplitter* splitter) const
{
    const int listWidth = qMax(120, m_settings.value(QLatin1String(kSplitter), defaultListWidth()).toInt());
    const int total = qMax(splitter->width(), listWidth + 1);
    splitter->setSizes({listWidth, qMax(1, total - listWidth - splitter->handleWidth())});
}

void WindowSettings::save(const QMainWindow* window, const QSplitter* splitter)
{
    m_settings.setValue(QLatin1String(kGeometry), window->saveGeometry());
    m_settings.setValue(QLatin1String(kState), window->saveState());
    const QList<int> sizes = splitter->sizes();
    if (!sizes.isEmpty())
        setValueWithDefault(m_settings, QLatin1String(kSplitter), sizes.first(), defaultListWidth());
}

int WindowSettings::filter() const
{
    return m_settings.value(QLatin1String(kFilter), 0).toInt();
}

void WindowSettings::setFilter(int filter)
{
    setValueWithDefault(m_settings, QLatin1String(kFilter), filter, 0);
}

int WindowSettings::sort() const
{
    return m_settings.value(QLatin1String(kSort), 0).toInt();
}

void WindowSettings::setSort(int sort)
{
    setValueWithDefault(m_settings, QLatin1String(kSort), sort, 0);
}

} // namespace duet::ui
