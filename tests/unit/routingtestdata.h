// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The signed directory the routing tests choose from (tst_proposals, tst_proposalmodel,
// tst_supportcontactmodel, tst_routing, tst_deliveryplan).
#include "tst_directory_testdata.h"

#include <map>

namespace harbour::testdata {

// A loopback port nothing listens on: envelopes stay in the outbox for the test to open.
inline const QString kNowhere = QStringLiteral("http://127.0.0.1:9/v1/envelopes");

// London's and Sussex's police forces, three national support organisations and a local centre in
// east London, each with a recipient key of its own, signed by a fresh authority key. stop-hate
// alone gives a promise and contact details (in English and Arabic).
struct RoutingDirectory
{
    protocol::KeyPair authority;
    std::map<QString, protocol::KeyPair> keys; // organisation id -> its key pair
    QByteArray signedFile;
    directory::Directory directory; // as verified; empty when the file did not verify
};

inline RoutingDirectory routingDirectory()
{
    RoutingDirectory out;
    out.authority = protocol::generateSigningKeyPair();
    const auto org = [&out](const QString &id, const QString &kind, const QStringList &strandList,
                         const QJsonObject &areaObject,
                         const QStringList &languages = { QStringLiteral("en") }) {
        out.keys[id] = protocol::generateRecipientKeyPair();
        return organisation(id, kind, strandList, areaObject, out.keys[id].publicKey, kNowhere, languages);
    };
    const QStringList london
        = { QStringLiteral("E"), QStringLiteral("EC"), QStringLiteral("N"), QStringLiteral("SE") };
    const QJsonObject directory = directoryObject(12,
        { org(QStringLiteral("met-police"), QStringLiteral("police"), allStrands(),
              areas(london, { QStringLiteral("London") })),
            org(QStringLiteral("sussex-police"), QStringLiteral("police"), allStrands(),
                areas({ QStringLiteral("BN"), QStringLiteral("RH") },
                    { QStringLiteral("Sussex"), QStringLiteral("Brighton and Hove") })),
            org(QStringLiteral("galop"), QStringLiteral("support"),
                { QStringLiteral("sexual_orientation"), QStringLiteral("transgender") }, everywhere()),
            org(QStringLiteral("tell-mama-org"), QStringLiteral("support"), { QStringLiteral("religion") },
                everywhere()),
            org(QStringLiteral("local-centre"), QStringLiteral("support"),
                allStrands() << QStringLiteral("alternative_subculture"),
                areas({ QStringLiteral("E1"), QStringLiteral("E2") }, { QStringLiteral("Tower Hamlets") }),
                { QStringLiteral("en"), QStringLiteral("bn") }),
            promiseAndContact(org(QStringLiteral("stop-hate"), QStringLiteral("support"), allStrands(),
                everywhere(), { QStringLiteral("en"), QStringLiteral("pl") })) });
    out.signedFile = signedFile(directory, out.authority.secretKey);
    auto verified = directory::verifySignedDirectory(out.signedFile, { out.authority.publicKey });
    if (verified)
        out.directory = verified->directory;
    else
        qWarning() << "the routing test directory does not verify:" << verified.error();
    return out;
}

} // namespace harbour::testdata
