#pragma once

// Demo data for guichet-cli's `demo N`, the desk's demo data and the million-order benchmark.
//
// A DemoGenerator makes order number `index` from its seed alone: the same seed and index always
// give the same order, whatever was made before, in any order, from any thread. So a million orders
// can be streamed in batches, or made in parallel, without holding them all.
//
// The data is realistic French data (names with accents, hyphens and apostrophes; companies and
// public bodies with SIREN/SIRET; La Poste's establishments; mobile phones; ID cards, passports and
// residence permits with their MRZ) in a deterministic mix of valid and faulty dossiers described
// in scenario.h. Every identity document drawn is marked "SPÉCIMEN"; the CA is fictitious.
//
// Dates depend on `today`: orders are placed in the ten weeks before it, IDs are valid or expired
// on it. The 15-year-rule case needs `today` between 2024 and late 2028 (cards issued 2004-2013
// whose printed 10 years are over but not their 15); outside that span it becomes a valid 2021 card.

#include "model/order.h"
#include "scenario.h"

#include <QDate>
#include <memory>

namespace guichet::demo {

class SpecimenCache;

enum class RenderMode
{
    /// Every document with content is drawn for this order: its names, numbers, dates and MRZ. About
    /// 100 ms of drawing per order (the 20-page CGU and two image scans are most of it).
    Full,
    /// For bulk loads (a million orders): each document keeps this order's status, facts, file name
    /// and media type, but its bytes are a shared specimen, drawn once per generator and `today`
    /// for each look (ID model and image format, contract signed or not, paper or not, payment
    /// method...). The specimen shows specimen people and organisations, not this order's: a Bulk
    /// ID card scan does not show the holder's name. Its size and sha256 are the specimen's, so a
    /// blob store keeps a few dozen files for a million orders.
    Bulk,
};

class DemoGenerator
{
public:
    explicit DemoGenerator(quint64 seed);
    ~DemoGenerator();
    DemoGenerator(const DemoGenerator&);
    DemoGenerator& operator=(const DemoGenerator&);

    quint64 seed() const { return m_seed; }

    /// What the mix makes of order `index` (0 or more).
    Scenario scenario(int index) const;

    /// Order `index` as of `today`: people, organisation, product, payment, phase, the operator's
    /// recorded identity and confirmations, and the documents with status, facts, file name and
    /// media type. Sizes and sha256 stay empty: they come with the bytes, from dossier().
    Order order(int index, const QDate& today) const;

    /// The order with its documents' bytes. Every document that exists as a file (imported, signed,
    /// or sent for signature) gets content, size and sha256 (lower-case hex SHA-256 of the bytes);
    /// documents not imported, and contractual documents not sent yet, have none. Scans are JPEG or
    /// PNG as the order's media type says (PNG when this Qt has no JPEG writer: the media type and
    /// file name then say PNG).
    Dossier dossier(int index, const QDate& today, RenderMode mode) const;

private:
    quint64 m_seed;
    std::shared_ptr<SpecimenCache> m_specimens; ///< shared by copies; thread-safe
};

} // namespace guichet::demo
