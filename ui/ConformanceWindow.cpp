#include "ConformanceWindow.h"

#include "app/conformance/Catalogue.h"
#include "app/conformance/ConformanceHtml.h"
#include "app/conformance/ConformanceJob.h"
#include "app/session/Jobs.h"
#include "app/session/ProfileStore.h"
#include "app/session/SandboxControl.h"
#include "app/session/TokenSession.h"
#include "app/session/Workspace.h"
#include "app/support/PrivateFile.h"
#include "ui/Ask.h"
#include "ui/ConformanceResults.h"
#include "ui/ElidedLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace {
constexpr qint64 kMaxSavedRunBytes = 16 * 1024 * 1024; // a saved run is a few hundred KiB
const QList<CheckResult> kNoResults;
} // namespace

ConformanceWindow::ConformanceWindow(Workspace *workspace, QWidget *parent)
    : QWidget(parent, Qt::Window), m_workspace(workspace), m_profile(new QComboBox(this)),
      m_server(new QLabel(this)), m_group(new QLineEdit(QStringLiteral("1"), this)),
      m_exports(
          new QCheckBox(tr("Checks that start exports (each export is cancelled at once)"), this)),
      m_slow(new QCheckBox(tr("Slow checks: wait for a whole export and read its files"), this)),
      m_start(new QPushButton(tr("Start"), this)), m_stop(new QPushButton(tr("Stop"), this)),
      m_again(new QPushButton(tr("Run this check again"), this)),
      m_compare(new QPushButton(tr("Compare with a saved run…"), this)),
      m_saveJson(new QPushButton(tr("Save run…"), this)),
      m_html(new QPushButton(tr("Export as HTML…"), this)),
      m_junit(new QPushButton(tr("Export as JUnit XML…"), this)),
      m_progress(new QProgressBar(this)), m_activity(new ElidedLabel(this)),
      m_summary(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_view(new ConformanceResults(this)), m_comparisonTree(new QTreeWidget(this)),
      m_comparisonLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("conformanceWindow"));
    setWindowTitle(tr("Check this server"));
    buildForm();
    resize(960, 660);
    connect(m_start, &QPushButton::clicked, this, &ConformanceWindow::start);
    connect(m_stop, &QPushButton::clicked, this, &ConformanceWindow::stop);
    connect(m_again, &QPushButton::clicked, this, &ConformanceWindow::runSelectedAgain);
    connect(m_compare, &QPushButton::clicked, this, &ConformanceWindow::chooseComparison);
    connect(m_saveJson, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("json")); });
    connect(m_html, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("html")); });
    connect(m_junit, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("junit")); });
    connect(m_view, &ConformanceResults::callActivated, this, &ConformanceWindow::callActivated);
    connect(m_view, &ConformanceResults::selectionChanged, this, &ConformanceWindow::updateButtons);
    connect(m_slow, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_exports->setChecked(true);
    });
    connect(m_exports, &QCheckBox::toggled, this, [this](bool on) {
        if (!on)
            m_slow->setChecked(false);
    });
    connect(m_profile, &QComboBox::activated, this, &ConformanceWindow::showServer);
    refreshServer();
    updateButtons();
}

ConformanceWindow::~ConformanceWindow() = default;

