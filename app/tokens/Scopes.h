#pragma once

#include <QString>
#include <QStringList>

// SMART scopes, v1 ("system/Patient.read", "system/*.*") and v2 ("system/Group.rs").
namespace Scopes {
// May a token with these scopes read resources of `type`?
bool allowsRead(const QString &scope, const QString &type);
// The types of `types` (plus Group, needed to export a Group) the scope does not allow reading.
QStringList missingForGroupExport(const QString &scope, const QStringList &types);
} // namespace Scopes
