#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <list>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

class QIODevice;

// A structured document (JSON or XML) taken apart once, off the UI thread, into a flat node
// table that tree views read lazily, plus its pretty text as UTF-8 with line offsets (so a view
// can show a million lines without building a text document). Node 0 is the document's root.
//
// A large JSON document is folded: the first pass checks every byte and counts every line, but
// keeps nodes only down to the small containers (a Bundle's entries); what is inside one is
// parsed again, from its bytes, when something asks for it (a tree expanding it, a line of text
// inside it, a search) and kept in a small cache. Node ids stay the same either way, so a
// folded outline reads exactly like a whole one: 200 MB of JSON costs its bytes and a few MB
// of nodes instead of 36 bytes for each of its nine million values.
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

    // A node: in the first pass's table (0 … ), or inside a folded container (the fold's
    // number + 1 in the upper 32 bits, the node's place in that fold in the lower ones).
    using NodeId = qint64;

    struct Node
    {
        qint32 parent = -1;
        qint32 childCount = 0;
        qint32 childStart = 0;          // first slot in children(); folded: the fold's number
        qint32 line = 0;                // first line in the pretty text
        quint32 keyOff = 0, keyLen = 0; // JSON: raw key in source; XML: into strings
        quint32 valOff = 0, valLen = 0; // JSON: raw token in source (containers: valLen is the
                                        // line of the closing bracket); XML: into strings
        NodeType type = NodeType::Null;
        bool folded = false; // its children are parsed when asked for
    };                       // 36 bytes

    // What a view needs of a node.
    struct NodeInfo
    {
        NodeId parent = -1;
        qint32 childCount = 0;
        qint32 line = 0;
        qint32 lastLine = 0; // a JSON container's closing line; else its line
        NodeType type = NodeType::Null;
    };

    enum class Format { Json, Xml, Text }; // Text: lines only, no tree

    // When JSON is folded: documents from `fromBytes` on, containers of up to `maxFoldBytes`.
    struct Folding
    {
        qint64 fromBytes = 16 * 1024 * 1024;
        qint64 maxFoldBytes = 64 * 1024;
        // Nodes parsed again from folds and kept for the next question (a few MB).
        qint64 cachedNodes = 256 * 1024;
    };

    // Parses `bytes` (JSON by simdjson, keeping every token's exact text, or from `fromBytes` on
    // by RapidJSON's streaming reader first; XML by QXmlStreamReader;
    // Text is only split into lines). JSON bytes with simdjson's padding after them (see
    // readAll()) are used as they are; others are copied once with it.
    // On error the outline is empty and error() says where and why.
    static std::shared_ptr<const ContentOutline> build(const QByteArray &bytes, Format format);
    static std::shared_ptr<const ContentOutline> build(const QByteArray &bytes, Format format,
                                                       const Folding &folding);

    // All of a device's bytes, with the room after them that build() wants, so a large file is
    // not copied again to parse it. Empty with `error` set when it cannot be read.
    static QByteArray readAll(QIODevice &device, QString *error);

    Format format() const { return m_format; }
    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // Every node of the document, folded ones included.
    qint32 size() const { return m_totalNodes; }
    NodeInfo node(NodeId i) const;
    NodeId child(NodeId parent, qint32 row) const; // -1 when there is no such row
    qint32 rowOf(NodeId i) const;                  // position under its parent

    // What a tree shows: the name (key, [index], element or @attribute), the value (scalar text
    // unescaped, a count for containers, FHIR's `value` attribute for XML elements) and a type.
    QString name(NodeId i) const;
    QString value(NodeId i) const;
    QString typeName(NodeId i) const;
    // The node's own JSON or XML token, as written in the source (strings with quotes); a
    // container's pretty text stops after about `limit` bytes when one is given (a tooltip
    // over the root of 200 MB must not write 300 MB of text first).
    QByteArray rawValue(NodeId i, qsizetype limit = -1) const;

    // The next node (after `from`, or before it when backward) whose name or value contains
    // `needle`, ASCII letters in any case; wraps around; -1 when none does. For text, the next
    // line instead.
    NodeId findNode(const QByteArray &needle, NodeId from, bool backward) const;
    qint32 findLine(const QByteArray &needle, qint32 from, bool backward) const;

    // Folded containers, and the nodes parsed from them now held (for tests and benchmarks).
    qint32 foldCount() const { return qint32(m_foldNode.size()); }
    qint64 cachedNodes() const;

    // Pretty text (two-space indent, as jq writes it), UTF-8. JSON lines are made from the
    // node table when asked for, so a large document costs no second copy as text.
    QByteArray prettyText() const;
    qint64 prettySize() const { return m_prettySize; }
    qint32 lineCount() const { return m_lineCount; }
    QString line(qint32 i) const;

private:
    // The nodes inside one folded container, parsed again from its bytes: 0 is the container
    // itself, the others in document order as the first pass would have numbered them.
    struct Page
    {
        std::vector<Node> nodes;
        std::vector<qint32> children;
    };
    // A node found: its copy, and the page it is in (none for the first pass's table).
    struct At
    {
        Node n;
        NodeId id = -1;
        NodeId parent = -1;
        std::shared_ptr<const Page> page;
        qint32 fold = -1, local = 0;
    };

    static void finishChildren(std::vector<Node> &nodes, std::vector<qint32> &children);
    At at(NodeId i) const;
    NodeId pageId(qint32 fold, qint32 local) const;
    std::shared_ptr<const Page> page(qint32 fold) const;
    NodeType parentType(const At &a) const;
    bool isContainer(NodeType t) const { return t == NodeType::Object || t == NodeType::Array; }
    bool isLastChild(const At &a) const;
    void indexText(const QByteArray &text);
    qint32 depth(NodeId i) const;
    QString resourceLabel(NodeId i) const; // "Patient/123" for a JSON object that is a resource

    Format m_format = Format::Json;
    QByteArray m_source;       // JSON: the input (with simdjson padding); XML: unused
    QByteArray m_strings;      // XML: names and values, UTF-8
    std::vector<Node> m_nodes; // std::vector: appending a million nodes costs half of QList's
    std::vector<qint32> m_children;
    qint32 m_totalNodes = 0;
    Folding m_folding;
    std::vector<qint32> m_foldNode; // fold → its node in m_nodes
    std::vector<quint32> m_foldEnd; // fold → the end of its bytes in m_source
    mutable std::mutex m_pagesLock; // pages are read from the UI thread and from a search
    mutable std::list<std::pair<qint32, std::shared_ptr<const Page>>> m_pageOrder; // newest first
    mutable std::unordered_map<qint32, decltype(m_pageOrder)::iterator> m_pages;
    mutable qint64 m_pageNodes = 0;
    QByteArray m_pretty;        // XML and Text
    QList<qint64> m_lineStarts; // XML and Text
    qint32 m_lineCount = 0;
    qint64 m_prettySize = 0;
    QString m_error;

    friend class JsonTableBuilder;
    friend class JsonOutlineBuilder;
    friend class JsonStreamOutlineBuilder;
    friend class XmlOutlineBuilder;
    friend class OutlineSearch;
    friend class OutlineText;
};
