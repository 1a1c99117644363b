#pragma once

#include "app/calls/ApiRequest.h"
#include "app/fhir/CapabilityStatement.h"
#include "app/net/FhirClient.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class RequestBar;
}

// The address bar: the Examples menu, method, path or URL, the format to ask for, Send and
// Cancel; under it how the Authorization header is sent, X-Request-ID and where else the format
// goes; then the composer for extra headers and a body. It holds what the user typed and says
// when it is not a request; the window turns it into one.
class RequestBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestBar)
public:
    // One answer of the vendor's documentation page, reproduced on the current server.
    struct Example
    {
        QString title;
        QByteArray method;
        QString path;
        AuthMode auth;
        bool needsValidToken;
    };
    static QList<Example> vendorExamples();

    // What the bar says: the parts of a request before the client adds the server and the token.
    struct Draft
    {
        QByteArray method;
        QString target; // a path such as Group/1, or a full URL
        HeaderList headers;
        QByteArray body;
        QByteArray requestId; // empty: a fresh UUID
        QString authVariant;  // an AuthMode key, or "expired" / "other-environment"
    };

    explicit RequestBar(QWidget *parent = nullptr);
    ~RequestBar() override;

    // The request as typed, or nothing with `problem` set and the field to fix focused.
    std::optional<Draft> draft(QString *problem);
    void setRequest(const QByteArray &method, const QString &target);
    void setTarget(const QString &target);
    // The Authorization menu's choice: an AuthMode key, or "expired" / "other-environment".
    QString authVariant() const;
    void setAuthMode(AuthMode mode);
    // The Authorization menu's words for a variant ("Token without \"Bearer \"").
    QString authVariantName(AuthMode mode) const;
    QString target() const;
    FormatOptions format() const;
    void setBusy(bool busy);
    // The XML formats are greyed when the server's CapabilityStatement does not list XML.
    void applyCapabilities(const std::optional<CapabilityStatement> &statement);
    void focusAddress();
    // Opens the Examples menu under its button, as a click on it does.
    void showExamples();

Q_SIGNALS:
    void sendRequested();
    void cancelRequested();
    void exampleChosen(const RequestBar::Example &example);
    void formatChanged(const FormatOptions &format);
    void authVariantChanged(const QString &variant);

private:
    void showComposer(bool on);

    std::unique_ptr<Ui::RequestBar> m_ui;
};