// The form, the run row, the tabs and the buttons: one layout, long but flat.
void ConformanceWindow::buildForm()
{
    auto *form = new QFormLayout;
    m_profile->setObjectName(QStringLiteral("conformanceProfile"));
    m_profile->setToolTip(tr("The saved profile to check: its server, and its token from the "
                             "keychain. The main window's profile stays as it is."));
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_server->setObjectName(QStringLiteral("conformanceServer"));
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profile);
    profileRow->addWidget(m_server, 1);
    form->addRow(tr("Profile:"), profileRow);
    m_group->setObjectName(QStringLiteral("conformanceGroup"));
    m_group->setMaximumWidth(180);
    m_group->setToolTip(tr("The Group the reads and the exports use."));
    form->addRow(tr("Group:"), m_group);
    auto *sets = new QGridLayout;
    const QStringList names = Catalogue::sets();
    for (qsizetype i = 0; i < names.size(); ++i) {
        auto *box = new QCheckBox(Catalogue::setTitle(names.at(i)), this);
        box->setObjectName(QStringLiteral("conformanceSet_") + names.at(i));
        box->setChecked(true);
        sets->addWidget(box, int(i / 4), int(i % 4));
        m_sets << box;
    }
    form->addRow(tr("Sets of checks:"), sets);
    m_exports->setObjectName(QStringLiteral("conformanceExports"));
    m_slow->setObjectName(QStringLiteral("conformanceSlow"));
    auto *optIn = new QVBoxLayout;
    optIn->addWidget(m_exports);
    optIn->addWidget(m_slow);
    auto *note = new QLabel(tr("Only read-only checks run unless you tick these. On a Production "
                               "profile you are asked before any export starts."),
                            this);
    note->setWordWrap(true);
    optIn->addWidget(note);
    form->addRow(tr("Opt in:"), optIn);

    m_start->setObjectName(QStringLiteral("conformanceStart"));
    m_stop->setObjectName(QStringLiteral("conformanceStop"));
    m_progress->setObjectName(QStringLiteral("conformanceProgress"));
    m_progress->setFormat(tr("%v of %m checks"));
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_start);
    runRow->addWidget(m_stop);
    runRow->addWidget(m_progress, 1);
    m_activity->setObjectName(QStringLiteral("conformanceActivity"));
    m_summary->setObjectName(QStringLiteral("conformanceSummary"));
    m_summary->setWordWrap(true);

    m_comparisonTree->setObjectName(QStringLiteral("conformanceComparison"));
    m_comparisonTree->setHeaderLabels(
        {tr("Check"), tr("Earlier run"), tr("This run"), tr("What changed")});
    m_comparisonTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_comparisonTree->header()->setStretchLastSection(false);
    for (int c = 1; c < 4; ++c)
        m_comparisonTree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_comparisonLabel->setObjectName(QStringLiteral("conformanceComparisonLabel"));
    m_comparisonLabel->setWordWrap(true);
    m_comparisonLabel->setText(tr("Compare this run with a saved one (Save run… keeps a run): "
                                  "Preview against Production, or today against last week."));
    auto *comparison = new QWidget(this);
    auto *comparisonLayout = new QVBoxLayout(comparison);
    comparisonLayout->addWidget(m_comparisonLabel);
    comparisonLayout->addWidget(m_comparisonTree, 1);
    m_tabs->setObjectName(QStringLiteral("conformanceTabs"));
    m_tabs->addTab(m_view, tr("Results"));
    m_tabs->addTab(comparison, tr("Compared with an earlier run"));

    m_again->setObjectName(QStringLiteral("conformanceAgain"));
    m_compare->setObjectName(QStringLiteral("conformanceCompare"));
    m_saveJson->setObjectName(QStringLiteral("conformanceSaveJson"));
    m_html->setObjectName(QStringLiteral("conformanceHtml"));
    m_junit->setObjectName(QStringLiteral("conformanceJunit"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_again);
    buttons->addStretch(1);
    for (QPushButton *b : {m_compare, m_saveJson, m_html, m_junit})
        buttons->addWidget(b);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(runRow);
    layout->addWidget(m_activity);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
}

void ConformanceWindow::refreshServer()
{
    const QSignalBlocker block(m_profile);
    m_profile->clear();
    for (const ServerProfile &p : m_workspace->profiles->all())
        m_profile->addItem(p.name, p.id);
    chooseProfile(m_workspace->profile().id);
}

bool ConformanceWindow::chooseProfile(const QString &profileId)
{
    const int index = m_profile->findData(profileId);
    if (index < 0)
        return false;
    m_profile->setCurrentIndex(index);
    showServer();
    return true;
}

ServerProfile ConformanceWindow::chosenProfile() const
{
    const QString id = m_profile->currentData().toString();
    if (id == m_workspace->profile().id)
        return m_workspace->profile(); // as connected: the Sandbox's port in this run
    return m_workspace->profiles->find(id).value_or(m_workspace->profile());
}

void ConformanceWindow::showServer()
{
    const ServerProfile profile = chosenProfile();
    const bool current = profile.id == m_workspace->profile().id;
    const bool sandbox = profile.environment == ServerProfile::Environment::Sandbox;
    QString base = current ? m_workspace->baseUrl().toString() : profile.baseUrl.toString();
    if (sandbox && !current)
        base = SandboxControl(m_workspace->sandbox).isRunning()
                   ? SandboxControl(m_workspace->sandbox).baseUrl().toString()
                   : tr("started for the run");
    m_server->setText(base.isEmpty() ? tr("(no server)") : base);
    // The Sandbox is ours: its exports harm nobody, so every check is on there by default.
    if (!isRunning() && results().isEmpty()) {
        m_exports->setChecked(sandbox);
        m_slow->setChecked(sandbox);
    }
}

