#pragma once

#include <QObject>
#include <functional>

class OutlineTreeModel;
class QAbstractItemView;
class QModelIndex;
class QTreeView;
class TextLinesModel;

// What the content viewer puts on the clipboard: the selected node's value as written (Copy
// value, Ctrl+C in the tree), where the node sits (Copy path), and the selected lines of a large
// text (Ctrl+C in the line list). From 20,000 lines on the text is written off the UI thread,
// the status saying so.
class ContentCopier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContentCopier)
public:
    ContentCopier(QTreeView *tree, OutlineTreeModel *treeModel, QAbstractItemView *lines,
                  TextLinesModel *linesModel, QObject *parent);

    void copyValue();
    void copyPath();
    void copySelectedLines();
    // e.g. entry[0].resource.name[0].family; for XML /Bundle/entry/resource.
    QString nodePath(const QModelIndex &index) const;

Q_SIGNALS:
    void status(const QString &text);

private:
    void copyText(qint64 lines, const std::function<QString()> &make);

    QTreeView *m_tree;
    OutlineTreeModel *m_treeModel;
    QAbstractItemView *m_lines;
    TextLinesModel *m_linesModel;
};
