#pragma once

// How a checklist state looks: an icon whose shape differs per state (tick, cross, ring, dash) and a
// colour. Never colour alone: the views put core's label for the state beside the icon.

#include "rules/checklist.h"

#include <QColor>
#include <QIcon>

namespace guichet::ui {

QIcon stateIcon(rules::ItemState state);
/// A text colour readable on a light background.
QColor stateColour(rules::ItemState state);

} // namespace guichet::ui
