#include "ExportTimelinePage.h"

#include "app/session/ExportJob.h"
#include "app/session/ExportTimelineModel.h"
#include "ui/ExportTimeline.h"

#include <QAction>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMetaEnum>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

ExportTimelinePage::ExportTimelinePage(ExportTimelineModel *model, QWidget *parent)
    : QWidget(parent), m_timeline(new ExportTimeline(this))
{
    m_timeline->setObjectName(QStringLiteral("exportTimeline"));
    m_timeline->setModel(model);
    auto *hint = new QLabel(
        tr("▶ kick-off, ticks: polls (the line after each: the wait the server asked for), "
           "◆ manifest; one bar per file: thin queued, solid downloading, hatched verifying, "
           "✔ done, ✘ rejected, ◇ resumed, ◆ retried; the throughput below. Hover for details, "
           "Up and Down go through the files."),
        this);
    hint->setWordWrap(true);
    auto *save = new QPushButton(tr("Save picture…"), this);
    save->setObjectName(QStringLiteral("savePictureButton"));
    save->setToolTip(tr("The whole picture, every file, as PNG or SVG"));
    connect(save, &QPushButton::clicked, this, [this] {
        // The timeline's own context-menu action: one way to save, one set of messages.
        const QList<QAction *> actions = m_timeline->actions();
        if (!actions.isEmpty())
            actions.first()->trigger();
    });
    auto *row = new QHBoxLayout;
    row->addWidget(hint, 1);
    row->addWidget(save, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_timeline, 1);
    layout->addLayout(row);
}

QDialog *ExportTimelinePage::openWindow(ExportJob *job, QWidget *parent)
{
    auto *window = new QDialog(parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setObjectName(QStringLiteral("exportTimelineWindow"));
    window->setWindowTitle(tr("%1 — over time").arg(job->title()));
    auto *outcome = new QLabel(job->detail(), window);
    outcome->setWordWrap(true);
    outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *page = new ExportTimelinePage(job->timeline(), window);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, window);
    const QString folder = job->outcome().folder;
    if (!folder.isEmpty()) {
        QPushButton *open = buttons->addButton(tr("&Open folder"), QDialogButtonBox::ActionRole);
        connect(open, &QPushButton::clicked, window,
                [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    }
    connect(buttons, &QDialogButtonBox::rejected, window, &QDialog::reject);
    auto *layout = new QVBoxLayout(window);
    layout->addWidget(outcome);
    layout->addWidget(page, 1);
    layout->addWidget(buttons);
    window->resize(960, 560);
    window->show();
    return window;
}

QList<SupportBundle::Picture> ExportTimelinePage::bundlePictures(const QList<Job *> &jobs)
{
    QList<SupportBundle::Picture> pictures;
    ExportTimeline painter; // never shown: draws each job's model in turn
    for (Job *job : jobs) {
        auto *e = qobject_cast<ExportJob *>(job);
        if (!e || e->timeline()->marks().empty())
            continue;
        painter.setModel(e->timeline());
        SupportBundle::Picture p;
        p.png = painter.png();
        if (p.png.isEmpty())
            continue;
        p.name = QStringLiteral("export-%1.png").arg(pictures.size() + 1);
        // The summary is in English on purpose (SupportBundle): no tr().
        p.about = QStringLiteral("export of %1 over time, %2 file(s), %3")
                      .arg(e->groupId().isEmpty() ? QStringLiteral("a Group")
                                                  : QStringLiteral("Group ") + e->groupId())
                      .arg(e->timeline()->files().size())
                      .arg(QString::fromLatin1(
                               QMetaEnum::fromType<Job::Status>().valueToKey(int(e->status())))
                               .toLower());
        pictures << p;
    }
    return pictures;
}
