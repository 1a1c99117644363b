#include "BuildInfo.h"

#include "fbx_build_info.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace BuildInfo {

QString version()
{
    return QStringLiteral(FBX_VERSION);
}

QString commit()
{
    return QStringLiteral(FBX_GIT_COMMIT);
}

QString qtVersions()
{
    const QString runtime = QString::fromLatin1(qVersion());
    const QString built = QStringLiteral(QT_VERSION_STR);
    return runtime == built
               ? runtime
               : QCoreApplication::translate("BuildInfo", "%1 (built with %2)").arg(runtime, built);
}

QString qtKeychainVersion()
{
    return QStringLiteral(FBX_QTKEYCHAIN_VERSION);
}

QString summary()
{
    return QStringLiteral("FHIR Bulk Explorer %1 (commit %2) · Qt %3 · QtKeychain %4")
        .arg(version(), commit(), qtVersions(), qtKeychainVersion());
}

} // namespace BuildInfo
