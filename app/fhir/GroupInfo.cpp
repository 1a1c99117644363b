#include "GroupInfo.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <simdjson.h>

namespace {
QString conceptText(const QJsonObject &cc)
{
    if (cc.contains(QLatin1String("text")))
        return cc.value(QLatin1String("text")).toString();
    const QJsonObject coding = cc.value(QLatin1String("coding")).toArray().first().toObject();
    return coding.value(QLatin1String("display"))
        .toString(coding.value(QLatin1String("code")).toString());
}
} // namespace

GroupInfo GroupInfo::fromJson(const QJsonObject &g)
{
    GroupInfo info;
    info.id = g.value(QLatin1String("id")).toString();
    info.name = g.value(QLatin1String("name")).toString();
    info.type = g.value(QLatin1String("type")).toString();
    if (g.value(QLatin1String("actual")).isBool())
        info.actual = g.value(QLatin1String("actual")).toBool();
    if (g.value(QLatin1String("quantity")).isDouble())
        info.quantity = qint64(g.value(QLatin1String("quantity")).toDouble());
    info.members = g.value(QLatin1String("member")).toArray().size();
    for (const QJsonValue &v : g.value(QLatin1String("characteristic")).toArray()) {
        const QJsonObject c = v.toObject();
        QString value;
        for (auto it = c.begin(); it != c.end(); ++it) {
            if (!it.key().startsWith(QLatin1String("value")))
                continue;
            value = it.value().isObject() ? conceptText(it.value().toObject())
                    : it.value().isBool()
                        ? (it.value().toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                        : it.value().toVariant().toString();
        }
        const QString text = QStringLiteral("%1 = %2").arg(
            conceptText(c.value(QLatin1String("code")).toObject()), value);
        info.characteristics << (c.value(QLatin1String("exclude")).toBool()
                                     ? tr("not: %1").arg(text)
                                     : text);
    }
    return info;
}

QJsonObject GroupInfo::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("members"), members},
                  {QStringLiteral("characteristics"), QJsonArray::fromStringList(characteristics)}};
    o.insert(QStringLiteral("actual"), actual ? QJsonValue(*actual) : QJsonValue());
    o.insert(QStringLiteral("quantity"), quantity ? QJsonValue(*quantity) : QJsonValue());
    return o;
}

std::optional<SearchPage> SearchPage::parse(const QByteArray &json, QString *error)
{
    QJsonParseError err{};
    const QJsonObject b = QJsonDocument::fromJson(json, &err).object();
    if (err.error != QJsonParseError::NoError) {
        *error =
            tr("The answer is not JSON (%1 at byte %2).").arg(err.errorString()).arg(err.offset);
        return std::nullopt;
    }
    if (b.value(QLatin1String("resourceType")).toString() != QLatin1String("Bundle")) {
        *error = tr("The answer is a %1, not a Bundle.")
                     .arg(b.value(QLatin1String("resourceType")).toString());
        return std::nullopt;
    }
    SearchPage page;
    for (const QJsonValue &e : b.value(QLatin1String("entry")).toArray()) {
        const QJsonObject r = e.toObject().value(QLatin1String("resource")).toObject();
        if (!r.isEmpty())
            page.resources << r;
    }
    for (const QJsonValue &l : b.value(QLatin1String("link")).toArray()) {
        if (l.toObject().value(QLatin1String("relation")).toString() == QLatin1String("next"))
            page.next = QUrl(l.toObject().value(QLatin1String("url")).toString());
    }
    if (b.value(QLatin1String("total")).isDouble())
        page.total = qint64(b.value(QLatin1String("total")).toDouble());
    return page;
}

GroupMembers GroupMembers::parse(const QByteArray &json)
{
    // simdjson reads a 100,000-member Group (about 8 MB) in milliseconds; the members become
    // rows directly, the Group's few other elements go through QJsonDocument for GroupInfo.
    GroupMembers p;
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (parser.parse(json.constData(), size_t(json.size())).get(root)) {
        p.error = tr("The Group is not valid JSON.");
        return p;
    }
    simdjson::dom::object object;
    if (root.get_object().get(object)) {
        p.error = tr("The Group is not a JSON object.");
        return p;
    }
    auto text = [](simdjson::dom::element e) {
        std::string_view s;
        return e.get_string().get(s) ? QString() : QString::fromUtf8(s.data(), qsizetype(s.size()));
    };
    QJsonObject summary;
    for (auto [key, value] : object) {
        if (key != "member") {
            const std::string raw = simdjson::minify(value);
            const QByteArray wrapped =
                "{\"v\":" + QByteArray(raw.data(), qsizetype(raw.size())) + '}';
            summary.insert(QString::fromUtf8(key.data(), qsizetype(key.size())),
                           QJsonDocument::fromJson(wrapped).object().value(QLatin1String("v")));
            continue;
        }
        simdjson::dom::array members;
        if (value.get_array().get(members)) {
            p.error = tr("The Group's member element is not an array.");
            return p;
        }
        p.members.reserve(qsizetype(members.size()));
        for (simdjson::dom::element item : members) {
            Member member;
            simdjson::dom::element e;
            if (!item.at_key("entity").get(e)) {
                simdjson::dom::element v;
                if (!e.at_key("reference").get(v))
                    member.reference = text(v);
                if (!e.at_key("display").get(v))
                    member.display = text(v);
            }
            if (!item.at_key("period").get(e)) {
                simdjson::dom::element v;
                if (!e.at_key("start").get(v))
                    member.start = text(v);
                if (!e.at_key("end").get(v))
                    member.end = text(v);
            }
            bool inactive = false;
            if (!item.at_key("inactive").get(e) && !e.get_bool().get(inactive))
                member.inactive = inactive;
            p.members.append(std::move(member));
        }
    }
    if (summary.value(QLatin1String("resourceType")).toString() != QLatin1String("Group")) {
        p.error = tr("The answer is a %1, not a Group.")
                      .arg(summary.value(QLatin1String("resourceType")).toString());
        p.members.clear();
        return p;
    }
    p.info = GroupInfo::fromJson(summary);
    p.info.members = p.members.size();
    return p;
}
