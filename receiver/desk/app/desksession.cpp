// SPDX-License-Identifier: GPL-3.0-or-later
#include "desksession.h"

#include "core/caseactions.h"
#include "core/deskclient.h"
#include "core/desksync.h"
#include "crypto/sodium.h"
#include "queuemodel.h"
#include "report/reportformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace harbour::desk {
namespace {

QString g_dataDirectory;
int g_defaultIdleSeconds = 600;

// "what_happened" -> "What happened": the member's name as a heading when no question text is at hand.
QString readableName(const QString &member)
{
    QString text = member;
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

// An answer as one line: lists joined with "; ", objects as "name: value" pairs.
QString answerText(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << answerText(item);
        return items.join(QStringLiteral("; "));
    }
    if (value.isObject()) {
        QStringList items;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            items << QStringLiteral("%1: %2").arg(readableName(it.key()), answerText(it.value()));
        return items.join(QStringLiteral("; "));
    }
    if (value.isBool())
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return value.toString();
}

QString yesNoUnknown(const std::optional<bool> &value)
{
    return value ? (*value ? QStringLiteral("yes") : QStringLiteral("no")) : QStringLiteral("unknown");
}

} // namespace

DeskSession::DeskSession(QObject *parent)
    : QObject(parent)
    , m_queue(new QueueModel(this))
    , m_idleSeconds(g_defaultIdleSeconds)
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (unlocked()) {
            lock();
            setMessage(tr("The desk locked itself after %n minute(s) without use.", nullptr,
                std::max(1, m_idleSeconds / 60)));
        }
    });
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

DeskSession::~DeskSession()
{
    lock();
}

void DeskSession::setDataDirectory(const QString &dir)
{
    g_dataDirectory = dir;
}

QString DeskSession::dataDirectory()
{
    if (!g_dataDirectory.isEmpty())
        return g_dataDirectory;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/desk");
}

void DeskSession::setDefaultIdleSeconds(int seconds)
{
    g_defaultIdleSeconds = seconds;
}

QString DeskSession::deskName() const
{
    return m_store ? QString::fromLatin1(m_store->deskKeyId().left(8)) : QString();
}

void DeskSession::setIdleSeconds(int seconds)
{
    seconds = std::clamp(seconds, 5, 24 * 3600);
    if (seconds == m_idleSeconds)
        return;
    m_idleSeconds = seconds;
    if (unlocked())
        m_idle.start(m_idleSeconds * 1000);
    Q_EMIT idleSecondsChanged();
}

