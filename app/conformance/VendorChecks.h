#pragma once

#include "app/conformance/CheckSet.h"

#include <QCoreApplication>

// The read-only checks: every answer the vendor page documents (status, x-amzn-ErrorType, body,
// X-Request-ID), the server's statement and SMART discovery, and tokens refused.
class VendorChecks final : public CheckSet
{
    Q_DECLARE_TR_FUNCTIONS(VendorChecks)
public:
    QList<ConformanceStep> steps(ConformanceRun &run) override;

private:
    static void gatewayStep(QList<ConformanceStep> &steps, ConformanceRun &run,
                            const QStringList &ids, const ConformanceRun::Probe &probe,
                            const std::function<QStringList(const CallRecord &)> &judgeVendor);
    static QList<ConformanceStep> discoverySteps(ConformanceRun &run);
    static QList<ConformanceStep> hapiSteps(ConformanceRun &run);
};
