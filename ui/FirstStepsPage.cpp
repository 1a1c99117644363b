#include "FirstStepsPage.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

FirstStepsPage::FirstStepsPage(QWidget *parent) : QFrame(parent)
{
    // While no call is selected, two thirds of the window say how to begin, as buttons.
    setObjectName(QStringLiteral("firstStepsPage"));
    setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(24, 18, 24, 18);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(12);
    auto *title = new QLabel(tr("<h3>First steps</h3>Select a call in the log to see its request, "
                                "response headers, body and diagnosis. Or begin here:"),
                             this);
    title->setWordWrap(true);
    grid->addWidget(title, 0, 0, 1, 2);
    struct Step
    {
        const char *name;
        QString button;
        QString text;
        void (FirstStepsPage::*signal)();
    };
    const QList<Step> steps{
        {"firstSendButton", tr("Send this request"),
         tr("Read Group/1 without a token and see the gateway's 401 explained."),
         &FirstStepsPage::sendRequested},
        {"firstDemoTokenButton", tr("Use demo token"),
         tr("Put the Sandbox's demo token in the token field; then send again for a 200."),
         &FirstStepsPage::demoTokenRequested},
        {"firstExamplesButton", tr("Examples…"),
         tr("Reproduce each answer of the vendor's documentation page: every 401 and 403 and "
            "the OperationOutcomes. An export is Request → Export a Group… (Ctrl+E)."),
         &FirstStepsPage::examplesRequested},
        {"firstOpenFileButton", tr("Open a file…"),
         tr("Look at an NDJSON, JSON or XML file you already have (Ctrl+O, or drop it on the "
            "window)."),
         &FirstStepsPage::openFileRequested},
    };
    int row = 1;
    for (const Step &step : steps) {
        auto *button = new QPushButton(step.button, this);
        button->setObjectName(QLatin1String(step.name));
        auto *text = new QLabel(step.text, this);
        text->setWordWrap(true);
        text->setBuddy(button);
        button->setAccessibleDescription(step.text);
        connect(button, &QPushButton::clicked, this, step.signal);
        grid->addWidget(button, row, 0);
        grid->addWidget(text, row, 1);
        if (step.signal == &FirstStepsPage::demoTokenRequested)
            m_demoTokenStep = {button, text};
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(row, 1);
}

void FirstStepsPage::setDemoTokenOffered(bool offered)
{
    for (QWidget *w : std::as_const(m_demoTokenStep))
        w->setVisible(offered);
}
