#include "CodeLineDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

CodeLineDelegate::CodeLineDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void CodeLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter,
                       widget); // background, selection, focus
    const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    const bool selected = opt.state & QStyle::State_Selected;
    QTextLayout layout(text, opt.font);
    if (!selected)
        layout.setFormats(BodyHighlighter::ranges(m_mode, text));
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(1e6); // one line, never wrapped
    layout.endLayout();
    painter->save();
    painter->setClipRect(rect);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    layout.draw(painter,
                QPointF(rect.left() + 2, rect.top() + (rect.height() - line.height()) / 2));
    painter->restore();
}
