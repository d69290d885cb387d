#pragma once

// Shared by the order list tests: a desk session over a store of demo orders, each test on its own
// copy of a store made once per run, and a recorder of QAbstractItemModelTester's complaints.

#include "qt_wait.h"
#include "session/desk_session.h"

#include <QDate>
#include <QStringList>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <memory>

namespace guichet::ui::test {

/// Demo orders in every test store.
inline constexpr int demoOrders = 3000;

/// A DeskSession over a private copy of the demo store (demoOrders orders made with
/// DemoGenerator(2026) in Bulk mode, as of the session's today).
struct DeskFixture
{
    DeskFixture();
    ~DeskFixture();

    QTemporaryDir dir;
    std::unique_ptr<DeskSession> session;
};

/// Inserts a copy of the sample dossier under a number of its own; its id.
qint64 insertSample(DeskSession& session, const QString& number, bool confirmed);

/// Collects what QAbstractItemModelTester reports (in Warning mode) while it lives.
class ModelTesterWarnings
{
public:
    ModelTesterWarnings();
    ~ModelTesterWarnings();
    QStringList messages() const;
};

} // namespace guichet::ui::test
