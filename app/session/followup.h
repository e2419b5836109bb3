// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "directory/directory.h"
#include "flow/rowmodel.h"
#include "protocol/mailbox.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QUrl>

#include <functional>
#include <memory>

namespace harbour::store {
class Outbox;
}
namespace harbour::delivery {
class Forwarder;
class MailboxClient;
}

namespace harbour::session {

// A reply as the replies page shows it (FollowUp::replies): text for the screen, never for a log.
struct FollowUpReplyRow
{
    Q_GADGET
    Q_PROPERTY(QString organisation MEMBER organisation)
    Q_PROPERTY(QString when MEMBER when)
    Q_PROPERTY(QString text MEMBER text)
    Q_PROPERTY(bool answered MEMBER answered)

public:
    QString organisation; // its name in the person's language, or the id the reply gave
    QString when; // the date, in the person's language
    QString text;
    bool answered = false;
    bool operator==(const FollowUpReplyRow &) const = default;
};

// The way back on the reporter's device (docs/protocol.md §13, §19.7).
//
// With a report: the person asks for a follow-up code on the contact page; a code is made and its
// keys derived at once on a worker thread (Argon2id MODERATE, 256 MiB, seconds on a phone), so that
// the report can carry the public half (`followup`) when it is sent. The confirmation page shows
// the code, reads it aloud and has the person type it back once.
//
// Later, from any device: the person types the code (forgiving of spaces, case, O/0 and I/L/1); the
// keys are derived on the worker thread, every intake the app knows is asked for the mailbox's
// replies, and the replies are opened here. The person answers a reply (and says whether the
// response helped) or adds to the report: sealed to the organisation that replied and queued in
// the outbox like a report, sent when there is a network. Replies are deleted at the intake only
// when the person asks.
//
// The code, the keys and the replies live in memory only: never logged, never written to a file,
// wiped by clear() (Exit, idle, Finish). A kiosk session ends in a fresh process anyway.
class FollowUp : public QObject
{
    Q_OBJECT
    // --- a new code, with a report ---
    Q_PROPERTY(bool wanted READ wanted WRITE setWanted NOTIFY newCodeChanged)
    // The keys of the new code are being derived.
    Q_PROPERTY(bool preparing READ preparing NOTIFY newCodeChanged)
    // The new code, in groups of four ("K82Q-V992-78T6-CAJ1-0HKB"); empty until the report was sent
    // with it.
    Q_PROPERTY(QString code READ code NOTIFY newCodeChanged)
    // The code as a screen reader or read-aloud says it: one symbol at a time, a pause between groups.
    Q_PROPERTY(QString spokenCode READ spokenCode NOTIFY newCodeChanged)
    // The person typed the code back and it matched.
    Q_PROPERTY(bool confirmed READ confirmed NOTIFY checkChanged)
    Q_PROPERTY(QString checkError READ checkError NOTIFY checkChanged)
    // Why the new code could not be made (no memory), for the contact page.
    Q_PROPERTY(QString prepareError READ prepareError NOTIFY newCodeChanged)

    // --- reading with a code ---
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    // The problem with the typed code (the field's message and the error summary's link).
    Q_PROPERTY(QString codeError READ codeError NOTIFY errorsChanged)
    // The problem with an answer's or addition's text.
    Q_PROPERTY(QString textError READ textError NOTIFY errorsChanged)
    Q_PROPERTY(harbour::questionnaire::RowModel *errors READ errors CONSTANT)
    Q_PROPERTY(harbour::questionnaire::RowModel *replies READ replies CONSTANT)
    // What happened last (no connection, answer saved, replies deleted), for the replies page.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    // The reply being answered (its row), or -1 for an addition.
    Q_PROPERTY(int answering READ answering NOTIFY answeringChanged)
    Q_PROPERTY(QString answeringOrganisation READ answeringOrganisation NOTIFY answeringChanged)
    // Some intake could not be asked: what is shown may not be everything.
    Q_PROPERTY(bool incomplete READ incomplete NOTIFY stateChanged)

public:
    enum class State { Idle, Deriving, Fetching, Ready, Failed, Deleting };
    Q_ENUM(State)
    // As the protocol's Helped (§19.5): whether the response helped.
    enum class Helped { Unsaid, Yes, Partly, No };
    Q_ENUM(Helped)

    // Where to send answers and where to fetch: the organisations the app knows (the directory's,
    // or fixed recipients in a test configuration).
    using Organisations = std::function<QList<directory::Organisation>()>;
    FollowUp(Organisations organisations, QObject *parent = nullptr);
    ~FollowUp() override;

    // The outbox and forwarder answers go through, once the session has opened them.
    void setDelivery(store::Outbox *outbox, delivery::Forwarder *forwarder);
    void setLanguage(const QString &language);
    // Whether the person chose to send through Tor (asked at each look at the mailbox and each
    // answer), and tor's SOCKS port: fetches, deletions and answers then go as envelopes do (§11.7).
    void setTor(std::function<bool()> viaTor, quint16 socksPort);
    // Test seam: a client's wait for an intake (default delivery::MailboxClient's).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    bool wanted() const { return m_wanted; }
    void setWanted(bool wanted);
    bool preparing() const
    {
        return m_wanted && m_newKeys.signingPublicKey.isEmpty() && m_prepareError.isEmpty();
    }
    QString code() const;
    QString spokenCode() const;
    bool confirmed() const { return m_confirmed; }
    QString checkError() const { return m_checkError; }
    QString prepareError() const { return m_prepareError; }

