#include "delivery/intervention_sheet.h"

#include "delivery/paper_support.h"

#include <QBuffer>

namespace guichet::delivery {

std::optional<Role> deliveringRole(const Operator& who)
{
    for (const Role role : who.roles) {
        if (roleAllows(role, Permission::DeliverCertificate)) {
            return role;
        }
    }
    return std::nullopt;
}

InterventionSheetData InterventionSheetData::from(const Order& order, const Operator& who,
                                                  const IdentityRecord& presented, const QDateTime& at,
                                                  const QString& place)
{
    InterventionSheetData data;
    data.orderNumber = order.number;
    data.productLabel = order.product.label;
    data.productCode = order.product.code;
    data.orderDate = order.date;
    data.holder = order.holder;
    data.organisation = order.organisation;
    data.agent = order.agent;
    data.operatorName = who.name;
    data.operatorOrganisation = who.organisation;
    data.operatorRole = deliveringRole(who);
    data.presentedIdentity = presented;
    data.at = at;
    data.place = place;
    data.training = who.training;
    return data;
}

Result<QByteArray> InterventionSheet::render(const InterventionSheetData& data)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        PaperPage page(buffer, tr("Face-to-face intervention sheet %1").arg(data.orderNumber));
        page.heading(tr("Registration authority — face-to-face delivery of a certificate"),
                     tr("Face-to-face intervention sheet"), tr("Order %1").arg(data.orderNumber));

        page.beginSection(tr("Order"));
        page.row(tr("Order number"), data.orderNumber);
        page.row(tr("Product"), data.productCode.isEmpty()
                                    ? data.productLabel
                                    : data.productLabel + QStringLiteral(" (") + data.productCode + u')');
        page.row(tr("Order date"), PaperPage::formatDate(data.orderDate));
        page.endSection();

        page.beginSection(tr("Holder"));
        page.row(tr("Surname"), data.holder.surname);
        page.row(tr("Given names"), data.holder.givenNames);
        page.row(tr("Date of birth"), PaperPage::formatDate(data.holder.birthDate));
        page.row(tr("E-mail"), data.holder.email);
        page.row(tr("Organisation"), data.organisation.name);
        page.row(tr("SIREN"), data.organisation.siren);
        page.endSection();

        if (data.agent) {
            page.beginSection(tr("Certification agent"));
            page.row(tr("Name"), data.agent->displayName());
            page.row(tr("E-mail"), data.agent->email);
            page.endSection();
        }

        page.beginSection(tr("Identity document presented"));
        page.row(tr("Kind"), data.presentedIdentity.kind == IdDocumentKind::None
                                 ? QString()
                                 : label(data.presentedIdentity.kind));
        page.row(tr("Number"), data.presentedIdentity.number);
        page.endSection();

        page.beginSection(tr("Operator"));
        page.row(tr("Name"), data.operatorName);
        page.row(tr("Role"), data.operatorRole ? label(*data.operatorRole) : QString());
        page.row(tr("Organisation"), data.operatorOrganisation);
        page.endSection();

        page.beginSection(tr("Intervention"));
        page.row(tr("Date and time"), PaperPage::formatDateTime(data.at));
        page.row(tr("Place"), data.place);
        page.endSection();

        // A certification agent collects on the holder's behalf: the agent shows their ID and signs.
        page.paragraph(
            data.agent ? tr("The operator checked the identity document presented against the dossier and "
                            "attests that the certification agent's face matches it. The certification "
                            "agent received the token and the certificate on the holder's behalf.")
                       : tr("The operator checked the identity document presented against the dossier and "
                            "attests that the holder's face matches it. The holder received the token and "
                            "the certificate in person."),
            PaperPage::sans(8.5), QColor(60, 60, 60));
        page.skip(2);
        const QString signature = tr("Date and signature");
        page.signatureBoxes((data.agent ? tr("Certification agent") : tr("Holder")) + QStringLiteral(" — ") +
                                signature,
                            data.agent ? data.agent->displayName() : data.holder.displayName(),
                            tr("Operator") + QStringLiteral(" — ") + signature, data.operatorName);
        if (data.training) {
            page.trainingMarks();
        }
        page.footer(tr("Sheet kept with order %1. The identity document's copy is not printed here.")
                        .arg(data.orderNumber));
        if (Status finished = page.finish(); !finished) {
            return finished.error();
        }
    }
    return buffer.data();
}

} // namespace guichet::delivery
