#include "ExportJournal.h"

#include "app/support/Logging.h"
#include "app/support/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace {
QJsonObject toJson(const ExportJournal::Entry &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("profileId"), e.profileId},
            {QStringLiteral("baseUrl"), e.baseUrl},
            {QStringLiteral("groupId"), e.groupId},
            {QStringLiteral("statusUrl"), e.statusUrl},
            {QStringLiteral("request"), e.request},
            {QStringLiteral("state"), e.state},
            {QStringLiteral("folder"), e.folder},
            {QStringLiteral("caBundle"), e.caBundle},
            {QStringLiteral("proxy"), e.proxy},
            {QStringLiteral("transactionTime"), e.transactionTime.toString(Qt::ISODateWithMs)},
            {QStringLiteral("updated"), e.updated.toString(Qt::ISODateWithMs)}};
}

ExportJournal::Entry fromJson(const QJsonObject &o)
{
    ExportJournal::Entry e;
    e.id = o.value(QLatin1String("id")).toString();
    e.profileId = o.value(QLatin1String("profileId")).toString();
    e.baseUrl = o.value(QLatin1String("baseUrl")).toString();
    e.groupId = o.value(QLatin1String("groupId")).toString();
    e.statusUrl = o.value(QLatin1String("statusUrl")).toString();
    e.request = o.value(QLatin1String("request")).toString();
    e.state = o.value(QLatin1String("state")).toString();
    e.folder = o.value(QLatin1String("folder")).toString();
    e.caBundle = o.value(QLatin1String("caBundle")).toString();
    e.proxy = o.value(QLatin1String("proxy")).toString();
    e.transactionTime = QDateTime::fromString(o.value(QLatin1String("transactionTime")).toString(),
                                              Qt::ISODateWithMs);
    e.updated =
        QDateTime::fromString(o.value(QLatin1String("updated")).toString(), Qt::ISODateWithMs);
    return e;
}
} // namespace

ExportJournal::ExportJournal(QString path) : m_path(std::move(path)) {}

QString ExportJournal::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("export-journal.json"));
}

QList<ExportJournal::Entry> ExportJournal::entries() const
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<Entry> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).array())
        out << fromJson(v.toObject());
    return out;
}

void ExportJournal::upsert(const Entry &entry)
{
    QList<Entry> all = entries();
    bool replaced = false;
    // The same job (its status URL) resumed into another folder is still one job: one entry.
    const auto same = [&entry](const Entry &e) {
        return e.id == entry.id || (!entry.statusUrl.isEmpty() && e.statusUrl == entry.statusUrl);
    };
    for (auto it = all.begin(); it != all.end();) {
        if (!same(*it)) {
            ++it;
        } else if (!replaced) {
            *it++ = entry;
            replaced = true;
        } else {
            it = all.erase(it);
        }
    }
    if (!replaced)
        all << entry;
    QJsonArray arr;
    for (const Entry &e : all)
        arr.append(toJson(e));
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    // Written whole or not at all, private (0600), through a temporary file of its own.
    QString why;
    if (!PrivateFile::writeWhole(m_path, QJsonDocument(arr).toJson(QJsonDocument::Indented), &why))
        qCWarning(lcExport) << "the export journal could not be written:" << why;
}

std::optional<ExportJournal::Entry> ExportJournal::find(const QString &statusUrl) const
{
    for (const Entry &e : entries()) {
        if (e.statusUrl == statusUrl)
            return e;
    }
    return std::nullopt;
}

QList<ExportJournal::Entry> ExportJournal::unfinished(const QString &profileId) const
{
    QList<Entry> out;
    for (const Entry &e : entries()) {
        if ((e.state == QLatin1String("polling") || e.state == QLatin1String("downloading")) &&
            (profileId.isEmpty() || e.profileId == profileId))
            out << e;
    }
    return out;
}

QDateTime ExportJournal::lastTransactionTime(const QString &profileId, const QString &groupId) const
{
    QDateTime best;
    for (const Entry &e : entries()) {
        if (e.profileId == profileId && e.groupId == groupId && e.state == QLatin1String("done") &&
            e.transactionTime.isValid() && (!best.isValid() || e.transactionTime > best))
            best = e.transactionTime;
    }
    return best;
}
