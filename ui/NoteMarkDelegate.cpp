#include "NoteMarkDelegate.h"

NoteMarkDelegate::NoteMarkDelegate(int noteRole, int column, QObject *parent)
    : QStyledItemDelegate(parent), m_noteRole(noteRole), m_column(column)
{
}

QString NoteMarkDelegate::mark()
{
    return QString(QChar(0x270E)); // LOWER RIGHT PENCIL
}

void NoteMarkDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == m_column && !index.data(m_noteRole).toString().isEmpty())
        option->text = mark() + QLatin1Char(' ') + option->text;
}
