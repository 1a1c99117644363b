#include "TokenRenewal.h"

#include "app/support/Logging.h"

#include "app/net/FhirClient.h"

#include <QDateTime>

TokenRenewal::TokenRenewal(FhirClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_tokens(new TokenClient(client, this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &TokenRenewal::renew);
    connect(m_tokens, &TokenClient::finished, this, [this](const TokenClient::Response &r) {
        m_inFlight = false;
        if (!m_request)
            return; // stopped meanwhile
        if (r.ok) {
            m_client->setAuthorization(AuthMode::Bearer, r.accessToken);
            qCInfo(lcAuth) << "token renewed by call" << r.callId << "lasting" << r.expiresIn
                           << "s";
            Q_EMIT renewed(r);
            reschedule(r.expiresIn);
            return;
        }
        qCWarning(lcAuth) << "token renewal failed:" << r.error;
        Q_EMIT failed(r);
        m_timer.start(30 * 1000); // try again while the old token may still be good
    });
}

qint64 TokenRenewal::delayFor(qint64 secsLeft)
{
    return qMax<qint64>(1, qMin(secsLeft * 4 / 5, secsLeft - 60));
}

void TokenRenewal::arm(const TokenClient::Request &request, qint64 expiresIn)
{
    m_request = request;
    reschedule(expiresIn);
}

void TokenRenewal::stop()
{
    m_request.reset();
    m_timer.stop();
}

void TokenRenewal::reschedule(qint64 expiresIn)
{
    if (!m_request || m_inFlight)
        return;
    const QDateTime exp = m_client->tokenExpiresAt();
    qint64 left = -1;
    if (exp.isValid())
        left = QDateTime::currentDateTimeUtc().secsTo(exp);
    else if (expiresIn > 0)
        left = expiresIn;
    if (left < 0 && !exp.isValid()) {
        m_timer.stop(); // an opaque token of unknown life: nothing to time
        return;
    }
    m_timer.start(int(qMin<qint64>(delayFor(left), 24 * 3600) * 1000));
}

qint64 TokenRenewal::secondsUntilRenewal() const
{
    return m_timer.isActive() ? m_timer.remainingTime() / 1000 : -1;
}

void TokenRenewal::renewNow()
{
    m_timer.stop();
    renew();
}

void TokenRenewal::renew()
{
    if (!m_request || m_inFlight)
        return;
    m_inFlight = true;
    m_tokens->request(*m_request);
}
