// SPDX-License-Identifier: GPL-3.0-or-later
#include "caselistmodel.h"

#include "wipe.h"

#include <QLocale>
#include <QVariantMap>

namespace harbour::deskui {
namespace {

QDate parseDate(const QString &text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

bool matchesYesNo(const QString &filter, int value)
{
    if (filter.isEmpty())
        return true;
    return filter == QLatin1StringView("yes") ? value == 1 : value == 0;
}

QVariantMap choice(const QVariant &value, const QString &text)
{
    return { { QStringLiteral("value"), value }, { QStringLiteral("text"), text } };
}

} // namespace

CaseListModel::~CaseListModel()
{
    clear();
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QDate CaseListModel::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void CaseListModel::setToday(const QDate &day)
{
    m_today = day;
    if (!m_visible.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_visible.size()) - 1));
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseRow &row = m_all.at(m_visible.at(index.row()));
    const QLocale locale;
    const auto priority = [&] {
        return row.urgent ? DeskText::tr("Urgent") : row.highRisk ? DeskText::tr("High risk") : QString();
    };
    const bool closed = row.status == desk::CaseStatus::Closed;
    const auto dueText = [&] { return DeskText::dueLine(row.due, row.response, closed, today()); };
    const bool overdue = DeskText::isOverdue(row.due, row.response, closed, today());
    switch (role) {
    case CaseIdRole:
        return QString::fromLatin1(row.id);
    case ReferenceRole:
        return row.reference.isEmpty() ? DeskText::tr("No reference") : row.reference;
    case StatusRole:
        return int(row.status);
    case StatusTextRole:
        return row.recordOnly ? DeskText::tr("%1 (record only)").arg(DeskText::status(row.status))
                              : DeskText::status(row.status);
    case RecordOnlyRole:
        return row.recordOnly;
    case PriorityTextRole:
        return priority();
    case TriageTextRole:
        return DeskText::triage(row.triage);
    case StrandsTextRole: {
        QStringList names;
        for (const QString &strand : row.strands)
            names << DeskText::strand(strand);
        return names.isEmpty() ? DeskText::tr("No strand given") : names.join(QStringLiteral(", "));
    }
    case OnlineTextRole:
        return DeskText::yesNo(row.online);
    case RepeatTextRole:
        return DeskText::yesNo(row.repeatVictim);
    case AreaRole:
        return row.area.isEmpty() ? DeskText::tr("No area given") : row.area;
    case ReportedTextRole:
        return row.reported.isValid() ? locale.toString(row.reported, QLocale::ShortFormat) : QString();
    case SourceTextRole:
        return row.kioskName.isEmpty()
            ? DeskText::source(row.source)
            : DeskText::tr("%1: %2").arg(DeskText::source(row.source), row.kioskName);
    case OwnerRole:
        return row.owner;
    case NextActionRole:
        return row.nextAction;
    case DueTextRole:
        return dueText();
    case OverdueRole:
        return overdue;
    case SummaryRole: {
        QStringList parts { row.reference.isEmpty() ? DeskText::tr("No reference") : row.reference };
        if (!priority().isEmpty())
            parts << priority();
        if (row.unreadAnswers > 0)
            parts << DeskText::tr("New answer from the reporter");
        parts << DeskText::status(row.status) << DeskText::triage(row.triage) << dueText();
        return parts.join(QStringLiteral(", "));
    }
    case UnreadAnswersRole:
        return row.unreadAnswers;
    default:
        return {};
    }
}

QHash<int, QByteArray> CaseListModel::roleNames() const
{
    return { { CaseIdRole, "caseId" }, { ReferenceRole, "reference" }, { StatusRole, "status" },
        { StatusTextRole, "statusText" }, { RecordOnlyRole, "recordOnly" },
        { PriorityTextRole, "priorityText" }, { TriageTextRole, "triageText" },
        { StrandsTextRole, "strandsText" }, { OnlineTextRole, "onlineText" },
        { RepeatTextRole, "repeatText" }, { AreaRole, "area" }, { ReportedTextRole, "reportedText" },
        { SourceTextRole, "sourceText" }, { OwnerRole, "owner" }, { NextActionRole, "nextAction" },
        { DueTextRole, "dueText" }, { OverdueRole, "overdue" }, { SummaryRole, "summary" },
        { UnreadAnswersRole, "unreadAnswers" } };
}

bool CaseListModel::accepts(const CaseRow &row) const
{
    if (m_status == -1 && row.status == desk::CaseStatus::Closed)
        return false;
    if (m_status >= 0 && int(row.status) != m_status)
        return false;
    if (!m_triage.isEmpty() && row.triage != m_triage)
        return false;
    if (!m_strand.isEmpty() && !row.strands.contains(m_strand))
        return false;
    if (!matchesYesNo(m_online, row.online) || !matchesYesNo(m_repeat, row.repeatVictim))
        return false;
    if (!m_area.isEmpty() && row.area.compare(m_area, Qt::CaseInsensitive) != 0)
        return false;
    if (m_source >= 0 && int(row.source) != m_source)
        return false;
    const QDate from = parseDate(m_from);
    const QDate to = parseDate(m_to);
    if (from.isValid() && (!row.reported.isValid() || row.reported < from))
        return false;
    if (to.isValid() && (!row.reported.isValid() || row.reported > to))
        return false;
    if (!m_search.trimmed().isEmpty()) {
        // Every word, anywhere in the decrypted text.
        const QStringList words = m_search.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words) {
            if (!row.searchText.contains(word))
                return false;
        }
    }
    return true;
}

