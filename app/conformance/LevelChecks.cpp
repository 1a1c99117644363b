#include "LevelChecks.h"

#include "app/conformance/Judge.h"

#include <QJsonArray>

using Token = ConformanceRun::Token;
using Probe = ConformanceRun::Probe;

namespace {

const QString kId = QStringLiteral("ig.kickoff.other-levels");

// An operation list names the IG's export operation: by its canonical (".../export",
// ".../patient-export") or, without one, by its name.
bool namesExport(const QJsonArray &operations, const QString &canonicalTail)
{
    for (const auto &v : operations) {
        const QJsonObject o = v.toObject();
        const QString definition = o.value(QLatin1String("definition")).toString();
        if (definition.endsWith(QLatin1Char('/') + canonicalTail))
            return true;
        if (definition.isEmpty() &&
            o.value(QLatin1String("name")).toString() == QLatin1String("export"))
            return true;
    }
    return false;
}

} // namespace

QList<LevelChecks::Level> LevelChecks::offered(const QJsonObject &capabilityStatement)
{
    bool patient = false, system = false;
    for (const auto &rest : capabilityStatement.value(QLatin1String("rest")).toArray()) {
        const QJsonObject r = rest.toObject();
        system = system || namesExport(r.value(QLatin1String("operation")).toArray(),
                                       QStringLiteral("export"));
        for (const auto &resource : r.value(QLatin1String("resource")).toArray()) {
            const QJsonObject o = resource.toObject();
            if (o.value(QLatin1String("type")).toString() == QLatin1String("Patient"))
                patient = patient || namesExport(o.value(QLatin1String("operation")).toArray(),
                                                 QStringLiteral("patient-export"));
        }
    }
    QList<Level> levels;
    if (patient)
        levels << Level{tr("Patient-level"), QStringLiteral("Patient/$export")};
    if (system)
        levels << Level{tr("system-level"), QStringLiteral("$export")};
    return levels;
}

QList<ConformanceStep> LevelChecks::steps(ConformanceRun &run)
{
    return {ConformanceStep{
        {kId}, [&run](const std::function<void()> &done) {
            Probe metadata;
            metadata.purpose =
                tr("Conformance: read the CapabilityStatement for the export levels");
            metadata.path = QStringLiteral("metadata");
            metadata.token = Token::None;
            metadata.headers = {{"Accept", "application/fhir+json"}};
            run.send(metadata, [&run, done](const CallRecord &m) {
                QString why;
                const QJsonObject cs = m.status == 200 ? Judge::object(m, &why) : QJsonObject();
                if (cs.value(QLatin1String("resourceType")).toString() !=
                    QLatin1String("CapabilityStatement")) {
                    run.setResult(kId, CheckResult::Outcome::NotApplicable,
                                  tr("no CapabilityStatement to say which levels are offered: "
                                     "metadata answered %1")
                                      .arg(Judge::describe(m)),
                                  {m.id});
                    done();
                    return;
                }
                const QList<Level> levels = offered(cs);
                if (levels.isEmpty()) {
                    run.setResult(kId, CheckResult::Outcome::NotApplicable,
                                  tr("the CapabilityStatement offers neither Patient-level nor "
                                     "system-level $export (this server exports by Group only)"),
                                  {m.id});
                    done();
                    return;
                }
                // Each level offered is kicked off in turn; the run cancels what it starts.
                auto calls = std::make_shared<QList<quint64>>(QList<quint64>{m.id});
                auto problems = std::make_shared<QStringList>();
                auto next = std::make_shared<std::function<void(qsizetype)>>();
                const std::weak_ptr<std::function<void(qsizetype)>> self = next;
                *next = [&run, levels, calls, problems, self, done](qsizetype i) {
                    if (i == levels.size()) {
                        QStringList names;
                        for (const Level &l : levels)
                            names << l.name;
                        run.judge(
                            kId, *problems, *calls,
                            tr("offered and accepted: %1").arg(names.join(QStringLiteral(", "))));
                        done();
                        return;
                    }
                    const Level level = levels.at(i);
                    Probe p;
                    p.purpose = tr("Conformance: %1 export kick-off").arg(level.name);
                    p.path =
                        level.path + QStringLiteral("?_outputFormat=application%2Ffhir%2Bndjson");
                    run.kickoff(
                        {},
                        [level, calls, problems, i, next = self.lock()](const CallRecord &k) {
                            *calls << k.id;
                            const QUrl location(
                                QString::fromUtf8(k.responseHeader("Content-Location")));
                            if (k.status != 202 || location.isRelative())
                                *problems << tr("%1 $export is offered but answered %2 "
                                                "(expected 202 with an absolute "
                                                "Content-Location)")
                                                 .arg(level.name, Judge::describe(k));
                            (*next)(i + 1);
                        },
                        p);
                };
                (*next)(0);
            });
        }}};
}
