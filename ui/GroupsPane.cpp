#include "GroupsPane.h"

#include "app/models/GroupModels.h"
#include "ui/SeverityStyle.h"
#include "ui_GroupsPane.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QSettings>
#include <QSortFilterProxyModel>

namespace {
QString settingsKey(const QString &profileId)
{
    return QStringLiteral("groups/%1/ids").arg(profileId);
}

// A problem as a sentence of its own, ending with its full stop.
QString sentence(const QString &problem)
{
    const QString text = problem.trimmed();
    return text.endsWith(QLatin1Char('.')) || text.isEmpty() ? text : text + QLatin1Char('.');
}
} // namespace

GroupsPane::GroupsPane(GroupsBrowser *browser, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::GroupsPane>()), m_browser(browser),
      m_groups(new GroupListModel(this)), m_groupFilter(new QSortFilterProxyModel(this)),
      m_members(new GroupMembersModel(this)), m_memberFilter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    setUpViews();

    connect(m_ui->groupFilterEdit, &QLineEdit::textChanged, m_groupFilter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->memberFilterEdit, &QLineEdit::textChanged, m_memberFilter,
            &QSortFilterProxyModel::setFilterFixedString);
    followBrowser();
    connect(m_ui->groupsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GroupsPane::groupSelected);
    connect(m_ui->addGroupButton, &QPushButton::clicked, this, &GroupsPane::addById);
    connect(m_ui->addGroupEdit, &QLineEdit::returnPressed, this, &GroupsPane::addById);
    connect(m_ui->reloadGroupsButton, &QPushButton::clicked, this, [this] { load(m_profileId); });
    connect(m_ui->openMemberButton, &QPushButton::clicked, this, &GroupsPane::openMember);
    connect(m_ui->membersView, &QTableView::doubleClicked, this, &GroupsPane::openMember);
    connect(m_ui->copyIdsButton, &QPushButton::clicked, this, &GroupsPane::copyIds);
    connect(m_ui->exportGroupButton, &QPushButton::clicked, this,
            [this] { Q_EMIT exportRequested(m_currentGroup); });
    connect(
        m_ui->membersView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
            m_ui->openMemberButton->setEnabled(m_ui->membersView->selectionModel()->hasSelection());
        });
}

// Both lists filtered as typed, one row per entry, uniform rows: fast with many.
void GroupsPane::setUpViews()
{
    m_groupFilter->setSourceModel(m_groups);
    m_groupFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_groupFilter->setFilterKeyColumn(-1);
    m_ui->groupsView->setModel(m_groupFilter);
    m_memberFilter->setSourceModel(m_members);
    m_memberFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_memberFilter->setFilterKeyColumn(-1);
    m_ui->membersView->setModel(m_memberFilter);
    for (QTableView *view : {m_ui->groupsView, m_ui->membersView}) {
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->verticalHeader()->hide();
        view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() +
                                                      6); // uniform rows: fast with many
        view->horizontalHeader()->setStretchLastSection(true);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    }
    m_ui->groupsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->groupsView->setSortingEnabled(false);
    m_ui->groupsSplitter->setStretchFactor(0, 1);
    m_ui->groupsSplitter->setStretchFactor(1, 2);
    m_ui->openMemberButton->setEnabled(false);
    m_ui->copyIdsButton->setEnabled(false);
    m_ui->exportGroupButton->setEnabled(false);
}

// What the browser reads (pages of Groups, a Group's summary and members) or fails to read.
void GroupsPane::followBrowser()
{
    connect(m_groups, &GroupListModel::moreWanted, this,
            [this](const QUrl &next) { m_browser->searchPage(next.toString()); });
    connect(m_browser, &GroupsBrowser::pageRead, this, &GroupsPane::onPage);
    connect(
        m_browser, &GroupsBrowser::searchFailed, this,
        [this](const QString &problem, int, quint64 callId) { onSearchFailed(problem, callId); });
    connect(m_browser, &GroupsBrowser::summaryRead, this,
            [this](const QString &id, const GroupInfo &info) {
                m_groups->upsert(info);
                if (id != m_adding)
                    return;
                m_adding.clear();
                remember(id);
                m_ui->addGroupEdit->clear();
                showGroup(id);
            });
    connect(m_browser, &GroupsBrowser::summaryFailed, this,
            [this](const QString &id, const QString &problem, quint64 callId) {
                if (id != m_adding)
                    return; // a remembered Group that is gone: the list simply lacks it
                m_adding.clear();
                showProblem(tr("Group/%1 could not be read (call #%3): %2")
                                .arg(id, sentence(problem))
                                .arg(callId),
                            Diagnosis::Severity::Error);
            });
    connect(m_browser, &GroupsBrowser::groupRead, this,
            [this](const QString &, const GroupMembers &group) { onGroupRead(group); });
    connect(m_browser, &GroupsBrowser::groupFailed, this,
            [this](const QString &id, const QString &problem, quint64 callId) {
                m_members->setMembers({});
                m_ui->copyIdsButton->setEnabled(false);
                m_ui->groupSummaryLabel->setText(QStringLiteral("%1 %2").arg(
                    SeverityStyle::mark(Diagnosis::Severity::Error),
                    tr("Group/%1 could not be read (call #%3): %2")
                        .arg(id.toHtmlEscaped(), sentence(problem).toHtmlEscaped())
                        .arg(callId)));
            });
}

GroupsPane::~GroupsPane() = default;

QStringList GroupsPane::rememberedIds() const
{
    return QSettings().value(settingsKey(m_profileId)).toStringList();
}

void GroupsPane::remember(const QString &id)
{
    QStringList ids = rememberedIds();
    if (ids.contains(id))
        return;
    ids << id;
    QSettings().setValue(settingsKey(m_profileId), ids);
}

