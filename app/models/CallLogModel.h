#pragma once

#include "app/calls/CallRecord.h"

#include <QAbstractTableModel>
#include <QList>

// Every call of this session, oldest first, bounded so that a long session does not grow
// without limit (the oldest calls are dropped first).
class CallLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallLogModel)
public:
    enum Column {
        IdColumn,
        TimeColumn,
        ServerColumn, // the profile the call was made under (its host when there is none)
        MethodColumn,
        PathColumn,
        StatusColumn,
        DiagnosisColumn,
        ElapsedColumn,
        SizeColumn,
        ColumnCount
    };
    enum Role {
        RecordRole = Qt::UserRole + 1, // QVariant<CallRecord>
        StatusClassRole,               // 0 transport failure, 2..5 for 2xx..5xx
        DiagnosisCodeRole,
        SeverityRole,  // int(Diagnosis::Severity)
        SearchTextRole // everything the text filter looks at
    };

    explicit CallLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void append(const CallRecord &record);
    void clear();
    const CallRecord &record(int row) const { return m_records.at(row); }
    QList<CallRecord> records() const { return m_records; }
    int rowOfId(quint64 id) const;
    void setMaximumRows(int n) { m_max = qMax(1, n); }

private:
    QList<CallRecord> m_records;
    int m_max = 5000;
};
