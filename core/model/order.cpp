#include "order.h"

#include <algorithm>

namespace guichet {

const Document* Order::document(DocumentKind kind) const
{
    const auto it = std::find_if(documents.cbegin(), documents.cend(),
                                 [kind](const Document& document) { return document.kind == kind; });
    return it == documents.cend() ? nullptr : &*it;
}

Document* Order::document(DocumentKind kind)
{
    const auto it = std::find_if(documents.begin(), documents.end(),
                                 [kind](const Document& document) { return document.kind == kind; });
    return it == documents.end() ? nullptr : &*it;
}

bool Order::isConfirmed(const QString& itemId) const
{
    return std::any_of(confirmations.cbegin(), confirmations.cend(),
                       [&itemId](const Confirmation& confirmation) { return confirmation.itemId == itemId; });
}

} // namespace guichet
