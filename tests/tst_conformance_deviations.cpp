// Each SHALL check fails when a server deviates, and only it: a proxy of the test's own in front
// of the Sandbox forwards every request and changes exactly one thing in the answers (or the
// requests). The slow checks run where a row's checks include one, and in the baseline row.
#include "ConformanceFixture.h"

#include <QRegularExpression>
#include <QUrlQuery>

using namespace conformance_test;

class TestConformanceDeviations : public QObject
{
    Q_OBJECT
private:
    SandboxRun m_run;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_run.start()); }

    void deviationFailsExactlyItsChecks_data()
    {
        QTest::addColumn<Deviation>("deviation");
        QTest::addColumn<QStringList>("failing");
        QTest::newRow("none (the proxy alone)")
            << Deviation([](DeviationProxy &, const QByteArray &) {}) << QStringList();
        QTest::newRow("401 without x-amzn-ErrorType")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       if (ex.status == 401)
                           ex.removeHeader("x-amzn-ErrorType");
                   };
               })
            << QStringList{QStringLiteral("vendor.401.empty-authorization-header"),
                           QStringLiteral("vendor.401.no-authorization-header")};
        QTest::newRow("manifest without transactionTime")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       editManifest(
                           ex, [](QJsonObject &o) { o.remove(QStringLiteral("transactionTime")); });
                   };
               })
            << QStringList{QStringLiteral("ig.manifest.transaction-time")};
        QTest::newRow("manifest without error array")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       editManifest(ex, [](QJsonObject &o) { o.remove(QStringLiteral("error")); });
                   };
               })
            << QStringList{QStringLiteral("ig.manifest.error-array")};
        QTest::newRow("manifest without requiresAccessToken")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       editManifest(ex, [](QJsonObject &o) {
                           o.remove(QStringLiteral("requiresAccessToken"));
                       });
                   };
               })
            << QStringList{QStringLiteral("ig.manifest.requires-access-token")};
        QTest::newRow("manifest as application/fhir+json")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       if (isManifest(ex))
                           ex.setHeader("Content-Type", "application/fhir+json");
                   };
               })
            << QStringList{QStringLiteral("ig.status.complete-200-json")};
        QTest::newRow("files as text/plain")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       if (isFile(ex) && ex.status == 200)
                           ex.setHeader("Content-Type", "text/plain");
                   };
               })
            << QStringList{QStringLiteral("ig.files.content-type")};
        QTest::newRow("a line of another resourceType")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       static const QRegularExpression type(
                           QStringLiteral(R"re("resourceType":"(\w+)")re"));
                       const auto m = type.match(QString::fromUtf8(ex.body));
                       if (isFile(ex) && ex.status == 200 && m.hasMatch() &&
                           m.captured(1) != QLatin1String("Patient"))
                           ex.body.replace(m.captured(0).toUtf8(), R"("resourceType":"Basic")");
                   };
               })
            << QStringList{QStringLiteral("ig.files.error-files-outcome"),
                           QStringLiteral("ig.files.resource-type-matches"),
                           QStringLiteral("ig.kickoff.type-repeated")};
        QTest::newRow("a kick-off that ignores _type")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.rewrite = [](DeviationProxy::Exchange &ex) {
                       if (!ex.url.path().endsWith(QLatin1String("$export")))
                           return;
                       QUrlQuery q(ex.url);
                       q.removeAllQueryItems(QStringLiteral("_type"));
                       ex.url.setQuery(q);
                   };
               })
            << QStringList{QStringLiteral("ig.kickoff.type-applied"),
                           QStringLiteral("ig.kickoff.type-repeated")};
        QTest::newRow("a DELETE that is ignored")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.intercept = [](DeviationProxy::Exchange &ex) {
                       if (ex.method != "DELETE")
                           return false;
                       ex.status = 202;
                       return true;
                   };
               })
            << QStringList{QStringLiteral("ig.cancel.delete-completed"),
                           QStringLiteral("ig.cancel.delete-unknown-error"),
                           QStringLiteral("ig.cancel.poll-after-delete-404"),
                           QStringLiteral("ig.cancel.requires-token")};
        QTest::newRow("X-Request-ID dropped")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       ex.removeHeader("X-Request-ID");
                       ex.removeHeader("X-Correlation-Id");
                   };
               })
            << QStringList{QStringLiteral("vendor.400.operation-outcome"),
                           QStringLiteral("vendor.404.hapi-0436"),
                           QStringLiteral("vendor.request-id.non-uuid-correlated"),
                           QStringLiteral("vendor.request-id.uuid-echoed")};
        QTest::newRow("status answered without a valid token")
            << Deviation([](DeviationProxy &p, const QByteArray &demo) {
                   p.rewrite = [demo](DeviationProxy::Exchange &ex) {
                       if (!isStatus(ex))
                           return;
                       ex.requestHeaders.removeIf([](const auto &h) {
                           return h.first.compare("Authorization", Qt::CaseInsensitive) == 0;
                       });
                       ex.requestHeaders.append({"Authorization", "Bearer " + demo});
                   };
               })
            << QStringList{QStringLiteral("ig.cancel.requires-token"),
                           QStringLiteral("ig.status.requires-token")};
        QTest::newRow("files served without a token")
            << Deviation([](DeviationProxy &p, const QByteArray &demo) {
                   p.rewrite = [demo](DeviationProxy::Exchange &ex) {
                       if (!isFile(ex))
                           return;
                       ex.requestHeaders.removeIf([](const auto &h) {
                           return h.first.compare("Authorization", Qt::CaseInsensitive) == 0;
                       });
                       ex.requestHeaders.append({"Authorization", "Bearer " + demo});
                   };
               })
            << QStringList{QStringLiteral("ig.files.token-rule")};
        QTest::newRow("AccessDenied with a lower-case message")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       if (ex.header("x-amzn-ErrorType") == "AccessDeniedException")
                           ex.body.replace("\"Message\"", "\"message\"");
                   };
               })
            << QStringList{QStringLiteral("vendor.403.access-denied.expired-token"),
                           QStringLiteral("vendor.403.access-denied.invalid-token")};
        QTest::newRow("unrouted paths reach HAPI (404)")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.intercept = [](DeviationProxy::Exchange &ex) {
                       if (!ex.url.path().contains(QLatin1String("/Invalid/")) &&
                           ex.method != "PATCH")
                           return false;
                       ex.status = 404;
                       ex.headers = {{"Content-Type", "application/fhir+json;charset=UTF-8"}};
                       ex.body = outcome("HAPI-0302: Unknown resource type");
                       return true;
                   };
               })
            << QStringList{QStringLiteral("vendor.403.incomplete-signature.invalid-path"),
                           QStringLiteral("vendor.403.incomplete-signature.malformed-header"),
                           QStringLiteral("vendor.403.incomplete-signature.unsupported-verb"),
                           QStringLiteral("vendor.403.missing-authentication-token.invalid-path")};
        QTest::newRow("a read that defaults to XML")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       bool accept = false;
                       for (const auto &h : ex.requestHeaders)
                           accept = accept || h.first.compare("Accept", Qt::CaseInsensitive) == 0;
                       if (isGroupRead(ex) && !accept)
                           ex.setHeader("Content-Type", "application/fhir+xml;charset=UTF-8");
                   };
               })
            << QStringList{QStringLiteral("vendor.read.group")};
        QTest::newRow("XML asked for, JSON served")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.rewrite = [](DeviationProxy::Exchange &ex) {
                       QUrlQuery q(ex.url);
                       q.removeAllQueryItems(QStringLiteral("_format"));
                       ex.url.setQuery(q);
                       ex.requestHeaders.removeIf([](const auto &h) {
                           return h.first.compare("Accept", Qt::CaseInsensitive) == 0 &&
                                  h.second.contains("xml");
                       });
                   };
               })
            << QStringList{QStringLiteral("vendor.format.xml")};
        QTest::newRow("no SMART configuration")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.intercept = [](DeviationProxy::Exchange &ex) {
                       if (!ex.url.path().endsWith(QLatin1String("smart-configuration")))
                           return false;
                       ex.status = 403;
                       ex.headers = {{"Content-Type", "application/json"},
                                     {"x-amzn-ErrorType", "MissingAuthenticationTokenException"}};
                       ex.body = R"({"message":"Missing Authentication Token"})";
                       return true;
                   };
               })
            << QStringList{QStringLiteral("auth.smart-config.served")};
        QTest::newRow("SMART configuration without grant types")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       if (!ex.url.path().endsWith(QLatin1String("smart-configuration")))
                           return;
                       QJsonObject o = QJsonDocument::fromJson(ex.body).object();
                       o.remove(QStringLiteral("grant_types_supported"));
                       ex.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
                   };
               })
            << QStringList{QStringLiteral("auth.smart-config.required-fields")};
        QTest::newRow("signature not checked on reads")
            << Deviation([](DeviationProxy &p, const QByteArray &demo) {
                   p.rewrite = [demo](DeviationProxy::Exchange &ex) {
                       if (isGroupRead(ex) && authorization(ex).startsWith("Bearer ") &&
                           authorization(ex) != "Bearer " + demo && !claims(ex).isEmpty() &&
                           claims(ex).value(QStringLiteral("scope")).toString() ==
                               QLatin1String("system/*.read") &&
                           claims(ex).value(QStringLiteral("exp")).toInteger() >
                               QDateTime::currentSecsSinceEpoch())
                           authorize(ex, "Bearer " + demo);
                   };
               })
            << QStringList{QStringLiteral("auth.token.garbled-refused"),
                           QStringLiteral("vendor.403.access-denied.invalid-token")};
        QTest::newRow("expired tokens accepted")
            << Deviation([](DeviationProxy &p, const QByteArray &demo) {
                   p.rewrite = [demo](DeviationProxy::Exchange &ex) {
                       const QJsonObject c = claims(ex);
                       if (!c.isEmpty() && c.value(QStringLiteral("exp")).toInteger() <
                                               QDateTime::currentSecsSinceEpoch())
                           authorize(ex, "Bearer " + demo);
                   };
               })
            << QStringList{QStringLiteral("auth.token.expired-refused"),
                           QStringLiteral("vendor.403.access-denied.expired-token")};
        QTest::newRow("scopes not checked on reads")
            << Deviation([](DeviationProxy &p, const QByteArray &demo) {
                   p.rewrite = [demo](DeviationProxy::Exchange &ex) {
                       if (claims(ex).value(QStringLiteral("scope")).toString() ==
                           QLatin1String("system/Patient.read"))
                           authorize(ex, "Bearer " + demo);
                   };
               })
            << QStringList{QStringLiteral("auth.token.under-scoped-read-refused")};
        QTest::newRow("scopes not checked at kick-off")
            << Deviation([](DeviationProxy &p, const QByteArray &demo) {
                   p.rewrite = [demo](DeviationProxy::Exchange &ex) {
                       if (isKickoff(ex) && claims(ex).value(QStringLiteral("scope")).toString() ==
                                                QLatin1String("system/Patient.read"))
                           authorize(ex, "Bearer " + demo);
                   };
               })
            << QStringList{QStringLiteral("auth.token.under-scoped-export-refused")};
        QTest::newRow("kick-off without a token accepted")
            << Deviation([](DeviationProxy &p, const QByteArray &demo) {
                   p.rewrite = [demo](DeviationProxy::Exchange &ex) {
                       if (isKickoff(ex) && authorization(ex).isEmpty())
                           authorize(ex, "Bearer " + demo);
                   };
               })
            << QStringList{QStringLiteral("auth.token.none-refused")};
        QTest::newRow("_outputFormat abbreviations refused")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.intercept = [](DeviationProxy::Exchange &ex) {
                       const QString f = QUrlQuery(ex.url).queryItemValue(
                           QStringLiteral("_outputFormat"), QUrl::FullyDecoded);
                       if (!isKickoff(ex) || (f != QLatin1String("ndjson") &&
                                              f != QLatin1String("application/ndjson")))
                           return false;
                       ex.status = 400;
                       ex.headers = {{"Content-Type", "application/fhir+json;charset=UTF-8"}};
                       ex.body = outcome("HAPI-0786: Invalid output format: " + f.toUtf8());
                       return true;
                   };
               })
            << QStringList{QStringLiteral("ig.kickoff.output-format.application-ndjson"),
                           QStringLiteral("ig.kickoff.output-format.ndjson")};
        QTest::newRow("_since with an offset refused")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.intercept = [](DeviationProxy::Exchange &ex) {
                       if (!isKickoff(ex) ||
                           !ex.url.query(QUrl::FullyEncoded).contains(QLatin1String("%2B01")))
                           return false;
                       ex.status = 400;
                       ex.headers = {{"Content-Type", "application/fhir+json;charset=UTF-8"}};
                       ex.body = outcome("Invalid _since");
                       return true;
                   };
               })
            << QStringList{QStringLiteral("ig.kickoff.since-accepted")};
        QTest::newRow("an unknown Group accepted")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.rewrite = [](DeviationProxy::Exchange &ex) {
                       if (ex.url.path().contains(QLatin1String("fbx-no-such-group")))
                           ex.url.setPath(ex.url.path().replace(
                               QRegularExpression(QStringLiteral("fbx-no-such-group-\\d+")),
                               QStringLiteral("1")));
                   };
               })
            << QStringList{QStringLiteral("ig.kickoff.unknown-group-404")};
        QTest::newRow("kick-off errors as text/plain")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       if (isKickoff(ex) && ex.status >= 400) {
                           ex.setHeader("Content-Type", "text/plain");
                           ex.body = "Bad request";
                       }
                   };
               })
            << QStringList{QStringLiteral("ig.kickoff.error-operationoutcome"),
                           QStringLiteral("ig.kickoff.prefer-missing"),
                           QStringLiteral("ig.kickoff.unknown-group-404"),
                           QStringLiteral("ig.kickoff.unsupported-refused-with-outcome"),
                           QStringLiteral("vendor.400.operation-outcome")};
        QTest::newRow("POST kick-off refused without an OperationOutcome")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.intercept = [](DeviationProxy::Exchange &ex) {
                       if (!isKickoff(ex) || ex.method != "POST")
                           return false;
                       ex.status = 405;
                       ex.headers = {{"Content-Type", "text/html"}};
                       ex.body = "<html>Method Not Allowed</html>";
                       return true;
                   };
               })
            << QStringList{QStringLiteral("ig.kickoff.post-parameters")};
        QTest::newRow("manifest without request") << Deviation([](DeviationProxy &p,
                                                                  const QByteArray &) {
            p.deviate = [](DeviationProxy::Exchange &ex) {
                editManifest(ex, [](QJsonObject &o) { o.remove(QStringLiteral("request")); });
            };
        }) << QStringList{QStringLiteral("ig.manifest.request")};
        QTest::newRow("output urls relative")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [origin = p.origin()](DeviationProxy::Exchange &ex) {
                       if (isManifest(ex))
                           ex.body.replace(origin, "");
                   };
               })
            << QStringList{QStringLiteral("ig.manifest.output-url-absolute")};
        QTest::newRow("count as a string") << Deviation([](DeviationProxy &p, const QByteArray &) {
            p.deviate = [](DeviationProxy::Exchange &ex) {
                editManifest(ex, [](QJsonObject &o) {
                    QJsonArray output = o.value(QStringLiteral("output")).toArray();
                    for (auto it = output.begin(); it != output.end(); ++it) {
                        QJsonObject item = it->toObject();
                        item.insert(QStringLiteral("count"),
                                    QString::number(item.value(QStringLiteral("count")).toInt()));
                        *it = item;
                    }
                    o.insert(QStringLiteral("output"), output);
                });
            };
        }) << QStringList{QStringLiteral("ig.manifest.count-number")};
        QTest::newRow("count off by one") << Deviation([](DeviationProxy &p, const QByteArray &) {
            p.deviate = [](DeviationProxy::Exchange &ex) {
                editManifest(ex, [](QJsonObject &o) {
                    QJsonArray output = o.value(QStringLiteral("output")).toArray();
                    QJsonObject item = output.at(0).toObject();
                    item.insert(QStringLiteral("count"),
                                item.value(QStringLiteral("count")).toInt() + 1);
                    output.replace(0, item);
                    o.insert(QStringLiteral("output"), output);
                });
            };
        }) << QStringList{QStringLiteral("ig.files.count-matches")};
        QTest::newRow("a file with a broken line")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       if (isFile(ex) && ex.status == 200 && !ex.body.contains("\"Patient\""))
                           ex.body += "{not json\n";
                   };
               })
            << QStringList{QStringLiteral("ig.files.count-matches"),
                           QStringLiteral("ig.files.error-files-outcome"),
                           QStringLiteral("ig.files.ndjson-parses")};
        QTest::newRow("files gone (404)")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.intercept = [](DeviationProxy::Exchange &ex) {
                       if (!isFile(ex))
                           return false;
                       ex.status = 404;
                       ex.headers = {{"Content-Type", "application/fhir+json;charset=UTF-8"}};
                       ex.body = outcome("HAPI-0436: Resource Binary/x is not known");
                       return true;
                   };
               })
            << QStringList{QStringLiteral("ig.files.error-files-outcome"),
                           QStringLiteral("ig.files.status-200"),
                           QStringLiteral("ig.files.token-rule")};
        QTest::newRow("DELETE not routed")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.intercept = [](DeviationProxy::Exchange &ex) {
                       if (ex.method != "DELETE")
                           return false;
                       ex.status = 403;
                       ex.headers = {{"Content-Type", "application/json"},
                                     {"x-amzn-ErrorType", "IncompleteSignatureException"}};
                       ex.body = R"({"message":"not a valid key=value pair"})";
                       return true;
                   };
               })
            << QStringList{QStringLiteral("ig.cancel.delete-202"),
                           QStringLiteral("ig.cancel.delete-unknown-error"),
                           QStringLiteral("ig.cancel.poll-after-delete-404")};
        QTest::newRow("an output item without url") << Deviation([](DeviationProxy &p,
                                                                    const QByteArray &) {
            p.deviate = [](DeviationProxy::Exchange &ex) {
                editManifest(ex, [](QJsonObject &o) {
                    QJsonArray output = o.value(QStringLiteral("output")).toArray();
                    output.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Patient")}});
                    o.insert(QStringLiteral("output"), output);
                });
            };
        }) << QStringList{QStringLiteral("ig.manifest.output-array")};
        QTest::newRow("_outputFormat=application/fhir+ndjson refused")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.intercept = [](DeviationProxy::Exchange &ex) {
                       if (!isKickoff(ex) ||
                           QUrlQuery(ex.url).queryItemValue(QStringLiteral("_outputFormat"),
                                                            QUrl::FullyDecoded) !=
                               QLatin1String("application/fhir+ndjson"))
                           return false;
                       ex.status = 400;
                       ex.headers = {{"Content-Type", "application/fhir+json;charset=UTF-8"}};
                       ex.body = outcome("Unsupported output format");
                       return true;
                   };
               })
            << QStringList{QStringLiteral("ig.kickoff.output-format.fhir-ndjson")};
        QTest::newRow("a plain kick-off answered synchronously")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.intercept = [](DeviationProxy::Exchange &ex) {
                       bool prefer = false;
                       for (const auto &h : ex.requestHeaders)
                           prefer = prefer || h.first.compare("Prefer", Qt::CaseInsensitive) == 0;
                       if (!ex.url.path().endsWith(QLatin1String("/Group/1/$export")) ||
                           ex.method != "GET" || !ex.url.query().isEmpty() || !prefer ||
                           authorization(ex).isEmpty())
                           return false;
                       ex.status = 200;
                       ex.headers = {{"Content-Type", "application/fhir+json;charset=UTF-8"}};
                       ex.body = R"({"resourceType":"Bundle","type":"searchset","entry":[]})";
                       return true;
                   };
               })
            << QStringList{QStringLiteral("ig.kickoff.group-get-202")};
        QTest::newRow("the first poll answered 204")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.intercept = [polls = std::make_shared<int>(0)](DeviationProxy::Exchange &ex) {
                       if (!isStatus(ex) || ex.method != "GET" || (*polls)++ > 0)
                           return false;
                       ex.status = 204;
                       return true;
                   };
               })
            << QStringList{QStringLiteral("ig.status.in-progress-202")};
        QTest::newRow("Content-Location relative")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [origin = p.origin()](DeviationProxy::Exchange &ex) {
                       if (isKickoff(ex) && ex.status == 202)
                           ex.setHeader("Content-Location",
                                        ex.header("Content-Location").replace(origin, ""));
                   };
               })
            // Every export check needs a status URL it can use: each says it got none.
            << QStringList{QStringLiteral("ig.kickoff.content-location-absolute"),
                           QStringLiteral("ig.kickoff.output-format.application-ndjson"),
                           QStringLiteral("ig.kickoff.output-format.fhir-ndjson"),
                           QStringLiteral("ig.kickoff.output-format.ndjson"),
                           QStringLiteral("ig.kickoff.post-parameters"),
                           QStringLiteral("ig.kickoff.since-accepted")};
        QTest::newRow("a 500 as an HTML page")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.intercept = [](DeviationProxy::Exchange &ex) {
                       if (!ex.url.path().endsWith(QLatin1String("AllergyIntolerance/1")))
                           return false;
                       ex.status = 500;
                       ex.headers = {{"Content-Type", "text/html"}};
                       ex.body = "<html><body>Internal Server Error</body></html>";
                       return true;
                   };
               })
            << QStringList{QStringLiteral("vendor.500.operation-outcome")};
        QTest::newRow("unknown export answered 200")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       if (isStatus(ex) && ex.method == "GET" && ex.status == 404) {
                           ex.status = 200;
                           ex.body = "{}";
                           ex.setHeader("Content-Type", "application/json");
                       }
                   };
               })
            << QStringList{QStringLiteral("ig.cancel.delete-completed"),
                           QStringLiteral("ig.cancel.poll-after-delete-404"),
                           QStringLiteral("ig.status.error-operationoutcome")};
        // The Sandbox lists no deletions by default: the proxy adds a `deleted` item whose file
        // is the first output file (resources, not transaction Bundles of DELETEs).
        QTest::newRow("deleted files that are not transaction Bundles")
            << Deviation([](DeviationProxy &p, const QByteArray &) {
                   p.deviate = [](DeviationProxy::Exchange &ex) {
                       editManifest(ex, [](QJsonObject &o) {
                           const QJsonArray output = o.value(QLatin1String("output")).toArray();
                           if (output.isEmpty())
                               return;
                           QJsonObject item = output.first().toObject();
                           item.insert(QStringLiteral("type"), QStringLiteral("Bundle"));
                           o.insert(QStringLiteral("deleted"), QJsonArray{item});
                       });
                   };
               })
            << QStringList{QStringLiteral("ig.manifest.deleted")};
    }

    void deviationFailsExactlyItsChecks()
    {
        QFETCH(Deviation, deviation);
        QFETCH(QStringList, failing);
        DeviationProxy proxy;
        QVERIFY(proxy.start());
        proxy.upstream = m_run.baseUrl();
        deviation(proxy, m_run.host().demoToken());
        // The slow checks (whole exports and their files) take most of a run: they run in the
        // baseline row (no deviation, every check passes through the proxy) and in the rows whose
        // failing checks include a slow one; the other rows run every other check.
        ConformanceOptions options = m_run.allChecks();
        options.includeSlow = failing.isEmpty() ||
                              std::any_of(failing.cbegin(), failing.cend(), [](const QString &id) {
                                  const auto c = Catalogue::find(id);
                                  return c && c->slow;
                              });
        const QList<CheckResult> results = m_run.run(m_run.through(proxy), options);
        QStringList failed = SandboxRun::withOutcome(results, CheckResult::Outcome::Fail);
        failed.sort();
        QVERIFY2(failed == failing, qPrintable(SandboxRun::describe(results)));
        // A failure names what it found and the calls it rests on.
        for (const CheckResult &r : results) {
            if (r.outcome != CheckResult::Outcome::Fail)
                continue;
            QVERIFY2(!r.reason.isEmpty(), qPrintable(r.id));
            QVERIFY2(!r.calls.isEmpty(), qPrintable(r.id));
        }
    }
};

QTEST_GUILESS_MAIN(TestConformanceDeviations)
#include "tst_conformance_deviations.moc"
