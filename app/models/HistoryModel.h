#pragma once

#include "app/history/HistoryStore.h"
#include "app/models/CallColumns.h"

#include <QAbstractTableModel>

// The stored calls a filter selects, newest first, for a table view: rows are fetched from the
// database a page at a time as the view scrolls (canFetchMore/fetchMore), so 100,000 calls cost
// a page, not a load. The call log's columns (CallColumns), and its text filter's rule
// (CallSearch): one filter text finds the same calls in both.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)
public:
    using enum CallColumns::Column; // the call log's columns (IdColumn … SizeColumn)
    enum Role {
        CallIdRole = Qt::UserRole + 1,
        NoteRole // the analyst's note
    };
    static constexpr int kPage = 500;

    explicit HistoryModel(HistoryStore *store, QObject *parent = nullptr);

    void setFilter(const HistoryStore::Filter &filter); // runs the query again
    const HistoryStore::Filter &filter() const { return m_filter; }
    void reload() { setFilter(m_filter); }
    // The calls stored since the newest row shown that the filter selects, inserted at the top
    // (the rows shown, the selection and what was paged in stay). Returns how many came.
    int fetchNewer();
    int total() const { return m_total; } // how many calls the filter selects
    quint64 callId(int row) const { return m_rows.at(row).callId; }
    qint64 storedRow(int row) const { return m_rows.at(row).row; } // for HistoryStore::loadRow
    // The note of a stored row changed (HistoryStore::setNoteOfRow): its row shows it.
    void setNote(qint64 storedRow, const QString &note);
    // The same for the newest row shown with that call number (a note written from the log).
    void setNoteOfCall(quint64 callId, const QString &note);
    // What the shared columns show of a stored row.
    static CallColumns::Cells cells(const HistoryStore::Row &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    HistoryStore *m_store;
    HistoryStore::Filter m_filter;
    QList<HistoryStore::Row> m_rows;
    int m_total = 0;
};
