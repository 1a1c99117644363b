// ExportSession, its third part: a token that runs out during the export. The first refusal
// (401, the gateway's AccessDenied) of a token that has expired by its claims, or of an opaque one
// that worked until then, is the only one: the token is renewed and the run goes on, or the queue
// stops with the cause, resumable. Not one refused call per file.
#include "ExportSession.h"

#include "app/net/FhirClient.h"
#include "app/support/Logging.h"

#include <QDateTime>

bool ExportSession::tokenRefused(const CallRecord &r) const
{
    const bool refused =
        r.status &&
        (*r.status == 401 ||
         (r.gatewayError && r.diagnosis.code == QLatin1String("gateway.access-denied")));
    if (!refused || r.tokenFingerprint.isEmpty())
        return false; // no token was sent: not about the token
    // A token that is good for a while yet by its own claims was refused for another reason
    // (revoked, another audience): that is said per call, as before.
    const QDateTime exp = m_client->tokenExpiresAt();
    return !exp.isValid() || exp <= QDateTime::currentDateTimeUtc().addSecs(30) ||
           m_client->authorizationFor(r).isEmpty();
}

QString ExportSession::tokenLostCause(const CallRecord &r) const
{
    const QString what = QStringLiteral("HTTP %1, %2").arg(r.status.value_or(0)).arg(r.purpose);
    const QDateTime exp = m_client->tokenExpiresAt();
    if (exp.isValid() && exp <= QDateTime::currentDateTimeUtc().addSecs(30))
        return tr("The token expired at %1 (%2).")
            .arg(exp.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), what);
    return tr("The server stopped accepting the token (%1): it has probably run out (an opaque "
              "token's expiry cannot be read).")
        .arg(what);
}

void ExportSession::downloadTokenLost(int index, const CallRecord &r)
{
    FileResult &f = m_outcome.files[index];
    --f.attempts; // not the file's fault: the attempt does not count
    if (m_client->authorizationFor(r).isEmpty() && m_client->hasToken()) {
        // Sent with a token that has been replaced since (renewed meanwhile): again, at once.
        --m_active;
        m_queue.prepend(index);
        downloadNext();
        return;
    }
    if (m_tokenRenewable) {
        --m_active;
        m_queue.prepend(index);
        m_refusedCall = r;
        if (!m_awaitingToken) {
            m_awaitingToken = true;
            Q_EMIT message(tr("%1 Renewing it; the downloads wait.").arg(tokenLostCause(r)));
            Q_EMIT tokenRenewalNeeded();
        }
        return;
    }
    if (m_tokenLost.isEmpty())
        m_tokenLost = tokenLostCause(r);
    m_queue.prepend(index);
    --m_active;
    stopQueueForToken(m_tokenLost);
}

void ExportSession::stopQueueForToken(const QString &cause)
{
    // The files not started are not asked for: each would be refused the same way.
    qCWarning(lcExport) << "token lost:" << cause << m_queue.size() << "files not downloaded";
    m_tokenLost = cause;
    for (int index : std::as_const(m_queue)) {
        FileResult &f = m_outcome.files[index];
        f.verified = false;
        f.problem = tr("not downloaded: the token ran out");
    }
    m_queue.clear();
    if (m_active == 0)
        finishDownloads();
}

void ExportSession::tokenRenewed()
{
    // Still the token that was refused (the window says the token changed whenever anything about
    // it does): nothing to go on with yet.
    if (!m_awaitingToken ||
        (m_refusedCall && !m_client->authorizationFor(*m_refusedCall).isEmpty()))
        return;
    m_awaitingToken = false;
    Q_EMIT message(tr("The token was renewed: the export goes on."));
    if (m_state == State::Polling) {
        poll();
        return;
    }
    for (int i = m_active; i < m_parallel; ++i)
        downloadNext();
}

void ExportSession::tokenRenewalFailed(const QString &why)
{
    if (!m_awaitingToken)
        return;
    m_awaitingToken = false;
    const QString cause =
        tr("The server stopped accepting the token and renewing it failed: %1.").arg(why);
    if (m_state == State::Polling) {
        m_outcome.tokenLost = true;
        fail(tr("%1 The job itself may still be running: get a new token and resume.").arg(cause));
        return;
    }
    if (m_state == State::Downloading)
        stopQueueForToken(cause);
}
