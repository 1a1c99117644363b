#include "JsonDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

QString JsonDiff::child(const QString &path, const QString &key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (plain.match(key).hasMatch())
        return path + QLatin1Char('.') + key;
    QString quoted = key;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return path + QStringLiteral("[\"") + quoted + QStringLiteral("\"]");
}

QString JsonDiff::child(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString JsonDiff::brief(const QJsonValue &v)
{
    QString text;
    if (v.isObject())
        text = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    else if (v.isArray())
        text = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    else if (!v.isUndefined()) // a scalar as JSON writes it: [x] without the brackets
        text = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                   .mid(1)
                   .chopped(1);
    return text.size() > kMaxText ? text.left(kMaxText) + QChar(0x2026) : text;
}

JsonDiff::Result JsonDiff::compare(const QJsonValue &left, const QJsonValue &right,
                                   const Limits &limits)
{
    struct Pending
    {
        QString path;
        QJsonValue a;
        QJsonValue b;
    };
    Result result;
    QList<Pending> stack{{QStringLiteral("$"), left, right}};
    const auto add = [&](Change::Kind kind, const QString &path, const QJsonValue &a,
                         const QJsonValue &b) {
        if (result.changes.size() >= limits.maxChanges) {
            result.stoppedAtChanges = true;
            return;
        }
        result.changes.append({kind, path, kind == Change::Kind::Added ? QString() : brief(a),
                               kind == Change::Kind::Removed ? QString() : brief(b)});
    };
    while (!stack.isEmpty() && !result.stoppedAtChanges) {
        if (++result.nodes > limits.maxNodes) {
            result.stoppedAtNodes = true;
            break;
        }
        const Pending p = stack.takeLast();
        if (p.a.isUndefined()) {
            add(Change::Kind::Added, p.path, p.a, p.b);
        } else if (p.b.isUndefined()) {
            add(Change::Kind::Removed, p.path, p.a, p.b);
        } else if (p.a.type() != p.b.type()) {
            add(Change::Kind::Changed, p.path, p.a, p.b);
        } else if (p.a.isObject()) {
            const QJsonObject a = p.a.toObject();
            const QJsonObject b = p.b.toObject();
            QList<Pending> children; // in key order; pushed reversed so they pop in order
            QStringList keys = a.keys();
            for (const QString &k : b.keys())
                if (!a.contains(k))
                    keys.append(k);
            std::sort(keys.begin(), keys.end());
            for (const QString &k : std::as_const(keys))
                children.append({child(p.path, k), a.value(k), b.value(k)});
            for (auto it = children.crbegin(); it != children.crend(); ++it)
                stack.append(*it);
        } else if (p.a.isArray()) {
            const QJsonArray a = p.a.toArray();
            const QJsonArray b = p.b.toArray();
            for (qsizetype i = qMax(a.size(), b.size()) - 1; i >= 0; --i)
                stack.append({child(p.path, i),
                              i < a.size() ? a.at(i) : QJsonValue(QJsonValue::Undefined),
                              i < b.size() ? b.at(i) : QJsonValue(QJsonValue::Undefined)});
        } else if (p.a != p.b) {
            add(Change::Kind::Changed, p.path, p.a, p.b);
        }
    }
    return result;
}
