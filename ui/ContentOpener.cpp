#include "ContentOpener.h"

#include "app/fhir/ContentOutline.h"
#include "app/support/Format.h"

#include "app/fhir/CapabilityStatement.h"
#include "app/models/CallLogModel.h"
#include "app/session/ServerSession.h"
#include "ui/BinaryViewer.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QRegularExpression>
#include <QStatusBar>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

ContentOpener::ContentOpener(ServerSession *session, QStatusBar *statusBar, QWidget *window)
    : QObject(window), m_session(session), m_statusBar(statusBar), m_window(window)
{
}

void ContentOpener::openCall(const CallRecord &selected)
{
    // The body read back (it may have spilled to a file) and decoded off the UI thread.
    struct Decoded
    {
        BinaryContent content;
        bool binaryResource = false;
    };
    const CallRecord record = selected;
    m_statusBar->showMessage(tr("Reading call #%1's answer…").arg(record.id));
    auto *watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcher<Decoded>::finished, this, [this, watcher, record] {
        watcher->deleteLater();
        m_statusBar->clearMessage();
        const Decoded d = watcher->result();
        show(record, d.content, d.binaryResource);
    });
    watcher->setFuture(QtConcurrent::run([record] {
        const QByteArray body = record.wholeBody();
        // A Binary resource (JSON or XML), or raw content read with Accept equal to its type.
        static const QRegularExpression binaryJson(
            QStringLiteral("\"resourceType\"\\s*:\\s*\"Binary\""));
        const bool resource = binaryJson.match(QString::fromUtf8(body.left(4096))).hasMatch() ||
                              body.trimmed().startsWith("<Binary");
        return Decoded{resource ? BinaryContent::fromResource(body)
                                : BinaryContent::fromBytes(body, record.contentType()),
                       resource};
    }));
}

void ContentOpener::show(const CallRecord &record, const BinaryContent &content, bool resource)
{
    auto *viewer =
        new BinaryViewer(content,
                         QStringLiteral("#%1 %2 %3")
                             .arg(record.id)
                             .arg(QString::fromLatin1(record.method), record.url.toString()),
                         m_window);
    viewer->setObjectName(QStringLiteral("binaryViewer"));
    // Another resource read with GET (not a Binary's data, which the server never converts):
    // the other format is asked from the server when its CapabilityStatement lists it.
    const auto &cs = m_session->statement();
    const bool fhirBody =
        content.kind == BinaryContent::Kind::Json || content.kind == BinaryContent::Kind::Xml;
    // A Binary read answered with its raw content (Accept equal to its contentType) is content
    // too: asking the server for XML would bring the Binary wrapper, not this resource in XML.
    static const QRegularExpression binaryRead(QStringLiteral("/Binary/[^/]+/?$"));
    const bool binaryContent = binaryRead.match(record.url.path()).hasMatch();
    if (!resource && !binaryContent && fhirBody && record.method == "GET" && cs &&
        cs->supportsXml()) {
        const QUrl url = record.url;
        viewer->setServerFetch([guard = QPointer<ContentOpener>(this), this,
                                url](bool xml, const BinaryViewer::Reply &reply) {
            if (!guard) {
                reply({}, tr("the window is closed"));
                return;
            }
            m_session->readInFormat(url, xml, this, reply);
        });
    }
    viewer->show();
}

void ContentOpener::openFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        m_statusBar->showMessage(tr("Cannot open %1: not a readable file.").arg(path), 8000);
        return;
    }
    const QString suffix = info.suffix().toLower();
    // NDJSON is indexed from disk, never read whole: a 200 MB export file opens at once.
    QFile sniff(path);
    const QByteArray head = sniff.open(QIODevice::ReadOnly) ? sniff.read(64 * 1024) : QByteArray();
    const bool ndjson = suffix == QLatin1String("ndjson") || suffix == QLatin1String("jsonl") ||
                        BinaryContent::kindOf({}, head) == BinaryContent::Kind::Ndjson;
    if (ndjson) {
        auto *viewer = new BinaryViewer(path, m_window);
        viewer->setObjectName(QStringLiteral("binaryViewer"));
        viewer->show();
        return;
    }
    constexpr qint64 maxWhole = 1024LL * 1024 * 1024;
    if (info.size() > maxWhole) {
        m_statusBar->showMessage(
            tr("%1 is %2: too large to open whole (NDJSON files of any size open line by line).")
                .arg(path, Format::size(info.size())),
            10000);
        return;
    }
    const QString type = suffix == QLatin1String("json")  ? QStringLiteral("application/fhir+json")
                         : suffix == QLatin1String("xml") ? QStringLiteral("application/fhir+xml")
                         : suffix == QLatin1String("png") ? QStringLiteral("image/png")
                         : suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg")
                             ? QStringLiteral("image/jpeg")
                         : suffix == QLatin1String("pdf") ? QStringLiteral("application/pdf")
                         : suffix == QLatin1String("txt") ? QStringLiteral("text/plain")
                                                          : QString();
    // Read (and a Binary resource decoded) off the UI thread.
    m_statusBar->showMessage(tr("Reading %1…").arg(path));
    auto *watcher = new QFutureWatcher<std::pair<BinaryContent, QString>>(this);
    connect(watcher, &QFutureWatcher<std::pair<BinaryContent, QString>>::finished, this,
            [this, watcher, path] {
                watcher->deleteLater();
                const auto [content, error] = watcher->result();
                if (!error.isEmpty()) {
                    m_statusBar->showMessage(error, 8000);
                    return;
                }
                m_statusBar->clearMessage();
                auto *viewer = new BinaryViewer(content, path, m_window);
                viewer->setObjectName(QStringLiteral("binaryViewer"));
                viewer->show();
            });
    watcher->setFuture(QtConcurrent::run([path, type]() -> std::pair<BinaryContent, QString> {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {BinaryContent{}, tr("Cannot open %1: %2").arg(path, f.errorString())};
        QString error;
        // With the room after the bytes that the JSON parser wants: a large file is not
        // copied again to be parsed.
        const QByteArray bytes = ContentOutline::readAll(f, &error);
        if (!error.isEmpty())
            return {BinaryContent{}, tr("Cannot read %1: %2").arg(path, error)};
        const bool binaryResource =
            bytes.left(4096).contains("\"Binary\"") || bytes.trimmed().startsWith("<Binary");
        return {binaryResource ? BinaryContent::fromResource(bytes)
                               : BinaryContent::fromBytes(bytes, type),
                QString()};
    }));
}
