#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace guichet {

QString installTranslations(QCoreApplication& app, const QString& language)
{
    QString chosen = language.toLower();
    if (chosen.isEmpty()) {
        chosen =
            QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    }
    QLocale::setDefault(QLocale(chosen == u"fr" ? QLocale::French : QLocale::English,
                                chosen == u"fr" ? QLocale::France : QLocale::UnitedKingdom));
    // English is the source language: nothing to load for it.
    if (chosen == u"en") {
        return chosen;
    }
    auto* guichet = new QTranslator(&app);
    if (guichet->load(QStringLiteral(":/i18n/guichet_%1.qm").arg(chosen))) {
        QCoreApplication::installTranslator(guichet);
    } else {
        delete guichet;
        return QStringLiteral("en");
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(chosen),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return chosen;
}

} // namespace guichet
