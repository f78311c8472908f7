// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop's remembered window state: geometry, splitter sizes, list filter and sort.
#pragma once

#include <QList>
#include <QSize>
#include <QVariant>

class QMainWindow;
class QSettings;
class QSplitter;

namespace duet::ui {

/// One place for the window's settings, grouped under "window/". A value equal to its default
/// is removed rather than written, so a changed default reaches every user who never changed it.
/// Usage: `WindowSettings s(settings); s.restore(window, splitter); ... s.save(window, splitter);`
class WindowSettings
{
public:
    explicit WindowSettings(QSettings& settings);

    /// The conversation list's width; the thread pane takes the rest of the window.
    static int defaultListWidth() { return 340; }

    /// Restores geometry (else gives the window `defaultSize`) and the splitter; false when
    /// no geometry was saved.
    bool restore(QMainWindow* window, QSplitter* splitter, const QSize& defaultSize) const;
    /// Gives the list its remembered width. Call again once the splitter has its real size
    /// (the first show): before that, QSplitter scales whatever it is given.
    void restoreSplitter(QSplitter* splitter) const;
    void save(const QMainWindow* window, const QSplitter* splitter);

    int filter() const;
    void setFilter(int filter);
    int sort() const;
    void setSort(int sort);

    /// Writes `value` under `key`, or removes the key when `value` equals `defaultValue`.
    static void setValueWithDefault(QSettings& settings, const QString& key, const QVariant& value,
                                    const QVariant& defaultValue);

private:
    QSettings& m_settings;
};

} // namespace duet::ui
