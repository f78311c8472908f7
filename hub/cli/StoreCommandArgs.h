// SPDX-License-Identifier: GPL-3.0-or-later
// The arguments the store commands (ingest, timeline, window) share.
#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace duet::hub {

/// --db DB, --at UNIX, --help and positional arguments, as the store commands take them.
/// Usage: `StoreCommandArgs a; if (!a.parse(args, {"--at"}, &error)) return 2;`
struct StoreCommandArgs
{
    QString db;
    QString at; ///< --at's value, when the command takes it and it was given
    QStringList positional;
    bool help = false;

    /// False with *error for an unknown option or an option without its value.
    bool parse(const QStringList& args, bool takesAt, QString* error);
};

/// Whether CONTACT can name a customer at all: a phone in any spelling, a BSUID, a parent BSUID
/// or a username with or without '@'.
bool isCustomerArgument(const QString& text);

/// The conversation key CONTACT names in the store (any identifier, docs/IDENTITY.md); for a
/// customer the store does not know, the key a phone number would have (or the text as given),
/// so the command answers "nothing yet". False with *error on a database failure.
bool customerKeyOf(QSqlDatabase db, const QString& text, QString* key, QString* error);

} // namespace duet::hub
