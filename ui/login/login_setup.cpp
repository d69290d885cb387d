#include "login_setup.h"

#include <QCoreApplication>
#include <QThreadPool>

namespace guichet::ui {

QThreadPool* tokenThread()
{
    QCoreApplication* application = QCoreApplication::instance();
    Q_ASSERT(application != nullptr);
    auto* pool = application->findChild<QThreadPool*>(QStringLiteral("guichet-token-thread"),
                                                      Qt::FindDirectChildrenOnly);
    if (pool == nullptr) {
        pool = new QThreadPool(application);
        pool->setObjectName(QStringLiteral("guichet-token-thread"));
        pool->setMaxThreadCount(1);
        // A PIN pad waits for the operator: the thread must not expire while it does.
        pool->setExpiryTimeout(-1);
    }
    return pool;
}

} // namespace guichet::ui
