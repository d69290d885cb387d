#pragma once

// The desk's embedded demo data: a store of its own (never the operator's), filled on first use
// with demo orders whose documents are drawn for each order.

#include "model/result.h"

#include <QString>

namespace guichet::desk {

/// `$XDG_DATA_HOME/guichet/demo.sqlite`.
QString demoStorePath();

/// Fills the store at `path` with `count` demo orders if it holds none. Shows progress through
/// `progress(done, total)`, which returns false to stop (what was stored stays).
Status fillDemoStore(const QString& path, int count, const std::function<bool(int, int)>& progress);

} // namespace guichet::desk
