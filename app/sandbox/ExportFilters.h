#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>

// The Sandbox's reading of a kick-off's _typeFilter and _elements (Bulk Data IG): _typeFilter is
// a comma-separated list of "Type?param=value&..." queries, OR'ed per type, over a small set of
// search parameters (status, gender, _id, code, clinical-status, category, vaccine-code; a token
// value may be "system|code", values split by commas are OR'ed); _elements keeps the listed
// elements ("code" or "Observation.code") besides id and meta, and tags the resource SUBSETTED.
class ExportFilters
{
public:
    // Parses both parameters; unknown search parameters are an error unless `lenient`.
    bool parse(const QString &typeFilter, const QString &elements, bool lenient, QString *error);
    bool isEmpty() const { return m_filters.isEmpty() && m_elements.isEmpty(); }
    // A key that tells two kick-offs with the same filters apart from others (job reuse).
    QString key() const { return m_key; }
    // Applies both to one NDJSON file of `type`; *count receives the lines kept.
    QByteArray apply(const QString &type, const QByteArray &ndjson, int *count) const;

    static QStringList supportedParameters();

private:
    using Query = QList<QPair<QString, QString>>;
    bool matches(const QJsonObject &resource, const Query &query) const;
    QMap<QString, QList<Query>> m_filters; // type -> queries (OR)
    QMap<QString, QStringList> m_elements; // type ("" for every type) -> element names
    QString m_key;
};
