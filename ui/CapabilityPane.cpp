#include "CapabilityPane.h"

#include "app/session/ServerSession.h"

#include "app/calls/ServerProfile.h"
#include "app/models/CapabilityModel.h"
#include "app/session/ProfileStore.h"
#include "ui/SeverityStyle.h"
#include "ui_CapabilityPane.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Rows that differ between two servers: bold on a light yellow ground.
class DiffDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(CapabilityCompareModel::DiffersRole).toBool()) {
            option->font.setBold(true);
            option->backgroundBrush = SeverityStyle::attentionGround(option->palette);
        }
    }
};

// Two profiles, their CapabilityStatements read side by side.
class CompareDialog final : public QDialog
{
public:
    CompareDialog(ServerSession *session, ProfileStore *profiles, SandboxControl sandbox,
                  QWidget *parent)
        : QDialog(parent), m_session(session), m_profiles(profiles), m_sandbox(sandbox)
    {
        setObjectName(QStringLiteral("compareServersDialog"));
        setWindowTitle(tr("Compare servers"));
        auto *form = new QFormLayout;
        m_left = new QComboBox(this);
        m_left->setObjectName(QStringLiteral("leftProfileCombo"));
        m_right = new QComboBox(this);
        m_right->setObjectName(QStringLiteral("rightProfileCombo"));
        for (const ServerProfile &p : profiles->all()) {
            m_left->addItem(p.name, p.id);
            m_right->addItem(p.name, p.id);
        }
        form->addRow(tr("&Left:"), m_left);
        form->addRow(tr("&Right:"), m_right);
        m_status = new QLabel(this);
        m_status->setObjectName(QStringLiteral("compareStatusLabel"));
        m_status->setWordWrap(true);
        m_view = new QTableView(this);
        m_view->setObjectName(QStringLiteral("compareView"));
        m_view->setModel(&m_model);
        m_view->setItemDelegate(new DiffDelegate(m_view));
        m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        m_view->verticalHeader()->hide();
        m_view->setWordWrap(true);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
        auto *go = buttons->addButton(tr("&Compare"), QDialogButtonBox::ActionRole);
        go->setObjectName(QStringLiteral("compareRunButton"));
        connect(go, &QPushButton::clicked, this, &CompareDialog::run);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_status);
        layout->addWidget(m_view, 1);
        layout->addWidget(buttons);
        resize(860, 560);
    }

    void select(const QString &leftId, const QString &rightId)
    {
        m_left->setCurrentIndex(qMax(0, m_left->findData(leftId)));
        m_right->setCurrentIndex(qMax(0, m_right->findData(rightId)));
    }

    void run()
    {
        m_results.clear();
        m_errors.clear();
        m_pending = 2;
        m_status->setText(tr("Reading both CapabilityStatements…"));
        fetch(m_left->currentData().toString(), 0);
        fetch(m_right->currentData().toString(), 1);
    }

private:
    void fetch(const QString &profileId, int side)
    {
        const auto profile = m_profiles->find(profileId);
        const QUrl base = profile ? m_sandbox.baseUrlOf(*profile) : QUrl();
        const QString name = profile ? profile->name : profileId;
        m_session->readStatementAt(base, this, [this, side, name](const auto &read) {
            if (read.statement)
                m_results[side] = *read.statement;
            else
                m_errors << tr("%1: %2").arg(name, read.problem);
            if (--m_pending == 0)
                done();
        });
    }

    void done()
    {
        if (!m_errors.isEmpty()) {
            m_status->setText(
                QStringLiteral("%1 %2").arg(SeverityStyle::mark(Diagnosis::Severity::Error),
                                            m_errors.join(QStringLiteral("; "))));
            return;
        }
        m_model.setStatements(m_left->currentText(), m_results.value(0), m_right->currentText(),
                              m_results.value(1));
        m_view->resizeRowsToContents();
        const int n = m_model.differences();
        m_status->setText(n == 0 ? tr("No differences.")
                                 : tr("%n difference(s), in bold.", nullptr, n));
    }

    ServerSession *m_session;
    ProfileStore *m_profiles;
    SandboxControl m_sandbox;
    QComboBox *m_left;
    QComboBox *m_right;
    QLabel *m_status;
    QTableView *m_view;
    CapabilityCompareModel m_model;
    QMap<int, CapabilityStatement> m_results;
    QStringList m_errors;
    int m_pending = 0;
};

} // namespace

