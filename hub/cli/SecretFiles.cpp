// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's secret files as `duet-hub setup` writes them: mode 0600 from the first byte, owned by the service.
#include "SecretFiles.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace duet::hub {

bool writeSecretFile(const QString& path, const QByteArray& secret, const QString& serviceUser, QString* error)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temp = target + ".new";
    struct stat old = {};
    const bool existed = ::stat(target.constData(), &old) == 0;
    ::unlink(temp.constData());
    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        *error = QStringLiteral("cannot create %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    const QByteArray content = secret + '\n';
    bool ok = ::write(fd, content.constData(), size_t(content.size())) == content.size() && ::fsync(fd) == 0;
    if (ok && ::geteuid() == 0) {
        uid_t uid = 0;
        gid_t gid = 0;
        bool chown = false;
        if (existed) {
            uid = old.st_uid;
            gid = old.st_gid;
            chown = true;
        } else if (const passwd* pw = ::getpwnam(serviceUser.toLocal8Bit().constData())) {
            uid = pw->pw_uid;
            gid = pw->pw_gid;
            chown = true;
        }
        ok = !chown || ::fchown(fd, uid, gid) == 0;
    }
    ok = ::close(fd) == 0 && ok;
    if (!ok || ::rename(temp.constData(), target.constData()) != 0) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        ::unlink(temp.constData());
        return false;
    }
    return true;
}

bool readSecretArgument(const QString& pathOrDash, QByteArray* secret, QString* error)
{
    QFile file;
    bool opened = false;
    if (pathOrDash == QLatin1String("-"))
        opened = file.open(stdin, QIODevice::ReadOnly);
    else {
        file.setFileName(pathOrDash);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        *error = QStringLiteral("cannot read %1: %2").arg(pathOrDash, file.errorString());
        return false;
    }
    *secret = file.read(64 * 1024).trimmed();
    if (secret->isEmpty()) {
        *error = QStringLiteral("%1 is empty")
                     .arg(pathOrDash == QLatin1String("-") ? QStringLiteral("standard input") : pathOrDash);
        return false;
    }
    return true;
}

void matchDirectoryOwner(const QString& path)
{
    if (::geteuid() != 0)
        return;
    struct stat dir = {};
    if (::stat(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), &dir) != 0 || dir.st_uid == 0)
        return;
    for (const char* suffix : {"", "-wal", "-shm"}) {
        const QByteArray name = QFile::encodeName(path) + suffix;
        struct stat st = {};
        if (::stat(name.constData(), &st) == 0 && st.st_uid == 0) [[maybe_unused]]
            const int r = ::chown(name.constData(), dir.st_uid, dir.st_gid);
    }
}

} // namespace duet::hub
