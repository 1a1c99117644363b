#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>
#include <optional>

// The one column list of a table of calls: the call log (this session's calls, in memory) and
// the History (every stored call) show the same columns under the same headers, filled by the
// same rules. Each model turns its row into Cells and asks here.
class CallColumns
{
    Q_DECLARE_TR_FUNCTIONS(CallColumns)
public:
    enum Column {
        IdColumn,
        TimeColumn,
        ServerColumn, // the profile the call was made under (its host when there is none)
        MethodColumn,
        PathColumn, // path and query; the whole URL in the tooltip
        StatusColumn,
        DiagnosisColumn,
        ElapsedColumn,
        SizeColumn,
        ColumnCount
    };
    // The log holds one day's calls (the time of day, to the millisecond); the History spans
    // many days (the date and time).
    enum class TimeStyle { OfDay, WithDate };

    // What a row shows, from a CallRecord or a stored row.
    struct Cells
    {
        quint64 id = 0;
        QDateTime started;
        QString profile;
        QString host;
        QString method;
        QUrl url;
        std::optional<int> status;
        QString diagnosis;
        QString diagnosisSummary; // may be empty (a stored row has only the code)
        QString purpose;          // may be empty
        qint64 elapsedMs = -1;
        std::optional<qint64> size; // the body's size; none without an answer
        QString note;               // the analyst's note: in every cell's tooltip
    };

    static QVariant header(int column);
    static QVariant display(int column, const Cells &cells, TimeStyle time);
    static QVariant toolTip(int column, const Cells &cells);
    static QVariant alignment(int column);

    // The call log's own column after the shared ones: which saved request a run sent, and
    // whether its expectations held (History has no runs).
    struct RunMark
    {
        QString request; // the saved request's name
        QString file;    // the file it comes from
        int expectations = 0;
        int failed = 0;
        QStringList checks; // "✔ status 200: …", one per expectation
        bool passed() const { return failed == 0; }
    };
    static QVariant runHeader();
    // "✔ 2/2 · Read the group", "✘ 1 of 3 failed · Kick-off", "· Metadata": the mark in
    // text, so it reads without colour or icon.
    static QString runText(const RunMark &mark);
    static QString runToolTip(const RunMark &mark);

private:
    static QVariant cellToolTip(int column, const Cells &cells); // toolTip() without the note
};
