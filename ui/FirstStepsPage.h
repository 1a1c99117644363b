#pragma once

#include <QFrame>

// The detail area while no call is selected: how to begin, as buttons (send this request, the
// demo token, the Examples menu, open a file). Passive: each button only asks the window.
class FirstStepsPage final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstStepsPage)
public:
    explicit FirstStepsPage(QWidget *parent = nullptr);

    // The demo token is the Sandbox's: on another server its step is not offered.
    void setDemoTokenOffered(bool offered);

Q_SIGNALS:
    void sendRequested();
    void demoTokenRequested();
    void examplesRequested();
    void openFileRequested();

private:
    QList<QWidget *> m_demoTokenStep; // its button and its text
};