    // For the report: true when no code is wanted or its keys are ready.
    bool readyToSend() const { return !m_wanted || !m_newKeys.signingPublicKey.isEmpty(); }
    // The report member `followup` (§19.2), empty when no code is wanted.
    QJsonObject reportMember() const;
    // The report was sent with the code: the keys are no longer needed, the code is shown.
    void reportSent();
    // Called once the keys of a wanted code are ready (the session then sends if it was asked to).
    void whenReady(std::function<void()> then) { m_whenReady = std::move(then); }
    // The person types the code back on the confirmation page.
    Q_INVOKABLE bool checkTypedBack(const QString &typed);

    State state() const { return m_state; }
    QString codeError() const { return m_codeError; }
    QString textError() const { return m_textError; }
    questionnaire::RowModel *errors() { return &m_errors; }
    questionnaire::RowModel *replies() { return &m_replies; }
    QString message() const { return m_message; }
    int answering() const { return m_answering; }
    QString answeringOrganisation() const;
    bool incomplete() const { return m_incomplete; }

    // The start page's "I have a follow-up code": checks the code as typed and, if it can be one,
    // derives the keys and fetches the replies. False (codeError) when it cannot be a code.
    Q_INVOKABLE bool open(const QString &typed);
    // Fetches again with the keys already derived.
    Q_INVOKABLE void refresh();
    // Answering reply `row`, or (-1) adding information to the report.
    Q_INVOKABLE void startAnswer(int row);
    // Seals the answer (or addition) and queues it in the outbox. False with `message` (and errors)
    // when it cannot be sent: nothing written, or nowhere to send it.
    Q_INVOKABLE bool send(harbour::session::FollowUp::Helped helped, const QString &text);
    // Asks every intake to delete the replies shown.
    Q_INVOKABLE void deleteReplies();
    // Organisations that replied: an addition goes to them.
    Q_INVOKABLE bool canAdd() const { return !m_organisationsReplied.isEmpty(); }

    // Forgets everything: code, keys, replies, messages (Exit, idle, Finish).
    void clear();
    // An answer queued under this reference reached its intake.
    void delivered(const QString &reference);

Q_SIGNALS:
    void newCodeChanged();
    void checkChanged();
    void stateChanged();
    void errorsChanged();
    void messageChanged();
    void answeringChanged();
    // The code opened a mailbox (with or without replies): the replies page should show.
    void opened();
    // An answer or addition was queued: back to the replies.
    void answerQueued();

private:
    struct Intake
    {
        QUrl url;
        QList<QByteArray> pins;
        QString onion; // through Tor to this onion address, when it has one
        bool viaTor = false;
        bool operator==(const Intake &) const = default;
    };
    struct Fetched; // what a worker brings back
    QList<Intake> intakes() const;
    // A client for one look at one intake's mailbox, sent the way the person chose.
    std::unique_ptr<delivery::MailboxClient> clientFor(const Intake &intake, int timeoutMs) const;
    // On the worker: asks every intake in `fetched.asked` for the mailbox (deleting `deleting[i]` at
    // intake i first, when given) and gathers the answers into `fetched`.
    void askIntakes(Fetched &fetched, const QList<QList<QByteArray>> &deleting, int timeoutMs) const;
    const directory::Organisation *organisationById(
        const QString &id, QList<directory::Organisation> *all) const;
    void startWorker(std::function<void()> work);
    void finishWorker();
    void setState(State state);
    void setMessage(const QString &message);
    void setError(const QString &field, const QString &error);
    void accept(std::shared_ptr<Fetched> fetched, quint64 generation, bool deleted);
    void showReplies();
    void wipeNewCode();
    void wipeReading();

    Organisations m_organisations;
    store::Outbox *m_outbox = nullptr;
    QPointer<delivery::Forwarder> m_forwarder;
    QString m_language = QStringLiteral("en");
    std::function<bool()> m_viaTor = [] { return false; };
    quint16 m_torSocksPort = 0;
    int m_timeoutMs = 0;
    QThread *m_worker = nullptr;
    std::function<void()> m_next; // work waiting for the worker to finish
    quint64 m_generation = 0; // bumped by clear(): late results of an earlier session are dropped

    // a new code
    bool m_wanted = false;
    QByteArray m_newCode; // normalised
    protocol::mailbox::Keys m_newKeys; // public halves kept for the report; secret halves wiped
    bool m_sentWithReport = false;
    bool m_confirmed = false;
    QString m_checkError;
    QString m_prepareError;
    std::function<void()> m_whenReady;

    // reading
    State m_state = State::Idle;
    protocol::mailbox::Keys m_keys;
    QList<protocol::mailbox::Reply> m_opened;
    QList<QList<QByteArray>> m_idsByIntake; // what to delete, per intake (in intakes() order)
    QList<Intake> m_asked;
    QSet<QByteArray> m_answeredReplies;
    QStringList m_organisationsReplied;
    QStringList m_pending; // references of answers queued and not yet delivered
    QString m_codeError;
    QString m_textError;
    QString m_message;
    int m_answering = -1;
    bool m_incomplete = false;
    questionnaire::RowModel m_errors;
    questionnaire::RowModel m_replies;
};

} // namespace harbour::session
