#pragma once

#include <QString>
#include <optional>

class QWidget;

// Questions the window asks with a modal message box go through here, so a test can answer
// the next one (setNextAnswer) instead of racing a timer against a modal event loop.
namespace Ask {

// Yes/Cancel with Cancel as the default; true for Yes.
bool confirm(QWidget *parent, const QString &title, const QString &text);
// Tests: the next confirm() returns this without showing anything.
void setNextAnswer(std::optional<bool> answer);

} // namespace Ask
