#pragma once

#include <QAbstractItemView>

// A list of text lines of one height, for millions of them: it keeps nothing per row. A
// QTableView keeps a header section per row (8 bytes each: 114 MB for the 14 million lines of
// a 200 MB Bundle) and a QListView a position per row; this view scrolls by rows and works out
// every place from the row height. The model's first column is shown, painted by the item
// delegate; selection, the current row, keys and mouse are QAbstractItemView's.
class LinesView final : public QAbstractItemView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinesView)
public:
    explicit LinesView(QWidget *parent = nullptr);

    void setRowHeight(int height);
    int rowHeight() const { return m_rowHeight; }
    // Rows that fit in the viewport whole (at least one).
    int visibleRows() const;
    int firstVisibleRow() const;

    QRect visualRect(const QModelIndex &index) const override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    QModelIndex indexAt(const QPoint &point) const override;

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
    int horizontalOffset() const override;
    int verticalOffset() const override;
    bool isIndexHidden(const QModelIndex &) const override { return false; }
    void setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags command) override;
    QRegion visualRegionForSelection(const QItemSelection &selection) const override;
    void paintEvent(QPaintEvent *event) override;
    void updateGeometries() override;
    void scrollContentsBy(int dx, int dy) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void rowsAboutToBeRemoved(const QModelIndex &parent, int start, int end) override;
    void reset() override;

private:
    int rows() const;
    QModelIndex row(int r) const;
    int contentWidth() const;

    int m_rowHeight = 18;
    // The widest line painted so far: the width of 14 million lines is not measured up front.
    int m_widest = 0;
};
