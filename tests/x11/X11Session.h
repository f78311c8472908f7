// SPDX-License-Identifier: GPL-3.0-or-later
// A real X display for tests: Xvfb with the Openbox window manager, driven with xdotool, seen with xwininfo and import.
#pragma once

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRect>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringList>
#include <QTest>

#include <memory>
#include <optional>

namespace duet::test {

/// One X server (Xvfb) on the first free display from `firstDisplay` (ten are tried), with
/// Openbox managing its windows, torn down when the session is destroyed. The tools' programs
/// are looked up on PATH; missingTools() names those that are not installed.
/// Usage: `X11Session x; if (!x.start({1600, 1000}, home, &error)) …; x.key("ctrl+shift+p");`
class X11Session
{
public:
    X11Session() = default;
    X11Session(const X11Session&) = delete;
    X11Session& operator=(const X11Session&) = delete;
    ~X11Session() { stop(); }

    /// The programs a session needs that are not on PATH (each with the Debian package holding it).
    static QStringList missingTools()
    {
        QStringList missing;
        const QList<std::pair<const char*, const char*>> tools = {{"Xvfb", "xvfb"},       {"openbox", "openbox"},
                                                                  {"xdotool", "xdotool"}, {"xwininfo", "x11-utils"},
                                                                  {"xprop", "x11-utils"}, {"import", "imagemagick"}};
        for (const auto& [tool, package] : tools) {
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                missing << QStringLiteral("%1 (%2)").arg(QLatin1String(tool), QLatin1String(package));
        }
        return missing;
    }

