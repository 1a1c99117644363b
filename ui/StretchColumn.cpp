#include "StretchColumn.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTableView>

namespace {
// Elides at the start: "…/bulk-data/Group/1" keeps what tells two rows apart.
class ElideStartDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideLeft;
    }
};
} // namespace

StretchColumn::StretchColumn(QTableView *view, int column, int minimumChars)
    : QObject(view), m_view(view), m_column(column), m_minimumChars(minimumChars)
{
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(column, QHeaderView::Interactive);
    view->setItemDelegateForColumn(column, new ElideStartDelegate(view));
    view->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        if (logical != m_column)
            fit();
    });
    connect(header, &QHeaderView::sectionCountChanged, this, &StretchColumn::fit);
}

void StretchColumn::fit()
{
    const QHeaderView *header = m_view->horizontalHeader();
    int others = 0;
    for (int i = 0; i < header->count(); ++i) {
        if (i != m_column && !header->isSectionHidden(i))
            others += header->sectionSize(i);
    }
    const int minimum = m_view->fontMetrics().averageCharWidth() * m_minimumChars;
    m_view->horizontalHeader()->resizeSection(m_column,
                                              qMax(minimum, m_view->viewport()->width() - others));
}

bool StretchColumn::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fit();
    return QObject::eventFilter(watched, event);
}
