#include "ProfileDialog.h"

#include "app/calls/TlsEvidence.h"
#include "ui/Ask.h"
#include "ui/SeverityStyle.h"
#include "ui_ProfileDialog.h"

#include "app/session/ProfileVariables.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>

namespace {

enum VariableColumn { NameColumn, ValueColumn, SecretColumn };

bool isSecretRow(const QModelIndex &index)
{
    return index.siblingAtColumn(SecretColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked;
}

// A secret value is never shown: dots (or where it is kept), and typed into a password field.
class VariableValueDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && isSecretRow(index)) {
            line->setEchoMode(QLineEdit::Password);
            line->setPlaceholderText(ProfileDialog::tr("empty: keep the keychain's value"));
        }
        return editor;
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!isSecretRow(index))
            return;
        option->text = index.data(Qt::EditRole).toString().isEmpty()
                           ? ProfileDialog::tr("(kept in the keychain)")
                           : QString(8, QChar(0x2022));
    }
};

} // namespace

ProfileDialog::ProfileDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ProfileDialog>())
{
    m_ui->setupUi(this);
    for (auto e : {ServerProfile::Environment::Custom, ServerProfile::Environment::Preview,
                   ServerProfile::Environment::Production})
        m_ui->profileEnvironmentCombo->addItem(ServerProfile::environmentName(e),
                                               ServerProfile::environmentKey(e));
    m_ui->profileProxyCombo->addItem(tr("System settings"), int(ProxySetting::Mode::System));
    m_ui->profileProxyCombo->addItem(tr("None (direct)"), int(ProxySetting::Mode::None));
    m_ui->profileProxyCombo->addItem(tr("HTTP(S) proxy"), int(ProxySetting::Mode::Http));
    m_ui->profileProxyCombo->addItem(tr("SOCKS5 proxy"), int(ProxySetting::Mode::Socks5));
    connect(m_ui->profileProxyCombo, &QComboBox::currentIndexChanged, this,
            &ProfileDialog::showProxyFields);
    showProxyFields();
    // A problem said on OK goes once the user changes something.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, m_ui->profileProblemLabel, &QWidget::hide);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(m_ui->profileCaBundleButton, &QPushButton::clicked, this, [this] {
        const QString path =
            Ask::openFileName(this, tr("CA certificates for this server"),
                              tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!path.isEmpty())
            m_ui->profileCaBundleEdit->setText(path);
    });
    auto *table = m_ui->profileVariablesTable;
    table->setItemDelegateForColumn(ValueColumn, new VariableValueDelegate(table));
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    table->horizontalHeader()->resizeSection(
        NameColumn, table->fontMetrics().horizontalAdvance(QStringLiteral("patientGroupId")) + 16);
    table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(SecretColumn, QHeaderView::ResizeToContents);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_ui->addVariableButton, &QPushButton::clicked, this, [this, table] {
        addVariableRow({});
        table->setCurrentCell(table->rowCount() - 1, NameColumn);
        table->editItem(table->item(table->rowCount() - 1, NameColumn));
    });
    connect(m_ui->removeVariableButton, &QPushButton::clicked, this, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    // A value typed while plain and then marked secret (or the reverse) is shown as it now is.
    connect(table, &QTableWidget::itemChanged, table, [table](QTableWidgetItem *item) {
        if (item->column() == SecretColumn)
            table->viewport()->update();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::setProfile(const ServerProfile &p)
{
    m_editing = p;
    setWindowTitle(tr("Server profile: %1").arg(p.name));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_ui->profileNameEdit->setText(p.name);
    m_ui->profileUrlEdit->setText(p.baseUrl.toString());
    const int env =
        m_ui->profileEnvironmentCombo->findData(ServerProfile::environmentKey(p.environment));
    if (env < 0) // the Sandbox: not a choice for a profile of one's own, but what this one is
        m_ui->profileEnvironmentCombo->addItem(ServerProfile::environmentName(p.environment),
                                               ServerProfile::environmentKey(p.environment));
    m_ui->profileEnvironmentCombo->setCurrentIndex(
        env >= 0 ? env : m_ui->profileEnvironmentCombo->count() - 1);
    m_ui->profileCaBundleEdit->setText(p.caBundle);
    const int proxy = m_ui->profileProxyCombo->findData(int(p.proxy.mode));
    if (proxy >= 0)
        m_ui->profileProxyCombo->setCurrentIndex(proxy);
    if (p.proxy.mode == ProxySetting::Mode::Http || p.proxy.mode == ProxySetting::Mode::Socks5) {
        m_ui->profileProxyEdit->setText(
            QStringLiteral("%1:%2").arg(p.proxy.host).arg(p.proxy.port));
        m_ui->profileProxyUserEdit->setText(p.proxy.user);
    }
    if (p.builtIn) {
        m_ui->introLabel->setText(tr("A built-in profile: its server is fixed. Its variables "
                                     "are yours to set."));
        for (QWidget *w : std::initializer_list<QWidget *>{
                 m_ui->profileNameEdit, m_ui->profileUrlEdit, m_ui->profileEnvironmentCombo,
                 m_ui->profileCaBundleEdit, m_ui->profileCaBundleButton, m_ui->profileProxyCombo,
                 m_ui->profileProxyEdit, m_ui->profileProxyUserEdit,
                 m_ui->profileProxyPasswordEdit})
            w->setEnabled(false);
    }
}

void ProfileDialog::setVariables(const QList<ProfileVariable> &variables)
{
    m_ui->profileVariablesTable->setRowCount(0);
    for (const ProfileVariable &v : variables)
        addVariableRow(v);
}

void ProfileDialog::addVariableRow(const ProfileVariable &v)
{
    auto *table = m_ui->profileVariablesTable;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, NameColumn, new QTableWidgetItem(v.name));
    table->setItem(row, ValueColumn, new QTableWidgetItem(v.value));
    auto *secret = new QTableWidgetItem(tr("secret"));
    secret->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    secret->setCheckState(v.secret ? Qt::Checked : Qt::Unchecked);
    secret->setToolTip(tr("Kept in the keychain, shown masked, usable in an Authorization header "
                          "only"));
    table->setItem(row, SecretColumn, secret);
}

QList<ProfileVariable> ProfileDialog::variables() const
{
    QList<ProfileVariable> out;
    const auto *table = m_ui->profileVariablesTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        ProfileVariable v;
        v.name = table->item(row, NameColumn) ? table->item(row, NameColumn)->text().trimmed()
                                              : QString();
        v.value = table->item(row, ValueColumn) ? table->item(row, ValueColumn)->text() : QString();
        v.secret = table->item(row, SecretColumn) &&
                   table->item(row, SecretColumn)->checkState() == Qt::Checked;
        if (v.name.isEmpty() && v.value.isEmpty())
            continue; // an empty row added and left
        out << v;
    }
    return out;
}

ServerProfile ProfileDialog::profile() const
{
    if (m_editing.builtIn)
        return m_editing;
    ServerProfile p;
    p.id = m_editing.id;
    p.pinnedSha256 = m_editing.pinnedSha256;
    p.name = m_ui->profileNameEdit->text().trimmed();
    p.baseUrl = QUrl(m_ui->profileUrlEdit->text().trimmed(), QUrl::StrictMode);
    p.environment =
        ServerProfile::environmentFromKey(m_ui->profileEnvironmentCombo->currentData().toString());
    p.caBundle = m_ui->profileCaBundleEdit->text().trimmed();
    const auto mode = ProxySetting::Mode(m_ui->profileProxyCombo->currentData().toInt());
    if (mode == ProxySetting::Mode::Http || mode == ProxySetting::Mode::Socks5) {
        const QString scheme =
            mode == ProxySetting::Mode::Http ? QStringLiteral("http") : QStringLiteral("socks5");
        QString address = m_ui->profileProxyEdit->text().trimmed();
        if (address.contains(QLatin1String("://")))
            address = address.section(QLatin1String("://"), 1);
        p.proxy = ProxySetting::parse(scheme + QStringLiteral("://") + address, nullptr);
        p.proxy.mode = mode; // also when the address is not usable: accept() says so
        p.proxy.user = m_ui->profileProxyUserEdit->text().trimmed();
    } else {
        p.proxy.mode = mode;
    }
    return p;
}

QString ProfileDialog::proxyPassword() const
{
    return m_ui->profileProxyEdit->isEnabled() ? m_ui->profileProxyPasswordEdit->text() : QString();
}

void ProfileDialog::showProxyFields()
{
    const auto mode = ProxySetting::Mode(m_ui->profileProxyCombo->currentData().toInt());
    const bool named = mode == ProxySetting::Mode::Http || mode == ProxySetting::Mode::Socks5;
    for (QLineEdit *w :
         {m_ui->profileProxyEdit, m_ui->profileProxyUserEdit, m_ui->profileProxyPasswordEdit})
        w->setEnabled(named);
    m_ui->profileProxyEdit->setPlaceholderText(named ? (mode == ProxySetting::Mode::Http
                                                            ? tr("e.g. proxy.example.org:3128")
                                                            : tr("e.g. socks.example.org:1080"))
                                                     : QString());
}

void ProfileDialog::accept()
{
    const ServerProfile p = profile();
    QString problem;
    QWidget *fix = nullptr;
    if (m_editing.builtIn) {
        // Its server is fixed: only the variables are checked.
    } else if (p.name.isEmpty()) {
        problem = tr("Give the profile a name.");
        fix = m_ui->profileNameEdit;
    } else if (!p.baseUrl.isValid() || p.baseUrl.host().isEmpty() ||
               (p.baseUrl.scheme() != QLatin1String("https") &&
                p.baseUrl.scheme() != QLatin1String("http"))) {
        problem = tr("The base URL must be an http(s) URL with a host, such as "
                     "https://example.org/fhir.");
        fix = m_ui->profileUrlEdit;
    } else if ((p.proxy.mode == ProxySetting::Mode::Http ||
                p.proxy.mode == ProxySetting::Mode::Socks5) &&
               (p.proxy.host.isEmpty() || p.proxy.port == 0)) {
        problem = tr("Write the proxy as host:port (e.g. proxy.example.org:3128), or choose "
                     "\"System settings\".");
        fix = m_ui->profileProxyEdit;
    } else if (!p.caBundle.isEmpty()) {
        QString caProblem;
        if (TlsEvidence::loadCaBundle(p.caBundle, &caProblem).isEmpty()) {
            problem = tr("The CA bundle cannot be used (%1): choose a PEM file of CA "
                         "certificates, or leave the field empty.")
                          .arg(caProblem);
            fix = m_ui->profileCaBundleEdit;
        }
    }
    if (!fix) {
        problem = ProfileVariables::problem(variables());
        if (!problem.isEmpty())
            fix = m_ui->profileVariablesTable;
    }
    if (fix) {
        showProblem(problem, fix);
        return;
    }
    QDialog::accept();
}

void ProfileDialog::showProblem(const QString &problem, QWidget *fix)
{
    m_ui->profileProblemLabel->setText(
        QStringLiteral("%1 %2").arg(SeverityStyle::mark(Diagnosis::Severity::Error), problem));
    m_ui->profileProblemLabel->setStyleSheet(
        SeverityStyle::cardStyleSheet(Diagnosis::Severity::Error));
    m_ui->profileProblemLabel->show();
    fix->setFocus();
}
