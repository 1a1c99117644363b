// Notes on calls (issue 26 point 6): kept in the history across a restart and a schema
// migration, searchable in the History and the log, written to HAR as the entry's comment and
// read back, never holding a token; and edited in the window (the detail pane, the log's and
// the History's context menus, Ctrl+Shift+N).
#include "WindowFixture.h"
#include "app/calls/CallNote.h"
#include "app/calls/CallSearch.h"
#include "app/calls/Redaction.h"
#include "app/history/Har.h"
#include "app/history/HistoryStore.h"
#include "app/models/CallLogFilterModel.h"
#include "ui/CallDetailPane.h"
#include "ui/HistoryPane.h"
#include "ui/NoteDialog.h"
#include "ui/NoteMarkDelegate.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

namespace {

CallRecord sample(quint64 id, int status)
{
    CallRecord r;
    r.id = id;
    r.purpose = QStringLiteral("Read Group");
    r.started = QDateTime::currentDateTimeUtc().addSecs(-qint64(100 - id));
    r.elapsedMs = 12;
    r.method = "GET";
    r.url = QUrl(QStringLiteral("https://preview.example/fhir/Group/%1").arg(id));
    r.requestHeaders = {{"Accept", "application/fhir+json"},
                        {"Authorization", "Bearer <redacted: 40 chars, sha256 0123abcd>"}};
    r.status = status;
    r.reasonPhrase = status == 200 ? "OK" : "Forbidden";
    r.responseHeaders = {{"Content-Type", "application/json"}};
    r.body = "{\"resourceType\":\"Group\",\"id\":\"1\"}";
    r.bodySize = r.body.size();
    r.diagnosis.code =
        status == 200 ? QStringLiteral("ok") : QStringLiteral("gateway.access-denied");
    r.profile = QStringLiteral("Netsmart Preview");
    return r;
}

// A token shaped as the vendor's are (a JWT), made up for the test.
const QByteArray kToken = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbmFseXN0IiwiZXhwIjo5OTk5OTk5OTk5fQ."
                          "c2lnbmF0dXJlLXBhcnQtb2YtdGhlLXRva2VuLWZvci10ZXN0cw";

QJsonArray entries(const QByteArray &har)
{
    return QJsonDocument::fromJson(har)
        .object()
        .value(QLatin1String("log"))
        .toObject()
        .value(QLatin1String("entries"))
        .toArray();
}

// The text the log's delegate paints in a cell.
struct MarkProbe : NoteMarkDelegate
{
    using NoteMarkDelegate::NoteMarkDelegate;
    QString text(QStyleOptionViewItem option, const QModelIndex &index) const
    {
        initStyleOption(&option, index);
        return option.text;
    }
};

} // namespace

