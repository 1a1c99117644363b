#include "PostmanCollection.h"

#include "app/workbench/AuthTemplate.h"
#include "app/workbench/HttpFileParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace {

QString text(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isNull() || v.isUndefined())
        return {};
    return v.toVariant().toString();
}

// "Content-Type: x\nAccept: y" (v2.0 allows the headers as one string) or [{key, value}].
QList<QPair<QString, QString>> headerPairs(const QJsonValue &v)
{
    QList<QPair<QString, QString>> out;
    if (v.isString()) {
        for (const QString &line : v.toString().split(QLatin1Char('\n'))) {
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            if (colon > 0)
                out.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        return out;
    }
    for (const QJsonValue &h : v.toArray()) {
        const QJsonObject o = h.toObject();
        if (!o.value(QLatin1String("disabled")).toBool())
            out.append({text(o.value(QLatin1String("key"))).trimmed(),
                        text(o.value(QLatin1String("value"))).trimmed()});
    }
    return out;
}

QString joined(const QJsonValue &v, QChar separator)
{
    if (!v.isArray())
        return text(v);
    QStringList parts;
    for (const QJsonValue &p : v.toArray())
        parts << (p.isObject() ? text(p.toObject().value(QLatin1String("value"))) : text(p));
    return parts.join(separator);
}

QString urlOf(const QJsonValue &v)
{
    if (!v.isObject())
        return text(v).trimmed();
    const QJsonObject u = v.toObject();
    QString url = text(u.value(QLatin1String("raw"))).trimmed();
    if (url.isEmpty()) {
        const QString protocol = text(u.value(QLatin1String("protocol")));
        url = (protocol.isEmpty() ? QString() : protocol + QStringLiteral("://")) +
              joined(u.value(QLatin1String("host")), QLatin1Char('.'));
        const QString port = text(u.value(QLatin1String("port")));
        if (!port.isEmpty())
            url += QLatin1Char(':') + port;
        const QString path = joined(u.value(QLatin1String("path")), QLatin1Char('/'));
        if (!path.isEmpty())
            url += (path.startsWith(QLatin1Char('/')) ? QString() : QStringLiteral("/")) + path;
        QStringList query;
        for (const QJsonValue &q : u.value(QLatin1String("query")).toArray()) {
            const QJsonObject o = q.toObject();
            if (!o.value(QLatin1String("disabled")).toBool())
                query << text(o.value(QLatin1String("key"))) + QLatin1Char('=') +
                             text(o.value(QLatin1String("value")));
        }
        if (!query.isEmpty())
            url += QLatin1Char('?') + query.join(QLatin1Char('&'));
    }
    // Path variables: /Group/:id with {"key": "id", "value": "1"}.
    for (const QJsonValue &pv : u.value(QLatin1String("variable")).toArray()) {
        const QJsonObject o = pv.toObject();
        const QString key = text(o.value(QLatin1String("key")));
        if (key.isEmpty())
            continue;
        const QRegularExpression segment(
            QStringLiteral("/:%1(?=[/?#]|$)").arg(QRegularExpression::escape(key)));
        url.replace(segment, QLatin1Char('/') + text(o.value(QLatin1String("value"))));
    }
    return url;
}

// The bearer token of an auth object: v2.1 [{key: "token", value}] or v2.0 {token}.
QString bearerToken(const QJsonObject &auth)
{
    const QJsonValue b = auth.value(QLatin1String("bearer"));
    if (b.isObject())
        return text(b.toObject().value(QLatin1String("token")));
    for (const QJsonValue &p : b.toArray()) {
        const QJsonObject o = p.toObject();
        if (text(o.value(QLatin1String("key"))) == QLatin1String("token"))
            return text(o.value(QLatin1String("value")));
    }
    return {};
}

bool inherits(const QJsonValue &auth)
{
    const QString type = text(auth.toObject().value(QLatin1String("type")));
    return !auth.isObject() || type.isEmpty() || type == QLatin1String("inherit");
}

// What a folder passes down to the requests inside it.
struct Context
{
    QStringList folder;
    QJsonObject auth; // the nearest auth that is not "inherit"; empty: none anywhere
    QString authOwner;
    QStringList scripts;
};

class Walker
{
public:
    RequestCollection collection;
    QStringList authVariables;

    QStringList scripts(const QJsonValue &events, const QString &owner) const
    {
        QStringList out;
        for (const QJsonValue &e : events.toArray()) {
            const QJsonObject o = e.toObject();
            const QJsonObject script = o.value(QLatin1String("script")).toObject();
            const QString code = joined(script.value(QLatin1String("exec")), QLatin1Char('\n'));
            if (code.trimmed().isEmpty() || o.value(QLatin1String("disabled")).toBool())
                continue;
            const QString listen = text(o.value(QLatin1String("listen")));
            out << (listen == QLatin1String("prerequest")
                        ? PostmanCollection::tr("pre-request script (%1)")
                        : PostmanCollection::tr("test script (%1)"))
                       .arg(owner);
        }
        return out;
    }

    void items(const QJsonArray &list, const Context &context)
    {
        for (const QJsonValue &v : list) {
            const QJsonObject item = v.toObject();
            const QString name = text(item.value(QLatin1String("name")));
            if (!item.value(QLatin1String("item")).isArray()) {
                request(item, context);
                continue;
            }
            Context inner = context;
            inner.folder.append(name);
            const QString owner =
                PostmanCollection::tr("folder %1").arg(inner.folder.join(QStringLiteral(" / ")));
            if (!inherits(item.value(QLatin1String("auth")))) {
                inner.auth = item.value(QLatin1String("auth")).toObject();
                inner.authOwner = owner;
            }
            inner.scripts += scripts(item.value(QLatin1String("event")), owner);
            items(item.value(QLatin1String("item")).toArray(), inner);
        }
    }

private:
    void request(const QJsonObject &item, const Context &context)
    {
        SavedRequest r;
        r.name = text(item.value(QLatin1String("name"))).simplified();
        r.folder = context.folder;
        r.skippedScripts = context.scripts + scripts(item.value(QLatin1String("event")),
                                                     PostmanCollection::tr("request"));
        const QJsonValue request = item.value(QLatin1String("request"));
        const QJsonObject o = request.toObject();
        r.url = request.isString() ? request.toString().trimmed()
                                   : urlOf(o.value(QLatin1String("url")));
        const QString method = text(o.value(QLatin1String("method"))).trimmed().toUpper();
        r.method = method.isEmpty() ? QStringLiteral("GET") : method;
        headers(r, o.value(QLatin1String("header")));
        body(r, o.value(QLatin1String("body")).toObject());
        QJsonObject auth = context.auth;
        QString owner = context.authOwner;
        if (!inherits(o.value(QLatin1String("auth")))) {
            auth = o.value(QLatin1String("auth")).toObject();
            owner = PostmanCollection::tr("request");
        }
        authorize(r, auth, owner);
        collection.requests.append(r);
    }

    void headers(SavedRequest &r, const QJsonValue &list)
    {
        static const QRegularExpression validName(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
        for (const auto &[name, value] : headerPairs(list)) {
            if (!validName.match(name).hasMatch()) {
                r.notices << PostmanCollection::tr(
                                 "The header \"%1\" is not a valid header name: left out.")
                                 .arg(name);
                continue;
            }
            if (AuthTemplate::isAuthorization(name)) {
                const AuthTemplate t = AuthTemplate::read(value);
                if (t.kind == AuthTemplate::Kind::Variable) {
                    r.headers.append({name, value, 0});
                    secret(t.variable);
                } else if (t.kind == AuthTemplate::Kind::Empty) {
                    r.headers.append({name, value, 0});
                } else {
                    r.notices << PostmanCollection::tr(
                        "The Authorization header written in the collection is not "
                        "used (a token is never taken from a file): {{token}}, the "
                        "profile's token, is sent instead.");
                    r.headers.append({name, AuthTemplate::bearer(QStringLiteral("token")), 0});
                }
                continue;
            }
            if (HttpFileParser::looksLikeToken(value)) {
                r.notices << PostmanCollection::tr(
                                 "The header %1 held what looks like a token: left out (a token "
                                 "is never taken from a file).")
                                 .arg(name);
                continue;
            }
            r.headers.append({name, value, 0});
        }
    }

    void body(SavedRequest &r, const QJsonObject &b)
    {
        const QString mode = text(b.value(QLatin1String("mode")));
        if (b.isEmpty() || mode.isEmpty() || b.value(QLatin1String("disabled")).toBool())
            return;
        if (mode == QLatin1String("raw")) {
            QString raw = text(b.value(QLatin1String("raw")));
            raw.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            // As a .http file keeps it: no blank lines before or after.
            static const QRegularExpression edges(QStringLiteral("^\\s*\\n|\\s+$"));
            r.body = raw.remove(edges);
            return;
        }
        if (mode == QLatin1String("urlencoded")) {
            QStringList pairs;
            for (const QJsonValue &p : b.value(QLatin1String("urlencoded")).toArray()) {
                const QJsonObject o = p.toObject();
                if (o.value(QLatin1String("disabled")).toBool())
                    continue;
                pairs << QString::fromLatin1(
                             QUrl::toPercentEncoding(text(o.value(QLatin1String("key"))))) +
                             QLatin1Char('=') +
                             QString::fromLatin1(
                                 QUrl::toPercentEncoding(text(o.value(QLatin1String("value")))));
            }
            r.body = pairs.join(QLatin1Char('&'));
            const bool typed = std::any_of(r.headers.cbegin(), r.headers.cend(), [](const auto &h) {
                return h.name.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0;
            });
            if (!typed && !r.body.isEmpty())
                r.headers.append({QStringLiteral("Content-Type"),
                                  QStringLiteral("application/x-www-form-urlencoded"), 0});
            return;
        }
        r.notices << PostmanCollection::tr(
                         "The body (mode %1) is not converted: the request is sent without one.")
                         .arg(mode);
    }

    void authorize(SavedRequest &r, const QJsonObject &auth, const QString &owner)
    {
        if (r.authorization() || auth.isEmpty())
            return; // a header of its own wins; no auth anywhere: the profile's token
        const QString type = text(auth.value(QLatin1String("type")));
        if (type == QLatin1String("noauth")) {
            r.noAuth = true;
            return;
        }
        if (type != QLatin1String("bearer")) {
            r.notices << PostmanCollection::tr(
                             "The collection's auth of type %1 (%2) is not supported: the "
                             "profile's token is sent as Bearer instead.")
                             .arg(type, owner);
            return;
        }
        const QString token = bearerToken(auth).trimmed();
        const AuthTemplate t = AuthTemplate::read(token);
        if (t.kind == AuthTemplate::Kind::Variable && t.mode == AuthMode::Raw) {
            r.headers.append(
                {QStringLiteral("Authorization"), AuthTemplate::bearer(t.variable), 0});
            secret(t.variable);
            return;
        }
        if (!token.isEmpty())
            r.notices << PostmanCollection::tr(
                             "The bearer token written in the collection (%1) is not used (a "
                             "token is never taken from a file): {{token}}, the profile's token, "
                             "is sent instead.")
                             .arg(owner);
        r.headers.append(
            {QStringLiteral("Authorization"), AuthTemplate::bearer(QStringLiteral("token")), 0});
    }

    void secret(const QString &name)
    {
        if (name != QLatin1String("token") && !authVariables.contains(name))
            authVariables.append(name);
    }
};

void readVariables(const QJsonArray &list, Walker &walker)
{
    RequestCollection &c = walker.collection;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        QString name = text(o.value(QLatin1String("key")));
        if (name.isEmpty())
            name = text(o.value(QLatin1String("id")));
        if (name.isEmpty() || o.value(QLatin1String("disabled")).toBool() || c.variable(name))
            continue;
        const QString value = text(o.value(QLatin1String("value")));
        const bool carriesToken = walker.authVariables.contains(name) ||
                                  name == QLatin1String("token") ||
                                  HttpFileParser::looksLikeToken(value);
        if (carriesToken) {
            if (!walker.authVariables.contains(name) && name != QLatin1String("token"))
                walker.authVariables.append(name);
            if (!value.isEmpty())
                c.notices << PostmanCollection::tr(
                                 "The collection variable %1 carries a token: its value is not "
                                 "used (a token is never taken from a file). Give it from an "
                                 "environment, or use {{token}}, the profile's token.")
                                 .arg(name);
            continue;
        }
        c.variables.append({name, value, 0});
    }
    c.secretVariables = walker.authVariables;
}

} // namespace