void GroupsPane::load(const QString &profileId)
{
    m_profileId = profileId;
    m_browser->reset();
    m_groups->clear();
    m_members->setMembers({});
    m_ui->groupSummaryLabel->setText(
        tr("Select a Group above to see its members, open one or export the Group. An id the "
           "search does not list: type it beside Add by id."));
    m_currentGroup.clear();
    m_adding.clear();
    m_ui->exportGroupButton->setEnabled(false);
    m_ui->copyIdsButton->setEnabled(false);
    m_ui->groupsStatusLabel->setText(tr("Searching Groups…"));
    m_ui->groupsStatusLabel->setStyleSheet(QString());
    m_browser->searchPage(GroupsBrowser::firstPage(m_pageSize));
    for (const QString &id : rememberedIds())
        m_browser->readSummary(id);
}

void GroupsPane::showProblem(const QString &text, Diagnosis::Severity severity)
{
    m_ui->groupsStatusLabel->setText(
        QStringLiteral("%1 %2").arg(SeverityStyle::mark(severity), text));
    m_ui->groupsStatusLabel->setStyleSheet(SeverityStyle::cardStyleSheet(severity));
}

void GroupsPane::onSearchFailed(const QString &problem, quint64 callId)
{
    m_groups->appendPage({}, {}); // no further pages
    // The vendor documents only Group read: a refused search is expected there.
    showProblem(tr("Group search is not available here (call #%2): %1 Add Groups by id: they "
                   "are remembered for this server.")
                    .arg(sentence(problem))
                    .arg(callId),
                Diagnosis::Severity::Warning);
}

void GroupsPane::onPage(const GroupsBrowser::Page &page)
{
    m_groups->appendPage(page.groups, page.next);
    m_ui->groupsView->resizeColumnsToContents();
    m_ui->groupsStatusLabel->setText(
        page.total ? tr("%1 of %2 Groups loaded%3.")
                         .arg(m_groups->rowCount())
                         .arg(*page.total)
                         .arg(page.next.isEmpty() ? QString() : tr("; more as you scroll"))
                   : tr("%n Group(s) loaded.", nullptr, m_groups->rowCount()));
    if (m_groups->rowCount() == 0 && page.next.isEmpty())
        showProblem(tr("The server lists no Groups here. Add one by id if you know it: it is "
                       "remembered for this server."),
                    Diagnosis::Severity::Info);
}

void GroupsPane::addById()
{
    const QString id = m_ui->addGroupEdit->text().trimmed();
    if (id.isEmpty())
        return;
    m_adding = id;
    m_browser->readSummary(id);
}

void GroupsPane::showGroup(const QString &id)
{
    for (int row = 0; row < m_groupFilter->rowCount(); ++row) {
        const QModelIndex index = m_groupFilter->index(row, 0);
        if (index.data(GroupListModel::GroupIdRole).toString() == id) {
            m_ui->groupsView->setCurrentIndex(index);
            return;
        }
    }
}

void GroupsPane::groupSelected()
{
    const QString id =
        m_ui->groupsView->currentIndex().data(GroupListModel::GroupIdRole).toString();
    if (id.isEmpty() || id == m_currentGroup)
        return;
    m_currentGroup = id;
    m_ui->exportGroupButton->setEnabled(true);
    m_ui->groupSummaryLabel->setText(tr("Reading Group/%1…").arg(id.toHtmlEscaped()));
    m_browser->readGroup(id);
}

void GroupsPane::onGroupRead(const GroupMembers &group)
{
    const GroupInfo &g = group.info;
    QString html =
        QStringLiteral("<b>%1</b> · Group/%2")
            .arg(g.name.isEmpty() ? tr("(no name)").toHtmlEscaped() : g.name.toHtmlEscaped(),
                 g.id.toHtmlEscaped());
    QStringList facts;
    facts << tr("type %1").arg(g.type.toHtmlEscaped());
    if (g.actual)
        facts << (*g.actual ? tr("actual") : tr("descriptive"));
    if (g.quantity)
        facts << tr("quantity %1").arg(QLocale().toString(*g.quantity));
    facts << tr("%n member(s)", nullptr, int(g.members));
    html += QStringLiteral("<br>") + facts.join(QStringLiteral(" · "));
    for (const QString &c : g.characteristics)
        html += QStringLiteral("<br>") + tr("characteristic: %1").arg(c.toHtmlEscaped());
    m_ui->groupSummaryLabel->setText(html);
    m_members->setMembers(group.members);
    m_ui->membersView->resizeColumnsToContents(); // samples the first rows only
    m_ui->copyIdsButton->setEnabled(m_members->rowCount() > 0);
}

void GroupsPane::openMember()
{
    const QModelIndex index = m_ui->membersView->currentIndex();
    if (!index.isValid())
        return;
    const QString reference =
        index.siblingAtColumn(GroupMembersModel::ReferenceColumn).data().toString();
    if (!reference.isEmpty())
        Q_EMIT openRequested(reference);
}

void GroupsPane::copyIds()
{
    QStringList refs;
    const QModelIndexList selected =
        m_ui->membersView->selectionModel()->selectedRows(GroupMembersModel::ReferenceColumn);
    if (!selected.isEmpty()) {
        for (const QModelIndex &i : selected)
            refs << i.data().toString();
    } else {
        for (int row = 0; row < m_memberFilter->rowCount(); ++row)
            refs
                << m_memberFilter->index(row, GroupMembersModel::ReferenceColumn).data().toString();
    }
    QGuiApplication::clipboard()->setText(refs.join(QLatin1Char('\n')));
}
