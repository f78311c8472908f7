// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

namespace duet::hub {

const QList<Command>& commands()
{
    static const QList<Command> all = {
        {"decode", "decode [FILE|-]          print one webhook body's events, one JSON object per line", &runDecode},
    };
    return all;
}

} // namespace duet::hub
