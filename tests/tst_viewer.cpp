// The content viewer from the main window: Binary previews as JSON, XML, text, NDJSON and images,
// dropped files. (Local files, large values, colours: tst_viewer_files.)
#include "FaultServer.h"
#include "TestCertificates.h"
#include "TestServers.h"
#include "WindowFixture.h"
#include "app/auth/TokenClient.h"
#include "app/auth/TokenStore.h"
#include "app/calls/Redaction.h"
#include "app/calls/ServerProfile.h"
#include "app/history/Har.h"
#include "app/history/HistoryStore.h"
#include "app/history/RecordJson.h"
#include "app/models/CallLogModel.h"
#include "app/net/ExportJournal.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxServer.h"
#include "app/session/ServerSession.h"
#include "app/session/TokenRequestSettings.h"
#include "app/session/Workspace.h"
#include "app/support/AppSettings.h"
#include "app/support/Translations.h"
#include "app/tokens/SigningKey.h"
#include "ui/Ask.h"
#include "ui/BinaryViewer.h"
#include "ui/BodyHighlighter.h"
#include "ui/CallDetailPane.h"
#include "ui/CallLogPane.h"
#include "ui/ExportDialog.h"
#include "ui/GroupsPane.h"
#include "ui/MainWindow.h"
#include "ui/PreferencesDialog.h"
#include "ui/SeverityStyle.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenu>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSslServer>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QUuid>

