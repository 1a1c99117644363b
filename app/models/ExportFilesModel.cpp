#include "ExportFilesModel.h"

#include "app/support/Format.h"

#include <QFileInfo>
#include <QLocale>

ExportFilesModel::ExportFilesModel(QObject *parent) : QAbstractTableModel(parent) {}

void ExportFilesModel::setFiles(const QList<ExportSession::FileResult> &files)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(size_t(files.size()));
    for (const ExportSession::FileResult &f : files)
        m_rows.push_back(Row{f, {}, 0, false});
    m_changedFirst = m_changedLast = -1;
    endResetModel();
}

void ExportFilesModel::clear()
{
    setFiles({});
}

void ExportFilesModel::finishFile(int row, const ExportSession::FileResult &f, int percent)
{
    if (row < 0)
        return;
    if (row >= rowCount()) { // a file the manifest's rows did not have (not expected)
        beginInsertRows({}, rowCount(), row);
        m_rows.resize(size_t(row) + 1);
        endInsertRows();
    }
    Row &r = m_rows[size_t(row)];
    r.file = f;
    r.done = f.verified || !f.problem.isEmpty();
    r.percent = r.done ? (f.verified ? 100 : percent) : 0;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ExportFilesModel::setProgress(int row, const QString &text, int percent)
{
    if (row < 0 || row >= rowCount() || m_rows[size_t(row)].done)
        return;
    Row &r = m_rows[size_t(row)];
    if (r.progress == text && r.percent == percent)
        return;
    r.progress = text;
    r.percent = percent;
    m_changedFirst = m_changedFirst < 0 ? row : qMin(m_changedFirst, row);
    m_changedLast = qMax(m_changedLast, row);
}

void ExportFilesModel::progressShown()
{
    if (m_changedFirst < 0)
        return;
    Q_EMIT dataChanged(index(m_changedFirst, ProgressColumn), index(m_changedLast, ProgressColumn));
    m_changedFirst = m_changedLast = -1;
}

bool ExportFilesModel::isDone(int row) const
{
    return row >= 0 && row < rowCount() && m_rows[size_t(row)].done;
}

QString ExportFilesModel::path(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].file.path : QString();
}

int ExportFilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExportFilesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExportFilesModel::text(const Row &r, int column) const
{
    const ExportSession::FileResult &f = r.file;
    switch (column) {
    case TypeColumn:
        return f.isError     ? tr("%1 (errors)").arg(f.type)
               : f.isDeleted ? tr("%1 (deleted)").arg(f.type)
                             : f.type;
    case CountColumn:
        return f.expected ? QLocale().toString(*f.expected) : tr("not given");
    case ProgressColumn:
        if (r.done)
            return f.verified ? tr("done") : tr("stopped");
        return r.progress.isEmpty() ? tr("waiting") : r.progress;
    case LinesColumn:
        return r.done ? QLocale().toString(f.lines) : QString();
    case SizeColumn:
        return r.done ? Format::size(f.bytes) : QString();
    case AttemptsColumn:
        return f.attempts ? QString::number(f.attempts) : QString();
    case VerificationColumn:
        if (!r.done)
            return QString();
        if (f.verified)
            return f.note.isEmpty() ? tr("verified") : tr("verified — %1").arg(f.note);
        return f.rejectedPath.isEmpty() ? f.problem
                                        : tr("%1 — kept as %2, not under its final name")
                                              .arg(f.problem, QFileInfo(f.rejectedPath).fileName());
    default:
        return {};
    }
}

QVariant ExportFilesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &r = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return text(r, column);
    case Qt::ToolTipRole:
        if (column == TypeColumn)
            return r.file.url.toString();
        if (column == VerificationColumn)
            return r.file.rejectedPath.isEmpty() ? r.file.path : r.file.rejectedPath;
        return {};
    case Qt::DecorationRole:
        if (column == VerificationColumn && r.done && m_icons)
            return m_icons(r.file.verified);
        return {};
    case Qt::UserRole: // PercentRole, PathRole
        if (column == ProgressColumn)
            return r.percent;
        if (column == TypeColumn)
            return r.file.path;
        return {};
    default:
        return {};
    }
}

QVariant ExportFilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case CountColumn:
        return tr("Manifest count");
    case ProgressColumn:
        return tr("Progress");
    case LinesColumn:
        return tr("Lines");
    case SizeColumn:
        return tr("Size");
    case AttemptsColumn:
        return tr("Attempts");
    case VerificationColumn:
        return tr("Verification");
    default:
        return {};
    }
}
