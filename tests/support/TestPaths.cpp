// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestPaths.h"

#include <QFile>

namespace duet::test {

QString fixturesDir()
{
    return QStringLiteral(DUET_SOURCE_DIR "/tests/fixtures");
}

QString fixturePath(const QString& relative)
{
    return fixturesDir() + QLatin1Char('/') + relative;
}

QString cloudApiFixturesDir()
{
    return fixturePath(QStringLiteral("cloudapi"));
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
