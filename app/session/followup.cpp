// SPDX-License-Identifier: GPL-3.0-or-later
#include "followup.h"

#include "crypto/sodium.h"
#include "delivery/forwarder.h"
#include "delivery/mailboxclient.h"
#include "questionnaire/answers.h"
#include "report/report.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QSet>

// Nothing of the code, the keys, a mailbox id or a reply is ever logged here: only that a step
// failed, and how many.
Q_LOGGING_CATEGORY(lcFollowUp, "harbour.followup")

namespace harbour::session {
namespace {

namespace mb = protocol::mailbox;

constexpr char kCodeField[] = "code";
constexpr char kTextField[] = "text";

QString plainSymbols(const QString &typed)
{
    QString out;
    for (const QChar c : typed) {
        if (!c.isSpace() && c != QLatin1Char('-'))
            out += c;
    }
    return out;
}

} // namespace

// What a worker brings back from the intakes.
struct FollowUp::Fetched
{
    mb::Keys keys;
    QList<mb::Reply> replies;
    QList<QList<QByteArray>> ids; // per intake asked, in order
    QList<Intake> asked;
    int unreachable = 0;
    int refused = 0; // listed replies that did not open with the key
    bool derived = false;
};

FollowUp::FollowUp(Organisations organisations, QObject *parent)
    : QObject(parent)
    , m_organisations(std::move(organisations))
    , m_errors(questionnaire::FieldError::staticMetaObject)
    , m_replies(FollowUpReplyRow::staticMetaObject)
{
}

FollowUp::~FollowUp()
{
    ++m_generation;
    m_next = nullptr;
    // A derivation or a request still running: its results are dropped, its copies wiped.
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
    wipeNewCode();
    wipeReading();
}

void FollowUp::setDelivery(store::Outbox *outbox, delivery::Forwarder *forwarder)
{
    m_outbox = outbox;
    m_forwarder = forwarder;
}

void FollowUp::setLanguage(const QString &language)
{
    m_language = language;
    if (m_state == State::Ready)
        showReplies();
}

// --- the worker thread: one job at a time, the next waits for it ---

void FollowUp::startWorker(std::function<void()> work)
{
    if (m_worker) {
        m_next = std::move(work);
        return;
    }
    m_worker = QThread::create(std::move(work));
    connect(m_worker, &QThread::finished, this, &FollowUp::finishWorker);
    m_worker->start();
}

void FollowUp::finishWorker()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    if (m_next) {
        auto next = std::move(m_next);
        m_next = nullptr;
        startWorker(std::move(next));
    }
}

// --- a new code, with a report ---

void FollowUp::setWanted(bool wanted)
{
    if (m_wanted == wanted)
        return;
    wipeNewCode();
    m_wanted = wanted;
    m_prepareError.clear();
    if (wanted) {
        m_newCode = mb::generateCode();
        const quint64 generation = ++m_generation;
        QByteArray code = m_newCode;
        startWorker([this, code, generation]() mutable {
            auto keys = std::make_shared<mb::Keys>();
            auto seed = mb::deriveSeed(code);
            crypto::wipe(code);
            const bool derived = seed.ok();
            if (derived) {
                *keys = mb::keysFromSeed(seed.value());
                crypto::wipe(seed.value());
            }
            QMetaObject::invokeMethod(
                this,
                [this, keys, generation, derived] {
                    if (generation != m_generation || !m_wanted) {
                        keys->wipe();
                        return;
                    }
                    if (!derived) {
                        qCWarning(lcFollowUp) << "a follow-up code's keys could not be derived (memory)";
                        m_prepareError = tr("This device could not make a follow-up code: it needs about "
                                            "256 MB of free memory. Close other apps and try again, or "
                                            "send your report without a code.");
                    } else {
                        // Only the public halves travel with the report; the secret halves are not needed.
                        m_newKeys = *keys;
                        m_newKeys.wipe();
                        m_newKeys.boxSecretKey.clear();
                        m_newKeys.signingSecretKey.clear();
                    }
                    keys->wipe();
                    Q_EMIT newCodeChanged();
                    if (auto then = std::move(m_whenReady)) {
                        m_whenReady = nullptr;
                        then();
                    }
                },
                Qt::QueuedConnection);
        });
    } else {
        ++m_generation;
    }
    Q_EMIT newCodeChanged();
}

