// Two calls side by side and a report to hand on, from the window (issue 26 points 5 and 7):
// two Sandbox calls selected in the log → the Compare window lists the changed, added and
// removed JSON paths, the differences first; the selected calls → Report…, Markdown and HTML
// with the note, never the token nor its signature.
#include "WindowFixture.h"
#include "app/workbench/CallComparison.h"
#include "ui/Ask.h"
#include "ui/CallFindings.h"
#include "ui/CompareDialog.h"
#include "ui/ReportDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

namespace {

using Kind = CallComparison::Row::Kind;

struct Shown
{
    Kind kind;
    bool expected;
    QString section;
    QString key;
};

QList<Shown> rowsOf(const CompareDialog *dialog)
{
    QList<Shown> out;
    const ComparisonModel *m = dialog->rows();
    for (int r = 0; r < m->rowCount(); ++r)
        out << Shown{Kind(m->index(r, 0).data(ComparisonModel::KindRole).toInt()),
                     m->index(r, 0).data(ComparisonModel::ExpectedRole).toBool(),
                     m->index(r, ComparisonModel::SectionColumn).data().toString(),
                     m->index(r, ComparisonModel::KeyColumn).data().toString()};
    return out;
}

int rank(const Shown &s)
{
    return s.kind == Kind::Same ? 2 : s.expected ? 1 : 0;
}

bool has(const QList<Shown> &rows, Kind kind, const QString &section, const QString &key)
{
    return std::any_of(rows.cbegin(), rows.cend(), [&](const Shown &s) {
        return s.kind == kind && s.section == section && s.key == key;
    });
}

} // namespace

class TestCompareWindow : public QObject, public WindowFixture
{
    Q_OBJECT
private:
    // Selects the last `n` calls of the log in its table.
    void selectLast(int n)
    {
        auto *table = child<QTableView>("callTable");
        table->clearSelection();
        const int rows = table->model()->rowCount();
        for (int r = rows - n; r < rows; ++r)
            table->selectionModel()->select(table->model()->index(r, 0),
                                            QItemSelectionModel::Select |
                                                QItemSelectionModel::Rows);
    }

    CompareDialog *openCompare()
    {
        const QList<CompareDialog *> before = m_window->findChildren<CompareDialog *>();
        child<QAction>("actionCompare")->trigger();
        CompareDialog *dialog = nullptr;
        for (CompareDialog *d : m_window->findChildren<CompareDialog *>())
            if (!before.contains(d))
                dialog = d;
        if (dialog && !dialog->isReady()) {
            QSignalSpy ready(dialog, &CompareDialog::ready);
            ready.wait(15000);
        }
        return dialog;
    }

private Q_SLOTS:
    void initTestCase() { startSuite("CompareWindow"); }
    void cleanupTestCase() { endSuite(); }

