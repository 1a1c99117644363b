#pragma once

#include <QString>

class QCoreApplication;

namespace Translations {
// Installs the embedded translation for `language` ("en", "de"), or for the system's UI
// languages when it is empty. Returns the language actually used.
QString install(QCoreApplication *app, const QString &language);
} // namespace Translations
