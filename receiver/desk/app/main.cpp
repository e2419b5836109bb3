// SPDX-License-Identifier: GPL-3.0-or-later
// harbour-desk: the organisation's desk for caseworkers (docs/desk.md).
#include "deskapplication.h"

#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(HarbourUiPlugin)
Q_IMPORT_QML_PLUGIN(HarbourDeskPlugin)

int main(int argc, char *argv[])
{
    return harbour::desk::runDeskApplication(argc, argv);
}
