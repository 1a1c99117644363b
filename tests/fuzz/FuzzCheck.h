#pragma once

// What every fuzz target shares: a failed expectation ends the run (libFuzzer keeps the input as
// a crash; the corpus driver names the file), and any Qt warning is a finding too (a parser that
// makes Qt complain on stderr has read something it did not handle).
#include <QByteArray>
#include <QString>
#include <QtGlobal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Fuzz {

// The corpus file being run (FuzzMain.cpp sets it; libFuzzer names its inputs itself).
inline const char *currentInput = nullptr;

[[noreturn]] inline void fail(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "fuzz: %s%s%s\n%s\n", what, currentInput ? " in " : "",
                 currentInput ? currentInput : "", detail.left(2000).constData());
    std::fflush(stderr);
    std::abort();
}

inline void require(bool ok, const char *what, const QByteArray &detail = {})
{
    if (!ok)
        fail(what, detail);
}

inline void failOnQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        fail("a Qt message", message.toUtf8());
}

// Each target's LLVMFuzzerInitialize calls it before the first input: Qt messages are findings.
inline void init()
{
    qInstallMessageHandler(failOnQtMessages);
}

// A small, repeatable stream of numbers drawn from the input itself (chunk sizes, fold sizes):
// the same input always takes the same path.
class Draw
{
public:
    Draw(const uint8_t *data, size_t size)
    {
        for (size_t i = 0; i < size; ++i)
            m_state = (m_state ^ data[i]) * 1099511628211ull; // FNV-1a
    }
    uint32_t next(uint32_t bound)
    {
        m_state ^= m_state >> 33;
        m_state *= 0xff51afd7ed558ccdull;
        m_state ^= m_state >> 33;
        return bound ? uint32_t(m_state % bound) : 0;
    }

private:
    uint64_t m_state = 14695981039346656037ull;
};

} // namespace Fuzz
