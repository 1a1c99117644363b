#include "CallLogModel.h"

#include "app/calls/CallSearch.h"
#include "app/net/ApiCall.h"

CallLogModel::CallLogModel(QObject *parent) : QAbstractTableModel(parent) {}

int CallLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int CallLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : RunColumn + 1;
}

QVariant CallLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CallRecord &r = m_records.at(index.row());
    if (index.column() == RunColumn)
        return runData(r.id, role);
    switch (role) {
    case Qt::DisplayRole:
        return CallColumns::display(index.column(), cells(r), CallColumns::TimeStyle::OfDay);
    case Qt::ToolTipRole:
        return CallColumns::toolTip(index.column(), cells(r));
    case Qt::TextAlignmentRole:
        return CallColumns::alignment(index.column());
    case RecordRole:
        return QVariant::fromValue(r);
    case StatusClassRole:
        return r.status ? *r.status / 100 : 0;
    case DiagnosisCodeRole:
        return r.diagnosis.code;
    case SeverityRole:
        return int(r.diagnosis.severity);
    case SearchTextRole:
        return CallSearch::text(r);
    case NoteRole:
        return r.note;
    }
    return {};
}

QVariant CallLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == RunColumn ? CallColumns::runHeader() : CallColumns::header(section);
}

QVariant CallLogModel::runData(quint64 id, int role) const
{
    const auto it = m_runs.constFind(id);
    switch (role) {
    case Qt::DisplayRole:
        return it == m_runs.constEnd() ? QString() : CallColumns::runText(*it);
    case Qt::ToolTipRole:
        return it == m_runs.constEnd() ? QVariant() : QVariant(CallColumns::runToolTip(*it));
    case RunStateRole:
        if (it == m_runs.constEnd())
            return int(RunState::None);
        if (it->expectations == 0)
            return int(RunState::NoExpectations);
        return int(it->passed() ? RunState::Held : RunState::Failed);
    case SearchTextRole:
        return it == m_runs.constEnd() ? QString() : it->request;
    }
    return {};
}

void CallLogModel::markRun(quint64 callId, const CallColumns::RunMark &mark)
{
    m_runs.insert(callId, mark);
    Q_EMIT runMarked();
    const int row = rowOfId(callId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, RunColumn), index(row, RunColumn));
}

CallColumns::Cells CallLogModel::cells(const CallRecord &r)
{
    CallColumns::Cells c;
    c.id = r.id;
    c.started = r.started;
    c.profile = r.profile;
    c.host = r.url.host();
    c.method = QString::fromLatin1(r.method);
    c.url = r.url;
    c.status = r.status;
    c.diagnosis = r.diagnosis.code;
    c.diagnosisSummary = r.diagnosis.summary;
    c.purpose = r.purpose;
    c.elapsedMs = r.elapsedMs;
    if (r.hasResponse())
        c.size = r.bodySize;
    c.note = r.note;
    return c;
}

void CallLogModel::append(const CallRecord &record)
{
    if (m_records.size() >= m_max) {
        const int drop = int(m_records.size()) - m_max + 1;
        beginRemoveRows({}, 0, drop - 1);
        for (int i = 0; i < drop; ++i)
            m_runs.remove(m_records.at(i).id);
        m_records.remove(0, drop);
        endRemoveRows();
    }
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.append(record);
    endInsertRows();
}

void CallLogModel::setNote(quint64 id, const QString &note)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    m_records[row].note = note;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CallLogModel::clear()
{
    beginResetModel();
    m_records.clear();
    m_runs.clear();
    endResetModel();
}

int CallLogModel::rowOfId(quint64 id) const
{
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).id == id)
            return i;
    }
    return -1;
}

quint64 CallLogModel::newId()
{
    return ApiCall::takeId();
}
