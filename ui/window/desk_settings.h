#pragma once

// What the desk remembers between runs (QSettings, the platform's usual place: ~/.config/guichet
// on Linux): the interface language, the window's layout and the idle time before the desk locks.
// Never secrets, never personal data.

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

    /// Minutes without activity before the desk locks itself (key `lock/idleMinutes`): 10 unless
    /// set, 0 for never, at most a day.
    static int idleLockMinutes();
    static void setIdleLockMinutes(int minutes);
    static constexpr int defaultIdleLockMinutes = 10;
    static constexpr int maximumIdleLockMinutes = 24 * 60;
};

} // namespace guichet::ui
