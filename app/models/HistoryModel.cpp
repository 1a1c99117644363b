#include "HistoryModel.h"

HistoryModel::HistoryModel(HistoryStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
}

void HistoryModel::setFilter(const HistoryStore::Filter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_total = m_store->count(filter);
    m_rows = m_store->find(filter, kPage, 0);
    endResetModel();
}

int HistoryModel::fetchNewer()
{
    HistoryStore::Filter newer = m_filter;
    newer.afterRow = m_rows.isEmpty() ? 0 : m_rows.constFirst().row;
    const QList<HistoryStore::Row> rows = m_store->find(newer, kPage + 1, 0);
    if (rows.size() > kPage || (m_rows.isEmpty() && m_total > 0)) {
        reload(); // more than a page came (or nothing was shown): read afresh
        return int(rows.size());
    }
    if (rows.isEmpty())
        return 0;
    beginInsertRows({}, 0, int(rows.size() - 1));
    m_rows = rows + m_rows;
    m_total += int(rows.size());
    endInsertRows();
    return int(rows.size());
}

void HistoryModel::setNote(qint64 storedRow, const QString &note)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).row == storedRow) {
            m_rows[i].note = note;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            return;
        }
    }
}

void HistoryModel::setNoteOfCall(quint64 callId, const QString &note)
{
    for (const HistoryStore::Row &r : std::as_const(m_rows)) {
        if (r.callId == callId) { // newest first: the row HistoryStore::setNote changed
            setNote(r.row, note);
            return;
        }
    }
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<HistoryStore::Row> more = m_store->find(m_filter, kPage, int(m_rows.size()));
    if (more.isEmpty()) {
        m_total = int(m_rows.size()); // the database changed under us: what there is, is all
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryStore::Row &r = m_rows.at(index.row());
    switch (role) {
    case CallIdRole:
        return QVariant::fromValue(r.callId);
    case NoteRole:
        return r.note;
    case Qt::DisplayRole:
        return CallColumns::display(index.column(), cells(r), CallColumns::TimeStyle::WithDate);
    case Qt::ToolTipRole:
        return CallColumns::toolTip(index.column(), cells(r));
    case Qt::TextAlignmentRole:
        return CallColumns::alignment(index.column());
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return CallColumns::header(section);
}

CallColumns::Cells HistoryModel::cells(const HistoryStore::Row &r)
{
    CallColumns::Cells c;
    c.id = r.callId;
    c.started = r.started;
    c.profile = r.profile;
    c.host = r.host;
    c.method = r.method;
    c.url = QUrl(r.url);
    c.status = r.status;
    c.diagnosis = r.diagnosis;
    c.elapsedMs = r.elapsedMs;
    if (r.status)
        c.size = r.size;
    c.note = r.note;
    return c;
}
