#include "CallLogModel.h"
#include "app/support/Format.h"

#include <QLocale>

CallLogModel::CallLogModel(QObject *parent) : QAbstractTableModel(parent) {}

int CallLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int CallLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CallRecord &r = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return QVariant::fromValue(r.id);
        case TimeColumn:
            return r.started.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case ServerColumn:
            return r.profile.isEmpty() ? r.url.host() : r.profile;
        case MethodColumn:
            return QString::fromLatin1(r.method);
        case PathColumn: {
            QString path = r.url.path();
            if (r.url.hasQuery())
                path += QLatin1Char('?') + r.url.query();
            return path;
        }
        case StatusColumn:
            return r.status ? QString::number(*r.status) : tr("—");
        case DiagnosisColumn:
            return r.diagnosis.code;
        case ElapsedColumn:
            return r.elapsedMs >= 0 ? QVariant(r.elapsedMs) : QVariant();
        case SizeColumn:
            return r.hasResponse() ? Format::size(r.bodySize) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == PathColumn)
            return r.url.toString();
        if (index.column() == ServerColumn)
            return r.profile.isEmpty() ? r.url.host() : tr("%1 (%2)").arg(r.profile, r.url.host());
        if (index.column() == DiagnosisColumn || index.column() == StatusColumn)
            return r.diagnosis.summary;
        return r.purpose;
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn || index.column() == ElapsedColumn ||
            index.column() == SizeColumn || index.column() == StatusColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RecordRole:
        return QVariant::fromValue(r);
    case StatusClassRole:
        return r.status ? *r.status / 100 : 0;
    case DiagnosisCodeRole:
        return r.diagnosis.code;
    case SeverityRole:
        return int(r.diagnosis.severity);
    case SearchTextRole:
        return QStringList{r.purpose,
                           r.profile,
                           QString::fromLatin1(r.method),
                           r.url.toString(),
                           r.diagnosis.code,
                           r.diagnosis.summary,
                           QString::fromLatin1(r.requestIdSent),
                           QString::fromLatin1(r.requestIdReceived),
                           QString::fromLatin1(r.correlationIdReceived),
                           r.status ? QString::number(*r.status) : QString()}
            .join(QLatin1Char('\n'));
    }
    return {};
}

QVariant CallLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case ServerColumn:
        return tr("Server");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case DiagnosisColumn:
        return tr("Diagnosis");
    case ElapsedColumn:
        return tr("ms");
    case SizeColumn:
        return tr("Size");
    }
    return {};
}

void CallLogModel::append(const CallRecord &record)
{
    if (m_records.size() >= m_max) {
        const int drop = int(m_records.size()) - m_max + 1;
        beginRemoveRows({}, 0, drop - 1);
        m_records.remove(0, drop);
        endRemoveRows();
    }
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.append(record);
    endInsertRows();
}

void CallLogModel::clear()
{
    beginResetModel();
    m_records.clear();
    endResetModel();
}

int CallLogModel::rowOfId(quint64 id) const
{
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records.at(i).id == id)
            return i;
    }
    return -1;
}
