#pragma once

#include "app/conformance/CheckSet.h"
#include "app/conformance/FileChecks.h"

#include <QCoreApplication>
#include <memory>

// Whether the kick-off's parameters are applied to what is exported (slow, opt-in): one export
// without parameters is the ground truth (and its files must hold one version per resource and
// its missing files must be refused); then repeated _type, _typeFilter (once and repeated) and
// _since, each judged against it.
class ParameterChecks final : public CheckSet
{
    Q_DECLARE_TR_FUNCTIONS(ParameterChecks)
public:
    QList<ConformanceStep> steps(ConformanceRun &run) override;
    // A file URL with one digit of its last path segment that holds one changed: a file that
    // does not exist, in the server's own URL shape.
    static QUrl alteredFile(const QUrl &fileUrl);

private:
    using Export = FileChecks::Export;
    ConformanceStep groundTruthStep(ConformanceRun &run);
    ConformanceStep typeRepeatedStep(ConformanceRun &run);
    ConformanceStep typeFilterStep(ConformanceRun &run);
    ConformanceStep sinceStep(ConformanceRun &run);
    // Makes the export without parameters once (kept in m_full, or why not in m_fullProblem).
    void withGroundTruth(ConformanceRun &run, const std::function<void()> &then);
    // Skips `ids` when the ground truth export is missing; true when it is.
    bool needsGroundTruth(ConformanceRun &run, const QStringList &ids) const;

    std::shared_ptr<Export> m_full; // the export without parameters, lines kept
    QString m_fullProblem;          // why there is none
};
