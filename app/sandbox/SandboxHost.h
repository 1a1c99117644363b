#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <functional>

class QThread;
class SandboxServer;

// Runs a SandboxServer on a thread of its own, so that a busy Sandbox never blocks the UI and
// in-process tests exercise real sockets.
class SandboxHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxHost)
public:
    explicit SandboxHost(QObject *parent = nullptr);
    ~SandboxHost() override;

    // Blocks until the server listens on 127.0.0.1; false when the port is taken.
    bool start(quint16 port = 0, int scale = 1);
    bool isRunning() const { return m_server != nullptr; }
    QUrl baseUrl() const { return m_baseUrl; }
    QUrl tokenUrl() const { return m_tokenUrl; }
    QByteArray demoToken() const { return m_demoToken; }
    // The private key of the private_key_jwt demo client (SandboxServer::kDemoJwtClientId).
    QByteArray demoJwtPrivateKeyPem();
    // A token of this Sandbox with the given lifetime (negative: already expired).
    QByteArray mintToken(qint64 lifetimeSecs,
                         const QString &scope = QStringLiteral("system/*.read")) const;
    // A token signed here but issued for another server (see SandboxServer).
    QByteArray mintTokenForAudience(const QString &audience) const;
    // The resources ("Type/id") this Sandbox deleted in Group `groupId` when its scenario has
    // deletions on; empty otherwise (what a conformance run knows `deleted` should list).
    QStringList deletedResources(const QString &groupId) const;
    // Runs `f` on the Sandbox thread and waits: the way to change scenario settings.
    void configure(const std::function<void(SandboxServer *)> &f);

private:
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr;
    SandboxServer *m_server = nullptr;
    QUrl m_baseUrl;
    QUrl m_tokenUrl;
    QByteArray m_demoToken;
};
