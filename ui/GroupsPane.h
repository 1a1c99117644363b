#pragma once

#include "app/calls/Diagnosis.h"
#include "app/session/GroupsBrowser.h"

#include <QWidget>
#include <memory>

namespace Ui {
class GroupsPane;
}
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
    // The pane shows what `browser` reports and asks it for pages and Groups; it sends nothing.
    explicit GroupsPane(GroupsBrowser *browser, QWidget *parent = nullptr);
    ~GroupsPane() override;

    // The server changed: search again and re-read the Groups remembered for this profile.
    void load(const QString &profileId);
    bool isLoading() const { return m_browser->isBusy(); }
    void showGroup(const QString &id);
    QStringList rememberedIds() const;
    void setPageSize(int n) { m_pageSize = qBound(1, n, 1000); }

Q_SIGNALS:
    void openRequested(const QString &path);
    void exportRequested(const QString &groupId);

private:
    void setUpViews();
    void followBrowser();
    void addById();
    void groupSelected();
    void onPage(const GroupsBrowser::Page &page);
    void onSearchFailed(const QString &problem, quint64 callId);
    void onGroupRead(const GroupMembers &group);
    void showProblem(const QString &text, Diagnosis::Severity severity);
    void openMember();
    void copyIds();
    void remember(const QString &id);

    std::unique_ptr<Ui::GroupsPane> m_ui;
    GroupsBrowser *m_browser;
    GroupListModel *m_groups;
    QSortFilterProxyModel *m_groupFilter;
    GroupMembersModel *m_members;
    QSortFilterProxyModel *m_memberFilter;
    QString m_profileId;
    QString m_currentGroup;
    QString m_adding; // the id typed into "Add by id", until its summary is read
    int m_pageSize = 50;
};
