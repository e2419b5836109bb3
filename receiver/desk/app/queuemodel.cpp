// SPDX-License-Identifier: GPL-3.0-or-later
#include "queuemodel.h"

#include <algorithm>

namespace harbour::desk {
namespace {

// Overwrites decrypted text before it is let go (best effort: a copy shared elsewhere stays).
void forget(QString &text)
{
    text.detach();
    std::fill(text.begin(), text.end(), QChar(u' '));
    text.clear();
}

} // namespace

QueueModel::QueueModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

QueueModel::~QueueModel()
{
    clear();
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qsizetype>(m_shown.size(), m_limit));
}

void QueueModel::showMore()
{
    if (m_limit >= m_shown.size())
        return;
    const int first = m_limit;
    const int last = int(std::min<qsizetype>(m_shown.size(), qsizetype(m_limit) + kPageRows)) - 1;
    beginInsertRows(QModelIndex(), first, last);
    m_limit = last + 1;
    endInsertRows();
    Q_EMIT countChanged();
}

QHash<int, QByteArray> QueueModel::roleNames() const
{
    return { { CaseIdRole, "caseId" }, { ReferenceRole, "reference" }, { ReceivedRole, "received" },
        { StatusRole, "status" }, { TriageRole, "triage" }, { UrgentRole, "urgent" },
        { HighRiskRole, "highRisk" }, { StrandsRole, "strands" }, { OriginRole, "origin" },
        { OwnerRole, "owner" }, { DueRole, "due" }, { SummaryRole, "summary" } };
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const Row &row = m_all.at(m_shown.at(index.row()));
    switch (role) {
    case CaseIdRole:
        return QString::fromLatin1(row.state.id);
    case ReferenceRole:
        return row.reference;
    case ReceivedRole:
        return row.state.stored;
    case StatusRole:
        return caseStatusName(row.state.status);
    case TriageRole:
        return row.triage;
    case UrgentRole:
        return row.urgent;
    case HighRiskRole:
        return row.state.highRisk;
    case StrandsRole:
        return row.strands;
    case OriginRole:
        return originName(row.origin);
    case OwnerRole:
        return row.state.owner;
    case DueRole:
        return row.state.due.isValid() ? row.state.due.toString(Qt::ISODate) : QString();
    case SummaryRole:
        // The words the row shows, in its order; the page's own texts translate the values.
        return QStringList { row.reference, row.triage, caseStatusName(row.state.status),
            row.strands.join(u','), originName(row.origin), row.state.stored }
            .join(QStringLiteral(", "));
    default:
        return {};
    }
}

void QueueModel::setRows(QList<Row> rows)
{
    // Urgent and high risk first, then the earliest due next action (none last), then the oldest.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.state.highRisk != b.state.highRisk)
            return a.state.highRisk;
        if (a.state.due.isValid() != b.state.due.isValid())
            return a.state.due.isValid();
        if (a.state.due != b.state.due)
            return a.state.due < b.state.due;
        return a.state.envelopeSeq < b.state.envelopeSeq;
    });
    beginResetModel();
    for (Row &old : m_all)
        forget(old.text);
    m_all = std::move(rows);
    m_shown.clear();
    m_limit = std::max(m_limit, kPageRows);
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        if (accepts(m_all.at(i)))
            m_shown.append(i);
    }
    endResetModel();
    Q_EMIT countChanged();
}

void QueueModel::clear()
{
    setRows({});
}

bool QueueModel::accepts(const Row &row) const
{
    if (m_status.isEmpty() || m_status == QLatin1StringView("open")) {
        if (row.state.status == CaseStatus::Closed)
            return false;
    } else if (m_status != QLatin1StringView("all") && caseStatusName(row.state.status) != m_status) {
        return false;
    }
    if (!m_triage.isEmpty()) {
        const bool wanted = m_triage == QLatin1StringView("urgent") ? row.urgent : row.triage == m_triage;
        if (!wanted)
            return false;
    }
    if (!m_origin.isEmpty() && originName(row.origin) != m_origin)
        return false;
    if (!m_strand.isEmpty() && !row.strands.contains(m_strand))
        return false;
    if (m_onlineOnly && !row.online)
        return false;
    if (m_repeatOnly && !row.repeatVictim)
        return false;
    if (!m_area.isEmpty() && !row.area.startsWith(m_area, Qt::CaseInsensitive))
        return false;
    if (!m_search.trimmed().isEmpty()) {
        const QStringList words = m_search.toLower().split(u' ', Qt::SkipEmptyParts);
        for (const QString &word : words) {
            if (!row.text.contains(word) && !row.reference.contains(word, Qt::CaseInsensitive))
                return false;
        }
    }
    return true;
}

void QueueModel::refilter()
{
    beginResetModel();
    m_shown.clear();
    m_limit = kPageRows;
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        if (accepts(m_all.at(i)))
            m_shown.append(i);
    }
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT filterChanged();
}

#define HARBOUR_FILTER_SETTER(Name, member, Type)                                                            \
    void QueueModel::Name(Type value)                                                                        \
    {                                                                                                        \
        if (member == value)                                                                                 \
            return;                                                                                          \
        member = value;                                                                                      \
        refilter();                                                                                          \
    }
HARBOUR_FILTER_SETTER(setStatus, m_status, const QString &)
HARBOUR_FILTER_SETTER(setTriage, m_triage, const QString &)
HARBOUR_FILTER_SETTER(setOrigin, m_origin, const QString &)
HARBOUR_FILTER_SETTER(setStrand, m_strand, const QString &)
HARBOUR_FILTER_SETTER(setOnlineOnly, m_onlineOnly, bool)
HARBOUR_FILTER_SETTER(setRepeatOnly, m_repeatOnly, bool)
HARBOUR_FILTER_SETTER(setArea, m_area, const QString &)
HARBOUR_FILTER_SETTER(setSearch, m_search, const QString &)
#undef HARBOUR_FILTER_SETTER

} // namespace harbour::desk
