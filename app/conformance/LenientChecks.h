#pragma once

#include "app/conformance/CheckSet.h"
#include "app/conformance/FileChecks.h"

#include <QCoreApplication>
#include <memory>

// Lenient handling: an unsupported kick-off parameter under Prefer: handling=lenient is
// processed (MAY) or refused with an OperationOutcome (an export, cancelled); with the slow
// checks, the error files of its partial success are read and must hold OperationOutcomes.
class LenientChecks final : public CheckSet
{
    Q_DECLARE_TR_FUNCTIONS(LenientChecks)
public:
    QList<ConformanceStep> steps(ConformanceRun &run) override;

private:
    static void judgeErrorFiles(ConformanceRun &run, const std::shared_ptr<FileChecks::Export> &x,
                                const std::function<void()> &done);
};
