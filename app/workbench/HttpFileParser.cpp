#include "HttpFileParser.h"

#include "app/calls/Redaction.h"
#include "app/workbench/AuthTemplate.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace {

const QStringList &methods()
{
    static const QStringList list = {
        QStringLiteral("GET"),     QStringLiteral("POST"),   QStringLiteral("PUT"),
        QStringLiteral("PATCH"),   QStringLiteral("DELETE"), QStringLiteral("HEAD"),
        QStringLiteral("OPTIONS"), QStringLiteral("TRACE"),  QStringLiteral("CONNECT")};
    return list;
}

bool isComment(const QString &text)
{
    return text.startsWith(QLatin1Char('#')) || text.startsWith(QLatin1String("//"));
}

// The reading of one file, block by block (a block runs from one `###` line to the next).
class Reader
{
public:
    explicit Reader(HttpFileParser::Result *result) : m_result(result) {}

    void startBlock(const QString &name, int line)
    {
        finishBlock();
        m_request = SavedRequest();
        m_request.name = name;
        m_blockLine = line;
        m_phase = Phase::Preamble;
        m_hasRequest = false;
        m_body.clear();
    }

    void feed(const QString &line, int number)
    {
        const QString trimmed = line.trimmed();
        switch (m_phase) {
        case Phase::Preamble:
            if (trimmed.isEmpty())
                return;
            if (isComment(trimmed))
                directive(trimmed, number);
            else if (trimmed.startsWith(QLatin1Char('@')))
                variable(trimmed, number);
            else
                requestLine(trimmed, number);
            return;
        case Phase::Headers:
            if (trimmed.isEmpty())
                m_phase = Phase::Body;
            else if (isComment(trimmed))
                directive(trimmed, number);
            else if (line.at(0).isSpace() &&
                     (trimmed.startsWith(QLatin1Char('?')) || trimmed.startsWith(QLatin1Char('&'))))
                m_request.url += trimmed; // JetBrains: query parameters on indented lines
            else
                header(trimmed, number);
            return;
        case Phase::Body:
            if (isComment(line))
                directive(line, number);
            else
                m_body.append({number, line});
            return;
        }
    }

    void finishBlock()
    {
        if (!m_hasRequest) {
            if (!m_request.expectations.isEmpty() || m_request.noAuth)
                error(m_blockLine, HttpFileParser::tr("This block has expectations or @no-auth "
                                                      "but no request line (METHOD URL)."));
            return;
        }
        while (!m_body.isEmpty() && m_body.constFirst().second.trimmed().isEmpty())
            m_body.removeFirst();
        while (!m_body.isEmpty() && m_body.constLast().second.trimmed().isEmpty())
            m_body.removeLast();
        QStringList lines;
        for (const auto &l : std::as_const(m_body))
            lines << l.second;
        m_request.body = lines.join(QLatin1Char('\n'));
        m_request.bodyLine = m_body.isEmpty() ? 0 : m_body.constFirst().first;
        m_result->collection.requests.append(m_request);
        m_hasRequest = false;
    }

    void error(int line, const QString &message) { m_result->errors.append({line, message}); }

private:
    enum class Phase { Preamble, Headers, Body };

    void directive(const QString &comment, int number)
    {
        QString text = comment.startsWith(QLatin1Char('#')) ? comment.mid(1) : comment.mid(2);
        text = text.trimmed();
        static const QRegularExpression word(QStringLiteral("^@([a-z-]+)(?:\\s+|$)"));
        const auto m = word.match(text);
        if (!m.hasMatch())
            return; // a comment
        const QString rest = text.mid(m.capturedLength()).trimmed();
        if (m.captured(1) == QLatin1String("expect")) {
            QString problem;
            if (auto e = Expectation::parse(rest, &problem)) {
                e->line = number;
                m_request.expectations.append(*e);
            } else {
                error(number, problem);
            }
        } else if (m.captured(1) == QLatin1String("name")) {
            QString name = rest;
            if (name.startsWith(QLatin1Char('=')))
                name = name.mid(1).trimmed();
            m_request.name = name;
        } else if (m.captured(1) == QLatin1String("no-auth")) {
            m_request.noAuth = true;
        }
        // Other directives (JetBrains' @no-redirect, @timeout, …) are comments here.
    }

    void variable(const QString &text, int number)
    {
        static const QRegularExpression form(
            QStringLiteral("^@([A-Za-z_][A-Za-z0-9_.-]*)\\s*=\\s*(.*)$"));
        const auto m = form.match(text);
        if (!m.hasMatch()) {
            error(number, HttpFileParser::tr("A file variable is written @name = value."));
            return;
        }
        const QString name = m.captured(1);
        const QString value = m.captured(2).trimmed();
        if (name == QLatin1String("token")) {
            error(number, HttpFileParser::tr("@token cannot be set in a file: {{token}} is the "
                                             "profile's token, and a token is never kept in a "
                                             "file."));
            return;
        }
        if (HttpFileParser::looksLikeToken(value)) {
            error(number, HttpFileParser::tr("@%1 holds what looks like a token (%2): a token is "
                                             "never kept in a file. Use {{token}}, the profile's "
                                             "token, or give the value from an environment.")
                              .arg(name, QString::fromLatin1(
                                             Redaction::authorizationValue(value.toUtf8()))));
            return;
        }
        if (const FileVariable *earlier = m_result->collection.variable(name)) {
            error(number, HttpFileParser::tr("@%1 is defined twice (first on line %2).")
                              .arg(name)
                              .arg(earlier->line));
            return;
        }
        m_result->collection.variables.append({name, value, number});
    }

