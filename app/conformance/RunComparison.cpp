#include "RunComparison.h"

#include "app/conformance/Catalogue.h"

#include <QHash>

bool RunComparison::Row::changed() const
{
    if (!before || !after)
        return true;
    return before->outcome != after->outcome;
}

QString RunComparison::Row::change() const
{
    if (!before)
        return tr("only in this run");
    if (!after)
        return tr("only in the earlier run");
    if (!changed())
        return tr("unchanged");
    return QStringLiteral("%1 %2 → %3 %4")
        .arg(CheckResult::outcomeSymbol(before->outcome), before->outcomeName(),
             CheckResult::outcomeSymbol(after->outcome), after->outcomeName());
}

QList<RunComparison::Row> RunComparison::compare(const QList<CheckResult> &before,
                                                 const QList<CheckResult> &after)
{
    QHash<QString, Row> rows;
    QStringList ids;
    for (const CheckResult &r : before) {
        if (!rows.contains(r.id))
            ids << r.id;
        rows[r.id].id = r.id;
        rows[r.id].before = r;
    }
    for (const CheckResult &r : after) {
        if (!rows.contains(r.id))
            ids << r.id;
        rows[r.id].id = r.id;
        rows[r.id].after = r;
    }
    QList<Row> out;
    for (const QString &id : std::as_const(ids))
        out << rows.value(id);
    std::stable_sort(out.begin(), out.end(), [](const Row &a, const Row &b) {
        if (a.changed() != b.changed())
            return a.changed();
        return Catalogue::indexOf(a.id) < Catalogue::indexOf(b.id);
    });
    return out;
}

int RunComparison::changedCount(const QList<Row> &rows)
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const Row &r) { return r.changed(); }));
}

QString RunComparison::summary(const QList<Row> &rows)
{
    return tr("%1 of %n check(s) changed", nullptr, int(rows.size())).arg(changedCount(rows));
}