ConformanceOptions ConformanceWindow::options() const
{
    const ServerProfile profile = chosenProfile();
    ConformanceOptions o;
    o.group = m_group->text().trimmed().isEmpty() ? QStringLiteral("1") : m_group->text().trimmed();
    o.includeSlow = m_slow->isChecked();
    o.includeExports = m_exports->isChecked() || o.includeSlow;
    o.vendorProfile = profile.environment != ServerProfile::Environment::Custom;
    // The token: the job's, from the session (the token bar's, or the chosen profile's).
    QStringList ids;
    bool all = true;
    for (qsizetype i = 0; i < m_sets.size(); ++i) {
        all = all && m_sets.at(i)->isChecked();
        if (m_sets.at(i)->isChecked())
            for (const Check &c : Catalogue::checks())
                if (c.set == Catalogue::sets().at(i))
                    ids << c.id;
    }
    o.only = all ? QString() : ids.join(QLatin1Char(','));
    return o;
}

const QList<CheckResult> &ConformanceWindow::results() const
{
    return m_job ? m_job->results() : kNoResults;
}

bool ConformanceWindow::isRunning() const
{
    return m_job && m_job->isActive();
}

bool ConformanceWindow::start()
{
    if (isRunning())
        return false;
    const ServerProfile profile = chosenProfile();
    const bool current = profile.id == m_workspace->profile().id;
    if ((current && m_workspace->baseUrl().isEmpty()) ||
        (!current && profile.baseUrl.isEmpty() &&
         profile.environment != ServerProfile::Environment::Sandbox)) {
        m_summary->setText(tr("No server to check: choose a profile with a base URL."));
        return false;
    }
    const ConformanceOptions o = options();
    if (o.only.isEmpty() && std::none_of(m_sets.cbegin(), m_sets.cend(),
                                         [](const QCheckBox *b) { return b->isChecked(); })) {
        m_summary->setText(tr("Choose at least one set of checks."));
        return false;
    }
    if (profile.environment == ServerProfile::Environment::Production && o.includeExports &&
        !Ask::confirm(this, tr("Start exports on Production?"),
                      tr("%1 is a Production profile. The checks you ticked start exports there "
                         "(each is cancelled at once). Start them?")
                          .arg(profile.name)))
        return false;
    // The run is the session's: listed in the Jobs dock, it outlives this window.
    auto *job = new ConformanceJob(m_workspace, profile);
    QString problem;
    if (!job->start(o, &problem)) {
        delete job;
        m_summary->setText(tr("The run could not start: %1").arg(problem));
        return false;
    }
    m_comparedWith.clear();
    m_earlier.clear();
    m_workspace->jobs->add(job);
    showJob(job);
    return true;
}

void ConformanceWindow::showJob(ConformanceJob *job)
{
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    m_job = job;
    if (!job)
        return;
    if (const int index = m_profile->findData(job->profile().id); index >= 0)
        m_profile->setCurrentIndex(index);
    m_server->setText(job->header().server);
    m_group->setText(job->options().group);
    // What the job judged so far (a run started before this window opened goes on here).
    m_view->reset(job->checkIds());
    for (const CheckResult &r : job->results())
        m_view->setResult(r);
    m_tabs->setCurrentIndex(0);
    m_progress->setRange(0, job->expected());
    m_progress->setValue(job->done());
    m_activity->setText(job->activity());
    connect(job, &ConformanceJob::checkFinished, this, [this](const CheckResult &r) {
        m_view->setResult(r);
        m_progress->setRange(0, m_job->expected());
        m_progress->setValue(m_job->done());
    });
    connect(job, &ConformanceJob::activityChanged, m_activity, &QLabel::setText);
    connect(job, &ConformanceJob::runFinished, this, &ConformanceWindow::onFinished);
    if (job->isActive())
        m_summary->setText(!job->isStarting() && !job->isAgain() && job->options().token.isEmpty()
                               ? tr("No token for this profile: the checks that need one are "
                                    "skipped. Get one in the main window's token bar.")
                               : QString());
    else
        showSummary();
    updateButtons();
}

void ConformanceWindow::stop()
{
    if (!isRunning())
        return;
    m_job->cancel();
    m_stop->setEnabled(false);
}

bool ConformanceWindow::runSelectedAgain()
{
    const QString id = m_view->selectedId();
    if (id.isEmpty() || isRunning() || !m_job || !m_job->runAgain(id))
        return false;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    updateButtons();
    return true;
}

void ConformanceWindow::onFinished()
{
    showSummary();
    if (!m_earlier.isEmpty())
        showComparison();
    updateButtons();
    Q_EMIT runFinished();
}

void ConformanceWindow::showSummary()
{
    QString text = ConformanceReport::summary(results());
    if (!m_earlier.isEmpty())
        text += QStringLiteral(" · ") +
                RunComparison::summary(RunComparison::compare(m_earlier, results()));
    m_summary->setText(text);
}

