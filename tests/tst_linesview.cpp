// LinesView: ten million lines scrolled, clicked, selected and walked with the keys, and only
// the lines on screen ever painted.
#include "ui/LinesView.h"

#include <QAbstractListModel>
#include <QApplication>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTest>
#include <QWheelEvent>

namespace {

// Line i reads "line i"; every hundredth line is long.
class Lines final : public QAbstractListModel
{
public:
    int count = 10'000'000;
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : count;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        const QString text = QStringLiteral("line %1").arg(index.row());
        return index.row() % 100 == 7 ? text + QString(300, QLatin1Char('x')) : text;
    }
    void grow(int more)
    {
        beginInsertRows({}, count, count + more - 1);
        count += more;
        endInsertRows();
    }
    void replace(int rows)
    {
        beginResetModel();
        count = rows;
        endResetModel();
    }
};

// Counts the rows painted.
class Counting final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    mutable QList<int> painted;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        painted << index.row();
        QStyledItemDelegate::paint(painter, option, index);
    }
};

} // namespace

class TestLinesView : public QObject
{
    Q_OBJECT

    Lines *m_model = nullptr;
    LinesView *m_view = nullptr;
    Counting *m_delegate = nullptr;

    int rowAtTop() const { return m_view->indexAt(QPoint(5, 1)).row(); }
    QPoint centerOfVisibleRow(int i) const
    {
        return QPoint(20, i * m_view->rowHeight() + m_view->rowHeight() / 2);
    }

private Q_SLOTS:
    void init()
    {
        m_model = new Lines;
        m_view = new LinesView;
        m_delegate = new Counting(m_view);
        m_view->setItemDelegate(m_delegate);
        m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
        m_view->setModel(m_model);
        m_view->setRowHeight(20);
        m_view->resize(400, 20 * 10 + 2 * m_view->frameWidth() + 20);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view));
        m_view->setFocus();
    }
    void cleanup()
    {
        delete m_view;
        delete m_model;
    }

    void scrollsToAnyRow()
    {
        const int shown = m_view->visibleRows();
        QVERIFY(shown >= 9);
        QCOMPARE(m_view->verticalScrollBar()->maximum(), m_model->count - shown);
        m_view->scrollTo(m_model->index(5'000'000), QAbstractItemView::PositionAtTop);
        QCOMPARE(rowAtTop(), 5'000'000);
        QCOMPARE(m_view->visualRect(m_model->index(5'000'002)).top(), 40);
        QVERIFY(m_view->visualRect(m_model->index(1)).isEmpty()); // far away
        m_view->scrollTo(m_model->index(5'000'000), QAbstractItemView::PositionAtCenter);
        QCOMPARE(rowAtTop(), 5'000'000 - shown / 2);
        // EnsureVisible moves only as far as needed, either way.
        m_view->scrollTo(m_model->index(6'000'000));
        QCOMPARE(rowAtTop(), 6'000'000 - shown + 1);
        m_view->scrollTo(m_model->index(10));
        QCOMPARE(rowAtTop(), 10);
        m_view->scrollTo(m_model->index(m_model->count - 1), QAbstractItemView::PositionAtTop);
        QCOMPARE(rowAtTop(), m_model->count - shown); // the last page is full
        QCOMPARE(m_view->indexAt(centerOfVisibleRow(shown - 1)).row(), m_model->count - 1);
    }

    void paintsOnlyWhatIsShown()
    {
        m_view->scrollTo(m_model->index(7'654'321), QAbstractItemView::PositionAtTop);
        m_delegate->painted.clear();
        m_view->viewport()->repaint();
        QVERIFY(!m_delegate->painted.isEmpty());
        QVERIFY(m_delegate->painted.size() <= m_view->visibleRows() + 1);
        QCOMPARE(m_delegate->painted.first(), 7'654'321);
        // A long line on screen makes the text scroll sideways.
        QTRY_VERIFY(m_view->horizontalScrollBar()->maximum() > 0);
    }

    void wheelScrollsLines()
    {
        m_view->scrollTo(m_model->index(100), QAbstractItemView::PositionAtTop);
        const QPoint at = centerOfVisibleRow(1);
        QWheelEvent down(at, m_view->viewport()->mapToGlobal(at), {}, QPoint(0, -120), Qt::NoButton,
                         {}, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_view->viewport(), &down);
        QCOMPARE(rowAtTop(), 100 + QApplication::wheelScrollLines());
    }

    void keysWalkTheLines()
    {
        m_view->setCurrentIndex(m_model->index(0));
        QTest::keyClick(m_view, Qt::Key_Down);
        QCOMPARE(m_view->currentIndex().row(), 1);
        QTest::keyClick(m_view, Qt::Key_PageDown);
        QCOMPARE(m_view->currentIndex().row(), 1 + m_view->visibleRows());
        QTest::keyClick(m_view, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(m_view->currentIndex().row(), m_model->count - 1);
        QCOMPARE(m_view->indexAt(centerOfVisibleRow(m_view->visibleRows() - 1)).row(),
                 m_model->count - 1); // scrolled along
        QTest::keyClick(m_view, Qt::Key_Down);
        QCOMPARE(m_view->currentIndex().row(), m_model->count - 1); // no further
        QTest::keyClick(m_view, Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(m_view->currentIndex().row(), 0);
        QCOMPARE(rowAtTop(), 0);
        // Shift extends the selection from where it started.
        QTest::keyClick(m_view, Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(m_view, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(m_view->selectionModel()->selectedRows().size(), 3);
    }

    void mouseSelects()
    {
        m_view->scrollTo(m_model->index(1000), QAbstractItemView::PositionAtTop);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, centerOfVisibleRow(2));
        QCOMPARE(m_view->currentIndex().row(), 1002);
        QVERIFY(m_view->selectionModel()->isRowSelected(1002));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                          centerOfVisibleRow(5));
        QModelIndexList rows = m_view->selectionModel()->selectedRows();
        std::sort(rows.begin(), rows.end());
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.first().row(), 1002);
        QCOMPARE(rows.last().row(), 1005);
        // Ctrl+A selects every line as one range (no list of ten million).
        QTest::keyClick(m_view, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(m_view->selectionModel()->selection().size(), 1);
        QCOMPARE(m_view->selectionModel()->selection().first().height(), m_model->count);
    }

    void followsTheModel()
    {
        m_view->scrollTo(m_model->index(m_model->count - 1), QAbstractItemView::PositionAtTop);
        const int max = m_view->verticalScrollBar()->maximum();
        m_model->grow(500);
        QCOMPARE(m_view->verticalScrollBar()->maximum(), max + 500);
        m_model->replace(3);
        QCOMPARE(m_view->verticalScrollBar()->maximum(), 0);
        QCOMPARE(rowAtTop(), 0);
        QVERIFY(!m_view->indexAt(centerOfVisibleRow(3)).isValid()); // below the last line
        m_model->replace(0);
        QTest::keyClick(m_view, Qt::Key_Down); // nothing to move to, nothing breaks
        QVERIFY(!m_view->currentIndex().isValid());
    }
};

QTEST_MAIN(TestLinesView)
#include "tst_linesview.moc"
