// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryFile>
#include <QUrl>

#include <memory>

// Runs the real receiver binaries from the build tree, for receiver and end-to-end tests.
namespace harbour::testsupport {

// HARBOUR_BINARY_DIR "/bin/" + name.
QString binaryPath(const QString &name);

// Writes a new organisation key (under passphrase) with `harbour-inbox keygen` into dir and
// returns the key file's path (its public half is path + ".pub"); empty on failure (with a warning).
QString makeOrganisationKey(const QString &dir, const QByteArray &passphrase);

// The raw 32-byte public key from keyFile + ".pub" (or from keyFile itself if it is the .pub);
// empty on failure.
QByteArray publicKeyOf(const QString &keyFile);

// The admission difficulty test intakes ask for unless a test says otherwise (--admission-difficulty
// in start()'s extra arguments wins): a few hashes per envelope, so tests that send thousands stay
// fast. The admission tests and benchmarks run at the real default.
inline constexpr int kTestAdmissionDifficulty = 2;

// A harbour-intake process listening on 127.0.0.1.
class IntakeProcess
{
public:
    IntakeProcess();
    ~IntakeProcess(); // stops it
    IntakeProcess(const IntakeProcess &) = delete;
    IntakeProcess &operator=(const IntakeProcess &) = delete;

    // Starts the intake and waits (10 s at most) for its listening line; port 0 picks a free port.
    // Extra arguments (e.g. {"--max-body", "4096"}) go after the others.
    bool start(const QString &storePath, const QStringList &publicKeyFiles, quint16 port = 0,
        const QStringList &extraArguments = {});
    void stop(); // SIGTERM, then waits for it to exit (SIGKILL after 10 s)
    void kill(); // SIGKILL, as a crash or power cut would

    bool isRunning() const;
    // After stop(): true when the intake exited by itself with status 0.
    bool exitedCleanly() const;
    quint16 port() const { return m_port; }
    qint64 processId() const; // 0 when not running
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QUrl envelopesUrl() const; // http://127.0.0.1:PORT/v1/envelopes
    // Everything it printed so far (stdout and stderr), for checks that no IP or user agent is logged.
    QByteArray output() const;

private:
    std::unique_ptr<QProcess> m_process;
    // Its output goes to a file, not a pipe: a test blocked waiting on another process does not
    // read pipes, and an intake whose pipe filled (64 KiB of log lines) stopped serving.
    std::unique_ptr<QTemporaryFile> m_log;
    quint16 m_port = 0;
};

// Envelopes in an intake store; 0 when the file does not exist yet, -1 when it cannot be read.
int storedEnvelopeCount(const QString &storePath);

struct InboxResult
{
    int exitCode = -1; // -1 when it crashed or timed out
    QByteArray out;
    QByteArray err;
};

// Runs harbour-inbox with args, HARBOUR_INBOX_PASSPHRASE=passphrase (keygen's) and
// HARBOUR_DESK_PASSPHRASE=deskPassphrase (each unset when empty), with no terminal, so it can never
// stop to prompt.
InboxResult runInbox(const QStringList &args, const QByteArray &passphrase,
    const QByteArray &deskPassphrase = {}, int timeoutMs = 60000);

} // namespace harbour::testsupport
