#pragma once

#include "app/fhir/GroupInfo.h"

#include <QObject>
#include <QUrl>
#include <optional>

class FhirClient;

// Browsing a server's Groups, for the window's Groups pane and `fhir-bulk groups` alike: the
// search page by page along the Bundle's next links, one Group's summary by id, and one Group
// read whole with its members parsed off the UI thread. It sends the requests and parses the
// answers; its users only show what it reports.
//
// reset() starts over for another server: answers still on their way for the earlier one are
// dropped. A readGroup() supersedes the one before it (the user selected another Group).
class GroupsBrowser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupsBrowser)
public:
    explicit GroupsBrowser(FhirClient *client, QObject *parent = nullptr);
    ~GroupsBrowser() override;

    static QString firstPage(int pageSize); // "Group?_count=N"

    void reset();
    // One search page: the first one (firstPage()) or a `next` link the server gave.
    void searchPage(const QString &pathOrUrl);
    // GET Group/ID for its summary (a Group added by id, or remembered for this server).
    void readSummary(const QString &id);
    // GET Group/ID read whole (up to 512 MiB), members parsed on a pool thread.
    void readGroup(const QString &id);
    // Requests sent and member lists being parsed, not yet reported.
    bool isBusy() const { return m_pending > 0; }

    struct Page
    {
        QList<GroupInfo> groups;
        QUrl next;
        std::optional<qint64> total;
    };

Q_SIGNALS:
    void pageRead(const GroupsBrowser::Page &page, quint64 callId);
    // No page: `status` is the HTTP status (0 when there was no answer), `problem` says why.
    void searchFailed(const QString &problem, int status, quint64 callId);
    void summaryRead(const QString &id, const GroupInfo &info, quint64 callId);
    void summaryFailed(const QString &id, const QString &problem, quint64 callId);
    void groupRead(const QString &id, const GroupMembers &group, quint64 callId);
    void groupFailed(const QString &id, const QString &problem, quint64 callId);

private:
    FhirClient *m_client;
    quint64 m_generation = 0;      // a new server: answers for the old one are dropped
    quint64 m_groupGeneration = 0; // another Group selected: the earlier read is dropped
    int m_pending = 0;
};
