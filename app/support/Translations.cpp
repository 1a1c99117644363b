#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

QString install(QCoreApplication *app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *ours = new QTranslator(app);
    // English is a translation too: it holds the plural forms ("1 call", "2 calls").
    if (ours->load(locale, QStringLiteral("fhirbulk"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")) ||
        ours->load(QStringLiteral(":/i18n/fhirbulk_en.qm"))) {
        QCoreApplication::installTranslator(ours);
    } else {
        delete ours;
        return QStringLiteral("en");
    }
    // Qt's own strings (standard buttons), when the distribution ships them.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(locale);
    return locale.name().left(2);
}

} // namespace Translations
