// SPDX-License-Identifier: GPL-3.0-or-later
// harbour-intake-admin: which recipient keys belong to which organisation, and the organisation's
// desk keys (added, listed, revoked). See receiver/README.md "Desks". Works on the intake's store
// file, also while harbour-intake runs (a revoked desk is refused from its next request on).
#include "base/strictinput.h"
#include "common/commandrules.h"
#include "common/keyfiles.h"
#include "deskstore.h"
#include "intakestore.h"
#include "protocol/desksignature.h"
#include "protocol/envelope.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

using namespace harbour;
using namespace harbour::receiver;

namespace {

// A name a person gave (an organisation, a desk): 1 to 100 characters, no control or format
// characters (bidi overrides included), so every listing prints it as it looks.
std::optional<QString> personName(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 100)
        return std::nullopt;
    for (QChar c : trimmed) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return std::nullopt;
    }
    return trimmed;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Registers an organisation's recipient keys and desk keys at a Harbour intake.\n\n"
        "Commands:\n"
        "  organisation --store FILE --organisation NAME --recipient-key FILE.pub\n"
        "      envelopes to this key are listed to the organisation's desks\n"
        "  add-desk --store FILE --organisation NAME --name NAME --desk-key BASE64\n"
        "      registers a caseworker installation's Ed25519 public key; prints its key id\n"
        "  revoke-desk --store FILE --desk KEYID\n"
        "      the desk is refused from its next request on\n"
        "  desks --store FILE\n"
        "      lists the desks: key id, organisation, name, revoked or not\n"
        "  envelope-retention --store FILE --organisation NAME --remove never|fetched|after-days\n"
        "                     [--days N]\n"
        "      when the organisation's envelopes leave the intake: never (until a desk deletes\n"
        "      their case; the default), once every active desk has fetched them, or N days\n"
        "      (1 to 3650) after they were stored, fetched or not\n"
        "  prune --store FILE\n"
        "      removes now what every organisation's envelope retention lets go (the intake\n"
        "      also does at each desk's list request); prints how many"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption store
        = fileOption(QStringLiteral("store"), QStringLiteral("The intake's store file."));
    const QCommandLineOption organisation(
        QStringLiteral("organisation"), QStringLiteral("The organisation's name."), QStringLiteral("NAME"));
    const QCommandLineOption recipientKey
        = fileOption(QStringLiteral("recipient-key"), QStringLiteral("The organisation's public key file."));
    const QCommandLineOption name(
        QStringLiteral("name"), QStringLiteral("The desk's name."), QStringLiteral("NAME"));
    const QCommandLineOption deskKey(QStringLiteral("desk-key"),
        QStringLiteral("The desk's public key (base64)."), QStringLiteral("BASE64"));
    const QCommandLineOption desk(
        QStringLiteral("desk"), QStringLiteral("A desk's key id."), QStringLiteral("KEYID"));
    const QCommandLineOption remove(QStringLiteral("remove"),
        QStringLiteral("When envelopes leave: never, fetched or after-days."), QStringLiteral("WHEN"));
    const QCommandLineOption days(
        QStringLiteral("days"), QStringLiteral("Days after storing (after-days)."), QStringLiteral("N"));
    parser.addOptions({ store, organisation, recipientKey, name, deskKey, desk, remove, days });
    const ToolConsole console(QStringLiteral("harbour-intake-admin"), parser.helpText());
    // Every command needs all the options it takes.
    const auto needs = [](const QStringList &options) { return CommandRule { options, options, 0, {} }; };
    const std::map<QString, CommandRule> rules {
        { QStringLiteral("organisation"),
            needs({ QStringLiteral("store"), QStringLiteral("organisation"),
                QStringLiteral("recipient-key") }) },
        { QStringLiteral("add-desk"),
            needs({ QStringLiteral("store"), QStringLiteral("organisation"), QStringLiteral("name"),
                QStringLiteral("desk-key") }) },
        { QStringLiteral("revoke-desk"), needs({ QStringLiteral("store"), QStringLiteral("desk") }) },
        { QStringLiteral("desks"), needs({ QStringLiteral("store") }) },
        { QStringLiteral("envelope-retention"),
            CommandRule { { QStringLiteral("store"), QStringLiteral("organisation"), QStringLiteral("remove"),
                              QStringLiteral("days") },
                { QStringLiteral("store"), QStringLiteral("organisation"), QStringLiteral("remove") }, 0,
                {} } },
        { QStringLiteral("prune"), needs({ QStringLiteral("store") }) },
    };
    if (const auto exit = parseCommandLine(parser, QCoreApplication::arguments(), help, rules, console))
        return *exit;
    const QString command = parser.positionalArguments().constFirst();

    auto opened = IntakeStore::open(parser.value(store), IntakeStore::OpenMode::CreateIfMissing);
    if (!opened)
        return console.fail(opened.error());
    DeskStore desks(opened.value()->database());

    if (command == QLatin1StringView("envelope-retention")) {
        const auto organisationName = personName(parser.value(organisation));
        if (!organisationName)
            return console.usageError(QStringLiteral(
                "--organisation needs a name of 1 to 100 characters without control or format characters"));
        const auto removal = DeskStore::removalFromName(parser.value(remove));
        if (!removal)
            return console.usageError(QStringLiteral("--remove must be never, fetched or after-days"));
        DeskStore::EnvelopeRetention retention { *removal, 0 };
        if (*removal == DeskStore::EnvelopeRemoval::AfterDays) {
            bool ok = false;
            retention.days = parser.value(days).toInt(&ok);
            if (!ok || retention.days < 1 || retention.days > 3650)
                return console.usageError(
                    QStringLiteral("--remove after-days needs --days, a whole number from 1 to 3650"));
        } else if (parser.isSet(days)) {
            return console.usageError(QStringLiteral("--days goes only with --remove after-days"));
        }
        auto recipients = desks.recipientsOf(*organisationName);
        if (!recipients)
            return console.fail(recipients.error());
        if (recipients->isEmpty())
            return console.fail(QStringLiteral("no recipient key belongs to %1 at this intake (see the "
                                               "organisation command)")
                                    .arg(*organisationName));
        if (auto set = desks.setEnvelopeRetention(*organisationName, retention); !set)
            return console.fail(set.error());
        console.printOut(QStringLiteral("%1: envelopes removed %2\n")
                             .arg(*organisationName,
                                 *removal == DeskStore::EnvelopeRemoval::Never ? QStringLiteral("never")
                                     : *removal == DeskStore::EnvelopeRemoval::Fetched
                                     ? QStringLiteral("once every active desk has fetched them")
                                     : QStringLiteral("%1 days after they were stored").arg(retention.days)));
        return ExitOk;
    }
    if (command == QLatin1StringView("prune")) {
        auto pruned = desks.pruneEnvelopes(QString(), QDateTime::currentDateTimeUtc());
        if (!pruned)
            return console.fail(pruned.error());
        if (pruned.value() > 0) {
            if (auto compacted = desks.compact(); !compacted)
                return console.fail(compacted.error());
        }
        console.printOut(QStringLiteral("removed %1 envelope(s)\n").arg(pruned.value()));
        return ExitOk;
    }
    if (command == QLatin1StringView("organisation") || command == QLatin1StringView("add-desk")) {
        const auto organisationName = personName(parser.value(organisation));
        if (!organisationName)
            return console.usageError(QStringLiteral(
                "--organisation needs a name of 1 to 100 characters without control or format characters"));
        if (command == QLatin1StringView("organisation")) {
            auto key = readPublicKeyFile(parser.value(recipientKey));
            if (!key)
                return console.fail(key.error());
            if (auto bound = desks.bindRecipient(key->keyId, *organisationName); !bound)
                return console.fail(bound.error());
            console.printOut(QStringLiteral("recipient key %1 belongs to %2\n")
                                 .arg(QString::fromLatin1(key->keyId), *organisationName));
            return ExitOk;
        }
        const auto deskName = personName(parser.value(name));
        if (!deskName)
            return console.usageError(QStringLiteral(
                "--name needs a name of 1 to 100 characters without control or format characters"));
        const auto publicKey
            = strict::decodeCanonicalBase64(parser.value(deskKey), protocol::kSigningPublicKeyBytes);
        if (!publicKey)
            return console.usageError(QStringLiteral(
                "--desk-key needs the desk's Ed25519 public key: 32 bytes in canonical base64"));
        DeskStore::Desk added { protocol::desk::deskKeyId(*publicKey), *publicKey, *organisationName,
            *deskName };
        if (auto done = desks.addDesk(added); !done)
            return console.fail(done.error());
        console.printOut(QString::fromLatin1(added.keyId + '\n'));
        return ExitOk;
    }
    if (command == QLatin1StringView("revoke-desk")) {
        const auto revoked = desks.revokeDesk(parser.value(desk).toLatin1());
        if (!revoked)
            return console.fail(revoked.error());
        if (!revoked.value())
            return console.fail(QStringLiteral("no desk has the key id %1").arg(parser.value(desk)));
        console.printOut(QStringLiteral("revoked %1\n").arg(parser.value(desk)));
        return ExitOk;
    }
    const auto all = desks.desks();
    if (!all)
        return console.fail(all.error());
    for (const DeskStore::Desk &d : all.value())
        console.printOut(QStringLiteral("%1\t%2\t%3\t%4\n")
                             .arg(QString::fromLatin1(d.keyId), d.organisation, d.name,
                                 d.revoked ? QStringLiteral("revoked") : QStringLiteral("active")));
    return ExitOk;
}
