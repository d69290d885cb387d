#include "desk_settings.h"

#include <QSettings>
#include <algorithm>

namespace guichet::ui {
namespace {

QVariant value(const char* key)
{
    return QSettings().value(QLatin1String(key));
}
void setValue(const char* key, const QVariant& value)
{
    QSettings().setValue(QLatin1String(key), value);
}

} // namespace

QString DeskSettings::language()
{
    return value("ui/language").toString();
}
void DeskSettings::setLanguage(const QString& language)
{
    setValue("ui/language", language);
}
QByteArray DeskSettings::windowGeometry()
{
    return value("window/geometry").toByteArray();
}
void DeskSettings::setWindowGeometry(const QByteArray& geometry)
{
    setValue("window/geometry", geometry);
}
QByteArray DeskSettings::windowState()
{
    return value("window/state").toByteArray();
}
void DeskSettings::setWindowState(const QByteArray& state)
{
    setValue("window/state", state);
}
QByteArray DeskSettings::orderListState()
{
    return value("orders/header").toByteArray();
}
void DeskSettings::setOrderListState(const QByteArray& state)
{
    setValue("orders/header", state);
}
QByteArray DeskSettings::orderPageState()
{
    return value("order/splitters").toByteArray();
}
void DeskSettings::setOrderPageState(const QByteArray& state)
{
    setValue("order/splitters", state);
}
int DeskSettings::idleLockMinutes()
{
    bool ok = false;
    const int minutes = value("lock/idleMinutes").toInt(&ok);
    // An unreadable or negative value locks at the default rather than never.
    if (!ok || minutes < 0) {
        return defaultIdleLockMinutes;
    }
    return std::min(minutes, maximumIdleLockMinutes);
}
void DeskSettings::setIdleLockMinutes(int minutes)
{
    setValue("lock/idleMinutes", std::clamp(minutes, 0, maximumIdleLockMinutes));
}

} // namespace guichet::ui
