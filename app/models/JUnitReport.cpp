#include "JUnitReport.h"

#include "app/models/RecordFormatter.h"

#include <QXmlStreamWriter>

namespace {

QString seconds(qint64 ms)
{
    return QString::number(double(qMax<qint64>(0, ms)) / 1000.0, 'f', 3);
}

void testCase(QXmlStreamWriter &x, const RunResult &r)
{
    x.writeStartElement(QStringLiteral("testcase"));
    x.writeAttribute(
        QStringLiteral("classname"),
        r.folder.isEmpty() ? r.file : r.file + QLatin1Char('/') + r.folder.join(QLatin1Char('/')));
    x.writeAttribute(QStringLiteral("name"), r.name);
    x.writeAttribute(QStringLiteral("time"), seconds(r.hasAnswer() ? r.answer().elapsedMs : 0));
    if (!r.skippedScripts.isEmpty()) {
        x.writeStartElement(QStringLiteral("properties"));
        for (const QString &s : r.skippedScripts) {
            x.writeStartElement(QStringLiteral("property"));
            x.writeAttribute(QStringLiteral("name"), QStringLiteral("not-run"));
            x.writeAttribute(QStringLiteral("value"), s);
            x.writeEndElement();
        }
        x.writeEndElement();
    }
    QStringList failed;
    for (const ExpectationResult &c : r.checks)
        if (!c.held)
            failed << QStringLiteral("@expect %1: %2").arg(c.expectation.text(), c.sentence);
    if (!failed.isEmpty()) {
        x.writeStartElement(QStringLiteral("failure"));
        x.writeAttribute(QStringLiteral("message"), failed.constFirst());
        x.writeAttribute(QStringLiteral("type"), QStringLiteral("expectation"));
        x.writeCharacters(failed.join(QLatin1Char('\n')));
        x.writeEndElement();
    }
    if (r.hasAnswer()) {
        const CallRecord &a = r.answer();
        x.writeTextElement(QStringLiteral("system-out"),
                           RecordFormatter::summary(a) + QLatin1Char('\n') + a.diagnosis.summary);
    }
    x.writeEndElement();
}

} // namespace

QByteArray JUnitReport::write(const QList<RunResult> &results, const QString &name)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.setAutoFormatting(true);
    x.writeStartDocument();
    const RunSummary all = RunSummary::of(results);
    x.writeStartElement(QStringLiteral("testsuites"));
    x.writeAttribute(QStringLiteral("name"), name);
    x.writeAttribute(QStringLiteral("tests"), QString::number(all.requests));
    x.writeAttribute(QStringLiteral("failures"), QString::number(all.failedRequests));
    x.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    QStringList files;
    for (const RunResult &r : results)
        if (!files.contains(r.file))
            files << r.file;
    for (const QString &file : std::as_const(files)) {
        QList<RunResult> mine;
        qint64 ms = 0;
        for (const RunResult &r : results) {
            if (r.file != file)
                continue;
            mine << r;
            ms += r.hasAnswer() ? qMax<qint64>(0, r.answer().elapsedMs) : 0;
        }
        const RunSummary s = RunSummary::of(mine);
        x.writeStartElement(QStringLiteral("testsuite"));
        x.writeAttribute(QStringLiteral("name"), file);
        x.writeAttribute(QStringLiteral("tests"), QString::number(s.requests));
        x.writeAttribute(QStringLiteral("failures"), QString::number(s.failedRequests));
        x.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
        x.writeAttribute(QStringLiteral("skipped"), QStringLiteral("0"));
        x.writeAttribute(QStringLiteral("time"), seconds(ms));
        for (const RunResult &r : std::as_const(mine))
            testCase(x, r);
        x.writeEndElement();
    }
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}
