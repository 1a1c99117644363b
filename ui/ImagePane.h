#pragma once

#include <QImage>
#include <QWidget>
#include <memory>

namespace Ui {
class ImagePane;
}

// The content viewer's Image tab: the image at a zoom (by button and by the keys image viewers
// use), its type, its size in pixels and in bytes. A 1x1 PNG at actual size looks like nothing
// at all: small images are first enlarged in whole steps, large ones fitted to the view.
class ImagePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImagePane)
public:
    explicit ImagePane(QWidget *parent = nullptr);
    ~ImagePane() override;

    // False when the bytes are not an image; the pane says so.
    bool load(const QByteArray &bytes, const QString &contentType);
    // The zoom of a first look: small images enlarged, large ones fitted (once the tab is up).
    void zoomForFirstLook();

private:
    void setZoom(double zoom);
    double fitZoom() const;

    std::unique_ptr<Ui::ImagePane> m_ui;
    QImage m_image;    // the decoded image, drawn at m_zoom
    double m_zoom = 1; // screen pixels per image pixel
};
