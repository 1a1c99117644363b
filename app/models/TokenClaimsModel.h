#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>

// The claims of a JWT as rows: claim, value, and what it means now ("expires in 3 min 12 s",
// "expired 2 h ago"). setNow() refreshes the relative times for a live countdown.
class TokenClaimsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenClaimsModel)
public:
    enum Column { ClaimColumn, ValueColumn, MeaningColumn, ColumnCount };
    enum Role { ExpiredRole = Qt::UserRole + 1 }; // true on an `exp` row in the past

    explicit TokenClaimsModel(QObject *parent = nullptr);

    void setClaims(const QJsonObject &claims);
    void setNow(const QDateTime &now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString describeClaim(const QString &name);

private:
    QString meaning(const QString &name, const QJsonValue &value) const;

    QList<QPair<QString, QJsonValue>> m_rows;
    QDateTime m_now = QDateTime::currentDateTimeUtc();
};
