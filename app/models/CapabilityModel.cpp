#include "CapabilityModel.h"

CapabilityModel::CapabilityModel(QObject *parent) : QAbstractTableModel(parent) {}

void CapabilityModel::setStatement(const CapabilityStatement &statement)
{
    beginResetModel();
    m_resources = statement.resources;
    endResetModel();
}

void CapabilityModel::clear()
{
    beginResetModel();
    m_resources.clear();
    endResetModel();
}

int CapabilityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_resources.size());
}

int CapabilityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CapabilityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_resources.size())
        return {};
    const CapabilityStatement::Resource &r = m_resources.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TypeColumn:
            return r.type;
        case InteractionsColumn:
            return r.interactions.join(QStringLiteral(", "));
        case OperationsColumn:
            return r.operations.isEmpty()
                       ? QString()
                       : QStringLiteral("$") + r.operations.join(QStringLiteral(", $"));
        case SearchColumn:
            return r.searchParams.join(QStringLiteral(", "));
        }
    }
    return {};
}

QVariant CapabilityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn:
        return tr("Resource");
    case InteractionsColumn:
        return tr("Interactions");
    case OperationsColumn:
        return tr("Operations");
    case SearchColumn:
        return tr("Search parameters");
    }
    return {};
}

CapabilityCompareModel::CapabilityCompareModel(QObject *parent) : QAbstractTableModel(parent) {}

void CapabilityCompareModel::setStatements(const QString &leftName, const CapabilityStatement &left,
                                           const QString &rightName,
                                           const CapabilityStatement &right)
{
    beginResetModel();
    m_left = leftName;
    m_right = rightName;
    m_rows = CapabilityStatement::compare(left, right);
    endResetModel();
}

int CapabilityCompareModel::differences() const
{
    int n = 0;
    for (const auto &r : m_rows)
        n += r.differs ? 1 : 0;
    return n;
}

int CapabilityCompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CapabilityCompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 3;
}

QVariant CapabilityCompareModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() == 0 ? r.aspect : index.column() == 1 ? r.left : r.right;
    case DiffersRole:
        return r.differs; // the view highlights (the core has no fonts or colours)
    }
    return {};
}

QVariant CapabilityCompareModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Aspect") : section == 1 ? m_left : m_right;
}
