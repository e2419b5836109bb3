// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/application.h"

#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(HarbourUiPlugin)
Q_IMPORT_QML_PLUGIN(HarbourPlugin)

int main(int argc, char *argv[])
{
    return harbour::session::runApplication(argc, argv);
}
