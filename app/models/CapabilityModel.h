#pragma once

#include "app/fhir/CapabilityStatement.h"

#include <QAbstractTableModel>

// The resources of a CapabilityStatement: type, interactions, operations, search parameters.
class CapabilityModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapabilityModel)
public:
    enum Column { TypeColumn, InteractionsColumn, OperationsColumn, SearchColumn, ColumnCount };

    explicit CapabilityModel(QObject *parent = nullptr);
    void setStatement(const CapabilityStatement &statement);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CapabilityStatement::Resource> m_resources;
};

// Two statements side by side; rows that differ are marked with DiffersRole.
class CapabilityCompareModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapabilityCompareModel)
public:
    enum Role { DiffersRole = Qt::UserRole + 1 };

    explicit CapabilityCompareModel(QObject *parent = nullptr);
    void setStatements(const QString &leftName, const CapabilityStatement &left,
                       const QString &rightName, const CapabilityStatement &right);
    int differences() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CapabilityStatement::Difference> m_rows;
    QString m_left;
    QString m_right;
};
