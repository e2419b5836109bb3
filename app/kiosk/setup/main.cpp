// SPDX-License-Identifier: GPL-3.0-or-later
// harbour-kiosk-setup: the organisation's tool for a kiosk's configuration file and identity.
// Passphrases are read from standard input (without echo on a terminal), hashed with Argon2id
// and only the hash is written. Usage: harbour-kiosk-setup --help
#include "crypto/sodium.h"
#include "kiosk/kioskconfig.h"
#include "kiosk/kioskidentity.h"
#include "kiosk/secrethash.h"
#include "session/config.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

#include <cstdio>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

using namespace harbour;

namespace {

constexpr int kExitUsage = 2;
constexpr int kExitFailed = 1;

int fail(const QString &message, int code = kExitFailed)
{
    std::fprintf(stderr, "harbour-kiosk-setup: %s\n", qPrintable(message));
    return code;
}

// One line from standard input, with the terminal's echo off if it is one.
bool readLine(const char *prompt, QByteArray *line)
{
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved {};
    if (terminal) {
        std::fprintf(stderr, "%s", prompt);
        std::fflush(stderr);
        if (::tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
    }
    line->clear();
    bool gotNewline = false;
    for (int c; (c = std::fgetc(stdin)) != EOF;) {
        if (c == '\n') {
            gotNewline = true;
            break;
        }
        if (line->size() > 4096)
            break;
        line->append(char(c));
    }
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        std::fprintf(stderr, "\n");
    }
    if (line->endsWith('\r'))
        line->chop(1);
    return gotNewline || !line->isEmpty();
}

// Reads the new secret (twice on a terminal) and checks it; the plain text never leaves here.
int readNewSecret(kiosk::SecretKind kind, QByteArray *secretUtf8)
{
    const bool admin = kind == kiosk::SecretKind::AdminPassphrase;
    QByteArray first;
    if (!readLine(admin ? "New admin passphrase: " : "New volunteer code: ", &first))
        return fail(QStringLiteral("nothing was read from standard input"));
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(first);
    if (decoder.hasError()) {
        crypto::wipe(first);
        return fail(QStringLiteral("the input is not valid UTF-8"));
    }
    if (::isatty(STDIN_FILENO)) {
        QByteArray again;
        readLine("Again: ", &again);
        const bool same = again == first;
        crypto::wipe(again);
        if (!same) {
            crypto::wipe(first);
            return fail(QStringLiteral("the two entries differ; nothing was changed"));
        }
    }
    crypto::wipe(first);
    if (const QString problem = kiosk::checkNewSecret(text, kind); !problem.isEmpty())
        return fail(problem + QStringLiteral("; nothing was changed"));
    *secretUtf8 = kiosk::secretBytes(text);
    text.fill(QLatin1Char(' '));
    return 0;
}

int setSecret(const QString &configPath, kiosk::SecretKind kind)
{
    QFile file(configPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(configPath, file.errorString()));
    const QByteArray before = file.read(1024 * 1024 + 1);
    file.close();
    if (before.size() > 1024 * 1024)
        return fail(QStringLiteral("%1 is larger than 1 MiB; is it the right file?").arg(configPath));
    // Refuse before asking for the passphrase if the file is not a kiosk configuration.
    auto current = session::AppConfig::fromJson(before);
    if (!current)
        return fail(QStringLiteral("%1 is not usable: %2").arg(configPath, current.error()));
    if (current->mode != session::AppConfig::Mode::Kiosk)
        return fail(
            QStringLiteral("%1 is not a kiosk configuration (\"mode\" must be \"kiosk\")").arg(configPath));

    QByteArray secret;
    if (const int rc = readNewSecret(kind, &secret); rc != 0)
        return rc;
    auto hash = kiosk::hashSecret(secret);
    crypto::wipe(secret);
    if (!hash)
        return fail(hash.error());
    const char *member = kind == kiosk::SecretKind::AdminPassphrase ? kiosk::kAdminPassphraseHashKey
                                                                    : kiosk::kVolunteerCodeHashKey;
    auto after = kiosk::withSecretHash(before, member, hash.value());
    if (!after)
        return fail(after.error());
    if (auto check = session::AppConfig::fromJson(after.value()); !check)
        return fail(QStringLiteral("internal error: the updated configuration would not load: %1")
                        .arg(check.error()));

    struct stat st
    {
    };
    const bool haveStat = ::stat(QFile::encodeName(configPath).constData(), &st) == 0;
    QSaveFile out(configPath);
    if (!out.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1: %2").arg(configPath, out.errorString()));
    // Keep the owner, group and mode (e.g. root:harbour-kiosk 0640) so the kiosk can still read it.
    if (haveStat) {
        if (::fchown(out.handle(), st.st_uid, st.st_gid) != 0
            || ::fchmod(out.handle(), st.st_mode & 07777) != 0) {
            out.cancelWriting();
            return fail(QStringLiteral("cannot keep the owner and mode of %1").arg(configPath));
        }
    }
    out.write(after.value());
    if (!out.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(configPath, out.errorString()));
    std::printf("%s updated: %s set.\n", qPrintable(configPath), member);
    if (haveStat && (st.st_mode & S_IROTH))
        std::fprintf(stderr,
            "warning: %s is readable by every user of this computer. Anyone who can read it can try "
            "to guess the passphrase offline. Make it readable only by root and the kiosk user, "
            "e.g.: chown root:harbour-kiosk %s && chmod 0640 %s\n",
            qPrintable(configPath), qPrintable(configPath), qPrintable(configPath));
    return 0;
}

int showIdentity(const QString &dataDir)
{
    // A key file made by root would be refused by the kiosk (it must own its key), so refuse here.
    const QFileInfo dir(dataDir);
    if (dir.exists() && dir.ownerId() != ::geteuid())
        return fail(QStringLiteral("%1 belongs to another user; run this as the kiosk user, e.g.: runuser -u "
                                   "harbour-kiosk -- harbour-kiosk-setup show-identity --data-dir %1")
                        .arg(dataDir));
    auto identity = kiosk::KioskIdentity::loadOrCreate(dataDir);
    if (!identity)
        return fail(identity.error());
    if (identity->created())
        std::fprintf(stderr, "A new kiosk signing key was made in %s.\n", qPrintable(dataDir));
    std::printf("%s\n", qPrintable(identity->publicKeyText()));
    return 0;
}

int check(const QString &configPath)
{
    auto config = session::AppConfig::load(configPath);
    if (!config)
        return fail(config.error());
    const auto &k = config->kiosk;
    std::printf("mode: %s\n", config->mode == session::AppConfig::Mode::Kiosk ? "kiosk" : "personal");
    std::printf("kiosk name: %s\n", qPrintable(k.name.isEmpty() ? QStringLiteral("(none)") : k.name));
    std::printf("idle: warning after %d s, then %d s to answer\n", config->idleWarningAfterSeconds,
        config->idleGraceSeconds);
    std::printf("languages: %s\n",
        qPrintable(
            k.languages.isEmpty() ? QStringLiteral("(all shipped)") : k.languages.join(QLatin1Char(' '))));
    std::printf("default organisation: %s\n",
        qPrintable(
            k.defaultOrganisation.isEmpty() ? QStringLiteral("(reporter chooses)") : k.defaultOrganisation));
    std::printf("admin passphrase: %s\n",
        k.adminPassphraseHash.isEmpty() ? "not set (settings cannot be unlocked)" : "set");
    std::printf(
        "volunteer code: %s\n", k.volunteerCodeHash.isEmpty() ? "not set (no assisted mode by code)" : "set");
    std::printf("data folder: %s\n", qPrintable(config->dataDir));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("harbour-kiosk-setup"));
    crypto::ensureInitialised();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Sets up a Harbour kiosk.\n\n"
        "Commands:\n"
        "  set-admin-passphrase --config FILE   read a passphrase from standard input, store its Argon2id "
        "hash\n"
        "  set-volunteer-code --config FILE     the same for the code that starts assisted mode\n"
        "  show-identity (--config FILE | --data-dir DIR)\n"
        "                                       print the kiosk's public signing key and fingerprint to "
        "register\n"
        "                                       with the organisation (made on first use; run as the kiosk "
        "user)\n"
        "  check --config FILE                  load the configuration and summarise it (no secrets)"));
    parser.addHelpOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"), QStringLiteral("The kiosk configuration file."), QStringLiteral("file"));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"), QStringLiteral("The kiosk's data folder."), QStringLiteral("dir"));
    parser.addOptions({ configOption, dataDirOption });
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (see above)."));
    parser.process(app);

    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return fail(QStringLiteral("give one command; see --help"), kExitUsage);
    const QString command = args.first();
    const QString configPath = parser.value(configOption);

    if (command == QLatin1String("show-identity")) {
        QString dataDir = parser.value(dataDirOption);
        if (dataDir.isEmpty() && !configPath.isEmpty()) {
            auto config = session::AppConfig::load(configPath);
            if (!config)
                return fail(config.error());
            dataDir = config->dataDir;
        }
        if (dataDir.isEmpty())
            return fail(QStringLiteral("show-identity needs --config FILE or --data-dir DIR"), kExitUsage);
        return showIdentity(dataDir);
    }
    if (configPath.isEmpty())
        return fail(QStringLiteral("%1 needs --config FILE").arg(command), kExitUsage);
    if (command == QLatin1String("set-admin-passphrase"))
        return setSecret(configPath, kiosk::SecretKind::AdminPassphrase);
    if (command == QLatin1String("set-volunteer-code"))
        return setSecret(configPath, kiosk::SecretKind::VolunteerCode);
    if (command == QLatin1String("check"))
        return check(configPath);
    return fail(QStringLiteral("unknown command \"%1\"; see --help").arg(command), kExitUsage);
}
