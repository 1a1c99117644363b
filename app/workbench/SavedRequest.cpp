#include "SavedRequest.h"

QString SavedRequest::displayName(int index) const
{
    return name.isEmpty() ? QStringLiteral("#%1").arg(index + 1) : name;
}

const RequestHeader *SavedRequest::authorization() const
{
    for (const RequestHeader &h : headers) {
        if (h.name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0)
            return &h;
    }
    return nullptr;
}
