#pragma once

#include "app/calls/CallRecord.h"
#include "app/workbench/CallComparison.h"

#include <QAbstractTableModel>

// Two calls compared (CallDiff), as a table for the window's Compare view: one row per
// comparison row, in CallDiff's order (the differences first, then those any two calls have,
// then what is the same). The Difference column says the kind in words with its mark
// (≠ + - ~ =), so it reads without colour; "only differences" hides the rows that are the same.
class ComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonModel)
public:
    enum Column { KindColumn, SectionColumn, KeyColumn, LeftColumn, RightColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(CallComparison::Row::Kind)
        ExpectedRole,                // differs between any two calls (ids, dates, time taken)
        DiffersRole                  // differs and tells something
    };

    explicit ComparisonModel(QObject *parent = nullptr);

    // CallDiff::compare: the work a worker thread does (no QObject touched).
    static CallComparison compare(const CallRecord &left, const CallRecord &right);

    void setComparison(const CallComparison &comparison);
    const CallComparison &comparison() const { return m_comparison; }
    void setOnlyDifferences(bool only);
    bool onlyDifferences() const { return m_only; }

    int differences() const { return m_comparison.differences(); }
    int expectedDifferences() const; // rows that differ as in any two calls
    QStringList notCompared() const { return m_comparison.notCompared; }
    QString text() const; // CallDiff::text: one line a row, differences first

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void select();

    CallComparison m_comparison;
    QList<int> m_shown; // rows of m_comparison shown
    bool m_only = false;
};
