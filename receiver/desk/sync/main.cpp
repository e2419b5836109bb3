// SPDX-License-Identifier: GPL-3.0-or-later
// harbour-desk-sync: the desk on the command line, so tests run desks as separate processes and an
// administrator can sync or check a desk without its UI.
#include "desktool.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("harbour-desk-sync"));
    return harbour::desk::runDeskTool(QCoreApplication::arguments());
}
