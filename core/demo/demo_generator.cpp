#include "demo_generator.h"

#include "demo_case.h"
#include "specimen_cache.h"

using namespace Qt::StringLiterals;

namespace guichet::demo {

DemoGenerator::DemoGenerator(quint64 seed) : m_seed(seed), m_specimens(std::make_shared<SpecimenCache>()) {}
DemoGenerator::~DemoGenerator() = default;
DemoGenerator::DemoGenerator(const DemoGenerator&) = default;
DemoGenerator& DemoGenerator::operator=(const DemoGenerator&) = default;

Scenario DemoGenerator::scenario(int index) const
{
    return planSlot(m_seed, index).scenario;
}

Order DemoGenerator::order(int index, const QDate& today) const
{
    return buildCase(m_seed, index, today).order;
}

Dossier DemoGenerator::dossier(int index, const QDate& today, RenderMode mode) const
{
    DemoCase c = buildCase(m_seed, index, today);
    Dossier dossier;
    for (Document& document : c.order.documents) {
        if (!c.hasContent(document)) {
            continue;
        }
        std::shared_ptr<const RenderedDocument> rendered =
            mode == RenderMode::Bulk ? m_specimens->specimen(m_seed, c, document, today)
                                     : std::make_shared<const RenderedDocument>(renderDocument(c, document));
        if (rendered->mediaType != document.mediaType) { // a JPEG scan that had to be PNG
            document.fileName = document.fileName.section(u'.', 0, -2) + u".png";
            document.mediaType = rendered->mediaType;
        }
        document.size = rendered->bytes.size();
        document.sha256 = rendered->sha256;
        dossier.contents[document.kind] = rendered->bytes;
    }
    dossier.order = std::move(c.order);
    return dossier;
}

} // namespace guichet::demo
