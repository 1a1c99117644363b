// What verifying costs, alone: the NDJSON scanner of an export's downloads (each line a JSON
// object with a resourceType) over files already in memory, in 1 MiB blocks as they arrive.
// Prints CPU seconds per GB on one core. scripts/bench-export.sh uses the figure for the best
// ratio against curl that any client which verifies every line could reach on this machine.
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
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 2;
        }
        const QByteArray all = file.readAll(); // not measured
        NdjsonScanner scanner([&](const NdjsonScanner::Line &line) {
            ++lines;
            if (line.kind != NdjsonScanner::Kind::Resource)
                ++bad;
            return true;
        });
        const double start = cpuSeconds();
        constexpr qint64 block = 1 << 20;
        for (qint64 at = 0; at < all.size(); at += block)
            scanner.feed(all.constData() + at, qMin(block, all.size() - at));
        scanner.finish();
        cpu += cpuSeconds() - start;
        bytes += all.size();
    }
    std::printf("verify: %lld lines (%lld not a resource), %.0f MB in %.2f s CPU: %.2f s/GB\n",
                lines, bad, double(bytes) / 1e6, cpu, cpu / (double(bytes) / 1e9));
    return bad == 0 ? 0 : 1;
}
