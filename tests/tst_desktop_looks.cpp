// The explorer as a desktop citizen, as it looks: it fits a 1280x800 screen in English and
// German, colours read on light and dark palettes, every control has a name a screen reader
// can say and no Alt letter is claimed twice, the German translation is whole. The keyboard and
// the system are tst_desktop.
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

namespace {
// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
} // namespace

class TestDesktopLooks : public QObject, public WindowFixture
{
    Q_OBJECT
private:
    // Letters that more than one visible control of `root`'s window claims with Alt (a label's
    // buddy, a button, a group box, a tab, a menu): Alt+letter would then only cycle between them.
    // Each page of each tab widget is looked at in turn (a page's buttons claim their letters
    // while it is shown, beside everything outside the tabs).
    static QStringList mnemonicClashes(QWidget *root)
    {
        QStringList clashes = mnemonicClashesNow(root);
        for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
            if (tabs->window() != root || !tabs->isVisibleTo(root))
                continue;
            const int shown = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                for (const QString &c : mnemonicClashesNow(root))
                    if (!clashes.contains(c))
                        clashes << c;
            }
            tabs->setCurrentIndex(shown);
        }
        return clashes;
    }

    static QStringList mnemonicClashesNow(QWidget *root)
    {
        QMultiMap<QChar, QString> seen;
        const auto add = [&seen](const QString &text) {
            for (qsizetype at = text.indexOf(QLatin1Char('&')); at >= 0 && at + 1 < text.size();
                 at = text.indexOf(QLatin1Char('&'), at + 2)) {
                if (text.at(at + 1) != QLatin1Char('&')) {
                    seen.insert(text.at(at + 1).toLower(), text);
                    return;
                }
            }
        };
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (w->window() != root || !w->isVisibleTo(root))
                continue;
            if (auto *b = qobject_cast<QAbstractButton *>(w))
                add(b->text());
            else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
                add(l->text());
            else if (auto *g = qobject_cast<QGroupBox *>(w))
                add(g->title());
            else if (auto *t = qobject_cast<QTabBar *>(w))
                for (int i = 0; i < t->count(); ++i)
                    add(t->tabText(i));
        }
        if (auto *main = qobject_cast<QMainWindow *>(root))
            for (const QAction *a : main->menuBar()->actions())
                add(a->text());
        QStringList clashes;
        for (const QChar c : seen.uniqueKeys())
            if (seen.count(c) > 1)
                clashes << QStringLiteral("Alt+%1 in %2: %3")
                               .arg(c.toUpper(), root->objectName(),
                                    QStringList(seen.values(c)).join(QStringLiteral(" / ")));
        return clashes;
    }

    // The main window with its docks and every window it opens, shown (for checks over all of
    // them); closeEveryWindow() closes them again.
    QList<QWidget *> openEveryWindow(const QString &folder)
    {
        QList<QWidget *> roots{m_window.get()};
        const auto open = [this](const char *action, const char *name) -> QWidget * {
            child<QAction>(action)->trigger();
            QWidget *w = nullptr;
            for (int i = 0; i < 500 && !w; ++i) {
                QTest::qWait(10);
                w = m_window->findChild<QDialog *>(QLatin1String(name));
            }
            if (!w)
                qFatal("%s did not open %s", action, name);
            return w;
        };
        for (const char *dock : {"capabilityDock", "groupsDock", "historyDock"})
            child<QDockWidget>(dock)->show();
        child<QLineEdit>("addressEdit")->setText(QStringLiteral("Group/1"));
        roots << open("actionExport", "exportDialog");
        roots << open("actionInspectToken", "tokenInspector");
        roots << open("actionSandboxPanel", "sandboxPanel");
        roots << open("actionDiagnosisCodes", "diagnosisCodesDialog");
        roots << open("actionAddProfile", "profileDialog");
        auto *preferences = new PreferencesDialog(m_window.get());
        preferences->setAttribute(Qt::WA_DeleteOnClose);
        preferences->show();
        roots << preferences;
        auto *tokenRequest =
            new TokenRequestDialog(m_services.get(), m_window->currentProfile(), m_window.get());
        tokenRequest->setAttribute(Qt::WA_DeleteOnClose);
        tokenRequest->show();
        roots << tokenRequest;
        QFile nd(folder + QStringLiteral("/Patient.ndjson"));
        if (!nd.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(nd.fileName()));
        nd.write("{\"resourceType\":\"Patient\",\"id\":\"p1\"}\n");
        nd.close();
        m_window->openLocalFile(nd.fileName());
        QWidget *viewer = nullptr;
        for (int i = 0; i < 500 && !viewer; ++i) {
            QTest::qWait(10);
            viewer = m_window->findChild<QDialog *>(QStringLiteral("binaryViewer"));
        }
        if (!viewer)
            qFatal("the viewer did not open");
        roots << viewer;
        return roots;
    }

    void closeEveryWindow(const QList<QWidget *> &roots)
    {
        for (QWidget *root : roots) {
            if (root != m_window.get())
                root->close();
        }
        for (const char *dock : {"capabilityDock", "groupsDock", "historyDock"})
            child<QDockWidget>(dock)->hide();
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("exportDialog")));
    }

    void fitsA1280Screen(const char *language)
    {
        // With a token (long info text), a verdict, and every dock open, the window asks for no
        // more than a 1280x800 screen: the docks share the width, long texts elide.
        waitIdle();
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(m_sandbox->mintToken(-300)));
        for (const char *dock : {"capabilityDock", "groupsDock", "historyDock"})
            child<QDockWidget>(dock)->show();
        m_window->resize(1280, 800);
        QTest::qWait(200);
        const auto widths = [this] {
            QStringList w;
            for (const char *name :
                 {"centralWidget", "tokenBar", "requestBar", "callLogPane", "callDetailPane",
                  "capabilityDock", "groupsDock", "historyDock", "menuBar", "statusBar"})
                w << QStringLiteral("%1 %2")
                         .arg(QLatin1String(name))
                         .arg(child<QWidget>(name)->minimumSizeHint().width());
            return w.join(QStringLiteral(", "));
        };
        QVERIFY2(m_window->minimumSizeHint().width() <= 1280,
                 qPrintable(QStringLiteral("%1: window %2: %3")
                                .arg(QLatin1String(language))
                                .arg(m_window->minimumSizeHint().width())
                                .arg(widths())));
        qInfo("%s: the window needs %d px with every dock open", language,
              m_window->minimumSizeHint().width());
        QVERIFY2(m_window->width() <= 1280, qPrintable(QString::number(m_window->width())));
        for (const char *dock : {"capabilityDock", "groupsDock", "historyDock"})
            child<QDockWidget>(dock)->hide();
        child<QLineEdit>("tokenEdit")->clear();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("fbx.*=true"));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FhirBulkExplorerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("FhirBulkExplorerDesktopLooksTest"));
        QSettings().clear();
        Translations::install(qApp, QStringLiteral("en"));
        build();
    }

    void windowFitsA1280Screen() { fitsA1280Screen("English"); }

    void coloursReadOnLightAndDarkPalettes()
    {
        // Every meaning-carrying colour keeps WCAG AA contrast (4.5:1) against the ground it is
        // drawn on, on Fusion's light palette and on our dark one.
        Theme::apply(QStringLiteral("light"));
        const QPalette light = QApplication::palette();
        Theme::apply(QStringLiteral("dark"));
        const QPalette dark = QApplication::palette();
        Theme::apply(QString());
        QVERIFY(!SeverityStyle::isDark(light));
        QVERIFY(SeverityStyle::isDark(dark));
        using S = Diagnosis::Severity;
        for (const QPalette &p : {light, dark}) {
            const QColor base = p.color(QPalette::Base);
            for (S s : {S::Ok, S::Info, S::Warning, S::Error}) {
                const QColor text = SeverityStyle::colour(s, p);
                const QColor ground = SeverityStyle::tint(s, p);
                QVERIFY2(contrast(text, base) >= 4.5, qPrintable(QStringLiteral("%1 on %2: %3")
                                                                     .arg(text.name(), base.name())
                                                                     .arg(contrast(text, base))));
                QVERIFY2(contrast(text, ground) >= 4.5,
                         qPrintable(QStringLiteral("%1 on its tint %2: %3")
                                        .arg(text.name(), ground.name())
                                        .arg(contrast(text, ground))));
                // A tint is a tint: closer to the ground than to the severity's colour.
                QVERIFY(contrast(ground, base) < contrast(text, base));
            }
            QVERIFY(contrast(p.color(QPalette::Text), SeverityStyle::attentionGround(p)) >= 4.5);
            using X = SeverityStyle::Syntax;
            for (X x :
                 {X::Key, X::String, X::Number, X::Literal, X::Tag, X::Attribute, X::Comment}) {
                const QColor c = SeverityStyle::syntax(x, SeverityStyle::isDark(p));
                QVERIFY2(contrast(c, base) >= 4.5, qPrintable(QStringLiteral("syntax %1 on %2: %3")
                                                                  .arg(c.name(), base.name())
                                                                  .arg(contrast(c, base))));
            }
        }
    }

    void darkAppearance()
    {
        // Preferences → Appearance → Dark: Fusion with a dark palette, at once; the banners
        // follow; back to the system's look after.
        waitIdle();
        const QString systemStyle = QApplication::style()->name();
        {
            PreferencesDialog dialog(m_window.get());
            auto *appearance = dialog.findChild<QComboBox *>(QStringLiteral("appearanceCombo"));
            QVERIFY(appearance);
            QCOMPARE(appearance->currentData().toString(), QString()); // follows the system
            appearance->setCurrentIndex(appearance->findData(QStringLiteral("dark")));
            dialog.accept();
        }
        QCOMPARE(AppSettings::appearance(), QStringLiteral("dark"));
        Theme::apply(AppSettings::appearance()); // what the window's Preferences action does
        QVERIFY(SeverityStyle::isDark());
        QCOMPARE(QApplication::style()->objectName().toLower(), QStringLiteral("fusion"));
        // An unchecked check box and the composer's check box are seen on the dark window:
        // their frame contrasts with what is around it (3:1, WCAG's rule for controls).
        for (const char *name : {"contentTypeCheck", "formatParamCheck"}) {
            auto *box = child<QCheckBox>(name);
            QVERIFY(!box->isChecked());
            QStyleOptionButton option;
            option.initFrom(box);
            const QRect indicator =
                box->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, box);
            const QImage drawn = box->grab().toImage();
            const QColor window = box->palette().color(QPalette::Window);
            double best = 0;
            for (int x = indicator.left(); x <= indicator.right(); ++x)
                for (int y = indicator.top(); y <= indicator.bottom(); ++y)
                    best = std::max(best, contrast(drawn.pixelColor(x, y), window));
            QVERIFY2(best >= 3.0, qPrintable(QStringLiteral("%1: the frame contrasts %2:1")
                                                 .arg(QLatin1String(name))
                                                 .arg(best)));
            if (qstrcmp(name, "contentTypeCheck") == 0)
                shot(QStringLiteral("27-dark-checkbox"), box);
        }
        auto *banner = child<QLabel>("environmentBanner");
        QTRY_VERIFY2(
            banner->styleSheet().contains(SeverityStyle::tint(Diagnosis::Severity::Ok).name()),
            qPrintable(banner->styleSheet()));
        // What is drawn: the banner's ground is dark, its text light, and they contrast.
        const QImage image = banner->grab().toImage();
        const QColor ground = image.pixelColor(2, 2);
        QVERIFY2(ground.lightness() < 100, qPrintable(ground.name()));
        const QString darkTint = SeverityStyle::tint(Diagnosis::Severity::Ok).name();
        sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("none"));
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(m_sandbox->mintToken(-300)));
        shot(QStringLiteral("27-dark-main"));
        child<QAction>("actionInspectToken")->trigger();
        QDialog *inspector = nullptr;
        QTRY_VERIFY((inspector = m_window->findChild<QDialog *>(QStringLiteral("tokenInspector"))));
        QTRY_VERIFY(inspector->isVisible());
        shot(QStringLiteral("28-dark-inspector"), inspector);
        inspector->close();
        child<QLineEdit>("tokenEdit")->clear();
        // Back to the desktop's look.
        AppSettings::setAppearance(QString());
        Theme::apply(QString());
        QCOMPARE(QApplication::style()->name(), systemStyle);
        QVERIFY(!SeverityStyle::isDark());
        QTRY_VERIFY(!banner->styleSheet().contains(darkTint));
    }

    void everyControlHasAnAccessibleName()
    {
        // What a screen reader says for each control: its accessible name, or Qt's fallback
        // (a button's text, a field's label buddy). No interactive widget may be nameless.
        waitIdle();
        QTemporaryDir dir;
        const QList<QWidget *> roots = openEveryWindow(dir.path());
        QStringList nameless;
        int checked = 0;
        for (QWidget *root : std::as_const(roots)) {
            QList<QWidget *> widgets = root->findChildren<QWidget *>();
            widgets.prepend(root);
            for (QWidget *w : std::as_const(widgets)) {
                const bool interactive =
                    qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) ||
                    qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
                    qobject_cast<QAbstractItemView *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
                    qobject_cast<QTextEdit *>(w) || qobject_cast<QTabBar *>(w);
                if (!interactive || w->focusPolicy() == Qt::NoFocus || w->window() != root)
                    continue; // a dialog of the window is checked as a root of its own
                // Parts Qt makes inside a control (a combo's line edit, a spin box's edit, a
                // view's corner button) are named by the control.
                if (w->inherits("QComboBoxListView") ||
                    qobject_cast<QComboBox *>(w->parentWidget()) ||
                    qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
                    qobject_cast<QAbstractItemView *>(w->parentWidget()) ||
                    w->objectName().startsWith(QLatin1String("qt_")))
                    continue;
                ++checked;
                QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
                const QString name = a ? a->text(QAccessible::Name).trimmed() : QString();
                if (name.isEmpty())
                    nameless << QStringLiteral("%1 %2 in %3")
                                    .arg(QLatin1String(w->metaObject()->className()),
                                         w->objectName(), root->objectName());
            }
        }
        qInfo("%d interactive widgets checked", checked);
        QVERIFY(checked > 80);
        for (const QString &n : std::as_const(nameless))
            qWarning("without an accessible name: %s", qPrintable(n));
        QVERIFY2(nameless.isEmpty(), qPrintable(QStringLiteral("%1 controls without an accessible "
                                                               "name (listed above)")
                                                    .arg(nameless.size())));
        // And no two controls of a window share their Alt letter.
        QStringList clashes;
        for (QWidget *root : std::as_const(roots))
            clashes << mnemonicClashes(root);
        for (const QString &c : std::as_const(clashes))
            qWarning("%s", qPrintable(c));
        QVERIFY2(clashes.isEmpty(), "Alt letters used twice (listed above)");
        closeEveryWindow(roots);
    }

    void germanTranslation()
    {
        auto *t = new QTranslator(qApp);
        QVERIFY(t->load(QStringLiteral(":/i18n/fhirbulk_de.qm")));
        QCoreApplication::installTranslator(t);
        // Qt's own strings (standard buttons) come from the distribution's qtbase_de.qm, which
        // scripts/bootstrap.sh installs (qt6-translations-l10n).
        auto *qt = new QTranslator(qApp);
        QVERIFY(qt->load(QStringLiteral("qtbase_de"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        QCoreApplication::installTranslator(qt);
        build();
        QCOMPARE(child<QPushButton>("sendButton")->text(), QStringLiteral("&Senden"));
        // The labels the issue found in English: the Authorization variant and the Groups dock.
        QCOMPARE(child<QLabel>("authLabel")->text(), QStringLiteral("A&utorisierung:"));
        QCOMPARE(child<QDockWidget>("groupsDock")->windowTitle(), QStringLiteral("Gruppen"));
        QCOMPARE(child<QToolButton>("capabilitiesButton")->text(), QStringLiteral("Fähigkeiten…"));
        fitsA1280Screen("German");
        sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("none"));
        QVERIFY2(
            child<QLabel>("causesLabel")->text().contains(QStringLiteral("Authorization-Header")),
            qPrintable(child<QLabel>("causesLabel")->text()));
        shot(QStringLiteral("05-german"));
        // The content viewer in German: an NDJSON file with a broken line.
        QTemporaryDir dir;
        QFile nd(dir.filePath(QStringLiteral("Observation.ndjson")));
        QVERIFY(nd.open(QIODevice::WriteOnly));
        nd.write("{\"resourceType\":\"Observation\",\"id\":\"o1\"}\n[1]\n");
        nd.close();
        m_window->openLocalFile(nd.fileName());
        auto *viewer = m_window->findChild<BinaryViewer *>(QStringLiteral("binaryViewer"));
        QVERIFY(viewer);
        auto *summary = viewer->findChild<QLabel *>(QStringLiteral("ndjsonSummaryLabel"));
        QTRY_VERIFY2(
            summary->text().contains(QStringLiteral("Zeilen, die keine Ressource sind: 1")),
            qPrintable(summary->text()));
        const auto *buttons = viewer->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QCOMPARE(buttons->button(QDialogButtonBox::Close)->text(), QStringLiteral("Schließen"));
        if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR")) {
            QTest::qWait(100);
            viewer->grab().save(qEnvironmentVariable("FBX_SCREENSHOT_DIR") +
                                QStringLiteral("/21-german-viewer.png"));
        }
        viewer->close();
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("binaryViewer")));
        // The other screens in German, for a reviewer (FBX_SCREENSHOT_DIR): the first steps,
        // the export window, the preferences, the history dock.
        child<CallDetailPane>("callDetailPane")->clear();
        shot(QStringLiteral("29-german-first-steps"));
        child<QLineEdit>("addressEdit")->setText(QStringLiteral("Group/1"));
        child<QAction>("actionExport")->trigger();
        QDialog *exportDialog = nullptr;
        QTRY_VERIFY(
            (exportDialog = m_window->findChild<QDialog *>(QStringLiteral("exportDialog"))));
        QVERIFY(QTest::qWaitForWindowExposed(exportDialog));
        shot(QStringLiteral("30-german-export"), exportDialog);
        // No header of the export window's tables is cut: each is as wide as its text.
        for (const char *table : {"timelineTable", "filesTable"}) {
            auto *view = exportDialog->findChild<QTableView *>(QLatin1String(table));
            QVERIFY(view);
            for (int c = 0; c < view->model()->columnCount(); ++c) {
                const QString title = view->model()->headerData(c, Qt::Horizontal).toString();
                // What the style says the title needs: narrower, and it is cut.
                const int needed = view->horizontalHeader()->sectionSizeHint(c);
                QVERIFY2(view->columnWidth(c) >= needed,
                         qPrintable(QStringLiteral("%1: \"%2\" needs %3 px, has %4")
                                        .arg(QLatin1String(table), title)
                                        .arg(needed)
                                        .arg(view->columnWidth(c))));
            }
        }
        exportDialog->close();
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("exportDialog")));
        {
            PreferencesDialog preferences(m_window.get());
            preferences.show();
            QVERIFY(QTest::qWaitForWindowExposed(&preferences));
            shot(QStringLiteral("31-german-preferences"), &preferences);
        }
        {
            // The profile form with a proxy: every label whole beside its field.
            ProfileDialog profile(m_window.get());
            auto *proxy = profile.findChild<QComboBox *>(QStringLiteral("profileProxyCombo"));
            proxy->setCurrentIndex(proxy->findData(int(ProxySetting::Mode::Http)));
            profile.show();
            QVERIFY(QTest::qWaitForWindowExposed(&profile));
            for (const QLabel *label : profile.findChildren<QLabel *>()) {
                if (label->wordWrap() || label->text().isEmpty() || !label->isVisible())
                    continue;
                QVERIFY2(label->width() >= label->sizeHint().width(),
                         qPrintable(label->text() + QStringLiteral(" is cut")));
            }
            shot(QStringLiteral("31-german-profile"), &profile);
        }
        child<QDockWidget>("historyDock")->show();
        shot(QStringLiteral("32-german-history"));
        // Each history filter shows its whole current choice ("Jede Diagnose"), arrow beside.
        for (const QComboBox *combo :
             child<QDockWidget>("historyDock")->findChildren<QComboBox *>())
            QVERIFY2(combo->width() >=
                         combo->fontMetrics().horizontalAdvance(combo->currentText()) + 24,
                     qPrintable(combo->currentText() + QStringLiteral(" is cut")));
        child<QDockWidget>("historyDock")->hide();
        {
            // No two controls of a window share their Alt letter in German either (with a call
            // shown, so the call's tabs are there too).
            sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("none"));
            QTemporaryDir folder;
            const QList<QWidget *> roots = openEveryWindow(folder.path());
            QStringList clashes;
            for (QWidget *root : roots)
                clashes << mnemonicClashes(root);
            closeEveryWindow(roots);
            for (const QString &c : std::as_const(clashes))
                qWarning("%s", qPrintable(c));
            QVERIFY2(clashes.isEmpty(), "Alt letters used twice (listed above)");
        }
        QCoreApplication::removeTranslator(qt);
        QCoreApplication::removeTranslator(t);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        QSettings().clear();
    }
};

QTEST_MAIN(TestDesktopLooks)
#include "tst_desktop_looks.moc"