void ConformanceWindow::updateButtons()
{
    const bool running = isRunning();
    const bool haveResults = !results().isEmpty();
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    m_again->setEnabled(!running && haveResults && !m_view->selectedId().isEmpty());
    for (QPushButton *b : {m_compare, m_saveJson, m_html, m_junit})
        b->setEnabled(!running && haveResults);
}

void ConformanceWindow::showComparison()
{
    const QList<RunComparison::Row> rows = RunComparison::compare(m_earlier, results());
    m_comparisonTree->clear();
    const int changed = RunComparison::changedCount(rows);
    auto *changedItem = new QTreeWidgetItem(m_comparisonTree);
    changedItem->setText(0, tr("Changed: %n check(s)", nullptr, changed));
    auto *sameItem = new QTreeWidgetItem(m_comparisonTree);
    sameItem->setText(0, tr("Unchanged: %n check(s)", nullptr, int(rows.size()) - changed));
    for (const RunComparison::Row &row : rows) {
        auto *item = new QTreeWidgetItem(row.changed() ? changedItem : sameItem);
        item->setText(0, row.id);
        if (row.before)
            ConformanceStyle::setOutcome(item, 1, *row.before);
        if (row.after)
            ConformanceStyle::setOutcome(item, 2, *row.after);
        item->setText(3, row.change());
        item->setToolTip(3, row.after ? row.after->reason : row.before->reason);
    }
    changedItem->setExpanded(true);
    sameItem->setExpanded(false);
    m_comparisonLabel->setText(tr("This run (%1) against %2: %3")
                                   .arg(m_job ? m_job->profile().name : QString(), m_comparedWith,
                                        RunComparison::summary(rows)));
}

bool ConformanceWindow::compareWith(const QString &savedRunPath)
{
    QFile file(savedRunPath);
    QString problem;
    QJsonParseError parse{};
    ConformanceReport::Header earlier;
    std::optional<QList<CheckResult>> results;
    if (!file.open(QIODevice::ReadOnly))
        problem = file.errorString();
    else if (file.size() > kMaxSavedRunBytes)
        problem = tr("the file is larger than a saved run can be");
    else if (const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
             !doc.isObject())
        problem = tr("it is not JSON (%1)").arg(parse.errorString());
    else
        results = ConformanceReport::fromJson(doc.object(), &earlier, &problem);
    if (!results) {
        Ask::tell(this, tr("Compare with a saved run"),
                  tr("%1 cannot be compared: %2").arg(QFileInfo(savedRunPath).fileName(), problem),
                  true);
        return false;
    }
    m_earlier = *results;
    m_comparedWith =
        tr("%1 (%2, %3)").arg(QFileInfo(savedRunPath).fileName(), earlier.profile, earlier.server);
    showComparison();
    showSummary();
    m_tabs->setCurrentIndex(1);
    return true;
}

void ConformanceWindow::chooseComparison()
{
    const QString path = Ask::openFileName(this, tr("Compare with a saved run"),
                                           tr("Saved conformance runs (*.json)"));
    if (!path.isEmpty())
        compareWith(path);
}

bool ConformanceWindow::saveReport(const QString &path, const QString &kind)
{
    if (!m_job)
        return false;
    const QList<CheckResult> &results = m_job->results();
    const ConformanceReport::Header &header = m_job->header();
    QByteArray bytes;
    if (kind == QLatin1String("html")) {
        ConformanceHtml::Comparison comparison{m_comparedWith,
                                               RunComparison::compare(m_earlier, results)};
        bytes = ConformanceHtml::page(results, header, m_earlier.isEmpty() ? nullptr : &comparison);
    } else if (kind == QLatin1String("junit")) {
        bytes = ConformanceReport::junit(results, header);
    } else {
        bytes =
            QJsonDocument(ConformanceReport::json(results, header)).toJson(QJsonDocument::Indented);
    }
    QString error;
    if (!PrivateFile::writeWhole(path, bytes, &error)) {
        Ask::tell(this, tr("Save the results"),
                  tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), error), true);
        return false;
    }
    m_activity->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ConformanceWindow::exportAs(const QString &kind)
{
    QString name = QStringLiteral("conformance-%1")
                       .arg(m_job ? m_job->profile().name.toLower() : QStringLiteral("run"));
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    QString filter;
    if (kind == QLatin1String("html")) {
        name += QStringLiteral(".html");
        filter = tr("HTML pages (*.html)");
    } else if (kind == QLatin1String("junit")) {
        name += QStringLiteral(".xml");
        filter = tr("JUnit XML (*.xml)");
    } else {
        name += QStringLiteral(".json");
        filter = tr("Saved conformance runs (*.json)");
    }
    const QString path = Ask::saveFileName(this, tr("Save the results"), name, filter);
    if (!path.isEmpty())
        saveReport(path, kind);
}
