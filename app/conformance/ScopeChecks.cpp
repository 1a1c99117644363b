#include "ScopeChecks.h"

#include "app/conformance/FileChecks.h"

namespace {

const QString kUnderScoped = QStringLiteral("auth.token.under-scoped-export-refused");
// A type outside the under-scoped token's system/Patient.read, and in the Sandbox's data.
const QString kType = QStringLiteral("Observation");

} // namespace

QList<ConformanceStep> ScopeChecks::steps(ConformanceRun &run)
{
    return {ConformanceStep{
        {kUnderScoped}, [&run](const std::function<void()> &done) {
            ConformanceRun::Probe changes;
            changes.purpose =
                tr("Conformance: export kick-off for %1 with a token scoped for Patient only")
                    .arg(kType);
            changes.token = ConformanceRun::Token::UnderScoped;
            FileChecks::completeExport(
                run, QStringLiteral("?_type=") + kType,
                [&run, done](const std::shared_ptr<FileChecks::Export> &x, const QString &problem) {
                    const CallRecord &k = x->kickoffCall;
                    if (k.status == 401 || k.status == 403) {
                        run.judge(kUnderScoped, {}, x->calls,
                                  tr("the kick-off was refused (%1)").arg(*k.status));
                        done();
                        return;
                    }
                    if (!problem.isEmpty()) {
                        run.judge(kUnderScoped, {problem}, x->calls);
                        done();
                        return;
                    }
                    // Accepted: the server may still limit the export to what the token covers.
                    QList<quint64> calls = x->calls;
                    qsizetype found = 0;
                    for (const FileChecks::FileRead &f : std::as_const(x->files)) {
                        calls << f.call.id;
                        found += f.types.count(kType);
                    }
                    QStringList problems;
                    if (found > 0)
                        problems << tr("the kick-off was accepted and the export holds %n %1 "
                                       "resource(s), which the token's scope "
                                       "(system/Patient.read) does not cover",
                                       nullptr, int(found))
                                        .arg(kType);
                    run.judge(kUnderScoped, problems, calls,
                              tr("the kick-off was accepted; the export holds no %1").arg(kType));
                    done();
                },
                changes);
        }}};
}
