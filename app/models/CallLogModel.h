#pragma once

#include "app/calls/CallRecord.h"
#include "app/models/CallColumns.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// Every call of this session, oldest first, bounded so that a long session does not grow
// without limit (the oldest calls are dropped first).
class CallLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallLogModel)
public:
    using enum CallColumns::Column; // IdColumn … SizeColumn, shared with the History
    static constexpr int RunColumn = ColumnCount; // the log's own: a saved request's run
    enum Role {
        RecordRole = Qt::UserRole + 1, // QVariant<CallRecord>
        StatusClassRole,               // 0 transport failure, 2..5 for 2xx..5xx
        DiagnosisCodeRole,
        SeverityRole,   // int(Diagnosis::Severity)
        SearchTextRole, // what the text filter looks in (CallSearch::text)
        RunStateRole,   // int(RunState): the run column's icon
        NoteRole        // the analyst's note (CallRecord::note)
    };
    enum class RunState { None, Held, Failed, NoExpectations };

    explicit CallLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void append(const CallRecord &record);
    void clear();
    // The call `callId` was sent by a saved request of a run: the run column shows it (the
    // row may come after the mark: the mark waits for it).
    void markRun(quint64 callId, const CallColumns::RunMark &mark);
    // The note of the call with that number changed: its row shows it (no row: nothing).
    void setNote(quint64 id, const QString &note);
    const CallRecord &record(int row) const { return m_records.at(row); }
    QList<CallRecord> records() const { return m_records; }
    int rowOfId(quint64 id) const;
    // A call number no call of this run has (for a call brought in from a HAR or the history).
    static quint64 newId();
    void setMaximumRows(int n) { m_max = qMax(1, n); }
    // What the shared columns show of a record.
    static CallColumns::Cells cells(const CallRecord &record);

Q_SIGNALS:
    // A call was marked by a run (markRun): the run column has something to show.
    void runMarked();

private:
    QVariant runData(quint64 id, int role) const;

    QList<CallRecord> m_records;
    QHash<quint64, CallColumns::RunMark> m_runs;
    int m_max = 5000;
};
