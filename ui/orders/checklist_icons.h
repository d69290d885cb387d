#pragma once

// Small icons for a checklist digest's level. Shape and colour both carry the meaning (a tick, a
// ring, an exclamation mark), so that it reads without telling red from green.

#include "checklist_digest.h"

#include <QIcon>

namespace guichet::ui {

QIcon checklistIcon(ChecklistDigest::Level level);

} // namespace guichet::ui
