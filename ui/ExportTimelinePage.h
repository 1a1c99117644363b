#pragma once

#include "app/models/SupportBundle.h"

#include <QList>
#include <QWidget>

class ExportJob;
class ExportTimeline;
class ExportTimelineModel;
class Job;
class QDialog;

// An export's picture with what goes with it: the timeline (ui/ExportTimeline) over a line that
// says how to read it and a "Save picture…" button. The export window shows it as a tab while the
// job runs; an ended job whose window was closed shows it again in a window of its own
// (openWindow), from the job's own model (ExportJob::timeline), so the picture outlives the
// export window.
class ExportTimelinePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportTimelinePage)
public:
    explicit ExportTimelinePage(ExportTimelineModel *model, QWidget *parent = nullptr);

    ExportTimeline *timeline() const { return m_timeline; }

    // A window with an ended job's picture, its outcome and its folder (deleted on close).
    static QDialog *openWindow(ExportJob *job, QWidget *parent);
    // The pictures of these jobs (exports that got as far as a kick-off) for the support bundle.
    static QList<SupportBundle::Picture> bundlePictures(const QList<Job *> &jobs);

private:
    ExportTimeline *m_timeline;
};
