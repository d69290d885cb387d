#pragma once

// Waiting for the event loop inside Catch2 tests. Qt Test's QTRY_*, QVERIFY and QCOMPARE report to
// a Qt Test run that does not exist here: on failure they return from the test case, which then
// passes. Use these instead (tests/build checks that no test uses Qt Test's macros).

#include "catch_qt.h"

#include <QString>
#include <QTest>
#include <catch2/catch.hpp>

/// Processes events until `expr` holds (5 s at most), failing through Catch2 if it never does.
#define REQUIRE_EVENTUALLY(expr) REQUIRE(QTest::qWaitFor([&] { return bool(expr); }, 5000))
#define CHECK_EVENTUALLY(expr) CHECK(QTest::qWaitFor([&] { return bool(expr); }, 5000))
