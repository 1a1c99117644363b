#include "RequestBar.h"

#include "app/calls/HeaderCheck.h"
#include "ui_RequestBar.h"

#include <QMenu>
#include <QStandardItemModel>
#include <QToolButton>

QList<RequestBar::Example> RequestBar::vendorExamples()
{
    return {
        {tr("200 OK: read Group/1 with the demo token"), "GET", QStringLiteral("Group/1"),
         AuthMode::Bearer, true},
        {tr("200 OK: CapabilityStatement (no token needed)"), "GET", QStringLiteral("metadata"),
         AuthMode::None, false},
        {tr("401 Unauthorized: no Authorization header"), "GET", QStringLiteral("Group/1"),
         AuthMode::None, false},
        {tr("401 Unauthorized: empty Authorization header"), "GET", QStringLiteral("Group/1"),
         AuthMode::Empty, false},
        {tr("403 AccessDenied: invalid token"), "GET", QStringLiteral("Group/1"), AuthMode::Garbled,
         true},
        {tr("403 AccessDenied: token without \"Bearer \""), "GET", QStringLiteral("Group/1"),
         AuthMode::Raw, true},
        {tr("403 IncompleteSignature: invalid path"), "GET", QStringLiteral("Invalid/123456"),
         AuthMode::Bearer, true},
        {tr("403 IncompleteSignature: unsupported method PATCH"), "PATCH",
         QStringLiteral("Group/123456"), AuthMode::Bearer, true},
        {tr("403 IncompleteSignature: invalid path, token without \"Bearer \""), "GET",
         QStringLiteral("Invalid/123456"), AuthMode::Raw, true},
        {tr("403 MissingAuthenticationToken: invalid path, no header"), "GET",
         QStringLiteral("Invalid/123456"), AuthMode::None, false},
        {tr("400 Bad Request: invalid _count"), "GET", QStringLiteral("Group?_count=abc"),
         AuthMode::Bearer, true},
        {tr("404 Not Found: Patient/123456"), "GET", QStringLiteral("Patient/123456"),
         AuthMode::Bearer, true},
        {tr("500 Internal Server Error (Sandbox trigger Group/fail-500)"), "GET",
         QStringLiteral("Group/fail-500"), AuthMode::Bearer, true},
        {tr("501 Not Implemented: GetAllergy"), "GET", QStringLiteral("AllergyIntolerance/1"),
         AuthMode::Bearer, true},
        {tr("501 Not Implemented: GetBinary"), "GET", QStringLiteral("Binary"), AuthMode::Bearer,
         true},
    };
}

RequestBar::RequestBar(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::RequestBar>())
{
    m_ui->setupUi(this);
    for (const char *m : {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
        m_ui->methodCombo->addItem(QString::fromLatin1(m));
    for (const QByteArray &f : FormatOptions::choices())
        m_ui->formatCombo->addItem(QString::fromLatin1(f), f);
    m_ui->authCombo->addItem(tr("Bearer token"), authModeKey(AuthMode::Bearer));
    m_ui->authCombo->addItem(tr("No header"), authModeKey(AuthMode::None));
    m_ui->authCombo->addItem(tr("Empty header"), authModeKey(AuthMode::Empty));
    m_ui->authCombo->addItem(tr("Token without \"Bearer \""), authModeKey(AuthMode::Raw));
    m_ui->authCombo->addItem(tr("Lower-case \"bearer \""), authModeKey(AuthMode::LowercaseBearer));
    m_ui->authCombo->addItem(tr("Garbled token"), authModeKey(AuthMode::Garbled));
    m_ui->authCombo->addItem(tr("Extra spaces around the token"),
                             authModeKey(AuthMode::ExtraSpaces));
    // An expired token on purpose: the Sandbox signs one that ran out ten minutes ago.
    m_ui->authCombo->addItem(tr("Expired token (Sandbox)"), QStringLiteral("expired"));
    m_ui->authCombo->addItem(tr("Token for another environment (Sandbox)"),
                             QStringLiteral("other-environment"));
    // As wide as its longest variant where the row has room; down to the 12 characters of the
    // form (RequestBar.ui) where it has not, so the window's minimum width stays as it was.
    const int narrowest = m_ui->authCombo->minimumSizeHint().width();
    m_ui->authCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ui->authCombo->setMinimumWidth(narrowest);
    connect(m_ui->authCombo, &QComboBox::currentIndexChanged, this,
            [this] { Q_EMIT authVariantChanged(authVariant()); });
    connect(m_ui->composerBox, &QGroupBox::toggled, this, &RequestBar::showComposer);
    showComposer(false);
    m_ui->addressEdit->setText(QStringLiteral("Group/1"));

    // Examples of every answer on the vendor's documentation page.
    auto *examplesButton = new QToolButton(this);
    examplesButton->setObjectName(QStringLiteral("examplesButton"));
    examplesButton->setText(tr("Examples"));
    examplesButton->setToolTip(tr("Reproduce each answer of the vendor's documentation"));
    examplesButton->setPopupMode(QToolButton::InstantPopup);
    auto *examplesMenu = new QMenu(examplesButton);
    examplesMenu->setObjectName(QStringLiteral("examplesMenu"));
    for (const Example &e : vendorExamples()) {
        QAction *a = examplesMenu->addAction(e.title);
        connect(a, &QAction::triggered, this, [this, e] { Q_EMIT exampleChosen(e); });
    }
    examplesButton->setMenu(examplesMenu);
    m_ui->requestRow->insertWidget(0, examplesButton);

    connect(m_ui->sendButton, &QPushButton::clicked, this, &RequestBar::sendRequested);
    connect(m_ui->addressEdit, &QLineEdit::returnPressed, this, &RequestBar::sendRequested);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &RequestBar::cancelRequested);
    const auto formatEdited = [this] { Q_EMIT formatChanged(format()); };
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, formatEdited);
    connect(m_ui->contentTypeCheck, &QCheckBox::toggled, this, formatEdited);
    connect(m_ui->formatParamCheck, &QCheckBox::toggled, this, formatEdited);
}

