#include "BodyHighlighter.h"

namespace {
QTextCharFormat makeFormat(const QColor &colour, bool bold = false)
{
    QTextCharFormat f;
    f.setForeground(colour);
    if (bold)
        f.setFontWeight(QFont::Bold);
    return f;
}

struct Rule
{
    QRegularExpression pattern;
    QTextCharFormat format;
    int group = 0;
};

struct Rules
{
    QList<Rule> json;
    QList<Rule> xml;
};

const Rules &rules()
{
    static const Rules r = [] {
        const QColor key(0x0b, 0x52, 0x94), string(0x0a, 0x6e, 0x31), number(0x9a, 0x4f, 0x00),
            literal(0x8b, 0x1a, 0x8b), tag(0x0b, 0x52, 0x94), attr(0x9a, 0x4f, 0x00),
            comment(0x6a, 0x73, 0x7d);
        Rules made;
        made.json = {
            {QRegularExpression(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"")), makeFormat(string)},
            {QRegularExpression(QStringLiteral("(\"(?:[^\"\\\\]|\\\\.)*\")\\s*:")),
             makeFormat(key, true), 1},
            {QRegularExpression(
                 QStringLiteral("(?<![\\w\"])-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?(?![\\w\"])")),
             makeFormat(number)},
            {QRegularExpression(QStringLiteral("\\b(?:true|false|null)\\b")),
             makeFormat(literal, true)},
        };
        made.xml = {
            {QRegularExpression(QStringLiteral("</?[\\w:.-]+|/?>")), makeFormat(tag, true)},
            {QRegularExpression(QStringLiteral("\\s([\\w:.-]+)=")), makeFormat(attr), 1},
            {QRegularExpression(QStringLiteral("\"[^\"]*\"")), makeFormat(string)},
            {QRegularExpression(QStringLiteral("<!--.*-->")), makeFormat(comment)},
        };
        return made;
    }();
    return r;
}

} // namespace

BodyHighlighter::BodyHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

QList<QTextLayout::FormatRange> BodyHighlighter::ranges(Mode mode, const QString &line)
{
    QList<QTextLayout::FormatRange> out;
    if (mode == Mode::None || line.size() > 20000)
        return out;
    for (const Rule &rule : mode == Mode::Json ? rules().json : rules().xml) {
        auto it = rule.pattern.globalMatch(line);
        while (it.hasNext()) {
            const auto m = it.next();
            out.append(
                {int(m.capturedStart(rule.group)), int(m.capturedLength(rule.group)), rule.format});
        }
    }
    return out;
}

void BodyHighlighter::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    rehighlight();
}

void BodyHighlighter::highlightBlock(const QString &text)
{
    // Later rules win where they overlap (a key's format over the string's), as setFormat does.
    for (const QTextLayout::FormatRange &r : ranges(m_mode, text))
        setFormat(r.start, r.length, r.format);
}
