// Writing a package: the dossier is checked for consistency, zipped in memory, read back by the
// reader (a package Guichet writes must be one Guichet accepts), then saved atomically.

#include "entry_rules.h"
#include "model/digest.h"
#include "package.h"
#include "problem.h"
#include "zip_handles.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace guichet::package {
namespace {

QString cannotWrite(int count)
{
    // No %n plural: English is the source language and has no translation file for plural forms.
    return PackageText::tr("The dossier package cannot be written (problems found: %1).").arg(count);
}

/// Problems that would make the package lie about its documents.
QList<Problem> consistencyProblems(const Dossier& dossier, const ExportExtras* extras)
{
    QList<Problem> problems;
    for (const auto& document : dossier.order.documents) {
        if (!document.hasContent()) {
            continue;
        }
        const auto content = dossier.contents.find(document.kind);
        const QString location = documentPath(document);
        if (content == dossier.contents.end()) {
            problems.append(
                Problem{location, PackageText::tr("the dossier has no content for this document")});
            continue;
        }
        if (content->second.size() != document.size) {
            problems.append(
                Problem{location, PackageText::tr("the content is %1 bytes but the document says %2")
                                      .arg(content->second.size())
                                      .arg(document.size)});
        }
        if (sha256Hex(content->second) != document.sha256) {
            problems.append(Problem{
                location, PackageText::tr("the content does not match the document's SHA-256 digest")});
        }
    }
    for (const auto& [kind, content] : dossier.contents) {
        const Document* document = dossier.order.document(kind);
        if (!document || !document->hasContent()) {
            problems.append(
                Problem{toCode(kind), PackageText::tr("content for a document the order does not list "
                                                      "as having content")});
        }
    }
    // The manifest embeds each decision's checklist as an object: anything else would be lost.
    for (qsizetype i = 0; extras && i < extras->decisions.size(); ++i) {
        const QByteArray& checklist = extras->decisions.at(i).checklistJson;
        if (!checklist.isEmpty() && !QJsonDocument::fromJson(checklist).isObject()) {
            problems.append(Problem{u"export/decisions/" + QString::number(i),
                                    PackageText::tr("the decision's checklist is not a JSON object")});
        }
    }
    return problems;
}

class ZipWriter
{
public:
    Status open()
    {
        zip_error_t error;
        zip_error_init(&error);
        m_buffer.reset(zip_source_buffer_create(nullptr, 0, 0, &error));
        if (m_buffer) {
            m_archive.reset(zip_open_from_source(m_buffer.get(), ZIP_TRUNCATE, &error));
        }
        if (!m_archive) {
            const QString detail = zip::errorText(&error);
            zip_error_fini(&error);
            return Error{PackageText::tr("The dossier package cannot be built."), detail};
        }
        zip_error_fini(&error);
        zip_source_keep(m_buffer.get()); // the archive took the first reference; this one is ours
        return {};
    }

    /// `data` must stay alive until close().
    Status add(const QString& name, const QByteArray& data)
    {
        zip_source_t* source =
            zip_source_buffer(m_archive.get(), data.constData(), zip_uint64_t(data.size()), 0);
        if (!source) {
            return failure();
        }
        if (zip_file_add(m_archive.get(), name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source); // not taken by the archive
            return failure();
        }
        return {};
    }

    /// Writes the archive into the buffer and returns its bytes.
    Result<QByteArray> close()
    {
        if (zip_close(m_archive.get()) != 0) {
            return failure();
        }
        m_archive.release(); // closed and freed by zip_close
        zip_source_t* buffer = m_buffer.get();
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_source_open(buffer) != 0 || zip_source_stat(buffer, &stat) != 0 ||
            !(stat.valid & ZIP_STAT_SIZE)) {
            return Error{PackageText::tr("The dossier package cannot be built."),
                         zip::errorText(zip_source_error(buffer))};
        }
        QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
        const zip_int64_t got = zip_source_read(buffer, bytes.data(), stat.size);
        zip_source_close(buffer);
        if (got != zip_int64_t(stat.size)) {
            return Error{PackageText::tr("The dossier package cannot be built."),
                         zip::errorText(zip_source_error(buffer))};
        }
        return bytes;
    }

private:
    Error failure() const
    {
        return Error{PackageText::tr("The dossier package cannot be built."),
                     zip::errorText(zip_get_error(m_archive.get()))};
    }

    zip::Source m_buffer;
    zip::Archive m_archive;
};

} // namespace

Result<QByteArray> encodePackage(const Dossier& dossier, const ExportExtras* extras)
{
    if (const auto problems = consistencyProblems(dossier, extras); !problems.isEmpty()) {
        return summarise(cannotWrite(int(problems.size())), problems);
    }
    const QByteArray manifest =
        QJsonDocument(manifestToJson(dossier.order, extras)).toJson(QJsonDocument::Indented);

    ZipWriter zip;
    if (auto opened = zip.open(); !opened) {
        return opened.error();
    }
    if (auto added = zip.add(manifestEntry.toString(), manifest); !added) {
        return added.error();
    }
    for (const auto& document : dossier.order.documents) {
        if (document.hasContent()) {
            if (auto added = zip.add(documentPath(document), dossier.contents.at(document.kind)); !added) {
                return added.error();
            }
        }
    }
    auto bytes = zip.close();
    if (!bytes) {
        return bytes;
    }

    // What Guichet writes, Guichet must read: check the result as an import would.
    PackageReader reader;
    if (!reader.readData(*bytes)) {
        return summarise(cannotWrite(int(reader.problems().size())), reader.problems());
    }
    return bytes;
}

namespace {

Status save(const QString& path, const Result<QByteArray>& bytes)
{
    if (!bytes) {
        return bytes.error();
    }
    // QSaveFile writes a temporary file beside `path` and renames it over `path` on commit(); on any
    // failure the temporary file is removed and `path` keeps its old content.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{PackageText::tr("The dossier package cannot be saved to %1.").arg(path),
                     file.errorString()};
    }
    if (file.write(*bytes) != bytes->size()) {
        const QString detail = file.errorString();
        file.cancelWriting();
        return Error{PackageText::tr("The dossier package cannot be saved to %1.").arg(path), detail};
    }
    if (!file.commit()) {
        return Error{PackageText::tr("The dossier package cannot be saved to %1.").arg(path),
                     file.errorString()};
    }
    return {};
}

} // namespace

Status writePackage(const QString& path, const Dossier& dossier)
{
    return save(path, encodePackage(dossier));
}

Status writePackage(const QString& path, const Dossier& dossier, const ExportExtras& extras)
{
    return save(path, encodePackage(dossier, &extras));
}

} // namespace guichet::package
