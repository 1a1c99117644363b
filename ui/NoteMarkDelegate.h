#pragma once

#include <QStyledItemDelegate>

// Marks a call that has a note in a table of calls (the log, the History): a pencil after the
// call's number, in its own column's text, so it reads without colour; the note itself is in
// the row's tooltip. `noteRole` is the model's role for the note, `column` the number's column.
class NoteMarkDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteMarkDelegate)
public:
    NoteMarkDelegate(int noteRole, int column, QObject *parent = nullptr);
    static QString mark(); // "✎"

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_noteRole;
    int m_column;
};
