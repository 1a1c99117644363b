#include "JobsModel.h"

#include "app/session/Job.h"
#include "app/session/Jobs.h"

JobsModel::JobsModel(Jobs *jobs, QObject *parent) : QAbstractTableModel(parent)
{
    for (Job *job : jobs->all())
        m_rows.prepend(job);
    connect(jobs, &Jobs::added, this, &JobsModel::onAdded);
    connect(jobs, &Jobs::removed, this, &JobsModel::onRemoved);
    connect(jobs, &Jobs::jobChanged, this, &JobsModel::onChanged);
}

Job *JobsModel::job(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : nullptr;
}

int JobsModel::rowOf(const Job *job) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i) == job)
            return i;
    }
    return -1;
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    const Job *j = job(index.row());
    if (!j || !index.isValid())
        return {};
    const int percent = j->percent();
    if (role == PercentRole && index.column() == ProgressColumn)
        return percent;
    if (role == Qt::ToolTipRole && index.column() == DetailColumn)
        return j->detail();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case JobColumn:
        return tr("%1 · %2").arg(j->kind(), j->title());
    case StatusColumn:
        return Job::statusName(j->status());
    case ProgressColumn:
        return percent >= 0 ? tr("%1%").arg(percent) : QString();
    case DetailColumn:
        return j->detail();
    default:
        return {};
    }
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case JobColumn:
        return tr("Job");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case DetailColumn:
        return tr("Latest");
    default:
        return {};
    }
}

void JobsModel::onAdded(Job *job)
{
    beginInsertRows({}, 0, 0); // the newest first
    m_rows.prepend(job);
    endInsertRows();
}

void JobsModel::onRemoved(Job *job)
{
    const int row = rowOf(job);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void JobsModel::onChanged(Job *job)
{
    const int row = rowOf(job);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
