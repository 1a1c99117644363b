#pragma once

#include <QDialog>

// Help → Diagnosis codes: every diagnosis code (what kind of answer) and every cause code (why,
// most likely first), each with its description, as the CLI's --json and the call log use them.
class DiagnosisCodesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosisCodesDialog)
public:
    explicit DiagnosisCodesDialog(QWidget *parent = nullptr);
    // The text shown, as HTML (one table of each kind).
    static QString html();
};
