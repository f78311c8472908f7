// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include <QTextStream>

namespace duet::hub {

int runDecode(const QStringList& args, CommandIo& io)
{
    Q_UNUSED(args);
    io.err << "duet-hub decode: not implemented yet\n";
    return 1;
}

} // namespace duet::hub
