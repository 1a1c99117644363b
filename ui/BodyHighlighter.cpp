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
    QTextCharFormat key, string, number, literal; // JSON: read token by token
    QList<Rule> xml;
};

Rules makeRules(bool dark)
{
    using SeverityStyle::Syntax;
    const auto c = [dark](Syntax kind) { return SeverityStyle::syntax(kind, dark); };
    Rules made;
    made.key = makeFormat(c(Syntax::Key), true);
    made.string = makeFormat(c(Syntax::String));
    made.number = makeFormat(c(Syntax::Number));
    made.literal = makeFormat(c(Syntax::Literal), true);
    made.xml = {
        {QRegularExpression(QStringLiteral("</?[\\w:.-]+|/?>")), makeFormat(c(Syntax::Tag), true)},
        {QRegularExpression(QStringLiteral("\\s([\\w:.-]+)=")), makeFormat(c(Syntax::Attribute)),
         1},
        {QRegularExpression(QStringLiteral("\"[^\"]*\"")), makeFormat(c(Syntax::String))},
        {QRegularExpression(QStringLiteral("<!--.*-->")), makeFormat(c(Syntax::Comment))},
    };
    return made;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

// One JSON line, token by token: a string is one colour from quote to quote (the digits of an
// OID or a timestamp inside it too), a key is a string followed by a colon; numbers and
// true/false/null only outside strings.
QList<QTextLayout::FormatRange> jsonRanges(const Rules &rules, const QString &line)
{
    QList<QTextLayout::FormatRange> out;
    const qsizetype n = line.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('"')) {
            qsizetype end = i + 1;
            while (end < n && line.at(end) != QLatin1Char('"'))
                end += line.at(end) == QLatin1Char('\\') ? 2 : 1;
            end = qMin(end + 1, n); // past the closing quote (or the line's end: cut off)
            qsizetype next = end;
            while (next < n && line.at(next).isSpace())
                ++next;
            const bool key = next < n && line.at(next) == QLatin1Char(':');
            out.append({int(i), int(end - i), key ? rules.key : rules.string});
            i = end;
        } else if ((c.isDigit() || c == QLatin1Char('-')) &&
                   (i == 0 || !isWordChar(line.at(i - 1)))) {
            static const QRegularExpression number(
                QStringLiteral("-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?"));
            const auto m = number.match(line, i, QRegularExpression::NormalMatch,
                                        QRegularExpression::AnchorAtOffsetMatchOption);
            const qsizetype end = m.hasMatch() ? m.capturedEnd() : i + 1;
            if (m.hasMatch() && (end == n || !isWordChar(line.at(end))))
                out.append({int(i), int(end - i), rules.number});
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i;
            while (end < n && isWordChar(line.at(end)))
                ++end;
            const QStringView word = QStringView(line).mid(i, end - i);
            if (word == QLatin1String("true") || word == QLatin1String("false") ||
                word == QLatin1String("null"))
                out.append({int(i), int(end - i), rules.literal});
            i = end;
        } else {
            ++i;
        }
    }
    return out;
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
    if (mode == Mode::Json)
        return jsonRanges(rules(), line);
    for (const Rule &rule : rules().xml) {
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
    // XML: later rules win where they overlap, as setFormat does. JSON ranges do not overlap.
    for (const QTextLayout::FormatRange &r : ranges(m_mode, text))
        setFormat(r.start, r.length, r.format);
}
