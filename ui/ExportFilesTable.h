#pragma once

// The export window's Files table: the Progress column's delegate (a bar with the figures
// written on it). The rows are app/models/ExportFilesModel.
#include <QApplication>
#include <QPainter>
#include <QStyledItemDelegate>

namespace ExportFilesTable {

// The Progress column: a bar with the figures written on it (percent in Qt::UserRole, -1 when
// the size is unknown: an empty bar with the text only).
class ProgressDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QVariant percent = index.data(Qt::UserRole);
        if (!percent.isValid()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 2, -2, -2);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = qMax(0, percent.toInt()); // unknown size: an empty bar with the figures
        bar.text = index.data(Qt::DisplayRole).toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        bar.fontMetrics = option.fontMetrics;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setWidth(qMax(s.width() + 24, 260));
        return s;
    }
};
} // namespace ExportFilesTable
