#pragma once

class QCoreApplication;
class QString;

namespace guichet {

/// Installs Guichet's translation and Qt's own for `language` ("fr", "en"; empty: the system
/// locale's, French under a French locale, English otherwise). Returns the language installed.
QString installTranslations(QCoreApplication& app, const QString& language);

} // namespace guichet
