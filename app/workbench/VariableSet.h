#pragma once

#include "app/workbench/VariableSource.h"

#include <QHash>

// A fixed set of variables: the command line's, a Postman environment's, a file's own.
class VariableSet final : public VariableSource
{
public:
    VariableSet(Origin origin, QString label);

    void set(const QString &name, const QString &value, bool secret = false);
    bool isEmpty() const { return m_names.isEmpty(); }

    std::optional<Value> value(const QString &name) const override;
    QStringList names() const override { return m_names; }
    Origin origin() const override { return m_origin; }
    QString label() const override { return m_label; }

private:
    Origin m_origin;
    QString m_label;
    QStringList m_names; // in the order they were set
    QHash<QString, Value> m_values;
};
