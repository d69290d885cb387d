#pragma once

// `guichet --screenshots DIR`: draws the desk's screens from the open store into PNG files, so that
// the README's pictures are made from the demo data by a script and stay current.

#include <QString>

namespace guichet::ui {
class MainWindow;
}

namespace guichet::desk {

/// Writes DIR/lock.png (the desk as it opens), then, once logged in with the training token (training
/// mode only), DIR/orders.png, DIR/order.png, DIR/summary.png and DIR/lock-suspended.png (locked
/// during the operator's session). Returns the number of files written; an error line goes to stderr
/// for each that failed.
int saveScreenshots(ui::MainWindow& window, const QString& directory);

} // namespace guichet::desk
