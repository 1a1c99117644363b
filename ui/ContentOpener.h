#pragma once

#include "app/calls/CallRecord.h"
#include "app/fhir/BinaryContent.h"

#include <QObject>

class ServerSession;
class QStatusBar;
class QWidget;

// Opens content in the viewer: a call's answer (read back and decoded off the UI thread; the
// other format asked from the server when its CapabilityStatement lists XML) or a local file
// (NDJSON indexed from disk, anything else read on a worker). Viewers belong to `window`.
class ContentOpener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContentOpener)
public:
    ContentOpener(ServerSession *session, QStatusBar *statusBar, QWidget *window);

    void openCall(const CallRecord &record);
    void openFile(const QString &path);

private:
    void show(const CallRecord &record, const BinaryContent &content, bool binaryResource);

    ServerSession *m_session;
    QStatusBar *m_statusBar;
    QWidget *m_window;
};
