#include "TokenClaimsModel.h"

#include "app/calls/Diagnoser.h"
#include "app/tokens/JwtInfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace {
bool isTimeClaim(const QString &name)
{
    return name == QLatin1String("exp") || name == QLatin1String("iat") ||
           name == QLatin1String("nbf") || name == QLatin1String("auth_time");
}
} // namespace

TokenClaimsModel::TokenClaimsModel(QObject *parent) : QAbstractTableModel(parent) {}

void TokenClaimsModel::setClaims(const QJsonObject &claims)
{
    beginResetModel();
    m_rows.clear();
    // The claims analysts look at first come first, then the rest alphabetically.
    const QStringList order = {QStringLiteral("exp"),       QStringLiteral("iat"),
                               QStringLiteral("nbf"),       QStringLiteral("iss"),
                               QStringLiteral("aud"),       QStringLiteral("sub"),
                               QStringLiteral("client_id"), QStringLiteral("scope"),
                               QStringLiteral("scp"),       QStringLiteral("jti")};
    for (const QString &k : order) {
        if (claims.contains(k))
            m_rows.append({k, claims.value(k)});
    }
    for (auto it = claims.begin(); it != claims.end(); ++it) {
        if (!order.contains(it.key()))
            m_rows.append({it.key(), it.value()});
    }
    endResetModel();
}

void TokenClaimsModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, MeaningColumn), index(int(m_rows.size()) - 1, MeaningColumn));
}

int TokenClaimsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TokenClaimsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TokenClaimsModel::describeClaim(const QString &name)
{
    if (name == QLatin1String("exp"))
        return tr("expires");
    if (name == QLatin1String("iat"))
        return tr("issued");
    if (name == QLatin1String("nbf"))
        return tr("not valid before");
    if (name == QLatin1String("iss"))
        return tr("issuer");
    if (name == QLatin1String("aud"))
        return tr("audience: the API it is meant for");
    if (name == QLatin1String("sub"))
        return tr("subject");
    if (name == QLatin1String("client_id"))
        return tr("client");
    if (name == QLatin1String("scope") || name == QLatin1String("scp"))
        return tr("what it may do");
    if (name == QLatin1String("jti"))
        return tr("unique token id");
    return {};
}

QString TokenClaimsModel::meaning(const QString &name, const QJsonValue &value) const
{
    const QDateTime t = JwtInfo::numericDate(value);
    if (!isTimeClaim(name) || !t.isValid())
        return describeClaim(name);
    const qint64 delta = m_now.secsTo(t);
    const QString when = QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
    if (name == QLatin1String("exp"))
        return delta >= 0 ? tr("%1: expires in %2").arg(when, Diagnoser::humanDuration(delta))
                          : tr("%1: EXPIRED %2 ago").arg(when, Diagnoser::humanDuration(-delta));
    return delta > 0 ? tr("%1: in %2 (in the future!)").arg(when, Diagnoser::humanDuration(delta))
                     : tr("%1: %2 ago").arg(when, Diagnoser::humanDuration(-delta));
}

QVariant TokenClaimsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &[name, value] = m_rows.at(index.row());
    if (role == ExpiredRole)
        return name == QLatin1String("exp") && JwtInfo::numericDate(value).isValid() &&
               JwtInfo::numericDate(value) < m_now;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ClaimColumn:
        return name;
    case ValueColumn:
        if (value.isString())
            return value.toString();
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    case MeaningColumn:
        return meaning(name, value);
    }
    return {};
}

QVariant TokenClaimsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClaimColumn:
        return tr("Claim");
    case ValueColumn:
        return tr("Value");
    case MeaningColumn:
        return tr("Meaning");
    }
    return {};
}
