// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's INI file as `duet-hub setup` edits it: values changed in place, comments kept.
#pragma once

#include <QString>
#include <QStringList>

namespace duet::hub {

/// A small INI editor for the dialect HubConfig reads ([section], key = value, ';' and '#'
/// comments, optional double quotes). set() replaces a key's line where it is (a commented-out
/// example such as ";waba_id = …" is left alone) or adds it at the end of its section, creating
/// the section when missing; every other line stays as it was.
/// Usage: `IniFile ini; ini.load(path, &e); ini.set("cloudapi", "waba_id", id); ini.save(path, &e);`
class IniFile
{
public:
    /// Reads `path`; a file that does not exist is an empty INI (true). False with *error when it
    /// exists but cannot be read.
    bool load(const QString& path, QString* error);
    /// The value of section/key without quotes; null when absent.
    QString value(const QString& section, const QString& key) const;
    void set(const QString& section, const QString& key, const QString& value);
    /// Writes the file atomically (an existing file keeps its mode). It holds no secret: those are
    /// files of their own.
    bool save(const QString& path, QString* error) const;
    QString text() const { return m_lines.join(QLatin1Char('\n')); }

private:
    /// The line index of section/key, or -1; *sectionEnd: where a new key of that section goes
    /// (-1 when the section is missing).
    int find(const QString& section, const QString& key, int* sectionEnd) const;

    QStringList m_lines;
};

} // namespace duet::hub
