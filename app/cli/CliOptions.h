#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>
#include <optional>

// Option values checked before anything runs: a number out of range or a word where a number
// belongs is refused with a sentence, never read as 0 (`--timeout abc` used to mean "no time").
namespace CliOptions {

// A whole number in [min, max]; nullopt (and why, on `err`) when the value is not one.
std::optional<qint64> number(const QCommandLineParser &p, const QCommandLineOption &option,
                             qint64 min, qint64 max, QTextStream &err);
// A duration: "90" or "90s" seconds, "30m", "12h", "2d"; in seconds, from 0 to `max`.
std::optional<qint64> duration(const QCommandLineParser &p, const QCommandLineOption &option,
                               qint64 max, QTextStream &err);

// Ctrl+C and SIGTERM end the running event loops instead of the process, so a command can say
// where it stopped and its temporary files are removed on the way out.
void quitOnSignals();
bool interrupted();

} // namespace CliOptions
