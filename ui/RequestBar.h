#pragma once

#include "app/calls/ApiRequest.h"
#include "app/calls/FormatOptions.h"
#include "app/fhir/CapabilityStatement.h"
#include "app/session/RequestDraft.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class RequestBar;
}

// The address bar: the Examples menu, method, path or URL, the format to ask for, Send and
// Cancel; under it how the Authorization header is sent, X-Request-ID and where else the format
// goes; then the composer for extra headers and a body. It holds what the user typed and says
// when it is not a request; a draft of it goes to the workspace to send.
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

    explicit RequestBar(QWidget *parent = nullptr);
    ~RequestBar() override;

    // The request as typed (the Authorization variant included), or nothing with `problem` set
    // and the field to fix focused. The workspace builds, authorises and sends it.
    std::optional<RequestDraft> draft(QString *problem);
    void setRequest(const QByteArray &method, const QString &target);
    // Shows a whole draft (a saved request, a call to change and send again): method, address,
    // Authorization variant, X-Request-ID, and its headers and body in the composer, opened
    // when it has any.
    void load(const RequestDraft &draft);
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
