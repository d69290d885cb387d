#pragma once

// An inline message above the order: what just happened, or why the workflow refused an act. It
// stays until the next act, so a refusal is never a flash the operator can miss.

#include <QFrame>

class QLabel;

namespace guichet::ui {

class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Information,
        Error
    };

    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    void showError(const QString& text) { showMessage(Kind::Error, text); }
    void showInformation(const QString& text) { showMessage(Kind::Information, text); }
    void clear();

    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel* m_label;
    Kind m_kind = Kind::Information;
};

} // namespace guichet::ui
