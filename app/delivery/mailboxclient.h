// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "protocol/mailbox.h"
#include "reportsender.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

// The reporter's side of the way back (docs/protocol.md §19): fetch the replies waiting in the
// follow-up mailbox, open them on the device, delete them at the intake once kept, and queue an
// answer or addition through the outbox like a report, so it is sent when there is a network.
//
// Requests block until answered (a local event loop): the UI calls them from a worker thread.
// Nothing here logs, and no error message holds the code, a key, the mailbox id or a reply.
namespace harbour::delivery {

class MailboxClient
{
public:
    static constexpr int kDefaultTimeoutMs = 30000;
    // 32 replies of at most 32 KiB, in base64, padded: well under this.
    static constexpr qint64 kMaxAnswerBytes = 2 * 1024 * 1024;

    // `intake`: the intake's base URL (the directory's intake URL without its path is fine: the
    // mailbox paths replace it). `pins`: raw SHA-256 pins of its TLS key (§11.4), empty for none.
    explicit MailboxClient(const QUrl &intake, const QList<QByteArray> &pins = {});
    ~MailboxClient();
    MailboxClient(const MailboxClient &) = delete;
    MailboxClient &operator=(const MailboxClient &) = delete;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setCaCertificates(const QList<QSslCertificate> &certificates) { m_caCertificates = certificates; }
    // Through tor's SOCKS5 port on 127.0.0.1, as envelopes the person chose to send through Tor go
    // (docs/protocol.md §11.7); to `onion` when the intake has one (empty: its own address).
    void setTor(quint16 socksPort, const QString &onion);

    struct Fetched
    {
        QList<protocol::mailbox::Reply> replies; // opened, oldest first
        QList<QByteArray> ids; // every id listed, opened or not (what to delete once kept)
        int refused = 0; // listed but did not open with this code's key: altered, or not a reply
    };
    Result<Fetched> fetch(const protocol::mailbox::Keys &keys);
    // Deletes these replies at the intake and returns what is left.
    Result<Fetched> remove(const protocol::mailbox::Keys &keys, const QList<QByteArray> &ids);

private:
    Result<Fetched> request(
        const QByteArray &path, const protocol::mailbox::Keys &keys, const QList<QByteArray> &ids);
    Result<QByteArray> post(const QByteArray &path, const QByteArray &body,
        const protocol::mailbox::Keys &keys, int *difficultyAsked);

    std::unique_ptr<QNetworkAccessManager> m_network;
    QUrl m_intake;
    QList<QByteArray> m_pins;
    int m_difficulty;
    int m_timeoutMs = kDefaultTimeoutMs;
    std::optional<QList<QSslCertificate>> m_caCertificates;
    QString m_onion;
};

// Seals an answer or addition (§19.5) to the organisation of `copy` and queues it in the outbox under
// `reference`, as a report is: the forwarder sends it when there is a network. `copy.reportJson` is
// ignored (the follow-up is written here, signed with the mailbox key).
Result<void> queueFollowUp(store::Outbox *outbox, const protocol::mailbox::FollowUpReport &report,
    const protocol::mailbox::Keys &keys, ReportCopy copy, const QString &reference, qint64 nowMs);

} // namespace harbour::delivery
