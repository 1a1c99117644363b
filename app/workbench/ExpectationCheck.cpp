#include "ExpectationCheck.h"

#include <QStringList>

namespace {

QString statusGot(const CallRecord &r)
{
    if (!r.status)
        return ExpectationCheck::tr("no answer (%1)").arg(r.transportErrorCode);
    return QStringLiteral("%1 %2")
        .arg(*r.status)
        .arg(QString::fromLatin1(r.reasonPhrase))
        .trimmed();
}

QString causeCodes(const CallRecord &r)
{
    QStringList codes;
    for (const Cause &c : r.diagnosis.causes)
        codes << c.code;
    return codes.isEmpty() ? ExpectationCheck::tr("no causes") : codes.join(QStringLiteral(", "));
}

} // namespace

ExpectationResult ExpectationCheck::check(const Expectation &e, const CallRecord &r)
{
    ExpectationResult result{e, false, {}};
    switch (e.kind) {
    case Expectation::Kind::Status:
        result.held = r.status && QString::number(*r.status) == e.value;
        result.sentence = result.held
                              ? tr("Status %1, as expected.").arg(statusGot(r))
                              : tr("Expected status %1, got %2.").arg(e.value, statusGot(r));
        break;
    case Expectation::Kind::Diagnosis:
        result.held = r.diagnosis.code == e.value;
        result.sentence =
            result.held ? tr("Diagnosis %1, as expected.").arg(e.value)
                        : tr("Expected the diagnosis %1, got %2.").arg(e.value, r.diagnosis.code);
        break;
    case Expectation::Kind::Cause:
        result.held = std::any_of(r.diagnosis.causes.cbegin(), r.diagnosis.causes.cend(),
                                  [&](const Cause &c) { return c.code == e.value; });
        result.sentence =
            result.held
                ? tr("The cause %1 is among the likely causes (%2).").arg(e.value, causeCodes(r))
                : tr("Expected the cause %1, got %2.").arg(e.value, causeCodes(r));
        break;
    case Expectation::Kind::Header: {
        const QByteArray name = e.value.toLatin1();
        result.held =
            r.status &&
            std::any_of(r.responseHeaders.cbegin(), r.responseHeaders.cend(), [&](const auto &h) {
                return h.first.compare(name, Qt::CaseInsensitive) == 0;
            });
        if (result.held)
            result.sentence = tr("The answer carries %1: %2.")
                                  .arg(e.value, QString::fromLatin1(r.responseHeader(name)));
        else if (!r.status)
            result.sentence = tr("Expected the header %1, got no answer (%2).")
                                  .arg(e.value, r.transportErrorCode);
        else
            result.sentence = tr("Expected the header %1, and the answer has none.").arg(e.value);
        break;
    }
    }
    return result;
}

QList<ExpectationResult> ExpectationCheck::checkAll(const QList<Expectation> &expectations,
                                                    const CallRecord &record)
{
    QList<ExpectationResult> out;
    for (const Expectation &e : expectations)
        out.append(check(e, record));
    return out;
}