    /// Starts Xvfb with one screen of `size` and Openbox on it, and waits until Openbox manages
    /// the screen. `home` is Openbox's HOME (its settings and log go there).
    bool start(QSize size, const QString& home, int firstDisplay, QString* error)
    {
        for (int display = firstDisplay; display < firstDisplay + 10; ++display) {
            if (QFile::exists(QStringLiteral("/tmp/.X%1-lock").arg(display)))
                continue;
            m_xvfb = std::make_unique<QProcess>();
            m_xvfb->setProcessChannelMode(QProcess::MergedChannels);
            m_xvfb->start(QStringLiteral("Xvfb"),
                          {QStringLiteral(":%1").arg(display), QStringLiteral("-screen"), QStringLiteral("0"),
                           QStringLiteral("%1x%2x24").arg(size.width()).arg(size.height()), QStringLiteral("-nolisten"),
                           QStringLiteral("tcp"), QStringLiteral("-noreset"), QStringLiteral("-dpi"),
                           QStringLiteral("96")});
            if (!m_xvfb->waitForStarted(10'000))
                continue;
            m_display = QStringLiteral(":%1").arg(display);
            // Ready once a client can ask it for its screen; an Xvfb that lost the race for the
            // display number exits instead.
            const bool up = QTest::qWaitFor(
                [this] {
                    return m_xvfb->state() == QProcess::NotRunning || run({QStringLiteral("getdisplaygeometry")});
                },
                20'000);
            if (up && m_xvfb->state() == QProcess::Running)
                break;
            m_xvfb.reset();
            m_display.clear();
        }
        if (m_display.isEmpty()) {
            *error = QStringLiteral("no free X display from :%1 to :%2").arg(firstDisplay).arg(firstDisplay + 9);
            return false;
        }
        m_openbox = std::make_unique<QProcess>();
        m_openbox->setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
        m_openbox->setProcessEnvironment(env);
        m_openbox->start(QStringLiteral("openbox"), {QStringLiteral("--sm-disable")});
        if (!m_openbox->waitForStarted(10'000)) {
            *error = QStringLiteral("openbox did not start");
            return false;
        }
        // Openbox manages the screen once the root window names its supporting window.
        const bool managed = QTest::qWaitFor(
            [this] {
                QByteArray out;
                return m_openbox->state() == QProcess::NotRunning ||
                       (runTool(QStringLiteral("xprop"),
                                {QStringLiteral("-root"), QStringLiteral("_NET_SUPPORTING_WM_CHECK")}, &out) &&
                        out.contains("window id #"));
            },
            20'000);
        if (!managed || m_openbox->state() != QProcess::Running) {
            *error =
                QStringLiteral("openbox did not manage the display: %1").arg(QString::fromUtf8(m_openbox->readAll()));
            return false;
        }
        m_size = size;
        return true;
    }

    void stop()
    {
        for (auto* p : {m_openbox.get(), m_xvfb.get()}) {
            if (p && p->state() != QProcess::NotRunning) {
                p->terminate();
                if (!p->waitForFinished(5'000)) {
                    p->kill();
                    p->waitForFinished(5'000);
                }
            }
        }
        m_openbox.reset();
        m_xvfb.reset();
    }

    QString display() const { return m_display; }
    QSize screenSize() const { return m_size; }

    /// This environment with DISPLAY set to the session's and Qt's platform set to xcb.
    QProcessEnvironment environment(QProcessEnvironment env = QProcessEnvironment::systemEnvironment()) const
    {
        env.insert(QStringLiteral("DISPLAY"), m_display);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        return env;
    }

    /// Runs a tool on this display; true when it exited with 0. *out gets its standard output.
    bool runTool(const QString& program, const QStringList& args, QByteArray* out = nullptr) const
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(program, args);
        if (!p.waitForFinished(20'000)) {
            p.kill();
            p.waitForFinished(5'000);
            return false;
        }
        if (out)
            *out = p.readAllStandardOutput();
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }
    /// `xdotool ARGS…`.
    bool run(const QStringList& args, QByteArray* out = nullptr) const
    {
        return runTool(QStringLiteral("xdotool"), args, out);
    }

    /// Presses keys in the focused window, e.g. "ctrl+shift+p" or "Return", or several one after
    /// the other, separated by spaces: "Down Down Right" (xdotool's key names).
    bool key(const QString& keys) const
    {
        return run(QStringList{QStringLiteral("key"), QStringLiteral("--clearmodifiers"), QStringLiteral("--delay"),
                               QStringLiteral("30")}
                   << keys.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    }
    /// Types text in the focused window, as a person would.
    bool type(const QString& text) const
    {
        return run({QStringLiteral("type"), QStringLiteral("--clearmodifiers"), QStringLiteral("--delay"),
                    QStringLiteral("12"), text});
    }

    /// The window that has the input focus (xdotool's id), 0 when none.
    quint64 focusedWindow() const
    {
        QByteArray out;
        return run({QStringLiteral("getwindowfocus"), QStringLiteral("-f")}, &out) ? out.trimmed().toULongLong() : 0;
    }

    /// The window that has the input focus, or its nearest ancestor, is `window`: Openbox gave it
    /// the keyboard.
    bool hasFocus(quint64 window) const
    {
        const quint64 focused = focusedWindow();
        return focused != 0 && (focused == window || descendsFrom(focused, window));
    }

    struct Geometry
    {
        QRect client; ///< the window's own area, in device pixels, on the screen
        bool viewable = false;
    };
    /// What xwininfo says of the window (nullopt when it does not exist).
    std::optional<Geometry> geometry(quint64 window) const
    {
        QByteArray out;
        if (!runTool(QStringLiteral("xwininfo"), {QStringLiteral("-id"), QString::number(window)}, &out))
            return std::nullopt;
        const QString text = QString::fromUtf8(out);
        const QStringList lines = text.split(QLatin1Char('\n'));
        const auto field = [&lines](const char* name) {
            const QString key = QLatin1String(name) + QLatin1Char(':');
            for (const QString& line : lines) {
                const QString t = line.trimmed();
                if (t.startsWith(key))
                    return t.mid(key.size()).trimmed().toInt();
            }
            return 0;
        };
        Geometry g;
        g.client =
            QRect(field("Absolute upper-left X"), field("Absolute upper-left Y"), field("Width"), field("Height"));
        g.viewable = text.contains(QLatin1String("IsViewable"));
        return g;
    }

    /// Saves a PNG of the window; with `frame`, the window manager's frame (title bar) included.
    bool screenshot(quint64 window, const QString& file, bool frame) const
    {
        QStringList args{QStringLiteral("-window"), QString::number(window)};
        if (frame)
            args << QStringLiteral("-frame");
        return runTool(QStringLiteral("import"), args << file);
    }
    /// Saves a PNG of the whole screen.
    bool screenshotScreen(const QString& file) const
    {
        return runTool(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), file});
    }

private:
    /// `child` is a window inside `ancestor` (up to eight levels down).
    bool descendsFrom(quint64 child, quint64 ancestor) const
    {
        quint64 window = child;
        for (int depth = 0; depth < 8 && window != 0; ++depth) {
            QByteArray out;
            if (!runTool(QStringLiteral("xwininfo"),
                         {QStringLiteral("-tree"), QStringLiteral("-id"), QString::number(window)}, &out))
                return false;
            static const QRegularExpression parent(QStringLiteral("Parent window id: (0x[0-9a-f]+)"));
            bool ok = false;
            window = parent.match(QString::fromUtf8(out)).captured(1).toULongLong(&ok, 16);
            if (!ok)
                return false;
            if (window == ancestor)
                return true;
        }
        return false;
    }

    std::unique_ptr<QProcess> m_xvfb;
    std::unique_ptr<QProcess> m_openbox;
    QString m_display;
    QSize m_size;
};

} // namespace duet::test
