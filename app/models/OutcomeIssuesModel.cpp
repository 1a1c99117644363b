#include "OutcomeIssuesModel.h"

OutcomeIssuesModel::OutcomeIssuesModel(QObject *parent) : QAbstractTableModel(parent) {}

void OutcomeIssuesModel::setIssues(const QList<OutcomeIssue> &issues)
{
    beginResetModel();
    m_issues = issues;
    endResetModel();
}

int OutcomeIssuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int OutcomeIssuesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutcomeIssuesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutcomeIssue &i = m_issues.at(index.row());
    if (role == SeverityRole)
        return i.severity;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case SeverityColumn:
        return i.severity;
    case CodeColumn:
        return i.code;
    case DiagnosticsColumn:
        return i.diagnostics;
    case DetailsColumn:
        return i.details;
    case WhereColumn:
        return (i.expression.isEmpty() ? i.location : i.expression).join(QStringLiteral(", "));
    }
    return {};
}

QVariant OutcomeIssuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case CodeColumn:
        return tr("Code");
    case DiagnosticsColumn:
        return tr("Diagnostics");
    case DetailsColumn:
        return tr("Details");
    case WhereColumn:
        return tr("Expression / location");
    }
    return {};
}
