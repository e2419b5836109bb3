// SPDX-License-Identifier: GPL-3.0-or-later
#include "caserows.h"

#include "crypto/sodium.h"

#include "protocol/fingerprint.h"
#include "questionnaire/questionnaire.h"

#include <QJsonArray>
#include <QJsonObject>

namespace harbour::deskui {
namespace {

QDate dateOf(const QString &iso)
{
    if (iso.isEmpty())
        return {};
    QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    if (at.isValid())
        return at.toUTC().date();
    return QDate::fromString(iso.left(10), Qt::ISODate);
}

int tri(const std::optional<bool> &value)
{
    return value ? (*value ? 1 : 0) : -1;
}

void collectText(const QJsonValue &value, QStringList *out)
{
    if (value.isString()) {
        out->append(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectText(item, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectText(it.value(), out);
    }
}

const questionnaire::Question *questionFor(const report::ReportDocument &report, const QString &id)
{
    static const auto embedded = questionnaire::Questionnaire::embedded();
    if (!embedded || report.questionnaireId != embedded->id())
        return nullptr;
    return embedded->find(id);
}

// The questionnaire's English text in the desk's language (the app's translations of the embedded
// questionnaire, context "Questionnaire", are in the desk's .ts files too).
QString questionText(const QString &english)
{
    return QCoreApplication::translate("Questionnaire", english.toUtf8().constData());
}

QString words(const QJsonValue &value, const questionnaire::Question *question)
{
    switch (value.type()) {
    case QJsonValue::String: {
        const QString text = value.toString();
        if (question) {
            if (const questionnaire::Option *option = question->option(text))
                return questionText(option->label);
        }
        return text;
    }
    case QJsonValue::Bool:
        return DeskText::yesNo(value.toBool() ? 1 : 0);
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts << words(item, question);
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: {
        QStringList parts;
        const QJsonObject object = value.toObject();
        // A place's members read as themselves ("E1"); others are named by their member.
        static const QStringList plain { QStringLiteral("area"), QStringLiteral("description"),
            QStringLiteral("type") };
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString part = words(it.value(), question);
            if (part.isEmpty())
                continue;
            parts << (plain.contains(it.key()) ? part : QStringLiteral("%1: %2").arg(it.key(), part));
        }
        return parts.join(QStringLiteral("; "));
    }
    default:
        return {};
    }
}

} // namespace

KioskCheck checkKiosk(const QString &mode, const QByteArray &kioskKey, const QList<desk::Kiosk> &registry)
{
    KioskCheck check;
    if (kioskKey.isEmpty()) {
        // A report that says it came from a kiosk but carries no kiosk signature is not trusted as one.
        check.source = mode == report::mode::kiosk || mode == report::mode::assisted ? Source::UnknownKiosk
                                                                                     : Source::PersonalDevice;
        return check;
    }
    check.signedByKiosk = true;
    check.fingerprint = protocol::signingKeyFingerprint(kioskKey);
    check.source = Source::UnknownKiosk;
    for (const desk::Kiosk &kiosk : registry) {
        if (kiosk.publicKey != kioskKey)
            continue;
        check.kioskName = kiosk.name;
        check.revoked = kiosk.isRevoked();
        if (!check.revoked)
            check.source = Source::RegisteredKiosk;
    }
    return check;
}

CaseRow makeRow(const desk::CaseState &state, const std::optional<report::ReportDocument> &report,
    const KioskCheck &kiosk)
{
    CaseRow row;
    row.id = state.id;
    row.status = state.status;
    row.recordOnly = state.recordOnly;
    row.highRisk = state.highRisk;
    row.owner = state.owner;
    row.nextAction = state.nextAction;
    row.due = state.due;
    row.unreadAnswers = state.unreadAnswers;
    row.source = kiosk.source;
    row.kioskName = kiosk.source == Source::RegisteredKiosk ? kiosk.kioskName : QString();
    row.reported = dateOf(state.stored);
    QStringList text { state.owner, state.nextAction };
    if (report) {
        row.reference = report->reference;
        row.urgent = report->flags.urgent.value_or(false);
        row.triage = report->flags.triage.value_or(QString());
        const report::ReportFacts facts = report::factsFromReport(*report);
        row.strands = facts.strands;
        row.area = facts.area;
        row.online = tri(report->flags.cyberEnabled);
        row.repeatVictim = tri(report->flags.repeatVictim);
        if (const QDate reported = dateOf(report->reportedAt); reported.isValid())
            row.reported = reported;
        text << report->reference << facts.area;
        collectText(report->answers, &text);
        for (const LabelledValue &answer : answerRows(*report))
            text << answer.value;
    }
    row.searchText = text.join(QLatin1Char('\n')).toCaseFolded();
    return row;
}

QList<LabelledValue> answerRows(const report::ReportDocument &report)
{
    QList<LabelledValue> rows;
    QStringList ids = report.answers.keys();
    static const auto embedded = questionnaire::Questionnaire::embedded();
    if (embedded && report.questionnaireId == embedded->id()) {
        // In the questionnaire's order, as the reporter answered them; unknown ids after.
        std::stable_sort(ids.begin(), ids.end(), [](const QString &a, const QString &b) {
            const auto rank = [](const QString &id) {
                const qsizetype at = embedded->indexOf(id);
                return at < 0 ? std::numeric_limits<qsizetype>::max() : at;
            };
            return rank(a) < rank(b);
        });
    }
    for (const QString &id : std::as_const(ids)) {
        const questionnaire::Question *question = questionFor(report, id);
        QString label = question && !question->title.isEmpty() ? questionText(question->title) : id;
        rows.append({ label, words(report.answers.value(id), question) });
    }
    return rows;
}

QString DeskText::status(desk::CaseStatus status)
{
    switch (status) {
    case desk::CaseStatus::New:
        return tr("New");
    case desk::CaseStatus::Acknowledged:
        return tr("Acknowledged");
    case desk::CaseStatus::InProgress:
        return tr("In progress");
    case desk::CaseStatus::Referred:
        return tr("Referred");
    case desk::CaseStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString DeskText::triage(const QString &level)
{
    if (level == QLatin1StringView("standard"))
        return tr("Standard");
    if (level == QLatin1StringView("elevated"))
        return tr("Elevated");
    if (level == QLatin1StringView("high"))
        return tr("High");
    return tr("Not given");
}

QString DeskText::strand(const QString &strand)
{
    if (strand == QLatin1StringView("race"))
        return tr("Race");
    if (strand == QLatin1StringView("religion"))
        return tr("Religion or belief");
    if (strand == QLatin1StringView("sexual_orientation"))
        return tr("Sexual orientation");
    if (strand == QLatin1StringView("disability"))
        return tr("Disability");
    if (strand == QLatin1StringView("transgender"))
        return tr("Transgender identity");
    return strand; // a local strand, named by the organisation's own questionnaire
}

QString DeskText::source(Source source)
{
    switch (source) {
    case Source::RegisteredKiosk:
        return tr("Registered kiosk");
    case Source::UnknownKiosk:
        return tr("Unknown kiosk");
    case Source::PersonalDevice:
        return tr("Personal device");
    }
    return {};
}

QString DeskText::yesNo(int value)
{
    return value < 0 ? tr("Not given") : value ? tr("Yes") : tr("No");
}

QString DeskText::eventType(desk::EventType type)
{
    switch (type) {
    case desk::EventType::Acknowledged:
        return tr("Acknowledged");
    case desk::EventType::Status:
        return tr("Status changed");
    case desk::EventType::Owner:
        return tr("Owner changed");
    case desk::EventType::Note:
        return tr("Note added");
    case desk::EventType::NextAction:
        return tr("Next action set");
    case desk::EventType::Export:
        return tr("Exported");
    case desk::EventType::Deleted:
        return tr("Deleted");
    case desk::EventType::KeyRotated:
        return tr("Organisation key rotated");
    case desk::EventType::ReplySent:
        return tr("Reply sent to the reporter");
    }
    return {};
}

QString DeskText::helped(const QString &helped)
{
    if (helped == QLatin1StringView("yes"))
        return tr("Yes");
    if (helped == QLatin1StringView("partly"))
        return tr("A little");
    if (helped == QLatin1StringView("no"))
        return tr("No");
    return tr("Not said");
}

QString DeskText::contactKind(const QString &kind)
{
    if (kind == report::contactKind::anonymous)
        return tr("Anonymous: do not contact");
    if (kind == report::contactKind::direct)
        return tr("This organisation may contact the reporter");
    if (kind == report::contactKind::throughSupport)
        return tr("Contact only through a support organisation");
    return tr("Not given");
}

QString DeskText::request(const QString &request)
{
    if (request == report::request::action)
        return tr("Wants action taken");
    if (request == report::request::recordOnly)
        return tr("Record only");
    return tr("Not given");
}

QString DeskText::consent(const QString &consent)
{
    if (consent == QLatin1StringView("yes"))
        return tr("Yes");
    if (consent == QLatin1StringView("no"))
        return tr("No");
    if (consent == QLatin1StringView("not_asked"))
        return tr("Not asked");
    return tr("Not given");
}

QString DeskText::mode(const QString &mode)
{
    if (mode == report::mode::self)
        return tr("The reporter's own device");
    if (mode == report::mode::kiosk)
        return tr("A kiosk");
    if (mode == report::mode::assisted)
        return tr("A kiosk, with a volunteer's help");
    return tr("Not given");
}

QString DeskText::recipientChoice(const QString &choice)
{
    if (choice == QLatin1StringView("police"))
        return tr("The police");
    if (choice == QLatin1StringView("support"))
        return tr("A support organisation");
    if (choice == QLatin1StringView("both"))
        return tr("The police and a support organisation");
    if (choice == QLatin1StringView("record_only"))
        return tr("Record only");
    if (choice == QLatin1StringView("configured"))
        return tr("The organisation this device sends to");
    return tr("Not given");
}

Result<QList<CaseRow>> queueRows(desk::CaseStore &store, const QList<desk::Kiosk> &kiosks,
    const desk::ResponseStandard &standard, const QDateTime &now)
{
    QList<CaseRow> rows;
    auto open = store.queue();
    if (!open)
        return Result<QList<CaseRow>>::failure(open);
    auto all = store.allCases();
    if (!all)
        return Result<QList<CaseRow>>::failure(all);
    const QList<desk::CaseState> openCases = open.value();
    QList<desk::CaseState> closed;
    for (const desk::CaseState &state : all.value()) {
        if (!state.deleted && state.envelopeSeq > 0 && state.status == desk::CaseStatus::Closed)
            closed.append(state);
    }
    std::stable_sort(closed.begin(), closed.end(),
        [](const desk::CaseState &a, const desk::CaseState &b) { return a.envelopeSeq < b.envelopeSeq; });
    // Open cases in the response standard's order (urgent and high risk first, then the earliest
    // due moment), closed ones after them, oldest first.
    QList<std::pair<desk::CaseDue, CaseRow>> openRows;
    QList<CaseRow> closedRows;
    const auto addRow = [&](const desk::CaseState &state, bool isOpen) -> Result<void> {
        std::optional<report::ReportDocument> document;
        auto json = store.reportJson(state.id);
        if (!json)
            return Result<void>::failure(json);
        if (!json->isEmpty()) {
            auto read = report::readReport(json.value());
            crypto::wipe(json.value());
            if (read)
                document = read.value();
        }
        auto kioskKey = store.kioskKey(state.id);
        if (!kioskKey)
            return Result<void>::failure(kioskKey);
        const KioskCheck kiosk = checkKiosk(document ? document->mode : QString(), kioskKey.value(), kiosks);
        CaseRow row = makeRow(state, document, kiosk);
        row.response = desk::responseDue(state, row.triage, standard, now);
        if (isOpen)
            openRows.append({ desk::CaseDue { state, row.triage, row.response }, std::move(row) });
        else
            closedRows.append(std::move(row));
        return {};
    };
    for (const desk::CaseState &state : openCases) {
        if (auto added = addRow(state, true); !added)
            return Result<QList<CaseRow>>::failure(added);
    }
    for (const desk::CaseState &state : std::as_const(closed)) {
        if (auto added = addRow(state, false); !added)
            return Result<QList<CaseRow>>::failure(added);
    }
    std::stable_sort(openRows.begin(), openRows.end(),
        [](const auto &a, const auto &b) { return desk::dueOrder(a.first, b.first); });
    for (auto &[due, row] : openRows)
        rows.append(std::move(row));
    rows += closedRows;
    return rows;
}

QString DeskText::response(const desk::ResponseDue &due)
{
    const QDateTime next = due.nextDue();
    if (!next.isValid())
        return {};
    const QString when = QLocale().toString(next.toLocalTime(), QLocale::ShortFormat);
    if (!due.firstContactStopped)
        return due.firstContactOverdue ? tr("First contact overdue since %1").arg(when)
                                       : tr("First contact due by %1").arg(when);
    return due.decisionOverdue ? tr("Decision overdue since %1").arg(when)
                               : tr("Decision due by %1").arg(when);
}

bool DeskText::isOverdue(
    const QDate &nextActionDue, const desk::ResponseDue &response, bool closed, const QDate &today)
{
    if (closed)
        return false;
    return response.overdue() || (nextActionDue.isValid() && nextActionDue < today);
}

QString DeskText::dueLine(
    const QDate &nextActionDue, const desk::ResponseDue &response, bool closed, const QDate &today)
{
    QStringList parts;
    if (!closed) {
        if (const QString clock = DeskText::response(response); !clock.isEmpty())
            parts << clock;
    }
    if (nextActionDue.isValid()) {
        const QString day = QLocale().toString(nextActionDue, QLocale::ShortFormat);
        parts << (!closed && nextActionDue < today ? tr("Next action overdue since %1").arg(day)
                                                   : tr("Next action due %1").arg(day));
    }
    return parts.isEmpty() ? tr("No due date") : parts.join(QStringLiteral("; "));
}

} // namespace harbour::deskui
