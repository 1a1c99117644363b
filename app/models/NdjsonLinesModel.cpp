#include "NdjsonLinesModel.h"
#include "app/support/Format.h"

#include "app/fhir/NdjsonIndex.h"
#include "app/models/CallLogModel.h"

#include <algorithm>
#include <simdjson.h>

NdjsonLinesModel::NdjsonLinesModel(NdjsonIndex *index, QObject *parent)
    : QAbstractTableModel(parent), m_index(index)
{
    m_rows = int(qMin<qint64>(index->lineCount(), std::numeric_limits<int>::max()));
    connect(index, &NdjsonIndex::linesAdded, this, [this](qint64, qint64) {
        const int target = int(qMin<qint64>(m_index->lineCount(), std::numeric_limits<int>::max()));
        if (target <= m_rows)
            return;
        beginInsertRows({}, m_rows, target - 1);
        m_rows = target;
        endInsertRows();
    });
}

int NdjsonLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int NdjsonLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NdjsonLinesModel::idOf(qint64 line) const
{
    if (QString *cached = m_ids.object(line))
        return *cached;
    QString id;
    constexpr qint64 maxParsed = 16 * 1024 * 1024;
    if (!m_index->isProblem(line) && m_index->lineLength(line) <= maxParsed) {
        const QByteArray bytes = m_index->lineBytes(line);
        thread_local simdjson::dom::parser parser;
        simdjson::dom::element doc;
        std::string_view v;
        if (!parser.parse(bytes.constData(), size_t(bytes.size())).get(doc) &&
            !doc["id"].get_string().get(v))
            id = QString::fromUtf8(v.data(), qsizetype(v.size()));
    }
    m_ids.insert(line, new QString(id));
    return id;
}

QString NdjsonLinesModel::problemOf(qint64 line) const
{
    const auto &problems = m_index->problems();
    const auto it =
        std::lower_bound(problems.cbegin(), problems.cend(), line,
                         [](const NdjsonIndex::LineError &e, qint64 l) { return e.line < l; });
    if (it != problems.cend() && it->line == line)
        return it->message;
    return m_index->isProblem(line) ? tr("Not a resource.") : QString();
}

QVariant NdjsonLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows)
        return {};
    const qint64 line = index.row();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return QString::number(line + 1);
        case TypeColumn:
            return m_index->isProblem(line) ? tr("⚠ problem") : m_index->resourceType(line);
        case IdColumn:
            return idOf(line);
        case SizeColumn:
            return Format::size(m_index->lineLength(line));
        case ContentColumn: {
            constexpr qint64 shown = 300;
            QString text = QString::fromUtf8(m_index->lineBytes(line, shown));
            if (m_index->lineLength(line) > shown)
                text += QChar(0x2026);
            return text;
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return m_index->isProblem(line) ? problemOf(line) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn || index.column() == SizeColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case ProblemRole:
        return m_index->isProblem(line);
    case LineNumberRole:
        return line;
    default:
        return {};
    }
}

QVariant NdjsonLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case TypeColumn:
        return tr("resourceType");
    case IdColumn:
        return tr("id");
    case SizeColumn:
        return tr("Size");
    case ContentColumn:
        return tr("Content");
    default:
        return {};
    }
}

void NdjsonFilterModel::setTypeFilter(const QString &type)
{
    m_type = type;
    invalidateFilter();
}

bool NdjsonFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (m_type.isEmpty())
        return true;
    const auto *lines = qobject_cast<NdjsonLinesModel *>(sourceModel());
    if (!lines)
        return true;
    if (m_type == problemsOnly())
        return lines->ndjson()->isProblem(sourceRow);
    return lines->ndjson()->resourceType(sourceRow) == m_type;
}
