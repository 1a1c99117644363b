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
} // namespace

BodyHighlighter::BodyHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    const QColor key(0x0b, 0x52, 0x94), string(0x0a, 0x6e, 0x31), number(0x9a, 0x4f, 0x00),
        literal(0x8b, 0x1a, 0x8b), tag(0x0b, 0x52, 0x94), attr(0x9a, 0x4f, 0x00),
        comment(0x6a, 0x73, 0x7d);
    m_json = {
        {QRegularExpression(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"")), makeFormat(string)},
        {QRegularExpression(QStringLiteral("(\"(?:[^\"\\\\]|\\\\.)*\")\\s*:")), makeFormat(key, true), 1},
        {QRegularExpression(QStringLiteral("(?<![\\w\"])-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?(?![\\w\"])")),
         makeFormat(number)},
        {QRegularExpression(QStringLiteral("\\b(?:true|false|null)\\b")), makeFormat(literal, true)},
    };
    m_xml = {
        {QRegularExpression(QStringLiteral("</?[\\w:.-]+|/?>")), makeFormat(tag, true)},
        {QRegularExpression(QStringLiteral("\\s([\\w:.-]+)=")), makeFormat(attr), 1},
        {QRegularExpression(QStringLiteral("\"[^\"]*\"")), makeFormat(string)},
        {QRegularExpression(QStringLiteral("<!--.*-->")), makeFormat(comment)},
    };
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
    if (m_mode == Mode::None || text.size() > 20000)
        return;
    const QList<Rule> &rules = m_mode == Mode::Json ? m_json : m_xml;
    for (const Rule &rule : rules) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            setFormat(int(m.capturedStart(rule.group)), int(m.capturedLength(rule.group)),
                      rule.format);
        }
    }
}
