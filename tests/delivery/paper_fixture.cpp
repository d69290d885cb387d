#include "paper_fixture.h"

#include <QDir>
#include <QPainter>
#include <QPdfDocument>
#include <QTemporaryFile>

namespace guichet::testing {
namespace {

bool writeTemporary(QTemporaryFile& file, std::string_view pdf)
{
    return file.open() && file.write(pdf.data(), qint64(pdf.size())) == qint64(pdf.size()) && file.flush();
}

} // namespace

QString compact(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace()) {
            out += c;
        }
    }
    return out;
}

QString PaperInfo::compact() const
{
    return testing::compact(text);
}

PaperInfo readPaper(std::string_view pdf)
{
    PaperInfo info;
    QTemporaryFile file;
    if (!writeTemporary(file, pdf)) {
        return info;
    }
    QPdfDocument document;
    if (document.load(file.fileName()) != QPdfDocument::Error::None) {
        return info;
    }
    info.loaded = true;
    info.pages = document.pageCount();
    info.pointSize = document.pagePointSize(0);
    for (int page = 0; page < info.pages; ++page) {
        info.text += document.getAllText(page).text() + u'\n';
    }
    return info;
}

QImage renderFirstPage(std::string_view pdf, int dpi)
{
    QTemporaryFile file;
    if (!writeTemporary(file, pdf)) {
        return {};
    }
    QPdfDocument document;
    if (document.load(file.fileName()) != QPdfDocument::Error::None) {
        return {};
    }
    const QSize pixels = (document.pagePointSize(0) * dpi / 72.0).toSize();
    const QImage page = document.render(0, pixels);
    QImage out(pixels, QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.drawImage(0, 0, page);
    return out;
}

bool saveScreenshot(std::string_view pdf, const QString& name)
{
    const QString directory = qEnvironmentVariable("GUICHET_PAPER_SCREENSHOTS");
    if (directory.isEmpty()) {
        return false;
    }
    QDir().mkpath(directory);
    return renderFirstPage(pdf, 110).save(directory + u'/' + name + QStringLiteral(".png"));
}

Operator bailiff(bool training)
{
    Operator who;
    who.id = QStringLiteral("Maître Gaëlle Rousseau-Vidal");
    who.name = who.id;
    who.organisation = QStringLiteral("SCP Rousseau-Vidal, commissaires de justice");
    who.certificateReference = QStringLiteral("sha256:00");
    who.roles = {Role::DelegatedOperator};
    who.training = training;
    return who;
}

} // namespace guichet::testing
