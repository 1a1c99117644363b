#pragma once

#include "app/calls/CallRecord.h"

#include <QFutureWatcher>
#include <QWidget>
#include <memory>

namespace Ui {
class CallDetailPane;
}
class BodyHighlighter;
class FirstStepsPage;
class HeadersModel;
class OutcomeIssuesModel;

// Everything about one call, in tabs: diagnosis, request, response headers, body. Passive:
// showCall() fills it; copying with the token in clear is only requested, never done here.
class CallDetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallDetailPane)
public:
    explicit CallDetailPane(QWidget *parent = nullptr);
    ~CallDetailPane() override;

    void showCall(const CallRecord &record);
    void clear();
    // The first steps offer the demo token on the Sandbox only.
    void setDemoTokenOffered(bool offered);
    std::optional<CallRecord> currentCall() const { return m_record; }
    // The note of call `id` changed: shown at once when that call is the one shown.
    void setNote(quint64 id, const QString &note);

Q_SIGNALS:
    void copyCurlWithTokenRequested(const CallRecord &record);
    void statusMessage(const QString &message);
    // The first-steps page's buttons (shown while no call is selected): the window acts.
    void sendRequested();
    void demoTokenRequested();
    void examplesRequested();
    void openFileRequested();
    // The Certificate tab's "Trust this certificate for this profile…" (the window asks first).
    void trustCertificateRequested(const QString &sha256);
    // The Note… button: the window opens the note editor for the call shown.
    void noteRequested(const CallRecord &record);

public Q_SLOTS:
    void copyCurl();
    void copyRequestId();

private:
    void showCertificates(const CallRecord &r);
    void showBody();
    void findNext();
    void copyText(const QString &text, const QString &what);
    void buildCertificatePage();
    void styleDiagnosis();
    void buildNoteRow();
    void showNote();

    struct PrettyResult
    {
        quint64 generation = 0;
        QString text;
        QString error;
        int kind = 0;
    };

    std::unique_ptr<Ui::CallDetailPane> m_ui;
    HeadersModel *m_headers;
    OutcomeIssuesModel *m_issues;
    BodyHighlighter *m_highlighter;
    FirstStepsPage *m_firstSteps;
    std::optional<CallRecord> m_record;
    QFutureWatcher<PrettyResult> m_prettyWatcher;
    quint64 m_generation = 0;
    QWidget *m_certificatePage = nullptr; // a tab only while it has something to show
    QWidget *m_noteRow = nullptr;         // the note and its Note… button, under the summary
    class QLabel *m_noteLabel = nullptr;
    class QPushButton *m_noteButton = nullptr;
};
