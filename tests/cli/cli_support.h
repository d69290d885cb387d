#pragma once

// guichet-cli run as a user runs it: a real process on a real store file, with its own settings
// folder. Decisions log in on a training token (SoftHSM2) provisioned once per test program with
// `guichet-cli training provision`.

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace guichet::cli::test {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const;
};

/// guichet-cli --store STORE ARGUMENTS, with `input` on its standard input.
Run cli(const QString& store, const QStringList& arguments, const QByteArray& input = {});

/// The training PIN, as a line for --pin-stdin.
inline const QByteArray trainingPin = QByteArrayLiteral("123456\n");

/// A training folder provisioned with `guichet-cli training provision` (once per `role`), and the
/// options that log in with it.
QString trainingDir(const QString& role = QStringLiteral("aea"));
QStringList trainingLogin(const QString& role = QStringLiteral("aea"));

/// A decision (or import) logged in on the training token of `role`.
Run decide(const QString& store, const QStringList& arguments, const QString& role = QStringLiteral("aea"));

/// The orders' numbers, sorted.
QStringList orderNumbers(const QString& store);

} // namespace guichet::cli::test
