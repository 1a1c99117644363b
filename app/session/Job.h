#pragma once

#include <QObject>
#include <QString>

// One long piece of work the session runs for the user (an export today; a run of saved requests
// or a conformance run later): it belongs to the session, not to a window, so closing the window
// that shows it leaves it running. Jobs lists them.
class Job : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)
public:
    // Running: working here (a kick-off, downloads). Waiting: the server works, or a new token is
    // awaited. Stopped: no longer watched here, resumable later.
    enum class Status { NotStarted, Running, Waiting, Finished, Failed, Cancelled, Stopped };
    Q_ENUM(Status)

    explicit Job(QObject *parent = nullptr) : QObject(parent) {}

    virtual QString kind() const = 0;  // "Export"
    virtual QString title() const = 0; // what it works on: "Group 2"
    virtual Status status() const = 0;
    virtual int percent() const = 0;    // 0..100, or -1 when nobody can say
    virtual QString detail() const = 0; // the latest thing worth saying, in the user's words
    // Running or waiting: quitting now would leave it behind.
    bool isActive() const;
    static QString statusName(Status status);

Q_SIGNALS:
    void changed(); // status, percent or detail
};
