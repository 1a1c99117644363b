#include "GroupModels.h"

#include <QJsonArray>
#include <QJsonDocument>

GroupListModel::GroupListModel(QObject *parent) : QAbstractTableModel(parent) {}

void GroupListModel::clear()
{
    beginResetModel();
    m_groups.clear();
    m_next.clear();
    m_fetching = false;
    endResetModel();
}

void GroupListModel::appendPage(const QList<GroupInfo> &groups, const QUrl &next)
{
    m_fetching = false;
    m_next = next;
    if (groups.isEmpty())
        return;
    beginInsertRows({}, int(m_groups.size()), int(m_groups.size() + groups.size() - 1));
    m_groups += groups;
    endInsertRows();
}

void GroupListModel::upsert(const GroupInfo &group)
{
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).id == group.id) {
            m_groups[i] = group;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            return;
        }
    }
    beginInsertRows({}, int(m_groups.size()), int(m_groups.size()));
    m_groups.append(group);
    endInsertRows();
}

const GroupInfo *GroupListModel::group(int row) const
{
    return row >= 0 && row < m_groups.size() ? &m_groups.at(row) : nullptr;
}

int GroupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int GroupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupListModel::data(const QModelIndex &index, int role) const
{
    const GroupInfo *g = index.isValid() ? group(index.row()) : nullptr;
    if (!g)
        return {};
    if (role == GroupIdRole)
        return g->id;
    if (role == Qt::ToolTipRole)
        return g->characteristics.join(QLatin1Char('\n'));
    if (role == Qt::TextAlignmentRole &&
        (index.column() == QuantityColumn || index.column() == MembersColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return g->id;
    case NameColumn:
        return g->name;
    case TypeColumn:
        return g->type;
    case ActualColumn:
        return g->actual ? (*g->actual ? tr("actual") : tr("descriptive")) : QString();
    case QuantityColumn:
        return g->quantity ? QVariant(*g->quantity) : QVariant();
    case MembersColumn:
        return g->members;
    }
    return {};
}

QVariant GroupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Id");
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case ActualColumn:
        return tr("Actual");
    case QuantityColumn:
        return tr("Quantity");
    case MembersColumn:
        return tr("Members");
    }
    return {};
}

bool GroupListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_next.isEmpty() && !m_fetching;
}

void GroupListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    Q_EMIT moreWanted(m_next);
}

GroupMembersModel::GroupMembersModel(QObject *parent) : QAbstractTableModel(parent) {}

void GroupMembersModel::setMembers(QList<Member> members)
{
    beginResetModel();
    m_members = std::move(members);
    endResetModel();
}

const GroupMembersModel::Member *GroupMembersModel::member(int row) const
{
    return row >= 0 && row < m_members.size() ? &m_members.at(row) : nullptr;
}

int GroupMembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int GroupMembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupMembersModel::data(const QModelIndex &index, int role) const
{
    const Member *m = index.isValid() ? member(index.row()) : nullptr;
    if (!m || role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ReferenceColumn:
        return m->reference;
    case DisplayColumn:
        return m->display;
    case StartColumn:
        return m->start;
    case EndColumn:
        return m->end;
    case InactiveColumn:
        return m->inactive ? tr("inactive") : QString();
    }
    return {};
}

QVariant GroupMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReferenceColumn:
        return tr("Entity");
    case DisplayColumn:
        return tr("Display");
    case StartColumn:
        return tr("Period start");
    case EndColumn:
        return tr("Period end");
    case InactiveColumn:
        return tr("Inactive");
    }
    return {};
}
