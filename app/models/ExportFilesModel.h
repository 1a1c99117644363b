#pragma once

#include "app/net/ExportSession.h"

#include <QAbstractTableModel>
#include <functional>
#include <vector>

// The export window's Files table: one row per file of the manifest, with its progress while it
// downloads and its verification when it is done. A row is the session's FileResult (its texts
// shared, not copied) and a progress line, so a manifest of 10,000 files costs a few hundred
// bytes a row, and every row is there at once without filling a table item by item.
class ExportFilesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportFilesModel)
public:
    enum Column {
        TypeColumn,
        CountColumn,
        ProgressColumn,
        LinesColumn,
        SizeColumn,
        AttemptsColumn,
        VerificationColumn,
        ColumnCount
    };
    // Qt::UserRole: the Progress column's percent (-1: size unknown), the Type column's path.
    enum Role { PercentRole = Qt::UserRole, PathRole = Qt::UserRole };

    explicit ExportFilesModel(QObject *parent = nullptr);

    // The icon the Verification column shows for a verified (true) or a failed file (from the
    // widgets above: this layer has no QIcon).
    void setVerdictIcons(std::function<QVariant(bool verified)> icons)
    {
        m_icons = std::move(icons);
    }

    void setFiles(const QList<ExportSession::FileResult> &files); // every row waiting
    void clear();
    // A file is done (verified, or stopped with its problem); percent for its bar.
    void finishFile(int row, const ExportSession::FileResult &f, int percent);
    // A downloading file's figures; shown at the next progressShown() (one signal a tick).
    void setProgress(int row, const QString &text, int percent);
    void progressShown();

    bool isDone(int row) const;
    QString path(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        ExportSession::FileResult file;
        QString progress; // while it downloads
        int percent = 0;
        bool done = false;
    };
    QVariant text(const Row &r, int column) const;

    std::vector<Row> m_rows;
    std::function<QVariant(bool)> m_icons;
    int m_changedFirst = -1, m_changedLast = -1; // progress rows changed since the last signal
};
