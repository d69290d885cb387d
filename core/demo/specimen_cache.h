#pragma once

// The rendered specimens behind RenderMode::Bulk: one per document look, drawn on first use and
// shared by every order (and every thread) after that.

#include "demo_case.h"

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <map>
#include <memory>

namespace guichet::demo {

struct RenderedDocument
{
    QByteArray bytes;
    QString mediaType;
    QString sha256; ///< lower-case hex
};

/// Draws `document` of `demoCase` (which must have content) and hashes it.
RenderedDocument renderDocument(const DemoCase& demoCase, const Document& document);

class SpecimenCache
{
public:
    /// The specimen with the look of `document` in `demoCase`, drawn for `seed` and `today`.
    std::shared_ptr<const RenderedDocument> specimen(quint64 seed, const DemoCase& demoCase,
                                                     const Document& document, const QDate& today);

private:
    QMutex m_mutex;
    std::map<QString, std::shared_ptr<const RenderedDocument>> m_specimens;
};

} // namespace guichet::demo
