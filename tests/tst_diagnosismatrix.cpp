// Every Authorization variant the composer offers × a routed path, an unknown path and an
// unrouted method, sent to the Sandbox: the status, the diagnosis code and the first cause.
// The expectations come from the vendor page (shared/reference/netsmart-bulk-data-resources.txt)
// and API Gateway's documented order of checks, not from this implementation's output:
// - no route for the path or method: MissingAuthenticationTokenException without an
//   Authorization header, IncompleteSignatureException with one (the header is read as SigV4);
// - a route, no or empty header: 401 UnauthorizedException;
// - a route, a header the authorizer refuses (not "Bearer <valid token>"): 403 AccessDenied.
#include "app/net/ApiCall.h"
#include "app/net/FhirClient.h"
#include "app/sandbox/SandboxHost.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString kPreview = QStringLiteral("https://fhirtest.netsmartcloud.com/uscore/v1/bulk-data");

struct Route
{
    const char *name;
    QByteArray method;
    QString path;
};

const Route kRouted{"routed", "GET", QStringLiteral("Group/1")};
const Route kUnknownPath{"unknown path", "GET", QStringLiteral("Invalid/123456")};
const Route kUnroutedMethod{"unrouted method", "PATCH", QStringLiteral("Group/123456")};

} // namespace

class TestDiagnosisMatrix : public QObject
{
    Q_OBJECT
private:
    SandboxHost m_sandbox;
    QNetworkAccessManager m_nam;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void matrix_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("cause");
        struct Expect
        {
            const char *variant;
            int status;
            const char *code;
            const char *cause;
        };
        // On the routed path: what the authorizer makes of each header.
        const QList<Expect> routed = {
            {"none", 401, "gateway.unauthorized", "header.missing"},
            {"empty", 401, "gateway.unauthorized", "header.empty"},
            {"bearer", 200, "ok", ""},
            {"raw", 403, "gateway.access-denied", "header.no-bearer"},
            {"lowercase-bearer", 403, "gateway.access-denied", "header.lowercase-scheme"},
            {"extra-spaces", 403, "gateway.access-denied", "header.extra-whitespace"},
            {"garbled", 403, "gateway.access-denied", "token.garbled"},
            {"expired", 403, "gateway.access-denied", "token.expired"},
            {"other-environment", 403, "gateway.access-denied", "token.other-environment"},
        };
        for (const Expect &e : routed)
            QTest::addRow("%s, %s", e.variant, kRouted.name)
                << QString::fromLatin1(e.variant) << kRouted.method << kRouted.path << e.status
                << QString::fromLatin1(e.code) << QString::fromLatin1(e.cause);
        // Without a route, the header only decides between the two gateway answers; the first
        // cause is the route itself.
        for (const Route &route : {kUnknownPath, kUnroutedMethod}) {
            const QString routeCause = route.method == "PATCH"
                                           ? QStringLiteral("route.method-not-routed")
                                           : QStringLiteral("route.unknown-path");
            for (const Expect &e : routed) {
                const bool noHeader =
                    QByteArray(e.variant) == "none" || QByteArray(e.variant) == "empty";
                QTest::addRow("%s, %s", e.variant, route.name)
                    << QString::fromLatin1(e.variant) << route.method << route.path << 403
                    << (noHeader ? QStringLiteral("gateway.missing-authentication-token")
                                 : QStringLiteral("gateway.incomplete-signature"))
                    << routeCause;
            }
        }
    }

    void matrix()
    {
        QFETCH(QString, variant);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        FhirClient client(&m_nam);
        client.setBaseUrl(m_sandbox.baseUrl());
        client.setKnownServers({{QStringLiteral("Sandbox"), m_sandbox.baseUrl()},
                                {QStringLiteral("Netsmart Preview"), QUrl(kPreview)}});
        QByteArray token = m_sandbox.demoToken();
        AuthMode mode = authModeFromKey(variant);
        if (variant == QLatin1String("expired")) {
            token = m_sandbox.mintToken(-600);
            mode = AuthMode::Bearer;
        } else if (variant == QLatin1String("other-environment")) {
            token = m_sandbox.mintTokenForAudience(kPreview);
            mode = AuthMode::Bearer;
        }
        client.setAuthorization(mode, token);
        ApiRequest request = client.prepare(
            QStringLiteral("matrix"), method, path,
            method == "PATCH" ? QByteArray("{\"resourceType\":\"Group\"}") : QByteArray());
        ApiCall *call = client.send(request);
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(finished.wait(10000));
        const CallRecord r = finished.first().first().value<CallRecord>();
        QVERIFY2(r.status, qPrintable(r.transportError));
        QTEST(*r.status, "status");
        QTEST(r.diagnosis.code, "code");
        QFETCH(QString, cause);
        QCOMPARE(r.diagnosis.firstCause(), cause);
        // Whatever the variant, no token in what the record keeps.
        QVERIFY(!r.body.contains(token.right(20)));
        for (const auto &h : r.requestHeaders)
            QVERIFY(!h.second.contains(token.right(20)));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisMatrix)
#include "tst_diagnosismatrix.moc"
