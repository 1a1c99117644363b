#pragma once

#include <QLabel>

// A one-line plain-text label that never widens its window: a text longer than the room it gets
// is drawn ending in "…", and its tooltip then starts with the whole text. text() stays whole.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QSize minimumSizeHint() const override;
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
};
