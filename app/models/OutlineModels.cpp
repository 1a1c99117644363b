#include "OutlineModels.h"

#include <QTimer>
#include <algorithm>

OutlineTreeModel::OutlineTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void OutlineTreeModel::setOutline(std::shared_ptr<const ContentOutline> outline)
{
    beginResetModel();
    m_outline = std::move(outline);
    endResetModel();
}

QModelIndex OutlineTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!usable() || row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, quintptr(0)) : QModelIndex();
    const ContentOutline::NodeId child =
        m_outline->child(ContentOutline::NodeId(parent.internalId()), row);
    return child < 0 ? QModelIndex() : createIndex(row, column, quintptr(child));
}

QModelIndex OutlineTreeModel::indexOfNode(ContentOutline::NodeId node) const
{
    if (node < 0)
        return {};
    return createIndex(m_outline->rowOf(node), 0, quintptr(node));
}

QModelIndex OutlineTreeModel::parent(const QModelIndex &child) const
{
    if (!usable() || !child.isValid())
        return {};
    return indexOfNode(m_outline->node(ContentOutline::NodeId(child.internalId())).parent);
}

int OutlineTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!usable())
        return 0;
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    return m_outline->node(ContentOutline::NodeId(parent.internalId())).childCount;
}

int OutlineTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant OutlineTreeModel::data(const QModelIndex &index, int role) const
{
    if (!usable() || !index.isValid())
        return {};
    const auto node = ContentOutline::NodeId(index.internalId());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return m_outline->name(node);
        case ValueColumn:
            return m_outline->value(node);
        case TypeColumn:
            return m_outline->typeName(node);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn) {
            const QByteArray raw = m_outline->rawValue(node, 2000);
            return QString::fromUtf8(raw.left(2000));
        }
        return {};
    case LineRole:
        return m_outline->node(node).line;
    case RawRole:
        return m_outline->rawValue(node);
    default:
        return {};
    }
}

QVariant OutlineTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    default:
        return {};
    }
}

QModelIndex OutlineTreeModel::indexForLine(int line) const
{
    if (!usable())
        return {};
    // Down from the root: at each level the last child that starts at or before the line.
    ContentOutline::NodeId node = 0;
    for (;;) {
        const ContentOutline::NodeInfo n = m_outline->node(node);
        if (n.childCount == 0)
            break;
        qint32 lo = 0, hi = n.childCount - 1, best = -1;
        while (lo <= hi) {
            const qint32 mid = (lo + hi) / 2;
            if (m_outline->node(m_outline->child(node, mid)).line <= line) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (best < 0 || m_outline->node(m_outline->child(node, best)).type ==
                            ContentOutline::NodeType::Attribute)
            break; // an element's attributes share its line: the element is the answer
        node = m_outline->child(node, best);
    }
    return indexOfNode(node);
}

TextLinesModel::TextLinesModel(QObject *parent) : QAbstractListModel(parent) {}

void TextLinesModel::setOutline(std::shared_ptr<const ContentOutline> outline)
{
    beginResetModel();
    m_outline = std::move(outline);
    m_rows = m_outline ? qMin(qMax(0, m_outline->lineCount()), batch) : 0;
    ++m_generation;
    endResetModel();
    continueOrComplete();
}

void TextLinesModel::addBatch()
{
    const int target = qMin(m_outline->lineCount(), m_rows + batch);
    beginInsertRows({}, m_rows, target - 1);
    m_rows = target;
    endInsertRows();
    continueOrComplete();
}

void TextLinesModel::continueOrComplete()
{
    if (isComplete()) {
        Q_EMIT completed();
        return;
    }
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation == m_generation) // not replaced by another outline meanwhile
            addBatch();
    });
}

int TextLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QVariant TextLinesModel::data(const QModelIndex &index, int role) const
{
    if (!m_outline || !index.isValid() || index.row() >= m_rows)
        return {};
    if (role == Qt::DisplayRole)
        return m_outline->line(index.row());
    return {};
}
