#pragma once

// What tst_outline and tst_outline_folded share: finding a row by name, comparing two outline
// trees row by row, the folding that never starts, and a row's path.
#include "app/fhir/ContentOutline.h"
#include "app/models/OutlineModels.h"

#include <QAbstractItemModel>
#include <QTest>
#include <limits>

class OutlineTestHelpers
{
protected:
    static QModelIndex find(const QAbstractItemModel &m, const QModelIndex &parent,
                            const QString &name)
    {
        for (int r = 0; r < m.rowCount(parent); ++r) {
            const QModelIndex i = m.index(r, 0, parent);
            if (i.data().toString() == name)
                return i;
        }
        return {};
    }

    // Every row under `parent` of two trees that should read the same: names, values, types,
    // lines, raw text, and each row's parent leading back.
    static void compareTrees(const QAbstractItemModel &a, const QAbstractItemModel &b,
                             const QModelIndex &pa, const QModelIndex &pb, int *rows)
    {
        QCOMPARE(a.rowCount(pa), b.rowCount(pb));
        for (int r = 0; r < a.rowCount(pa); ++r) {
            const QModelIndex ia = a.index(r, 0, pa), ib = b.index(r, 0, pb);
            QVERIFY(ib.isValid());
            QCOMPARE(b.parent(ib), pb);
            for (int c = 0; c < OutlineTreeModel::ColumnCount; ++c)
                QCOMPARE(ia.siblingAtColumn(c).data().toString(),
                         ib.siblingAtColumn(c).data().toString());
            QCOMPARE(ia.data(OutlineTreeModel::LineRole), ib.data(OutlineTreeModel::LineRole));
            QCOMPARE(ia.data(OutlineTreeModel::RawRole), ib.data(OutlineTreeModel::RawRole));
            ++*rows;
            compareTrees(a, b, ia, ib, rows);
            if (QTest::currentTestFailed())
                return;
        }
    }

    // Folding that never starts: the whole table, to compare a folded outline with.
    static ContentOutline::Folding neverFolded()
    {
        ContentOutline::Folding never;
        never.fromBytes = std::numeric_limits<qint64>::max();
        return never;
    }

    // The names from the root down to a row ("(root)/entry/[3]/resource").
    static QString pathOf(QModelIndex i)
    {
        QStringList names;
        for (; i.isValid(); i = i.parent())
            names.prepend(i.data().toString());
        return names.join(QLatin1Char('/'));
    }
};