class TestNotes : public QObject, public WindowFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { startSuite("Notes"); }
    void cleanupTestCase() { endSuite(); }

    void noteSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        {
            HistoryStore store;
            QVERIFY(store.open(path));
            QVERIFY(store.append({sample(1, 403), sample(2, 200)}));
            QVERIFY(store.setNote(1, QStringLiteral("403 on Preview only, ticket FHIR-4711")));
            QVERIFY(!store.setNote(99, QStringLiteral("no such call"))); // nothing stored
        }
        HistoryStore reopened;
        QVERIFY(reopened.open(path));
        QCOMPARE(reopened.load(1)->note, QStringLiteral("403 on Preview only, ticket FHIR-4711"));
        QVERIFY(reopened.load(2)->note.isEmpty());
        const QList<HistoryStore::Row> rows = reopened.find({}, 10);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).note, QStringLiteral("403 on Preview only, ticket FHIR-4711"));
        QVERIFY(rows.at(0).note.isEmpty());
        // The History's text filter finds the call by a word of its note, ignoring case.
        HistoryStore::Filter byNote;
        byNote.text = QStringLiteral("fhir-4711");
        QCOMPARE(reopened.count(byNote), 1);
        QCOMPARE(reopened.find(byNote, 10).first().callId, quint64(1));
        // Removed: the call is no longer found by it.
        QVERIFY(reopened.setNoteOfRow(rows.at(1).row, QString()));
        QCOMPARE(reopened.count(byNote), 0);
        QVERIFY(reopened.load(1)->note.isEmpty());
    }

    void schemaTwoIsMigratedKeepingItsCalls()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        {
            HistoryStore store; // a schema 3 file, taken back to schema 2's layout by hand
            QVERIFY(store.open(path));
            QVERIFY(store.append(sample(7, 403)));
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema2"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE calls DROP COLUMN note")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=2")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("schema2"));
        HistoryStore store;
        QVERIFY2(store.open(path), qPrintable(store.problem()));
        QCOMPARE(store.count({}), 1); // the call of schema 2 is there
        QVERIFY(store.setNote(7, QStringLiteral("kept after the upgrade")));
        HistoryStore::Filter f;
        f.text = QStringLiteral("after the upgrade");
        QCOMPARE(store.count(f), 1);
        QCOMPARE(store.load(7)->note, QStringLiteral("kept after the upgrade"));
    }

    void harRoundTripKeepsTheNote()
    {
        CallRecord noted = sample(3, 403);
        noted.note = QStringLiteral("Preview answers 403; Production 200 with the same token");
        const CallRecord plain = sample(4, 200);
        const QByteArray har = Har::write({noted, plain}, {});
        const QJsonArray e = entries(har);
        QCOMPARE(e.at(0).toObject().value(QLatin1String("comment")).toString(), noted.note);
        QVERIFY(!e.at(1).toObject().contains(QLatin1String("comment"))); // no note, no comment
        QString error;
        auto back = Har::read(har, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->records.at(0).note, noted.note);
        QVERIFY(back->records.at(1).note.isEmpty());
        // A browser's HAR: its entry comment is the note.
        const QByteArray foreign =
            "{\"log\":{\"version\":\"1.2\",\"entries\":[{\"startedDateTime\":"
            "\"2026-01-02T03:04:05.000Z\",\"time\":5,\"comment\":\"from the browser\","
            "\"request\":{\"method\":\"GET\",\"url\":\"https://x.example/fhir/Group/1\","
            "\"headers\":[]},\"response\":{\"status\":200,\"statusText\":\"OK\","
            "\"headers\":[],\"content\":{\"size\":0,\"mimeType\":\"application/json\"}}}]}}";
        back = Har::read(foreign, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->records.at(0).note, QStringLiteral("from the browser"));
        // A HAR this explorer wrote before notes said "#id purpose" there: not a note.
        QJsonObject doc = QJsonDocument::fromJson(Har::write({plain}, {})).object();
        QJsonObject log = doc.value(QLatin1String("log")).toObject();
        QJsonArray list = log.value(QLatin1String("entries")).toArray();
        QJsonObject entry = list.at(0).toObject();
        QJsonObject fbx = entry.value(QLatin1String("_fbx")).toObject();
        fbx.remove(QStringLiteral("note"));
        entry.insert(QStringLiteral("_fbx"), fbx);
        entry.insert(QStringLiteral("comment"), QStringLiteral("#4 Read Group"));
        list.replace(0, entry);
        log.insert(QStringLiteral("entries"), list);
        doc.insert(QStringLiteral("log"), log);
        back = Har::read(QJsonDocument(doc).toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY2(back->records.at(0).note.isEmpty(), qPrintable(back->records.at(0).note));
        QCOMPARE(back->records.at(0).purpose, QStringLiteral("Read Group"));
    }

    void aTokenInANoteIsRedacted()
    {
        const QByteArray signature = kToken.mid(kToken.lastIndexOf('.') + 1);
        const QString typed = QStringLiteral("works with %1; signature %2; done")
                                  .arg(QString::fromLatin1(kToken), QString::fromLatin1(signature));
        for (const QByteArray &current : {kToken, QByteArray()}) {
            const QString kept = CallNote::clean(typed, current);
            QVERIFY2(!kept.contains(QString::fromLatin1(kToken)), qPrintable(kept));
            QVERIFY2(!kept.contains(QLatin1String("eyJ")), qPrintable(kept));
            QVERIFY(kept.startsWith(QLatin1String("works with <redacted: ")));
            QVERIFY(kept.endsWith(QLatin1String("; done")));
            if (!current.isEmpty()) // the signature alone is known only with the token
                QVERIFY2(!kept.contains(QString::fromLatin1(signature)), qPrintable(kept));
        }
        QCOMPARE(CallNote::clean(QStringLiteral("  plain words \n")),
                 QStringLiteral("plain words"));
        QCOMPARE(CallNote::clean(QString(CallNote::kMaxChars + 50, QLatin1Char('x'))).size(),
                 CallNote::kMaxChars);
    }

    void theLogFilterFindsANote()
    {
        CallLogModel log;
        CallLogFilterModel filter;
        filter.setSourceModel(&log);
        log.append(sample(5, 200));
        log.append(sample(6, 403));
        filter.setText(QStringLiteral("Vendor ticket"));
        QCOMPARE(filter.rowCount(), 0);
        log.setNote(6, QStringLiteral("see vendor TICKET 12"));
        QCOMPARE(filter.rowCount(), 1); // filtered again when the note changes
        QCOMPARE(filter.index(0, 0).data(CallLogModel::RecordRole).value<CallRecord>().id,
                 quint64(6));
        QVERIFY(CallSearch::text(log.record(1)).contains(QLatin1String("see vendor ticket 12")));
        // Marked: the tooltip says the note, on every column.
        QVERIFY(log.index(1, CallLogModel::PathColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("Note: see vendor TICKET 12")));
        QVERIFY(!log.index(0, CallLogModel::PathColumn)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(QLatin1String("Note:")));
    }

    void aNoteIsWrittenInTheWindow()
    {
        QTemporaryDir dir;
        m_historyPath = dir.filePath(QStringLiteral("history.sqlite"));
        build();
        waitIdle();
        QVERIFY(m_services->history->isOpen());
        sendWith("GET", QStringLiteral("Group/1"), QStringLiteral("none"));
        const int row = m_log->rowCount() - 1;
        const quint64 id = m_log->record(row).id;
        QTRY_COMPARE(m_services->history->count({}), m_log->rowCount());
        // The detail pane offers it; Ctrl+Shift+N opens the editor for the call shown.
        auto *button = child<QPushButton>("noteButton");
        QVERIFY(button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("Add note…"));
        m_window->activateWindow();
        child<QTableView>("callTable")->setFocus();
        QTRY_VERIFY(child<QTableView>("callTable")->hasFocus());
        QTest::keySequence(child<QTableView>("callTable"),
                           QKeySequence(QStringLiteral("Ctrl+Shift+N")));
        NoteDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<NoteDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->callId(), id);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"))
            ->setPlainText(QStringLiteral("401 without a token, as documented. Token: ") +
                           QString::fromLatin1(kToken));
        shot(QStringLiteral("notes-editor"), dialog);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("noteSaveButton")),
                          Qt::LeftButton);
        // Kept in the log (marked by the pencil and in the tooltip), the pane and the history;
        // the token typed into it redacted before it got anywhere.
        QTRY_VERIFY(m_log->record(row).note.startsWith(QLatin1String("401 without a token")));
        const QString note = m_log->record(row).note;
        QVERIFY2(!note.contains(QLatin1String("eyJ")), qPrintable(note));
        QVERIFY(note.contains(QLatin1String("<redacted: ")));
        QVERIFY(child<QLabel>("noteLabel")->text().contains(note));
        QCOMPARE(button->text(), QStringLiteral("Edit note…"));
        QCOMPARE(m_services->history->load(id)->note, note);
        auto *table = child<QTableView>("callTable");
        const QModelIndex idCell =
            table->model()->index(table->model()->rowCount() - 1, CallLogModel::IdColumn);
        QStyleOptionViewItem option;
        option.initFrom(table);
        const MarkProbe probe(CallLogModel::NoteRole, CallLogModel::IdColumn);
        QCOMPARE(probe.text(option, idCell),
                 NoteMarkDelegate::mark() + QLatin1Char(' ') + QString::number(id));
        shot(QStringLiteral("notes-window"));

        // The History finds it by its note, marks it, and its context menu edits it too.
        child<QWidget>("historyDock")->show();
        auto *history = child<HistoryPane>("historyPane");
        history->findChild<QLineEdit *>(QStringLiteral("historyFilterEdit"))
            ->setText(QStringLiteral("as DOCUMENTED"));
        QTRY_COMPARE(history->model()->total(), 1);
        QCOMPARE(history->model()->callId(0), id);
        QCOMPARE(history->model()->index(0, 0).data(HistoryModel::NoteRole).toString(), note);
        auto *historyTable = history->findChild<QTableView *>(QStringLiteral("historyTable"));
        historyTable->selectRow(0);
        QMenu *menu = history->contextMenu();
        QAction *edit = nullptr;
        for (QAction *a : menu->actions())
            if (a->text() == QStringLiteral("Note…"))
                edit = a;
        QVERIFY(edit);
        edit->trigger();
        QTRY_VERIFY((dialog = m_window->findChild<NoteDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"))->toPlainText(),
                 note);
        dialog->setNote(QStringLiteral("Reported as FHIR-4711"));
        dialog->accept();
        QTRY_COMPARE(m_log->record(row).note, QStringLiteral("Reported as FHIR-4711"));
        QCOMPARE(m_services->history->load(id)->note, QStringLiteral("Reported as FHIR-4711"));
        QCOMPARE(history->model()->index(0, 0).data(HistoryModel::NoteRole).toString(),
                 QStringLiteral("Reported as FHIR-4711"));
        // History's context menu also sends a stored call again, with the current token.
        historyTable->selectRow(0);
        auto *again = menu->findChild<QAction *>(QStringLiteral("historySendAgain"));
        QVERIFY(again);
        const int calls = m_log->rowCount();
        again->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_log->rowCount() > calls, 15000);
        waitIdle();
        const CallRecord resent = m_log->record(m_log->rowCount() - 1);
        QVERIFY(resent.purpose.endsWith(QStringLiteral(" (again)")));
        QCOMPARE(resent.url, m_log->record(row).url);
        QVERIFY(resent.id != id);
        // After a restart the note is back on today's calls in the log.
        build();
        waitIdle();
        bool found = false;
        for (const CallRecord &r : m_log->records())
            found = found || (r.id == id && r.note == QLatin1String("Reported as FHIR-4711"));
        QVERIFY(found);
        child<QWidget>("historyDock")->hide();
        m_historyPath.clear();
        build();
    }
};

QTEST_MAIN(TestNotes)
#include "tst_notes.moc"
