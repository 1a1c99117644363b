#pragma once
// The real main window on its real services (the Sandbox, a client on a hermetic network, a
// call log, a keychain held in memory), built as main() builds it: what the GUI tests drive.
#include "TestServers.h"
#include "app/auth/TokenStore.h"
#include "app/calls/ServerProfile.h"
#include "app/models/CallLogModel.h"
#include "app/net/ExportJournal.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/session/ProfileStore.h"
#include "app/session/Workspace.h"
#include "app/support/Translations.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class WindowFixture
{
protected:
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<SandboxHost> m_sandbox;
    std::unique_ptr<FhirClient> m_client;
    std::unique_ptr<CallLogModel> m_log;
    MemorySecretBackend m_keychain;     // outlives the windows: it plays the OS keychain
    SecretBackend *m_backend = nullptr; // set: the keychain the next build() uses instead
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<Workspace> m_services;
    QString m_historyPath;       // set: the window's services open the call history there
    bool m_ownPlacement = false; // set: the window sizes and places itself, as on a user's desk
    std::unique_ptr<MainWindow> m_window;

    // Everything the suite logged (qDebug/qWarning/...), checked for tokens at its end.
    static QStringList &logged()
    {
        static QStringList lines;
        return lines;
    }
    static QMutex &loggedMutex() // Qt logs from pool threads too
    {
        static QMutex mutex;
        return mutex;
    }
    static QtMessageHandler &previousHandler()
    {
        static QtMessageHandler handler = nullptr;
        return handler;
    }

    // initTestCase of a window suite: every fbx category logged and collected, settings and data
    // in test-mode folders of the suite's own (suites run in parallel), English as the app
    // installs it, then the window.
    void startSuite(const char *suite)
    {
        previousHandler() = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
                {
                    const QMutexLocker lock(&loggedMutex());
                    logged() << message;
                }
                if (previousHandler())
                    previousHandler()(type, context, message);
            });
        QLoggingCategory::setFilterRules(QStringLiteral("fbx.*=true"));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FhirBulkExplorerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("FhirBulkExplorerTest") +
                                             QLatin1String(suite));
        QSettings().clear();
        Translations::install(qApp, QStringLiteral("en")); // as the app does: English plurals
        QFile::remove(ExportJournal::defaultPath());       // test-mode data of an earlier run
        build();
    }

    // cleanupTestCase: nothing the suite logged carries a token; the window and settings go.
    void endSuite()
    {
        QStringList lines;
        {
            const QMutexLocker lock(&loggedMutex());
            lines = logged();
        }
        for (const QString &line : std::as_const(lines))
            QVERIFY2(!line.contains(QLatin1String("eyJ")), qPrintable(line));
        m_window.reset();
        QSettings().clear();
    }

    // What the test keychain holds under `key` (nothing: not found).
    std::optional<QByteArray> stored(const QString &key)
    {
        std::optional<SecretBackend::Result> result;
        m_keychain.read(key, [&result](const SecretBackend::Result &r) { result = r; });
        for (int i = 0; i < 100 && !result; ++i)
            QTest::qWait(10);
        if (!result || result->status != SecretBackend::Status::Ok)
            return std::nullopt;
        return result->value;
    }

    template <typename T> T *child(const char *name)
    {
        T *w = m_window->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    // With FBX_SCREENSHOT_DIR set, a PNG of `widget` (the window by default) named `name`.
    void shot(const QString &name, QWidget *widget = nullptr)
    {
        const QString dir = qEnvironmentVariable("FBX_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QTest::qWait(100); // let pending layout requests settle
        (widget ? widget : m_window.get())
            ->grab()
            .save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    void waitIdle()
    {
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>("sendButton")->isEnabled(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!child<QWidget>("capabilityPane")->property("loading").toBool(),
                                 15000);
    }

    // Switching profiles reads the new server's CapabilityStatement: wait for it, so the calls a
    // test makes next are the last ones in the log.
    void selectAndWait(const QString &id)
    {
        m_window->selectProfile(id);
        waitIdle();
    }

    void sendWith(const QByteArray &method, const QString &path, const QString &authKey)
    {
        child<QComboBox>("methodCombo")->setCurrentText(QString::fromLatin1(method));
        child<QLineEdit>("addressEdit")->setText(path);
        auto *auth = child<QComboBox>("authCombo");
        auth->setCurrentIndex(auth->findData(authKey));
        QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
        waitIdle();
    }

    void build()
    {
        m_window.reset();
        m_services.reset();
        m_client.reset(); // before the network access manager it uses, as in main()
        m_settings = std::make_unique<QSettings>();
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_nam = std::make_unique<QNetworkAccessManager>();
        // The system's proxy replaced by a loopback-only rule; a proxy a test names still applies.
        m_nam->setProxyFactory(new HermeticProxyFactory);
        if (!m_sandbox)
            m_sandbox = std::make_unique<SandboxHost>();
        m_client = std::make_unique<FhirClient>(m_nam.get());
        m_log = std::make_unique<CallLogModel>();
        m_tokens = std::make_unique<TokenStore>(m_backend ? m_backend : &m_keychain);
        m_services = std::make_unique<Workspace>(m_client.get(), m_sandbox.get(), m_profiles.get(),
                                                 m_tokens.get());
        if (!m_historyPath.isEmpty())
            m_services->openHistory(m_historyPath);
        m_window = std::make_unique<MainWindow>(m_services.get(), m_log.get());
        if (!m_ownPlacement)
            m_window->resize(1280, 820);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
};
