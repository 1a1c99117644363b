#include "ComparisonModel.h"

#include "app/workbench/CallDiff.h"

namespace {

using Row = CallComparison::Row;

QString kindText(const Row &r)
{
    if (r.differs() && r.expected)
        return ComparisonModel::tr("~ differs, as in any two calls");
    switch (r.kind) {
    case Row::Kind::Changed:
        return ComparisonModel::tr("≠ changed");
    case Row::Kind::Added:
        return ComparisonModel::tr("+ only right");
    case Row::Kind::Removed:
        return ComparisonModel::tr("- only left");
    case Row::Kind::Same:
        break;
    }
    return ComparisonModel::tr("= same");
}

} // namespace

ComparisonModel::ComparisonModel(QObject *parent) : QAbstractTableModel(parent) {}

CallComparison ComparisonModel::compare(const CallRecord &left, const CallRecord &right)
{
    return CallDiff::compare(left, right);
}

void ComparisonModel::setComparison(const CallComparison &comparison)
{
    beginResetModel();
    m_comparison = comparison;
    select();
    endResetModel();
}

void ComparisonModel::setOnlyDifferences(bool only)
{
    if (only == m_only)
        return;
    beginResetModel();
    m_only = only;
    select();
    endResetModel();
}

void ComparisonModel::select()
{
    m_shown.clear();
    for (int i = 0; i < m_comparison.rows.size(); ++i) {
        if (!m_only || m_comparison.rows.at(i).differs())
            m_shown << i;
    }
}

int ComparisonModel::expectedDifferences() const
{
    return int(std::count_if(m_comparison.rows.cbegin(), m_comparison.rows.cend(),
                             [](const Row &r) { return r.differs() && r.expected; }));
}

QString ComparisonModel::text() const
{
    return CallDiff::text(m_comparison);
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_comparison.rows.at(m_shown.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case KindColumn:
            return kindText(r);
        case SectionColumn:
            return r.section;
        case KeyColumn:
            return r.key;
        case LeftColumn:
            return r.left.isEmpty() && r.kind == Row::Kind::Added ? tr("(absent)") : r.left;
        case RightColumn:
            return r.right.isEmpty() && r.kind == Row::Kind::Removed ? tr("(absent)") : r.right;
        }
        return {};
    case KindRole:
        return int(r.kind);
    case ExpectedRole:
        return r.expected;
    case DiffersRole:
        return r.differs() && !r.expected;
    }
    return {};
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Difference");
    case SectionColumn:
        return tr("Where");
    case KeyColumn:
        return tr("What");
    case LeftColumn:
        return tr("Left");
    case RightColumn:
        return tr("Right");
    }
    return {};
}
