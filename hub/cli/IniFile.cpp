// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's INI file as `duet-hub setup` edits it: values changed in place, comments kept.
#include "IniFile.h"

#include <QFile>
#include <QSaveFile>

namespace duet::hub {

bool IniFile::load(const QString& path, QString* error)
{
    m_lines.clear();
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xfeff)))
        text = text.mid(1);
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    m_lines = text.split(QLatin1Char('\n'));
    return true;
}

int IniFile::find(const QString& section, const QString& key, int* sectionEnd) const
{
    QString current;
    *sectionEnd = -1;
    for (int i = 0; i < m_lines.size(); ++i) {
        const QString line = m_lines.at(i).trimmed();
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            current = line.mid(1, line.size() - 2).trimmed();
            continue;
        }
        if (current != section)
            continue;
        const bool comment = line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1Char('#'));
        // After the section's last setting, or its first line while it has none.
        if ((!line.isEmpty() && !comment) || *sectionEnd < 0)
            *sectionEnd = i + 1;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq > 0 && !comment && line.left(eq).trimmed() == key)
            return i;
    }
    if (*sectionEnd < 0) {
        // The section header itself, with nothing under it yet.
        for (int i = 0; i < m_lines.size(); ++i) {
            if (m_lines.at(i).trimmed() == QLatin1Char('[') + section + QLatin1Char(']'))
                *sectionEnd = i + 1;
        }
    }
    return -1;
}

QString IniFile::value(const QString& section, const QString& key) const
{
    int end = 0;
    const int i = find(section, key, &end);
    if (i < 0)
        return {};
    const QString line = m_lines.at(i).trimmed();
    QString v = line.mid(line.indexOf(QLatin1Char('=')) + 1).trimmed();
    if (v.size() >= 2 && v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"')))
        v = v.mid(1, v.size() - 2);
    return v;
}

void IniFile::set(const QString& section, const QString& key, const QString& value)
{
    const QString line = key + QStringLiteral(" = ") + value;
    int end = 0;
    const int i = find(section, key, &end);
    if (i >= 0) {
        m_lines[i] = line;
        return;
    }
    if (end < 0) {
        if (!m_lines.isEmpty() && !m_lines.last().trimmed().isEmpty())
            m_lines << QString();
        m_lines << QLatin1Char('[') + section + QLatin1Char(']') << line;
        return;
    }
    m_lines.insert(end, line);
}

bool IniFile::save(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write((text() + QLatin1Char('\n')).toUtf8());
    if (!file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace duet::hub
