#pragma once

#include <QAbstractTableModel>
#include <QCache>
#include <QSortFilterProxyModel>

class NdjsonIndex;

// The lines of an NDJSON file, one row each, growing while the index is built: line number,
// resourceType, id, size and the start of the text. Only the rows on screen are read back
// from the file (and the id parsed), so a 200 MB file costs its line index and no more.
class NdjsonLinesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NdjsonLinesModel)
public:
    enum Column { LineColumn, TypeColumn, IdColumn, SizeColumn, ContentColumn, ColumnCount };
    enum Role { ProblemRole = Qt::UserRole + 1, LineNumberRole };

    explicit NdjsonLinesModel(NdjsonIndex *index, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    NdjsonIndex *ndjson() const { return m_index; }
    QString problemOf(qint64 line) const;

private:
    QString idOf(qint64 line) const;

    NdjsonIndex *m_index;
    int m_rows = 0;
    mutable QCache<qint64, QString> m_ids{4000};
};

// Rows of one resourceType, or only the lines with problems.
class NdjsonFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NdjsonFilterModel)
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    // Empty: every line; problemsOnly(): lines that are not a resource; else a resourceType.
    void setTypeFilter(const QString &type);
    static QString problemsOnly() { return QStringLiteral("\x01problems"); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_type;
};
