#pragma once

#include "app/models/CallColumns.h"
#include "app/session/SavedRequests.h"
#include "app/workbench/RunResult.h"

#include <QList>
#include <QTreeWidget>

// The Requests dock's list: the files of saved requests with their requests under them (a
// Postman collection's scripts listed as not run), and the "Last run" column saying how each
// request went in the run the dock shows.
class RequestsTree final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestsTree)
public:
    using Listed = SavedRequests::File;

    explicit RequestsTree(QWidget *parent = nullptr);

    // Lists `files` (read by SavedRequests), in this order.
    void setFiles(const QList<Listed> &files);
    const QList<Listed> &files() const { return m_files; }
    // The file of the current item (null: none), and the request's position in it (-1: the
    // file itself is current).
    const Listed *selectedFile(int *requestIndex) const;
    // Makes the request `index` of the file named `fileName` current (-1: the file).
    bool selectRequest(const QString &fileName, int index);
    // The request's row says how it went, in words and with an icon.
    void showResult(const RunResult &result, const CallColumns::RunMark &mark);
    // Every "Last run" cell empty again (another run is shown).
    void clearResults();

private:
    QTreeWidgetItem *fileItem(const Listed &file) const;

    QList<Listed> m_files;
};
