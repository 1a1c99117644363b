#include "RequestsTree.h"

#include "ui/SeverityStyle.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>

namespace {

constexpr int FileRole = Qt::UserRole;        // the file's position in m_files
constexpr int RequestRole = Qt::UserRole + 1; // the request's position in its file; -1: the file
constexpr int ScriptRow = -2;                 // a script line under its request

} // namespace

RequestsTree::RequestsTree(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("requestsTree"));
    setAccessibleName(tr("Saved requests"));
    setColumnCount(2);
    setHeaderLabels({tr("Request"), tr("Last run")});
    // The result keeps its room; a long name is elided first.
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setContextMenuPolicy(Qt::CustomContextMenu);
}

void RequestsTree::setFiles(const QList<Listed> &files)
{
    m_files = files;
    clear();
    for (int f = 0; f < m_files.size(); ++f) {
        QTreeWidgetItem *item = fileItem(m_files.at(f));
        item->setData(0, FileRole, f);
        item->setData(0, RequestRole, -1);
        for (int i = 0; i < item->childCount(); ++i)
            item->child(i)->setData(0, FileRole, f);
        addTopLevelItem(item);
        item->setExpanded(true);
    }
}

QTreeWidgetItem *RequestsTree::fileItem(const Listed &file) const
{
    auto *item = new QTreeWidgetItem;
    const QFileInfo info(file.path);
    item->setText(0, info.fileName());
    item->setToolTip(0, QDir::toNativeSeparators(file.path));
    if (!file.collection) {
        item->setIcon(0, SeverityStyle::icon(Diagnosis::Severity::Error));
        item->setText(1, tr("✘ cannot be read"));
        item->setToolTip(1, file.errors.join(QLatin1Char('\n')));
        return item;
    }
    const RequestCollection &c = *file.collection;
    if (!file.errors.isEmpty()) {
        item->setText(1, tr("⚠ %n problem(s)", nullptr, int(file.errors.size())));
        item->setToolTip(1, file.errors.join(QLatin1Char('\n')));
    }
    for (int i = 0; i < c.requests.size(); ++i) {
        const SavedRequest &r = c.requests.at(i);
        auto *child = new QTreeWidgetItem(item);
        QString name = r.displayName(i);
        if (!r.folder.isEmpty())
            name = r.folder.join(QStringLiteral(" / ")) + QStringLiteral(" / ") + name;
        child->setText(0, name);
        child->setData(0, RequestRole, i);
        QStringList tip{name, QStringLiteral("%1 %2").arg(r.method, r.url)};
        for (const Expectation &e : r.expectations)
            tip << QStringLiteral("# @expect ") + e.text();
        child->setToolTip(0, tip.join(QLatin1Char('\n')));
        // Scripts a Postman collection holds are never run: each is listed, under its request.
        for (const QString &s : r.skippedScripts) {
            auto *script = new QTreeWidgetItem(child);
            script->setText(0, tr("Not run: %1").arg(s));
            script->setData(0, RequestRole, ScriptRow);
            script->setForeground(0, SeverityStyle::muted(palette()));
            script->setFlags(Qt::ItemIsEnabled);
        }
    }
    return item;
}

const RequestsTree::Listed *RequestsTree::selectedFile(int *requestIndex) const
{
    *requestIndex = -1;
    QTreeWidgetItem *item = currentItem();
    if (!item)
        return nullptr;
    if (item->data(0, RequestRole).toInt() == ScriptRow) // a script line: its request
        item = item->parent();
    const int f = item->data(0, FileRole).toInt();
    if (f < 0 || f >= m_files.size())
        return nullptr;
    *requestIndex = item->data(0, RequestRole).toInt();
    return &m_files.at(f);
}

bool RequestsTree::selectRequest(const QString &fileName, int index)
{
    for (int f = 0; f < topLevelItemCount(); ++f) {
        QTreeWidgetItem *file = topLevelItem(f);
        if (file->text(0) != fileName)
            continue;
        QTreeWidgetItem *item = index < 0 ? file : file->child(index);
        if (!item)
            return false;
        setCurrentItem(item);
        return true;
    }
    return false;
}

void RequestsTree::showResult(const RunResult &r, const CallColumns::RunMark &mark)
{
    for (int f = 0; f < topLevelItemCount(); ++f) {
        QTreeWidgetItem *file = topLevelItem(f);
        if (file->text(0) != r.file)
            continue;
        if (QTreeWidgetItem *item = file->child(r.index)) {
            const QString status = r.hasAnswer() && r.answer().status
                                       ? QString::number(*r.answer().status)
                                       : tr("no answer");
            const QString text = CallColumns::runText(mark);
            item->setText(1, QStringLiteral("%1 · %2").arg(
                                 status, text.section(QStringLiteral(" · "), 0, 0)));
            item->setToolTip(1, CallColumns::runToolTip(mark));
            item->setIcon(1, SeverityStyle::icon(mark.passed() ? Diagnosis::Severity::Ok
                                                               : Diagnosis::Severity::Error));
        }
    }
}

void RequestsTree::clearResults()
{
    for (int f = 0; f < topLevelItemCount(); ++f) {
        QTreeWidgetItem *file = topLevelItem(f);
        for (int i = 0; i < file->childCount(); ++i) {
            file->child(i)->setText(1, QString());
            file->child(i)->setToolTip(1, QString());
            file->child(i)->setIcon(1, QIcon());
        }
    }
}
