#pragma once

#include "app/fhir/GatewayError.h"

#include <QAbstractTableModel>

// Name/value pairs of a request or a response, in wire order.
class HeadersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeadersModel)
public:
    enum Role { IsCorrelationRole = Qt::UserRole + 1 };

    explicit HeadersModel(QObject *parent = nullptr);

    void setHeaders(const HeaderList &headers);
    HeaderList headers() const { return m_headers; }

    // X-Request-ID, X-Correlation-Id, x-amzn-RequestId, x-amz-apigw-id, x-amzn-ErrorType:
    // what vendor support asks for first.
    static bool isCorrelationHeader(const QByteArray &name);
    // A header value as text, with the spaces that matter made visible (␠): at the start, at the
    // end, and runs of more than one (a token pasted with spaces around it).
    static QString visibleValue(const QByteArray &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    HeaderList m_headers;
};
