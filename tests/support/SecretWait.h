// SPDX-License-Identifier: GPL-3.0-or-later
// Waiting for one keychain call: for tests that use secrets::SecretStore (link duet_secrets).
#pragma once

#include "secrets/SecretStore.h"

#include <QTest>

#include <functional>

namespace duet::test {

/// Runs one SecretStore call and waits (on the event loop, at most 10 s) for its answer.
/// Usage: `const auto r = awaitSecret([&](SecretStore::Callback done) { store.read(name, done); });`
inline secrets::SecretStore::Result awaitSecret(const std::function<void(secrets::SecretStore::Callback)>& call)
{
    secrets::SecretStore::Result result;
    bool done = false;
    call([&](const secrets::SecretStore::Result& r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10'000)) {
        result.error = secrets::SecretStore::Error::Failed;
        result.detail = QStringLiteral("no answer in 10 s");
    }
    return result;
}

} // namespace duet::test
