#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

// A structural comparison of two JSON values: the paths ($.entry[0].resource.id) added,
// removed and changed, not lines. Objects are compared key by key, arrays position by
// position; a subtree only one side has is one change, not one per leaf. The walk keeps its
// own stack (a deep document cannot exhaust the thread's) and stops at the limits, saying so.
class JsonDiff
{
public:
    struct Limits
    {
        int maxNodes = 500000; // values visited
        int maxChanges = 1000; // changes listed
    };
    struct Change
    {
        enum class Kind { Added, Removed, Changed };
        Kind kind = Kind::Changed;
        QString path;
        QString left;  // compact JSON, cut at kMaxText characters; empty when added
        QString right; // empty when removed
    };
    struct Result
    {
        QList<Change> changes; // in document order (object keys sorted)
        int nodes = 0;
        bool stoppedAtNodes = false;   // more values than maxNodes: the rest not compared
        bool stoppedAtChanges = false; // more changes than maxChanges: the rest not listed
    };
    static constexpr int kMaxText = 200;

    static Result compare(const QJsonValue &left, const QJsonValue &right, const Limits &limits);
    static QString child(const QString &path, const QString &key);
    static QString child(const QString &path, qsizetype index);
    // Compact JSON text of a value, cut at kMaxText characters.
    static QString brief(const QJsonValue &value);
};
