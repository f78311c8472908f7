// SPDX-License-Identifier: GPL-3.0-or-later
// JSON written byte for byte as Meta writes webhook bodies: compact, ASCII only, \u escapes.
#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace duet::sim {

/// Serialises JSON the way Meta's webhook sender does: no white space; every character outside
/// ASCII as a \uXXXX escape of its UTF-16 code units with lower-case hex (surrogate pairs for
/// emoji); "/" escaped as "\/"; control characters as \b \f \n \r \t or \u00XX. Integral numbers
/// are written without a fraction. The webhook signature is computed over exactly these bytes.
namespace MetaJson {
QByteArray write(const QJsonValue& value);
/// One string literal, quotes included.
QByteArray quote(QStringView text);
} // namespace MetaJson

} // namespace duet::sim
