#pragma once

// What both delivery pages (the one holder's, the agent's batch) show the same way: the form of the
// ID shown at the counter, the explanations, and the banner of the last outcome.

#include "rules/identity_check.h"

#include <QString>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace guichet::ui {

/// The ID document shown at the counter: its kind and number, or its machine-readable zone (typed,
/// or typed by a keyboard-wedge scanner), and the operator's attestation that the face matches.
class PresentedIdentityForm : public QWidget
{
    Q_OBJECT

public:
    /// `faceText`: the attestation's words (whose face); `objectPrefix`: before the fields' object
    /// names ("" gives idKind, idNumber, mrz, faceMatches; "batch" gives batchIdKind, ...).
    PresentedIdentityForm(const QString& faceText, const QString& objectPrefix, QWidget* parent = nullptr);

    /// What the fields say: the kind and number typed, the MRZ's non-empty lines, the attestation.
    rules::PresentedIdentity presented() const;

    QComboBox* kind() const { return m_kind; }
    QLineEdit* number() const { return m_number; }
    QPlainTextEdit* mrz() const { return m_mrz; }
    QCheckBox* face() const { return m_face; }

signals:
    /// The attestation was ticked or unticked.
    void attestationChanged();
    /// Return in the number field.
    void submitted();

private:
    QComboBox* m_kind;
    QLineEdit* m_number;
    QPlainTextEdit* m_mrz;
    QCheckBox* m_face;
};

/// A word-wrapped label.
QLabel* explanation(const QString& text, QWidget* parent);

/// Shows `text` in `banner`, red for an error, green for an outcome.
enum class Banner
{
    Error,
    Outcome,
};
void showBanner(QLabel* banner, Banner kind, const QString& text);

} // namespace guichet::ui
