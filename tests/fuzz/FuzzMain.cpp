// The corpus driver of a fuzz target built without libFuzzer (the default and the sanitizer
// builds): every file named, and every file in every folder named, goes once through the same
// LLVMFuzzerTestOneInput that libFuzzer calls. A crash or a failed expectation aborts, naming the
// file, so each corpus runs as an ordinary regression test.
#include "FuzzCheck.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>
#include <cstdio>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (!QFileInfo(arg).isDir()) {
            files += arg;
            continue;
        }
        QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files += it.next();
    }
    files.sort();
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: %s FILE-OR-FOLDER...\n(no input files found)\n", argv[0]);
        return 2;
    }
    LLVMFuzzerInitialize(&argc, &argv);
    for (const QString &name : files) {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(name), qPrintable(file.errorString()));
            return 2;
        }
        const QByteArray bytes = file.readAll();
        const QByteArray local = name.toLocal8Bit();
        Fuzz::currentInput = local.constData();
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                               size_t(bytes.size()));
    }
    Fuzz::currentInput = nullptr;
    std::printf("%lld inputs, no findings\n", qlonglong(files.size()));
    return 0;
}
