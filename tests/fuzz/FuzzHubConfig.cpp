// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the hub's INI file, read by HubConfig::load (`duet-hub serve --config FILE`) and by
// the IniFile editor of `duet-hub setup`.

#include "FuzzSupport.h"
#include "HubConfig.h"
#include "cli/IniFile.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>

using namespace duet;

namespace {

/// A private directory holding the config file and the secret files it may name by relative path
/// (app-secret, verify-token, access-token; mode 0600, as the hub requires).
const QString& configDir()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/duet-fuzz-hubconfig-XXXXXX"));
    static const bool made = [] {
        for (const char* name : {"app-secret", "verify-token", "access-token"}) {
            QFile f(dir.filePath(QLatin1String(name)));
            if (!f.open(QIODevice::WriteOnly) || f.write("fuzz-secret\n") < 0)
                return false;
            f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        return true;
    }();
    FUZZ_CHECK(dir.isValid() && made);
    static const QString path = dir.path();
    return path;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::ensureApp();
    const QString file = configDir() + QStringLiteral("/hub.conf");
    {
        QFile f(file);
        FUZZ_CHECK(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        FUZZ_CHECK(f.write(reinterpret_cast<const char*>(data), qint64(size)) == qint64(size));
    }

    hub::HubConfig config;
    QString error;
    if (hub::HubConfig::load({QStringLiteral("--config"), file}, QProcessEnvironment(), &config, &error)) {
        FUZZ_CHECK(!config.db.isEmpty() && !config.appSecret.isEmpty() && !config.verifyToken.isEmpty());
        FUZZ_CHECK(config.sendCap > 0 && config.sendCap <= 1000);
        FUZZ_CHECK(!config.describe().contains(QLatin1String("fuzz-secret"))); // never a secret in the log
    } else {
        FUZZ_CHECK(!error.isEmpty());
    }

    // The setup editor: a value it sets reads back as set, whatever the file held around it.
    hub::IniFile ini;
    QString iniError;
    if (ini.load(file, &iniError)) {
        ini.set(QStringLiteral("cloudapi"), QStringLiteral("waba_id"), QStringLiteral("102290129340398"));
        FUZZ_CHECK_MSG(ini.value(QStringLiteral("cloudapi"), QStringLiteral("waba_id")) ==
                           QLatin1String("102290129340398"),
                       ini.text());
    }
    return 0;
}
