#include "CallColumns.h"

#include "app/support/Format.h"

#include <QLocale>

QVariant CallColumns::header(int column)
{
    switch (column) {
    case IdColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case ServerColumn:
        return tr("Server");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("Status");
    case DiagnosisColumn:
        return tr("Diagnosis");
    case ElapsedColumn:
        return tr("ms");
    case SizeColumn:
        return tr("Size");
    }
    return {};
}

QVariant CallColumns::display(int column, const Cells &c, TimeStyle time)
{
    switch (column) {
    case IdColumn:
        return QVariant::fromValue(c.id);
    case TimeColumn:
        return time == TimeStyle::OfDay
                   ? c.started.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"))
                   : QLocale().toString(c.started.toLocalTime(),
                                        QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ServerColumn:
        return c.profile.isEmpty() ? c.host : c.profile;
    case MethodColumn:
        return c.method;
    case PathColumn: {
        QString path = c.url.path();
        if (c.url.hasQuery())
            path += QLatin1Char('?') + c.url.query();
        return path;
    }
    case StatusColumn:
        return c.status ? QString::number(*c.status) : tr("—");
    case DiagnosisColumn:
        return c.diagnosis;
    case ElapsedColumn:
        return c.elapsedMs >= 0 ? QVariant(c.elapsedMs) : QVariant();
    case SizeColumn:
        return c.size ? Format::size(*c.size) : QString();
    }
    return {};
}

QVariant CallColumns::toolTip(int column, const Cells &c)
{
    QVariant tip = cellToolTip(column, c);
    if (c.note.isEmpty())
        return tip;
    const QString note = tr("Note: %1").arg(c.note);
    return tip.isValid() ? QVariant(tip.toString() + QLatin1Char('\n') + note) : QVariant(note);
}

QVariant CallColumns::cellToolTip(int column, const Cells &c)
{
    switch (column) {
    case PathColumn:
        return c.url.toString();
    case ServerColumn:
        return c.profile.isEmpty() ? c.host : tr("%1 (%2)").arg(c.profile, c.host);
    case DiagnosisColumn:
    case StatusColumn:
        return c.diagnosisSummary.isEmpty() ? QVariant() : QVariant(c.diagnosisSummary);
    }
    return c.purpose.isEmpty() ? QVariant() : QVariant(c.purpose);
}

QVariant CallColumns::alignment(int column)
{
    if (column == IdColumn || column == ElapsedColumn || column == SizeColumn ||
        column == StatusColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant CallColumns::runHeader()
{
    return tr("Saved request");
}

QString CallColumns::runText(const RunMark &m)
{
    if (m.expectations == 0)
        return tr("· %1").arg(m.request);
    if (m.passed())
        return tr("✔ %1/%2 · %3").arg(m.expectations).arg(m.expectations).arg(m.request);
    return tr("✘ %1 of %2 failed · %3").arg(m.failed).arg(m.expectations).arg(m.request);
}

QString CallColumns::runToolTip(const RunMark &m)
{
    QStringList lines{tr("%1 (%2)").arg(m.request, m.file)};
    if (m.expectations == 0)
        lines << tr("No expectations.");
    lines << m.checks;
    return lines.join(QLatin1Char('\n'));
}
