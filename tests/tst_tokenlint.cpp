#include "app/tokens/TokenLint.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <limits>

namespace {
QByteArray jwt(const QJsonObject &claims)
{
    const auto enc = [](const QJsonObject &o) {
        return QJsonDocument(o)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return enc(QJsonObject{{QStringLiteral("alg"), QStringLiteral("RS384")}}) + '.' + enc(claims) +
           ".c2ln";
}
const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);
} // namespace

class TestTokenLint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<QByteArray>("cleaned");

        const QByteArray good =
            jwt({{QStringLiteral("exp"), 1800000300}, {QStringLiteral("iat"), 1800000000}});
        QTest::newRow("good jwt") << good << QStringList() << good;
        QTest::newRow("empty") << QByteArray("  ") << QStringList{QStringLiteral("empty")}
                               << QByteArray();
        QTest::newRow("trailing newline")
            << good + "\n"
            << QStringList{QStringLiteral("whitespace.newline")} << good;
        QTest::newRow("spaces") << " " + good + " "
                                << QStringList{QStringLiteral("whitespace.edges")} << good;
        QTest::newRow("quotes") << '"' + good + '"' << QStringList{QStringLiteral("quotes")}
                                << good;
        QTest::newRow("bearer prefix")
            << "Bearer " + good << QStringList{QStringLiteral("bearer.prefix")} << good;
        QTest::newRow("doubled") << "Bearer Bearer " + good
                                 << QStringList{QStringLiteral("bearer.doubled")} << good;
        QTest::newRow("lower-case")
            << "bearer " + good
            << QStringList{QStringLiteral("bearer.prefix"), QStringLiteral("bearer.lowercase")}
            << good;
        // Wrapped in any order (found by fuzz_token): peeled whole, so linting the cleaned
        // token again changes nothing.
        QTest::newRow("quotes around a spaced scheme")
            << QByteArray("' Bearer abc'")
            << QStringList{QStringLiteral("whitespace.edges"), QStringLiteral("quotes"),
                           QStringLiteral("bearer.prefix"), QStringLiteral("opaque")}
            << QByteArray("abc");
        QTest::newRow("a scheme around quotes")
            << "Bearer \"" + good + '"'
            << QStringList{QStringLiteral("quotes"), QStringLiteral("bearer.prefix")} << good;
        QTest::newRow("bad chars")
            << QByteArray("abc,def ghi")
            << QStringList{QStringLiteral("header.invalid-chars"), QStringLiteral("opaque")}
            << QByteArray("abc,def ghi");
        QTest::newRow("opaque") << QByteArray("8f14e45fceea167a5a36dedd4bea2543")
                                << QStringList{QStringLiteral("opaque")}
                                << QByteArray("8f14e45fceea167a5a36dedd4bea2543");
        QTest::newRow("two segments") << QByteArray("eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9")
                                      << QStringList{QStringLiteral("jwt.segments")}
                                      << QByteArray("eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9");
        QTest::newRow("bad base64")
            << QByteArray("eyJhbGciOiJIUzI1NiJ9.@@@.sig")
            << QStringList{QStringLiteral("header.invalid-chars"), QStringLiteral("jwt.base64")}
            << QByteArray("eyJhbGciOiJIUzI1NiJ9.@@@.sig");
        QTest::newRow("not json") << QByteArray("eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.sig")
                                  << QStringList{QStringLiteral("jwt.json")}
                                  << QByteArray("eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.sig");
        const QByteArray expired = jwt({{QStringLiteral("exp"), 1800000000 - 7200}});
        QTest::newRow("expired") << expired << QStringList{QStringLiteral("jwt.expired")}
                                 << expired;
        const QByteArray withinSkew = jwt({{QStringLiteral("exp"), 1800000000 - 30}});
        QTest::newRow("expired within skew") << withinSkew << QStringList() << withinSkew;
        const QByteArray noExp = jwt({{QStringLiteral("sub"), QStringLiteral("x")}});
        QTest::newRow("no exp") << noExp << QStringList{QStringLiteral("jwt.no-exp")} << noExp;
        const QByteArray future = jwt({{QStringLiteral("exp"), 1800009000},
                                       {QStringLiteral("nbf"), 1800003600},
                                       {QStringLiteral("iat"), 1800003600}});
        QTest::newRow("not yet valid")
            << future
            << QStringList{QStringLiteral("jwt.not-yet-valid"), QStringLiteral("jwt.clock-skew")}
            << future;
        QTest::newRow("everything at once")
            << " \"Bearer " + expired + "\"\n"
            << QStringList{QStringLiteral("whitespace.newline"), QStringLiteral("whitespace.edges"),
                           QStringLiteral("quotes"), QStringLiteral("bearer.prefix"),
                           QStringLiteral("jwt.expired")}
            << expired;
    }

    void findings()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QStringList, codes);
        const TokenLint::Report report = TokenLint::lint(raw, kNow);
        QStringList got;
        for (const auto &f : report.findings) {
            got << f.code;
            QVERIFY(!f.message.isEmpty());
        }
        QCOMPARE(got, codes);
        QTEST(report.cleaned, "cleaned");
        if (!report.cleaned.isEmpty())
            QCOMPARE(TokenLint::lint(report.cleaned, kNow).cleaned, report.cleaned);
    }

    void claimsAreDecoded()
    {
        const auto report =
            TokenLint::lint(jwt({{QStringLiteral("exp"), 1800000300},
                                 {QStringLiteral("scope"), QStringLiteral("system/*.read")},
                                 {QStringLiteral("aud"), QStringLiteral("https://fhir.example")}}),
                            kNow);
        QVERIFY(report.jwt);
        QCOMPARE(report.jwt->scope(), QStringLiteral("system/*.read"));
        QCOMPARE(report.jwt->expiresAt(), kNow.addSecs(300));
        QVERIFY(!report.hasErrors());
    }

    // Times no calendar holds (found by fuzz_token): read as no time, not converted to an
    // integer they overflow (undefined behaviour that UBSan reports).
    void timesPastAnyCalendar()
    {
        QCOMPARE(JwtInfo::numericDate(QJsonValue(1800000000)), kNow);
        for (const double absurd : {1e300, -1e300, 1e20, std::numeric_limits<double>::infinity()})
            QVERIFY(!JwtInfo::numericDate(QJsonValue(absurd)).isValid());
        QVERIFY(!JwtInfo::numericDate(QJsonValue(QStringLiteral("1800000000"))).isValid());
        const TokenLint::Report report = TokenLint::lint(jwt({{QStringLiteral("exp"), 1e300},
                                                              {QStringLiteral("nbf"), 1e300},
                                                              {QStringLiteral("iat"), -1e300}}),
                                                         kNow);
        QVERIFY(report.jwt);
        QVERIFY(!report.jwt->expiresAt().isValid());
        QVERIFY(!report.jwt->notBefore().isValid());
        QVERIFY(report.has(QStringLiteral("jwt.no-exp")));
        QVERIFY(!report.has(QStringLiteral("jwt.not-yet-valid")));
        QVERIFY(!report.has(QStringLiteral("jwt.clock-skew")));
    }
};

QTEST_GUILESS_MAIN(TestTokenLint)
#include "tst_tokenlint.moc"