QString FollowUp::code() const
{
    return m_sentWithReport ? mb::displayCode(m_newCode) : QString();
}

QString FollowUp::spokenCode() const
{
    if (!m_sentWithReport)
        return {};
    QStringList groups;
    for (qsizetype i = 0; i < m_newCode.size(); i += 4) {
        QStringList symbols;
        for (const char c : m_newCode.mid(i, 4))
            symbols.append(QString(QLatin1Char(c)));
        groups.append(symbols.join(QLatin1StringView(", ")));
    }
    return groups.join(QLatin1StringView(". "));
}

QJsonObject FollowUp::reportMember() const
{
    if (!m_wanted || m_newKeys.signingPublicKey.isEmpty())
        return {};
    return mb::FollowUp::of(m_newKeys).toJson();
}

void FollowUp::reportSent()
{
    if (!m_wanted || m_newKeys.signingPublicKey.isEmpty())
        return;
    m_sentWithReport = true;
    m_newKeys = mb::Keys();
    Q_EMIT newCodeChanged();
}

bool FollowUp::checkTypedBack(const QString &typed)
{
    const auto normalised = mb::normaliseCode(typed);
    m_confirmed
        = normalised.ok() && m_sentWithReport && crypto::equalConstantTime(normalised.value(), m_newCode);
    if (m_confirmed)
        m_checkError.clear();
    else if (plainSymbols(typed).isEmpty())
        m_checkError = tr("Type your follow-up code");
    else
        m_checkError = tr("That is not the same code. Look at each letter and number again.");
    Q_EMIT checkChanged();
    return m_confirmed;
}

void FollowUp::wipeNewCode()
{
    crypto::wipe(m_newCode);
    m_newCode.clear();
    m_newKeys.wipe();
    m_newKeys = mb::Keys();
    m_sentWithReport = false;
    m_confirmed = false;
    m_checkError.clear();
    m_whenReady = nullptr;
}

// --- reading with a code ---

QList<FollowUp::Intake> FollowUp::intakes() const
{
    // Every intake the app knows, once each: the code does not say which organisation holds replies,
    // and asking all of them tells none of them which one the person reported to.
    QList<Intake> out;
    const bool viaTor = m_viaTor();
    for (const directory::Organisation &organisation : m_organisations()) {
        QUrl base = organisation.intake;
        base.setPath({});
        const Intake intake { base, organisation.tlsPins, viaTor ? organisation.onion : QString(), viaTor };
        if (base.isValid() && !out.contains(intake))
            out.append(intake);
    }
    return out;
}

std::unique_ptr<delivery::MailboxClient> FollowUp::clientFor(const Intake &intake, int timeoutMs) const
{
    auto client = std::make_unique<delivery::MailboxClient>(intake.url, intake.pins);
    if (timeoutMs > 0)
        client->setTimeoutMs(timeoutMs);
    if (intake.viaTor)
        client->setTor(m_torSocksPort, intake.onion);
    return client;
}

void FollowUp::askIntakes(Fetched &fetched, const QList<QList<QByteArray>> &deleting, int timeoutMs) const
{
    for (qsizetype i = 0; i < fetched.asked.size(); ++i) {
        const QList<QByteArray> mine = deleting.value(i);
        // Deleting nothing is a fetch: every intake is asked the same way.
        auto answer = clientFor(fetched.asked.at(i), timeoutMs)->remove(fetched.keys, mine);
        fetched.ids.append(answer ? answer->ids : mine);
        if (!answer) {
            ++fetched.unreachable;
            continue;
        }
        fetched.replies += answer->replies;
        fetched.refused += answer->refused;
    }
}

void FollowUp::setTor(std::function<bool()> viaTor, quint16 socksPort)
{
    m_viaTor = std::move(viaTor);
    m_torSocksPort = socksPort;
}

const directory::Organisation *FollowUp::organisationById(
    const QString &id, QList<directory::Organisation> *all) const
{
    *all = m_organisations();
    for (const directory::Organisation &organisation : std::as_const(*all)) {
        if (organisation.id == id)
            return &organisation;
    }
    return nullptr;
}

