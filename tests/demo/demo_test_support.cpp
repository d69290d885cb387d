#include "demo_test_support.h"

#include <QPainter>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QStringList>
#include <QTemporaryFile>

namespace guichet::demo::test {
namespace {

void person(QStringList& out, const QString& role, const Person& p)
{
    out << role + u": " + p.givenNames + u'|' + p.surname + u'|' + p.birthDate.toString(Qt::ISODate) + u'|' +
               p.email;
}

} // namespace

QString describe(const Order& o)
{
    QStringList out;
    out << o.number << o.date.toString(Qt::ISODate) << toCode(o.phase) << toCode(o.type) << o.portal
        << o.process;
    out << o.product.code + u'|' + o.product.label + u'|' + QString::number(o.product.durationYears);
    out << o.requester.name + u'|' + o.requester.email;
    person(out, QStringLiteral("holder"), o.holder);
    out << o.holder.otpContact;
    out << toCode(o.organisation.kind) + u'|' + o.organisation.name + u'|' + o.organisation.siren + u'|' +
               o.organisation.siret;
    person(out, QStringLiteral("representative"), o.legalRepresentative);
    if (o.agent) {
        person(out, QStringLiteral("agent"), *o.agent);
    }
    out << QString::number(o.payment.received) + u'|' + o.payment.method + u'|' + o.payment.reference + u'|' +
               QString::number(o.payment.amountCents);
    out << toCode(o.recordedIdentity.kind) + u'|' + o.recordedIdentity.number;
    for (const Document& d : o.documents) {
        out << toCode(d.kind) + u'|' + toCode(d.status) + u'|' + d.fileName + u'|' + d.mediaType + u'|' +
                   d.sha256 + u'|' + QString::number(d.size) + u'|' +
                   d.facts.issueDate.toString(Qt::ISODate) + u'|' + d.facts.expiryDate.toString(Qt::ISODate) +
                   u'|' + toCode(d.facts.identity.kind) + u'|' + d.facts.identity.number + u'|' +
                   d.facts.mrz.join(u'/') + u'|' + d.facts.siren + u'|' + d.facts.organisationName;
    }
    for (const Confirmation& c : o.confirmations) {
        out << c.itemId + u'|' + c.operatorId + u'|' + c.at.toString(Qt::ISODate);
    }
    return out.join(u'\n');
}

PdfInfo readPdf(const QByteArray& bytes)
{
    PdfInfo info;
    QTemporaryFile file;
    if (!file.open() || file.write(bytes) != bytes.size()) {
        return info;
    }
    file.close();
    QPdfDocument document;
    if (document.load(file.fileName()) != QPdfDocument::Error::None) {
        return info;
    }
    info.loaded = true;
    info.pages = document.pageCount();
    for (int page = 0; page < info.pages; ++page) {
        info.text += document.getAllText(page).text() + u'\n';
    }
    return info;
}

QImage renderPdfPage(const QByteArray& bytes, int page, int dpi)
{
    QTemporaryFile file;
    if (!file.open() || file.write(bytes) != bytes.size()) {
        return {};
    }
    file.close();
    QPdfDocument document;
    if (document.load(file.fileName()) != QPdfDocument::Error::None) {
        return {};
    }
    const QSizeF points = document.pagePointSize(page);
    const QSize pixels = (points * dpi / 72.0).toSize();
    const QImage transparent = document.render(page, pixels);
    QImage out(pixels, QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.drawImage(0, 0, transparent);
    return out;
}

} // namespace guichet::demo::test
