#include "entry_rules.h"

#include "problem.h"

#include <QRegularExpression>

namespace guichet::package {

std::optional<QString> entryNameProblem(const QString& name)
{
    if (name.isEmpty()) {
        return PackageText::tr("empty path");
    }
    if (name.size() > maxEntryNameLength) {
        return PackageText::tr("path is longer than %1 characters").arg(maxEntryNameLength);
    }
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            return PackageText::tr("path contains a control character");
        }
    }
    if (name.contains(u'\\')) {
        // Windows extractors take it as a separator: "documents\..\x" would escape.
        return PackageText::tr("path contains a backslash");
    }
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    if (name.startsWith(u'/') || drive.match(name).hasMatch()) {
        return PackageText::tr("absolute path");
    }
    QStringView path(name);
    if (path.endsWith(u'/')) {
        path.chop(1); // a directory entry
    }
    bool escapes = false;
    bool unusual = false;
    int depth = 0;
    for (const QStringView part : path.split(u'/')) {
        if (part == u"..") {
            escapes = escapes || --depth < 0;
            unusual = true; // "documents/x/../y" stays inside, but is not a plain path either
        } else {
            unusual = unusual || part.isEmpty() || part == u".";
            ++depth;
        }
    }
    if (escapes) {
        return PackageText::tr("path escapes the archive");
    }
    if (unusual) {
        return PackageText::tr("path has an empty or \".\" component");
    }
    return std::nullopt;
}

QStringList supportedMediaTypes()
{
    return {QStringLiteral("application/pdf"), QStringLiteral("image/png"), QStringLiteral("image/jpeg")};
}

bool isSupportedMediaType(const QString& mediaType)
{
    return supportedMediaTypes().contains(mediaType);
}

QString extensionFor(const QString& mediaType)
{
    if (mediaType == u"application/pdf") {
        return QStringLiteral("pdf");
    }
    if (mediaType == u"image/png") {
        return QStringLiteral("png");
    }
    if (mediaType == u"image/jpeg") {
        return QStringLiteral("jpg");
    }
    return QStringLiteral("bin");
}

bool contentMatchesMediaType(const QByteArray& content, const QString& mediaType)
{
    if (mediaType == u"application/pdf") {
        return content.startsWith("%PDF-");
    }
    if (mediaType == u"image/png") {
        return content.startsWith("\x89PNG\r\n\x1a\n");
    }
    if (mediaType == u"image/jpeg") {
        return content.startsWith("\xFF\xD8\xFF");
    }
    return false;
}

bool isSha256Hex(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9a-f]{64}$"));
    return shape.match(text).hasMatch();
}

} // namespace guichet::package
