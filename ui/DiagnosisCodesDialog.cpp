#include "DiagnosisCodesDialog.h"

#include "app/calls/Causes.h"
#include "app/calls/Diagnoser.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

DiagnosisCodesDialog::DiagnosisCodesDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("diagnosisCodesDialog"));
    setWindowTitle(tr("Diagnosis codes"));
    auto *text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("diagnosisCodesText"));
    text->setAccessibleName(tr("Diagnosis codes and what they mean"));
    text->setHtml(html());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(760, 560);
}

QString DiagnosisCodesDialog::html()
{
    QString html = QStringLiteral("<h3>%1</h3><table cellpadding='4'>")
                       .arg(tr("Diagnosis codes: what kind of answer").toHtmlEscaped());
    for (const QString &code : Diagnoser::allCodes())
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(code, Diagnoser::describe(code).toHtmlEscaped());
    html += QStringLiteral("</table><h3>%1</h3><p>%2</p><table cellpadding='4'>")
                .arg(tr("Cause codes: why, most likely first").toHtmlEscaped(),
                     tr("Each refused or misrouted call lists its likely causes, ranked, each with "
                        "the evidence it rests on "
                        "(the Authorization header as it was sent, the token's claims, the method "
                        "and path).")
                         .toHtmlEscaped());
    for (const QString &code : Causes::allCodes())
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(code, Causes::describe(code).toHtmlEscaped());
    html += QStringLiteral("</table>");
    return html;
}
