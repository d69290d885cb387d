#include "specimen_cache.h"

#include "model/digest.h"
#include "render_documents.h"
#include "render_identity.h"

#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace guichet::demo {
namespace {

/// What makes two documents look alike enough to share a specimen.
QString lookOf(const DemoCase& c, const Document& d)
{
    QString look = toCode(d.kind);
    if (const IdentityDocument* id = c.identity(d.kind)) {
        look += u'/' + QString::number(int(id->model)) + u'/' + d.mediaType;
    } else if (isContractual(d.kind)) {
        look += u'/' + toCode(d.status) + (c.order.type == DossierType::Paper ? u"/paper"_s : u"/online"_s);
    } else if (d.kind == DocumentKind::PaymentProof) {
        look += u'/' + c.order.payment.method + (c.order.payment.received ? u"/received"_s : u"/pending"_s);
    }
    return look;
}

/// The first order index whose organisation fits `document` (a company for a Kbis, a public body
/// for a SIRENE notice, an agent for a power of attorney): the specimen's base.
int specimenIndex(quint64 seed, const Document& d)
{
    for (int index = 0;; ++index) {
        const SlotPlan plan = planSlot(seed, index);
        const bool fits = d.kind == DocumentKind::KbisExtract
                              ? plan.kind == OrganisationKind::Company && !plan.laPoste
                          : d.kind == DocumentKind::SireneNotice ? plan.kind == OrganisationKind::PublicBody
                                                                 : plan.agent;
        if (fits) {
            return index;
        }
    }
}

/// A case whose `document` looks like the one asked for, showing a specimen person.
DemoCase specimenCase(quint64 seed, const DemoCase& c, const Document& d, const QDate& today)
{
    DemoCase s = buildCase(seed, specimenIndex(seed, d), today);
    Document* target = s.order.document(d.kind);
    if (!target) {
        s.order.documents.append(Document{});
        target = &s.order.documents.back();
        target->kind = d.kind;
    }
    target->status = d.status;
    target->mediaType = d.mediaType;
    s.order.type = c.order.type;
    s.order.payment.method = c.order.payment.method;
    s.order.payment.received = c.order.payment.received;
    if (const IdentityDocument* id = c.identity(d.kind)) {
        DemoRandom random(seed, Stream::Rendering, {quint64(id->model)});
        s.holderId = makeIdentityDocument(random, u"Martin"_s, u"Maëlys-Gaëlle Marie"_s, u'F', id->model,
                                          IdValidity::Valid, today);
        s.representativeId = s.holderId;
        s.agentId = s.holderId;
    }
    if (d.status == DocumentStatus::Signed && !s.signedAt.contains(d.kind)) {
        s.signedAt[d.kind] = QDateTime(s.order.date, QTime(10, 30), Qt::UTC);
    } else if (d.status != DocumentStatus::Signed) {
        s.signedAt.erase(d.kind);
    }
    return s;
}

} // namespace

RenderedDocument renderDocument(const DemoCase& c, const Document& d)
{
    RenderedDocument out;
    out.mediaType = u"application/pdf"_s;
    if (const IdentityDocument* id = c.identity(d.kind)) {
        const bool png = d.mediaType == u"image/png";
        out.bytes = renderIdentityDocument(*id, png);
        out.mediaType = png ? u"image/png"_s : u"image/jpeg"_s;
        if (out.bytes.isEmpty() && !png) { // this Qt has no JPEG writer; PNG is built in
            out.bytes = renderIdentityDocument(*id, true);
            out.mediaType = u"image/png"_s;
        }
    } else if (isContractual(d.kind)) {
        out.bytes = renderContractual(c, d.kind);
    } else if (d.kind == DocumentKind::KbisExtract) {
        out.bytes = renderKbis(c);
    } else if (d.kind == DocumentKind::SireneNotice) {
        out.bytes = renderSireneNotice(c);
    } else if (d.kind == DocumentKind::PaymentProof) {
        out.bytes = renderPaymentProof(c);
    }
    Q_ASSERT(!out.bytes.isEmpty());
    out.sha256 = sha256Hex(out.bytes);
    return out;
}

std::shared_ptr<const RenderedDocument> SpecimenCache::specimen(quint64 seed, const DemoCase& c,
                                                                const Document& d, const QDate& today)
{
    const QString key = QString::number(today.toJulianDay()) + u'/' + lookOf(c, d);
    {
        QMutexLocker lock(&m_mutex);
        if (const auto it = m_specimens.find(key); it != m_specimens.end()) {
            return it->second;
        }
    }
    // Drawn outside the lock; if two threads draw the same look, the first stored wins (both
    // drawings are identical anyway: rendering is deterministic).
    const DemoCase s = specimenCase(seed, c, d, today);
    auto rendered = std::make_shared<const RenderedDocument>(renderDocument(s, *s.order.document(d.kind)));
    QMutexLocker lock(&m_mutex);
    return m_specimens.try_emplace(key, std::move(rendered)).first->second;
}

} // namespace guichet::demo