bool FollowUp::open(const QString &typed)
{
    if (m_state == State::Deriving || m_state == State::Fetching || m_state == State::Deleting)
        return false;
    const auto normalised = mb::normaliseCode(typed);
    if (!normalised) {
        const QString symbols = plainSymbols(typed);
        if (symbols.isEmpty())
            setError(QString::fromLatin1(kCodeField), tr("Enter your follow-up code"));
        else if (symbols.size() != mb::kCodeSymbols)
            setError(QString::fromLatin1(kCodeField),
                tr("Your follow-up code has 20 letters and numbers. Check that you typed all of them, and no "
                   "more."));
        else
            setError(QString::fromLatin1(kCodeField),
                tr("Check your follow-up code: it has a character that codes do not use. Codes use "
                   "the numbers 0 to 9 and the letters A to Z, but not U."));
        return false;
    }
    setError({}, {});
    wipeReading();
    setMessage({});
    QByteArray code = normalised.value();
    const QList<Intake> asked = intakes();
    const quint64 generation = ++m_generation;
    const int timeoutMs = m_timeoutMs;
    setState(State::Deriving);
    startWorker([this, code, asked, generation, timeoutMs]() mutable {
        auto fetched = std::make_shared<Fetched>();
        auto seed = mb::deriveSeed(code);
        crypto::wipe(code);
        if (seed) {
            fetched->keys = mb::keysFromSeed(seed.value());
            crypto::wipe(seed.value());
            fetched->derived = true;
            QMetaObject::invokeMethod(
                this,
                [this, generation] {
                    if (generation == m_generation && m_state == State::Deriving)
                        setState(State::Fetching);
                },
                Qt::QueuedConnection);
            fetched->asked = asked;
            askIntakes(*fetched, {}, timeoutMs);
        }
        QMetaObject::invokeMethod(
            this, [this, fetched, generation] { accept(fetched, generation, false); }, Qt::QueuedConnection);
    });
    return true;
}

void FollowUp::refresh()
{
    if (m_state != State::Ready && m_state != State::Failed)
        return;
    if (m_keys.signingPublicKey.isEmpty())
        return;
    const QList<Intake> asked = intakes();
    const quint64 generation = m_generation;
    const int timeoutMs = m_timeoutMs;
    auto fetched = std::make_shared<Fetched>();
    fetched->keys = m_keys;
    fetched->derived = true;
    fetched->asked = asked;
    setMessage({});
    setState(State::Fetching);
    startWorker([this, fetched, generation, timeoutMs] {
        askIntakes(*fetched, {}, timeoutMs);
        QMetaObject::invokeMethod(
            this, [this, fetched, generation] { accept(fetched, generation, false); }, Qt::QueuedConnection);
    });
}

void FollowUp::deleteReplies()
{
    if (m_state != State::Ready || m_opened.isEmpty())
        return;
    const quint64 generation = m_generation;
    const int timeoutMs = m_timeoutMs;
    auto fetched = std::make_shared<Fetched>();
    fetched->keys = m_keys;
    fetched->derived = true;
    fetched->asked = m_asked;
    const QList<QList<QByteArray>> ids = m_idsByIntake;
    setMessage({});
    setState(State::Deleting);
    startWorker([this, fetched, ids, generation, timeoutMs] {
        askIntakes(*fetched, ids, timeoutMs);
        QMetaObject::invokeMethod(
            this, [this, fetched, generation] { accept(fetched, generation, true); }, Qt::QueuedConnection);
    });
}