    void twoCallsSideBySide()
    {
        waitIdle();
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(m_sandbox->demoToken()));
        sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("bearer")); // 5 members
        sendWith("GET", QStringLiteral("Group/3"), QStringLiteral("bearer")); // none
        QCOMPARE(m_log->record(m_log->rowCount() - 2).status.value_or(0), 200);
        QCOMPARE(m_log->record(m_log->rowCount() - 1).status.value_or(0), 200);

        // One selected is not two: said, and no window.
        selectLast(1);
        QVERIFY(!openCompare());
        selectLast(2);
        CompareDialog *dialog = openCompare();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        QVERIFY(dialog->isReady());
        QList<Shown> rows = rowsOf(dialog);
        QVERIFY(rows.size() > 5);
        // The differences first, then those any two calls have, then what is the same.
        for (int i = 1; i < rows.size(); ++i)
            QVERIFY2(rank(rows.at(i - 1)) <= rank(rows.at(i)),
                     qPrintable(rows.at(i).section + QLatin1Char(' ') + rows.at(i).key));
        QCOMPARE(rank(rows.first()), 0);
        // Bodies as structure: JSON paths changed and removed (Group 3 has no members).
        QVERIFY(has(rows, Kind::Changed, QStringLiteral("Body"), QStringLiteral("$.id")));
        QVERIFY(has(rows, Kind::Changed, QStringLiteral("Body"), QStringLiteral("$.name")));
        QVERIFY(has(rows, Kind::Removed, QStringLiteral("Body"), QStringLiteral("$.member")));
        QVERIFY(has(rows, Kind::Changed, QStringLiteral("Request"), QStringLiteral("URL")));
        QVERIFY(has(rows, Kind::Same, QStringLiteral("Answer"), QStringLiteral("status")));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("compareSummary"))
                    ->text()
                    .contains(QLatin1String("difference")));
        // Fits a 1024×700 screen.
        QVERIFY(dialog->width() <= 1000 && dialog->height() <= 660);
        QVERIFY(dialog->minimumSizeHint().width() <= 1000);
        shot(QStringLiteral("compare-window"), dialog);

        // Swapped: what only the left had, only the right has.
        QSignalSpy ready(dialog, &CompareDialog::ready);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("compareSwapButton")),
                          Qt::LeftButton);
        QVERIFY(ready.wait(15000));
        rows = rowsOf(dialog);
        QVERIFY(has(rows, Kind::Added, QStringLiteral("Body"), QStringLiteral("$.member")));
        QVERIFY(!has(rows, Kind::Removed, QStringLiteral("Body"), QStringLiteral("$.member")));

        // Only the differences, on request; copied as text, differences first.
        dialog->findChild<QCheckBox *>(QStringLiteral("compareOnlyDifferences"))->setChecked(true);
        rows = rowsOf(dialog);
        QVERIFY(std::none_of(rows.cbegin(), rows.cend(),
                             [](const Shown &s) { return s.kind == Kind::Same; }));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("compareCopyButton")),
                          Qt::LeftButton);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains(QLatin1String("+ Body $.member:")), qPrintable(copied));
        QVERIFY2(copied.indexOf(QLatin1String("+ Body $.member:")) <
                     copied.indexOf(QLatin1String("= Answer status:")),
                 qPrintable(copied));
        // The token the calls carried is not in the comparison (their records are redacted).
        QVERIFY(!copied.contains(QString::fromLatin1(m_sandbox->demoToken())));
        dialog->close();
    }

    void jsonAgainstXmlOfTheSameGroup()
    {
        waitIdle();
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(m_sandbox->demoToken()));
        sendWith("GET", QStringLiteral("Group/3"), QStringLiteral("bearer"));
        auto *format = child<QComboBox>("formatCombo");
        const int json = format->currentIndex();
        const int xml = format->findText(QStringLiteral("application/fhir+xml"));
        if (xml < 0)
            QSKIP("no XML format offered");
        format->setCurrentIndex(xml);
        sendWith("GET", QStringLiteral("Group/3"), QStringLiteral("bearer"));
        format->setCurrentIndex(json);
        selectLast(2);
        CompareDialog *dialog = openCompare();
        QVERIFY(dialog);
        const QList<Shown> rows = rowsOf(dialog);
        // The same resource: no body path differs; the Content-Type does.
        QVERIFY(std::none_of(rows.cbegin(), rows.cend(), [](const Shown &s) {
            return s.section == QLatin1String("Body") && s.key.startsWith(QLatin1Char('$')) &&
                   s.kind != Kind::Same;
        }));
        QVERIFY(has(rows, Kind::Changed, QStringLiteral("Response header"),
                    QStringLiteral("Content-Type")));
        dialog->close();
    }

    void reportFromTheWindowHasNoToken()
    {
        waitIdle();
        const QByteArray token = m_sandbox->demoToken();
        const QByteArray signature = token.mid(token.lastIndexOf('.') + 1);
        QVERIFY(signature.size() > 10);
        child<QLineEdit>("tokenEdit")->setText(QString::fromLatin1(token));
        sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("bearer"));
        sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("raw")); // no "Bearer ": 403
        auto *findings = m_window->findChild<CallFindings *>();
        QVERIFY(findings);
        const quint64 denied = m_log->record(m_log->rowCount() - 1).id;
        // A note with the token pasted in: kept redacted.
        findings->applyNote(denied, 0,
                            QStringLiteral("403 when Bearer is missing; token was ") +
                                QString::fromLatin1(token));
        selectLast(2);
        child<QAction>("actionReport")->trigger();
        ReportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ReportDialog *>()) && dialog->isVisible());
        const QString markdown = dialog->markdown();
        QVERIFY2(markdown.contains(QLatin1String("403 when Bearer is missing")),
                 qPrintable(markdown));
        QVERIFY(markdown.contains(QLatin1String("gateway.access-denied")));
        QVERIFY(markdown.contains(QLatin1String("X-Request-ID")));
        QCOMPARE(
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("reportPreview"))->toPlainText(),
            markdown);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reportCopyButton")),
                          Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), markdown);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("findings.html"));
        Ask::setNextFileName(path);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("reportSaveHtmlButton")),
                          Qt::LeftButton);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray html = file.readAll();
        QVERIFY(html.startsWith("<!DOCTYPE html>") || html.contains("<html"));
        QVERIFY(html.contains("403 when Bearer is missing"));
        QVERIFY(file.permissions() & QFileDevice::ReadOwner);
        QVERIFY(!(file.permissions() & QFileDevice::ReadOther));
        for (const QByteArray &text : {markdown.toUtf8(), html}) {
            QVERIFY(!text.contains(token));
            QVERIFY(!text.contains(signature));
        }
        shot(QStringLiteral("report-dialog"), dialog);
        dialog->close();
    }
};

QTEST_MAIN(TestCompareWindow)
#include "tst_comparewindow.moc"
