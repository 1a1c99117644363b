#pragma once

#include "app/calls/CallRecord.h"
#include "app/models/ComparisonModel.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QLabel;
class QTableView;

// Two calls side by side, in a window of its own (not modal: the log stays usable): each call's
// status, diagnosis and likely causes, then every row of CallDiff's comparison, the
// differences first: the request, the answer, the causes, the time taken, request and response
// headers (added, removed, changed) and the bodies as JSON paths (FHIR XML converted first).
// Each row says its kind in words and a mark (≠ + - ~ =), not by colour alone. Copy as text
// gives CallDiff::text. The comparison runs off the UI thread (bodies of megabytes); ready()
// says it is shown.
class CompareDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareDialog)
public:
    CompareDialog(const CallRecord &left, const CallRecord &right, QWidget *parent = nullptr);
    ~CompareDialog() override;

    bool isReady() const { return m_ready; }
    QString text() const; // the comparison as plain text (empty until ready)
    ComparisonModel *rows() const { return m_rows; }

Q_SIGNALS:
    void ready();
    void statusMessage(const QString &text);

private:
    void setUpTable();
    void start();
    void swapSides();
    void present(const CallComparison &comparison);
    QString card(const CallRecord &call, const QString &side) const;

    CallRecord m_left;
    CallRecord m_right;
    bool m_ready = false;
    QFutureWatcher<CallComparison> m_watcher;
    QLabel *m_leftCard;
    QLabel *m_rightCard;
    QLabel *m_summary;
    QLabel *m_notCompared;
    QCheckBox *m_onlyDifferences;
    QTableView *m_table;
    ComparisonModel *m_rows;
};
