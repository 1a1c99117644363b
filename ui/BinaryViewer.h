#pragma once

#include "app/fhir/BinaryContent.h"

#include <QDialog>
#include <memory>

namespace Ui { class BinaryViewer; }
class BodyHighlighter;

// A Binary's content, shown the way its type calls for: FHIR JSON or XML pretty-printed (and
// flipped to the other format by the R4 rules), NDJSON summarised per resourceType with the
// lines that are not JSON, images, text, and hex for anything else. Invalid base64 or content
// that does not match its contentType is said in plain words, with the raw bytes shown.
class BinaryViewer final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BinaryViewer)
public:
    BinaryViewer(const BinaryContent &content, const QString &origin, QWidget *parent = nullptr);
    ~BinaryViewer() override;

private:
    void showText(const QByteArray &bytes, const QString &contentType);
    void convert(bool toXml);

    std::unique_ptr<Ui::BinaryViewer> m_ui;
    BinaryContent m_content;
    BodyHighlighter *m_highlighter;
};
