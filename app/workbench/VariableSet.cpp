#include "VariableSet.h"

VariableSet::VariableSet(Origin origin, QString label) : m_origin(origin), m_label(std::move(label))
{
}

void VariableSet::set(const QString &name, const QString &value, bool secret)
{
    if (!m_values.contains(name))
        m_names.append(name);
    m_values.insert(name, {value, secret});
}

std::optional<VariableSource::Value> VariableSet::value(const QString &name) const
{
    const auto it = m_values.constFind(name);
    if (it == m_values.cend())
        return std::nullopt;
    return *it;
}
