// SPDX-License-Identifier: GPL-3.0-or-later
// Named secrets (agent tokens, the Cloud API token) in the OS keychain, asynchronously.
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace duet::secrets {

/// Reads, writes and removes secrets by name in the OS keychain (Secret Service / GNOME Keyring or
/// KWallet on Linux, Keychain on macOS, Credential Manager on Windows) through QtKeychain, under
/// one service name ("Duet"). Every call answers exactly once, later, through its callback, never
/// from inside the call. When no keychain can be used the answer is an error the person can act
/// on: secrets are never written anywhere else (no plaintext fallback). Secrets never reach logs;
/// Result::detail carries the backend's message for logs, which names no secret.
/// Usage: `store.write("hub-token", token, [](const SecretStore::Result& r) { if (!r.ok()) ... });`
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Error {
        None,
        NotFound,   ///< no secret of that name
        NoKeychain, ///< no keychain service runs (no D-Bus session, no keyring daemon)
        Locked,     ///< the keychain is locked, or it (or the person) refused access
        Failed,     ///< anything else; see Result::detail
    };
    Q_ENUM(Error)

    struct Result
    {
        Error error = Error::None;
        QString value;  ///< read: the secret
        QString detail; ///< the backend's message, for logs (never the secret)
        bool ok() const { return error == Error::None; }
    };
    using Callback = std::function<void(const Result&)>;

    explicit SecretStore(QObject* parent = nullptr);
    /// A store under another service name (tests use their own).
    explicit SecretStore(const QString& service, QObject* parent = nullptr);

    QString service() const { return m_service; }

    // Virtual so widget tests can stand in for the keychain.
    virtual void read(const QString& name, Callback done);
    virtual void write(const QString& name, const QString& secret, Callback done);
    virtual void remove(const QString& name, Callback done);

    /// What happened and what to do, for people (translated). Empty for Error::None.
    static QString errorText(Error error);

private:
    QString m_service;
};

} // namespace duet::secrets