void FollowUp::accept(std::shared_ptr<Fetched> fetched, quint64 generation, bool deleted)
{
    if (generation != m_generation) {
        fetched->keys.wipe();
        return;
    }
    if (!fetched->derived) {
        qCWarning(lcFollowUp) << "a follow-up code's keys could not be derived (memory)";
        setMessage(tr("This device does not have enough free memory to open a follow-up code (it needs about "
                      "256 MB). Close other apps and try again."));
        setState(State::Failed);
        return;
    }
    m_keys.wipe();
    m_keys = fetched->keys;
    fetched->keys.wipe();
    m_asked = fetched->asked;
    m_idsByIntake = fetched->ids;
    // A reply that came back after a deletion was not deleted (it arrived meanwhile, or the intake
    // could not be reached): it stays listed.
    m_opened = fetched->replies;
    m_incomplete = fetched->unreachable > 0;
    if (fetched->refused > 0)
        qCWarning(lcFollowUp) << fetched->refused << "listed replies did not open with the code's key";
    m_organisationsReplied.clear();
    for (const mb::Reply &reply : std::as_const(m_opened)) {
        if (!m_organisationsReplied.contains(reply.organisation))
            m_organisationsReplied.append(reply.organisation);
    }
    showReplies();
    if (fetched->unreachable > 0 && fetched->unreachable == fetched->asked.size()) {
        setMessage(tr("Harbour cannot check for replies now. Check that you are connected to the internet "
                      "and try again."));
    } else if (deleted) {
        setMessage(m_opened.isEmpty()
                ? tr("The replies were deleted. Nobody can read them now, even with the code.")
                : tr("Some replies could not be deleted now. Try again later."));
    } else if (fetched->refused > 0) {
        // Altered on the way, or not a reply at all: never shown, but not hidden either.
        setMessage(tr("Some replies could not be opened with this code: they may have been changed on the "
                      "way. They are not shown."));
    }
    setState(State::Ready);
    Q_EMIT opened();
}

void FollowUp::showReplies()
{
    QList<FollowUpReplyRow> rows;
    QList<directory::Organisation> all;
    // British English dates for "en" (the app is for the UK), each language's own otherwise.
    const QLocale locale = m_language == QLatin1StringView("en")
        ? QLocale(QLocale::English, QLocale::UnitedKingdom)
        : QLocale(m_language);
    for (const mb::Reply &reply : std::as_const(m_opened)) {
        const directory::Organisation *organisation = organisationById(reply.organisation, &all);
        FollowUpReplyRow row;
        row.organisation = organisation ? organisation->name.in(m_language) : reply.organisation;
        row.when = locale.toString(reply.at.toLocalTime().date(), QLocale::LongFormat);
        row.text = reply.text;
        row.answered = m_answeredReplies.contains(reply.id);
        rows.append(row);
    }
    m_replies.setRows(rows);
}

QString FollowUp::answeringOrganisation() const
{
    QList<directory::Organisation> all;
    if (m_answering >= 0 && m_answering < m_opened.size()) {
        const QString id = m_opened.at(m_answering).organisation;
        const directory::Organisation *organisation = organisationById(id, &all);
        return organisation ? organisation->name.in(m_language) : id;
    }
    QStringList names;
    for (const QString &id : m_organisationsReplied) {
        const directory::Organisation *organisation = organisationById(id, &all);
        names.append(organisation ? organisation->name.in(m_language) : id);
    }
    return QLocale(m_language).createSeparatedList(names);
}

void FollowUp::startAnswer(int row)
{
    m_answering = row >= 0 && row < m_opened.size() ? row : -1;
    setError({}, {});
    setMessage({});
    Q_EMIT answeringChanged();
}

