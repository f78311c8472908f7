// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop program's command line.
#pragma once

#include <QString>
#include <QStringList>

#include <cstdio>

namespace duet::desktop {

/// What `duet` was asked to do.
struct Options
{
    QString database;           ///< --db: a SQLite path or a postgresql:// URL; null: the default local store
    QString screenshot;         ///< --screenshot: write the window to this PNG and quit
    double quitAfterSecs = -1;  ///< --quit-after; -1: run until closed
    QString agent;              ///< --agent: who is signed in (the "Mine" filter)
    QString templates;          ///< --templates: a JSON file of approved templates
    QString theme;              ///< --theme: system (default), light or dark
    QString hub;                ///< --hub: the hub to sync with (token from the keychain, else sign-in); null: offline
    QString caFile;             ///< --ca-file: also trust the CA certificates in this PEM file (a private CA)
    QString language;           ///< --lang: en, pt_BR, es (or a locale of them); null: the setting
    bool demo = false;          ///< --demo: an in-process hub and simulator in a temporary folder
    double demoSpeed = 20;      ///< --demo-speed: simulated seconds per real second in the demo
    bool singleSeat = false;    ///< --single-seat: the hub embedded, for one person on one computer
    quint16 webhookPort = 8080; ///< --webhook-port: where the single-seat hub listens for Meta
    // With --single-seat: what the Connect wizard starts with, and where the Graph API is.
    QString graphBaseUrl;    ///< --graph-base-url: e.g. a duet-sim; null: https://graph.facebook.com
    QString phoneNumberId;   ///< --phone-number-id
    QString wabaId;          ///< --waba-id
    QString accessTokenFile; ///< --access-token-file: read once, kept only in the keychain
    QString appSecretFile;   ///< --app-secret-file
};

/// Parses the arguments (including the program name). Help and version text go to *output.
enum class ParseResult { Run, Help, Version, Error };
ParseResult parseCommandLine(const QStringList& arguments, Options* options, QString* output);

/// Writes `text` to stdout or stderr as one line (help, version and errors).
void printLine(FILE* stream, const QString& text);

} // namespace duet::desktop
