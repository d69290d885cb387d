// The PIN field: the PIN goes key by key into a wiped buffer and never becomes text anywhere a
// program, a screen reader, an input method or the clipboard could read it.

#include "catch_qt.h"
#include "login/pin_edit.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QApplication>
#include <QClipboard>
#include <QImage>
#include <QKeyEvent>
#include <QMetaProperty>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <catch2/catch.hpp>
#include <string_view>

using namespace guichet;
using namespace Qt::StringLiterals;

namespace {

std::string_view typed(const ui::PinEdit& edit)
{
    const token::SecureBuffer& bytes = edit.pinForTesting().bytes();
    return {bytes.data(), bytes.size()};
}

/// Every string the widget offers through Qt's meta-object system and accessibility.
QStringList everyText(ui::PinEdit& edit)
{
    QStringList texts;
    const QMetaObject* meta = edit.metaObject();
    for (int index = 0; index < meta->propertyCount(); ++index) {
        const QVariant value = meta->property(index).read(&edit);
        if (value.canConvert<QString>()) {
            texts.append(value.toString());
        }
    }
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(&edit);
    REQUIRE(accessible != nullptr);
    for (const QAccessible::Text kind : {QAccessible::Name, QAccessible::Description, QAccessible::Value,
                                         QAccessible::Help, QAccessible::Accelerator}) {
        texts.append(accessible->text(kind));
    }
    for (const Qt::InputMethodQuery query :
         {Qt::ImSurroundingText, Qt::ImCurrentSelection, Qt::ImTextBeforeCursor, Qt::ImTextAfterCursor}) {
        texts.append(edit.inputMethodQuery(query).toString());
    }
    return texts;
}

} // namespace

TEST_CASE("Typed keys go into the PIN buffer and only dots are shown", "[login][pin]")
{
    ui::PinEdit edit;
    edit.show();
    REQUIRE(QTest::qWaitForWindowExposed(&edit));
    const QImage empty = edit.grab().toImage();
    QTest::keyClicks(&edit, u"4921"_s);
    // A character beyond ASCII, as a keyboard layout sends it (QTest::keyClicks only knows ASCII).
    QKeyEvent eacute(QEvent::KeyPress, Qt::Key_Eacute, Qt::NoModifier, u"é"_s);
    QApplication::sendEvent(&edit, &eacute);
    QTest::keyClicks(&edit, u"7"_s);
    CHECK(edit.length() == 6);
    CHECK(typed(edit) == std::string_view("4921\xc3\xa9"
                                          "7"));
    // What is painted changed (the dots), and no text of the widget holds the PIN.
    CHECK(edit.grab().toImage() != empty);
    for (const QString& text : everyText(edit)) {
        CHECK_FALSE(text.contains(u"4921"_s));
        CHECK_FALSE(text.contains(u"é7"_s));
    }
    QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(&edit);
    CHECK(accessible->role() == QAccessible::EditableText);
    CHECK(accessible->state().passwordEdit);
    CHECK(accessible->text(QAccessible::Name) == u"PIN"_s);
    CHECK(accessible->text(QAccessible::Value).contains(u'6'));
}

TEST_CASE("Backspace removes the last character, Escape and clear wipe the buffer", "[login][pin]")
{
    ui::PinEdit edit;
    QTest::keyClicks(&edit, u"12345"_s);
    QTest::keyClick(&edit, Qt::Key_Backspace);
    CHECK(typed(edit) == "1234");
    CHECK(edit.length() == 4);

    const auto storage = edit.pinForTesting().bytes().storageForTesting();
    REQUIRE(storage.size() >= 4);
    edit.clear();
    CHECK(edit.isEmpty());
    CHECK(edit.pinForTesting().isEmpty());
    CHECK(std::all_of(storage.begin(), storage.end(), [](unsigned char byte) { return byte == 0; }));

    QTest::keyClicks(&edit, u"98"_s);
    QTest::keyClick(&edit, Qt::Key_Escape);
    CHECK(edit.isEmpty());
    CHECK(std::all_of(storage.begin(), storage.end(), [](unsigned char byte) { return byte == 0; }));
}

TEST_CASE("Enter submits, and taking the PIN leaves the field empty", "[login][pin]")
{
    ui::PinEdit edit;
    QSignalSpy submitted(&edit, &ui::PinEdit::submitted);
    QTest::keyClicks(&edit, u"2468"_s);
    QTest::keyClick(&edit, Qt::Key_Return);
    CHECK(submitted.count() == 1);
    QTest::keyClick(&edit, Qt::Key_Enter, Qt::KeypadModifier);
    CHECK(submitted.count() == 2);

    token::Pin pin = edit.takePin();
    CHECK(std::string_view(pin.bytes().data(), pin.size()) == "2468");
    CHECK(edit.isEmpty());
    CHECK(edit.pinForTesting().isEmpty());
}

TEST_CASE("Pasting a PIN is refused and input methods are off", "[login][pin]")
{
    ui::PinEdit edit;
    QSignalSpy refused(&edit, &ui::PinEdit::pasteRefused);
    QApplication::clipboard()->setText(u"135790"_s);
    QTest::keyClick(&edit, Qt::Key_V, Qt::ControlModifier);
    QTest::keyClick(&edit, Qt::Key_Insert, Qt::ShiftModifier);
    CHECK(refused.count() == 2);
    CHECK(edit.isEmpty());
    QTest::mouseClick(&edit, Qt::MiddleButton);
    CHECK(refused.count() == 3);
    CHECK(edit.isEmpty());
    // Ctrl+letters are not characters of the PIN either.
    QTest::keyClick(&edit, Qt::Key_A, Qt::ControlModifier);
    CHECK(edit.isEmpty());

    CHECK_FALSE(edit.testAttribute(Qt::WA_InputMethodEnabled));
    CHECK_FALSE(edit.inputMethodQuery(Qt::ImEnabled).toBool());
    CHECK((edit.inputMethodQuery(Qt::ImHints).toInt() & Qt::ImhSensitiveData) != 0);
    CHECK_FALSE(edit.acceptDrops());
}

TEST_CASE("A PIN longer than the maximum is cut at the maximum", "[login][pin]")
{
    ui::PinEdit edit;
    edit.setMaximumLength(8);
    QTest::keyClicks(&edit, u"0123456789"_s);
    CHECK(edit.length() == 8);
    CHECK(typed(edit) == "01234567");
}
