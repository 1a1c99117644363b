// The explorer as a desktop citizen at the keyboard and on the system: --help and --version
// without a display, a keychain that refuses a write is said, every shortcut works from every
// focus, the main flows and the dialogs by keyboard alone. How it looks (the screen it fits,
// colours, names for a screen reader, German) is tst_desktop_looks.
#include "WindowFixture.h"
#include "app/auth/TokenStore.h"
#include "app/support/AppSettings.h"
#include "app/support/Translations.h"
#include "ui/BinaryViewer.h"
#include "ui/CallDetailPane.h"
#include "ui/PreferencesDialog.h"
#include "ui/ProfileDialog.h"
#include "ui/SeverityStyle.h"
#include "ui/Theme.h"
#include "ui/TokenRequestDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QMenuBar>
#include <QMultiMap>
#include <QPlainTextEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QToolButton>
#include <QTranslator>

class TestDesktop : public QObject, public WindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("fbx.*=true"));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FhirBulkExplorerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("FhirBulkExplorerDesktopTest"));
        QSettings().clear();
        Translations::install(qApp, QStringLiteral("en"));
        build();
    }

    void helpAndVersionWithoutADisplay()
    {
        // Over SSH or in a package check there is no display: --help and --version still answer
        // (they used to abort while looking for one).
        const QString program = qEnvironmentVariable("FBX_GUI");
        if (program.isEmpty())
            QSKIP("FBX_GUI is set by ctest");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            env.remove(QLatin1String(name));
        const QList<QPair<QString, QString>> cases = {
            {QStringLiteral("--version"), QStringLiteral("fhir-bulk-explorer ")},
            {QStringLiteral("-v"), QStringLiteral("QtKeychain")},
            {QStringLiteral("--help"), QStringLiteral("--appearance <name>")},
            {QStringLiteral("-h"), QStringLiteral("Usage:")}};
        for (const auto &c : cases) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(program, {c.first});
            QVERIFY(process.waitForFinished(30000));
            const QString out = QString::fromUtf8(process.readAllStandardOutput());
            QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                     qPrintable(c.first + QStringLiteral(": ") +
                                QString::fromUtf8(process.readAllStandardError())));
            QVERIFY2(out.contains(c.second), qPrintable(out));
        }
    }

    void lockedKeychainIsShown()
    {
        // A keychain that refuses writes (a locked collection): the banner says so and what to
        // do, and the token stays usable for the session.
        struct Locked : SecretBackend
        {
            void read(const QString &, Callback done) override { done({Status::NotFound, {}, {}}); }
            void write(const QString &, const QByteArray &, Callback done) override
            {
                done({Status::Failed, {}, QStringLiteral("The collection is locked")});
            }
            void remove(const QString &, Callback done) override { done({Status::Ok, {}, {}}); }
        } locked;
        m_backend = &locked;
        build();
        waitIdle();
        QString preview;
        for (const ServerProfile &p : m_profiles->all()) {
            if (p.environment == ServerProfile::Environment::Preview)
                preview = p.id;
        }
        selectAndWait(preview); // tokens of the Sandbox are never saved; this one's are
        auto *banner = child<QLabel>("keychainBanner");
        QVERIFY(!banner->isVisible());
        child<QLineEdit>("tokenEdit")->setText(QStringLiteral("preview-token"));
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("did not store")) &&
                     banner->text().contains(QLatin1String("locked")) &&
                     banner->text().contains(QLatin1String("unlock")),
                 qPrintable(banner->text()));
        shot(QStringLiteral("26-keychain-locked"));
        // Away and back: the token is still there for this session.
        selectAndWait(QStringLiteral("sandbox"));
        selectAndWait(preview);
        QTRY_COMPARE(child<QLineEdit>("tokenEdit")->text(), QStringLiteral("preview-token"));
        selectAndWait(QStringLiteral("sandbox"));
        m_backend = nullptr;
        build();
        waitIdle();
    }

    void everyShortcutFromEveryFocus()
    {
        waitIdle();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // Every shortcut is used once.
        QHash<QString, QAction *> byKey;
        for (QAction *a : m_window->findChildren<QAction *>()) {
            for (const QKeySequence &k : a->shortcuts()) {
                QVERIFY2(!byKey.contains(k.toString()),
                         qPrintable(k.toString() + QStringLiteral(" is used twice")));
                byKey.insert(k.toString(), a);
            }
        }
        QVERIFY2(byKey.size() >= 16, qPrintable(QString::number(byKey.size())));
        // The activation is caught, not run: this checks where the keys go (Quit and modal
        // dialogs are tested elsewhere).
        struct Catcher : QObject
        {
            QList<QObject *> hits;
            bool eventFilter(QObject *watched, QEvent *event) override
            {
                if (event->type() != QEvent::Shortcut)
                    return false;
                hits << watched;
                return true;
            }
        } catcher;
        for (QAction *a : std::as_const(byKey))
            a->installEventFilter(&catcher);
        // From each kind of place the focus can be: text fields (which bind Ctrl+E, Ctrl+K and
        // Ctrl+B themselves), a combo box, the call table.
        for (const char *focus : {"addressEdit", "tokenEdit", "requestIdEdit", "filterEdit",
                                  "authCombo", "callTable"}) {
            QWidget *w = child<QWidget>(focus);
            w->setFocus();
            QTRY_VERIFY(w->hasFocus());
            for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
                if (!it.value()->isEnabled())
                    continue; // Cancel while idle, Resume without an unfinished export
                catcher.hits.clear();
                QTest::keySequence(w, QKeySequence(it.key()));
                QVERIFY2(catcher.hits.size() == 1 && catcher.hits.first() == it.value(),
                         qPrintable(QStringLiteral("%1 from %2 reached %3 action(s)")
                                        .arg(it.key(), QLatin1String(focus))
                                        .arg(catcher.hits.size())));
            }
        }
        for (QAction *a : std::as_const(byKey))
            a->removeEventFilter(&catcher);
        // And for real: Ctrl+E from the address bar opens the export window for the Group there.
        child<QLineEdit>("addressEdit")->setText(QStringLiteral("Group/2"));
        child<QLineEdit>("addressEdit")->setFocus();
        QTest::keySequence(child<QWidget>("addressEdit"), QKeySequence(QStringLiteral("Ctrl+E")));
        QDialog *exportDialog = nullptr;
        QTRY_VERIFY(
            (exportDialog = m_window->findChild<QDialog *>(QStringLiteral("exportDialog"))));
        exportDialog->close();
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("exportDialog")));
        // The address bar keeps its editing keys.
        auto *address = child<QLineEdit>("addressEdit");
        address->selectAll();
        QTest::keySequence(address, QKeySequence::Copy);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Group/2"));
        child<QLineEdit>("addressEdit")->setText(QStringLiteral("Group/1"));
    }

    void mainFlowsByKeyboardOnly()
    {
        // An analyst without a mouse: every step below is a key press.
        waitIdle();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        const auto focused = [] { return QApplication::focusWidget(); };
        const auto press = [&focused, this](const QString &keys) {
            QWidget *target = focused() ? focused() : m_window.get();
            QTest::keySequence(target, QKeySequence(keys));
        };
        // Ctrl+L: the address bar, its text selected to type over; Return sends.
        press(QStringLiteral("Ctrl+L"));
        QTRY_COMPARE(focused()->objectName(), QStringLiteral("addressEdit"));
        QTest::keyClicks(focused(), QStringLiteral("Group/1"));
        QCOMPARE(child<QLineEdit>("addressEdit")->text(), QStringLiteral("Group/1"));
        const int before = m_log->rowCount();
        QTest::keyClick(focused(), Qt::Key_Return);
        waitIdle();
        QCOMPARE(m_log->rowCount(), before + 1);
        QTRY_VERIFY(child<QWidget>("detailTabs")->isVisible()); // the new call is shown
        // Alt+T (the Token label's mnemonic): the token field.
        press(QStringLiteral("Alt+T"));
        QTRY_COMPARE(focused()->objectName(), QStringLiteral("tokenEdit"));
        // Tab from the address bar reaches the call log, then the call's details.
        press(QStringLiteral("Ctrl+L"));
        QStringList path;
        for (int i = 0; i < 40 && focused()->objectName() != QLatin1String("callTable"); ++i) {
            QTest::keyClick(focused(), Qt::Key_Tab);
            path << focused()->objectName();
        }
        QVERIFY2(focused()->objectName() == QLatin1String("callTable"),
                 qPrintable(path.join(QStringLiteral(" → "))));
        // Up and Down walk the calls; the detail follows.
        const QString shown = child<QLabel>("summaryLabel")->text();
        QTest::keyClick(focused(), Qt::Key_Up);
        QTRY_VERIFY(child<QLabel>("summaryLabel")->text() != shown);
        QTest::keyClick(focused(), Qt::Key_Down);
        QTRY_COMPARE(child<QLabel>("summaryLabel")->text(), shown);
        // Ctrl+F: the log's filter; Ctrl+H the History dock, and back.
        press(QStringLiteral("Ctrl+F"));
        QTRY_COMPARE(focused()->objectName(), QStringLiteral("filterEdit"));
        auto *history = child<QDockWidget>("historyDock");
        const bool historyShown = history->isVisible();
        press(QStringLiteral("Ctrl+H"));
        QTRY_COMPARE(history->isVisible(), !historyShown);
        press(QStringLiteral("Ctrl+H"));
        QTRY_COMPARE(history->isVisible(), historyShown);
        // Ctrl+E: the export window for the Group in the address bar; Escape closes it.
        press(QStringLiteral("Ctrl+E"));
        QDialog *exportDialog = nullptr;
        QTRY_VERIFY(
            (exportDialog = m_window->findChild<QDialog *>(QStringLiteral("exportDialog"))));
        QVERIFY(QTest::qWaitForWindowActive(exportDialog));
        // The keyboard is in the new window at once: typing goes there.
        QTRY_VERIFY(focused() && focused()->window() == exportDialog);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : exportDialog,
                        Qt::Key_Escape);
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("exportDialog")));
        // Ctrl+T: the token inspector; Escape closes it.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        press(QStringLiteral("Ctrl+T"));
        QWidget *inspector = nullptr;
        QTRY_VERIFY((inspector = m_window->findChild<QDialog *>(QStringLiteral("tokenInspector"))));
        QTRY_VERIFY(inspector->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(inspector));
        QTRY_VERIFY(focused() && focused()->window() == inspector);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : inspector,
                        Qt::Key_Escape);
        QTRY_VERIFY(!inspector->isVisible());
    }

    void dialogsTabInReadingOrder()
    {
        // In each single-column form, Tab goes down the form (never back up), and reaches
        // every field.
        waitIdle();
        const auto check = [](QDialog *dialog) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QList<QWidget *> chain;
            QWidget *start = dialog->nextInFocusChain();
            QWidget *w = start;
            do {
                // (a spin box's own line edit is the spin box; the buttons row is last)
                if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
                    w->window() == dialog && !qobject_cast<QDialogButtonBox *>(w->parentWidget()) &&
                    !qobject_cast<QAbstractSpinBox *>(w->parentWidget()))
                    chain << w;
                w = w->nextInFocusChain();
            } while (w != start && chain.size() < 200);
            QVERIFY(chain.size() >= 3);
            QStringList order;
            for (int i = 0; i < chain.size(); ++i) {
                const QPoint at = chain[i]->mapTo(dialog, QPoint(0, 0));
                order << QStringLiteral("%1@%2").arg(chain[i]->objectName()).arg(at.y());
                if (i == 0)
                    continue;
                const QPoint prev = chain[i - 1]->mapTo(dialog, QPoint(0, 0));
                QVERIFY2(at.y() >= prev.y() - 4,
                         qPrintable(dialog->objectName() + QStringLiteral(": Tab goes back up: ") +
                                    order.join(QStringLiteral(" → "))));
            }
            dialog->close();
        };
        auto *preferences = new PreferencesDialog(m_window.get());
        preferences->setObjectName(QStringLiteral("preferences"));
        check(preferences);
        delete preferences;
        auto *tokenRequest =
            new TokenRequestDialog(m_services.get(), m_window->currentProfile(), m_window.get());
        tokenRequest->setObjectName(QStringLiteral("tokenRequest"));
        check(tokenRequest);
        delete tokenRequest;
        child<QAction>("actionAddProfile")->trigger();
        QDialog *profile = nullptr;
        QTRY_VERIFY((profile = m_window->findChild<QDialog *>(QStringLiteral("profileDialog"))));
        shot(QStringLiteral("35-profile-dialog"), profile);
        check(profile);
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("profileDialog")));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QSettings().clear();
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
