#pragma once

#include <QWidget>
#include <functional>
#include <memory>

namespace Ui {
class NdjsonPane;
}
class BodyHighlighter;
class NdjsonFilterModel;
class NdjsonIndex;
class NdjsonLinesModel;

// The content viewer's NDJSON tab: one row per line of an NDJSON body or file, indexed in the
// background (a file from disk as needed, never read whole), the summary of what the index found
// (resource types, the lines that are not resources, listed), a filter by type, and the selected
// line pretty-printed.
class NdjsonPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NdjsonPane)
public:
    explicit NdjsonPane(QWidget *parent = nullptr);
    ~NdjsonPane() override;

    void openBytes(const QByteArray &bytes);
    void openFile(const QString &path);
    bool isOpen() const { return m_index != nullptr; }
    // A search for `needle` from the selected line on, to run on a worker: the line, or -1.
    std::function<qint64()> findTask(const QByteArray &needle, bool backward) const;
    // Selects `line` (every line shown again when the type filter hides it).
    void selectLine(qint64 line);

Q_SIGNALS:
    void failed(const QString &message); // the lines could not be read to their end

private:
    void setUp();
    void updateSummary();
    void listProblems();
    void showLine(const QModelIndex &index);

    std::unique_ptr<Ui::NdjsonPane> m_ui;
    NdjsonIndex *m_index = nullptr;
    NdjsonLinesModel *m_model = nullptr;
    NdjsonFilterModel *m_filter = nullptr;
    BodyHighlighter *m_highlighter = nullptr;
};
