#include "identity/training_layout.h"

#include <QFileInfo>
#include <QStandardPaths>
#include <utility>

using namespace Qt::StringLiterals;

namespace guichet::identity {

QString TrainingLayout::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/guichet/training"_s;
}

QStringList TrainingLayout::existing() const
{
    QStringList found;
    for (const auto& [path, name] :
         {std::pair{softHsmConf(), u"softhsm2.conf"_s}, std::pair{tokens(), u"tokens/"_s},
          std::pair{caCertificate(), u"training-ca.pem"_s}, std::pair{caKey(), u"training-ca.key"_s},
          std::pair{roles(), u"roles.json"_s}}) {
        if (QFileInfo::exists(path)) {
            found << name;
        }
    }
    return found;
}

} // namespace guichet::identity
