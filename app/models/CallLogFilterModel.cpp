#include "CallLogFilterModel.h"

#include "app/calls/CallSearch.h"
#include "app/models/CallLogModel.h"

CallLogFilterModel::CallLogFilterModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void CallLogFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void CallLogFilterModel::setStatusClass(int statusClass)
{
    m_statusClass = statusClass;
    invalidateFilter();
}

void CallLogFilterModel::setDiagnosisCode(const QString &code)
{
    m_code = code;
    invalidateFilter();
}

bool CallLogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_statusClass != AnyStatus &&
        idx.data(CallLogModel::StatusClassRole).toInt() != m_statusClass)
        return false;
    if (!m_code.isEmpty() &&
        !idx.data(CallLogModel::DiagnosisCodeRole).toString().startsWith(m_code))
        return false;
    if (!m_text.isEmpty() &&
        !CallSearch::matches(idx.data(CallLogModel::SearchTextRole).toString(), m_text))
        return false;
    return true;
}
