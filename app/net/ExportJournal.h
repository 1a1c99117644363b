#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// The exports this user started, kept on disk so that an export survives a restart: status URL,
// kick-off request, parameters, profile, state, folder, the manifest's transactionTime. Never a
// token. One JSON file in the application data folder.
class ExportJournal
{
public:
    struct Entry
    {
        QString id; // the job folder name: export-<hash of the status URL>
        QString profileId;
        QString baseUrl;
        QString groupId;
        QString statusUrl;
        QString request; // the kick-off as sent: method, URL, Parameters body
        QString state;   // polling, downloading, done, failed, cancelled
        QString folder;
        // How the server was reached, for `fhir-bulk export --resume` alone: a CA bundle given on
        // the command line (a profile's own comes with the profile) and a proxy chosen there
        // ("none" for --noproxy; never a password). Empty: the profile's, or the system's.
        QString caBundle;
        QString proxy;
        QDateTime transactionTime;
        QDateTime updated;
    };

    explicit ExportJournal(QString path = defaultPath());
    static QString defaultPath();

    QList<Entry> entries() const;
    void upsert(const Entry &entry);
    // The job with this status URL, if this user's journal has it.
    std::optional<Entry> find(const QString &statusUrl) const;
    // Jobs that were still polling or downloading when the app stopped.
    QList<Entry> unfinished(const QString &profileId = {}) const;
    // The transactionTime of the newest finished export of this Group: the next _since.
    QDateTime lastTransactionTime(const QString &profileId, const QString &groupId) const;

private:
    QString m_path;
};
