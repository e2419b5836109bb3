// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deskstore.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace harbour::receiver {

// The desk API (docs/protocol.md §18): the organisation's caseworker installations list and fetch
// the envelopes addressed to their organisation and append to and read its case log. Every request
// is signed by a registered desk key (protocol/desksignature.h); the intake checks the signature,
// the time and the nonce, and otherwise reads nothing: the events are sealed to the organisation.
// Independent of the HTTP server (intakeserver.cpp hands it the checked request).
class DeskApi
{
public:
    static constexpr char kPathPrefix[] = "/v1/desk/";
    static constexpr qint64 kMaxBodyBytes = 64 * 1024;
    static constexpr qint64 kMaxSealedEventBytes = 48 * 1024;
    static constexpr int kMaxPage = 500;
    static constexpr qint64 kMaxPageBytes = 8 * 1024 * 1024;
    // Replies waiting in one mailbox (docs/protocol.md §19.3).
    static constexpr int kMaxRepliesPerMailbox = 32;
    // Events one delete request may name (§18.5): 400 of them fit well within kMaxBodyBytes.
    static constexpr int kMaxDeletedEvents = 400;

    struct Answer
    {
        unsigned status = 0;
        QByteArray body;
    };

    // The signature headers of one request, each as it came (empty when missing).
    struct SignedRequest
    {
        QByteArray path;
        QByteArray signatureInput;
        QByteArray signature;
        QByteArray contentDigest;
    };

    // `clock` gives the time in Unix seconds (the tests move it).
    explicit DeskApi(DeskStore &store, std::function<qint64()> clock = {});

    // Whether a desk path exists; unknown ones get 404 before anything else.
    static bool knownPath(const QByteArray &path);

    // Everything that can be judged before the body: the signature's shape, the desk key (known, not
    // revoked) and the timestamp. A refusal, or nullopt to read the body.
    std::optional<Answer> admit(const SignedRequest &request);
    // After the body: its digest, the signature, the nonce; then the request itself.
    Answer handle(const SignedRequest &request, const QByteArray &body);

private:
    Answer listEnvelopes(const DeskStore::Desk &desk, const QByteArray &body);
    Answer appendEvent(const DeskStore::Desk &desk, const QByteArray &body);
    Answer listEvents(const DeskStore::Desk &desk, const QByteArray &body);
    Answer postReply(const DeskStore::Desk &desk, const QByteArray &body);
    Answer withdrawReply(const DeskStore::Desk &desk, const QByteArray &body);
    Answer deleteCase(const DeskStore::Desk &desk, const QByteArray &body);
    std::optional<DeskStore::Desk> signer(const SignedRequest &request, Answer *refusal);

    DeskStore &m_store;
    std::function<qint64()> m_clock;
};

} // namespace harbour::receiver