CapabilityPane::CapabilityPane(ServerSession *session, ProfileStore *profiles,
                               SandboxControl sandbox, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::CapabilityPane>()), m_session(session),
      m_profiles(profiles), m_sandbox(sandbox), m_model(new CapabilityModel(this))
{
    m_ui->setupUi(this);
    m_ui->resourcesView->setModel(m_model);
    m_ui->resourcesView->verticalHeader()->hide();
    m_ui->resourcesView->horizontalHeader()->setStretchLastSection(true);
    m_ui->resourcesView->setWordWrap(true);
    m_ui->resourcesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_ui->capabilityRefreshButton, &QPushButton::clicked, this, &CapabilityPane::load);
    connect(m_ui->capabilityCompareButton, &QPushButton::clicked, this, &CapabilityPane::compare);
    // The pane shows what the session read; it reads nothing itself.
    connect(m_session, &ServerSession::loadingStarted, this, [this] {
        m_ui->capabilityStatusLabel->setText(tr("Reading the CapabilityStatement (GET metadata)…"));
        m_ui->capabilityStatusLabel->setStyleSheet(QString());
    });
    connect(m_session, &ServerSession::statementChanged, this, &CapabilityPane::showStatement);
}

CapabilityPane::~CapabilityPane() = default;

void CapabilityPane::load()
{
    m_session->load();
}

void CapabilityPane::showStatement()
{
    const quint64 callId = m_session->callId();
    if (!m_session->statement()) {
        m_model->clear();
        m_ui->capabilitySummaryLabel->clear();
        m_ui->capabilityStatusLabel->setText(QStringLiteral("%1 %2").arg(
            SeverityStyle::mark(Diagnosis::Severity::Error),
            tr("No CapabilityStatement: %1 (call #%2)").arg(m_session->problem()).arg(callId)));
        m_ui->capabilityStatusLabel->setStyleSheet(
            SeverityStyle::cardStyleSheet(Diagnosis::Severity::Error));
        Q_EMIT statementChanged();
        return;
    }
    const CapabilityStatement &cs = *m_session->statement();
    auto row = [](const QString &name, const QString &value) {
        return QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>")
            .arg(name.toHtmlEscaped(), value);
    };
    // Formats: JSON and XML each marked; what the server does not list is greyed.
    auto format = [&cs](const QString &label, bool offered) {
        return offered ? QStringLiteral("✔ %1").arg(label)
                       : QStringLiteral("<span style=\"color:%1\">✘ %2</span>")
                             .arg(SeverityStyle::muted().name(), label);
    };
    bool json = false;
    for (const QString &f : cs.formats)
        json = json || f.contains(QLatin1String("json"));
    QString html = QStringLiteral("<table>");
    html += row(tr("Software"),
                QStringLiteral("%1 %2").arg(cs.softwareName, cs.softwareVersion).toHtmlEscaped());
    html += row(tr("FHIR version"), cs.fhirVersion.toHtmlEscaped());
    html +=
        row(tr("Formats"),
            format(QStringLiteral("JSON"), json) + QStringLiteral(" &nbsp; ") +
                format(QStringLiteral("XML"), cs.supportsXml()) + QStringLiteral("<br><small>") +
                cs.formats.join(QStringLiteral(", ")).toHtmlEscaped() + QStringLiteral("</small>"));
    html += row(tr("Token URL"),
                cs.tokenUrl.isValid()
                    ? cs.tokenUrl.toString().toHtmlEscaped()
                    : QStringLiteral("<i>%1</i>").arg(tr("not given").toHtmlEscaped()));
    html += QStringLiteral("</table>");
    m_ui->capabilitySummaryLabel->setText(html);
    m_ui->capabilityStatusLabel->setText(
        tr("%n resource type(s) listed (call #%1).", nullptr, int(cs.resources.size()))
            .arg(callId));
    m_model->setStatement(cs);
    m_ui->resourcesView->resizeColumnsToContents();
    m_ui->resourcesView->resizeRowsToContents();
    Q_EMIT statementChanged();
}

void CapabilityPane::compare()
{
    auto *dialog = new CompareDialog(m_session, m_profiles, m_sandbox, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QList<ServerProfile> all = m_profiles->all();
    // Production against preview is the usual question; otherwise the first two.
    QString left = all.value(0).id;
    QString right = all.value(1).id;
    for (const ServerProfile &p : all) {
        if (p.environment == ServerProfile::Environment::Production)
            left = p.id;
        if (p.environment == ServerProfile::Environment::Preview)
            right = p.id;
    }
    dialog->select(left, right);
    dialog->show();
}

bool CapabilityPane::isLoading() const
{
    return m_session->isLoading();
}

const std::optional<CapabilityStatement> &CapabilityPane::statement() const
{
    return m_session->statement();
}
