#include "Format.h"

#include <QCoreApplication>
#include <QLocale>

namespace Format {

QString size(qint64 bytes)
{
    if (bytes < 1024)
        return QCoreApplication::translate("Format", "%1 B").arg(bytes);
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace Format
