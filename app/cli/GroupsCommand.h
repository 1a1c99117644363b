#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

class CliApp;
struct GroupInfo;

// fhir-bulk groups: Group search, page by page along the Bundle's next links (the window's
// GroupsBrowser).
class GroupsCommand
{
    // Its words stay in CliApp's translation context, where they were translated.
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    explicit GroupsCommand(CliApp &app);
    int run(const QStringList &args);

private:
    // One line per Group (id, name, type, actual, size), then the count.
    void printGroups(const QList<GroupInfo> &groups, int pages);

    CliApp &m_app;
    QTextStream &m_out;
    QTextStream &m_err;
};