RequestBar::~RequestBar() = default;

void RequestBar::showComposer(bool on)
{
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->extraHeadersEdit), static_cast<QWidget *>(m_ui->bodyEdit),
          static_cast<QWidget *>(m_ui->extraHeadersLabel), static_cast<QWidget *>(m_ui->bodyLabel)})
        w->setVisible(on);
    // Collapsed, the box is just its checkbox: no empty frame under the address bar.
    m_ui->composerBox->setFlat(!on);
    m_ui->composerBox->setMaximumHeight(on ? QWIDGETSIZE_MAX
                                           : m_ui->composerBox->fontMetrics().height() + 8);
}

std::optional<RequestDraft> RequestBar::draft(QString *problem)
{
    RequestDraft d;
    d.target = m_ui->addressEdit->text().trimmed();
    if (d.target.isEmpty()) {
        *problem = tr("Type a path such as Group/1, or a full URL.");
        m_ui->addressEdit->setFocus();
        return std::nullopt;
    }
    d.method = m_ui->methodCombo->currentText().toLatin1();
    d.requestId = m_ui->requestIdEdit->text().trimmed().toLatin1();
    d.authVariant = authVariant();
    // Extra headers and a body, from the composer when it is open.
    if (m_ui->composerBox->isChecked()) {
        const auto headers =
            HeaderCheck::parseLines(m_ui->extraHeadersEdit->toPlainText(), problem);
        if (!headers) {
            m_ui->extraHeadersEdit->setFocus();
            return std::nullopt;
        }
        d.headers = *headers;
        d.body = m_ui->bodyEdit->toPlainText().toUtf8();
    }
    return d;
}

void RequestBar::setRequest(const QByteArray &method, const QString &target)
{
    m_ui->methodCombo->setCurrentText(QString::fromLatin1(method));
    m_ui->addressEdit->setText(target);
}

void RequestBar::load(const RequestDraft &d)
{
    setRequest(d.method.toUpper(), d.target);
    const int auth = m_ui->authCombo->findData(d.authVariant);
    m_ui->authCombo->setCurrentIndex(auth >= 0 ? auth : 0);
    m_ui->requestIdEdit->setText(QString::fromLatin1(d.requestId));
    QStringList lines;
    for (const auto &h : d.headers)
        lines << QStringLiteral("%1: %2").arg(QString::fromLatin1(h.first),
                                              QString::fromLatin1(h.second));
    m_ui->extraHeadersEdit->setPlainText(lines.join(QLatin1Char('\n')));
    m_ui->bodyEdit->setPlainText(QString::fromUtf8(d.body));
    m_ui->composerBox->setChecked(!lines.isEmpty() || !d.body.isEmpty());
    focusAddress();
}

void RequestBar::setTarget(const QString &target)
{
    m_ui->addressEdit->setText(target);
}

QString RequestBar::authVariant() const
{
    return m_ui->authCombo->currentData().toString();
}

void RequestBar::setAuthMode(AuthMode mode)
{
    m_ui->authCombo->setCurrentIndex(m_ui->authCombo->findData(authModeKey(mode)));
}

QString RequestBar::authVariantName(AuthMode mode) const
{
    return m_ui->authCombo->itemText(m_ui->authCombo->findData(authModeKey(mode)));
}

QString RequestBar::target() const
{
    return m_ui->addressEdit->text().trimmed();
}

FormatOptions RequestBar::format() const
{
    FormatOptions f;
    f.mimeType = m_ui->formatCombo->currentData().toByteArray();
    f.alsoContentType = m_ui->contentTypeCheck->isChecked();
    f.formatParameter = m_ui->formatParamCheck->isChecked();
    return f;
}

void RequestBar::setBusy(bool busy)
{
    m_ui->sendButton->setEnabled(!busy);
    m_ui->cancelButton->setEnabled(busy);
}

void RequestBar::applyCapabilities(const std::optional<CapabilityStatement> &cs)
{
    auto *model = qobject_cast<QStandardItemModel *>(m_ui->formatCombo->model());
    if (!model)
        return;
    for (int i = 0; i < m_ui->formatCombo->count(); ++i) {
        QStandardItem *item = model->item(i);
        const bool xml = item->text().contains(QLatin1String("xml"));
        const bool offered = !cs || !xml || cs->supportsXml();
        item->setEnabled(offered);
        item->setToolTip(offered ? QString()
                                 : tr("The server's CapabilityStatement does not list XML."));
    }
}

void RequestBar::focusAddress()
{
    m_ui->addressEdit->setFocus();
    m_ui->addressEdit->selectAll();
}

void RequestBar::showExamples()
{
    if (auto *button = findChild<QToolButton *>(QStringLiteral("examplesButton")))
        button->showMenu();
}
