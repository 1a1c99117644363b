#include "app/calls/Diagnoser.h"
#include "app/models/CallLogFilterModel.h"
#include "app/models/CallLogModel.h"
#include "app/models/ExportFilesModel.h"
#include "app/models/HeadersModel.h"
#include "app/models/OutcomeIssuesModel.h"

#include "app/models/CapabilityModel.h"
#include "app/models/GroupModels.h"
#include "app/sandbox/SandboxData.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
CallRecord make(quint64 id, int status, const QString &path, const QString &code)
{
    CallRecord r;
    r.id = id;
    r.method = "GET";
    r.url = QUrl(QStringLiteral("http://127.0.0.1/base/") + path);
    r.started = QDateTime::currentDateTimeUtc();
    if (status)
        r.status = status;
    r.diagnosis.code = code;
    r.requestIdSent = "rid-" + QByteArray::number(id);
    return r;
}
} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportFilesRows()
    {
        // Every manifest file a row at once, waiting; progress shown in one signal per tick;
        // a finished file its figures and verdict; a rejected one says where its bytes are.
        ExportFilesModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<ExportSession::FileResult> files(3);
        files[0].type = QStringLiteral("Patient");
        files[0].expected = 1200;
        files[0].path = QStringLiteral("/x/001-Patient.ndjson");
        files[1].type = QStringLiteral("OperationOutcome");
        files[1].isError = true;
        files[2].type = QStringLiteral("Observation");
        m.setFiles(files);
        QCOMPARE(m.rowCount(), 3);
        const auto cell = [&m](int r, int c, int role = Qt::DisplayRole) {
            return m.index(r, c).data(role);
        };
        QCOMPARE(cell(0, ExportFilesModel::CountColumn).toString(), QLocale().toString(1200));
        QCOMPARE(cell(1, ExportFilesModel::TypeColumn).toString(),
                 QStringLiteral("OperationOutcome (errors)"));
        QCOMPARE(cell(2, ExportFilesModel::CountColumn).toString(), QStringLiteral("not given"));
        QCOMPARE(cell(0, ExportFilesModel::ProgressColumn).toString(), QStringLiteral("waiting"));
        QCOMPARE(cell(0, ExportFilesModel::TypeColumn, Qt::UserRole).toString(), files[0].path);
        QSignalSpy changed(&m, &ExportFilesModel::dataChanged);
        m.setProgress(0, QStringLiteral("1 MB of 2 MB"), 50);
        m.setProgress(2, QStringLiteral("3 kB"), -1);
        QCOMPARE(changed.size(), 0);
        m.progressShown();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), m.index(0, ExportFilesModel::ProgressColumn));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), m.index(2, ExportFilesModel::ProgressColumn));
        m.progressShown(); // nothing new: no signal
        QCOMPARE(changed.size(), 1);
        QCOMPARE(cell(0, ExportFilesModel::ProgressColumn, Qt::UserRole).toInt(), 50);
        QCOMPARE(cell(2, ExportFilesModel::ProgressColumn, Qt::UserRole).toInt(), -1);
        ExportSession::FileResult done = files[0];
        done.verified = true;
        done.lines = 1200;
        done.bytes = 2048;
        done.attempts = 2;
        m.finishFile(0, done, 0);
        QCOMPARE(cell(0, ExportFilesModel::ProgressColumn).toString(), QStringLiteral("done"));
        QCOMPARE(cell(0, ExportFilesModel::ProgressColumn, Qt::UserRole).toInt(), 100);
        QCOMPARE(cell(0, ExportFilesModel::LinesColumn).toString(), QLocale().toString(1200));
        QCOMPARE(cell(0, ExportFilesModel::AttemptsColumn).toString(), QStringLiteral("2"));
        QCOMPARE(cell(0, ExportFilesModel::VerificationColumn).toString(),
                 QStringLiteral("verified"));
        m.setProgress(0, QStringLiteral("late"), 10); // a done file keeps its figures
        QCOMPARE(cell(0, ExportFilesModel::ProgressColumn).toString(), QStringLiteral("done"));
        ExportSession::FileResult bad = files[2];
        bad.problem = QStringLiteral("line 2: Not valid JSON");
        bad.rejectedPath = QStringLiteral("/x/003-Observation.ndjson.rejected");
        m.finishFile(2, bad, 40);
        QVERIFY(m.isDone(2));
        QCOMPARE(cell(2, ExportFilesModel::ProgressColumn).toString(), QStringLiteral("stopped"));
        QCOMPARE(cell(2, ExportFilesModel::ProgressColumn, Qt::UserRole).toInt(), 40);
        QCOMPARE(cell(2, ExportFilesModel::VerificationColumn).toString(),
                 QStringLiteral("line 2: Not valid JSON — kept as 003-Observation.ndjson.rejected, "
                                "not under its final name"));
        QCOMPARE(cell(2, ExportFilesModel::VerificationColumn, Qt::ToolTipRole).toString(),
                 bad.rejectedPath);
        m.clear();
        QCOMPARE(m.rowCount(), 0);
    }
    void callLogModel()
    {
        CallLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMaximumRows(3);
        for (quint64 i = 1; i <= 5; ++i)
            model.append(make(i, 200, QStringLiteral("Group/%1").arg(i), QStringLiteral("ok")));
        QCOMPARE(model.rowCount(), 3); // bounded: the oldest two were dropped
        QCOMPARE(model.record(0).id, quint64(3));
        QCOMPARE(model.rowOfId(5), 2);
        QCOMPARE(model.rowOfId(1), -1);
        QCOMPARE(model.index(2, CallLogModel::PathColumn).data().toString(),
                 QStringLiteral("/base/Group/5"));
        QCOMPARE(model.index(2, CallLogModel::StatusColumn).data().toString(),
                 QStringLiteral("200"));
        QCOMPARE(model.index(2, 0).data(CallLogModel::StatusClassRole).toInt(), 2);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void filterModel()
    {
        CallLogModel model;
        model.append(make(1, 200, QStringLiteral("Group/1"), QStringLiteral("ok")));
        model.append(
            make(2, 401, QStringLiteral("Group/1"), QStringLiteral("gateway.unauthorized")));
        model.append(
            make(3, 404, QStringLiteral("Patient/123456"), QStringLiteral("fhir.not-found")));
        model.append(make(4, 0, QStringLiteral("metadata"), QStringLiteral("transport.refused")));
        CallLogFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(filter.rowCount(), 4);
        filter.setStatusClass(4);
        QCOMPARE(filter.rowCount(), 2);
        filter.setDiagnosisCode(QStringLiteral("gateway."));
        QCOMPARE(filter.rowCount(), 1);
        filter.setStatusClass(CallLogFilterModel::AnyStatus);
        filter.setDiagnosisCode({});
        filter.setText(QStringLiteral("patient"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setText(QStringLiteral("rid-4"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setText({});
        filter.setStatusClass(0);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, CallLogModel::DiagnosisColumn).data().toString(),
                 QStringLiteral("transport.refused"));
    }

    void capabilityModels()
    {
        SandboxData data;
        QString error;
        const auto sandbox =
            CapabilityStatement::parse(SandboxData::fhirJson(data.capabilityStatement(
                                           QStringLiteral("http://127.0.0.1:1/fhir"),
                                           QStringLiteral("http://127.0.0.1:1/oauth/token"))),
                                       &error);
        QVERIFY2(sandbox, qPrintable(error));
        CapabilityModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStatement(*sandbox);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, CapabilityModel::TypeColumn).data().toString(),
                 QStringLiteral("Group"));
        QCOMPARE(model.index(0, CapabilityModel::OperationsColumn).data().toString(),
                 QStringLiteral("$export"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);

        // Another server: XML missing, Patient listed, a different version.
        CapabilityStatement other = *sandbox;
        other.softwareVersion = QStringLiteral("6.0.0");
        other.formats = {QStringLiteral("json")};
        other.resources.append({QStringLiteral("Patient"),
                                {QStringLiteral("read")},
                                {},
                                {QStringLiteral("birthdate")}});
        CapabilityCompareModel compare;
        QAbstractItemModelTester tester2(&compare,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        compare.setStatements(QStringLiteral("Sandbox"), *sandbox, QStringLiteral("Other"), other);
        QCOMPARE(compare.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Sandbox"));
        QStringList differing;
        for (int i = 0; i < compare.rowCount(); ++i) {
            if (compare.index(i, 0).data(CapabilityCompareModel::DiffersRole).toBool())
                differing << compare.index(i, 0).data().toString();
        }
        QCOMPARE(differing, (QStringList{QStringLiteral("software"), QStringLiteral("format"),
                                         QStringLiteral("Patient: interactions"),
                                         QStringLiteral("Patient: operations"),
                                         QStringLiteral("Patient: search parameters")}));
        QCOMPARE(compare.differences(), 5); // "not listed" differs from "listed, no operations"
    }

    void groupModels()
    {
        GroupListModel list;
        QAbstractItemModelTester tester(&list,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy wanted(&list, &GroupListModel::moreWanted);
        GroupInfo a;
        a.id = QStringLiteral("1");
        a.name = QStringLiteral("A");
        list.appendPage({a}, QUrl(QStringLiteral("http://x/Group?page=2")));
        list.fetchMore({}); // (the model tester may have asked already)
        list.fetchMore({});
        QCOMPARE(wanted.size(), 1); // one request at a time
        QCOMPARE(wanted.first().first().toUrl(), QUrl(QStringLiteral("http://x/Group?page=2")));
        QVERIFY(!list.canFetchMore({}));
        GroupInfo b = a;
        b.id = QStringLiteral("2");
        list.appendPage({b}, {});
        QVERIFY(!list.canFetchMore({}));
        QCOMPARE(list.rowCount(), 2);
        b.name = QStringLiteral("B");
        list.upsert(b);
        QCOMPARE(list.rowCount(), 2);
        QCOMPARE(list.index(1, GroupListModel::NameColumn).data().toString(), QStringLiteral("B"));

        SandboxData data(42, 5);
        const auto parsed =
            GroupMembers::parse(SandboxData::fhirJson(*data.group(QStringLiteral("4"))));
        QVERIFY(parsed.error.isEmpty());
        QCOMPARE(parsed.members.size(), 1000);
        GroupMembersModel members;
        QAbstractItemModelTester tester2(&members,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        members.setMembers(parsed.members);
        QCOMPARE(members.rowCount(), 1000);
        QVERIFY(members.index(0, GroupMembersModel::ReferenceColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Patient/")));
        QVERIFY(!GroupMembers::parse("{\"resourceType\":\"Patient\"}").error.isEmpty());
        QVERIFY(!GroupMembers::parse("not json").error.isEmpty());
    }

    void headersModel()
    {
        HeadersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHeaders({{"Date", "x"}, {"X-Request-ID", "abc"}, {"x-amzn-RequestId", "def"}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("abc"));
        QVERIFY(!model.index(0, 0).data(HeadersModel::IsCorrelationRole).toBool());
        QVERIFY(model.index(1, 0).data(HeadersModel::IsCorrelationRole).toBool());
        QVERIFY(model.index(2, 0).data(HeadersModel::IsCorrelationRole).toBool());
        model.setHeaders({});
        QCOMPARE(model.rowCount(), 0);
    }

    void outcomeIssuesModel()
    {
        OutcomeIssuesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        OutcomeIssue a{QStringLiteral("error"),      QStringLiteral("processing"),
                       QStringLiteral("boom"),       {},
                       {QStringLiteral("Group.id")}, {}};
        OutcomeIssue b{QStringLiteral("warning"),
                       QStringLiteral("invalid"),
                       {},
                       QStringLiteral("details"),
                       {},
                       {QStringLiteral("/f:Group")}};
        model.setIssues({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, OutcomeIssuesModel::WhereColumn).data().toString(),
                 QStringLiteral("Group.id"));
        QCOMPARE(model.index(1, OutcomeIssuesModel::WhereColumn).data().toString(),
                 QStringLiteral("/f:Group"));
        QCOMPARE(model.index(1, 0).data(OutcomeIssuesModel::SeverityRole).toString(),
                 QStringLiteral("warning"));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
