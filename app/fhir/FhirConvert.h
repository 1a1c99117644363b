#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// FHIR R4 JSON <-> XML, following the rules of the FHIR specification ("XML Representation" and
// "JSON Representation"): resourceType as the element name, elements in the order of their
// StructureDefinition, arrays as repeated elements, primitives as value attributes with their id
// and extensions (JSON `_name`, with nulls keeping arrays aligned), `id` and Extension `url` as XML
// attributes, contained and nested resources, the XHTML `div` embedded as XML, and numbers kept as
// written (1.50 stays 1.50). The element order, cardinalities and types come from a table generated
// from the official StructureDefinitions (resources/fhir/r4-elements.json,
// scripts/gen-fhir-elements.py). What does not fit (an unknown element, a resource type that does
// not exist, a number that is not one) is an error naming where it is, never dropped quietly.
class FhirConvert
{
    Q_DECLARE_TR_FUNCTIONS(FhirConvert)
public:
    struct Result
    {
        QByteArray text;
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    // pretty: an XML declaration and indentation; otherwise one line, no declaration, as HAPI
    // answers.
    static Result jsonToXml(const QByteArray &json, bool pretty = true);
    static Result xmlToJson(const QByteArray &xml);

    // Whether the element table knows this resource type.
    static bool isResourceType(const QString &name);
};
