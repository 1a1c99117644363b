#pragma once

#include "app/models/SupportBundle.h"

#include <QDialog>

class QLabel;

// Help → Create support bundle…: before anything is saved, the preview says exactly what the
// file will hold (the calls, the summary as it will read, what is left out), then Save writes it
// (complete, or not at all).
class SupportBundleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupportBundleDialog)
public:
    SupportBundleDialog(const QList<CallRecord> &calls, const SupportBundle::Context &context,
                        QWidget *parent = nullptr);
    // Asks where, writes; false when cancelled or the file could not be written (said).
    bool save();
    QString savedTo() const { return m_savedTo; }

private:
    QList<CallRecord> m_calls;
    SupportBundle::Context m_context;
    QLabel *m_result;
    QString m_savedTo;
};
