// Benchmark: the call history with N stored calls (default 100,000). Prints, for each filter the
// window offers, the time to count the matches and read the first page of the table, against a
// reference measured in the same run: reading every stored call back from the database (what a
// log without SQL filters would do before it could filter in memory). Also the time to scroll
// 10,000 rows in pages, the longest page, and the insert rate.
//   build/tests/fbx-bench-history [calls]      (scripts/bench-history.sh runs it)
#include "app/history/HistoryStore.h"
#include "app/models/HistoryModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>

namespace {

CallRecord fake(quint64 id, QRandomGenerator &rng, const QDateTime &start)
{
    static const char *paths[] = {"Group/1",  "Group/2",         "Patient/pat-00001", "Binary/1",
                                  "metadata", "Group/1/$export", "Invalid/123"};
    static const int statuses[] = {200, 200, 200, 200, 202, 401, 403, 404, 500};
    static const char *profiles[] = {"Sandbox (built-in)", "Netsmart Preview",
                                     "Netsmart Production"};
    static const char *hosts[] = {"127.0.0.1", "preview.example", "api.example"};
    CallRecord r;
    r.id = id;
    const int p = int(rng.bounded(3));
    r.profile = QString::fromLatin1(profiles[p]);
    r.url = QUrl(QStringLiteral("https://%1/uscore/v1/bulk-data/%2")
                     .arg(QLatin1String(hosts[p]), QLatin1String(paths[rng.bounded(7)])));
    r.method = rng.bounded(10) == 0 ? "POST" : "GET";
    r.purpose = QStringLiteral("Send request");
    r.started = start.addMSecs(qint64(id) * 1000);
    r.elapsedMs = rng.bounded(400);
    r.status = statuses[rng.bounded(9)];
    r.requestIdSent = QByteArray::number(rng.generate64(), 16);
    r.requestIdReceived = r.requestIdSent;
    r.requestHeaders = {{"Accept", "application/fhir+json"},
                        {"Authorization", "Bearer <redacted: 428 chars, sha256 0123abcd>"},
                        {"X-Request-ID", r.requestIdSent}};
    r.responseHeaders = {{"Content-Type", "application/fhir+json"},
                         {"X-Request-ID", r.requestIdReceived},
                         {"x-amzn-RequestId", QByteArray::number(rng.generate64(), 16)}};
    r.body = QByteArray("{\"resourceType\":\"Group\",\"id\":\"1\",\"member\":[")
                 .append(QByteArray("{\"entity\":{\"reference\":\"Patient/1\"}},").repeated(20))
                 .append("{}]}");
    r.bodySize = r.body.size();
    const int s = *r.status;
    r.diagnosis.code = s < 300    ? QStringLiteral("ok")
                       : s == 401 ? QStringLiteral("gateway.unauthorized")
                       : s == 403 ? QStringLiteral("gateway.access-denied")
                       : s == 404 ? QStringLiteral("fhir.not-found")
                                  : QStringLiteral("fhir.server-error");
    if (s == 401 || s == 403)
        r.diagnosis.causes = {
            {s == 401 ? QStringLiteral("header.missing") : QStringLiteral("token.expired"),
             QStringLiteral("summary"), QStringLiteral("evidence")}};
    return r;
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int calls = argc > 1 ? qMax(1000, QByteArray(argv[1]).toInt()) : 100000;
    QTemporaryDir dir;
    HistoryStore store;
    if (!store.open(dir.filePath(QStringLiteral("history.sqlite")))) {
        std::fprintf(stderr, "cannot open: %s\n", qPrintable(store.problem()));
        return 2;
    }
    QRandomGenerator rng(42);
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-calls);
    QElapsedTimer t;
    t.start();
    for (int from = 1; from <= calls; from += 1000) {
        QList<CallRecord> batch;
        for (int id = from; id < from + 1000 && id <= calls; ++id)
            batch << fake(quint64(id), rng, start);
        if (!store.append(batch)) {
            std::fprintf(stderr, "insert failed: %s\n", qPrintable(store.problem()));
            return 2;
        }
    }
    const double insertMs = msSince(t);
    std::printf("history benchmark: %d stored calls, inserted in %.0f ms (%.0f calls/s)\n", calls,
                insertMs, calls / (insertMs / 1000));

    // The reference: every stored call read back (a log that filters in memory must do this).
    t.restart();
    const QList<CallRecord> all = store.records({}, calls);
    const double referenceMs = msSince(t);
    std::printf("reference: all %lld records read back in %.0f ms\n",
                static_cast<long long>(all.size()), referenceMs);
    const double target = 0.05; // each filter: count + first page in <= 5 % of the reference
    std::printf("target: each filter (count + first page of %d rows) <= %.0f%% of the reference "
                "(%.0f ms)\n\n",
                HistoryModel::kPage, target * 100, referenceMs * target);

    struct Case
    {
        const char *name;
        HistoryStore::Filter filter;
    };
    QList<Case> cases;
    cases.append(Case{"no filter", HistoryStore::Filter{}});
    HistoryStore::Filter f;
    f.text = QStringLiteral("Patient/pat");
    cases.append(Case{"text (URL)", f});
    f = {};
    f.text = QString::fromLatin1(all.at(all.size() / 2).requestIdSent);
    cases.append(Case{"text (a request id)", f});
    f = {};
    f.statusClass = 4;
    cases.append(Case{"status class 4xx", f});
    f = {};
    f.diagnosis = QStringLiteral("gateway.access-denied");
    cases.append(Case{"diagnosis", f});
    f = {};
    f.cause = QStringLiteral("token.expired");
    cases.append(Case{"cause code", f});
    f = {};
    f.profile = QStringLiteral("Netsmart Preview");
    cases.append(Case{"profile", f});
    f = {};
    f.host = QStringLiteral("api.example");
    cases.append(Case{"host", f});
    f = {};
    f.method = QStringLiteral("POST");
    cases.append(Case{"method", f});
    f = {};
    f.profile = QStringLiteral("Netsmart Production");
    f.statusClass = 4;
    f.method = QStringLiteral("GET");
    cases.append(Case{"profile + 4xx + GET", f});

    HistoryModel model(&store);
    double worst = 0;
    std::printf("%-22s %9s %10s %8s\n", "filter", "matches", "ms", "ratio");
    for (const Case &c : cases) {
        t.restart();
        model.setFilter(c.filter);
        const double ms = msSince(t);
        worst = qMax(worst, ms);
        std::printf("%-22s %9d %10.1f %8.3f %s\n", c.name, model.total(), ms, ms / referenceMs,
                    ms / referenceMs <= target ? "ok" : "OVER TARGET");
    }
    // Scrolling: 10,000 rows fetched page by page, as the table view asks for them.
    model.setFilter({});
    double longestPage = 0;
    t.restart();
    while (model.rowCount() < qMin(10000, calls) && model.canFetchMore({})) {
        QElapsedTimer page;
        page.start();
        model.fetchMore({});
        longestPage = qMax(longestPage, msSince(page));
    }
    std::printf("\nscroll: %d rows in %.0f ms, longest page %.1f ms (target <= 50 ms, no stall)\n",
                model.rowCount(), msSince(t), longestPage);
    std::printf("worst filter: %.1f ms = %.3f of the reference (target <= %.2f): %s\n", worst,
                worst / referenceMs, target, worst / referenceMs <= target ? "met" : "NOT met");
    return 0;
}
