#include "ImagePane.h"

#include "app/support/Format.h"
#include "ui_ImagePane.h"

#include <QKeySequence>
#include <QPixmap>
#include <QShortcut>

ImagePane::ImagePane(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::ImagePane>())
{
    m_ui->setupUi(this);
    const auto zoomKey = [this](const QKeySequence &keys, QToolButton *button) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, button, &QToolButton::click);
    };
    connect(m_ui->zoomInButton, &QToolButton::clicked, this, [this] { setZoom(m_zoom * 2); });
    connect(m_ui->zoomOutButton, &QToolButton::clicked, this, [this] { setZoom(m_zoom / 2); });
    connect(m_ui->actualSizeButton, &QToolButton::clicked, this, [this] { setZoom(1); });
    connect(m_ui->fitButton, &QToolButton::clicked, this, [this] { setZoom(fitZoom()); });
    zoomKey(QKeySequence::ZoomIn, m_ui->zoomInButton);
    zoomKey(QKeySequence(QStringLiteral("Ctrl+=")), m_ui->zoomInButton);
    zoomKey(QKeySequence::ZoomOut, m_ui->zoomOutButton);
    zoomKey(QKeySequence(QStringLiteral("Ctrl+0")), m_ui->actualSizeButton);
}

ImagePane::~ImagePane() = default;

bool ImagePane::load(const QByteArray &bytes, const QString &contentType)
{
    if (!m_image.loadFromData(bytes)) {
        m_ui->imageLabel->setText(tr("The bytes could not be read as an image."));
        m_ui->imageInfoLabel->clear();
        for (QToolButton *b :
             {m_ui->zoomInButton, m_ui->zoomOutButton, m_ui->actualSizeButton, m_ui->fitButton})
            b->setEnabled(false);
        return false;
    }
    m_ui->imageInfoLabel->setText(tr("%1 · %2 × %3 pixels · %4")
                                      .arg(contentType)
                                      .arg(m_image.width())
                                      .arg(m_image.height())
                                      .arg(Format::size(bytes.size())));
    return true;
}

void ImagePane::zoomForFirstLook()
{
    // Small images are enlarged (whole steps, pixels stay sharp); large ones fit the view.
    const int side = qMax(m_image.width(), m_image.height());
    setZoom(side < 128 ? qMax(1, 256 / qMax(1, side)) : qMin(1.0, fitZoom()));
}

double ImagePane::fitZoom() const
{
    if (m_image.isNull())
        return 1;
    const QSize view = m_ui->imageScroll->viewport()->size() - QSize(8, 8);
    return qMax(0.01, qMin(double(view.width()) / m_image.width(),
                           double(view.height()) / m_image.height()));
}

void ImagePane::setZoom(double zoom)
{
    if (m_image.isNull())
        return;
    // Up to 64x, or further for a tiny image until its larger side spans 2048 pixels.
    const double most = qMax(64.0, 2048.0 / qMax(m_image.width(), m_image.height()));
    m_zoom = qBound(0.01, zoom, most);
    const QSize size = (QSizeF(m_image.size()) * m_zoom).toSize().expandedTo(QSize(1, 1));
    // Enlarged: every image pixel a sharp square. Reduced: smoothed.
    m_ui->imageLabel->setPixmap(QPixmap::fromImage(
        m_image.scaled(size, Qt::IgnoreAspectRatio,
                       m_zoom >= 1 ? Qt::FastTransformation : Qt::SmoothTransformation)));
    m_ui->zoomLabel->setText(QStringLiteral("%1%").arg(qRound(m_zoom * 100)));
    m_ui->zoomOutButton->setEnabled(m_zoom > 0.01);
    m_ui->zoomInButton->setEnabled(m_zoom < most);
}
