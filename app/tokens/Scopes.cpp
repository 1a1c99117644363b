#include "Scopes.h"

#include <QRegularExpression>

namespace Scopes {

bool allowsRead(const QString &scope, const QString &type)
{
    static const QRegularExpression re(QStringLiteral("^system/([A-Za-z*]+)\\.([a-z*]+)$"));
    const QStringList scopes = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &s : scopes) {
        const auto m = re.match(s);
        if (!m.hasMatch())
            continue;
        const QString t = m.captured(1);
        const QString perm = m.captured(2);
        // v1: read | write | *; v2: letters of "cruds" in that order, e.g. "rs".
        static const QRegularExpression v2(QStringLiteral("^c?r?u?d?s?$"));
        const bool reads = perm == QLatin1String("read") || perm == QLatin1String("*") ||
                           (v2.match(perm).hasMatch() && perm.contains(QLatin1Char('r')));
        if ((t == QLatin1String("*") || t == type) && reads)
            return true;
    }
    return false;
}

QStringList missingForGroupExport(const QString &scope, const QStringList &types)
{
    QStringList missing;
    for (const QString &t : QStringList{QStringLiteral("Group")} + types) {
        if (!t.isEmpty() && !allowsRead(scope, t) && !missing.contains(t))
            missing << t;
    }
    return missing;
}

} // namespace Scopes
