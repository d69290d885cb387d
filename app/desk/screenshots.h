#pragma once

// `guichet --screenshots DIR`: draws the desk's main screens from the open store into PNG files, so
// that the README's pictures are made from the demo data by a script and stay current.

#include <QString>

namespace guichet::ui {
class MainWindow;
}

namespace guichet::desk {

/// Writes DIR/orders.png, DIR/order.png, DIR/summary.png (and the viewer detached, if shown).
/// Returns the number of files written; an error line goes to stderr for each that failed.
int saveScreenshots(ui::MainWindow& window, const QString& directory);

} // namespace guichet::desk
