// What verifying costs, alone: the NDJSON scanner of an export's downloads (each line a JSON
// object with a resourceType) over files as a checking program reads them: 1 MiB at a time into
// one reused buffer, from the page cache when they were just written. Prints the CPU seconds per
// GB on one core, reading included. scripts/bench-export.sh runs it after curl: curl, then this,
// is the reference an export that verifies as it downloads is measured against.
//   fbx-bench-verify FILE...
#include "app/fhir/NdjsonScanner.h"

#include <QCoreApplication>
#include <QFile>
#include <cstdio>
#include <ctime>

static double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList files = app.arguments().mid(1);
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: fbx-bench-verify FILE...\n");
        return 2;
    }
    qint64 bytes = 0, lines = 0, bad = 0;
    double cpu = 0;
    QByteArray block(1 << 20, Qt::Uninitialized);
    const double start = cpuSeconds();
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 2;
        }
        NdjsonScanner scanner([&](const NdjsonScanner::Line &line) {
            ++lines;
            if (line.kind != NdjsonScanner::Kind::Resource)
                ++bad;
            return true;
        });
        for (;;) {
            const qint64 n = file.read(block.data(), block.size());
            if (n < 0) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
                return 2;
            }
            if (n == 0)
                break;
            scanner.feed(block.constData(), n);
            bytes += n;
        }
        scanner.finish();
    }
    cpu = cpuSeconds() - start;
    std::printf("verify: %lld lines (%lld not a resource), %.0f MB in %.2f s CPU: %.2f s/GB\n",
                lines, bad, double(bytes) / 1e6, cpu, cpu / (double(bytes) / 1e9));
    return bad == 0 ? 0 : 1;
}
