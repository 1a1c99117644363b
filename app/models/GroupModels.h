#pragma once

#include "app/fhir/GroupInfo.h"

#include <QAbstractTableModel>
#include <QUrl>

// Groups found by search, page by page: the view asks for more as the user scrolls
// (canFetchMore/fetchMore), the model asks its owner for the next page (moreWanted), the owner
// appends it. Groups added by id go into the same list.
class GroupListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupListModel)
public:
    enum Column {
        IdColumn,
        NameColumn,
        TypeColumn,
        ActualColumn,
        QuantityColumn,
        MembersColumn,
        ColumnCount
    };
    enum Role { GroupIdRole = Qt::UserRole + 1 };

    explicit GroupListModel(QObject *parent = nullptr);

    void clear();
    // One page of search results and the link to the next (empty: the last page).
    void appendPage(const QList<GroupInfo> &groups, const QUrl &next);
    // A Group read by id (replaces the row of the same id).
    void upsert(const GroupInfo &group);
    const GroupInfo *group(int row) const;
    QUrl nextPage() const { return m_next; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void moreWanted(const QUrl &next);

private:
    QList<GroupInfo> m_groups;
    QUrl m_next;
    bool m_fetching = false;
};

// The members of one Group: entity reference, display, period, inactive. Built off the UI
// thread (GroupMembers::parse) for large Groups; the view reads rows lazily, so 100,000 members are
// cheap.
class GroupMembersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupMembersModel)
public:
    enum Column {
        ReferenceColumn,
        DisplayColumn,
        StartColumn,
        EndColumn,
        InactiveColumn,
        ColumnCount
    };

    using Member = GroupMembers::Member;

    explicit GroupMembersModel(QObject *parent = nullptr);
    void setMembers(QList<Member> members);
    const Member *member(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Member> m_members;
};
