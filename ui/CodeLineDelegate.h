#pragma once

#include "ui/BodyHighlighter.h"

#include <QStyledItemDelegate>

// Draws one line of JSON or XML with the body view's colours: the content viewer's line list
// stays highlighted however many lines it has, because only the lines on screen are drawn.
class CodeLineDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeLineDelegate)
public:
    explicit CodeLineDelegate(QObject *parent = nullptr);
    void setMode(BodyHighlighter::Mode mode) { m_mode = mode; }
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    BodyHighlighter::Mode m_mode = BodyHighlighter::Mode::None;
};
