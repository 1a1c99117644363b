#pragma once

#include <QWidget>
#include <functional>
#include <memory>

namespace Ui {
class ContentFindBar;
}

// The content viewer's Find bar (Ctrl+F, F3 and Shift+F3 anywhere in its window): what to look
// for, Previous and Next, and what the search found. Each search runs on a worker and the newest
// one wins; what it looks through is the viewer's to say (search()).
class ContentFindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContentFindBar)
public:
    explicit ContentFindBar(QWidget *parent = nullptr);
    ~ContentFindBar() override;

    QString text() const;
    bool isSearching() const { return m_searching; }
    // Runs `work` on a worker (the match, or -1) and hands a match to `place`, which shows it
    // and returns its line (0-based) for the bar to say; a newer search drops an older result.
    void search(std::function<qint64()> work, std::function<qint64(qint64 found)> place);
    // No search now: a running one's result is dropped, the bar says `why`.
    void refuse(const QString &why);
    void setStatus(const QString &text);

Q_SIGNALS:
    void findRequested(bool backward);

private:
    std::unique_ptr<Ui::ContentFindBar> m_ui;
    quint64 m_generation = 0; // a newer search wins over an older one still running
    bool m_searching = false;
};
