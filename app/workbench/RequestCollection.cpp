#include "RequestCollection.h"

const FileVariable *RequestCollection::variable(const QString &name) const
{
    for (const FileVariable &v : variables) {
        if (v.name == name)
            return &v;
    }
    return nullptr;
}

QList<QStringList> RequestCollection::folders() const
{
    QList<QStringList> out;
    for (const SavedRequest &r : requests) {
        if (!out.contains(r.folder))
            out.append(r.folder);
    }
    return out;
}
