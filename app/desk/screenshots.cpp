#include "screenshots.h"

#include "order/order_page.h"
#include "orders/order_list_model.h"
#include "orders/order_list_view.h"
#include "window/main_window.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
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
    return written;
}

} // namespace guichet::desk
