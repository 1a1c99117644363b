#pragma once

#include "app/net/CallRecord.h"

#include <QWidget>
#include <functional>
#include <memory>

namespace Ui {
class GroupsPane;
}
class FhirClient;
class GroupListModel;
class GroupMembersModel;
class QSortFilterProxyModel;

// The Groups of the current server: Group search page by page as the user scrolls; where search
// is refused (the vendor documents only Group read) the pane says so and Groups are added by id,
// remembered per profile. A Group's detail: name, type, actual, quantity, characteristics and a
// member table that stays quick with 100,000 members (parsed off the UI thread). Members open in
// the main window, their ids copy, and the Group can be exported.
class GroupsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupsPane)
    Q_PROPERTY(bool loading READ isLoading)
public:
    GroupsPane(FhirClient *client, QWidget *parent = nullptr);
    ~GroupsPane() override;

    // The server changed: search again and re-read the Groups remembered for this profile.
    void load(const QString &profileId);
    bool isLoading() const { return m_pending > 0; }
    void showGroup(const QString &id);
    QStringList rememberedIds() const;
    void setPageSize(int n) { m_pageSize = qBound(1, n, 1000); }

Q_SIGNALS:
    void openRequested(const QString &path);
    void exportRequested(const QString &groupId);

private:
    void search(const QString &pathOrUrl);
    void readSummary(const QString &id,
                     const std::function<void(const CallRecord &, const QString &)> &done);
    void addById();
    void groupSelected();
    void groupRead(const CallRecord &record, const QString &id, quint64 generation);
    void openMember();
    void copyIds();
    void remember(const QString &id);

    std::unique_ptr<Ui::GroupsPane> m_ui;
    FhirClient *m_client;
    GroupListModel *m_groups;
    QSortFilterProxyModel *m_groupFilter;
    GroupMembersModel *m_members;
    QSortFilterProxyModel *m_memberFilter;
    QString m_profileId;
    QString m_currentGroup;
    int m_pending = 0;
    int m_pageSize = 50;
    quint64 m_generation = 0; // a new server: answers for the old one are dropped
    quint64 m_detailGeneration = 0;
};