    void requestLine(const QString &text, int number)
    {
        static const QRegularExpression form(
            QStringLiteral("^(?:([A-Za-z]+)\\s+)?(\\S.*?)(?:\\s+HTTP/\\d(?:\\.\\d)?)?$"));
        const auto m = form.match(text);
        QString method = m.captured(1);
        QString url = m.captured(2);
        if (m.hasMatch() && !method.isEmpty() && !methods().contains(method)) {
            // "Group/1 HTTP/1.1" has no method; "get Group/1" has one written in lower case.
            if (methods().contains(method.toUpper())) {
                error(
                    number,
                    HttpFileParser::tr("Write the method in capitals: %1.").arg(method.toUpper()));
                return;
            }
            url = text;
            method.clear();
        }
        if (!m.hasMatch() || (url.contains(QLatin1Char(' ')) && method.isEmpty())) {
            error(number, HttpFileParser::tr("Not a request line: write METHOD URL, for example "
                                             "GET Group/1 (a header needs a request line above "
                                             "it)."));
            return;
        }
        m_request.method = method.isEmpty() ? QStringLiteral("GET") : method;
        m_request.url = url;
        m_request.line = number;
        m_hasRequest = true;
        m_phase = Phase::Headers;
    }

    void header(const QString &text, int number)
    {
        static const QRegularExpression form(
            QStringLiteral("^([!#$%&'*+.^_`|~0-9A-Za-z-]+)\\s*:\\s*(.*)$"));
        const auto m = form.match(text);
        if (!m.hasMatch()) {
            error(number, HttpFileParser::tr("Not a header (Name: value); a blank line must "
                                             "come before the body."));
            return;
        }
        const QString name = m.captured(1);
        const QString value = m.captured(2).trimmed();
        if (AuthTemplate::isAuthorization(name)) {
            const AuthTemplate t = AuthTemplate::read(value);
            if (t.kind == AuthTemplate::Kind::Literal ||
                t.kind == AuthTemplate::Kind::OtherScheme) {
                error(number, AuthTemplate::refusal(value));
                return;
            }
        } else if (HttpFileParser::looksLikeToken(value)) {
            error(number, HttpFileParser::tr("The %1 header holds what looks like a token (%2): "
                                             "a token is never kept in a file, and only the "
                                             "Authorization header carries one.")
                              .arg(name, QString::fromLatin1(
                                             Redaction::authorizationValue(value.toUtf8()))));
            return;
        }
        m_request.headers.append({name, value, number});
    }

    HttpFileParser::Result *m_result;
    SavedRequest m_request;
    QList<QPair<int, QString>> m_body;
    Phase m_phase = Phase::Preamble;
    bool m_hasRequest = false;
    int m_blockLine = 1;
};

// A variable the file defines and an Authorization header uses: the token would be in the file.
void checkTokenVariables(HttpFileParser::Result *result)
{
    RequestCollection &c = result->collection;
    for (const SavedRequest &r : std::as_const(c.requests)) {
        const RequestHeader *auth = r.authorization();
        if (!auth)
            continue;
        const AuthTemplate t = AuthTemplate::read(auth->value);
        if (t.kind != AuthTemplate::Kind::Variable || t.variable == QLatin1String("token"))
            continue;
        if (!c.secretVariables.contains(t.variable))
            c.secretVariables.append(t.variable);
        if (const FileVariable *v = c.variable(t.variable))
            result->errors.append(
                {v->line, HttpFileParser::tr("@%1 is the token of the Authorization header on "
                                             "line %2, and a token is never kept in a file: give "
                                             "it from an environment, or use {{token}}, the "
                                             "profile's token.")
                              .arg(t.variable)
                              .arg(auth->line)});
    }
}

} // namespace

bool HttpFileParser::looksLikeToken(const QString &text)
{
    static const QRegularExpression jwt(
        QStringLiteral("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"));
    return jwt.match(text).hasMatch();
}

HttpFileParser::Result HttpFileParser::parse(const QString &text, const QString &source)
{
    Result result;
    result.collection.source = source;
    result.collection.name = QFileInfo(source).completeBaseName();
    QString all = text;
    if (all.startsWith(QChar(0xFEFF)))
        all.remove(0, 1);
    const QStringList lines = all.split(QLatin1Char('\n'));
    Reader reader(&result);
    reader.startBlock({}, 1);
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.startsWith(QLatin1String("###")))
            reader.startBlock(line.mid(3).trimmed(), i + 1);
        else
            reader.feed(line, i + 1);
    }
    reader.finishBlock();
    checkTokenVariables(&result);
    std::stable_sort(result.errors.begin(), result.errors.end(),
                     [](const Problem &a, const Problem &b) { return a.line < b.line; });
    return result;
}
