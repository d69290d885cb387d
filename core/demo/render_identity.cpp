#include "render_identity.h"

#include "random.h"

#include <QBuffer>
#include <QHash>
#include <QLinearGradient>
#include <QMutex>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

using namespace Qt::StringLiterals;

namespace guichet::demo {
namespace {

// ID-1 card (85.60 x 53.98 mm) at 300 dpi; passport data page (ID-3) at about 250 dpi.
constexpr int cardWidth = 1012;
constexpr int cardHeight = 638;
constexpr int passportWidth = 1250;
constexpr int passportHeight = 880;
constexpr int scanMargin = 44;

const QColor republicBlue(0, 45, 120);
const QColor labelGrey(70, 84, 110);

QFont font(const QString& family, int pixels, bool bold = false)
{
    QFont f(family);
    f.setPixelSize(pixels);
    f.setBold(bold);
    // Unhinted outlines: hinted ones depend on which font engine Qt's cache hands out (the PDF
    // writer's asks for none), and the scans must come out the same bytes every time.
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}
QFont sans(int pixels, bool bold = false)
{
    return font(u"DejaVu Sans"_s, pixels, bold);
}
QFont serif(int pixels, bool bold = false)
{
    return font(u"DejaVu Serif"_s, pixels, bold);
}

/// A stable number from the document, so its signature and patterns do not change between renders.
quint64 styleSeed(const IdentityDocument& document)
{
    quint64 hash = 1469598103934665603ULL;
    for (const QChar c : document.number) {
        hash = (hash ^ c.unicode()) * 1099511628211ULL;
    }
    return hash;
}

QString dotted(const QDate& date)
{
    return date.toString(u"dd.MM.yyyy"_s);
}
QString spaced(const QDate& date)
{
    return date.toString(u"dd MM yyyy"_s);
}
QString givenNamesLine(const IdentityDocument& document)
{
    return document.givenNames.split(u' ', Qt::SkipEmptyParts).join(u", "_s);
}

/// Fine wavy lines, like the security background of an official document.
void guilloche(QPainter& p, const QRectF& area, const QColor& color, quint64 seed)
{
    DemoRandom random(seed);
    p.save();
    p.setClipRect(area);
    p.setPen(QPen(color, 1.3));
    p.setBrush(Qt::NoBrush);
    const int count = 26;
    const double phase = random.between(0, 628) / 100.0;
    for (int k = 0; k < count; ++k) {
        const double amplitude = 8 + (k % 5) * 5;
        const double frequency = 0.010 + (k % 7) * 0.0017;
        const double y0 = area.top() + (k + 0.5) * area.height() / count;
        QPainterPath path;
        for (double x = area.left(); x <= area.right() + 6; x += 6) {
            const QPointF point(x, y0 + amplitude * std::sin(x * frequency + phase + k * 0.7));
            if (x == area.left()) {
                path.moveTo(point);
            } else {
                path.lineTo(point);
            }
        }
        p.drawPath(path);
    }
    // A rosette on the right.
    const QPointF centre(area.right() - area.width() * 0.2, area.center().y());
    for (int k = 0; k < 18; ++k) {
        p.save();
        p.translate(centre);
        p.rotate(k * 10.0);
        p.drawEllipse(QPointF(0, 0), area.height() * 0.34, area.height() * 0.12);
        p.restore();
    }
    p.restore();
}

/// A grey photo placeholder with a head-and-shoulders silhouette.
void photo(QPainter& p, const QRectF& r, QChar sex, int alpha = 255)
{
    p.save();
    QLinearGradient background(r.topLeft(), r.bottomLeft());
    background.setColorAt(0, QColor(214, 222, 230, alpha));
    background.setColorAt(1, QColor(170, 184, 198, alpha));
    p.setPen(Qt::NoPen);
    p.setBrush(background);
    p.drawRoundedRect(r, 8, 8);
    p.setClipRect(r);
    const QColor figure(92, 108, 126, alpha);
    p.setBrush(figure);
    const QPointF head(r.center().x(), r.top() + r.height() * 0.38);
    if (sex == u'F') { // longer hair behind the head
        p.setBrush(QColor(70, 80, 95, alpha));
        p.drawEllipse(head + QPointF(0, r.height() * 0.05), r.width() * 0.25, r.height() * 0.25);
        p.setBrush(figure);
    }
    p.drawEllipse(head, r.width() * 0.19, r.height() * 0.2);
    QPainterPath shoulders;
    shoulders.moveTo(r.left() + r.width() * 0.06, r.bottom());
    shoulders.cubicTo(r.left() + r.width() * 0.08, r.top() + r.height() * 0.66, r.right() - r.width() * 0.08,
                      r.top() + r.height() * 0.66, r.right() - r.width() * 0.06, r.bottom());
    shoulders.closeSubpath();
    p.drawPath(shoulders);
    p.restore();
}

/// A handwritten-looking scribble.
void signature(QPainter& p, const QRectF& r, quint64 seed)
{
    DemoRandom random(seed ^ 0x5167ULL);
    QPainterPath path;
    QPointF point(r.left() + 6, r.center().y() + random.between(-10, 10));
    path.moveTo(point);
    const int strokes = random.between(4, 7);
    for (int i = 1; i <= strokes; ++i) {
        const double x = r.left() + r.width() * i / strokes;
        const auto y = [&] {
            return r.top() + r.height() * random.between(5, 95) / 100.0;
        };
        path.cubicTo(QPointF(x - r.width() / strokes * 0.7, y()), QPointF(x - r.width() / strokes * 0.3, y()),
                     QPointF(x, y()));
    }
    p.save();
    p.setPen(QPen(QColor(20, 30, 90), 2.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.restore();
}

/// The MRZ lines in a monospace font stretched to the band's width.
void mrzBlock(QPainter& p, const QRectF& r, const QStringList& lines)
{
    if (lines.isEmpty()) {
        return;
    }
    QFont f = font(u"DejaVu Sans Mono"_s, 100);
    const double width = QFontMetricsF(f).horizontalAdvance(lines.first());
    f.setPixelSize(std::max(8, int(100 * r.width() / width)));
    p.save();
    p.setFont(f);
    p.setPen(QColor(15, 15, 15));
    const double slot = r.height() / lines.size();
    for (int i = 0; i < lines.size(); ++i) {
        p.drawText(QRectF(r.left(), r.top() + i * slot, r.width() + 40, slot),
                   Qt::AlignLeft | Qt::AlignVCenter, lines.at(i));
    }
    p.restore();
}

/// A small label and its value under it; returns the bottom.
double field(QPainter& p, double x, double y, const QString& label, const QString& value,
             int valuePixels = 30, double width = 640)
{
    p.setPen(labelGrey);
    p.setFont(sans(17));
    p.drawText(QRectF(x, y, width, 24), Qt::AlignLeft | Qt::AlignVCenter, label);
    p.setPen(Qt::black);
    p.setFont(sans(valuePixels, true));
    p.drawText(QRectF(x, y + 22, width, valuePixels + 12), Qt::AlignLeft | Qt::AlignVCenter, value);
    return y + 22 + valuePixels + 14;
}

/// "Label : VALUE" on one line, the old card's way.
void inlineField(QPainter& p, double x, double y, const QString& label, const QString& value)
{
    p.setFont(sans(24));
    p.setPen(QColor(60, 60, 60));
    const double labelWidth = QFontMetricsF(p.font()).horizontalAdvance(label + u' ');
    p.drawText(QPointF(x, y), label);
    p.setFont(sans(29, true));
    p.setPen(Qt::black);
    p.drawText(QPointF(x + labelWidth, y), value);
}

void tricolour(QPainter& p, const QRectF& r)
{
    const double third = r.width() / 3;
    p.fillRect(QRectF(r.left(), r.top(), third, r.height()), QColor(0, 85, 164));
    p.fillRect(QRectF(r.left() + third, r.top(), third, r.height()), Qt::white);
    p.fillRect(QRectF(r.left() + 2 * third, r.top(), third, r.height()), QColor(239, 65, 53));
}

void specimenMark(QPainter& p, const QRectF& r)
{
    // A font file that nothing else draws with: Qt shares one FreeType face between all sizes of a
    // font, and outlines taken for a path (QPainterPath::addText) shift slightly with what that face
    // drew before. The scans must come out the same bytes every time.
    QFont font(u"DejaVu Sans Condensed"_s);
    font.setPixelSize(int(r.height() * 0.16));
    font.setBold(true);
    QPainterPath path;
    path.addText(QPointF(0, 0), font, u"SPÉCIMEN"_s);
    p.save();
    p.translate(r.center());
    p.rotate(-18);
    p.translate(-path.boundingRect().center());
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(190, 30, 30, 48));
    p.drawPath(path);
    p.restore();
}

/// The security background of a model's face. Like on real documents it is the same on every card
/// of a model, so it is drawn once per process and copied (copies share it until painted on).
QImage blankFace(int width, int height, const QColor& top, const QColor& bottom, const QColor& lines,
                 int variant)
{
    static QMutex mutex;
    static QHash<QString, QImage> drawn;
    const QString key = QString::number(width) + u'/' + QString::number(top.rgba()) + u'/' +
                        QString::number(bottom.rgba()) + u'/' + QString::number(lines.rgba()) + u'/' +
                        QString::number(variant);
    QMutexLocker lock(&mutex);
    if (const auto it = drawn.constFind(key); it != drawn.cend()) {
        return *it;
    }
    QImage face(width, height, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter p(&face);
        QLinearGradient gradient(0, 0, width, height);
        gradient.setColorAt(0, top);
        gradient.setColorAt(1, bottom);
        p.fillRect(face.rect(), gradient);
        guilloche(p, QRectF(face.rect()), lines, quint64(variant) + 11);
    }
    drawn.insert(key, face);
    return face;
}

// Faces -----------------------------------------------------------------------------------------

QImage oldCardFront(const IdentityDocument& d, quint64 seed)
{
    QImage face = blankFace(cardWidth, cardHeight, QColor(236, 242, 228), QColor(244, 230, 232),
                            QColor(120, 160, 120, 60), 0);
    QPainter p(&face);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setPen(republicBlue);
    p.setFont(serif(40, true));
    p.drawText(QRectF(0, 18, cardWidth, 50), Qt::AlignHCenter, u"RÉPUBLIQUE FRANÇAISE"_s);
    p.setFont(sans(25, true));
    p.setPen(Qt::black);
    p.drawText(QRectF(300, 76, 700, 34), Qt::AlignLeft, u"CARTE NATIONALE D'IDENTITÉ N° : "_s + d.number);
    p.setFont(sans(23));
    p.drawText(QRectF(300, 110, 700, 30), Qt::AlignLeft, u"Nationalité Française"_s);
    photo(p, QRectF(34, 80, 240, 300), d.sex);
    inlineField(p, 300, 178, u"Nom :"_s, d.surname.toUpper());
    inlineField(p, 300, 226, u"Prénom(s) :"_s, givenNamesLine(d));
    inlineField(p, 300, 274, u"Sexe :"_s, QString(d.sex));
    inlineField(p, 470, 274, u"Né(e) le :"_s, dotted(d.birthDate));
    inlineField(p, 300, 322, u"à :"_s, d.birthPlace.toUpper());
    inlineField(p, 300, 370, u"Taille :"_s,
                QString::number(d.heightCm / 100.0, 'f', 2).replace(u'.', u',') + u" m");
    p.setFont(sans(19));
    p.setPen(QColor(60, 60, 60));
    p.drawText(QPointF(34, 412), u"Signature du titulaire :"_s);
    signature(p, QRectF(280, 384, 300, 80), seed);
    p.fillRect(QRectF(0, 478, cardWidth, cardHeight - 478), QColor(250, 250, 246, 200));
    mrzBlock(p, QRectF(26, 492, cardWidth - 52, 130), d.mrz);
    specimenMark(p, QRectF(face.rect()));
    return face;
}

QImage oldCardBack(const IdentityDocument& d, quint64 seed)
{
    QImage face = blankFace(cardWidth, cardHeight, QColor(244, 236, 236), QColor(232, 240, 226),
                            QColor(150, 120, 140, 50), 1);
    QPainter p(&face);
    p.setRenderHint(QPainter::Antialiasing);
    inlineField(p, 40, 90, u"Adresse :"_s, d.address.section(u", "_s, 0, 0));
    inlineField(p, 40, 132, QString(), d.address.section(u", "_s, 1));
    inlineField(p, 40, 210, u"Carte valable jusqu'au :"_s, dotted(d.expiryDate));
    inlineField(p, 40, 258, u"délivrée le :"_s, dotted(d.issueDate));
    inlineField(p, 40, 306, u"par :"_s, d.authority.toUpper());
    p.setFont(sans(19));
    p.setPen(QColor(60, 60, 60));
    p.drawText(QPointF(40, 400), u"Signature de l'autorité :"_s);
    signature(p, QRectF(330, 360, 260, 90), seed + 7);
    // The prefecture's round stamp.
    p.setPen(QPen(QColor(40, 60, 150, 170), 4));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(QPointF(800, 420), 110, 110);
    p.drawEllipse(QPointF(800, 420), 84, 84);
    p.setFont(sans(22, true));
    p.drawText(QRectF(690, 400, 220, 40), Qt::AlignCenter, u"RF"_s);
    specimenMark(p, QRectF(face.rect()));
    return face;
}

struct CardStyle
{
    QString title;
    QColor top;
    QColor bottom;
    QColor lines;
};

QImage modernFront(const IdentityDocument& d, const CardStyle& style, quint64 seed)
{
    QImage face = blankFace(cardWidth, cardHeight, style.top, style.bottom, style.lines, 0);
    QPainter p(&face);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    tricolour(p, QRectF(34, 28, 66, 44));
    p.setPen(republicBlue);
    p.setFont(serif(30, true));
    p.drawText(QPointF(116, 62), u"RÉPUBLIQUE FRANÇAISE"_s);
    p.setFont(sans(21, true));
    p.drawText(QRectF(560, 30, 420, 50), Qt::AlignRight | Qt::AlignVCenter, style.title);
    photo(p, QRectF(34, 100, 262, 336), d.sex);
    photo(p, QRectF(40, 470, 100, 128), d.sex, 90); // the ghost image
    const double x = 330;
    double y = field(p, x, 96, u"NOM / Surname"_s, d.surname.toUpper());
    y = field(p, x, y, u"Prénoms / Given names"_s, givenNamesLine(d));
    field(p, x, y, u"SEXE / Sex"_s, QString(d.sex), 28, 150);
    field(p, x + 150, y, u"NATIONALITÉ / Nationality"_s, d.nationality, 28, 260);
    y = field(p, x + 420, y, u"DATE DE NAISS. / Date of birth"_s, spaced(d.birthDate), 28, 260);
    y = field(p, x, y, u"LIEU DE NAISSANCE / Place of birth"_s, d.birthPlace.toUpper(), 28);
    if (d.model == IdModel::ResidencePermit) {
        y = field(p, x, y, u"TYPE DE TITRE / Type of permit"_s,
                  d.issueDate.addYears(10).addDays(-1) == d.expiryDate ? u"CARTE DE RÉSIDENT"_s
                                                                       : u"CARTE DE SÉJOUR TEMPORAIRE"_s,
                  24);
    }
    field(p, x, y, u"N° DU DOCUMENT / Document No"_s, d.number, 28, 300);
    field(p, x + 330, y, u"DATE D'EXPIR. / Expiry date"_s, spaced(d.expiryDate), 28, 300);
    p.setPen(labelGrey);
    p.setFont(sans(17));
    p.drawText(QPointF(170, 500), u"Signature"_s);
    signature(p, QRectF(160, 510, 280, 90), seed);
    specimenMark(p, QRectF(face.rect()));
    return face;
}

QImage modernBack(const IdentityDocument& d, const CardStyle& style)
{
    QImage face = blankFace(cardWidth, cardHeight, style.bottom, style.top, style.lines, 1);
    QPainter p(&face);
    p.setRenderHint(QPainter::Antialiasing);
    double y = field(p, 40, 40, u"ADRESSE / Address"_s, d.address, 26, 930);
    y = field(p, 40, y, u"DATE DE DÉLIVRANCE / Date of issue"_s, spaced(d.issueDate), 26, 450);
    field(p, 40, y, u"AUTORITÉ DE DÉLIVRANCE / Issuing authority"_s, d.authority.toUpper(), 26, 930);
    p.fillRect(QRectF(0, 420, cardWidth, cardHeight - 420), QColor(250, 250, 250, 215));
    mrzBlock(p, QRectF(28, 432, cardWidth - 56, 192), d.mrz);
    specimenMark(p, QRectF(face.rect()));
    return face;
}

QImage passportPage(const IdentityDocument& d, quint64 seed)
{
    QImage face = blankFace(passportWidth, passportHeight, QColor(240, 228, 238), QColor(226, 232, 246),
                            QColor(150, 110, 160, 55), 0);
    QPainter p(&face);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setPen(republicBlue);
    p.setFont(serif(34, true));
    p.drawText(QRectF(0, 22, passportWidth, 44), Qt::AlignHCenter, u"RÉPUBLIQUE FRANÇAISE"_s);
    p.setFont(sans(24, true));
    p.drawText(QRectF(0, 68, passportWidth, 34), Qt::AlignHCenter, u"PASSEPORT / PASSPORT"_s);
    photo(p, QRectF(44, 130, 300, 390), d.sex);
    const double x = 390;
    field(p, x, 118, u"Type / Type"_s, u"P"_s, 28, 150);
    field(p, x + 170, 118, u"Code du pays / Country code"_s, u"FRA"_s, 28, 300);
    double y = field(p, x + 500, 118, u"Passeport n° / Passport No"_s, d.number, 28, 330);
    y = field(p, x, y, u"Nom / Surname"_s, d.surname.toUpper());
    y = field(p, x, y, u"Prénoms / Given names"_s, givenNamesLine(d));
    field(p, x, y, u"Nationalité / Nationality"_s, u"Française"_s, 26, 330);
    y = field(p, x + 420, y, u"Date de naissance / Date of birth"_s, spaced(d.birthDate), 26, 400);
    field(p, x, y, u"Sexe / Sex"_s, QString(d.sex), 26, 150);
    y = field(p, x + 170, y, u"Lieu de naissance / Place of birth"_s, d.birthPlace.toUpper(), 26, 600);
    field(p, x, y, u"Date de délivrance / Date of issue"_s, spaced(d.issueDate), 26, 400);
    y = field(p, x + 420, y, u"Date d'expiration / Date of expiry"_s, spaced(d.expiryDate), 26, 400);
    field(p, x, y, u"Autorité / Authority"_s, d.authority, 24, 800);
    signature(p, QRectF(60, 560, 260, 80), seed);
    p.fillRect(QRectF(0, 690, passportWidth, passportHeight - 690), QColor(252, 252, 252, 225));
    mrzBlock(p, QRectF(30, 706, passportWidth - 60, 160), d.mrz);
    specimenMark(p, QRectF(face.rect()));
    return face;
}

/// The faces laid on a scanner's glass, one under the other, with rounded corners and a shadow.
QImage scan(const QList<QImage>& faces)
{
    int width = 0;
    int height = scanMargin;
    for (const QImage& face : faces) {
        width = std::max(width, face.width() + 2 * scanMargin);
        height += face.height() + scanMargin;
    }
    QImage out(width, height, QImage::Format_RGB32);
    out.fill(QColor(243, 243, 240));
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    int y = scanMargin;
    for (const QImage& face : faces) {
        const QRectF target(scanMargin, y, face.width(), face.height());
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0, 0, 0, 40));
        p.drawRoundedRect(target.translated(6, 7), 34, 34);
        QPainterPath clip;
        clip.addRoundedRect(target, 34, 34);
        p.save();
        p.setClipPath(clip);
        p.drawImage(target.topLeft(), face);
        p.restore();
        y += face.height() + scanMargin;
    }
    return out;
}

} // namespace

