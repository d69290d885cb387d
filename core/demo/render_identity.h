#pragma once

// Identity documents drawn as a scanner would give them: both sides of an ID card (old laminated
// CNI, 2021 CNI, residence permit) or a passport's data page, with a photo placeholder, the printed
// fields and the MRZ in a monospace font. Every image carries a faint "SPÉCIMEN" mark: these are
// demo documents and must never pass for real ones.

#include "identity_documents.h"

#include <QByteArray>
#include <QImage>

namespace guichet::demo {

/// The scan as an image (about 1100 x 1420 for a card's two sides, 1330 x 960 for a passport page).
QImage drawIdentityDocument(const IdentityDocument& document);

/// The scan encoded as PNG (`png`) or JPEG.
QByteArray renderIdentityDocument(const IdentityDocument& document, bool png);

} // namespace guichet::demo
