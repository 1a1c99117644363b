#pragma once

// What tst_sandboxscenarios and tst_sandboxscenarios_exports share: a Sandbox of their own, raw
// requests with its demo token, a scenario posted to its control endpoint, a kick-off and the
// manifest it ends in (the Sandbox's clock moved on by each wait it asks for: nothing sleeps).
#include "RawHttp.h"
#include "app/sandbox/SandboxHost.h"
#include "app/sandbox/SandboxServer.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class SandboxScenarioFixture
{
protected:
    SandboxHost m_host;
    quint16 m_port = 0;
    QByteArray m_auth;

    RawResponse get(const QByteArray &path, const QList<QByteArray> &extra = {})
    {
        return rawExchange(m_port, "GET", "/uscore/v1/bulk-data/" + path,
                           QList<QByteArray>{m_auth} + extra);
    }
    void scenario(const QJsonObject &json)
    {
        const RawResponse r =
            rawExchange(m_port, "POST", "/_sandbox/scenario", {"Content-Type: application/json"},
                        QJsonDocument(json).toJson(QJsonDocument::Compact));
        QCOMPARE(r.status, 200);
    }
    // Kick off an export and return the status path (relative to the base).
    QByteArray kickOff(const QByteArray &query = {}, const QList<QByteArray> &extra = {})
    {
        const RawResponse r =
            get("Group/1/$export" + query,
                QList<QByteArray>{"Prefer: respond-async", "Cache-Control: no-cache"} + extra);
        const QByteArray prefix =
            "http://127.0.0.1:" + QByteArray::number(m_port) + "/uscore/v1/bulk-data/";
        return r.status == 202 ? r.header("Content-Location").mid(prefix.size()) : QByteArray();
    }
    QJsonObject manifest(const QByteArray &status)
    {
        // A job still running answers 202 with the wait it asks for: the Sandbox's clock moves on
        // by that much (nothing sleeps) and the next poll sees the job further along.
        for (int i = 0; i < 50; ++i) {
            const RawResponse r = get(status);
            if (r.status == 200)
                return QJsonDocument::fromJson(r.body).object();
            if (r.status != 202)
                break;
            const qint64 waitMs = qMax<qint64>(1, r.header("Retry-After").toLongLong()) * 1000;
            m_host.configure([waitMs](SandboxServer *s) { s->clock().advance(waitMs); });
        }
        return {};
    }

    bool startSandbox()
    {
        if (!m_host.start())
            return false;
        m_port = quint16(m_host.baseUrl().port());
        m_auth = "Authorization: Bearer " + m_host.demoToken();
        return true;
    }
};