QImage drawIdentityDocument(const IdentityDocument& document)
{
    const quint64 seed = styleSeed(document);
    switch (document.model) {
    case IdModel::OldNationalIdCard:
        return scan({oldCardFront(document, seed), oldCardBack(document, seed)});
    case IdModel::NationalIdCard2021: {
        const CardStyle style{u"CARTE NATIONALE D'IDENTITÉ\nIDENTITY CARD"_s, QColor(222, 234, 247),
                              QColor(247, 226, 234), QColor(90, 120, 180, 55)};
        return scan({modernFront(document, style, seed), modernBack(document, style)});
    }
    case IdModel::ResidencePermit: {
        const CardStyle style{u"TITRE DE SÉJOUR\nRESIDENCE PERMIT"_s, QColor(228, 240, 232),
                              QColor(236, 228, 246), QColor(90, 140, 120, 55)};
        return scan({modernFront(document, style, seed), modernBack(document, style)});
    }
    case IdModel::Passport:
        return scan({passportPage(document, seed)});
    }
    Q_UNREACHABLE();
}

QByteArray renderIdentityDocument(const IdentityDocument& document, bool png)
{
    const QImage image = drawIdentityDocument(document);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    // PNG at a light compression level: zlib's default takes three times as long for 10% less.
    image.save(&buffer, png ? "PNG" : "JPEG", png ? 60 : 82);
    return bytes;
}

} // namespace guichet::demo
