#pragma once

#include <QAbstractTableModel>
#include <QList>

class Job;
class Jobs;

// The jobs list (the Jobs dock): one row per job of the session, the newest first, with its status
// (running, waiting, finished, failed, …), its progress and the latest thing it said.
class JobsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsModel)
public:
    enum Column { JobColumn, StatusColumn, ProgressColumn, DetailColumn, ColumnCount };
    // Qt::UserRole: the Progress column's percent (-1: not known).
    enum Role { PercentRole = Qt::UserRole };

    explicit JobsModel(Jobs *jobs, QObject *parent = nullptr);

    Job *job(int row) const;
    int rowOf(const Job *job) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void onAdded(Job *job);
    void onRemoved(Job *job);
    void onChanged(Job *job);

    QList<Job *> m_rows;
};
