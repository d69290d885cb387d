#include "confirmer.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace guichet::ui {

bool DialogConfirmer::confirm(QWidget* parent, const Question& question)
{
    QMessageBox box(QMessageBox::Warning, question.title, question.text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmDialog"));
    box.setInformativeText(question.informativeText);
    QPushButton* accept = box.addButton(question.acceptLabel, QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("confirmAcceptButton"));
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("confirmCancelButton"));
    // An irreversible act must never be the answer to a stray Enter.
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == accept;
}

QString DialogConfirmer::saveFileName(QWidget* parent, const QString& title, const QString& suggestedPath,
                                      const QString& filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

} // namespace guichet::ui
