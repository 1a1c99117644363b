// The content viewer on local files opened from the window, large values copied in the
// background, and JSON strings drawn in one colour.
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

class TestViewerFiles : public QObject, public WindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startSuite("ViewerFiles"); }

    void openLocalFiles()
    {
        // Files dropped on the window: an NDJSON export file with a broken line (indexed from
        // disk, one row per line, the problem listed) and a JSON file that is not valid.
        QTemporaryDir dir;
        QFile nd(dir.filePath(QStringLiteral("Patient.ndjson")));
        QVERIFY(nd.open(QIODevice::WriteOnly));
        for (int i = 0; i < 3000; ++i)
            nd.write("{\"resourceType\":\"Patient\",\"id\":\"p" + QByteArray::number(i) +
                     "\",\"gender\":\"female\"}\n");
        nd.write("{\"resourceType\":\"Patient\",\"id\":\n");
        nd.write("{\"resourceType\":\"Observation\",\"id\":\"o1\",\"valueQuantity\":{\"value\":1."
                 "50}}\n");
        nd.close();
        auto drop = [this](const QString &path) { m_window->openLocalFile(path); };
        drop(nd.fileName());
        auto *viewer = m_window->findChild<BinaryViewer *>(QStringLiteral("binaryViewer"));
        QVERIFY(viewer);
        auto *summary = viewer->findChild<QLabel *>(QStringLiteral("ndjsonSummaryLabel"));
        QTRY_VERIFY2(summary->text().contains(QStringLiteral("Lines that are not a resource: 1")),
                     qPrintable(summary->text()));
        QVERIFY2(summary->text().contains(QStringLiteral("Patient × 3,000")),
                 qPrintable(summary->text()));
        auto *lines = viewer->findChild<QTableView *>(QStringLiteral("ndjsonLinesView"));
        QCOMPARE(lines->model()->rowCount(), 3002);
        auto *errors = viewer->findChild<QTableWidget *>(QStringLiteral("ndjsonErrorsTable"));
        QCOMPARE(errors->rowCount(), 1);
        QCOMPARE(errors->item(0, 0)->text(), QStringLiteral("3,001"));
        // Filter by type, then go to the problem line from the list.
        auto *filter = viewer->findChild<QComboBox *>(QStringLiteral("ndjsonTypeCombo"));
        filter->setCurrentIndex(filter->findData(QStringLiteral("Observation")));
        QCOMPARE(lines->model()->rowCount(), 1);
        lines->setCurrentIndex(lines->model()->index(0, 0));
        auto *lineView = viewer->findChild<QPlainTextEdit *>(QStringLiteral("ndjsonLineView"));
        QVERIFY2(lineView->toPlainText().contains(QStringLiteral("\"value\": 1.50")),
                 qPrintable(lineView->toPlainText()));
        if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR")) {
            filter->setCurrentIndex(0);
            lines->setCurrentIndex(lines->model()->index(3000, 0));
            lines->scrollTo(lines->currentIndex());
            QTest::qWait(100);
            viewer->grab().save(qEnvironmentVariable("FBX_SCREENSHOT_DIR") +
                                QStringLiteral("/20-ndjson-file.png"));
        }
        // Find in the file: the line with that id, even where the type filter hid it.
        filter->setCurrentIndex(filter->findData(QStringLiteral("Observation")));
        auto *findEdit = viewer->findChild<QLineEdit *>(QStringLiteral("findEdit"));
        findEdit->setText(QStringLiteral("\"p2999\""));
        QTest::keyClick(findEdit, Qt::Key_Return);
        QTRY_VERIFY(!viewer->isFinding());
        QCOMPARE(lines->currentIndex().data().toString(), QStringLiteral("3000"));
        QCOMPARE(filter->currentIndex(), 0);
        findEdit->setText(QStringLiteral("\"gender\""));
        QTest::mouseClick(viewer->findChild<QPushButton *>(QStringLiteral("findPreviousButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!viewer->isFinding());
        QCOMPARE(lines->currentIndex().data().toString(), QStringLiteral("2999"));
        emit errors->cellDoubleClicked(0, 0);
        QCOMPARE(lines->currentIndex().data().toString(), QStringLiteral("3001"));
        QVERIFY(lineView->toPlainText().startsWith(QStringLiteral("Line 3001: Not valid JSON")));
        viewer->close();
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("binaryViewer")));

        // A JSON file past the editor's size: the line list, highlighted, tree beside it.
        QFile big(dir.filePath(QStringLiteral("bundle.json")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        big.write("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[");
        for (int i = 0; i < 2000; ++i)
            big.write(
                (i ? ",{" : "{") +
                QByteArray("\"resource\":{\"resourceType\":\"Observation\",\"id\":\"o") +
                QByteArray::number(i) +
                "\",\"status\":\"final\",\"valueQuantity\":{\"value\":1.50,\"unit\":\"mg\"}}}");
        big.write("]}");
        big.close();
        drop(big.fileName());
        QTRY_VERIFY(m_window->findChild<BinaryViewer *>(QStringLiteral("binaryViewer")));
        viewer = m_window->findChild<BinaryViewer *>(QStringLiteral("binaryViewer"));
        QTRY_VERIFY(!viewer->isPreparing());
        auto *linesView = viewer->findChild<QAbstractItemView *>(QStringLiteral("linesView"));
        QVERIFY(linesView->isVisible());
        QCOMPARE(linesView->model()->index(1, 0).data().toString(),
                 QStringLiteral("  \"resourceType\": \"Bundle\","));
        const int lineCount = linesView->model()->rowCount();
        QVERIFY(lineCount > 20000);
        auto *bigFind = viewer->findChild<QLineEdit *>(QStringLiteral("findEdit"));
        bigFind->setText(QStringLiteral("o1499"));
        QTest::keyClick(bigFind, Qt::Key_Return);
        QTRY_VERIFY(!viewer->isFinding());
        const QModelIndex found = linesView->currentIndex();
        QVERIFY(found.data().toString().contains(QStringLiteral("\"o1499\"")));
        if (!qEnvironmentVariableIsEmpty("FBX_SCREENSHOT_DIR")) {
            QTest::qWait(100);
            viewer->grab().save(qEnvironmentVariable("FBX_SCREENSHOT_DIR") +
                                QStringLiteral("/19-large-json.png"));
        }
        // Lines selected with Shift and the arrows are copied as they read, in order.
        linesView->setFocus();
        QTest::keyClick(linesView, Qt::Key_Up, Qt::ShiftModifier);
        QTest::keyClick(linesView, Qt::Key_Up, Qt::ShiftModifier);
        QTest::keyClick(linesView, Qt::Key_C, Qt::ControlModifier);
        const auto rowText = [&](int r) {
            return linesView->model()->index(r, 0).data().toString();
        };
        QCOMPARE(
            QGuiApplication::clipboard()->text(),
            QStringList({rowText(found.row() - 2), rowText(found.row() - 1), rowText(found.row())})
                .join(QLatin1Char('\n')));
        // All of them (past 20,000 lines): written off the UI thread, the status says so.
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(linesView, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(linesView, Qt::Key_C, Qt::ControlModifier);
        auto *findStatus = viewer->findChild<QLabel *>(QStringLiteral("findStatusLabel"));
        QVERIFY2(findStatus->text().startsWith(QStringLiteral("Copying")),
                 qPrintable(findStatus->text()));
        QTRY_VERIFY(findStatus->text().startsWith(QStringLiteral("Copied")));
        const QStringList copied = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'));
        QCOMPARE(copied.size(), lineCount);
        QCOMPARE(copied.first(), QStringLiteral("{"));
        QCOMPARE(copied.at(found.row()), rowText(found.row()));
        QCOMPARE(copied.last(), QStringLiteral("}"));
        viewer->close();
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("binaryViewer")));

        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"resourceType\": \"Patient\", \"id\": 01}");
        bad.close();
        drop(bad.fileName());
        QTRY_VERIFY(m_window->findChild<BinaryViewer *>(QStringLiteral("binaryViewer")));
        viewer = m_window->findChild<BinaryViewer *>(QStringLiteral("binaryViewer"));
        QTRY_VERIFY(!viewer->isPreparing());
        auto *message = viewer->findChild<QLabel *>(QStringLiteral("messageLabel"));
        QVERIFY2(message->isVisible() && message->text().contains(QStringLiteral("Not valid JSON")),
                 qPrintable(message->text()));
        QVERIFY(viewer->findChild<QPlainTextEdit *>(QStringLiteral("textView"))
                    ->toPlainText()
                    .contains(QStringLiteral("01}")));
        viewer->close();
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("binaryViewer")));
        drop(dir.filePath(QStringLiteral("missing.json")));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("missing.json")));
    }

    void largeValuesAreCopiedInTheBackground()
    {
        // Copy value on a part of many lines (the root of a large document) is written off the
        // UI thread, with a word on how far it is; the clipboard then has all of it.
        QByteArray json = "[";
        for (int i = 0; i < 30000; ++i)
            json += (i ? "," : "") + QByteArray::number(i);
        json += ']';
        auto *viewer =
            new BinaryViewer(BinaryContent::fromBytes(json, QStringLiteral("application/json")),
                             QStringLiteral("t"));
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        QSignalSpy prepared(viewer, &BinaryViewer::prepared);
        viewer->show();
        QVERIFY(prepared.wait(10000) || !viewer->isPreparing());
        auto *tree = viewer->findChild<QTreeView *>(QStringLiteral("treeView"));
        tree->setCurrentIndex(tree->model()->index(0, 0));
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(viewer->findChild<QPushButton *>(QStringLiteral("copyValueButton")),
                          Qt::LeftButton);
        auto *status = viewer->findChild<QLabel *>(QStringLiteral("findStatusLabel"));
        QCOMPARE(status->text(),
                 QStringLiteral("Copying %1 lines…").arg(QLocale().toString(30002)));
        QTRY_VERIFY(status->text().startsWith(QLatin1String("Copied")));
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY(copied.startsWith(QLatin1String("[\n  0,\n  1,")));
        QVERIFY(copied.endsWith(QLatin1String("  29999\n]")));
        // A small part: at once.
        tree->setCurrentIndex(tree->model()->index(7, 0, tree->model()->index(0, 0)));
        QTest::mouseClick(viewer->findChild<QPushButton *>(QStringLiteral("copyValueButton")),
                          Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("7"));
        viewer->close();
    }

    void jsonStringsAreOneColour()
    {
        // A string is one colour from quote to quote: the digits of an OID or a timestamp in it
        // are not numbers; a key is a string before a colon; numbers and literals only outside.
        const QString line =
            QStringLiteral("  \"system\": \"urn:oid:2.16.840.1.113883\", \"at\": "
                           "\"2024-01-01T10:00:00Z\", \"n\": -12.5e3, \"ok\": true, "
                           "\"q\": \"a \\\"2\\\" b\", \"x2\": null");
        const auto ranges = BodyHighlighter::ranges(BodyHighlighter::Mode::Json, line);
        const QColor key = SeverityStyle::syntax(SeverityStyle::Syntax::Key, false);
        const QColor string = SeverityStyle::syntax(SeverityStyle::Syntax::String, false);
        const QColor number = SeverityStyle::syntax(SeverityStyle::Syntax::Number, false);
        const QColor literal = SeverityStyle::syntax(SeverityStyle::Syntax::Literal, false);
        QStringList seen;
        for (const auto &r : ranges) {
            const QString text = line.mid(r.start, r.length);
            const QColor c = r.format.foreground().color();
            seen << QStringLiteral("%1=%2").arg(text, c == key       ? QStringLiteral("key")
                                                      : c == string  ? QStringLiteral("string")
                                                      : c == number  ? QStringLiteral("number")
                                                      : c == literal ? QStringLiteral("literal")
                                                                     : c.name());
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("\"system\"=key"),
                                    QStringLiteral("\"urn:oid:2.16.840.1.113883\"=string"),
                                    QStringLiteral("\"at\"=key"),
                                    QStringLiteral("\"2024-01-01T10:00:00Z\"=string"),
                                    QStringLiteral("\"n\"=key"), QStringLiteral("-12.5e3=number"),
                                    QStringLiteral("\"ok\"=key"), QStringLiteral("true=literal"),
                                    QStringLiteral("\"q\"=key"),
                                    QStringLiteral("\"a \\\"2\\\" b\"=string"),
                                    QStringLiteral("\"x2\"=key"), QStringLiteral("null=literal")}));
        // In the window: a Patient's body, its identifier's OID one colour.
        selectAndWait(QStringLiteral("sandbox"));
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(m_sandbox->demoToken()));
        sendWith("GET", QStringLiteral("Patient/pat-00007"), QStringLiteral("bearer"));
        auto *tabs = child<QTabWidget>("detailTabs");
        tabs->setCurrentWidget(child<QWidget>("bodyTab"));
        auto *body = child<QPlainTextEdit>("bodyText");
        QTRY_VERIFY(body->toPlainText().contains(QStringLiteral("2.16.840")));
        const QTextBlock block = body->document()->find(QStringLiteral("2.16.840")).block();
        const int at = block.text().indexOf(QStringLiteral("840"));
        QColor colour;
        for (const QTextLayout::FormatRange &r : block.layout()->formats()) {
            if (r.start <= at && at < r.start + r.length)
                colour = r.format.foreground().color();
        }
        QCOMPARE(colour, string);
        shot(QStringLiteral("36-json-strings"));
        child<QLineEdit>("tokenEdit")->clear();
        tabs->setCurrentWidget(child<QWidget>("diagnosticsTab"));
    }

    void cleanupTestCase() { endSuite(); }
};

QTEST_MAIN(TestViewerFiles)
#include "tst_viewer_files.moc"
