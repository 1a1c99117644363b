#include "NoteDialog.h"

#include "app/calls/CallNote.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

NoteDialog::NoteDialog(const CallRecord &call, QWidget *parent)
    : QDialog(parent), m_edit(new QPlainTextEdit(this)), m_callId(call.id)
{
    setObjectName(QStringLiteral("noteDialog"));
    setWindowTitle(tr("Note on call #%1").arg(call.id));
    auto *layout = new QVBoxLayout(this);
    const QString status = call.status ? QString::number(*call.status)
                                       : tr("no answer (%1)").arg(call.transportErrorCode);
    auto *what = new QLabel(tr("%1 %2 → %3 · %4")
                                .arg(QString::fromLatin1(call.method), call.url.toString(), status,
                                     call.diagnosis.code),
                            this);
    what->setObjectName(QStringLiteral("noteCallLabel"));
    what->setWordWrap(true);
    what->setTextFormat(Qt::PlainText);
    what->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(what);
    auto *label = new QLabel(tr("&Note (kept in the history, in HAR files as the entry's comment "
                                "and in reports):"),
                             this);
    label->setWordWrap(true);
    label->setBuddy(m_edit);
    layout->addWidget(label);
    m_edit->setObjectName(QStringLiteral("noteEdit"));
    m_edit->setAccessibleName(tr("Note"));
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(tr("What you found: \"403 on Preview only\", a ticket number, "
                                  "what to try next"));
    m_edit->setPlainText(call.note);
    m_edit->setMinimumHeight(fontMetrics().lineSpacing() * 6);
    layout->addWidget(m_edit, 1);
    auto *hint = new QLabel(tr("A token pasted here is replaced by its length and fingerprint. "
                               "An empty note removes it."),
                            this);
    hint->setWordWrap(true);
    hint->setEnabled(false); // secondary text
    layout->addWidget(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("noteSaveButton"));
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Keep the note (Ctrl+Return)"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *save = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Return")), this);
    connect(save, &QShortcut::activated, this, &QDialog::accept);
    m_edit->moveCursor(QTextCursor::End);
    m_edit->setFocus();
    resize(qMax(480, sizeHint().width()), sizeHint().height());
}

QString NoteDialog::note() const
{
    return m_edit->toPlainText().left(CallNote::kMaxChars + 1);
}

void NoteDialog::setNote(const QString &text)
{
    m_edit->setPlainText(text);
}
