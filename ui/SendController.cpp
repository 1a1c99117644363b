#include "SendController.h"

#include "app/session/SentCall.h"
#include "app/session/Workspace.h"
#include "ui/Ask.h"
#include "ui/CallDetailPane.h"
#include "ui/CallLogPane.h"
#include "ui/ProfileSwitcher.h"
#include "ui/TokenBar.h"
#include "ui_MainWindow.h"

#include <QMainWindow>
#include <QProgressBar>
#include <QStatusBar>

SendController::SendController(QMainWindow *window, Ui::MainWindow *ui, Workspace *workspace,
                               RequestBar *requestBar, TokenBar *tokenBar,
                               ProfileSwitcher *profiles)
    : QObject(window), m_window(window), m_ui(ui), m_workspace(workspace), m_requestBar(requestBar),
      m_tokenBar(tokenBar), m_profiles(profiles), m_progress(new QProgressBar(window))
{
    m_progress->setObjectName(QStringLiteral("callProgress"));
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_window->statusBar()->addPermanentWidget(m_progress);
    connect(m_requestBar, &RequestBar::sendRequested, this, &SendController::send);
    connect(m_requestBar, &RequestBar::exampleChosen, this, &SendController::runExample);
    connect(m_ui->actionSend, &QAction::triggered, this, &SendController::send);
}

void SendController::runExample(const RequestBar::Example &e)
{
    // The Examples reproduce the vendor's documentation page on the Sandbox. On another server
    // each is a real call (some without a token or with a broken one on purpose), and a
    // production gateway logs every call: ask first, and offer the Sandbox.
    const ServerProfile profile = m_profiles->current();
    if (profile.environment != ServerProfile::Environment::Sandbox) {
        QString text = tr("The Examples reproduce the vendor's documentation page on the built-in "
                          "Sandbox. On \"%1\" this one is a real call: %2 %3 (Authorization: "
                          "%4).")
                           .arg(profile.name, QString::fromLatin1(e.method), e.path,
                                m_requestBar->authVariantName(e.auth));
        if (profile.environment == ServerProfile::Environment::Production)
            text += QStringLiteral("\n\n") +
                    tr("This is PRODUCTION: real patient data, and every call is logged by the "
                       "vendor.");
        const int choice =
            Ask::choose(m_window, tr("Run the example on %1?").arg(profile.name), text,
                        {tr("Switch to the Sandbox"), tr("Send to %1").arg(profile.name)});
        if (choice < 0)
            return;
        if (choice == 0)
            m_profiles->select(ServerProfile::sandbox().id);
    }
    m_requestBar->setRequest(e.method, e.path);
    m_requestBar->setAuthMode(e.auth);
    if (e.needsValidToken && m_tokenBar->token().isEmpty() &&
        m_profiles->current().environment == ServerProfile::Environment::Sandbox)
        m_tokenBar->useDemoToken();
    send();
    // A broken Authorization variant is the example's, for that request alone: the menu goes
    // back to the working form, so the next request (and every pane's) is not broken too.
    m_requestBar->setAuthMode(AuthMode::Bearer);
}

void SendController::send()
{
    if (m_current)
        return;
    QString problem;
    const auto draft = m_requestBar->draft(&problem);
    if (!draft) {
        emit statusMessage(problem, 8000);
        return;
    }
    sendDraft(*draft);
}

void SendController::sendDraft(const RequestDraft &draft)
{
    if (m_current)
        return;
    QString problem;
    m_current = m_workspace->send(draft, &problem);
    if (!m_current) {
        emit statusMessage(problem, 8000);
        return;
    }
    connect(m_current, &SentCall::finished, this, [this](const CallRecord &r) {
        // The record as it came back, in the detail pane directly; selected in the log too
        // when its filter shows it.
        m_ui->callLogPane->selectCall(r.id);
        m_ui->callDetailPane->showCall(r);
        emit ended(r);
        setBusy(false);
        emit statusMessage(tr("%1 → %2").arg(r.url.toString(), r.diagnosis.code), 8000);
    });
    connect(m_current, &SentCall::progress, this, [this](qint64 got, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(1000 * got / total));
        }
    });
    setBusy(true);
}

void SendController::cancel()
{
    if (m_current)
        m_current->cancel();
}

void SendController::setBusy(bool busy)
{
    m_requestBar->setBusy(busy);
    m_ui->actionSend->setEnabled(!busy);
    m_ui->actionCancel->setEnabled(busy);
    m_progress->setRange(0, 0);
    m_progress->setVisible(busy);
    if (busy)
        emit statusMessage(tr("Waiting for %1 …").arg(m_profiles->current().baseUrl.host()), 0);
}
