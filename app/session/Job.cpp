#include "Job.h"

bool Job::isActive() const
{
    const Status s = status();
    return s == Status::Running || s == Status::Waiting;
}

QString Job::statusName(Status status)
{
    switch (status) {
    case Status::NotStarted:
        return tr("not started");
    case Status::Running:
        return tr("running");
    case Status::Waiting:
        return tr("waiting");
    case Status::Finished:
        return tr("finished");
    case Status::Failed:
        return tr("failed");
    case Status::Cancelled:
        return tr("cancelled");
    case Status::Stopped:
        return tr("left to resume later");
    }
    return {};
}
