// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "listing.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QUrl>

#include <memory>
#include <optional>

class QNetworkAccessManager;

// The desk's side of the intake's desk API (docs/protocol.md §18.3): every request a signed POST
// (§18.2), every answer read strictly, every refusal a clear message. Calls block until the answer
// (a local event loop), so the desk's UI makes them from a worker thread, never the GUI thread.
//
// What the intake sees of a desk, besides the signed body: one constant User-Agent, an empty
// Accept-Language, no cookies, no cache, no redirects followed. Qt 6.4 adds the system's languages
// as Accept-Language to every request whose header is unset or set to "" (which would tell the
// intake which language each caseworker uses); a value of one space is sent as "Accept-Language: "
// followed by it, which HTTP reads as an empty value (RFC 9110 §5.5: surrounding white space is not
// part of the value). tst_deskclient checks what arrives under a Polish locale.
namespace harbour::desk {

class DeskClient
{
public:
    static constexpr char kUserAgent[] = "Harbour-Desk";
    static constexpr char kAcceptLanguage[] = " ";
    static constexpr int kDefaultTimeoutMs = 30000;
    // The intake sends at most 8 MiB of envelopes a page (§18.3); base64 and JSON around them.
    static constexpr qint64 kMaxAnswerBytes = 16 * 1024 * 1024;
    static constexpr int kPageLimit = 100;

    // `intake`: the intake's base URL (scheme, host, port; §18's paths go under its path).
    DeskClient(const QUrl &intake, const QByteArray &deskSecretKey);
    ~DeskClient();
    DeskClient(const DeskClient &) = delete;
    DeskClient &operator=(const DeskClient &) = delete;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // The CAs an https intake's certificate must chain to (default: the system's).
    void setCaCertificates(const QList<QSslCertificate> &certificates) { m_caCertificates = certificates; }

    Result<EnvelopePage> listEnvelopes(qint64 after, int limit = kPageLimit);
    // One envelope's wire form; ErrorKind::NotFound when the intake has none for this organisation.
    Result<QByteArray> fetchEnvelope(const QByteArray &idHex);
    struct Appended
    {
        qint64 seq = 0;
        bool alreadyAppended = false; // the same id and bytes were appended before (200, not 201)
    };
    Result<Appended> appendEvent(const QByteArray &idHex, const QByteArray &sealed);
    Result<EventPage> listEvents(qint64 after, int limit = kPageLimit);
    // A reply sealed to a reporter's mailbox (docs/protocol.md §19.4); true when it was stored
    // before (the same id and bytes again). A full mailbox is ErrorKind::Refused.
    Result<bool> postReply(const QByteArray &idHex, const QByteArray &mailboxId, const QByteArray &sealed);
    // Deleting a case at the intake (§18.5): its envelope and the named events (hex id, 32-byte
    // hash), at most kMaxDeletedEvents. ErrorKind::NotFound when an event is not the organisation's.
    static constexpr int kMaxDeletedEvents = 400;
    struct NamedEvent
    {
        QByteArray idHex;
        QByteArray hash;
    };
    struct Deleted
    {
        bool envelope = false; // deleted now; false: the intake holds none with this id for us
        int events = 0; // erased now
    };
    Result<Deleted> deleteCase(const QByteArray &envelopeIdHex, const QList<NamedEvent> &events);

private:
    struct Answer
    {
        int status = 0;
        QByteArray body;
    };
    // Signs and sends one request; a failure here is the network's or the intake's refusal.
    Result<Answer> post(const QByteArray &path, const QByteArray &body);

    std::unique_ptr<QNetworkAccessManager> m_network;
    QUrl m_intake;
    QByteArray m_deskSecretKey;
    int m_timeoutMs = kDefaultTimeoutMs;
    std::optional<QList<QSslCertificate>> m_caCertificates;
};

} // namespace harbour::desk
