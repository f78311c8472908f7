// SPDX-License-Identifier: GPL-3.0-or-later
// Enum values and their stored or wire names: one table per enum, toName() and fromName() over it.
#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <cstddef>
#include <optional>

namespace duet {

/// One row of an enum's name table:
///     constexpr EnumName<Lane> kLaneNames[] = {{Lane::Live, "live"}, {Lane::Bulk, "bulk"}};
///     toName(kLaneNames, Lane::Bulk)          // "bulk"
///     fromName(kLaneNames, u"live")           // Lane::Live; std::nullopt for a name not in the table
/// The table pairs each value with its name explicitly, so reordering an enum cannot shift names.
template <typename E> struct EnumName
{
    E value;
    const char* name;
};

/// The name of `value` as Latin-1 text; nullptr when the table has no row for it.
template <typename E, std::size_t N> constexpr const char* nameOf(const EnumName<E> (&table)[N], E value)
{
    for (const EnumName<E>& row : table) {
        if (row.value == value)
            return row.name;
    }
    return nullptr;
}

/// The name of `value`; empty when the table has no row for it.
template <typename E, std::size_t N> QString toName(const EnumName<E> (&table)[N], E value)
{
    const char* name = nameOf(table, value);
    return name ? QString::fromLatin1(name) : QString();
}

/// The value named `name` (case-sensitive unless told otherwise); std::nullopt when none is.
template <typename E, std::size_t N>
std::optional<E> fromName(const EnumName<E> (&table)[N], QStringView name, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    for (const EnumName<E>& row : table) {
        if (name.compare(QLatin1String(row.name), cs) == 0)
            return row.value;
    }
    return std::nullopt;
}

/// fromName() for the `bool f(QStringView, E*)` form: false, *value untouched, when none is.
template <typename E, std::size_t N> bool fromName(const EnumName<E> (&table)[N], QStringView name, E* value)
{
    const std::optional<E> found = fromName(table, name);
    if (found)
        *value = *found;
    return found.has_value();
}

} // namespace duet
