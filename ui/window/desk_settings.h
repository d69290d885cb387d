#pragma once

// What the desk remembers between runs (QSettings, the platform's usual place: ~/.config/guichet
// on Linux): the interface language and the window's layout. Never secrets, never personal data.

#include <QByteArray>
#include <QString>

namespace guichet::ui {

class DeskSettings
{
public:
    /// "fr", "en", or empty for the system's language.
    static QString language();
    static void setLanguage(const QString& language);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray& geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray& state);
    static QByteArray orderListState();
    static void setOrderListState(const QByteArray& state);
    static QByteArray orderPageState();
    static void setOrderPageState(const QByteArray& state);
};

} // namespace guichet::ui
