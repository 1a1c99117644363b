#include "Ask.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

#include <memory>
#include <utility>

namespace Ask {

namespace {
std::optional<bool> s_next;
std::optional<int> s_nextChoice;
std::optional<QString> s_nextFile;
bool s_record = false;
QStringList s_told;
QStringList s_asked;

template <typename T> std::optional<T> take(std::optional<T> &slot)
{
    std::optional<T> v = slot;
    slot.reset();
    return v;
}
} // namespace

bool confirm(QWidget *parent, const QString &title, const QString &text)
{
    if (s_record)
        s_asked << text;
    if (const auto answer = take(s_next))
        return *answer;
    return QMessageBox::warning(parent, title, text, QMessageBox::Yes | QMessageBox::Cancel,
                                QMessageBox::Cancel) == QMessageBox::Yes;
}

QMessageBox *choiceBox(QWidget *parent, const QString &title, const QString &text,
                       const QStringList &choices)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    for (const QString &c : choices)
        box->addButton(c, QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    return box;
}

int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices)
{
    if (s_record)
        s_asked << text;
    if (const auto choice = take(s_nextChoice))
        return *choice;
    const std::unique_ptr<QMessageBox> box(choiceBox(parent, title, text, choices));
    box->exec();
    const QAbstractButton *clicked = box->clickedButton();
    for (int i = 0; i < choices.size(); ++i) {
        if (clicked && clicked->text() == choices.at(i))
            return i;
    }
    return -1;
}

void tell(QWidget *parent, const QString &title, const QString &text, bool problem)
{
    if (s_record) {
        s_told << text;
        return;
    }
    if (problem)
        QMessageBox::critical(parent, title, text);
    else
        QMessageBox::information(parent, title, text);
}

QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                     const QString &filter, bool confirmOverwrite)
{
    if (const auto path = take(s_nextFile))
        return *path;
    return QFileDialog::getSaveFileName(parent, title, suggested, filter, nullptr,
                                        confirmOverwrite ? QFileDialog::Options()
                                                         : QFileDialog::DontConfirmOverwrite);
}

QString openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    if (const auto path = take(s_nextFile))
        return *path;
    return QFileDialog::getOpenFileName(parent, title, {}, filter);
}

void setNextAnswer(std::optional<bool> answer)
{
    s_next = answer;
}

void setNextChoice(std::optional<int> choice)
{
    s_nextChoice = choice;
}

void setNextFileName(std::optional<QString> path)
{
    s_nextFile = std::move(path);
}

void recordMessages(bool on)
{
    s_record = on;
    s_told.clear();
    s_asked.clear();
}

QStringList told()
{
    return std::exchange(s_told, {});
}

QStringList asked()
{
    return std::exchange(s_asked, {});
}

} // namespace Ask
