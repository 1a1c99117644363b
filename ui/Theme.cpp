#include "Theme.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>

namespace {

struct SystemLook
{
    QString styleName;
    QPalette palette;
};

// What the desktop gave us before we changed anything, to go back to it.
const SystemLook &systemLook()
{
    static const SystemLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6),
        button(0x3a, 0x3d, 0x41), highlight(0x3d, 0x7b, 0xd9), link(0x6c, 0xb6, 0xff),
        disabled(0x80, 0x84, 0x8a);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::LinkVisited, link.darker(120));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, button.lighter(150));
    p.setColor(QPalette::Midlight, button.lighter(120));
    p.setColor(QPalette::Mid, button.darker(120));
    p.setColor(QPalette::Dark, button.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, button);
    return p;
}

// Fusion draws the frame of a check box and a radio button in a shade of the window colour:
// on a dark window an unchecked one all but disappears. This draws it again in the palette's
// placeholder grey, which stands out from the dark window and field (3:1 at least).
class VisibleIndicators final : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton)
            return;
        if ((option->state & State_HasFocus) && (option->state & State_KeyboardFocusChange))
            return; // Fusion's focus frame is the highlight colour, visible already
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(option->palette.color(QPalette::PlaceholderText), 1));
        const QRectF r = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5); // as Fusion draws it
        if (element == PE_IndicatorCheckBox)
            painter->drawRect(r);
        else
            painter->drawEllipse(r);
        painter->restore();
    }
};

} // namespace

namespace Theme {

void apply(const QString &appearance)
{
    const SystemLook &system = systemLook();
    if (appearance == QLatin1String("light") || appearance == QLatin1String("dark")) {
        QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
        if (!fusion)
            return;
        const bool dark = appearance == QLatin1String("dark");
        const QPalette palette = dark ? darkPalette() : fusion->standardPalette();
        if (dark) {
            auto *style = new VisibleIndicators(fusion); // takes Fusion over
            style->setObjectName(QStringLiteral("fusion"));
            QApplication::setStyle(style);
        } else {
            QApplication::setStyle(fusion);
        }
        QApplication::setPalette(palette);
        return;
    }
    if (QApplication::style()->name() != system.styleName)
        QApplication::setStyle(system.styleName);
    QApplication::setPalette(system.palette);
}

} // namespace Theme
