#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrl>
#include <optional>

// The summary of a FHIR Group for lists: name, type, actual, quantity, characteristics in
// words, and the number of members.
struct GroupInfo
{
    Q_DECLARE_TR_FUNCTIONS(GroupInfo)
public:
    QString id;
    QString name;
    QString type;
    std::optional<bool> actual;
    std::optional<qint64> quantity;
    qint64 members = 0;
    QStringList characteristics; // "Condition = Diabetes mellitus type 2", "not: ..."

    static GroupInfo fromJson(const QJsonObject &group);
    QJsonObject toJson() const;
};

// One page of a FHIR search: the resources of its entries, the `next` link and `total`.
struct SearchPage
{
    Q_DECLARE_TR_FUNCTIONS(SearchPage)
public:
    QList<QJsonObject> resources;
    QUrl next;
    std::optional<qint64> total;

    static std::optional<SearchPage> parse(const QByteArray &json, QString *error);
};

// A whole Group read for its member list: the summary, every member (entity reference, display,
// period, inactive) and, when it is not a Group, why. parse() uses simdjson (a 100,000-member
// Group, about 8 MB, in milliseconds) and is safe to run on any thread.
struct GroupMembers
{
    Q_DECLARE_TR_FUNCTIONS(GroupMembers)
public:
    struct Member
    {
        QString reference;
        QString display;
        QString start;
        QString end;
        bool inactive = false;
    };
    GroupInfo info;
    QList<Member> members;
    QString error;

    static GroupMembers parse(const QByteArray &json);
};
