// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "deskapi.h"
#include "deskstore.h"

#include <QByteArray>

#include <chrono>
#include <functional>
#include <mutex>
#include <optional>

namespace harbour::receiver {

// The reporters' side of the follow-up mailboxes (docs/protocol.md §19.3): fetch the replies waiting
// in a mailbox, or delete some and fetch the rest. Every request is signed by the mailbox's own
// key (the mailbox id is derived from the key in the body, so a request can only be for the
// mailbox of the key that signed it), carries an admission proof bound to its nonce and passes a
// global token bucket. Every refusal is decided before the mailbox is looked up, and an unknown
// mailbox is answered exactly as an empty one: nothing here tells whether a mailbox exists.
class MailboxApi
{
public:
    static constexpr char kPathPrefix[] = "/v1/mailbox/";
    static constexpr qint64 kMaxBodyBytes = 4096;
    static constexpr int kMaxDeleteIds = 64;

    struct Settings
    {
        double ratePerSecond = 20; // mailbox requests of all senders together
        double burst = 100;
        int retentionDays = 90; // replies older than this are deleted, read or not
    };

    MailboxApi(DeskStore &store, Settings settings, std::function<qint64()> clock = {});

    static bool knownPath(const QByteArray &path);

    // Before the body: the rate, the signature's shape and time, the admission proof (the header's
    // value, how many times it came, and the intake's current difficulty). nullopt: read the body.
    std::optional<DeskApi::Answer> admit(
        const DeskApi::SignedRequest &request, const QByteArray &proof, int proofHeaders, int difficulty);
    // After the body: its form, the key, the digest, the signature, the nonce; then the answer.
    DeskApi::Answer handle(const DeskApi::SignedRequest &request, const QByteArray &body);

private:
    bool takeToken();

    DeskStore &m_store;
    Settings m_settings;
    std::function<qint64()> m_clock;
    std::mutex m_bucketMutex;
    double m_tokens = 0;
    std::chrono::steady_clock::time_point m_refilled;
};

} // namespace harbour::receiver
