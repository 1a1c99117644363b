#pragma once

#include <QSortFilterProxyModel>

// Filters the call log by free text (CallSearch: the History's rule too), status class and
// diagnosis code.
class CallLogFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallLogFilterModel)
public:
    // Status classes: AnyStatus, 0 = no HTTP answer (transport failure), 2..5 = 2xx..5xx.
    static constexpr int AnyStatus = -1;

    explicit CallLogFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setStatusClass(int statusClass);
    void setDiagnosisCode(const QString &code); // empty: any; a prefix like "gateway." works

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    int m_statusClass = AnyStatus;
    QString m_code;
};
