#pragma once

#include "app/fhir/ContentOutline.h"

#include <QAbstractItemModel>
#include <QAbstractListModel>
#include <memory>

// A JSON or XML document as a collapsible tree: name (key, [index], element, @attribute), value
// and type. Nodes are read from the outline as the view asks for them, so a 20 MB document with
// a million values costs nothing until it is expanded.
class OutlineTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutlineTreeModel)
public:
    enum Column { NameColumn, ValueColumn, TypeColumn, ColumnCount };
    enum Role { LineRole = Qt::UserRole + 1, RawRole };

    explicit OutlineTreeModel(QObject *parent = nullptr);
    void setOutline(std::shared_ptr<const ContentOutline> outline);
    std::shared_ptr<const ContentOutline> outline() const { return m_outline; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The deepest node whose pretty text starts at or before `line` (tree follows the text).
    QModelIndex indexForLine(int line) const;
    QModelIndex indexForNode(ContentOutline::NodeId node) const
    {
        return usable() ? indexOfNode(node) : QModelIndex();
    }

private:
    bool usable() const { return m_outline && m_outline->isValid() && m_outline->size() > 0; }
    QModelIndex indexOfNode(ContentOutline::NodeId node) const;

    std::shared_ptr<const ContentOutline> m_outline;
};

// Pretty text as a list of lines: a list view shows a million lines at once where a text
// document would first have to lay out every one of them. Past `batch` lines the rows are
// added a batch per event-loop turn, so a view's per-row bookkeeping never holds the loop long.
class TextLinesModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextLinesModel)
public:
    explicit TextLinesModel(QObject *parent = nullptr);
    void setOutline(std::shared_ptr<const ContentOutline> outline);
    std::shared_ptr<const ContentOutline> outline() const { return m_outline; }
    bool isComplete() const { return !m_outline || m_rows == m_outline->lineCount(); }
    static constexpr int batch = 200000;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void completed();

private:
    void addBatch();
    void continueOrComplete();

    std::shared_ptr<const ContentOutline> m_outline;
    int m_rows = 0;
    quint64 m_generation = 0;
};
