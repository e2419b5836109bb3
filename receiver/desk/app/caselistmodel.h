// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caserows.h"

#include <QAbstractListModel>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// The queue: every case this desk holds a report for, in CaseStore::queue() order (urgent and high
// risk first, then by due date, then the oldest), closed cases after the open ones; and the filters
// and search a caseworker narrows it with, all applied here on the desk to the decrypted reports.
namespace harbour::deskui {

class CaseListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The queue comes from the desk")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int total READ total NOTIFY countChanged)
    // -1: open cases (every status but Closed); -2: every case; else a CaseStatus.
    Q_PROPERTY(int statusFilter MEMBER m_status WRITE setStatusFilter NOTIFY filtersChanged)
    Q_PROPERTY(QString triageFilter MEMBER m_triage WRITE setTriageFilter NOTIFY filtersChanged)
    Q_PROPERTY(QString strandFilter MEMBER m_strand WRITE setStrandFilter NOTIFY filtersChanged)
    // "", "yes" or "no"
    Q_PROPERTY(QString onlineFilter MEMBER m_online WRITE setOnlineFilter NOTIFY filtersChanged)
    Q_PROPERTY(QString repeatFilter MEMBER m_repeat WRITE setRepeatFilter NOTIFY filtersChanged)
    Q_PROPERTY(QString areaFilter MEMBER m_area WRITE setAreaFilter NOTIFY filtersChanged)
    // -1: every source; else a Source.
    Q_PROPERTY(int sourceFilter MEMBER m_source WRITE setSourceFilter NOTIFY filtersChanged)
    // YYYY-MM-DD, inclusive; "" for no limit. A date that does not read is ignored and named in dateError.
    Q_PROPERTY(QString fromDate MEMBER m_from WRITE setFromDate NOTIFY filtersChanged)
    Q_PROPERTY(QString toDate MEMBER m_to WRITE setToDate NOTIFY filtersChanged)
    Q_PROPERTY(QString dateError READ dateError NOTIFY filtersChanged)
    Q_PROPERTY(QString search MEMBER m_search WRITE setSearch NOTIFY filtersChanged)
    Q_PROPERTY(bool filtered READ filtered NOTIFY filtersChanged)

public:
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        ReferenceRole,
        StatusRole,
        StatusTextRole,
        RecordOnlyRole,
        PriorityTextRole, // "Urgent", "High risk" or ""
        TriageTextRole,
        StrandsTextRole,
        OnlineTextRole,
        RepeatTextRole,
        AreaRole,
        ReportedTextRole,
        SourceTextRole,
        OwnerRole,
        NextActionRole,
        DueTextRole,
        OverdueRole,
        SummaryRole, // the row in one sentence, for a screen reader
        UnreadAnswersRole, // the reporter answered or added to the report since this desk last opened it
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;
    ~CaseListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int total() const { return int(m_all.size()); }
    QString dateError() const;
    bool filtered() const;

    void setStatusFilter(int status);
    void setTriageFilter(const QString &triage);
    void setStrandFilter(const QString &strand);
    void setOnlineFilter(const QString &online);
    void setRepeatFilter(const QString &repeat);
    void setAreaFilter(const QString &area);
    void setSourceFilter(int source);
    void setFromDate(const QString &date);
    void setToDate(const QString &date);
    void setSearch(const QString &search);
    Q_INVOKABLE void clearFilters();

    // The choices of a filter, [{value, text}], "All" first: "status", "triage", "strand", "online",
    // "repeat", "area", "source". Strands and areas are those of the cases held.
    Q_INVOKABLE QVariantList choices(const QString &filter) const;
    Q_INVOKABLE int rowOf(const QString &caseId) const;
    // Every case held (filters aside), by index below total(): its id and reference.
    QByteArray idAt(int index) const { return m_all.at(index).id; }
    QString referenceAt(int index) const { return m_all.at(index).reference; }

    void setRows(QList<CaseRow> rows); // in queue order
    void clear();
    // Words change with the language: the rows stay, their texts are read again.
    void retranslate();
    // The day "overdue" is counted from (tests set it; the desk uses today).
    void setToday(const QDate &today);

Q_SIGNALS:
    void countChanged();
    void filtersChanged();

private:
    bool accepts(const CaseRow &row) const;
    void refilter();
    QDate today() const;

    QList<CaseRow> m_all;
    QList<int> m_visible; // indexes into m_all
    int m_status = -1;
    QString m_triage, m_strand, m_online, m_repeat, m_area;
    int m_source = -1;
    QString m_from, m_to, m_search;
    QDate m_today;
};

} // namespace harbour::deskui