class TestViewer : public QObject, public WindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startSuite("Viewer"); }

    void droppedFileOpensInTheViewer()
    {
        // A real drop: the window accepts file URLs and opens each in the content viewer.
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("dropped.ndjson")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"resourceType\":\"Patient\",\"id\":\"d1\"}\n{\"resourceType\":\"Patient\","
                "\"id\":\"d2\"}\n");
        f.close();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(f.fileName())});
        const QPoint at = m_window->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_window.get(), &drop);
        BinaryViewer *viewer = nullptr;
        QTRY_VERIFY((viewer = m_window->findChild<BinaryViewer *>(
                         QStringLiteral("binaryViewer"))) != nullptr);
        auto *lines = viewer->findChild<QTableView *>(QStringLiteral("ndjsonLinesView"));
        QVERIFY(lines);
        QTRY_COMPARE(lines->model()->rowCount(), 2);
        viewer->close();
        QTRY_VERIFY(!m_window->findChild<BinaryViewer *>(QStringLiteral("binaryViewer")));
        // Text that is not a file is not accepted.
        QMimeData text;
        text.setText(QStringLiteral("not a file"));
        QDragEnterEvent refuse(at, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        refuse.setAccepted(false);
        QCoreApplication::sendEvent(m_window.get(), &refuse);
        QVERIFY(!refuse.isAccepted());
    }

    void previewBinaries()
    {
        selectAndWait(QStringLiteral("sandbox"));
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(m_sandbox->demoToken()));
        auto preview = [this](const QString &path) -> BinaryViewer * {
            sendWith("GET", path, QStringLiteral("bearer"));
            m_window->findChild<QAction *>(QStringLiteral("actionPreviewBinary"))->trigger();
            // The viewer opens once the body is read, and is ready when it has prepared it.
            BinaryViewer *viewer = nullptr;
            const bool ready = QTest::qWaitFor(
                [&] {
                    viewer = m_window->findChild<BinaryViewer *>(QStringLiteral("binaryViewer"));
                    return viewer && !viewer->isPreparing();
                },
                10000);
            return ready ? viewer : nullptr; // the caller's QVERIFY says it did not open
        };
        auto closeViewer = [this](QDialog *viewer) {
            viewer->close();
            QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("binaryViewer")));
        };
        // A FHIR JSON Binary: the Patient inside, pretty and as a tree; flipped to XML by the
        // local conversion (the server never converts a Binary's data).
        // (Accept: application/json, so the Sandbox sends the Binary resource, not its content.)
        auto *format = child<QComboBox>("formatCombo");
        format->setCurrentIndex(format->findText(QStringLiteral("application/json")));
        BinaryViewer *viewer = preview(QStringLiteral("Binary/1"));
        QVERIFY(viewer);
        auto *text = viewer->findChild<QPlainTextEdit *>(QStringLiteral("textView"));
        QVERIFY2(text->toPlainText().contains(QStringLiteral("\"resourceType\": \"Patient\"")),
                 qPrintable(text->toPlainText()));
        QVERIFY(viewer->findChild<QLabel *>(QStringLiteral("infoLabel"))
                    ->text()
                    .contains(QStringLiteral("Patient/1-1")));
        auto *tree = viewer->findChild<QTreeView *>(QStringLiteral("treeView"));
        QVERIFY(viewer->findChild<QWidget *>(QStringLiteral("treePanel"))->isVisible());
        const QModelIndex root = tree->model()->index(0, 0);
        QVERIFY(tree->isExpanded(root));
        QVERIFY2(
            root.siblingAtColumn(1).data().toString().startsWith(QStringLiteral("Patient/1-1")),
            qPrintable(root.siblingAtColumn(1).data().toString()));
        // Selecting a node in the tree moves the text to its line; Copy value copies it.
        QModelIndex nameNode;
        for (int r = 0; r < tree->model()->rowCount(root); ++r) {
            if (tree->model()->index(r, 0, root).data().toString() == QLatin1String("name"))
                nameNode = tree->model()->index(r, 0, root);
        }
        QVERIFY(nameNode.isValid());
        tree->setCurrentIndex(nameNode);
        QVERIFY2(text->textCursor().block().text().contains(QStringLiteral("\"name\"")),
                 qPrintable(text->textCursor().block().text()));
        QTest::mouseClick(viewer->findChild<QPushButton *>(QStringLiteral("copyValueButton")),
                          Qt::LeftButton);
        QVERIFY2(QGuiApplication::clipboard()->text().trimmed().startsWith(QLatin1Char('[')),
                 qPrintable(QGuiApplication::clipboard()->text()));
        QTest::mouseClick(viewer->findChild<QPushButton *>(QStringLiteral("copyPathButton")),
                          Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("name"));
        const int callsBefore = m_log->rowCount();
        QTest::mouseClick(viewer->findChild<QPushButton *>(QStringLiteral("asXmlButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!viewer->isPreparing());
        QVERIFY2(
            text->toPlainText().contains(QStringLiteral("<Patient xmlns=\"http://hl7.org/fhir\">")),
            qPrintable(text->toPlainText()));
        QVERIFY(viewer->findChild<QLabel *>(QStringLiteral("statusLabel"))
                    ->text()
                    .contains(QStringLiteral("converted here")));
        QCOMPARE(m_log->rowCount(), callsBefore); // a Binary's data: nothing asked from the server
        QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("Patient"));
        if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR")) {
            QTest::qWait(100);
            viewer->grab().save(qEnvironmentVariable("FBX_SCREENSHOT_DIR") +
                                QStringLiteral("/18-binary-as-xml.png"));
        }
        QTest::mouseClick(viewer->findChild<QPushButton *>(QStringLiteral("asJsonButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!viewer->isPreparing());
        QVERIFY(text->toPlainText().contains(QStringLiteral("\"resourceType\": \"Patient\"")));
        closeViewer(viewer);

        // The same Binary read with Accept equal to its contentType: the server sends the raw
        // content (a Patient), not the Binary. As XML still converts that content here; asking
        // the server would bring the Binary wrapper with its base64 data.
        format->setCurrentIndex(format->findText(QStringLiteral("application/fhir+json")));
        viewer = preview(QStringLiteral("Binary/1"));
        QVERIFY(viewer);
        text = viewer->findChild<QPlainTextEdit *>(QStringLiteral("textView"));
        QVERIFY2(text->toPlainText().contains(QStringLiteral("\"resourceType\": \"Patient\"")),
                 qPrintable(text->toPlainText()));
        const int callsBeforeRaw = m_log->rowCount();
        QTest::mouseClick(viewer->findChild<QPushButton *>(QStringLiteral("asXmlButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!viewer->isPreparing());
        QVERIFY2(text->toPlainText().contains(QStringLiteral("<Patient xmlns")),
                 qPrintable(text->toPlainText().left(300)));
        QVERIFY(!text->toPlainText().contains(QStringLiteral("<Binary")));
        QCOMPARE(m_log->rowCount(), callsBeforeRaw);
        closeViewer(viewer);

        // A Group read with GET: the Sandbox's CapabilityStatement lists XML, so As XML asks
        // the server (a call in the log with Accept: application/fhir+xml).
        viewer = preview(QStringLiteral("Group/1"));
        QVERIFY(viewer);
        QVERIFY(viewer->findChild<QPushButton *>(QStringLiteral("asXmlButton"))
                    ->toolTip()
                    .contains(QStringLiteral("server")));
        if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR")) {
            auto *groupTree = viewer->findChild<QTreeView *>(QStringLiteral("treeView"));
            const QModelIndex groupRoot = groupTree->model()->index(0, 0);
            for (int r = 0; r < groupTree->model()->rowCount(groupRoot); ++r) {
                const QModelIndex i = groupTree->model()->index(r, 0, groupRoot);
                if (i.data().toString() == QLatin1String("member")) {
                    groupTree->expandRecursively(groupTree->model()->index(0, 0, i));
                    groupTree->expand(i);
                    groupTree->setCurrentIndex(
                        groupTree->model()->index(0, 0, groupTree->model()->index(0, 0, i)));
                }
            }
            QTest::qWait(100);
            viewer->grab().save(qEnvironmentVariable("FBX_SCREENSHOT_DIR") +
                                QStringLiteral("/18-binary-tree.png"));
        }
        // Find: a value deep in the tree is selected, its parents opened.
        auto *findEdit = viewer->findChild<QLineEdit *>(QStringLiteral("findEdit"));
        findEdit->setText(QStringLiteral("PAT-00003"));
        QTest::keyClick(findEdit, Qt::Key_Return);
        QTRY_VERIFY(!viewer->isFinding());
        auto *groupTree = viewer->findChild<QTreeView *>(QStringLiteral("treeView"));
        QCOMPARE(groupTree->currentIndex().siblingAtColumn(1).data().toString(),
                 QStringLiteral("Patient/pat-00003"));
        QVERIFY(groupTree->isExpanded(groupTree->currentIndex().parent()));
        QVERIFY(viewer->findChild<QLabel *>(QStringLiteral("findStatusLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Line ")));
        findEdit->setText(QStringLiteral("no such thing"));
        QTest::mouseClick(viewer->findChild<QPushButton *>(QStringLiteral("findNextButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!viewer->isFinding());
        QVERIFY(viewer->findChild<QLabel *>(QStringLiteral("findStatusLabel"))
                    ->text()
                    .contains(QStringLiteral("not found")));
        const int before = m_log->rowCount();
        QTest::mouseClick(viewer->findChild<QPushButton *>(QStringLiteral("asXmlButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!viewer->isPreparing());
        QTRY_COMPARE(m_log->rowCount(), before + 1);
        const CallRecord asXml = m_log->record(before);
        QCOMPARE(asXml.url.path(), m_sandbox->baseUrl().path() + QStringLiteral("/Group/1"));
        QCOMPARE(asXml.requestHeader("Accept"), QByteArray("application/fhir+xml"));
        QVERIFY2(viewer->findChild<QLabel *>(QStringLiteral("statusLabel"))
                     ->text()
                     .contains(QStringLiteral("as the server sent it")),
                 qPrintable(viewer->findChild<QLabel *>(QStringLiteral("statusLabel"))->text()));
        QVERIFY(viewer->findChild<QPlainTextEdit *>(QStringLiteral("textView"))
                    ->toPlainText()
                    .contains(QStringLiteral("<Group xmlns=\"http://hl7.org/fhir\">")));
        closeViewer(viewer);

        // Invalid base64: said, and the raw value shown instead of a blank pane.
        viewer = preview(QStringLiteral("Binary/bad-base64"));
        QVERIFY(viewer);
        auto *message = viewer->findChild<QLabel *>(QStringLiteral("messageLabel"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("base64")));
        QVERIFY(!viewer->findChild<QPlainTextEdit *>(QStringLiteral("textView"))
                     ->toPlainText()
                     .isEmpty());
        closeViewer(viewer);
        // Plain text: its lines.
        viewer = preview(QStringLiteral("Binary/3"));
        QVERIFY(viewer->findChild<QLabel *>(QStringLiteral("statusLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Shown as text.")));
        QVERIFY(!viewer->findChild<QPlainTextEdit *>(QStringLiteral("textView"))
                     ->toPlainText()
                     .isEmpty());
        QVERIFY(!viewer->findChild<QWidget *>(QStringLiteral("treePanel"))->isVisible());
        closeViewer(viewer);
        // An image and an NDJSON file get their own views.
        // A 1x1 PNG: its size said, and enlarged so that it can be seen, pixels kept sharp.
        viewer = preview(QStringLiteral("Binary/5"));
        auto *image = viewer->findChild<QLabel *>(QStringLiteral("imageLabel"));
        QVERIFY(!image->pixmap().isNull());
        const QString imageInfo =
            viewer->findChild<QLabel *>(QStringLiteral("imageInfoLabel"))->text();
        QVERIFY2(imageInfo.contains(QStringLiteral("image/png")) &&
                     imageInfo.contains(QStringLiteral("1 × 1 pixels")),
                 qPrintable(imageInfo));
        QCOMPARE(image->pixmap().size(), QSize(256, 256));
        auto *zoom = viewer->findChild<QLabel *>(QStringLiteral("zoomLabel"));
        QCOMPARE(zoom->text(), QStringLiteral("25600%"));
        QTest::mouseClick(viewer->findChild<QToolButton *>(QStringLiteral("actualSizeButton")),
                          Qt::LeftButton);
        QCOMPARE(image->pixmap().size(), QSize(1, 1));
        QCOMPARE(zoom->text(), QStringLiteral("100%"));
        viewer->findChild<QWidget *>(QStringLiteral("imageScroll"))->setFocus();
        QTest::keySequence(viewer, QKeySequence::ZoomIn);
        QCOMPARE(image->pixmap().size(), QSize(2, 2));
        QTest::mouseClick(viewer->findChild<QToolButton *>(QStringLiteral("fitButton")),
                          Qt::LeftButton);
        QVERIFY(image->pixmap().width() > 100);
        if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR")) {
            QTest::qWait(100);
            viewer->grab().save(qEnvironmentVariable("FBX_SCREENSHOT_DIR") +
                                QStringLiteral("/18-binary-png.png"));
        }
        closeViewer(viewer);
        // A 1 MiB NDJSON answer: the body view shows its start and points to the viewer, which
        // lists every line.
        viewer = preview(QStringLiteral("Binary/large-1/$binary-access-read"));
        QVERIFY(viewer);
        QTRY_VERIFY2(child<QPlainTextEdit>("bodyText")
                         ->toPlainText()
                         .contains(QStringLiteral("Preview content (Ctrl+B) shows all of it")),
                     qPrintable(child<QPlainTextEdit>("bodyText")->toPlainText().right(200)));
        QTRY_VERIFY(viewer->findChild<QLabel *>(QStringLiteral("ndjsonSummaryLabel"))
                        ->text()
                        .contains(QStringLiteral("Observation ×")));
        QCOMPARE(
            viewer->findChild<QTableView *>(QStringLiteral("ndjsonLinesView"))->model()->rowCount(),
            1024 * 1024 / 200);
        closeViewer(viewer);
        viewer = preview(QStringLiteral("Binary/4"));
        auto *summary = viewer->findChild<QLabel *>(QStringLiteral("ndjsonSummaryLabel"));
        QTRY_VERIFY2(summary->text().contains(QStringLiteral("×")), qPrintable(summary->text()));
        auto *lines = viewer->findChild<QTableView *>(QStringLiteral("ndjsonLinesView"));
        QVERIFY(lines->model()->rowCount() > 0);
        QTRY_VERIFY(viewer->findChild<QPlainTextEdit *>(QStringLiteral("ndjsonLineView"))
                        ->toPlainText()
                        .contains(QStringLiteral("\"resourceType\": ")));
        closeViewer(viewer);
        format->setCurrentIndex(0);
        child<QLineEdit>("tokenEdit")->clear();
    }

    void cleanupTestCase() { endSuite(); }
};

QTEST_MAIN(TestViewer)
#include "tst_viewer.moc"