bool DeskSession::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        if (unlocked())
            m_idle.start(m_idleSeconds * 1000);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void DeskSession::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void DeskSession::setMessage(const QString &message)
{
    if (message == m_message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

bool DeskSession::unlock(const QString &passphrase)
{
    if (unlocked())
        return true;
    if (passphrase.isEmpty()) {
        setMessage(tr("Enter the desk's passphrase."));
        return false;
    }
    setBusy(true);
    QByteArray bytes = passphrase.toUtf8();
    auto opened = CaseStore::open(dataDirectory(), bytes);
    crypto::wipe(bytes);
    setBusy(false);
    if (!opened) {
        setMessage(opened.errorKind() == ErrorKind::Refused
                ? tr("That passphrase does not open this desk. Check it and try again.")
                : opened.errorKind() == ErrorKind::NotFound
                ? tr("There is no desk in %1 yet. Set one up with harbour-desk-sync init.")
                      .arg(dataDirectory())
                : tr("The desk cannot be opened: %1").arg(opened.error()));
        return false;
    }
    m_store = std::move(opened.value());
    setMessage(QString());
    m_idle.start(m_idleSeconds * 1000);
    Q_EMIT unlockedChanged();
    reload();
    sync();
    return true;
}

void DeskSession::lock()
{
    m_idle.stop();
    if (!m_store)
        return;
    m_queue->clear();
    m_store.reset();
    m_junk = 0;
    Q_EMIT unlockedChanged();
    Q_EMIT syncedChanged();
}

bool DeskSession::sync()
{
    if (!m_store || m_busy)
        return false;
    setBusy(true);
    DeskClient client(m_store->intake(), m_store->deskSecretKey());
    DeskSync sync(*m_store, client);
    auto figures = sync.syncAll();
    setBusy(false);
    if (!m_store)
        return false; // locked while waiting
    if (!figures) {
        setMessage(tr("Could not reach the intake to sync; the desk shows what it already has. (%1)")
                       .arg(figures.error()));
        reload();
        return false;
    }
    m_lastSync = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm"));
    setMessage(figures->envelopes + figures->events > 0
            ? tr("Synced: %n new report(s)", nullptr, figures->envelopes)
                + tr(", %n case change(s).", nullptr, figures->events)
            : tr("Synced: nothing new."));
    reload();
    return true;
}

void DeskSession::reload()
{
    if (!m_store)
        return;
    QList<QueueModel::Row> rows;
    for (int offset = 0;; offset += kMaxListingLimit) {
        auto page = m_store->reports({ std::nullopt, offset, kMaxListingLimit });
        if (!page) {
            setMessage(page.error());
            return;
        }
        for (const ReportListing &listing : page.value()) {
            QueueModel::Row row;
            row.state = listing.state;
            row.origin = listing.origin;
            QByteArray json = m_store->reportJson(listing.state.id).value_or(QByteArray());
            auto report = report::readReport(json);
            crypto::wipe(json);
            if (report) {
                const report::ReportFacts facts = report::factsFromReport(report.value());
                row.reference = report->reference;
                row.triage = facts.triage.isEmpty() ? QStringLiteral("unknown") : facts.triage;
                row.urgent = facts.urgent;
                row.strands = facts.strands;
                row.area = facts.area;
                row.online = report->flags.cyberEnabled.value_or(false);
                row.repeatVictim = report->flags.repeatVictim.value_or(false);
                for (auto it = report->answers.begin(); it != report->answers.end(); ++it)
                    row.text += answerText(it.value()).toLower() + u'\n';
            }
            rows.append(std::move(row));
        }
        if (page->size() < kMaxListingLimit)
            break;
    }
    m_queue->setRows(std::move(rows));
    auto counts = m_store->counts();
    m_junk = counts ? counts->junk : 0;
    Q_EMIT syncedChanged();
}

QVariantMap DeskSession::openCase(const QString &caseId)
{
    if (!m_store)
        return {};
    auto details = caseDetails(*m_store, caseId.toLatin1());
    if (!details) {
        setMessage(details.error());
        return {};
    }
    auto listing = m_store->listing(caseId.toLatin1());
    const CaseState &state = details->state;
    QVariantMap out;
    out.insert(QStringLiteral("caseId"), caseId);
    out.insert(QStringLiteral("status"), caseStatusName(state.status));
    out.insert(QStringLiteral("recordOnly"), state.recordOnly);
    out.insert(QStringLiteral("closedReason"), state.closedReason);
    out.insert(QStringLiteral("owner"), state.owner);
    out.insert(QStringLiteral("nextAction"), state.nextAction);
    out.insert(QStringLiteral("due"), state.due.isValid() ? state.due.toString(Qt::ISODate) : QString());
    out.insert(QStringLiteral("received"), state.stored);
    out.insert(QStringLiteral("highRisk"), state.highRisk);
    QString origin = QStringLiteral("personal");
    QString kiosk;
    if (listing && listing->has_value()) {
        origin = originName(listing->value().origin);
        if (!listing->value().kioskKey.isEmpty()) {
            auto kiosks = m_store->kiosks();
            for (const Kiosk &k : kiosks.value_or(QList<Kiosk>())) {
                if (k.publicKey == listing->value().kioskKey)
                    kiosk = k.name;
            }
        }
    }
    out.insert(QStringLiteral("origin"), origin);
    out.insert(QStringLiteral("kioskName"), kiosk);
    QVariantList answers;
    QVariantList flags;
    QVariantList routing;
    QVariantList contact;
    if (details->report) {
        const report::ReportDocument &r = *details->report;
        out.insert(QStringLiteral("reference"), r.reference);
        out.insert(QStringLiteral("language"), r.language);
        out.insert(QStringLiteral("mode"), r.mode);
        const auto pair = [](const QString &name, const QString &value) {
            return QVariantMap { { QStringLiteral("name"), name }, { QStringLiteral("value"), value } };
        };
        for (auto it = r.answers.begin(); it != r.answers.end(); ++it)
            answers << pair(readableName(it.key()), answerText(it.value()));
        flags << pair(tr("triage"), r.flags.triage.value_or(QStringLiteral("unknown")))
              << pair(tr("urgent"), yesNoUnknown(r.flags.urgent))
              << pair(tr("strands"), r.flags.strands.value_or(QStringList()).join(QStringLiteral(", ")))
              << pair(tr("local strands"),
                     r.flags.localStrands.value_or(QStringList()).join(QStringLiteral(", ")))
              << pair(tr("online (cyber-enabled)"), yesNoUnknown(r.flags.cyberEnabled))
              << pair(tr("repeat victim"), yesNoUnknown(r.flags.repeatVictim));
        if (r.routing) {
            routing << pair(tr("the reporter asked for"), r.routing->request)
                    << pair(tr("sent to"), r.routing->sentTo.join(QStringLiteral(", ")))
                    << pair(tr("contact"), r.routing->contact)
                    << pair(tr("multi-agency sharing"), r.routing->multiAgencyConsent);
        }
        if (details->contactShown && r.contact) {
            contact << pair(tr("name"), r.contact->name) << pair(tr("phone"), r.contact->phone)
                    << pair(tr("email"), r.contact->email) << pair(tr("safe times"), r.contact->safeTimes)
                    << pair(tr("leave a message"), r.contact->leaveMessage);
        }
    }
    out.insert(QStringLiteral("answers"), answers);
    out.insert(QStringLiteral("flags"), flags);
    out.insert(QStringLiteral("routing"), routing);
    out.insert(QStringLiteral("contact"), contact);
    out.insert(QStringLiteral("contactShown"), details->contactShown);
    out.insert(QStringLiteral("problems"), details->problems);
    QVariantList notes;
    for (const CaseNote &note : details->notes)
        notes << QVariantMap { { QStringLiteral("at"), note.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) },
            { QStringLiteral("desk"), QString::fromLatin1(note.desk.left(8)) },
            { QStringLiteral("text"), note.text } };
    out.insert(QStringLiteral("notes"), notes);
    QVariantList history;
    for (const HistoryEntry &entry : details->history)
        history << QVariantMap { { QStringLiteral("at"),
                                     entry.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) },
            { QStringLiteral("desk"), QString::fromLatin1(entry.desk.left(8)) },
            { QStringLiteral("what"), eventTypeName(entry.type) } };
    out.insert(QStringLiteral("history"), history);
    return out;
}

