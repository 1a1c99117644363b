#pragma once

#include <QString>
#include <QStringList>
#include <optional>

class QMessageBox;
class QWidget;

// Questions the window asks with a modal dialog go through here, so a test can answer the next
// one (setNext…) instead of racing a timer against a modal event loop.
namespace Ask {

// Yes/Cancel with Cancel as the default; true for Yes.
bool confirm(QWidget *parent, const QString &title, const QString &text);
// One of `choices` (button texts) or Cancel: the index chosen, -1 for Cancel.
int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &choices);
// The dialog choose() shows, not shown yet (a screenshot of it); the caller owns it.
QMessageBox *choiceBox(QWidget *parent, const QString &title, const QString &text,
                       const QStringList &choices);
// A message the user must read (an error when `problem`): shown modally, or, while a test has
// asked for it with recordMessages(true), kept for told() instead.
void tell(QWidget *parent, const QString &title, const QString &text, bool problem = false);
// A file to write (empty: cancelled). `suggested` is a path or a file name. Without
// `confirmOverwrite` an existing file is not questioned (it is added to, not replaced).
QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                     const QString &filter, bool confirmOverwrite = true);
// A file to read (empty: cancelled).
QString openFileName(QWidget *parent, const QString &title, const QString &filter);

// Tests: the next question of that kind returns this without showing anything.
void setNextAnswer(std::optional<bool> answer);
void setNextChoice(std::optional<int> choice);
void setNextFileName(std::optional<QString> path);
void recordMessages(bool on);
QStringList told(); // the texts told since recordMessages(true), oldest first; clears them
// The questions asked (confirm, choose) since recordMessages(true), oldest first; clears them.
QStringList asked();

} // namespace Ask
