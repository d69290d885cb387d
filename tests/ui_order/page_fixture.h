#pragma once

// A fresh store per test, a session on it, and an order page whose questions a scripted confirmer
// answers (core asks, the UI answers, the test mocks). Widgets are found by object name.

#include "order/confirmer.h"
#include "order/order_page.h"
#include "qt_wait.h"
#include "session/desk_session.h"

#include <QList>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>
#include <catch2/catch.hpp>
#include <memory>

class QTreeWidgetItem;

namespace guichet::testing {

class ScriptedConfirmer final : public ui::Confirmer
{
public:
    bool answer = true;
    QString savePath; ///< what saveFileName answers (empty: the operator cancels)
    QList<ui::Question> questions;
    QStringList suggestedPaths;

    bool confirm(QWidget*, const ui::Question& question) override
    {
        questions.append(question);
        return answer;
    }
    QString saveFileName(QWidget*, const QString&, const QString& suggestedPath, const QString&) override
    {
        suggestedPaths.append(suggestedPath);
        return savePath;
    }
};

/// The sample dossier as it arrives for verification: nothing confirmed, contracts not signed yet,
/// the holder's identity not recorded.
Dossier arrivingDossier(const QDate& today);
/// A real PNG (a blank scan-sized page) to stand for a readable document.
QByteArray pngBytes();
/// Replaces a document's bytes (and its size and SHA-256).
void setContent(Dossier& dossier, DocumentKind kind, const QByteArray& bytes, const QString& mediaType);
/// Marks a document as not imported (no bytes).
void removeContent(Dossier& dossier, DocumentKind kind);

struct PageFixture
{
    QTemporaryDir dir;
    std::unique_ptr<ui::DeskSession> session;
    ScriptedConfirmer confirmer;
    std::unique_ptr<ui::OrderPage> page;

    PageFixture();
    ~PageFixture();
    QDate today() const { return session->today(); }
    qint64 import(const Dossier& dossier);
    /// Imports `dossier` and opens it in the page.
    qint64 open(const Dossier& dossier);
    Order stored(qint64 orderId);

    template <typename T = QWidget> T* find(const QString& objectName) const
    {
        T* widget = page->findChild<T*>(objectName);
        INFO("object name: " << objectName.toStdString());
        REQUIRE(widget);
        return widget;
    }
    QString text(const QString& labelName) const;
    /// The checklist tree's row for `itemId`.
    QTreeWidgetItem* checklistRow(const QString& itemId) const;
    /// Moves the checklist's current item to `itemId` with the arrow keys, as an operator would.
    void walkChecklistTo(const QString& itemId);
    /// Moves the document list's current row to `kind` with the arrow keys.
    void walkDocumentsTo(DocumentKind kind);
    rules::ItemState state(const QString& itemId) const;
};

} // namespace guichet::testing
