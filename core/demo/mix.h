#pragma once

// Where an order index falls in the mix (see scenario.h): its scenario and its organisation group.

#include "model/enums.h"
#include "scenario.h"

#include <QtGlobal>

namespace guichet::demo {

struct SlotPlan
{
    Scenario scenario = Scenario::ToVerify;
    quint64 block = 0; ///< index / 100
    int slot = 0;      ///< index % 100
    int group = 0;     ///< first slot of the organisation's group: orders of one group share it
    int groupSize = 1;
    bool agent = false; ///< the group orders through a certification agent
    bool laPoste = false;
    OrganisationKind kind = OrganisationKind::Company;
};

/// The plan of order `index` (0 or more) for generator seed `seed`. Costs a shuffle of 100 entries:
/// independent of every other index.
SlotPlan planSlot(quint64 seed, int index);

} // namespace guichet::demo
