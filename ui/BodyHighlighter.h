#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QTextLayout>

// Colours JSON and XML in the body view. Plain text and HTML are left alone.
class BodyHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BodyHighlighter)
public:
    enum class Mode { None, Json, Xml };

    explicit BodyHighlighter(QTextDocument *document);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    // The colours of one line, for views that draw lines themselves (the content viewer's list
    // of a million lines).
    static QList<QTextLayout::FormatRange> ranges(Mode mode, const QString &line);

protected:
    void highlightBlock(const QString &text) override;

private:
    Mode m_mode = Mode::None;
};
