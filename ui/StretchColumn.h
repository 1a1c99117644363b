#pragma once

#include <QObject>

class QTableView;

// Keeps one column of a table as wide as the room the other columns leave, but never narrower
// than `minimumChars` characters: in a narrow window the table scrolls sideways instead of
// squeezing that column (a path, a URL) to a few letters. The column's text is elided at its
// start, so the end of a path (Group/1) stays readable.
class StretchColumn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StretchColumn)
public:
    StretchColumn(QTableView *view, int column, int minimumChars);
    // Fits the column now (after the other columns changed their widths in code).
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *m_view;
    int m_column;
    int m_minimumChars;
};
