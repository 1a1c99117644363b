#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

// A structured document (JSON or XML) taken apart once, off the UI thread, into a flat node
// table that tree views read lazily, plus its pretty text as UTF-8 with line offsets (so a view
// can show a million lines without building a text document). Node 0 is the document's root.
class ContentOutline
{
    Q_DECLARE_TR_FUNCTIONS(ContentOutline)
public:
    enum class NodeType : quint8 {
        Object,
        Array,
        String,
        Number,
        Bool,
        Null,
        Element,
        Attribute,
        Text
    };

    struct Node
    {
        qint32 parent = -1;
        qint32 childCount = 0;
        qint32 childStart = 0;          // first slot in children()
        qint32 line = 0;                // first line in the pretty text
        quint32 keyOff = 0, keyLen = 0; // JSON: raw key in source; XML: into strings
        quint32 valOff = 0, valLen = 0; // JSON: raw token in source (containers: valLen is the
                                        // line of the closing bracket); XML: into strings
        NodeType type = NodeType::Null;
    }; // 36 bytes: a 20 MB Bundle has a million of them

    enum class Format { Json, Xml, Text }; // Text: lines only, no tree

    // Parses `bytes` (JSON by simdjson, keeping every token's exact text; XML by QXmlStreamReader;
    // Text is only split into lines).
    // On error the outline is empty and error() says where and why.
    static std::shared_ptr<const ContentOutline> build(const QByteArray &bytes, Format format);

    Format format() const { return m_format; }
    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    qint32 size() const { return qint32(m_nodes.size()); }
    const Node &node(qint32 i) const { return m_nodes[size_t(i)]; }
    qint32 child(qint32 parent, qint32 row) const
    {
        return m_children[size_t(m_nodes[size_t(parent)].childStart + row)];
    }
    qint32 rowOf(qint32 i) const; // position under its parent

    // What a tree shows: the name (key, [index], element or @attribute), the value (scalar text
    // unescaped, a count for containers, FHIR's `value` attribute for XML elements) and a type.
    QString name(qint32 i) const;
    QString value(qint32 i) const;
    QString typeName(qint32 i) const;
    // The node's own JSON or XML token, as written in the source (strings with quotes).
    QByteArray rawValue(qint32 i) const;

    // The next node (after `from`, or before it when backward) whose name or value contains
    // `needle`, ASCII letters in any case; wraps around; -1 when none does. For text, the next
    // line instead.
    qint32 findNode(const QByteArray &needle, qint32 from, bool backward) const;
    qint32 findLine(const QByteArray &needle, qint32 from, bool backward) const;

    // Pretty text (two-space indent, as jq writes it), UTF-8. JSON lines are made from the
    // node table when asked for, so a large document costs no second copy as text.
    QByteArray prettyText() const;
    qint64 prettySize() const { return m_prettySize; }
    qint32 lineCount() const { return m_lineCount; }
    QString line(qint32 i) const;

private:
    void finishChildren();
    bool isLastChild(qint32 i) const;
    qint32 endLine(qint32 i) const { return qint32(m_nodes[size_t(i)].valLen); }
    void indexText(const QByteArray &text);
    qint32 depth(qint32 i) const;
    QString resourceLabel(qint32 i) const; // "Patient/123" for a JSON object that is a resource
    QByteArray jsonLine(qint32 line) const;

    Format m_format = Format::Json;
    QByteArray m_source;       // JSON: the input (with simdjson padding); XML: unused
    QByteArray m_strings;      // XML: names and values, UTF-8
    std::vector<Node> m_nodes; // std::vector: appending a million nodes costs half of QList's
    std::vector<qint32> m_children;
    QByteArray m_pretty;        // XML and Text
    QList<qint64> m_lineStarts; // XML and Text
    qint32 m_lineCount = 0;
    qint64 m_prettySize = 0;
    QString m_error;

    friend class JsonOutlineBuilder;
    friend class XmlOutlineBuilder;
};
