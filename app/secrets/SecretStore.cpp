// SPDX-License-Identifier: GPL-3.0-or-later
// SecretStore over QtKeychain jobs, with their errors sorted into what a person can act on.
#include "SecretStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <qt6keychain/keychain.h>

namespace duet::secrets {
namespace {

/// Sorts a QtKeychain error into ours. QtKeychain reports a missing session bus or keyring
/// daemon as OtherError with the D-Bus message, and a keyring without an unlocked login
/// collection as OtherError too, so the message decides.
SecretStore::Error classify(QKeychain::Error error, const QString& message)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStore::Error::None;
    case QKeychain::EntryNotFound:
        return SecretStore::Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Error::Locked;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Error::NoKeychain;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    const QString m = message.toLower();
    if (m.contains(QLatin1String("locked")) || m.contains(QLatin1String("collection/login")) ||
        m.contains(QLatin1String("denied")) || m.contains(QLatin1String("dismissed")))
        return SecretStore::Error::Locked;
    if (m.contains(QLatin1String("d-bus")) || m.contains(QLatin1String("dbus")) ||
        m.contains(QLatin1String("org.freedesktop.secrets")) || m.contains(QLatin1String("no such secret service")) ||
        m.contains(QLatin1String("serviceunknown")) || m.contains(QLatin1String("not provided by any")))
        return SecretStore::Error::NoKeychain;
    return SecretStore::Error::Failed;
}

/// Runs one job and hands its outcome to `done` (queued: QtKeychain may finish synchronously).
void run(QKeychain::Job* job, QObject* context, SecretStore::Callback done)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never: a secret goes to the keychain or nowhere
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [guard, done = std::move(done)](QKeychain::Job* finished) {
                         SecretStore::Result result;
                         result.error = classify(finished->error(), finished->errorString());
                         if (!result.ok())
                             result.detail = finished->errorString();
                         if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(finished); read && result.ok())
                             result.value = read->textData();
                         QMetaObject::invokeMethod(
                             guard.data(),
                             [guard, done, result] {
                                 if (guard && done)
                                     done(result);
                             },
                             Qt::QueuedConnection);
                     });
    job->start();
}

} // namespace

SecretStore::SecretStore(QObject* parent)
    : SecretStore(QStringLiteral("Duet"), parent)
{}

SecretStore::SecretStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{}

void SecretStore::read(const QString& name, Callback done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(name);
    run(job, this, std::move(done));
}

void SecretStore::write(const QString& name, const QString& secret, Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(name);
    job->setTextData(secret);
    run(job, this, std::move(done));
}

void SecretStore::remove(const QString& name, Callback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(name);
    run(job, this, std::move(done));
}

QString SecretStore::errorText(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::NotFound:
        return tr("Nothing is saved in the keychain for this yet.");
    case Error::NoKeychain:
        return tr("No keychain is available. Start your desktop's keyring (e.g. GNOME Keyring or KWallet) and try "
                  "again.");
    case Error::Locked:
        return tr("The keychain is locked or refused access. Unlock it (e.g. in GNOME Keyring or KWallet) and try "
                  "again.");
    case Error::Failed:
        return tr("The keychain could not be used. Try again; if it keeps failing, sign in without remembering the "
                  "token.");
    }
    return {};
}

} // namespace duet::secrets
