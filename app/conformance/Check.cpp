#include "Check.h"

QString Check::weightKey(Weight w)
{
    switch (w) {
    case Weight::Shall:
        return QStringLiteral("SHALL");
    case Weight::Should:
        return QStringLiteral("SHOULD");
    case Weight::May:
        return QStringLiteral("MAY");
    }
    return {};
}

QString CheckResult::outcomeKey(Outcome o)
{
    switch (o) {
    case Outcome::Pass:
        return QStringLiteral("pass");
    case Outcome::Fail:
        return QStringLiteral("fail");
    case Outcome::Warning:
        return QStringLiteral("warning");
    case Outcome::Info:
        return QStringLiteral("info");
    case Outcome::NotApplicable:
        return QStringLiteral("not-applicable");
    case Outcome::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

std::optional<CheckResult::Outcome> CheckResult::outcomeFromKey(const QString &key)
{
    for (Outcome o : {Outcome::Pass, Outcome::Fail, Outcome::Warning, Outcome::Info,
                      Outcome::NotApplicable, Outcome::Skipped})
        if (outcomeKey(o) == key)
            return o;
    return std::nullopt;
}

QString CheckResult::outcomeSymbol(Outcome o)
{
    switch (o) {
    case Outcome::Pass:
        return QStringLiteral("✔");
    case Outcome::Fail:
        return QStringLiteral("✘");
    case Outcome::Warning:
        return QStringLiteral("⚠");
    case Outcome::Info:
        return QStringLiteral("ℹ");
    case Outcome::NotApplicable:
        return QStringLiteral("–");
    case Outcome::Skipped:
        return QStringLiteral("⏭");
    }
    return {};
}

QString CheckResult::outcomeName() const
{
    switch (outcome) {
    case Outcome::Pass:
        return tr("pass");
    case Outcome::Fail:
        return tr("fail");
    case Outcome::Warning:
        return tr("warning");
    case Outcome::Info:
        return tr("info");
    case Outcome::NotApplicable:
        return tr("not applicable");
    case Outcome::Skipped:
        return tr("skipped");
    }
    return {};
}

CheckResult::Outcome CheckResult::forProblem(Check::Weight weight)
{
    switch (weight) {
    case Check::Weight::Shall:
        return Outcome::Fail;
    case Check::Weight::Should:
        return Outcome::Warning;
    case Check::Weight::May:
        return Outcome::Info;
    }
    return Outcome::Fail;
}
