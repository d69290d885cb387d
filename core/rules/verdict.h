#pragma once

#include <QString>

namespace guichet::rules {

/// The answer of one rule: passed, or failed with a reason a person understands (translated).
struct Verdict
{
    bool passed = false;
    QString reason; ///< empty when passed

    static Verdict pass() { return {true, {}}; }
    static Verdict fail(QString why) { return {false, std::move(why)}; }
    explicit operator bool() const { return passed; }
};

} // namespace guichet::rules