bool FollowUp::send(Helped helped, const QString &text)
{
    const bool answer = m_answering >= 0 && m_answering < m_opened.size();
    const QString trimmed = text.trimmed();
    QString error;
    if (answer && trimmed.isEmpty() && helped == Helped::Unsaid)
        error = tr("Write your answer, or say whether the response helped");
    else if (!answer && trimmed.isEmpty())
        error = tr("Write what you want to add to your report");
    else if (trimmed.toUtf8().size() > mb::kMaxFollowUpTextBytes)
        error = tr("Your text is too long. Make it shorter.");
    setError(QString::fromLatin1(kTextField), error);
    if (!error.isEmpty())
        return false;
    if (!m_outbox || m_keys.signingPublicKey.isEmpty()) {
        setMessage(tr("Harbour cannot save your answer on this device. Nothing was sent."));
        return false;
    }

    // An answer goes to the organisation that wrote the reply; an addition to every one that replied.
    QList<const mb::Reply *> targets;
    if (answer) {
        targets.append(&m_opened.at(m_answering));
    } else {
        QSet<QString> seen;
        for (const mb::Reply &reply : std::as_const(m_opened)) {
            if (!seen.contains(reply.organisation)) {
                seen.insert(reply.organisation);
                targets.append(&reply);
            }
        }
    }
    if (targets.isEmpty()) {
        setMessage(tr("You can add information once an organisation has replied to you."));
        return false;
    }
    QList<directory::Organisation> all;
    int queued = 0;
    for (const mb::Reply *reply : std::as_const(targets)) {
        const directory::Organisation *organisation = organisationById(reply->organisation, &all);
        if (!organisation) {
            setMessage(tr("Harbour does not know where to send this: the organisation that replied is not in "
                          "its list. Contact them another way and give your reference number."));
            return false;
        }
        mb::FollowUpReport report;
        report.kind = answer ? mb::Kind::Answer : mb::Kind::Addition;
        report.followup = mb::FollowUp::of(m_keys);
        report.caseId = reply->caseId;
        if (answer) {
            report.replyId = reply->id;
            report.helped = mb::Helped(int(helped));
        }
        report.text = trimmed;
        report.language = m_language;
        report.appVersion = QCoreApplication::applicationVersion().left(40);
        if (report.appVersion.isEmpty())
            report.appVersion = QStringLiteral("0");
        report.reportedAt = QDateTime::currentDateTimeUtc();
        // Sealed and sent as the report was: the highest envelope version the intake reads, through
        // Tor when the person chose it (docs/protocol.md §14, §11.7).
        const int version = organisation->envelopeVersions.contains(protocol::kEnvelopeVersion)
            ? protocol::kEnvelopeVersion
            : 1;
        const bool viaTor = m_viaTor();
        delivery::ReportCopy copy { organisation->name.english(), organisation->intake,
            organisation->publicKey, organisation->tlsPins, {}, version, viaTor,
            viaTor ? organisation->onion : QString() };
        const QString reference = report::newReference();
        auto sent = delivery::queueFollowUp(
            m_outbox, report, m_keys, std::move(copy), reference, QDateTime::currentMSecsSinceEpoch());
        if (!sent) {
            qCWarning(lcFollowUp) << "an answer could not be queued:"
                                  << (sent.errorKind() == ErrorKind::Refused ? "sealing refused"
                                                                             : "the outbox refused it");
            setMessage(tr("Your answer could not be saved for sending. Your device may be full. Nothing was "
                          "sent."));
            return false;
        }
        m_pending.append(reference);
        ++queued;
    }
    if (answer)
        m_answeredReplies.insert(m_opened.at(m_answering).id);
    showReplies();
    setMessage(answer ? tr("Your answer is saved. Harbour will send it as soon as it can.")
                      : tr("What you added is saved. Harbour will send it as soon as it can."));
    if (m_forwarder)
        m_forwarder->kick();
    m_answering = -1;
    Q_EMIT answeringChanged();
    Q_EMIT answerQueued();
    return queued > 0;
}

void FollowUp::delivered(const QString &reference)
{
    if (!m_pending.removeOne(reference))
        return;
    if (m_pending.isEmpty())
        setMessage(tr("Sent. The organisation has your answer now."));
}

void FollowUp::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void FollowUp::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

// One problem at a time on these pages: the field's message and the error summary's one link.
void FollowUp::setError(const QString &field, const QString &error)
{
    const QString code = field == QLatin1StringView(kCodeField) ? error : QString();
    const QString text = field == QLatin1StringView(kTextField) ? error : QString();
    QList<questionnaire::FieldError> errors;
    if (!error.isEmpty())
        errors.append({ field, error });
    m_errors.setRows(errors);
    if (m_codeError != code || m_textError != text) {
        m_codeError = code;
        m_textError = text;
        Q_EMIT errorsChanged();
    }
}

void FollowUp::wipeReading()
{
    m_keys.wipe();
    m_keys = mb::Keys();
    for (mb::Reply &reply : m_opened)
        reply.text.fill(QLatin1Char(' '));
    m_opened.clear();
    m_idsByIntake.clear();
    m_asked.clear();
    m_answeredReplies.clear();
    m_organisationsReplied.clear();
    m_pending.clear();
    m_incomplete = false;
    m_answering = -1;
    m_replies.setRows(QList<FollowUpReplyRow>());
}

void FollowUp::clear()
{
    ++m_generation;
    m_next = nullptr;
    const bool hadCode = m_wanted || !m_newCode.isEmpty();
    m_wanted = false;
    m_prepareError.clear();
    wipeNewCode();
    wipeReading();
    setError({}, {});
    setMessage({});
    setState(State::Idle);
    if (hadCode)
        Q_EMIT newCodeChanged();
    Q_EMIT checkChanged();
    Q_EMIT answeringChanged();
}

} // namespace harbour::session
