#include "ContentFindBar.h"

#include "ui_ContentFindBar.h"

#include <QFutureWatcher>
#include <QGuiApplication>
#include <QKeySequence>
#include <QLocale>
#include <QShortcut>
#include <QtConcurrent/QtConcurrentRun>

ContentFindBar::ContentFindBar(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ContentFindBar>())
{
    m_ui->setupUi(this);
    connect(m_ui->findEdit, &QLineEdit::returnPressed, this, [this] {
        Q_EMIT findRequested(QGuiApplication::keyboardModifiers() & Qt::ShiftModifier);
    });
    connect(m_ui->findNextButton, &QPushButton::clicked, this,
            [this] { Q_EMIT findRequested(false); });
    connect(m_ui->findPreviousButton, &QPushButton::clicked, this,
            [this] { Q_EMIT findRequested(true); });
    connect(m_ui->findEdit, &QLineEdit::textChanged, m_ui->findStatusLabel, &QLabel::clear);
    // The keys work anywhere in the viewer's window, as in other viewers.
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        m_ui->findEdit->setFocus();
        m_ui->findEdit->selectAll();
    });
    connect(new QShortcut(QKeySequence::FindNext, this), &QShortcut::activated, this,
            [this] { Q_EMIT findRequested(false); });
    connect(new QShortcut(QKeySequence::FindPrevious, this), &QShortcut::activated, this,
            [this] { Q_EMIT findRequested(true); });
}

ContentFindBar::~ContentFindBar() = default;

QString ContentFindBar::text() const
{
    return m_ui->findEdit->text();
}

void ContentFindBar::setStatus(const QString &text)
{
    m_ui->findStatusLabel->setText(text);
}

void ContentFindBar::refuse(const QString &why)
{
    ++m_generation;
    m_searching = false;
    setStatus(why);
}

void ContentFindBar::search(std::function<qint64()> work, std::function<qint64(qint64)> place)
{
    const quint64 generation = ++m_generation;
    m_searching = true;
    setStatus(tr("Searching…"));
    auto *watcher = new QFutureWatcher<qint64>(this);
    connect(watcher, &QFutureWatcher<qint64>::finished, this,
            [this, watcher, generation, place = std::move(place)] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return;
                m_searching = false;
                const qint64 found = watcher->result();
                if (found < 0) {
                    setStatus(tr("“%1” is not found.").arg(text()));
                    return;
                }
                setStatus(tr("Line %1").arg(QLocale().toString(place(found) + 1)));
            });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}
