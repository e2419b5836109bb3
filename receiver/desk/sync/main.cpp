// SPDX-License-Identifier: GPL-3.0-or-later
// harbour-desk-sync: the desk on the command line, so tests run desks as separate processes and an
// administrator can sync or check a desk without its UI.
#include "desktool.h"

#include <QGuiApplication>

int main(int argc, char *argv[])
{
    // A QGuiApplication for the PDF export's fonts; the tool shows no window, so without a platform
    // chosen it runs offscreen (Qt ships that platform everywhere, no display needed).
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("harbour-desk-sync"));
    return harbour::desk::runDeskTool(QCoreApplication::arguments());
}
