// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// One page of what the intake lists to a desk (docs/protocol.md §18.3), as the client read it and
// the store applies it. Nothing in these rows is trusted yet: the store opens and checks each one.
namespace harbour::desk {

struct ListedEnvelope
{
    qint64 seq = 0;
    QByteArray envelopeJson; // the envelope's wire form (§8), not yet read
    QString stored; // the hour the intake stored it
};

struct ListedEvent
{
    qint64 seq = 0;
    QByteArray id; // hex, as listed
    QByteArray desk; // hex key id of the desk that appended it, as the intake says
    QByteArray sealed; // empty when the event was erased at the intake
    // An event erased at the intake at a desk's request (docs/protocol.md §18.5): the 32-byte hash
    // the deleting desk named in place of its sealed bytes; empty for every other event.
    QByteArray erasedHash;
};

template <typename Row> struct Page
{
    QList<Row> rows;
    bool more = false;
};

using EnvelopePage = Page<ListedEnvelope>;
using EventPage = Page<ListedEvent>;

} // namespace harbour::desk
