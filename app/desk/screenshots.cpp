#include "screenshots.h"

#include "identity/login_config.h"
#include "login/desk_lock.h"
#include "login/login_page.h"
#include "login/pin_edit.h"
#include "order/order_page.h"
#include "orders/order_list_model.h"
#include "orders/order_list_view.h"
#include "window/main_window.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QPixmap>
#include <QTableView>
#include <QTextStream>

namespace guichet::desk {
namespace {

/// Lets queued work (page fetches, checklist digests, page rendering) finish before a picture.
void settle(int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
}

/// Runs the event loop until `done` holds or `milliseconds` passed.
template <typename Predicate> bool waitFor(Predicate done, int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < milliseconds) {
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return done();
}

/// Types the training PIN on the lock screen, key by key as an operator would, and waits for the
/// desk to open. Training only: the training PIN is documented, never a secret.
bool logInForTraining(ui::MainWindow& window)
{
    ui::LoginPage* page = window.loginPage();
    if (page == nullptr || !page->isTraining() || page->tokenUris().isEmpty()) {
        return false;
    }
    ui::PinEdit* pin = page->pinEdit();
    for (const char* key = identity::trainingPin; *key != '\0'; ++key) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_0 + (*key - '0'), Qt::NoModifier,
                        QString(QLatin1Char(*key)));
        QApplication::sendEvent(pin, &press);
    }
    page->submit();
    if (!waitFor([&window] { return !window.isLocked(); }, 20000)) {
        QTextStream(stderr) << "guichet: the training login did not open the desk: " << page->errorText()
                            << Qt::endl;
        return false;
    }
    return true;
}

bool save(ui::MainWindow& window, const QDir& directory, const QString& name)
{
    settle(600);
    const QString path = directory.filePath(name);
    if (!window.grab().save(path)) {
        QTextStream(stderr) << "guichet: cannot write " << path << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

int saveScreenshots(ui::MainWindow& window, const QString& directory)
{
    QDir dir(directory);
    if (!dir.mkpath(QStringLiteral("."))) {
        QTextStream(stderr) << "guichet: cannot create " << directory << Qt::endl;
        return 0;
    }
    window.resize(1440, 900);
    window.show();
    int written = 0;
    if (window.loginPage() != nullptr) {
        // The desk as it opens: locked, the tokens found.
        waitFor([&window] { return !window.loginPage()->tokenUris().isEmpty(); }, 5000);
        written += save(window, dir, QStringLiteral("lock.png")) ? 1 : 0;
        if (!logInForTraining(window)) {
            return written;
        }
    }
    window.showOrders();
    written += save(window, dir, QStringLiteral("orders.png")) ? 1 : 0;

    // The first order still to verify, with a document beside it.
    ui::OrderListView* list = window.orderList();
    qint64 orderId = 0;
    ui::OrderListModel* model = list->model();
    for (int row = 0; row < model->rowCount() && row < 50 && orderId == 0; ++row) {
        const QModelIndex index = model->index(row, 0);
        if (model->data(index, ui::OrderListModel::PhaseCodeRole).toString() == toCode(Phase::Verification)) {
            orderId = model->orderFromIndex(index);
        }
    }
    if (orderId != 0) {
        window.openOrder(orderId);
        written += save(window, dir, QStringLiteral("order.png")) ? 1 : 0;
    }
    window.showActivity();
    written += save(window, dir, QStringLiteral("summary.png")) ? 1 : 0;
    if (ui::DeskLock* lock = window.deskLock()) {
        // Locked during the operator's session: what the next person at the desk sees.
        lock->lock(ui::DeskLock::Reason::Idle);
        written += save(window, dir, QStringLiteral("lock-suspended.png")) ? 1 : 0;
    }
    return written;
}

} // namespace guichet::desk