bool DeskSession::change(const QString &caseId, const std::function<Result<qint64>(CaseActions &)> &action)
{
    if (!m_store || m_busy)
        return false;
    setBusy(true);
    DeskClient client(m_store->intake(), m_store->deskSecretKey());
    CaseActions actions(*m_store, client);
    auto done = action(actions);
    setBusy(false);
    if (!m_store)
        return false;
    if (!done) {
        setMessage(tr("The change was not made: %1").arg(done.error()));
        return false;
    }
    setMessage(tr("Saved and shared with the organisation's other desks."));
    reload();
    Q_EMIT caseChanged(caseId);
    return true;
}

bool DeskSession::acknowledge(const QString &caseId)
{
    return change(caseId, [&](CaseActions &a) { return a.acknowledge(caseId.toLatin1()); });
}

bool DeskSession::setStatus(
    const QString &caseId, const QString &status, bool recordOnly, const QString &reason)
{
    const auto chosen = caseStatusFromName(status);
    if (!chosen) {
        setMessage(tr("Choose a status."));
        return false;
    }
    if (*chosen == CaseStatus::Closed && reason.trimmed().isEmpty()) {
        setMessage(tr("Say why the case is closed."));
        return false;
    }
    return change(caseId, [&](CaseActions &a) {
        return a.setStatus(caseId.toLatin1(), *chosen, recordOnly,
            *chosen == CaseStatus::Closed ? reason.trimmed() : QString());
    });
}

bool DeskSession::setOwner(const QString &caseId, const QString &owner)
{
    return change(caseId, [&](CaseActions &a) { return a.setOwner(caseId.toLatin1(), owner.trimmed()); });
}

bool DeskSession::addNote(const QString &caseId, const QString &text)
{
    if (text.trimmed().isEmpty()) {
        setMessage(tr("Write the note first."));
        return false;
    }
    return change(caseId, [&](CaseActions &a) { return a.addNote(caseId.toLatin1(), text); });
}

bool DeskSession::setNextAction(const QString &caseId, const QString &text, const QString &dueIsoDate)
{
    const QDate due = QDate::fromString(dueIsoDate.trimmed(), Qt::ISODate);
    if (!due.isValid()) {
        setMessage(tr("Give the due date as year-month-day, for example 2026-12-31."));
        return false;
    }
    return change(
        caseId, [&](CaseActions &a) { return a.setNextAction(caseId.toLatin1(), text.trimmed(), due); });
}

QVariantList DeskSession::junk()
{
    QVariantList out;
    if (!m_store)
        return out;
    for (const Refusal &r : m_store->junkEnvelopes().value_or(QList<Refusal>()))
        out << QVariantMap { { QStringLiteral("id"), QString::fromLatin1(r.id) },
            { QStringLiteral("reason"), r.reason } };
    return out;
}

} // namespace harbour::desk
