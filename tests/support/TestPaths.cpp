// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace duet::test {

QString fixturesDir()
{
    return QStringLiteral(DUET_SOURCE_DIR "/tests/fixtures");
}

QString fixturePath(const QString& relative)
{
    return fixturesDir() + QLatin1Char('/') + relative;
}

QString sharedDir()
{
    const QString fromEnv = qEnvironmentVariable("DUET_SHARED_DIR");
    const QString dir = fromEnv.isEmpty() ? QStringLiteral(DUET_SOURCE_DIR "/../shared") : fromEnv;
    if (!QFileInfo(dir + QStringLiteral("/cloudapi/examples")).isDir())
        return {};
    return QDir(dir).canonicalPath();
}

const char* sharedMissingReason()
{
    return "../shared/cloudapi is not beside this checkout (as on a user's clone); set DUET_SHARED_DIR to run these";
}

QString programPath(const QString& relative)
{
    return QStringLiteral(DUET_BINARY_DIR "/") + relative;
}

QByteArray readFile(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    return f.readAll();
}

} // namespace duet::test
