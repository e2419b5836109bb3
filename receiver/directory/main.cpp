// SPDX-License-Identifier: GPL-3.0-or-later
// harbour-directory: the directory authority's tool to make its signing key, sign and check directories.
#include "directorytool.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("harbour-directory"));
    return harbour::receiver::runDirectoryTool(QCoreApplication::arguments());
}