void CaseListModel::refilter()
{
    const int before = int(m_visible.size());
    beginResetModel();
    m_visible.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (accepts(m_all.at(i)))
            m_visible.append(i);
    }
    endResetModel();
    if (before != m_visible.size())
        Q_EMIT countChanged();
}

QString CaseListModel::dateError() const
{
    const bool badFrom = !m_from.trimmed().isEmpty() && !parseDate(m_from).isValid();
    const bool badTo = !m_to.trimmed().isEmpty() && !parseDate(m_to).isValid();
    if (badFrom || badTo)
        return DeskText::tr("Enter dates as year-month-day, for example 2026-03-31");
    const QDate from = parseDate(m_from);
    const QDate to = parseDate(m_to);
    if (from.isValid() && to.isValid() && to < from)
        return DeskText::tr("The end date must be on or after the start date");
    return {};
}

bool CaseListModel::filtered() const
{
    return m_status != -1 || !m_triage.isEmpty() || !m_strand.isEmpty() || !m_online.isEmpty()
        || !m_repeat.isEmpty() || !m_area.isEmpty() || m_source != -1 || !m_from.isEmpty() || !m_to.isEmpty()
        || !m_search.isEmpty();
}

#define HARBOUR_SETTER(name, member, type)                                                                   \
    void CaseListModel::name(type value)                                                                     \
    {                                                                                                        \
        if (member == value)                                                                                 \
            return;                                                                                          \
        member = value;                                                                                      \
        refilter();                                                                                          \
        Q_EMIT filtersChanged();                                                                             \
    }
HARBOUR_SETTER(setStatusFilter, m_status, int)
HARBOUR_SETTER(setTriageFilter, m_triage, const QString &)
HARBOUR_SETTER(setStrandFilter, m_strand, const QString &)
HARBOUR_SETTER(setOnlineFilter, m_online, const QString &)
HARBOUR_SETTER(setRepeatFilter, m_repeat, const QString &)
HARBOUR_SETTER(setAreaFilter, m_area, const QString &)
HARBOUR_SETTER(setSourceFilter, m_source, int)
HARBOUR_SETTER(setFromDate, m_from, const QString &)
HARBOUR_SETTER(setToDate, m_to, const QString &)
HARBOUR_SETTER(setSearch, m_search, const QString &)
#undef HARBOUR_SETTER

void CaseListModel::clearFilters()
{
    m_status = -1;
    m_triage.clear();
    m_strand.clear();
    m_online.clear();
    m_repeat.clear();
    m_area.clear();
    m_source = -1;
    m_from.clear();
    m_to.clear();
    m_search.clear();
    refilter();
    Q_EMIT filtersChanged();
}

QVariantList CaseListModel::choices(const QString &filter) const
{
    QVariantList out;
    if (filter == QLatin1StringView("status")) {
        out << choice(-1, DeskText::tr("Open cases")) << choice(-2, DeskText::tr("All cases"));
        for (auto status : { desk::CaseStatus::New, desk::CaseStatus::Acknowledged,
                 desk::CaseStatus::InProgress, desk::CaseStatus::Referred, desk::CaseStatus::Closed })
            out << choice(int(status), DeskText::status(status));
    } else if (filter == QLatin1StringView("triage")) {
        out << choice(QString(), DeskText::tr("Any triage level"));
        for (const QString &level : report::triageLevels())
            out << choice(level, DeskText::triage(level));
    } else if (filter == QLatin1StringView("strand")) {
        out << choice(QString(), DeskText::tr("Any strand"));
        QStringList strands;
        for (const CaseRow &row : m_all) {
            for (const QString &strand : row.strands) {
                if (!strands.contains(strand))
                    strands << strand;
            }
        }
        std::sort(strands.begin(), strands.end());
        for (const QString &strand : std::as_const(strands))
            out << choice(strand, DeskText::strand(strand));
    } else if (filter == QLatin1StringView("online") || filter == QLatin1StringView("repeat")) {
        out << choice(QString(),
            filter == QLatin1StringView("online") ? DeskText::tr("Online or not")
                                                  : DeskText::tr("Repeat or not"));
        out << choice(QStringLiteral("yes"), DeskText::yesNo(1))
            << choice(QStringLiteral("no"), DeskText::yesNo(0));
    } else if (filter == QLatin1StringView("area")) {
        out << choice(QString(), DeskText::tr("Any area"));
        QStringList areas;
        for (const CaseRow &row : m_all) {
            if (!row.area.isEmpty() && !areas.contains(row.area))
                areas << row.area;
        }
        std::sort(areas.begin(), areas.end());
        for (const QString &area : std::as_const(areas))
            out << choice(area, area);
    } else if (filter == QLatin1StringView("source")) {
        out << choice(-1, DeskText::tr("Any source"));
        for (auto source : { Source::RegisteredKiosk, Source::UnknownKiosk, Source::PersonalDevice })
            out << choice(int(source), DeskText::source(source));
    }
    return out;
}

int CaseListModel::rowOf(const QString &caseId) const
{
    for (int i = 0; i < m_visible.size(); ++i) {
        if (QString::fromLatin1(m_all.at(m_visible.at(i)).id) == caseId)
            return i;
    }
    return -1;
}

void CaseListModel::setRows(QList<CaseRow> rows)
{
    for (CaseRow &row : m_all)
        wipeString(row.searchText);
    m_all = std::move(rows);
    refilter();
    Q_EMIT countChanged();
    Q_EMIT filtersChanged(); // the strand and area choices follow the cases held
}

void CaseListModel::clear()
{
    setRows({});
}

void CaseListModel::retranslate()
{
    if (!m_visible.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_visible.size()) - 1));
    Q_EMIT filtersChanged();
}

} // namespace harbour::deskui