bool PostmanCollection::looksLikeCollection(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    return root.value(QLatin1String("info")).isObject() &&
           (root.value(QLatin1String("item")).isArray() ||
            root.value(QLatin1String("requests")).isArray());
}

std::optional<RequestCollection> PostmanCollection::read(const QByteArray &json,
                                                         const QString &source, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("Not a Postman collection: it is not valid JSON (%1 at byte %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const QJsonObject info = root.value(QLatin1String("info")).toObject();
    if (root.value(QLatin1String("requests")).isArray() && !root.contains(QLatin1String("item"))) {
        *error = tr("This is a Postman collection of format v1, which is not read here: export "
                    "it from Postman as Collection v2.1.");
        return std::nullopt;
    }
    if (info.isEmpty() || !root.value(QLatin1String("item")).isArray()) {
        *error = root.value(QLatin1String("values")).isArray()
                     ? tr("This is a Postman environment, not a collection: give it with --env.")
                     : tr("Not a Postman collection: there is no info and item in it.");
        return std::nullopt;
    }
    Walker walker;
    walker.collection.name = text(info.value(QLatin1String("name")));
    walker.collection.source = source;
    Context top;
    if (!inherits(root.value(QLatin1String("auth")))) {
        top.auth = root.value(QLatin1String("auth")).toObject();
        top.authOwner = tr("collection");
    }
    top.scripts = walker.scripts(root.value(QLatin1String("event")), tr("collection"));
    walker.items(root.value(QLatin1String("item")).toArray(), top);
    readVariables(root.value(QLatin1String("variable")).toArray(), walker);
    return walker.collection;
}
