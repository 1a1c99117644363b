#include "GroupModels.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <simdjson.h>

GroupListModel::GroupListModel(QObject *parent) : QAbstractTableModel(parent) {}

void GroupListModel::clear()
{
    beginResetModel();
    m_groups.clear();
    m_next.clear();
    m_fetching = false;
    endResetModel();
}

void GroupListModel::appendPage(const QList<GroupInfo> &groups, const QUrl &next)
{
    m_fetching = false;
    m_next = next;
    if (groups.isEmpty())
        return;
    beginInsertRows({}, int(m_groups.size()), int(m_groups.size() + groups.size() - 1));
    m_groups += groups;
    endInsertRows();
}

void GroupListModel::upsert(const GroupInfo &group)
{
    for (int i = 0; i < m_groups.size(); ++i) {
        if (m_groups.at(i).id == group.id) {
            m_groups[i] = group;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            return;
        }
    }
    beginInsertRows({}, int(m_groups.size()), int(m_groups.size()));
    m_groups.append(group);
    endInsertRows();
}

const GroupInfo *GroupListModel::group(int row) const
{
    return row >= 0 && row < m_groups.size() ? &m_groups.at(row) : nullptr;
}

int GroupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int GroupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupListModel::data(const QModelIndex &index, int role) const
{
    const GroupInfo *g = index.isValid() ? group(index.row()) : nullptr;
    if (!g)
        return {};
    if (role == GroupIdRole)
        return g->id;
    if (role == Qt::ToolTipRole)
        return g->characteristics.join(QLatin1Char('\n'));
    if (role == Qt::TextAlignmentRole &&
        (index.column() == QuantityColumn || index.column() == MembersColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn:
        return g->id;
    case NameColumn:
        return g->name;
    case TypeColumn:
        return g->type;
    case ActualColumn:
        return g->actual ? (*g->actual ? tr("actual") : tr("descriptive")) : QString();
    case QuantityColumn:
        return g->quantity ? QVariant(*g->quantity) : QVariant();
    case MembersColumn:
        return g->members;
    }
    return {};
}

QVariant GroupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Id");
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case ActualColumn:
        return tr("Actual");
    case QuantityColumn:
        return tr("Quantity");
    case MembersColumn:
        return tr("Members");
    }
    return {};
}

bool GroupListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_next.isEmpty() && !m_fetching;
}

void GroupListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    Q_EMIT moreWanted(m_next);
}

GroupMembersModel::Parsed GroupMembersModel::parse(const QByteArray &json)
{
    // simdjson reads a 100,000-member Group (about 8 MB) in milliseconds; the members become
    // rows directly, the Group's few other elements go through QJsonDocument for GroupInfo.
    Parsed p;
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

GroupMembersModel::GroupMembersModel(QObject *parent) : QAbstractTableModel(parent) {}

void GroupMembersModel::setMembers(QList<Member> members)
{
    beginResetModel();
    m_members = std::move(members);
    endResetModel();
}

const GroupMembersModel::Member *GroupMembersModel::member(int row) const
{
    return row >= 0 && row < m_members.size() ? &m_members.at(row) : nullptr;
}

int GroupMembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int GroupMembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupMembersModel::data(const QModelIndex &index, int role) const
{
    const Member *m = index.isValid() ? member(index.row()) : nullptr;
    if (!m || role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ReferenceColumn:
        return m->reference;
    case DisplayColumn:
        return m->display;
    case StartColumn:
        return m->start;
    case EndColumn:
        return m->end;
    case InactiveColumn:
        return m->inactive ? tr("inactive") : QString();
    }
    return {};
}

QVariant GroupMembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ReferenceColumn:
        return tr("Entity");
    case DisplayColumn:
        return tr("Display");
    case StartColumn:
        return tr("Period start");
    case EndColumn:
        return tr("Period end");
    case InactiveColumn:
        return tr("Inactive");
    }
    return {};
}
