#include "Logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <QStandardPaths>

// Warnings by default: the CLI's and the window's own output say what a user needs; the detail
// is for --verbose.
Q_LOGGING_CATEGORY(lcNet, "fbx.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "fbx.export", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAuth, "fbx.auth", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSandbox, "fbx.sandbox", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "fbx.cli", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "fbx.ui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHistory, "fbx.history", QtWarningMsg)

namespace Logging {

namespace {

QFile *s_file = nullptr;
QMutex s_mutex;
QtMessageHandler s_previous = nullptr;

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = scrub(message);
    {
        QMutexLocker lock(&s_mutex);
        if (s_file) {
            static const char *const kinds[] = {"debug", "warning", "critical", "fatal", "info"};
            const QString line =
                QStringLiteral("%1 %2 %3: %4\n")
                    .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                         QLatin1String(kinds[qBound(0, int(type), 4)]),
                         QLatin1String(context.category ? context.category : "default"), clean);
            s_file->write(line.toUtf8());
            s_file->flush();
        }
    }
    if (s_previous)
        s_previous(type, context, clean);
}

} // namespace

void setVerbose()
{
    QLoggingCategory::setFilterRules(QStringLiteral("fbx.*=true"));
}

QString scrub(const QString &message)
{
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)[A-Za-z0-9._~+/=-]{8,}"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jwt(
        QStringLiteral("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"));
    QString out = message;
    out.replace(bearer, QStringLiteral("\\1<redacted>"));
    out.replace(jwt, QStringLiteral("<redacted JWT>"));
    return out;
}

QString logFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("logs"));
}

bool logToFile(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile::remove(path + QStringLiteral(".1"));
    QFile::rename(path, path + QStringLiteral(".1"));
    auto *file = new QFile(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text,
                    QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        delete file;
        return false;
    }
    QMutexLocker lock(&s_mutex);
    s_file = file;
    s_previous = qInstallMessageHandler(handler);
    return true;
}

} // namespace Logging
