#include "BodyHighlighter.h"

#include "ui/SeverityStyle.h"

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

Rules makeRules(bool dark)
{
    using SeverityStyle::Syntax;
    const auto c = [dark](Syntax kind) { return SeverityStyle::syntax(kind, dark); };
    const QColor key = c(Syntax::Key), string = c(Syntax::String), number = c(Syntax::Number),
                 literal = c(Syntax::Literal), tag = c(Syntax::Tag), attr = c(Syntax::Attribute),
                 comment = c(Syntax::Comment);
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
}

// Built once per palette kind (light or dark), on the GUI thread.
const Rules &rules()
{
    static const Rules light = makeRules(false);
    static const Rules dark = makeRules(true);
    return SeverityStyle::isDark() ? dark : light;
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
