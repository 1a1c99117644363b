#include "Ask.h"

#include <QMessageBox>

namespace Ask {

namespace {
std::optional<bool> s_next;
}

bool confirm(QWidget *parent, const QString &title, const QString &text)
{
    if (s_next) {
        const bool answer = *s_next;
        s_next.reset();
        return answer;
    }
    return QMessageBox::warning(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                QMessageBox::Cancel) == QMessageBox::Yes;
}

void setNextAnswer(std::optional<bool> answer)
{
    s_next = answer;
}

} // namespace Ask
