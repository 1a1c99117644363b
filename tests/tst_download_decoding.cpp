// A download's memory (issue #28). A gzip-encoded file is decoded in bounded pieces: NDJSON
// compresses about 16:1, so one 1 MiB read off the wire was 16 MiB in memory at once, four
// downloads 198 MiB; each piece is written and checked before the next is made. And the
// allocator keeps the 1 MiB buffers a download goes through on its heap (MemoryTuning).
#include "app/net/ContentDecoder.h"
#include "app/support/MemoryTuning.h"

#include <QTest>
#include <cstdlib>
#include <cstring>
#include <zlib.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

class DownloadDecodingTest : public QObject
{
    Q_OBJECT

    static QByteArray ndjson(int lines)
    {
        QByteArray out;
        for (int i = 0; i < lines; ++i)
            out += "{\"resourceType\":\"Observation\",\"id\":\"o-" + QByteArray::number(i) +
                   "\",\"status\":\"final\"}\n";
        return out;
    }

    static QByteArray gzip(const QByteArray &plain)
    {
        z_stream z{};
        if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
            return {};
        QByteArray out(int(deflateBound(&z, uLong(plain.size()))), Qt::Uninitialized);
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.constData()));
        z.avail_in = uInt(plain.size());
        z.next_out = reinterpret_cast<Bytef *>(out.data());
        z.avail_out = uInt(out.size());
        const int rc = deflate(&z, Z_FINISH);
        out.truncate(qsizetype(z.total_out));
        deflateEnd(&z);
        return rc == Z_STREAM_END ? out : QByteArray();
    }

    // Feeds `wire` in reads of `read` bytes, as a reply hands them over.
    static bool decode(ContentDecoder &d, const QByteArray &wire, qsizetype read,
                       QList<QByteArray> *pieces)
    {
        for (qsizetype at = 0; at < wire.size(); at += read) {
            if (!d.feed(wire.mid(at, read), [pieces](const QByteArray &piece) {
                    pieces->append(piece);
                    return true;
                }))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    // First: before any test here frees a large block (glibc's adaptive threshold would rise).
    void aDownloadBufferComesFromTheHeapAndStaysThere()
    {
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("the sanitizer's allocator stands in for glibc's");
#elif !defined(__GLIBC__)
        QSKIP("the tuning is glibc's");
#else
        MemoryTuning::forStreaming();
        constexpr size_t size = 3 << 20; // a 1 MiB read, three times over
        const struct mallinfo2 before = mallinfo2();
        void *buffer = std::malloc(size);
        QVERIFY(buffer);
        std::memset(buffer, 1, size);
        const struct mallinfo2 during = mallinfo2();
        // Without the tuning glibc maps a block this size on its own (and unmaps it at free()).
        QCOMPARE(during.hblks, before.hblks);
        std::free(buffer);
        // ... and without it the heap's top would be given back at once, to be faulted in again.
        QVERIFY2(mallinfo2().arena >= during.arena, "the heap was trimmed");
#endif
    }

    void aLargeReadIsDecodedInBoundedPieces()
    {
        const QByteArray plain = ndjson(200000); // about 12 MB
        const QByteArray wire = gzip(plain);
        QVERIFY(!wire.isEmpty());
        QVERIFY2(wire.size() * 8 < plain.size(), "the test data compresses as NDJSON does");
        auto d = ContentDecoder::forEncoding("gzip");
        QVERIFY(d);
        QList<QByteArray> pieces;
        QVERIFY(decode(*d, wire, 1024 * 1024, &pieces)); // 1 MiB reads: the download's bound
        QVERIFY(d->complete());
        QByteArray joined;
        for (const QByteArray &p : std::as_const(pieces)) {
            QVERIFY2(p.size() <= ContentDecoder::pieceBytes, QByteArray::number(p.size()));
            QVERIFY(!p.isEmpty());
            joined += p;
        }
        QCOMPARE(joined.size(), plain.size());
        QVERIFY(joined == plain);
        QVERIFY(pieces.size() >= plain.size() / ContentDecoder::pieceBytes);
    }

    void everyReadSizeGivesTheSameBytes_data()
    {
        QTest::addColumn<int>("read");
        QTest::newRow("1 byte at a time") << 1;
        QTest::newRow("odd reads") << 4093;
        QTest::newRow("the whole body at once") << (64 << 20);
    }

    void everyReadSizeGivesTheSameBytes()
    {
        QFETCH(int, read);
        const QByteArray plain = ndjson(read == 1 ? 2000 : 50000);
        // Two gzip members one after the other (RFC 1952 2.2): both are the body.
        const QByteArray wire = gzip(plain) + gzip(plain);
        auto d = ContentDecoder::forEncoding("x-gzip");
        QVERIFY(d);
        QList<QByteArray> pieces;
        QVERIFY(decode(*d, wire, read, &pieces));
        QVERIFY(d->complete());
        QVERIFY(pieces.join() == plain + plain);
    }

    void aCorruptStreamStopsWithItsReason()
    {
        QByteArray wire = gzip(ndjson(50000));
        wire[wire.size() / 2] = char(~wire[wire.size() / 2]);
        wire[wire.size() / 2 + 1] = char(~wire[wire.size() / 2 + 1]);
        auto d = ContentDecoder::forEncoding("gzip");
        QList<QByteArray> pieces;
        QVERIFY(!decode(*d, wire, 1 << 20, &pieces));
        QVERIFY2(d->error().contains(QLatin1String("corrupt")), qPrintable(d->error()));
        QVERIFY(!d->complete());
    }

    void aPieceRefusedStopsTheDecoding()
    {
        // The body's writer refuses a piece (the disk is full): nothing more is decoded.
        const QByteArray wire = gzip(ndjson(200000));
        auto d = ContentDecoder::forEncoding("deflate"); // zlib or gzip, detected
        int calls = 0;
        QVERIFY(!d->feed(wire, [&calls](const QByteArray &) {
            ++calls;
            return false;
        }));
        QCOMPARE(calls, 1);
        QVERIFY(d->error().isEmpty()); // the writer says why, not the decoder
    }

    void identityAndUnknownCodingsAreNotDecoded()
    {
        QVERIFY(!ContentDecoder::forEncoding("identity"));
        QVERIFY(!ContentDecoder::forEncoding("br"));
        QVERIFY(!ContentDecoder::forEncoding(""));
        QVERIFY(ContentDecoder::forEncoding(" GZIP "));
    }
};

QTEST_GUILESS_MAIN(DownloadDecodingTest)
#include "tst_download_decoding.moc"
