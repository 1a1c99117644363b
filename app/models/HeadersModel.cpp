#include "HeadersModel.h"

HeadersModel::HeadersModel(QObject *parent) : QAbstractTableModel(parent) {}

void HeadersModel::setHeaders(const HeaderList &headers)
{
    beginResetModel();
    m_headers = headers;
    endResetModel();
}

bool HeadersModel::isCorrelationHeader(const QByteArray &name)
{
    const QByteArray n = name.toLower();
    return n == "x-request-id" || n == "x-correlation-id" || n == "x-amzn-requestid" ||
           n == "x-amz-apigw-id" || n == "x-amzn-errortype";
}

int HeadersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

int HeadersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 2;
}

QVariant HeadersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &h = m_headers.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return index.column() == 0 ? QString::fromLatin1(h.first) : visibleValue(h.second);
    if (role == IsCorrelationRole)
        return isCorrelationHeader(h.first);
    return {};
}

QVariant HeadersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Header") : tr("Value");
}

QString HeadersModel::visibleValue(const QByteArray &value)
{
    QString text = QString::fromLatin1(value);
    const QChar mark(0x2420); // SYMBOL FOR SPACE
    qsizetype start = 0;
    while (start < text.size() && text.at(start) == QLatin1Char(' '))
        text[start++] = mark;
    for (qsizetype end = text.size(); end > start && text.at(end - 1) == QLatin1Char(' ');)
        text[--end] = mark;
    for (qsizetype i = start; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char(' ') &&
            (text.at(i + 1) == QLatin1Char(' ') || text.at(i + 1) == mark)) {
            qsizetype j = i;
            while (j < text.size() && (text.at(j) == QLatin1Char(' ') || text.at(j) == mark))
                text[j++] = mark;
            i = j;
        }
    }
    return text;
}
