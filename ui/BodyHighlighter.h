#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

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

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
        int group = 0;
    };
    Mode m_mode = Mode::None;
    QList<Rule> m_json;
    QList<Rule> m_xml;
};
