// SPDX-License-Identifier: GPL-3.0-or-later
// harbour-desk: the organisation's desk (docs/desk.md). Everything is in harbourdeskapp.
#include "deskapplication.h"

#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(HarbourUiPlugin)
Q_IMPORT_QML_PLUGIN(HarbourDeskPlugin)

int main(int argc, char *argv[])
{
    return harbour::deskui::runDesk(argc, argv);
}
