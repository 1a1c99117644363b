#include "SandboxClock.h"

QDateTime SandboxClock::now() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs);
}
