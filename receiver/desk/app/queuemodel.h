// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/casestore.h"

#include <QAbstractListModel>
#include <QDate>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace harbour::desk {

// The queue: open cases in the desk's order (urgent and high risk first, then by due date, then
// oldest), each with what a caseworker scans for, filtered here on the desk: status, triage, strand,
// online, repeat victim, area, origin and a text search over the decrypted report. Only while the
// desk is unlocked; clear() forgets every row.
class QueueModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The desk session owns its queue")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // Cases that pass the filters; the list shows the first `limit` of them (showMore() adds more).
    Q_PROPERTY(int matching READ matching NOTIFY countChanged)
    Q_PROPERTY(int total READ total NOTIFY countChanged)
    Q_PROPERTY(int limit READ limit NOTIFY countChanged)
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY filterChanged)
    Q_PROPERTY(QString triage READ triage WRITE setTriage NOTIFY filterChanged)
    Q_PROPERTY(QString origin READ origin WRITE setOrigin NOTIFY filterChanged)
    Q_PROPERTY(QString strand READ strand WRITE setStrand NOTIFY filterChanged)
    Q_PROPERTY(bool onlineOnly READ onlineOnly WRITE setOnlineOnly NOTIFY filterChanged)
    Q_PROPERTY(bool repeatOnly READ repeatOnly WRITE setRepeatOnly NOTIFY filterChanged)
    Q_PROPERTY(QString area READ area WRITE setArea NOTIFY filterChanged)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filterChanged)

public:
    enum Role {
        CaseIdRole = Qt::UserRole + 1,
        ReferenceRole,
        ReceivedRole,
        StatusRole,
        TriageRole,
        UrgentRole,
        HighRiskRole,
        StrandsRole,
        OriginRole,
        OwnerRole,
        DueRole,
        SummaryRole, // one line for a screen reader: everything the row shows
    };
    Q_ENUM(Role)

    struct Row
    {
        CaseState state;
        Origin origin = Origin::PersonalDevice;
        QString reference;
        QString triage; // "high", "elevated", "standard", "unknown"
        bool urgent = false;
        bool online = false;
        bool repeatVictim = false;
        QStringList strands;
        QString area;
        QString text; // everything the report says, lower case, for the search; wiped on clear()
    };

    explicit QueueModel(QObject *parent = nullptr);
    ~QueueModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    static constexpr int kPageRows = 100;
    int matching() const { return int(m_shown.size()); }
    int limit() const { return m_limit; }
    Q_INVOKABLE void showMore();

    void setRows(QList<Row> rows);
    void clear();
    int total() const { return int(m_all.size()); }

    QString status() const { return m_status; }
    void setStatus(const QString &value);
    QString triage() const { return m_triage; }
    void setTriage(const QString &value);
    QString origin() const { return m_origin; }
    void setOrigin(const QString &value);
    QString strand() const { return m_strand; }
    void setStrand(const QString &value);
    bool onlineOnly() const { return m_onlineOnly; }
    void setOnlineOnly(bool value);
    bool repeatOnly() const { return m_repeatOnly; }
    void setRepeatOnly(bool value);
    QString area() const { return m_area; }
    void setArea(const QString &value);
    QString search() const { return m_search; }
    void setSearch(const QString &value);

    // The rows shown, by the same rules (for tests and the command line alike).
    bool accepts(const Row &row) const;

Q_SIGNALS:
    void countChanged();
    void filterChanged();

private:
    void refilter();

    QList<Row> m_all;
    QList<qsizetype> m_shown; // indexes into m_all
    int m_limit = kPageRows;
    QString m_status;
    QString m_triage;
    QString m_origin;
    QString m_strand;
    bool m_onlineOnly = false;
    bool m_repeatOnly = false;
    QString m_area;
    QString m_search;
};

} // namespace harbour::desk
