#pragma once

#include "app/fhir/OperationOutcome.h"

#include <QAbstractTableModel>

// The issues of one OperationOutcome.
class OutcomeIssuesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeIssuesModel)
public:
    enum Column {
        SeverityColumn,
        CodeColumn,
        DiagnosticsColumn,
        DetailsColumn,
        WhereColumn,
        ColumnCount
    };
    enum Role { SeverityRole = Qt::UserRole + 1 }; // "fatal", "error", "warning", "information"

    explicit OutcomeIssuesModel(QObject *parent = nullptr);

    void setIssues(const QList<OutcomeIssue> &issues);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<OutcomeIssue> m_issues;
};
