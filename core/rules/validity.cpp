#include "rules/validity.h"

namespace guichet::rules {} // namespace guichet::rules
