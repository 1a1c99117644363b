#pragma once

#include "app/fhir/BinaryContent.h"
#include "app/fhir/ContentOutline.h"

#include <QDialog>
#include <functional>
#include <memory>

namespace Ui {
class BinaryViewer;
}
class BodyHighlighter;
class CodeLineDelegate;
class OutlineTreeModel;
class TextLinesModel;

// A Binary's content (or a local file), shown the way its type calls for: FHIR JSON or XML as
// pretty text and a collapsible tree (flipped to the other format by the server when its
// CapabilityStatement offers it, else here by the R4 rules), NDJSON one row per line with a
// pretty view of the selected line, the resourceType histogram and the lines that are not
// resources, images, text, and hex for anything else. Parsing runs off the UI thread and the
// views are lazy: a 200 MB NDJSON file shows its first lines while the rest is indexed.
class BinaryViewer final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BinaryViewer)
public:
    BinaryViewer(const BinaryContent &content, const QString &origin, QWidget *parent = nullptr);
    // An NDJSON file, indexed from disk without reading it whole.
    BinaryViewer(const QString &ndjsonPath, QWidget *parent = nullptr);
    ~BinaryViewer() override;

    // Asks the server for the same resource in the other format (xml: true for XML); the
    // reply gets the body, or an error that sends the viewer to its local conversion.
    using Reply = std::function<void(const QByteArray &body, const QString &error)>;
    using ServerFetch = std::function<void(bool xml, const Reply &reply)>;
    void setServerFetch(ServerFetch fetch);

    bool isPreparing() const { return m_preparing; }
    bool isFinding() const;

Q_SIGNALS:
    void prepared(); // text and tree are shown (after opening or converting)

private:
    struct Prepared;
    void run(const QString &busy, const QString &how, std::function<Prepared()> work);
    void setUpCommon();
    void setUpTree();  // the outline, which the text follows
    void setUpLines(); // large text, line by line
    void setUpCopying();
    void setUpButtons();
    void showMessage(const QString &text, bool error);
    void prepare(const QByteArray &bytes, ContentOutline::Format format, const QString &how);
    void showOutline(const std::shared_ptr<const ContentOutline> &outline, const QByteArray &bytes,
                     const QString &how);
    void showText(const QByteArray &bytes, const QString &contentType);
    void convert(bool toXml);
    void convertLocally(bool toXml, const QString &why);
    void goToLine(int line);
    void find(bool backward);

    std::unique_ptr<Ui::BinaryViewer> m_ui;
    BinaryContent m_content;
    BodyHighlighter *m_highlighter;
    OutlineTreeModel *m_tree;
    TextLinesModel *m_lines;
    CodeLineDelegate *m_lineDelegate;
    std::shared_ptr<const ContentOutline> m_outline; // what the Content tab shows
    ServerFetch m_fetch;
    std::function<QString()> m_hexSource = [] { return QString(); };
    bool m_preparing = false;
    bool m_showingXml = false;
    quint64 m_generation = 0; // a newer preparation wins over an older one still running
};
