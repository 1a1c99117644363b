<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiCall</name>
    <message>
        <source>Invalid URL: %1</source>
        <translation>Invalid URL: %1</translation>
    </message>
    <message>
        <source>The answer&apos;s header block could not be read: a header longer than 8 KiB, more than 100 headers, or a malformed header name (the limits of the HTTP reader; a server sends a few KiB). The answer is refused.</source>
        <translation>The answer&apos;s header block could not be read: a header longer than 8 KiB, more than 100 headers, or a malformed header name (the limits of the HTTP reader; a server sends a few KiB). The answer is refused.</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>Tools</source>
        <translation>Tools</translation>
    </message>
    <message>
        <source>Check this server…</source>
        <translation>Check this server…</translation>
    </message>
    <message>
        <source>About FHIR Bulk Explorer</source>
        <translation>About FHIR Bulk Explorer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FHIR Bulk Explorer %1&lt;/h3&gt;&lt;p&gt;Explore and troubleshoot FHIR Bulk Data Export APIs: every call recorded, every answer explained.&lt;/p&gt;&lt;p&gt;Tokens live in the OS keychain, never in a file; logs and copies show only their length and SHA-256 fingerprint.&lt;/p&gt;&lt;p&gt;Commit %2 · Qt %3 · QtKeychain %4&lt;br&gt;Keychain: %5%6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FHIR Bulk Explorer %1&lt;/h3&gt;&lt;p&gt;Explore and troubleshoot FHIR Bulk Data Export APIs: every call recorded, every answer explained.&lt;/p&gt;&lt;p&gt;Tokens live in the OS keychain, never in a file; logs and copies show only their length and SHA-256 fingerprint.&lt;/p&gt;&lt;p&gt;Commit %2 · Qt %3 · QtKeychain %4&lt;br&gt;Keychain: %5%6&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (not available: tokens are kept for this session only)</source>
        <translation> (not available: tokens are kept for this session only)</translation>
    </message>
    <message>
        <source>The log folder is %1</source>
        <translation>The log folder is %1</translation>
    </message>
</context>
<context>
    <name>AuthEvidence</name>
    <message>
        <source>no Authorization header (withheld: another origin)</source>
        <translation>no Authorization header (withheld: another origin)</translation>
    </message>
    <message>
        <source>no Authorization header</source>
        <translation>no Authorization header</translation>
    </message>
    <message>
        <source>an empty Authorization header</source>
        <translation>an empty Authorization header</translation>
    </message>
    <message>
        <source>no scheme</source>
        <translation>no scheme</translation>
    </message>
    <message numerus="yes">
        <source>%n extra space(s)</source>
        <translation>
            <numerusform>%n extra space</numerusform>
            <numerusform>%n extra spaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>token (%n chars)</source>
        <translation>
            <numerusform>token (%n chars)</numerusform>
            <numerusform>token (%n chars)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trailing space(s)</source>
        <translation>
            <numerusform>%n trailing space</numerusform>
            <numerusform>%n trailing spaces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthTemplate</name>
    <message>
        <source>The Authorization scheme &quot;%1&quot; is not sent from a saved request: write Authorization: Bearer {{token}}.</source>
        <translation>The Authorization scheme &quot;%1&quot; is not sent from a saved request: write Authorization: Bearer {{token}}.</translation>
    </message>
    <message>
        <source>The Authorization header holds a value written in the file (%1): it is never sent. Write Authorization: Bearer {{token}} for the profile&apos;s token, or Bearer {{name}} with the value from an environment.</source>
        <translation>The Authorization header holds a value written in the file (%1): it is never sent. Write Authorization: Bearer {{token}} for the profile&apos;s token, or Bearer {{name}} with the value from an environment.</translation>
    </message>
</context>
<context>
    <name>BinaryContent</name>
    <message>
        <source>The content is declared %1 but is not valid JSON.</source>
        <translation>The content is declared %1 but is not valid JSON.</translation>
    </message>
    <message>
        <source>The content is declared %1 but does not look like an image.</source>
        <translation>The content is declared %1 but does not look like an image.</translation>
    </message>
    <message>
        <source>The content is declared %1 but does not start like a PDF.</source>
        <translation>The content is declared %1 but does not start like a PDF.</translation>
    </message>
    <message>
        <source>This is a %1, not a Binary.</source>
        <translation>This is a %1, not a Binary.</translation>
    </message>
    <message>
        <source>The Binary&apos;s data is not valid base64, so it cannot be decoded; the raw value is shown.</source>
        <translation>The Binary&apos;s data is not valid base64, so it cannot be decoded; the raw value is shown.</translation>
    </message>
    <message>
        <source>The resource is not valid JSON (%1).</source>
        <translation>The resource is not valid JSON (%1).</translation>
    </message>
    <message>
        <source>The resource is not a JSON object.</source>
        <translation>The resource is not a JSON object.</translation>
    </message>
</context>
<context>
    <name>BinaryViewer</name>
    <message>
        <source>Binary content</source>
        <translation>Binary content</translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation>&amp;Content</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>&amp;Image</translation>
    </message>
    <message>
        <source>&amp;NDJSON</source>
        <translation>&amp;NDJSON</translation>
    </message>
    <message>
        <source>&amp;Hex</source>
        <translation>&amp;Hex</translation>
    </message>
    <message>
        <source>As &amp;JSON</source>
        <translation>As &amp;JSON</translation>
    </message>
    <message>
        <source>As &amp;XML</source>
        <translation>As &amp;XML</translation>
    </message>
    <message>
        <source>&amp;Save content…</source>
        <translation>&amp;Save content…</translation>
    </message>
    <message>
        <source>&amp;Open with system application</source>
        <translation>&amp;Open with system application</translation>
    </message>
    <message>
        <source>Binary content — %1</source>
        <translation>Binary content — %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Save the content</source>
        <translation>Save the content</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>(binary content: see Hex)</source>
        <translation>(binary content: see Hex)</translation>
    </message>
    <message>
        <source>Large content is shown line by line; select lines and press Ctrl+C to copy them</source>
        <translation>Large content is shown line by line; select lines and press Ctrl+C to copy them</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>Copy &amp;value</translation>
    </message>
    <message>
        <source>The selected node&apos;s JSON or XML value, as written (Ctrl+C)</source>
        <translation>The selected node&apos;s JSON or XML value, as written (Ctrl+C)</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>Copy &amp;path</translation>
    </message>
    <message>
        <source>Where the selected node sits, e.g. entry[0].resource.name[0].family</source>
        <translation>Where the selected node sits, e.g. entry[0].resource.name[0].family</translation>
    </message>
    <message>
        <source>Shown as XML, as it was received.</source>
        <translation>Shown as XML, as it was received.</translation>
    </message>
    <message>
        <source>Shown as JSON, as it was received.</source>
        <translation>Shown as JSON, as it was received.</translation>
    </message>
    <message>
        <source>NDJSON file — %1</source>
        <translation>NDJSON file — %1</translation>
    </message>
    <message>
        <source>size: %1 · read from disk as needed</source>
        <translation>size: %1 · read from disk as needed</translation>
    </message>
    <message>
        <source>FHIR content as JSON: converted here by the R4 rules</source>
        <translation>FHIR content as JSON: converted here by the R4 rules</translation>
    </message>
    <message>
        <source>FHIR content as XML: converted here by the R4 rules</source>
        <translation>FHIR content as XML: converted here by the R4 rules</translation>
    </message>
    <message>
        <source>FHIR content as XML: asked from the server (its CapabilityStatement lists XML)</source>
        <translation>FHIR content as XML: asked from the server (its CapabilityStatement lists XML)</translation>
    </message>
    <message>
        <source>FHIR content as JSON: asked from the server</source>
        <translation>FHIR content as JSON: asked from the server</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>%1 The raw content is shown.</source>
        <translation>%1 The raw content is shown.</translation>
    </message>
    <message>
        <source>%1 %2 values · %3 lines.</source>
        <translation>%1 %2 values · %3 lines.</translation>
    </message>
    <message>
        <source>Asking the server for XML…</source>
        <translation>Asking the server for XML…</translation>
    </message>
    <message>
        <source>Asking the server for JSON…</source>
        <translation>Asking the server for JSON…</translation>
    </message>
    <message>
        <source>the server answered in the other format</source>
        <translation>the server answered in the other format</translation>
    </message>
    <message>
        <source>Shown as XML, as the server sent it.</source>
        <translation>Shown as XML, as the server sent it.</translation>
    </message>
    <message>
        <source>Shown as JSON, as the server sent it.</source>
        <translation>Shown as JSON, as the server sent it.</translation>
    </message>
    <message>
        <source>Converting to XML…</source>
        <translation>Converting to XML…</translation>
    </message>
    <message>
        <source>Converting to JSON…</source>
        <translation>Converting to JSON…</translation>
    </message>
    <message>
        <source>Shown as XML, converted here by the FHIR R4 rules.</source>
        <translation>Shown as XML, converted here by the FHIR R4 rules.</translation>
    </message>
    <message>
        <source>Shown as JSON, converted here by the FHIR R4 rules.</source>
        <translation>Shown as JSON, converted here by the FHIR R4 rules.</translation>
    </message>
    <message>
        <source>The server did not convert it (%1).</source>
        <translation>The server did not convert it (%1).</translation>
    </message>
    <message>
        <source>Content — %1</source>
        <translation>Content — %1</translation>
    </message>
    <message>
        <source>Binary · contentType: %1 · securityContext: %2 · size: %3</source>
        <translation>Binary · contentType: %1 · securityContext: %2 · size: %3</translation>
    </message>
    <message>
        <source>contentType: %1 · size: %2</source>
        <translation>contentType: %1 · size: %2</translation>
    </message>
    <message>
        <source>%1 %2 lines.</source>
        <translation>%1 %2 lines.</translation>
    </message>
    <message>
        <source>Shown as text.</source>
        <translation>Shown as text.</translation>
    </message>
    <message>
        <source>Nothing to search here.</source>
        <translation>Nothing to search here.</translation>
    </message>
    <message>
        <source>Content outline</source>
        <translation>Content outline</translation>
    </message>
    <message>
        <source>Content as text</source>
        <translation>Content as text</translation>
    </message>
    <message>
        <source>Content lines</source>
        <translation>Content lines</translation>
    </message>
    <message>
        <source>Content as hex</source>
        <translation>Content as hex</translation>
    </message>
    <message>
        <source>The content is empty (0 bytes): there is nothing to show. An empty Binary or file is not an error of this viewer; check what the server sent.</source>
        <translation>The content is empty (0 bytes): there is nothing to show. An empty Binary or file is not an error of this viewer; check what the server sent.</translation>
    </message>
    <message>
        <source>Cannot write a copy to open: %1</source>
        <translation>Cannot write a copy to open: %1</translation>
    </message>
</context>
<context>
    <name>BodyText</name>
    <message>
        <source>Not well-formed XML at line %1, column %2: %3</source>
        <translation>Not well-formed XML at line %1, column %2: %3</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binary</translation>
    </message>
    <message numerus="yes">
        <source>... %n more bytes</source>
        <translation>
            <numerusform>... %n more byte</numerusform>
            <numerusform>... %n more bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (built with %2)</translation>
    </message>
</context>
<context>
    <name>BulkManifest</name>
    <message>
        <source>The manifest is not a JSON object (%1 at byte %2).</source>
        <translation>The manifest is not a JSON object (%1 at byte %2).</translation>
    </message>
    <message>
        <source>The manifest has no output array.</source>
        <translation>The manifest has no output array.</translation>
    </message>
    <message>
        <source>An output entry has no usable url (%1).</source>
        <translation>An output entry has no usable url (%1).</translation>
    </message>
</context>
<context>
    <name>CallColumns</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Saved request</source>
        <translation>Saved request</translation>
    </message>
    <message>
        <source>· %1</source>
        <translation>· %1</translation>
    </message>
    <message>
        <source>✔ %1/%2 · %3</source>
        <translation>✔ %1/%2 · %3</translation>
    </message>
    <message>
        <source>✘ %1 of %2 failed · %3</source>
        <translation>✘ %1 of %2 failed · %3</translation>
    </message>
    <message>
        <source>No expectations.</source>
        <translation>No expectations.</translation>
    </message>
</context>
<context>
    <name>CallDetailPane</name>
    <message>
        <source>Select a call in the log to see its request, response and diagnosis.</source>
        <translation>Select a call in the log to see its request, response and diagnosis.</translation>
    </message>
    <message>
        <source>&amp;Diagnosis</source>
        <translation>&amp;Diagnosis</translation>
    </message>
    <message>
        <source>OperationOutcome issues:</source>
        <translation>OperationOutcome issues:</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copy as curl</translation>
    </message>
    <message>
        <source>Copy a curl command that repeats this call, with the token redacted</source>
        <translation>Copy a curl command that repeats this call, with the token redacted</translation>
    </message>
    <message>
        <source>Copy as curl with token…</source>
        <translation>Copy as curl with token…</translation>
    </message>
    <message>
        <source>Copy the curl command with the real token, after you confirm</source>
        <translation>Copy the curl command with the real token, after you confirm</translation>
    </message>
    <message>
        <source>Copy X-Request-ID</source>
        <translation>Copy X-Request-ID</translation>
    </message>
    <message>
        <source>Copy headers</source>
        <translation>Copy headers</translation>
    </message>
    <message>
        <source>Copy ids for support</source>
        <translation>Copy ids for support</translation>
    </message>
    <message>
        <source>Copy method, URL, status, time and every correlation id: what vendor support asks for</source>
        <translation>Copy method, URL, status, time and every correlation id: what vendor support asks for</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Body</translation>
    </message>
    <message>
        <source>Ra&amp;w</source>
        <translation>Ra&amp;w</translation>
    </message>
    <message>
        <source>Show the body exactly as received</source>
        <translation>Show the body exactly as received</translation>
    </message>
    <message>
        <source>Find in body</source>
        <translation>Find in body</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Find next</translation>
    </message>
    <message>
        <source>Copy body</source>
        <translation>Copy body</translation>
    </message>
    <message>
        <source>response headers</source>
        <translation>response headers</translation>
    </message>
    <message>
        <source>ids for support</source>
        <translation>ids for support</translation>
    </message>
    <message>
        <source>body</source>
        <translation>body</translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1 %2&lt;/b&gt; &amp;nbsp; %3 %4 &amp;nbsp;→&amp;nbsp; &lt;b&gt;%5&lt;/b&gt; &amp;nbsp; %6 ms &amp;nbsp; %7</source>
        <translation>&lt;b&gt;#%1 %2&lt;/b&gt; &amp;nbsp; %3 %4 &amp;nbsp;→&amp;nbsp; &lt;b&gt;%5&lt;/b&gt; &amp;nbsp; %6 ms &amp;nbsp; %7</translation>
    </message>
    <message>
        <source>X-Request-ID sent: &lt;b&gt;%1&lt;/b&gt;; %2.</source>
        <translation>X-Request-ID sent: &lt;b&gt;%1&lt;/b&gt;; %2.</translation>
    </message>
    <message>
        <source>Gateway request id: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Gateway request id: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no Content-Type</source>
        <translation>no Content-Type</translation>
    </message>
    <message>
        <source>showing the first %1; the whole body is in %2</source>
        <translation>showing the first %1; the whole body is in %2</translation>
    </message>
    <message>
        <source>No response body: %1</source>
        <translation>No response body: %1</translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation>Formatting…</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(empty body)</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Not found: %1</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>Copied %1 to the clipboard.</translation>
    </message>
    <message>
        <source>curl command (token redacted)</source>
        <translation>curl command (token redacted)</translation>
    </message>
    <message>
        <source>X-Request-ID</source>
        <translation>X-Request-ID</translation>
    </message>
    <message>
        <source>… %1 more characters. Request → Preview content (Ctrl+B) shows all of it, with a tree and search.</source>
        <translation>… %1 more characters. Request → Preview content (Ctrl+B) shows all of it, with a tree and search.</translation>
    </message>
    <message>
        <source>Likely causes, most likely first:</source>
        <translation>Likely causes, most likely first:</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>only the first %1 was kept (the history&apos;s body limit, Preferences)</source>
        <translation>only the first %1 was kept (the history&apos;s body limit, Preferences)</translation>
    </message>
    <message>
        <source>OperationOutcome issues</source>
        <translation>OperationOutcome issues</translation>
    </message>
    <message>
        <source>Request as sent</source>
        <translation>Request as sent</translation>
    </message>
    <message>
        <source>Request and response headers</source>
        <translation>Request and response headers</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Response body</translation>
    </message>
    <message>
        <source>Certificate chain as received</source>
        <translation>Certificate chain as received</translation>
    </message>
    <message>
        <source>&amp;Certificate</source>
        <translation>&amp;Certificate</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 The certificate chain passed every check.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 The certificate chain passed every check.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Checks that failed:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Checks that failed:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Server certificate</translation>
    </message>
    <message>
        <source>Root certificate</source>
        <translation>Root certificate</translation>
    </message>
    <message>
        <source>Intermediate certificate</source>
        <translation>Intermediate certificate</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation> (self-signed)</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <translation>%1 %2 to %3</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Accept exactly this server certificate for the current profile, although its checks fail; you are asked first</source>
        <translation>Accept exactly this server certificate for the current profile, although its checks fail; you are asked first</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 &lt;b&gt;Accepted because this profile pins this certificate&lt;/b&gt; (SHA-256 %2), although these checks failed: %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 &lt;b&gt;Accepted because this profile pins this certificate&lt;/b&gt; (SHA-256 %2), although these checks failed: %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>Re&amp;quest</translation>
    </message>
    <message>
        <source>Res&amp;ponse headers</source>
        <translation>Res&amp;ponse headers</translation>
    </message>
    <message>
        <source>Trust this certificate for this profile…</source>
        <translation>Trust this certificate for this profile…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>Write a note on this call: kept in the history, searchable, in HAR files and reports (Ctrl+Shift+N)</source>
        <translation>Write a note on this call: kept in the history, searchable, in HAR files and reports (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>No note on this call.</source>
        <translation>No note on this call.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Add note…</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Edit note…</translation>
    </message>
</context>
<context>
    <name>CallDiff</name>
    <message>
        <source>no answer (%1)</source>
        <translation>no answer (%1)</translation>
    </message>
    <message>
        <source>the XML body is not FHIR XML (%1)</source>
        <translation>the XML body is not FHIR XML (%1)</translation>
    </message>
    <message>
        <source>a %1 body has no structure to compare</source>
        <translation>a %1 body has no structure to compare</translation>
    </message>
    <message>
        <source>the JSON body does not parse (%1)</source>
        <translation>the JSON body does not parse (%1)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>The bodies were compared by size only: one is larger than %1.</source>
        <translation>The bodies were compared by size only: one is larger than %1.</translation>
    </message>
    <message>
        <source>content</source>
        <translation>content</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identical</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2, different bytes</source>
        <translation>%1, %2, different bytes</translation>
    </message>
    <message>
        <source>The bodies were compared as bytes only: %1.</source>
        <translation>The bodies were compared as bytes only: %1.</translation>
    </message>
    <message>
        <source>the same structure (%1)</source>
        <translation>the same structure (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The bodies hold more than %n value(s): the rest was not compared.</source>
        <translation>
            <numerusform>The bodies hold more than %n value: the rest was not compared.</numerusform>
            <numerusform>The bodies hold more than %n values: the rest was not compared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The bodies differ in more than %n place(s): only the first are listed.</source>
        <translation>
            <numerusform>The bodies differ in more than %n place: only the first are listed.</numerusform>
            <numerusform>The bodies differ in more than %n places: only the first are listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>method</source>
        <translation>method</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation>diagnosis</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>likely</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>time taken</source>
        <translation>time taken</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Request header</source>
        <translation>Request header</translation>
    </message>
    <message>
        <source>Response header</source>
        <translation>Response header</translation>
    </message>
    <message>
        <source>Left:  %1</source>
        <translation>Left:  %1</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>Right: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s).</source>
        <translation>
            <numerusform>%n difference.</numerusform>
            <numerusform>%n differences.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more that any two calls have (ids, dates, time taken), marked ~.</source>
        <translation>
            <numerusform>%n more that any two calls have (ids, dates, time taken), marked ~.</numerusform>
            <numerusform>%n more that any two calls have (ids, dates, time taken), marked ~.</numerusform>
        </translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translation>Not compared: %1</translation>
    </message>
</context>
<context>
    <name>CallFindings</name>
    <message>
        <source>&amp;Note on the selected call…</source>
        <translation>&amp;Note on the selected call…</translation>
    </message>
    <message>
        <source>Co&amp;mpare two calls…</source>
        <translation>Co&amp;mpare two calls…</translation>
    </message>
    <message>
        <source>Re&amp;port on the selected calls…</source>
        <translation>Re&amp;port on the selected calls…</translation>
    </message>
    <message>
        <source>Write down what you found next to the call: kept in the history, searchable, in HAR files and reports</source>
        <translation>Write down what you found next to the call: kept in the history, searchable, in HAR files and reports</translation>
    </message>
    <message>
        <source>Two selected calls side by side: status, diagnosis, headers and bodies as structure, the differences first</source>
        <translation>Two selected calls side by side: status, diagnosis, headers and bodies as structure, the differences first</translation>
    </message>
    <message>
        <source>The selected calls as Markdown for a ticket or as one HTML file, with their notes, never the token</source>
        <translation>The selected calls as Markdown for a ticket or as one HTML file, with their notes, never the token</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>Compare the two selected calls…</source>
        <translation>Compare the two selected calls…</translation>
    </message>
    <message>
        <source>Report on the selected calls…</source>
        <translation>Report on the selected calls…</translation>
    </message>
    <message>
        <source>Select one call in the History to write its note.</source>
        <translation>Select one call in the History to write its note.</translation>
    </message>
    <message>
        <source>Select a call in the log to write its note.</source>
        <translation>Select a call in the log to write its note.</translation>
    </message>
    <message>
        <source>Note kept on call #%1 in the log only: the call is not in the history (imported, or the history is off). Export it as HAR to keep it.</source>
        <translation>Note kept on call #%1 in the log only: the call is not in the history (imported, or the history is off). Export it as HAR to keep it.</translation>
    </message>
    <message>
        <source>Removed the note of call #%1.</source>
        <translation>Removed the note of call #%1.</translation>
    </message>
    <message>
        <source>Kept the note on call #%1.</source>
        <translation>Kept the note on call #%1.</translation>
    </message>
    <message numerus="yes">
        <source>Select two calls (Ctrl+click) in the log or the History to compare them; %n selected.</source>
        <translation>
            <numerusform>Select two calls (Ctrl+click) in the log or the History to compare them; %n selected.</numerusform>
            <numerusform>Select two calls (Ctrl+click) in the log or the History to compare them; %n selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>the History</source>
        <translation>the History</translation>
    </message>
    <message>
        <source>the call log</source>
        <translation>the call log</translation>
    </message>
    <message>
        <source>Select the calls for the report in the log or the History.</source>
        <translation>Select the calls for the report in the log or the History.</translation>
    </message>
</context>
<context>
    <name>CallLogPane</name>
    <message>
        <source>&lt;b&gt;Call log&lt;/b&gt;</source>
        <translation>&lt;b&gt;Call log&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show only calls with this kind of answer</source>
        <translation>Show only calls with this kind of answer</translation>
    </message>
    <message>
        <source>Show only calls with this diagnosis</source>
        <translation>Show only calls with this diagnosis</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Remove every call from the log</source>
        <translation>Remove every call from the log</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx success</translation>
    </message>
    <message>
        <source>3xx redirect</source>
        <translation>3xx redirect</translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation>4xx client error</translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation>5xx server error</translation>
    </message>
    <message>
        <source>No answer (transport)</source>
        <translation>No answer (transport)</translation>
    </message>
    <message>
        <source>Any diagnosis</source>
        <translation>Any diagnosis</translation>
    </message>
    <message>
        <source>gateway.* (API gateway)</source>
        <translation>gateway.* (API gateway)</translation>
    </message>
    <message>
        <source>fhir.* (FHIR server)</source>
        <translation>fhir.* (FHIR server)</translation>
    </message>
    <message>
        <source>transport.* (network)</source>
        <translation>transport.* (network)</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s)</source>
        <translation>
            <numerusform>%1 of %n call</numerusform>
            <numerusform>%1 of %n calls</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter calls</source>
        <translation>Filter calls</translation>
    </message>
    <message>
        <source>Call log</source>
        <translation>Call log</translation>
    </message>
    <message>
        <source>Every call of this session: time, server, method, address, status, diagnosis</source>
        <translation>Every call of this session: time, server, method, address, status, diagnosis</translation>
    </message>
    <message>
        <source>Show calls with this status</source>
        <translation>Show calls with this status</translation>
    </message>
    <message>
        <source>Show calls with this diagnosis</source>
        <translation>Show calls with this diagnosis</translation>
    </message>
    <message>
        <source>Filter by URL, status, diagnosis, request id or note (Ctrl+F)</source>
        <translation>Filter by URL, status, diagnosis, request id or note (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>CallRows</name>
    <message>
        <source>The call history %1 is locked (%2): this session&apos;s calls are kept in memory only.</source>
        <translation>The call history %1 is locked (%2): this session&apos;s calls are kept in memory only.</translation>
    </message>
    <message>
        <source>The disk holding the call history (%1) is full: calls from now on are kept in memory only. The calls stored before are kept.</source>
        <translation>The disk holding the call history (%1) is full: calls from now on are kept in memory only. The calls stored before are kept.</translation>
    </message>
    <message>
        <source>The call history %1 is locked by another program (another FHIR Bulk Explorer?): calls from now on are kept in memory only. The history was not changed.</source>
        <translation>The call history %1 is locked by another program (another FHIR Bulk Explorer?): calls from now on are kept in memory only. The history was not changed.</translation>
    </message>
    <message>
        <source>The call history %1 is damaged: calls from now on are kept in memory only. The file was left as it is.</source>
        <translation>The call history %1 is damaged: calls from now on are kept in memory only. The file was left as it is.</translation>
    </message>
    <message>
        <source>A call could not be written to the history %1 (%2): calls from now on are kept in memory only.</source>
        <translation>A call could not be written to the history %1 (%2): calls from now on are kept in memory only.</translation>
    </message>
</context>
<context>
    <name>CallToRequest</name>
    <message>
        <source>The Authorization header was sent as %1; the saved request sends the profile&apos;s token as Bearer.</source>
        <translation>The Authorization header was sent as %1; the saved request sends the profile&apos;s token as Bearer.</translation>
    </message>
    <message>
        <source>The request body is not text and was left out.</source>
        <translation>The request body is not text and was left out.</translation>
    </message>
</context>
<context>
    <name>CallWaterfall</name>
    <message>
        <source>Calls over time</source>
        <translation>Calls over time</translation>
    </message>
    <message>
        <source>One bar per call from its start to its end. Plus and minus zoom, the arrow keys move the selection and pan, 0 fits the width.</source>
        <translation>One bar per call from its start to its end. Plus and minus zoom, the arrow keys move the selection and pan, 0 fits the width.</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Zoom out (−)</translation>
    </message>
    <message>
        <source>Fit to width (0)</source>
        <translation>Fit to width (0)</translation>
    </message>
    <message>
        <source>Save the calls over time</source>
        <translation>Save the calls over time</translation>
    </message>
    <message>
        <source>No calls yet: each call of the log appears here as a bar on a time axis.</source>
        <translation>No calls yet: each call of the log appears here as a bar on a time axis.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapabilityCompareModel</name>
    <message>
        <source>Aspect</source>
        <translation>Aspect</translation>
    </message>
</context>
<context>
    <name>CapabilityModel</name>
    <message>
        <source>Resource</source>
        <translation>Resource</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interactions</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operations</translation>
    </message>
    <message>
        <source>Search parameters</source>
        <translation>Search parameters</translation>
    </message>
</context>
<context>
    <name>CapabilityPane</name>
    <message>
        <source>Read the CapabilityStatement again (GET metadata, no token)</source>
        <translation>Read the CapabilityStatement again (GET metadata, no token)</translation>
    </message>
    <message>
        <source>Reading the CapabilityStatement (GET metadata)…</source>
        <translation>Reading the CapabilityStatement (GET metadata)…</translation>
    </message>
    <message>
        <source>No CapabilityStatement: %1 (call #%2)</source>
        <translation>No CapabilityStatement: %1 (call #%2)</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>FHIR version</source>
        <translation>FHIR version</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token URL</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message numerus="yes">
        <source>%n resource type(s) listed (call #%1).</source>
        <translation>
            <numerusform>%n resource type listed (call #%1).</numerusform>
            <numerusform>%n resource types listed (call #%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Resources and operations the server lists</source>
        <translation>Resources and operations the server lists</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Co&amp;mpare servers…</source>
        <translation>Co&amp;mpare servers…</translation>
    </message>
</context>
<context>
    <name>CapabilityStatement</name>
    <message>
        <source>The CapabilityStatement is not JSON (%1 at byte %2).</source>
        <translation>The CapabilityStatement is not JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <source>The answer is a %1, not a CapabilityStatement.</source>
        <translation>The answer is a %1, not a CapabilityStatement.</translation>
    </message>
    <message>
        <source>software</source>
        <translation>software</translation>
    </message>
    <message>
        <source>token URL</source>
        <translation>token URL</translation>
    </message>
    <message>
        <source>(not listed)</source>
        <translation>(not listed)</translation>
    </message>
    <message>
        <source>%1: interactions</source>
        <translation>%1: interactions</translation>
    </message>
    <message>
        <source>%1: operations</source>
        <translation>%1: operations</translation>
    </message>
    <message>
        <source>%1: search parameters</source>
        <translation>%1: search parameters</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>The vendor page&apos;s answers</source>
        <translation>The vendor page&apos;s answers</translation>
    </message>
    <message>
        <source>Kick-off</source>
        <translation>Kick-off</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Export status</translation>
    </message>
    <message>
        <source>Completion manifest</source>
        <translation>Completion manifest</translation>
    </message>
    <message>
        <source>Output files</source>
        <translation>Output files</translation>
    </message>
    <message>
        <source>Cancelling an export</source>
        <translation>Cancelling an export</translation>
    </message>
    <message>
        <source>Authorisation and SMART</source>
        <translation>Authorisation and SMART</translation>
    </message>
</context>
<context>
    <name>Causes</name>
    <message>
        <source>No route for this path: a wrong base URL, resource type or operation.</source>
        <translation>No route for this path: a wrong base URL, resource type or operation.</translation>
    </message>
    <message>
        <source>No Authorization header was sent.</source>
        <translation>No Authorization header was sent.</translation>
    </message>
    <message>
        <source>The Authorization header was sent without a value.</source>
        <translation>The Authorization header was sent without a value.</translation>
    </message>
    <message>
        <source>The token was sent without the &quot;Bearer &quot; scheme.</source>
        <translation>The token was sent without the &quot;Bearer &quot; scheme.</translation>
    </message>
    <message>
        <source>The scheme was written &quot;bearer&quot;; some authorizers compare it case-sensitively.</source>
        <translation>The scheme was written &quot;bearer&quot;; some authorizers compare it case-sensitively.</translation>
    </message>
    <message>
        <source>Another scheme than Bearer (e.g. Basic) was sent.</source>
        <translation>Another scheme than Bearer (e.g. Basic) was sent.</translation>
    </message>
    <message>
        <source>Extra spaces around the token: the authorizer reads them as part of it.</source>
        <translation>Extra spaces around the token: the authorizer reads them as part of it.</translation>
    </message>
    <message>
        <source>&quot;Bearer &quot; twice: the token itself started with &quot;Bearer &quot;.</source>
        <translation>&quot;Bearer &quot; twice: the token itself started with &quot;Bearer &quot;.</translation>
    </message>
    <message>
        <source>The token was sent with the quotes of the JSON it was copied from.</source>
        <translation>The token was sent with the quotes of the JSON it was copied from.</translation>
    </message>
    <message>
        <source>The token is damaged (cut, changed, or not a token at all).</source>
        <translation>The token is damaged (cut, changed, or not a token at all).</translation>
    </message>
    <message>
        <source>The token&apos;s exp is before the call: it has expired.</source>
        <translation>The token&apos;s exp is before the call: it has expired.</translation>
    </message>
    <message>
        <source>The token&apos;s nbf is after the call: it is not valid yet (or a clock is wrong).</source>
        <translation>The token&apos;s nbf is after the call: it is not valid yet (or a clock is wrong).</translation>
    </message>
    <message>
        <source>The token&apos;s aud/iss name another server than the one called.</source>
        <translation>The token&apos;s aud/iss name another server than the one called.</translation>
    </message>
    <message>
        <source>A well-formed, unexpired token was refused: revoked, or issued for another client.</source>
        <translation>A well-formed, unexpired token was refused: revoked, or issued for another client.</translation>
    </message>
    <message>
        <source>An opaque token was refused: only its issuer can say why.</source>
        <translation>An opaque token was refused: only its issuer can say why.</translation>
    </message>
    <message>
        <source>The token&apos;s scopes do not allow reading this resource type.</source>
        <translation>The token&apos;s scopes do not allow reading this resource type.</translation>
    </message>
    <message>
        <source>the request was %1</source>
        <translation>the request was %1</translation>
    </message>
    <message>
        <source>No route for %1: check the base URL, the resource type and the id.</source>
        <translation>No route for %1: check the base URL, the resource type and the id.</translation>
    </message>
    <message>
        <source>sent as: %1</source>
        <translation>sent as: %1</translation>
    </message>
    <message>
        <source>No Authorization header: a redirect led to another origin, where the token is not sent.</source>
        <translation>No Authorization header: a redirect led to another origin, where the token is not sent.</translation>
    </message>
    <message>
        <source>No Authorization header was sent: add the token (Authorization: Bearer &lt;token&gt;).</source>
        <translation>No Authorization header was sent: add the token (Authorization: Bearer &lt;token&gt;).</translation>
    </message>
    <message>
        <source>&quot;Bearer &quot; appears twice: the pasted token already started with it. Paste the token alone.</source>
        <translation>&quot;Bearer &quot; appears twice: the pasted token already started with it. Paste the token alone.</translation>
    </message>
    <message>
        <source>The token was sent without &quot;Bearer &quot;: send Authorization: Bearer &lt;token&gt;.</source>
        <translation>The token was sent without &quot;Bearer &quot;: send Authorization: Bearer &lt;token&gt;.</translation>
    </message>
    <message>
        <source>The scheme was written &quot;%1&quot;: write &quot;Bearer&quot; exactly; this authorizer compares it case-sensitively.</source>
        <translation>The scheme was written &quot;%1&quot;: write &quot;Bearer&quot; exactly; this authorizer compares it case-sensitively.</translation>
    </message>
    <message>
        <source>The scheme &quot;%1&quot; is not Bearer: this API takes Authorization: Bearer &lt;token&gt;.</source>
        <translation>The scheme &quot;%1&quot; is not Bearer: this API takes Authorization: Bearer &lt;token&gt;.</translation>
    </message>
    <message>
        <source>Extra spaces around the token (from a copy): the authorizer reads them as part of it. Send exactly one space after &quot;Bearer&quot; and none after the token.</source>
        <translation>Extra spaces around the token (from a copy): the authorizer reads them as part of it. Send exactly one space after &quot;Bearer&quot; and none after the token.</translation>
    </message>
    <message>
        <source>The token is wrapped in quotes from the JSON it was copied from: remove them.</source>
        <translation>The token is wrapped in quotes from the JSON it was copied from: remove them.</translation>
    </message>
    <message>
        <source>The token is damaged: copy it again completely, or get a new one.</source>
        <translation>The token is damaged: copy it again completely, or get a new one.</translation>
    </message>
    <message>
        <source>the Garbled token variant changed its last characters</source>
        <translation>the Garbled token variant changed its last characters</translation>
    </message>
    <message>
        <source>it is not a readable JWT (%1)</source>
        <translation>it is not a readable JWT (%1)</translation>
    </message>
    <message>
        <source>The token expired %1 before this call: get a new token (the gateway answers 403 AccessDeniedException to an expired one).</source>
        <translation>The token expired %1 before this call: get a new token (the gateway answers 403 AccessDeniedException to an expired one).</translation>
    </message>
    <message>
        <source>The token expired %1 before this call: get a new token.</source>
        <translation>The token expired %1 before this call: get a new token.</translation>
    </message>
    <message>
        <source>exp %1; the call was at %2</source>
        <translation>exp %1; the call was at %2</translation>
    </message>
    <message>
        <source>The token is not valid yet: wait, or check this computer&apos;s clock.</source>
        <translation>The token is not valid yet: wait, or check this computer&apos;s clock.</translation>
    </message>
    <message>
        <source>nbf %1; the call was at %2</source>
        <translation>nbf %1; the call was at %2</translation>
    </message>
    <message>
        <source>The token was issued for %1, not for the server called (%2): use a token of this environment.</source>
        <translation>The token was issued for %1, not for the server called (%2): use a token of this environment.</translation>
    </message>
    <message>
        <source>aud %1, iss %2</source>
        <translation>aud %1, iss %2</translation>
    </message>
    <message>
        <source>The token looks valid but was refused: it was probably revoked, or issued for another client or environment.</source>
        <translation>The token looks valid but was refused: it was probably revoked, or issued for another client or environment.</translation>
    </message>
    <message>
        <source>a JWT valid until %1</source>
        <translation>a JWT valid until %1</translation>
    </message>
    <message>
        <source>a JWT without exp</source>
        <translation>a JWT without exp</translation>
    </message>
    <message>
        <source>The token is opaque (not a JWT): only its issuer can tell why it was refused. Get a new one.</source>
        <translation>The token is opaque (not a JWT): only its issuer can tell why it was refused. Get a new one.</translation>
    </message>
    <message numerus="yes">
        <source>an opaque token of %n chars</source>
        <translation>
            <numerusform>an opaque token of %n chars</numerusform>
            <numerusform>an opaque token of %n chars</numerusform>
        </translation>
    </message>
    <message>
        <source>The token&apos;s scopes do not allow this read: ask for a token with the scope for this resource type.</source>
        <translation>The token&apos;s scopes do not allow this read: ask for a token with the scope for this resource type.</translation>
    </message>
    <message>
        <source>The token endpoint refused the client&apos;s credentials (id, secret or registered key).</source>
        <translation>The token endpoint refused the client&apos;s credentials (id, secret or registered key).</translation>
    </message>
    <message>
        <source>a signed client_assertion (private_key_jwt)</source>
        <translation>a signed client_assertion (private_key_jwt)</translation>
    </message>
    <message>
        <source>client id and secret with HTTP Basic</source>
        <translation>client id and secret with HTTP Basic</translation>
    </message>
    <message>
        <source>client id and secret in the form</source>
        <translation>client id and secret in the form</translation>
    </message>
    <message>
        <source>no client credentials</source>
        <translation>no client credentials</translation>
    </message>
    <message>
        <source>The token endpoint refused the client%1: check the client id and its secret, or that the client&apos;s public key (JWKS) is registered with the server.</source>
        <translation>The token endpoint refused the client%1: check the client id and its secret, or that the client&apos;s public key (JWKS) is registered with the server.</translation>
    </message>
    <message>
        <source>POST %1 with %2</source>
        <translation>POST %1 with %2</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for other host names than the one called.</source>
        <translation>The server&apos;s certificate is for other host names than the one called.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation>The server&apos;s certificate has expired.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet (or this computer&apos;s clock is behind).</source>
        <translation>The server&apos;s certificate is not valid yet (or this computer&apos;s clock is behind).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed: nobody vouches for it.</source>
        <translation>The server&apos;s certificate is self-signed: nobody vouches for it.</translation>
    </message>
    <message>
        <source>The certificate&apos;s issuer is not a CA this computer trusts: a private or corporate CA, or a TLS-intercepting proxy.</source>
        <translation>The certificate&apos;s issuer is not a CA this computer trusts: a private or corporate CA, or a TLS-intercepting proxy.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked by its issuer.</source>
        <translation>The server&apos;s certificate has been revoked by its issuer.</translation>
    </message>
    <message>
        <source>Another check of the certificate failed.</source>
        <translation>Another check of the certificate failed.</translation>
    </message>
    <message>
        <source>(not received)</source>
        <translation>(not received)</translation>
    </message>
    <message>
        <source>issuer: %1; subject: %2; SHA-256 %3</source>
        <translation>issuer: %1; subject: %2; SHA-256 %3</translation>
    </message>
    <message>
        <source>The certificate of %1 is self-signed: nobody vouches for it. Trust it only if you can compare its fingerprint with the server&apos;s owner.</source>
        <translation>The certificate of %1 is self-signed: nobody vouches for it. Trust it only if you can compare its fingerprint with the server&apos;s owner.</translation>
    </message>
    <message>
        <source>subject: %1; SHA-256 %2</source>
        <translation>subject: %1; SHA-256 %2</translation>
    </message>
    <message>
        <source>The certificate is not for %1: check the base URL&apos;s host name (a typo, an IP address instead of the name, an internal alias).</source>
        <translation>The certificate is not for %1: check the base URL&apos;s host name (a typo, an IP address instead of the name, an internal alias).</translation>
    </message>
    <message>
        <source>the certificate names: %1</source>
        <translation>the certificate names: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired: the server&apos;s owner must renew it.</source>
        <translation>The server&apos;s certificate expired: the server&apos;s owner must renew it.</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <source>The certificate is not valid yet: check this computer&apos;s clock.</source>
        <translation>The certificate is not valid yet: check this computer&apos;s clock.</translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation>valid from %1</translation>
    </message>
    <message>
        <source>The issuer revoked this certificate: do not trust this server until its owner replaces it.</source>
        <translation>The issuer revoked this certificate: do not trust this server until its owner replaces it.</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Another check of the certificate failed: %1</source>
        <translation>Another check of the certificate failed: %1</translation>
    </message>
    <message>
        <source>The certificate was issued by %1, which this computer does not trust. If %2 is a public server, a TLS-intercepting proxy (a corporate one) has most likely replaced its certificate: ask your IT for its CA certificate (PEM) and pass it with fhir-bulk --cacert, or add it to this computer&apos;s trusted CAs. For a private server, do the same with its CA.</source>
        <translation>The certificate was issued by %1, which this computer does not trust. If %2 is a public server, a TLS-intercepting proxy (a corporate one) has most likely replaced its certificate: ask your IT for its CA certificate (PEM) and pass it with fhir-bulk --cacert, or add it to this computer&apos;s trusted CAs. For a private server, do the same with its CA.</translation>
    </message>
    <message>
        <source>The proxy asks for a user name and password (407), or refused the ones given.</source>
        <translation>The proxy asks for a user name and password (407), or refused the ones given.</translation>
    </message>
    <message>
        <source>Nothing answers at the proxy&apos;s address, or the proxy refused to connect to the server.</source>
        <translation>Nothing answers at the proxy&apos;s address, or the proxy refused to connect to the server.</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name does not resolve.</source>
        <translation>The proxy&apos;s host name does not resolve.</translation>
    </message>
    <message>
        <source>The proxy did not answer in time (or passed on no answer).</source>
        <translation>The proxy did not answer in time (or passed on no answer).</translation>
    </message>
    <message>
        <source>The proxy closed the connection before the server&apos;s answer came.</source>
        <translation>The proxy closed the connection before the server&apos;s answer came.</translation>
    </message>
    <message>
        <source>The proxy failed in another way.</source>
        <translation>The proxy failed in another way.</translation>
    </message>
    <message>
        <source>The answer is the proxy&apos;s own HTML page (a block, login or error page), not the server&apos;s.</source>
        <translation>The answer is the proxy&apos;s own HTML page (a block, login or error page), not the server&apos;s.</translation>
    </message>
    <message>
        <source>The server sent its certificate alone: if %1 is an intermediate CA, the server must send it too (an incomplete chain is the server owner&apos;s to fix).</source>
        <translation>The server sent its certificate alone: if %1 is an intermediate CA, the server must send it too (an incomplete chain is the server owner&apos;s to fix).</translation>
    </message>
    <message>
        <source>Qt: %1</source>
        <translation>Qt: %1</translation>
    </message>
    <message>
        <source>proxy %1 (chosen by %2); Qt: %3</source>
        <translation>proxy %1 (chosen by %2); Qt: %3</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>the system</translation>
    </message>
    <message>
        <source>The proxy %1 wants a user name and password (407 Proxy Authentication Required), or refused the ones given: set them in the profile (the password is kept in the keychain), or in the proxy URL&apos;s user name with FHIR_BULK_PROXY_PASSWORD for fhir-bulk.</source>
        <translation>The proxy %1 wants a user name and password (407 Proxy Authentication Required), or refused the ones given: set them in the profile (the password is kept in the keychain), or in the proxy URL&apos;s user name with FHIR_BULK_PROXY_PASSWORD for fhir-bulk.</translation>
    </message>
    <message>
        <source>The proxy %1 refused: nothing listens at that address and port, or the proxy does not allow a connection to %2. Check the proxy address (the profile, the system&apos;s settings or http_proxy/https_proxy).</source>
        <translation>The proxy %1 refused: nothing listens at that address and port, or the proxy does not allow a connection to %2. Check the proxy address (the profile, the system&apos;s settings or http_proxy/https_proxy).</translation>
    </message>
    <message>
        <source>The proxy %1 was not found: its host name does not resolve (a VPN that is off, a typo in the proxy setting).</source>
        <translation>The proxy %1 was not found: its host name does not resolve (a VPN that is off, a typo in the proxy setting).</translation>
    </message>
    <message>
        <source>The proxy %1 did not answer in time.</source>
        <translation>The proxy %1 did not answer in time.</translation>
    </message>
    <message>
        <source>The proxy %1 closed the connection before the answer came: it may block %2, or have dropped the connection.</source>
        <translation>The proxy %1 closed the connection before the answer came: it may block %2, or have dropped the connection.</translation>
    </message>
    <message>
        <source>The proxy %1 failed: %2</source>
        <translation>The proxy %1 failed: %2</translation>
    </message>
    <message>
        <source>No answer came through the proxy %1: the proxy or the server behind it stalled. Try the same call without the proxy if your network allows it.</source>
        <translation>No answer came through the proxy %1: the proxy or the server behind it stalled. Try the same call without the proxy if your network allows it.</translation>
    </message>
    <message>
        <source>The answer is an HTML page, not FHIR: the proxy %1 most likely answered in the server&apos;s place (a block page, a login page or its own error). Read the page in the Body tab; ask your IT to allow %2.</source>
        <translation>The answer is an HTML page, not FHIR: the proxy %1 most likely answered in the server&apos;s place (a block page, a login page or its own error). Read the page in the Body tab; ask your IT to allow %2.</translation>
    </message>
    <message>
        <source>Content-Type %1 through %2</source>
        <translation>Content-Type %1 through %2</translation>
    </message>
    <message>
        <source>Content-Type %1; Via: %2</source>
        <translation>Content-Type %1; Via: %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>The method (e.g. PATCH, PUT) is not routed: only %1 are.</source>
        <translation>The method (e.g. PATCH, PUT) is not routed: only %1 are.</translation>
    </message>
    <message>
        <source>%1 is not a method this API routes: it routes %2 only (a read is a GET, the $export kick-off a GET or POST).</source>
        <translation>%1 is not a method this API routes: it routes %2 only (a read is a GET, the $export kick-off a GET or POST).</translation>
    </message>
    <message>
        <source>The Authorization header was sent empty on purpose (the Empty header variant): choose Bearer token to send the token.</source>
        <translation>The Authorization header was sent empty on purpose (the Empty header variant): choose Bearer token to send the token.</translation>
    </message>
    <message>
        <source>The Authorization header was sent empty: send the access token as Authorization: Bearer &lt;token&gt;.</source>
        <translation>The Authorization header was sent empty: send the access token as Authorization: Bearer &lt;token&gt;.</translation>
    </message>
</context>
<context>
    <name>CheckResult</name>
    <message>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fail</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Path (Group/1) or full URL</source>
        <translation>Path (Group/1) or full URL</translation>
    </message>
    <message>
        <source>Base URL of the FHIR API.</source>
        <translation>Base URL of the FHIR API.</translation>
    </message>
    <message>
        <source>Saved profile to use.</source>
        <translation>Saved profile to use.</translation>
    </message>
    <message>
        <source>HTTP method.</source>
        <translation>HTTP method.</translation>
    </message>
    <message>
        <source>Format to ask for.</source>
        <translation>Format to ask for.</translation>
    </message>
    <message>
        <source>Send the format as Content-Type too, as the vendor examples do.</source>
        <translation>Send the format as Content-Type too, as the vendor examples do.</translation>
    </message>
    <message>
        <source>Add _format to the URL.</source>
        <translation>Add _format to the URL.</translation>
    </message>
    <message>
        <source>Read the token from standard input.</source>
        <translation>Read the token from standard input.</translation>
    </message>
    <message>
        <source>Use the Sandbox demo token.</source>
        <translation>Use the Sandbox demo token.</translation>
    </message>
    <message>
        <source>X-Request-ID to send.</source>
        <translation>X-Request-ID to send.</translation>
    </message>
    <message>
        <source>Timeout without data, in ms.</source>
        <translation>Timeout without data, in ms.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <source>Not a usable base URL: %1</source>
        <translation>Not a usable base URL: %1</translation>
    </message>
    <message>
        <source>No profile named %1.</source>
        <translation>No profile named %1.</translation>
    </message>
    <message>
        <source>Cannot read the token from standard input.</source>
        <translation>Cannot read the token from standard input.</translation>
    </message>
    <message>
        <source>--demo-token works with the built-in Sandbox only.</source>
        <translation>--demo-token works with the built-in Sandbox only.</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Send request</translation>
    </message>
    <message>
        <source>%1 ms, %2</source>
        <translation>%1 ms, %2</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>Diagnosis: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>The whole body (%1) is in %2</source>
        <translation>The whole body (%1) is in %2</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0: any free port).</source>
        <translation>Port on 127.0.0.1 (0: any free port).</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 (port taken?)</source>
        <translation>Cannot listen on 127.0.0.1:%1 (port taken?)</translation>
    </message>
    <message>
        <source>FHIR Bulk Explorer Sandbox</source>
        <translation>FHIR Bulk Explorer Sandbox</translation>
    </message>
    <message>
        <source>Base URL:      %1</source>
        <translation>Base URL:      %1</translation>
    </message>
    <message>
        <source>Token URL:     %1</source>
        <translation>Token URL:     %1</translation>
    </message>
    <message>
        <source>Demo client:   %1 / secret %2 (Sandbox only)</source>
        <translation>Demo client:   %1 / secret %2 (Sandbox only)</translation>
    </message>
    <message>
        <source>Demo token (valid 24 h, Sandbox only):</source>
        <translation>Demo token (valid 24 h, Sandbox only):</translation>
    </message>
    <message>
        <source>Serving until interrupted (Ctrl+C).</source>
        <translation>Serving until interrupted (Ctrl+C).</translation>
    </message>
    <message>
        <source>The keychain refused to read the token: %1</source>
        <translation>The keychain refused to read the token: %1</translation>
    </message>
    <message>
        <source>Token: %1 characters, sha256 %2</source>
        <translation>Token: %1 characters, sha256 %2</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Fix: %1</translation>
    </message>
    <message>
        <source>JWT header: %1</source>
        <translation>JWT header: %1</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Claims:</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Verdict: %1</translation>
    </message>
    <message>
        <source>Print the obtained token (it is secret).</source>
        <translation>Print the obtained token (it is secret).</translation>
    </message>
    <message>
        <source>Profile %1 has no token request yet: use Get token… in the app once.</source>
        <translation>Profile %1 has no token request yet: use Get token… in the app once.</translation>
    </message>
    <message>
        <source>The keychain holds no client secret or private key for %1.</source>
        <translation>The keychain holds no client secret or private key for %1.</translation>
    </message>
    <message>
        <source>Stored in the keychain for %1 (%2 chars, sha256 %3).</source>
        <translation>Stored in the keychain for %1 (%2 chars, sha256 %3).</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Not stored: %1</translation>
    </message>
    <message>
        <source>Seed of the synthetic data.</source>
        <translation>Seed of the synthetic data.</translation>
    </message>
    <message>
        <source>Size of the large Group: 200 members per unit.</source>
        <translation>Size of the large Group: 200 members per unit.</translation>
    </message>
    <message>
        <source>Scenario: %1.</source>
        <translation>Scenario: %1.</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scenario: %1</translation>
    </message>
    <message>
        <source>Group id to export.</source>
        <translation>Group id to export.</translation>
    </message>
    <message>
        <source>Resource types, comma separated (_type).</source>
        <translation>Resource types, comma separated (_type).</translation>
    </message>
    <message>
        <source>Only resources changed since this instant (_since).</source>
        <translation>Only resources changed since this instant (_since).</translation>
    </message>
    <message>
        <source>Folder for the files (a sub-folder per job).</source>
        <translation>Folder for the files (a sub-folder per job).</translation>
    </message>
    <message>
        <source>Downloads at once.</source>
        <translation>Downloads at once.</translation>
    </message>
    <message>
        <source>Kick off with POST and a Parameters body.</source>
        <translation>Kick off with POST and a Parameters body.</translation>
    </message>
    <message>
        <source>Send Cache-Control: no-cache (a new job, not a reused one).</source>
        <translation>Send Cache-Control: no-cache (a new job, not a reused one).</translation>
    </message>
    <message>
        <source>Send Prefer: handling=lenient.</source>
        <translation>Send Prefer: handling=lenient.</translation>
    </message>
    <message>
        <source>Print one JSON object at the end.</source>
        <translation>Print one JSON object at the end.</translation>
    </message>
    <message>
        <source>--since needs an instant such as 2024-01-31T00:00:00Z, not %1</source>
        <translation>--since needs an instant such as 2024-01-31T00:00:00Z, not %1</translation>
    </message>
    <message>
        <source>poll #%1: %2 %3</source>
        <translation>poll #%1: %2 %3</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>next in %1 (%2)</source>
        <translation>next in %1 (%2)</translation>
    </message>
    <message>
        <source>file %1 %2: %3 lines, %4 — %5</source>
        <translation>file %1 %2: %3 lines, %4 — %5</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>Files and manifest: %1</source>
        <translation>Files and manifest: %1</translation>
    </message>
    <message>
        <source>Continue the export at this status URL (after a restart).</source>
        <translation>Continue the export at this status URL (after a restart).</translation>
    </message>
    <message>
        <source>Downloading: %1 of %2 files done · %3</source>
        <translation>Downloading: %1 of %2 files done · %3</translation>
    </message>
    <message>
        <source>The token was renewed (call #%1); the new one lasts %2.</source>
        <translation>The token was renewed (call #%1); the new one lasts %2.</translation>
    </message>
    <message>
        <source>Renewing the token failed: %1</source>
        <translation>Renewing the token failed: %1</translation>
    </message>
    <message>
        <source>Convert the FHIR body locally to json or xml.</source>
        <translation>Convert the FHIR body locally to json or xml.</translation>
    </message>
    <message>
        <source>--as takes json or xml, not %1</source>
        <translation>--as takes json or xml, not %1</translation>
    </message>
    <message>
        <source>the body is %1, not FHIR JSON or XML</source>
        <translation>the body is %1, not FHIR JSON or XML</translation>
    </message>
    <message>
        <source>Not converted: %1</source>
        <translation>Not converted: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 to %2%3</source>
        <translation>Wrote %1 to %2%3</translation>
    </message>
    <message>
        <source> (as received)</source>
        <translation> (as received)</translation>
    </message>
    <message>
        <source>Groups per page (_count).</source>
        <translation>Groups per page (_count).</translation>
    </message>
    <message>
        <source>Stop after this many groups.</source>
        <translation>Stop after this many groups.</translation>
    </message>
    <message>
        <source>This server may not allow Group search (the vendor documents only Group read): read a Group by id with `fhir-bulk get Group/ID`.</source>
        <translation>This server may not allow Group search (the vendor documents only Group read): read a Group by id with `fhir-bulk get Group/ID`.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>descriptive</source>
        <translation>descriptive</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) in %1 page(s)</source>
        <translation>
            <numerusform>%n group in %1 page</numerusform>
            <numerusform>%n groups in %1 pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo JWT client: %1 (private_key_jwt, ES384); its key for this run: %2</source>
        <translation>Demo JWT client: %1 (private_key_jwt, ES384); its key for this run: %2</translation>
    </message>
    <message>
        <source>The token contains a control character (a line break?), so it is not sent: it would end the Authorization header and could start another one (header.invalid-chars).</source>
        <translation>The token contains a control character (a line break?), so it is not sent: it would end the Authorization header and could start another one (header.invalid-chars).</translation>
    </message>
    <message>
        <source>  [%1] %2</source>
        <translation>  [%1] %2</translation>
    </message>
    <message>
        <source>Warning: [%1] %2 (sent as it is)</source>
        <translation>Warning: [%1] %2 (sent as it is)</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrupted.</translation>
    </message>
    <message>
        <source>The answer is incomplete (%1): the %2 that arrived are in %3, not in %4.</source>
        <translation>The answer is incomplete (%1): the %2 that arrived are in %3, not in %4.</translation>
    </message>
    <message>
        <source>Timeout without data for each call, in ms; a stalled download is retried.</source>
        <translation>Timeout without data for each call, in ms; a stalled download is retried.</translation>
    </message>
    <message>
        <source>Give up waiting for the server after this long (90s, 30m, 12h; 0: never).</source>
        <translation>Give up waiting for the server after this long (90s, 30m, 12h; 0: never).</translation>
    </message>
    <message>
        <source>Send the token to a status URL on another host than the server.</source>
        <translation>Send the token to a status URL on another host than the server.</translation>
    </message>
    <message>
        <source>kept as %1 (not under its final name)</source>
        <translation>kept as %1 (not under its final name)</translation>
    </message>
    <message>
        <source>Interrupted. What was downloaded is kept; continue with:</source>
        <translation>Interrupted. What was downloaded is kept; continue with:</translation>
    </message>
    <message>
        <source>Likely causes, most likely first:</source>
        <translation>Likely causes, most likely first:</translation>
    </message>
    <message>
        <source>The token expires in %1.</source>
        <translation>The token expires in %1.</translation>
    </message>
    <message>
        <source>The token expired %1 ago.</source>
        <translation>The token expired %1 ago.</translation>
    </message>
    <message>
        <source>Exit 0 even when the server&apos;s error files report problems.</source>
        <translation>Exit 0 even when the server&apos;s error files report problems.</translation>
    </message>
    <message>
        <source>verified (%1)</source>
        <translation>verified (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The server reported %n problem(s) in its error files:</source>
        <translation>
            <numerusform>The server reported %n problem in its error files:</numerusform>
            <numerusform>The server reported %n problems in its error files:</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit 1: the server reported problems (--allow-error-files to exit 0 anyway).</source>
        <translation>Exit 1: the server reported problems (--allow-error-files to exit 0 anyway).</translation>
    </message>
    <message>
        <source>One request to the FHIR API, explained: the request and response headers (redacted), the diagnosis with its likely causes, the body.</source>
        <translation>One request to the FHIR API, explained: the request and response headers (redacted), the diagnosis with its likely causes, the body.</translation>
    </message>
    <message>
        <source>Group search, page by page along the Bundle&apos;s next links.</source>
        <translation>Group search, page by page along the Bundle&apos;s next links.</translation>
    </message>
    <message>
        <source>A Group $export end to end: kick-off, polling, manifest, downloads verified line by line.</source>
        <translation>A Group $export end to end: kick-off, polling, manifest, downloads verified line by line.</translation>
    </message>
    <message>
        <source>Serve the built-in Sandbox on 127.0.0.1 until interrupted.</source>
        <translation>Serve the built-in Sandbox on 127.0.0.1 until interrupted.</translation>
    </message>
    <message>
        <source>Also write every call of this command to FILE as HAR 1.2 (redacted).</source>
        <translation>Also write every call of this command to FILE as HAR 1.2 (redacted).</translation>
    </message>
    <message>
        <source>Also write a support bundle to FILE: the calls as HAR with a summary for vendor support (no token).</source>
        <translation>Also write a support bundle to FILE: the calls as HAR with a summary for vendor support (no token).</translation>
    </message>
    <message>
        <source>Cannot write the %1 %2: %3</source>
        <translation>Cannot write the %1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %1 (%n call(s)) to %2</source>
        <translation>
            <numerusform>Wrote the %1 (%n call) to %2</numerusform>
            <numerusform>Wrote the %1 (%n calls) to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>HAR</source>
        <translation>HAR</translation>
    </message>
    <message>
        <source>support bundle</source>
        <translation>support bundle</translation>
    </message>
    <message>
        <source>--%1: the folder %2 does not exist.</source>
        <translation>--%1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in FILE (PEM), as curl --cacert does; the system&apos;s stay trusted.</source>
        <translation>Also trust the CA certificates in FILE (PEM), as curl --cacert does; the system&apos;s stay trusted.</translation>
    </message>
    <message>
        <source>Go through this proxy: http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT (the password from FHIR_BULK_PROXY_PASSWORD). Default: the profile&apos;s proxy, else the system&apos;s (http_proxy, https_proxy, no_proxy).</source>
        <translation>Go through this proxy: http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT (the password from FHIR_BULK_PROXY_PASSWORD). Default: the profile&apos;s proxy, else the system&apos;s (http_proxy, https_proxy, no_proxy).</translation>
    </message>
    <message>
        <source>Connect directly, ignoring the system&apos;s and the profile&apos;s proxy.</source>
        <translation>Connect directly, ignoring the system&apos;s and the profile&apos;s proxy.</translation>
    </message>
    <message>
        <source>--proxy and --noproxy contradict each other: give one.</source>
        <translation>--proxy and --noproxy contradict each other: give one.</translation>
    </message>
    <message>
        <source>Warning: a password in --proxy is visible to other users of this computer (ps, shell history); set FHIR_BULK_PROXY_PASSWORD instead.</source>
        <translation>Warning: a password in --proxy is visible to other users of this computer (ps, shell history); set FHIR_BULK_PROXY_PASSWORD instead.</translation>
    </message>
    <message>
        <source>Usage: fhir-bulk get PATH-OR-URL [--profile NAME | --base URL] [--method M]
                     [--accept FORMAT] [--content-type] [--format-param]
                     [--token-stdin | --demo-token] [--request-id ID]
                     [--timeout MS] [--json] [--as json|xml] [--out FILE]
       fhir-bulk metadata [--profile NAME | --base URL] [--json]   (= get metadata)
       fhir-bulk sandbox [--port N] [--seed N] [--scale S] [scenario flags, see --help]
       fhir-bulk token inspect [--json]   (token on standard input)
       fhir-bulk token check [--profile NAME | --base URL] [--token-stdin | --demo-token] [--json]
       fhir-bulk token get [--profile NAME] [--print]
       fhir-bulk export --group ID [--type T,...] [--since INSTANT] [--out DIR]
                        [--parallel N] [--post] [--no-cache] [--lenient] [--json]
                        [--timeout MS] [--max-wait DURATION] [--token-to-status-origin]
                        [--allow-error-files]
       fhir-bulk export --resume STATUS-URL [--out DIR] [--json]
       fhir-bulk groups [--profile NAME | --base URL] [--count N] [--max N] [--json]
The token is read from the FHIR_BULK_TOKEN environment variable or, with
--token-stdin, from standard input (one trailing line break is not part of it);
never from the command line.
COMMAND --help shows a command&apos;s options; --verbose logs what happens on stderr.
Exit codes: 0 done, 1 HTTP or server error, 2 usage or transport error (incomplete
answers included), 3 export still running after --max-wait, 130 interrupted.
</source>
        <translation>Usage: fhir-bulk get PATH-OR-URL [--profile NAME | --base URL] [--method M]
                     [--accept FORMAT] [--content-type] [--format-param]
                     [--token-stdin | --demo-token] [--request-id ID]
                     [--timeout MS] [--json] [--as json|xml] [--out FILE]
       fhir-bulk metadata [--profile NAME | --base URL] [--json]   (= get metadata)
       fhir-bulk sandbox [--port N] [--seed N] [--scale S] [scenario flags, see --help]
       fhir-bulk token inspect [--json]   (token on standard input)
       fhir-bulk token check [--profile NAME | --base URL] [--token-stdin | --demo-token] [--json]
       fhir-bulk token get [--profile NAME] [--print]
       fhir-bulk export --group ID [--type T,...] [--since INSTANT] [--out DIR]
                        [--parallel N] [--post] [--no-cache] [--lenient] [--json]
                        [--timeout MS] [--max-wait DURATION] [--token-to-status-origin]
                        [--allow-error-files]
       fhir-bulk export --resume STATUS-URL [--out DIR] [--json]
       fhir-bulk groups [--profile NAME | --base URL] [--count N] [--max N] [--json]
The token is read from the FHIR_BULK_TOKEN environment variable or, with
--token-stdin, from standard input (one trailing line break is not part of it);
never from the command line.
COMMAND --help shows a command&apos;s options; --verbose logs what happens on stderr.
Exit codes: 0 done, 1 HTTP or server error, 2 usage or transport error (incomplete
answers included), 3 export still running after --max-wait, 130 interrupted.
</translation>
    </message>
    <message>
        <source>Resuming as the export journal recorded the job: %1</source>
        <translation>Resuming as the export journal recorded the job: %1</translation>
    </message>
    <message>
        <source>Warning: the token expires in %1, before a typical export ends (%2 or more). If it runs out, the export stops and prints how to resume with a new token; a profile whose token request is saved (Get token… in the app) renews it instead.</source>
        <translation>Warning: the token expires in %1, before a typical export ends (%2 or more). If it runs out, the export stops and prints how to resume with a new token; a profile whose token request is saved (Get token… in the app) renews it instead.</translation>
    </message>
    <message>
        <source>With a new token, continue with:</source>
        <translation>With a new token, continue with:</translation>
    </message>
    <message>
        <source>Continue waiting with:</source>
        <translation>Continue waiting with:</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) (quantity; no member list)</source>
        <translation>
            <numerusform>%n member (quantity; no member list)</numerusform>
            <numerusform>%n members (quantity; no member list)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 listed, quantity %2</source>
        <translation>%1 listed, quantity %2</translation>
    </message>
    <message>
        <source>inspect, check or get</source>
        <translation>inspect, check or get</translation>
    </message>
    <message>
        <source>Token tools: inspect (lint a token on standard input), check (the health check against a server: ok only when the server showed it checks the token), get (obtain one for a profile and keep it in the keychain; --print prints it).</source>
        <translation>Token tools: inspect (lint a token on standard input), check (the health check against a server: ok only when the server showed it checks the token), get (obtain one for a profile and keep it in the keychain; --print prints it).</translation>
    </message>
    <message>
        <source>Saved requests, reports and comparisons (exit 1: an expectation failed, the calls differ):
       fhir-bulk run FILE... [--profile NAME | --base URL] [--var NAME=VALUE]...
                     [--env ENV.json] [--json] [--junit FILE] [--report FILE]
       fhir-bulk report FILE.har... --out REPORT.md|REPORT.html
       fhir-bulk convert COLLECTION.json|CALLS.har --out DIR [--base URL]
       fhir-bulk compare A.har [B.har] [--left N] [--right N] [--json]
</source>
        <translation>Saved requests, reports and comparisons (exit 1: an expectation failed, the calls differ):
       fhir-bulk run FILE... [--profile NAME | --base URL] [--var NAME=VALUE]...
                     [--env ENV.json] [--json] [--junit FILE] [--report FILE]
       fhir-bulk report FILE.har... --out REPORT.md|REPORT.html
       fhir-bulk convert COLLECTION.json|CALLS.har --out DIR [--base URL]
       fhir-bulk compare A.har [B.har] [--left N] [--right N] [--json]
</translation>
    </message>
    <message>
        <source>The answer is incomplete (%1): the %2 that arrived were written to %3.</source>
        <translation>The answer is incomplete (%1): the %2 that arrived were written to %3.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2): the body is in %3.</source>
        <translation>Cannot write %1 (%2): the body is in %3.</translation>
    </message>
    <message>
        <source>Note: the server quoted the token back; in %1 it is replaced by its length and fingerprint (a token is never written to disk), so the file differs from the answer as received.</source>
        <translation>Note: the server quoted the token back; in %1 it is replaced by its length and fingerprint (a token is never written to disk), so the file differs from the answer as received.</translation>
    </message>
    <message>
        <source>Write the body (converted with --as) to this file, private (0600): it gets its name when the answer is complete, and only a regular file is replaced. A device or a FIFO (/dev/null, a named pipe), or a link to one (/dev/stdout), is written to as a stream; any other symbolic link, a folder or a disk device is refused.</source>
        <translation>Write the body (converted with --as) to this file, private (0600): it gets its name when the answer is complete, and only a regular file is replaced. A device or a FIFO (/dev/null, a named pipe), or a link to one (/dev/stdout), is written to as a stream; any other symbolic link, a folder or a disk device is refused.</translation>
    </message>
    <message>
        <source>X-Request-ID sent: %1; %2.</source>
        <translation>X-Request-ID sent: %1; %2.</translation>
    </message>
    <message>
        <source>fhir-bulk: the headless companion of FHIR Bulk Explorer, for FHIR Bulk Data servers.

Commands:
  get PATH-OR-URL  one request, explained (status, headers, diagnosis, body)
  metadata         the server&apos;s CapabilityStatement (the same as get metadata)
  export           a Group $export end to end: kick-off, polling, downloads verified
  groups           Group search, page by page
  token inspect    lint a token read from standard input, show its claims
  token check      the token health check: does this server accept the token?
  token get        obtain a token for a profile and keep it in the keychain
  run              run saved requests and check their expectations
  report           a Markdown or HTML report of recorded calls (HAR)
  convert          saved requests from a Postman collection or a HAR file
  compare          compare two recorded calls
  conform          does this server behave as documented? (vendor page, Bulk Data IG)
  sandbox          serve the built-in Sandbox until interrupted
  version          the version of this build

</source>
        <translation>fhir-bulk: the headless companion of FHIR Bulk Explorer, for FHIR Bulk Data servers.

Commands:
  get PATH-OR-URL  one request, explained (status, headers, diagnosis, body)
  metadata         the server&apos;s CapabilityStatement (the same as get metadata)
  export           a Group $export end to end: kick-off, polling, downloads verified
  groups           Group search, page by page
  token inspect    lint a token read from standard input, show its claims
  token check      the token health check: does this server accept the token?
  token get        obtain a token for a profile and keep it in the keychain
  run              run saved requests and check their expectations
  report           a Markdown or HTML report of recorded calls (HAR)
  convert          saved requests from a Postman collection or a HAR file
  compare          compare two recorded calls
  conform          does this server behave as documented? (vendor page, Bulk Data IG)
  sandbox          serve the built-in Sandbox until interrupted
  version          the version of this build

</translation>
    </message>
    <message>
        <source>Conformance (exit 1: a SHALL check failed):
       fhir-bulk conform [--profile NAME | --base URL] [--group ID] [--only PATTERN]
                         [--include-exports] [--include-slow] [--max-wait DURATION]
                         [--junit FILE] [--html FILE] [--json] [--list]
</source>
        <translation>Conformance (exit 1: a SHALL check failed):
       fhir-bulk conform [--profile NAME | --base URL] [--group ID] [--only PATTERN]
                         [--include-exports] [--include-slow] [--max-wait DURATION]
                         [--junit FILE] [--html FILE] [--json] [--list]
</translation>
    </message>
    <message>
        <source>Deviate from the documentation on purpose (repeatable, or comma-separated): %1.</source>
        <translation>Deviate from the documentation on purpose (repeatable, or comma-separated): %1.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>--%1 takes a duration such as 90s, 30m or 12h (at most %2 s), not &quot;%3&quot;.</source>
        <translation>--%1 takes a duration such as 90s, 30m or 12h (at most %2 s), not &quot;%3&quot;.</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>One HAR file (two of its calls) or two (a call of each).</source>
        <translation>One HAR file (two of its calls) or two (a call of each).</translation>
    </message>
    <message>
        <source>Which call of the first file, from 1 (default: its last; with one file, the first).</source>
        <translation>Which call of the first file, from 1 (default: its last; with one file, the first).</translation>
    </message>
    <message>
        <source>Which call of the second file, from 1 (default: its last).</source>
        <translation>Which call of the second file, from 1 (default: its last).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <source>Two calls side by side: status, diagnosis and causes, time taken, request and response headers, and the bodies compared as JSON paths (FHIR XML converted first), differences first. Exit 0 when they differ only where any two calls do, 1 when they differ.</source>
        <translation>Two calls side by side: status, diagnosis and causes, time taken, request and response headers, and the bodies compared as JSON paths (FHIR XML converted first), differences first. Exit 0 when they differ only where any two calls do, 1 when they differ.</translation>
    </message>
    <message>
        <source>it holds no call</source>
        <translation>it holds no call</translation>
    </message>
    <message numerus="yes">
        <source>Both sides are call %1 of %2: give --left and --right (the file holds %n call(s)).</source>
        <translation>
            <numerusform>Both sides are call %1 of %2: give --left and --right (the file holds %n call).</numerusform>
            <numerusform>Both sides are call %1 of %2: give --left and --right (the file holds %n calls).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare servers</source>
        <translation>Compare servers</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Left:</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Right:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <source>Reading both CapabilityStatements…</source>
        <translation>Reading both CapabilityStatements…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>No differences.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s), in bold.</source>
        <translation>
            <numerusform>%n difference, in bold.</numerusform>
            <numerusform>%n differences, in bold.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare calls #%1 and #%2</source>
        <translation>Compare calls #%1 and #%2</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparing…</translation>
    </message>
    <message>
        <source>&amp;Only differences</source>
        <translation>&amp;Only differences</translation>
    </message>
    <message>
        <source>Hide the rows that are the same on both sides (they are listed last anyway)</source>
        <translation>Hide the rows that are the same on both sides (they are listed last anyway)</translation>
    </message>
    <message>
        <source>Differences between the two calls</source>
        <translation>Differences between the two calls</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copy as text</translation>
    </message>
    <message>
        <source>Every row as one line of text, the differences first (as fhir-bulk compare prints them)</source>
        <translation>Every row as one line of text, the differences first (as fhir-bulk compare prints them)</translation>
    </message>
    <message>
        <source>&amp;Swap sides</source>
        <translation>&amp;Swap sides</translation>
    </message>
    <message>
        <source>Copied the comparison to the clipboard.</source>
        <translation>Copied the comparison to the clipboard.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>no answer (%1)</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt; · %3 ms · %4</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt; · %3 ms · %4</translation>
    </message>
    <message>
        <source>Likely causes: %1</source>
        <translation>Likely causes: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more that any two calls have (ids, dates, time taken)</source>
        <translation>
            <numerusform>%n more that any two calls have (ids, dates, time taken)</numerusform>
            <numerusform>%n more that any two calls have (ids, dates, time taken)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translation>Not compared: %1</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>~ differs, as in any two calls</source>
        <translation>~ differs, as in any two calls</translation>
    </message>
    <message>
        <source>≠ changed</source>
        <translation>≠ changed</translation>
    </message>
    <message>
        <source>+ only right</source>
        <translation>+ only right</translation>
    </message>
    <message>
        <source>- only left</source>
        <translation>- only left</translation>
    </message>
    <message>
        <source>= same</source>
        <translation>= same</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
</context>
<context>
    <name>ConformanceCommand</name>
    <message>
        <source>slow</source>
        <translation>slow</translation>
    </message>
    <message>
        <source>starts an export</source>
        <translation>starts an export</translation>
    </message>
    <message>
        <source>vendor profiles</source>
        <translation>vendor profiles</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n check</numerusform>
            <numerusform>%n checks</numerusform>
        </translation>
    </message>
    <message>
        <source>The Group the reads and exports use (default: 1).</source>
        <translation>The Group the reads and exports use (default: 1).</translation>
    </message>
    <message>
        <source>Only the checks whose id matches one of these comma-separated patterns (* and ? as wildcards), e.g. &apos;vendor.*,ig.cancel.*&apos;.</source>
        <translation>Only the checks whose id matches one of these comma-separated patterns (* and ? as wildcards), e.g. &apos;vendor.*,ig.cancel.*&apos;.</translation>
    </message>
    <message>
        <source>Also the checks that start an export (each is cancelled at once). On by default for the Sandbox.</source>
        <translation>Also the checks that start an export (each is cancelled at once). On by default for the Sandbox.</translation>
    </message>
    <message>
        <source>Also the checks that wait for a whole export and read its files (implies --include-exports). On by default for the Sandbox.</source>
        <translation>Also the checks that wait for a whole export and read its files (implies --include-exports). On by default for the Sandbox.</translation>
    </message>
    <message>
        <source>Start exports on a Production profile without asking.</source>
        <translation>Start exports on a Production profile without asking.</translation>
    </message>
    <message>
        <source>Judge the Netsmart vendor page&apos;s documented answers too (automatic for the Netsmart profiles and the Sandbox).</source>
        <translation>Judge the Netsmart vendor page&apos;s documented answers too (automatic for the Netsmart profiles and the Sandbox).</translation>
    </message>
    <message>
        <source>The longest the whole run may wait for exports: 90s, 30m, 12h (default 1h). No other give-up.</source>
        <translation>The longest the whole run may wait for exports: 90s, 30m, 12h (default 1h). No other give-up.</translation>
    </message>
    <message>
        <source>Also write JUnit XML here.</source>
        <translation>Also write JUnit XML here.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Print one JSON object.</translation>
    </message>
    <message>
        <source>List the catalogue of checks and send nothing.</source>
        <translation>List the catalogue of checks and send nothing.</translation>
    </message>
    <message>
        <source>Does this server behave as documented? Runs the catalogue of checks (the Netsmart vendor page&apos;s answers, the Bulk Data IG 2.0.0 server SHALLs and SHOULDs, SMART Backend Services) and says for each: pass, fail (a SHALL), warning (a SHOULD), info (a MAY), not applicable or skipped, with its reason and the numbers of its calls (--har keeps them). Read-only by default: checks that start exports or wait for them are opt-in, and every export started is cancelled. Exit 0 when no SHALL failed, 1 when one did, 2 for a usage error or an unreachable server.</source>
        <translation>Does this server behave as documented? Runs the catalogue of checks (the Netsmart vendor page&apos;s answers, the Bulk Data IG 2.0.0 server SHALLs and SHOULDs, SMART Backend Services) and says for each: pass, fail (a SHALL), warning (a SHOULD), info (a MAY), not applicable or skipped, with its reason and the numbers of its calls (--har keeps them). Read-only by default: checks that start exports or wait for them are opt-in, and every export started is cancelled. Exit 0 when no SHALL failed, 1 when one did, 2 for a usage error or an unreachable server.</translation>
    </message>
    <message>
        <source>conform takes no file or path.</source>
        <translation>conform takes no file or path.</translation>
    </message>
    <message>
        <source>%1 is a Production profile: the checks asked for start exports there (each is cancelled at once). Add --yes to go ahead.</source>
        <translation>%1 is a Production profile: the checks asked for start exports there (each is cancelled at once). Add --yes to go ahead.</translation>
    </message>
    <message>
        <source>No token (FHIR_BULK_TOKEN, --token-stdin or the profile&apos;s keychain entry): the checks that need one are skipped.</source>
        <translation>No token (FHIR_BULK_TOKEN, --token-stdin or the profile&apos;s keychain entry): the checks that need one are skipped.</translation>
    </message>
    <message>
        <source>Interrupted: the results so far follow.</source>
        <translation>Interrupted: the results so far follow.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>The server could not be reached: %1</translation>
    </message>
    <message>
        <source>Also write the results as one self-contained HTML page here.</source>
        <translation>Also write the results as one self-contained HTML page here.</translation>
    </message>
    <message>
        <source>--%1: the folder %2 does not exist.</source>
        <translation>--%1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <source>--%1 %2: %3</source>
        <translation>--%1 %2: %3</translation>
    </message>
    <message>
        <source>--%1 %2: cannot write the file (%3).</source>
        <translation>--%1 %2: cannot write the file (%3).</translation>
    </message>
    <message>
        <source>The keychain holds no private key for %1: the checks that sign a client assertion are not applicable.</source>
        <translation>The keychain holds no private key for %1: the checks that sign a client assertion are not applicable.</translation>
    </message>
</context>
<context>
    <name>ConformanceHtml</name>
    <message>
        <source>Conformance of %1</source>
        <translation>Conformance of %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <source>Took %1 s</source>
        <translation>Took %1 s</translation>
    </message>
    <message>
        <source>✔ pass, ✘ fail (a SHALL), ⚠ warning (a SHOULD), ℹ info (a MAY), – not applicable, ⏭ skipped. The call numbers are those of the explorer&apos;s log, history and HAR.</source>
        <translation>✔ pass, ✘ fail (a SHALL), ⚠ warning (a SHOULD), ℹ info (a MAY), – not applicable, ⏭ skipped. The call numbers are those of the explorer&apos;s log, history and HAR.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>What was found</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Compared with an earlier run</source>
        <translation>Compared with an earlier run</translation>
    </message>
    <message>
        <source>Earlier run</source>
        <translation>Earlier run</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>This run</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
</context>
<context>
    <name>ConformanceJob</name>
    <message>
        <source>The profile %1 has no base URL.</source>
        <translation>The profile %1 has no base URL.</translation>
    </message>
    <message>
        <source>A run is under way.</source>
        <translation>A run is under way.</translation>
    </message>
    <message>
        <source>No connection to %1.</source>
        <translation>No connection to %1.</translation>
    </message>
    <message>
        <source>Reading the token of %1…</source>
        <translation>Reading the token of %1…</translation>
    </message>
    <message>
        <source>Stopping: the exports this run started are being cancelled…</source>
        <translation>Stopping: the exports this run started are being cancelled…</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Finished.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>The server could not be reached: %1</translation>
    </message>
    <message>
        <source>Conformance run</source>
        <translation>Conformance run</translation>
    </message>
    <message>
        <source>%1, Group %2</source>
        <translation>%1, Group %2</translation>
    </message>
    <message>
        <source>%1 of %2 checks · %3</source>
        <translation>%1 of %2 checks · %3</translation>
    </message>
</context>
<context>
    <name>ConformanceReport</name>
    <message numerus="yes">
        <source>%n check(s): %1 passed, %2 failed, %3 warnings, %4 info, %5 not applicable, %6 skipped</source>
        <translation>
            <numerusform>%n check: %1 passed, %2 failed, %3 warnings, %4 info, %5 not applicable, %6 skipped</numerusform>
            <numerusform>%n checks: %1 passed, %2 failed, %3 warnings, %4 info, %5 not applicable, %6 skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Conformance of %1 (%2)</source>
        <translation>Conformance of %1 (%2)</translation>
    </message>
    <message>
        <source>calls %1</source>
        <translation>calls %1</translation>
    </message>
    <message>
        <source>it is not a saved conformance run (no &quot;checks&quot; list)</source>
        <translation>it is not a saved conformance run (no &quot;checks&quot; list)</translation>
    </message>
    <message>
        <source>check %1 of the saved run has no id or an unknown result</source>
        <translation>check %1 of the saved run has no id or an unknown result</translation>
    </message>
</context>
<context>
    <name>ConformanceResults</name>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Select a check to see its clause, what it sends and expects, what was found and its calls.</source>
        <translation>Select a check to see its clause, what it sends and expects, what was found and its calls.</translation>
    </message>
    <message>
        <source>… waiting</source>
        <translation>… waiting</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n check(s)</source>
        <translation>
            <numerusform>%1: %n check</numerusform>
            <numerusform>%1: %n checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Clause:</source>
        <translation>Clause:</translation>
    </message>
    <message>
        <source>Sends:</source>
        <translation>Sends:</translation>
    </message>
    <message>
        <source>Expects:</source>
        <translation>Expects:</translation>
    </message>
    <message>
        <source>Calls (click one to select it in the log):</source>
        <translation>Calls (click one to select it in the log):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Not judged yet.</source>
        <translation>Not judged yet.</translation>
    </message>
</context>
<context>
    <name>ConformanceRun</name>
    <message>
        <source>waits for a whole export: opt in with --include-slow (the window: Slow checks)</source>
        <translation>waits for a whole export: opt in with --include-slow (the window: Slow checks)</translation>
    </message>
    <message>
        <source>starts an export (and cancels it): opt in with --include-exports (the window: Checks that start exports)</source>
        <translation>starts an export (and cancels it): opt in with --include-exports (the window: Checks that start exports)</translation>
    </message>
    <message>
        <source>the run was cancelled</source>
        <translation>the run was cancelled</translation>
    </message>
    <message>
        <source>a documented answer of the Netsmart vendor page; this profile is not a Netsmart server</source>
        <translation>a documented answer of the Netsmart vendor page; this profile is not a Netsmart server</translation>
    </message>
    <message>
        <source>not judged: an earlier call of its step went wrong</source>
        <translation>not judged: an earlier call of its step went wrong</translation>
    </message>
    <message>
        <source>needs a %1 token, which this run does not have</source>
        <translation>needs a %1 token, which this run does not have</translation>
    </message>
    <message>
        <source>Conformance: cancel the export this run started</source>
        <translation>Conformance: cancel the export this run started</translation>
    </message>
    <message>
        <source>the server did not answer any call</source>
        <translation>the server did not answer any call</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>under-scoped (system/Patient.read)</source>
        <translation>under-scoped (system/Patient.read)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>not sent: no %1 token</source>
        <translation>not sent: no %1 token</translation>
    </message>
    <message numerus="yes">
        <source>429 Too Many Requests: waiting %n second(s)</source>
        <translation>
            <numerusform>429 Too Many Requests: waiting %n second</numerusform>
            <numerusform>429 Too Many Requests: waiting %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Conformance: export kick-off</source>
        <translation>Conformance: export kick-off</translation>
    </message>
    <message>
        <source>Conformance: cancel the export</source>
        <translation>Conformance: cancel the export</translation>
    </message>
    <message>
        <source>Conformance: poll export status</source>
        <translation>Conformance: poll export status</translation>
    </message>
    <message numerus="yes">
        <source>Export in progress; next poll in %n second(s)</source>
        <translation>
            <numerusform>Export in progress; next poll in %n second</numerusform>
            <numerusform>Export in progress; next poll in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export in progress (%1); next poll in %n second(s)</source>
        <translation>
            <numerusform>Export in progress (%1); next poll in %n second</numerusform>
            <numerusform>Export in progress (%1); next poll in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent: the run was cancelled</source>
        <translation>not sent: the run was cancelled</translation>
    </message>
</context>
<context>
    <name>ConformanceWindow</name>
    <message>
        <source>Checks that start exports (each export is cancelled at once)</source>
        <translation>Checks that start exports (each export is cancelled at once)</translation>
    </message>
    <message>
        <source>Slow checks: wait for a whole export and read its files</source>
        <translation>Slow checks: wait for a whole export and read its files</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Run this check again</source>
        <translation>Run this check again</translation>
    </message>
    <message>
        <source>Compare with a saved run…</source>
        <translation>Compare with a saved run…</translation>
    </message>
    <message>
        <source>Save run…</source>
        <translation>Save run…</translation>
    </message>
    <message>
        <source>Export as HTML…</source>
        <translation>Export as HTML…</translation>
    </message>
    <message>
        <source>Export as JUnit XML…</source>
        <translation>Export as JUnit XML…</translation>
    </message>
    <message>
        <source>Check this server</source>
        <translation>Check this server</translation>
    </message>
    <message>
        <source>The Group the reads and the exports use.</source>
        <translation>The Group the reads and the exports use.</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>Sets of checks:</source>
        <translation>Sets of checks:</translation>
    </message>
    <message>
        <source>Only read-only checks run unless you tick these. On a Production profile you are asked before any export starts.</source>
        <translation>Only read-only checks run unless you tick these. On a Production profile you are asked before any export starts.</translation>
    </message>
    <message>
        <source>Opt in:</source>
        <translation>Opt in:</translation>
    </message>
    <message>
        <source>%v of %m checks</source>
        <translation>%v of %m checks</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Earlier run</source>
        <translation>Earlier run</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>This run</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Compare this run with a saved one (Save run… keeps a run): Preview against Production, or today against last week.</source>
        <translation>Compare this run with a saved one (Save run… keeps a run): Preview against Production, or today against last week.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Compared with an earlier run</source>
        <translation>Compared with an earlier run</translation>
    </message>
    <message>
        <source>Choose at least one set of checks.</source>
        <translation>Choose at least one set of checks.</translation>
    </message>
    <message>
        <source>Start exports on Production?</source>
        <translation>Start exports on Production?</translation>
    </message>
    <message>
        <source>%1 is a Production profile. The checks you ticked start exports there (each is cancelled at once). Start them?</source>
        <translation>%1 is a Production profile. The checks you ticked start exports there (each is cancelled at once). Start them?</translation>
    </message>
    <message>
        <source>No token for this profile: the checks that need one are skipped. Get one in the main window&apos;s token bar.</source>
        <translation>No token for this profile: the checks that need one are skipped. Get one in the main window&apos;s token bar.</translation>
    </message>
    <message numerus="yes">
        <source>Changed: %n check(s)</source>
        <translation>
            <numerusform>Changed: %n check</numerusform>
            <numerusform>Changed: %n checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n check(s)</source>
        <translation>
            <numerusform>Unchanged: %n check</numerusform>
            <numerusform>Unchanged: %n checks</numerusform>
        </translation>
    </message>
    <message>
        <source>This run (%1) against %2: %3</source>
        <translation>This run (%1) against %2: %3</translation>
    </message>
    <message>
        <source>the file is larger than a saved run can be</source>
        <translation>the file is larger than a saved run can be</translation>
    </message>
    <message>
        <source>it is not JSON (%1)</source>
        <translation>it is not JSON (%1)</translation>
    </message>
    <message>
        <source>Compare with a saved run</source>
        <translation>Compare with a saved run</translation>
    </message>
    <message>
        <source>%1 cannot be compared: %2</source>
        <translation>%1 cannot be compared: %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Saved conformance runs (*.json)</source>
        <translation>Saved conformance runs (*.json)</translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation>Save the results</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>HTML pages (*.html)</translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation>JUnit XML (*.xml)</translation>
    </message>
    <message>
        <source>The saved profile to check: its server, and its token from the keychain. The main window&apos;s profile stays as it is.</source>
        <translation>The saved profile to check: its server, and its token from the keychain. The main window&apos;s profile stays as it is.</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profile:</translation>
    </message>
    <message>
        <source>started for the run</source>
        <translation>started for the run</translation>
    </message>
    <message>
        <source>(no server)</source>
        <translation>(no server)</translation>
    </message>
    <message>
        <source>No server to check: choose a profile with a base URL.</source>
        <translation>No server to check: choose a profile with a base URL.</translation>
    </message>
    <message>
        <source>The run could not start: %1</source>
        <translation>The run could not start: %1</translation>
    </message>
</context>
<context>
    <name>ContentCopier</name>
    <message>
        <source>Copying %1 lines…</source>
        <translation>Copying %1 lines…</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>Copied %1.</translation>
    </message>
</context>
<context>
    <name>ContentDecoder</name>
    <message>
        <source>The compressed body is corrupt (%1).</source>
        <translation>The compressed body is corrupt (%1).</translation>
    </message>
</context>
<context>
    <name>ContentFindBar</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>A key, a value or any text (Ctrl+F); Enter finds the next</source>
        <translation>A key, a value or any text (Ctrl+F); Enter finds the next</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>The previous match (Shift+F3)</source>
        <translation>The previous match (Shift+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>The next match (F3 or Enter)</source>
        <translation>The next match (F3 or Enter)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>“%1” is not found.</source>
        <translation>“%1” is not found.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Line %1</translation>
    </message>
</context>
<context>
    <name>ContentOpener</name>
    <message>
        <source>Reading call #%1&apos;s answer…</source>
        <translation>Reading call #%1&apos;s answer…</translation>
    </message>
    <message>
        <source>the window is closed</source>
        <translation>the window is closed</translation>
    </message>
    <message>
        <source>Cannot open %1: not a readable file.</source>
        <translation>Cannot open %1: not a readable file.</translation>
    </message>
    <message>
        <source>%1 is %2: too large to open whole (NDJSON files of any size open line by line).</source>
        <translation>%1 is %2: too large to open whole (NDJSON files of any size open line by line).</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>ContentOutline</name>
    <message>
        <source>Not valid JSON near byte %1: %2</source>
        <translation>Not valid JSON near byte %1: %2</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>Not valid JSON: %1</translation>
    </message>
    <message>
        <source>The XML has no element.</source>
        <translation>The XML has no element.</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(root)</translation>
    </message>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n field}</numerusform>
            <numerusform>{%n fields}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <translation>object</translation>
    </message>
    <message>
        <source>array</source>
        <translation>array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>string</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>boolean</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>element</source>
        <translation>element</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>attribute</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>The file ended after %1 of %2 bytes.</source>
        <translation>The file ended after %1 of %2 bytes.</translation>
    </message>
</context>
<context>
    <name>ConvertCommand</name>
    <message>
        <source>A Postman collection (v2.1 or v2.0), or a HAR file.</source>
        <translation>A Postman collection (v2.1 or v2.0), or a HAR file.</translation>
    </message>
    <message>
        <source>The folder for the .http files.</source>
        <translation>The folder for the .http files.</translation>
    </message>
    <message>
        <source>Replace .http files of the same names.</source>
        <translation>Replace .http files of the same names.</translation>
    </message>
    <message>
        <source>A HAR&apos;s calls to this base URL become paths relative to it (Group/1), so they run against any profile.</source>
        <translation>A HAR&apos;s calls to this base URL become paths relative to it (Group/1), so they run against any profile.</translation>
    </message>
    <message>
        <source>Saves a Postman collection as .http files, one per folder, or the calls of a HAR as one .http file that sends them again. Tokens are never written: an Authorization becomes {{token}} or a variable an environment gives.</source>
        <translation>Saves a Postman collection as .http files, one per folder, or the calls of a HAR as one .http file that sends them again. Tokens are never written: an Authorization becomes {{token}} or a variable an environment gives.</translation>
    </message>
    <message>
        <source>convert takes one Postman collection or HAR file and --out DIR.</source>
        <translation>convert takes one Postman collection or HAR file and --out DIR.</translation>
    </message>
    <message>
        <source>--out: the folder %1 does not exist.</source>
        <translation>--out: the folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 exists already: nothing was written (--force replaces it).</source>
        <translation>%1 exists already: nothing was written (--force replaces it).</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Note (%1): %2</source>
        <translation>Note (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n request(s))</source>
        <translation>
            <numerusform>Wrote %1 (%n request)</numerusform>
            <numerusform>Wrote %1 (%n requests)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CutOffCheck</name>
    <message>
        <source>its last line ends inside a JSON value, without a line break</source>
        <translation>its last line ends inside a JSON value, without a line break</translation>
    </message>
    <message>
        <source>the JSON ends inside an object, an array or a string</source>
        <translation>the JSON ends inside an object, an array or a string</translation>
    </message>
    <message>
        <source>the XML ends before its root element closes</source>
        <translation>the XML ends before its root element closes</translation>
    </message>
</context>
<context>
    <name>DeletedChecks</name>
    <message>
        <source>the manifest has no deleted: the server lists no deletions (HAPI 5.7.6, the vendor&apos;s server, does not support them)</source>
        <translation>the manifest has no deleted: the server lists no deletions (HAPI 5.7.6, the vendor&apos;s server, does not support them)</translation>
    </message>
    <message>
        <source>the manifest&apos;s deleted is empty: the server lists no deletions</source>
        <translation>the manifest&apos;s deleted is empty: the server lists no deletions</translation>
    </message>
    <message>
        <source>no deletions listed with _since=%1: the server deleted nothing since, or does not report deletions; which, cannot be told from outside</source>
        <translation>no deletions listed with _since=%1: the server deleted nothing since, or does not report deletions; which, cannot be told from outside</translation>
    </message>
    <message numerus="yes">
        <source>the server deleted %n resource(s) after _since=%1 (%2), but the manifest lists no deletions</source>
        <translation>
            <numerusform>the server deleted %n resource after _since=%1 (%2), but the manifest lists no deletions</numerusform>
            <numerusform>the server deleted %n resources after _since=%1 (%2), but the manifest lists no deletions</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted is not an array</source>
        <translation>deleted is not an array</translation>
    </message>
    <message>
        <source>deleted item %1</source>
        <translation>deleted item %1</translation>
    </message>
    <message>
        <source>%1 lacks a string type or url</source>
        <translation>%1 lacks a string type or url</translation>
    </message>
    <message>
        <source>%1 has type %2, expected Bundle</source>
        <translation>%1 has type %2, expected Bundle</translation>
    </message>
    <message>
        <source>%1: url &quot;%2&quot; is not absolute</source>
        <translation>%1: url &quot;%2&quot; is not absolute</translation>
    </message>
    <message>
        <source>Conformance: download a file of deleted resources</source>
        <translation>Conformance: download a file of deleted resources</translation>
    </message>
    <message>
        <source>%1: count %2, but %3 lines</source>
        <translation>%1: count %2, but %3 lines</translation>
    </message>
    <message>
        <source>%1: line %2 is not a JSON object</source>
        <translation>%1: line %2 is not a JSON object</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) not a Bundle of type transaction</source>
        <translation>
            <numerusform>%1: %n line not a Bundle of type transaction</numerusform>
            <numerusform>%1: %n lines not a Bundle of type transaction</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n Bundle(s) without an entry</source>
        <translation>
            <numerusform>%1: %n Bundle without an entry</numerusform>
            <numerusform>%1: %n Bundles without an entry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s) whose request.method is not DELETE</source>
        <translation>
            <numerusform>%1: %n entry whose request.method is not DELETE</numerusform>
            <numerusform>%1: %n entrys whose request.method is not DELETE</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s) without request.url</source>
        <translation>
            <numerusform>%1: %n entry without request.url</numerusform>
            <numerusform>%1: %n entrys without request.url</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted resource(s) also in the output files: %1</source>
        <translation>
            <numerusform>%n deleted resource also in the output files: %1</numerusform>
            <numerusform>%n deleted resources also in the output files: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) listed with _since=%1</source>
        <translation>
            <numerusform>%n deletion listed with _since=%1</numerusform>
            <numerusform>%n deletions listed with _since=%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server lists %n deletion(s) after _since=%1</source>
        <translation>
            <numerusform>the server lists %n deletion after _since=%1</numerusform>
            <numerusform>the server lists %n deletions after _since=%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) deleted after _since=%1 not listed: %2</source>
        <translation>
            <numerusform>%n resource deleted after _since=%1 not listed: %2</numerusform>
            <numerusform>%n resources deleted after _since=%1 not listed: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Diagnoser</name>
    <message>
        <source>The server accepted the request (2xx).</source>
        <translation>The server accepted the request (2xx).</translation>
    </message>
    <message>
        <source>A redirect (3xx); followed by the explorer, Authorization only to the same origin.</source>
        <translation>A redirect (3xx); followed by the explorer, Authorization only to the same origin.</translation>
    </message>
    <message>
        <source>401 UnauthorizedException from API Gateway: no Authorization header, or an empty one.</source>
        <translation>401 UnauthorizedException from API Gateway: no Authorization header, or an empty one.</translation>
    </message>
    <message>
        <source>403 AccessDeniedException: the token is invalid or expired (the authorizer&apos;s explicit deny).</source>
        <translation>403 AccessDeniedException: the token is invalid or expired (the authorizer&apos;s explicit deny).</translation>
    </message>
    <message>
        <source>403 IncompleteSignatureException: no route for this path or method (e.g. PATCH), so the header was read as an AWS signature.</source>
        <translation>403 IncompleteSignatureException: no route for this path or method (e.g. PATCH), so the header was read as an AWS signature.</translation>
    </message>
    <message>
        <source>403 MissingAuthenticationTokenException: wrong path or method and no Authorization header.</source>
        <translation>403 MissingAuthenticationTokenException: wrong path or method and no Authorization header.</translation>
    </message>
    <message>
        <source>Another API Gateway error (x-amzn-ErrorType), e.g. throttling.</source>
        <translation>Another API Gateway error (x-amzn-ErrorType), e.g. throttling.</translation>
    </message>
    <message>
        <source>400 with an OperationOutcome: the FHIR server refused the request&apos;s content.</source>
        <translation>400 with an OperationOutcome: the FHIR server refused the request&apos;s content.</translation>
    </message>
    <message>
        <source>404 with an OperationOutcome: no such resource (HAPI-0436) or export job.</source>
        <translation>404 with an OperationOutcome: no such resource (HAPI-0436) or export job.</translation>
    </message>
    <message>
        <source>500 with an OperationOutcome: the server failed; &apos;transient&apos; issues mean retry later.</source>
        <translation>500 with an OperationOutcome: the server failed; &apos;transient&apos; issues mean retry later.</translation>
    </message>
    <message>
        <source>501 with an OperationOutcome: the operation is not supported by this server.</source>
        <translation>501 with an OperationOutcome: the operation is not supported by this server.</translation>
    </message>
    <message>
        <source>Another error status with an OperationOutcome; read its issues.</source>
        <translation>Another error status with an OperationOutcome; read its issues.</translation>
    </message>
    <message>
        <source>429 Too Many Requests: wait as long as Retry-After asks.</source>
        <translation>429 Too Many Requests: wait as long as Retry-After asks.</translation>
    </message>
    <message>
        <source>An error status without a FHIR or gateway explanation (e.g. HTML from a proxy).</source>
        <translation>An error status without a FHIR or gateway explanation (e.g. HTML from a proxy).</translation>
    </message>
    <message>
        <source>The host name could not be resolved.</source>
        <translation>The host name could not be resolved.</translation>
    </message>
    <message>
        <source>The connection was refused: nothing listens on that port.</source>
        <translation>The connection was refused: nothing listens on that port.</translation>
    </message>
    <message>
        <source>No data arrived within the timeout; data received so far is kept.</source>
        <translation>No data arrived within the timeout; data received so far is kept.</translation>
    </message>
    <message>
        <source>The TLS handshake failed (untrusted or mismatched certificate).</source>
        <translation>The TLS handshake failed (untrusted or mismatched certificate).</translation>
    </message>
    <message>
        <source>The connection closed before the answer was complete.</source>
        <translation>The connection closed before the answer was complete.</translation>
    </message>
    <message>
        <source>The request was cancelled by the user.</source>
        <translation>The request was cancelled by the user.</translation>
    </message>
    <message>
        <source>The URL cannot be sent (not http/https, or no host).</source>
        <translation>The URL cannot be sent (not http/https, or no host).</translation>
    </message>
    <message>
        <source>The proxy refused or failed the connection.</source>
        <translation>The proxy refused or failed the connection.</translation>
    </message>
    <message>
        <source>Another network failure before an HTTP answer.</source>
        <translation>Another network failure before an HTTP answer.</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1: the server accepted the request.</source>
        <translation>%1: the server accepted the request.</translation>
    </message>
    <message>
        <source>The response carries an OperationOutcome:
%1</source>
        <translation>The response carries an OperationOutcome:
%1</translation>
    </message>
    <message>
        <source>%1: the server redirects to %2.</source>
        <translation>%1: the server redirects to %2.</translation>
    </message>
    <message>
        <source>Redirects are followed by FHIR Bulk Explorer itself; the Authorization header is only sent again to the same origin.</source>
        <translation>Redirects are followed by FHIR Bulk Explorer itself; the Authorization header is only sent again to the same origin.</translation>
    </message>
    <message>
        <source>HTTP 429: the server asks you to slow down.</source>
        <translation>HTTP 429: the server asks you to slow down.</translation>
    </message>
    <message>
        <source>No Retry-After header was sent: wait and try again with a growing pause.</source>
        <translation>No Retry-After header was sent: wait and try again with a growing pause.</translation>
    </message>
    <message>
        <source>It asked to wait Retry-After: %1 before the next request.</source>
        <translation>It asked to wait Retry-After: %1 before the next request.</translation>
    </message>
    <message>
        <source>%1 %2: the server refused the request without a FHIR explanation.</source>
        <translation>%1 %2: the server refused the request without a FHIR explanation.</translation>
    </message>
    <message>
        <source>The response body is empty.</source>
        <translation>The response body is empty.</translation>
    </message>
    <message>
        <source>The body is HTML or XML that is not an OperationOutcome; it often comes from a proxy or load balancer in front of the FHIR server.</source>
        <translation>The body is HTML or XML that is not an OperationOutcome; it often comes from a proxy or load balancer in front of the FHIR server.</translation>
    </message>
    <message>
        <source>The body (%1) is not an OperationOutcome: read it in the Body tab.</source>
        <translation>The body (%1) is not an OperationOutcome: read it in the Body tab.</translation>
    </message>
    <message>
        <source>no Content-Type</source>
        <translation>no Content-Type</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved: check the base URL, your network and any VPN.</source>
        <translation>The host name %1 could not be resolved: check the base URL, your network and any VPN.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2: nothing is listening there.</source>
        <translation>%1 refused the connection on port %2: nothing is listening there.</translation>
    </message>
    <message>
        <source>No answer within the time limit: the server or the network stalled. Data received so far is kept.</source>
        <translation>No answer within the time limit: the server or the network stalled. Data received so far is kept.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: the certificate is not trusted or does not match (a corporate proxy with a private CA?).</source>
        <translation>The TLS handshake with %1 failed: the certificate is not trusted or does not match (a corporate proxy with a private CA?).</translation>
    </message>
    <message>
        <source>The server closed the connection before the response was complete.</source>
        <translation>The server closed the connection before the response was complete.</translation>
    </message>
    <message>
        <source>You cancelled this request.</source>
        <translation>You cancelled this request.</translation>
    </message>
    <message>
        <source>The URL is not one this tool can send: use http:// or https:// and a host name.</source>
        <translation>The URL is not one this tool can send: use http:// or https:// and a host name.</translation>
    </message>
    <message>
        <source>The request failed before an HTTP answer arrived.</source>
        <translation>The request failed before an HTTP answer arrived.</translation>
    </message>
    <message>
        <source>401 from the API gateway: the request carried no usable Authorization header.</source>
        <translation>401 from the API gateway: the request carried no usable Authorization header.</translation>
    </message>
    <message>
        <source>403 IncompleteSignatureException: the gateway has no route for %1 %2, so it read the Authorization header as an AWS signature.</source>
        <translation>403 IncompleteSignatureException: the gateway has no route for %1 %2, so it read the Authorization header as an AWS signature.</translation>
    </message>
    <message>
        <source>Variant &apos;requires Credential parameter&apos;: the path or the method is wrong, and the Authorization header is a single word, not &apos;Bearer &lt;token&gt;&apos;. Fix the path, and put &apos;Bearer &apos; before the token.</source>
        <translation>Variant &apos;requires Credential parameter&apos;: the path or the method is wrong, and the Authorization header is a single word, not &apos;Bearer &lt;token&gt;&apos;. Fix the path, and put &apos;Bearer &apos; before the token.</translation>
    </message>
    <message>
        <source>Check the path and the method, and that the header reads Authorization: Bearer &lt;token&gt;.</source>
        <translation>Check the path and the method, and that the header reads Authorization: Bearer &lt;token&gt;.</translation>
    </message>
    <message>
        <source>This gateway answer quotes the Authorization header; the token in it was replaced by its length and fingerprint.</source>
        <translation>This gateway answer quotes the Authorization header; the token in it was replaced by its length and fingerprint.</translation>
    </message>
    <message>
        <source>This gateway answer quotes the Authorization header.</source>
        <translation>This gateway answer quotes the Authorization header.</translation>
    </message>
    <message>
        <source>403 MissingAuthenticationTokenException: no route for %1 %2, and no Authorization header.</source>
        <translation>403 MissingAuthenticationTokenException: no route for %1 %2, and no Authorization header.</translation>
    </message>
    <message>
        <source>Despite its name this usually means a wrong path or method: check the base URL, the resource type and the id. Add a token as well.</source>
        <translation>Despite its name this usually means a wrong path or method: check the base URL, the resource type and the id. Add a token as well.</translation>
    </message>
    <message>
        <source>HTTP %1 from the API gateway: %2.</source>
        <translation>HTTP %1 from the API gateway: %2.</translation>
    </message>
    <message>
        <source>Recognised by the body only: the x-amzn-ErrorType header was missing.</source>
        <translation>Recognised by the body only: the x-amzn-ErrorType header was missing.</translation>
    </message>
    <message>
        <source>400 from the FHIR server: it understood the request but refused its content. %1</source>
        <translation>400 from the FHIR server: it understood the request but refused its content. %1</translation>
    </message>
    <message>
        <source>404 from the FHIR server: %1</source>
        <translation>404 from the FHIR server: %1</translation>
    </message>
    <message>
        <source>500 from the FHIR server: it failed while handling the request. %1</source>
        <translation>500 from the FHIR server: it failed while handling the request. %1</translation>
    </message>
    <message>
        <source>The issue is marked transient: retry later.</source>
        <translation>The issue is marked transient: retry later.</translation>
    </message>
    <message>
        <source>501 from the FHIR server: this operation is not supported here. %1</source>
        <translation>501 from the FHIR server: this operation is not supported here. %1</translation>
    </message>
    <message>
        <source>HTTP %1 with an OperationOutcome: %2</source>
        <translation>HTTP %1 with an OperationOutcome: %2</translation>
    </message>
    <message>
        <source>The body ended before the length the server announced: the answer is incomplete.</source>
        <translation>The body ended before the length the server announced: the answer is incomplete.</translation>
    </message>
    <message>
        <source>A resumed download was answered with bytes that do not continue the file.</source>
        <translation>A resumed download was answered with bytes that do not continue the file.</translation>
    </message>
    <message>
        <source>A header (often a pasted token) contains a control character such as a line break: nothing was sent.</source>
        <translation>A header (often a pasted token) contains a control character such as a line break: nothing was sent.</translation>
    </message>
    <message>
        <source>The answer could not be written to disk (no permission, missing folder, I/O error).</source>
        <translation>The answer could not be written to disk (no permission, missing folder, I/O error).</translation>
    </message>
    <message>
        <source>The disk is full: the answer could not be written; what arrived before is kept.</source>
        <translation>The disk is full: the answer could not be written; what arrived before is kept.</translation>
    </message>
    <message>
        <source>The answer is incomplete: the connection ended before the whole body arrived.</source>
        <translation>The answer is incomplete: the connection ended before the whole body arrived.</translation>
    </message>
    <message>
        <source>The server resumed the download at the wrong place: the file must be downloaded again.</source>
        <translation>The server resumed the download at the wrong place: the file must be downloaded again.</translation>
    </message>
    <message>
        <source>Not sent: a header contains a control character (a line break in a pasted token?).</source>
        <translation>Not sent: a header contains a control character (a line break in a pasted token?).</translation>
    </message>
    <message>
        <source>The disk is full: the answer could not be written.</source>
        <translation>The disk is full: the answer could not be written.</translation>
    </message>
    <message>
        <source>The answer could not be written to disk.</source>
        <translation>The answer could not be written to disk.</translation>
    </message>
    <message>
        <source>403 AccessDeniedException: the gateway&apos;s authorizer refused the token or the way it was sent.</source>
        <translation>403 AccessDeniedException: the gateway&apos;s authorizer refused the token or the way it was sent.</translation>
    </message>
    <message>
        <source>The proxy %1 refused or failed the connection: %2 was not reached.</source>
        <translation>The proxy %1 refused or failed the connection: %2 was not reached.</translation>
    </message>
    <message>
        <source>A 2xx answer that is a web page (HTML) where FHIR was asked for: a proxy&apos;s login page, a captive portal, or a URL that leads to a web site.</source>
        <translation>A 2xx answer that is a web page (HTML) where FHIR was asked for: a proxy&apos;s login page, a captive portal, or a URL that leads to a web site.</translation>
    </message>
    <message>
        <source>%1, but the answer is a web page (%2), not FHIR.</source>
        <translation>%1, but the answer is a web page (%2), not FHIR.</translation>
    </message>
    <message>
        <source>FHIR was asked for (Accept: %1). A page like this comes from a proxy or a network portal that wants a login or blocks the site, or from a base URL that leads to a web site instead of the FHIR API. Read the page in the Body tab.</source>
        <translation>FHIR was asked for (Accept: %1). A page like this comes from a proxy or a network portal that wants a login or blocks the site, or from a base URL that leads to a web site instead of the FHIR API. Read the page in the Body tab.</translation>
    </message>
    <message>
        <source>The body&apos;s coding is broken: a gzip/deflate stream that cannot be decoded, or a chunked body whose framing cannot be read (an invalid chunk size).</source>
        <translation>The body&apos;s coding is broken: a gzip/deflate stream that cannot be decoded, or a chunked body whose framing cannot be read (an invalid chunk size).</translation>
    </message>
    <message>
        <source>The answer&apos;s header block cannot be read: a header over 8 KiB, more than 100 headers, or a malformed header name. Refused as soon as it arrives.</source>
        <translation>The answer&apos;s header block cannot be read: a header over 8 KiB, more than 100 headers, or a malformed header name. Refused as soon as it arrives.</translation>
    </message>
    <message>
        <source>The answer&apos;s coding is broken (a corrupt compressed stream or chunked framing): its body cannot be trusted.</source>
        <translation>The answer&apos;s coding is broken (a corrupt compressed stream or chunked framing): its body cannot be trusted.</translation>
    </message>
    <message>
        <source>The answer&apos;s headers are too large or malformed to be read: it is refused.</source>
        <translation>The answer&apos;s headers are too large or malformed to be read: it is refused.</translation>
    </message>
    <message>
        <source>Variant &apos;missing equal-sign&apos;: your header has the right shape (Bearer &lt;token&gt;), so the path or the method is wrong. Check the resource type and id, and use a method the API routes: %1.</source>
        <translation>Variant &apos;missing equal-sign&apos;: your header has the right shape (Bearer &lt;token&gt;), so the path or the method is wrong. Check the resource type and id, and use a method the API routes: %1.</translation>
    </message>
</context>
<context>
    <name>DiagnosisCodesDialog</name>
    <message>
        <source>Diagnosis codes</source>
        <translation>Diagnosis codes</translation>
    </message>
    <message>
        <source>Diagnosis codes: what kind of answer</source>
        <translation>Diagnosis codes: what kind of answer</translation>
    </message>
    <message>
        <source>Cause codes: why, most likely first</source>
        <translation>Cause codes: why, most likely first</translation>
    </message>
    <message>
        <source>Each refused or misrouted call lists its likely causes, ranked, each with the evidence it rests on (the Authorization header as it was sent, the token&apos;s claims, the method and path).</source>
        <translation>Each refused or misrouted call lists its likely causes, ranked, each with the evidence it rests on (the Authorization header as it was sent, the token&apos;s claims, the method and path).</translation>
    </message>
    <message>
        <source>Diagnosis codes and what they mean</source>
        <translation>Diagnosis codes and what they mean</translation>
    </message>
</context>
<context>
    <name>Expectation</name>
    <message>
        <source>@expect status takes an HTTP status from 100 to 599, not &quot;%1&quot;.</source>
        <translation>@expect status takes an HTTP status from 100 to 599, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>@expect diagnosis: &quot;%1&quot; is not a diagnosis code (see Help → Diagnosis codes or the README).</source>
        <translation>@expect diagnosis: &quot;%1&quot; is not a diagnosis code (see Help → Diagnosis codes or the README).</translation>
    </message>
    <message>
        <source>@expect cause: &quot;%1&quot; is not a cause code (see Help → Diagnosis codes or the README).</source>
        <translation>@expect cause: &quot;%1&quot; is not a cause code (see Help → Diagnosis codes or the README).</translation>
    </message>
    <message>
        <source>&quot;@expect %1&quot; is not an expectation; write one of: @expect status 200, @expect diagnosis CODE, @expect cause CODE, @expect header NAME.</source>
        <translation>&quot;@expect %1&quot; is not an expectation; write one of: @expect status 200, @expect diagnosis CODE, @expect cause CODE, @expect header NAME.</translation>
    </message>
</context>
<context>
    <name>ExpectationCheck</name>
    <message>
        <source>no answer (%1)</source>
        <translation>no answer (%1)</translation>
    </message>
    <message>
        <source>no causes</source>
        <translation>no causes</translation>
    </message>
    <message>
        <source>Status %1, as expected.</source>
        <translation>Status %1, as expected.</translation>
    </message>
    <message>
        <source>Expected status %1, got %2.</source>
        <translation>Expected status %1, got %2.</translation>
    </message>
    <message>
        <source>Diagnosis %1, as expected.</source>
        <translation>Diagnosis %1, as expected.</translation>
    </message>
    <message>
        <source>Expected the diagnosis %1, got %2.</source>
        <translation>Expected the diagnosis %1, got %2.</translation>
    </message>
    <message>
        <source>The cause %1 is among the likely causes (%2).</source>
        <translation>The cause %1 is among the likely causes (%2).</translation>
    </message>
    <message>
        <source>Expected the cause %1, got %2.</source>
        <translation>Expected the cause %1, got %2.</translation>
    </message>
    <message>
        <source>The answer carries %1: %2.</source>
        <translation>The answer carries %1: %2.</translation>
    </message>
    <message>
        <source>Expected the header %1, got no answer (%2).</source>
        <translation>Expected the header %1, got no answer (%2).</translation>
    </message>
    <message>
        <source>Expected the header %1, and the answer has none.</source>
        <translation>Expected the header %1, and the answer has none.</translation>
    </message>
</context>
<context>
    <name>ExportChecks</name>
    <message>
        <source>no absolute Content-Location to poll</source>
        <translation>no absolute Content-Location to poll</translation>
    </message>
    <message>
        <source>answered %1, expected a 4xx or 5xx error</source>
        <translation>answered %1, expected a 4xx or 5xx error</translation>
    </message>
    <message>
        <source>Conformance: export kick-off with POST and Parameters</source>
        <translation>Conformance: export kick-off with POST and Parameters</translation>
    </message>
    <message>
        <source>POST kick-off supported</source>
        <translation>POST kick-off supported</translation>
    </message>
    <message>
        <source>POST kick-off not supported (refused with %1 and an OperationOutcome)</source>
        <translation>POST kick-off not supported (refused with %1 and an OperationOutcome)</translation>
    </message>
    <message>
        <source>the server accepts _outputFormat=text/csv</source>
        <translation>the server accepts _outputFormat=text/csv</translation>
    </message>
    <message>
        <source>answered %1, expected a 4xx</source>
        <translation>answered %1, expected a 4xx</translation>
    </message>
    <message>
        <source>%1 was accepted (202)</source>
        <translation>%1 was accepted (202)</translation>
    </message>
    <message>
        <source>Conformance: export kick-off without a token</source>
        <translation>Conformance: export kick-off without a token</translation>
    </message>
    <message>
        <source>no Content-Location header</source>
        <translation>no Content-Location header</translation>
    </message>
    <message>
        <source>Content-Location %1 was handed out before in this run (a reused job: Cache-Control: no-cache ignored)</source>
        <translation>Content-Location %1 was handed out before in this run (a reused job: Cache-Control: no-cache ignored)</translation>
    </message>
    <message>
        <source>Content-Location &quot;%1&quot; is not an absolute http(s) URL</source>
        <translation>Content-Location &quot;%1&quot; is not an absolute http(s) URL</translation>
    </message>
    <message>
        <source>Conformance: poll export status</source>
        <translation>Conformance: poll export status</translation>
    </message>
    <message>
        <source>the export was complete at the first poll (too fast to observe)</source>
        <translation>the export was complete at the first poll (too fast to observe)</translation>
    </message>
    <message>
        <source>Conformance: poll export status without a token</source>
        <translation>Conformance: poll export status without a token</translation>
    </message>
    <message>
        <source>Conformance: poll export status with a damaged token</source>
        <translation>Conformance: poll export status with a damaged token</translation>
    </message>
    <message>
        <source>Conformance: poll an export that does not exist</source>
        <translation>Conformance: poll an export that does not exist</translation>
    </message>
    <message>
        <source>the error body is not an OperationOutcome</source>
        <translation>the error body is not an OperationOutcome</translation>
    </message>
    <message>
        <source>Conformance: cancel an export that does not exist</source>
        <translation>Conformance: cancel an export that does not exist</translation>
    </message>
    <message>
        <source>Conformance: poll the cancelled export</source>
        <translation>Conformance: poll the cancelled export</translation>
    </message>
    <message>
        <source>the kick-off answered %1 without an absolute Content-Location</source>
        <translation>the kick-off answered %1 without an absolute Content-Location</translation>
    </message>
    <message>
        <source>Conformance: cancel an export without a token</source>
        <translation>Conformance: cancel an export without a token</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Group export</source>
        <translation>Group export</translation>
    </message>
    <message>
        <source>&amp;Group id:</source>
        <translation>&amp;Group id:</translation>
    </message>
    <message>
        <source>e.g. Observation?category=laboratory (experimental)</source>
        <translation>e.g. Observation?category=laboratory (experimental)</translation>
    </message>
    <message>
        <source>_&amp;elements:</source>
        <translation>_&amp;elements:</translation>
    </message>
    <message>
        <source>&amp;POST with Parameters</source>
        <translation>&amp;POST with Parameters</translation>
    </message>
    <message>
        <source>New &amp;job (Cache-Control: no-cache)</source>
        <translation>New &amp;job (Cache-Control: no-cache)</translation>
    </message>
    <message>
        <source>&amp;Lenient</source>
        <translation>&amp;Lenient</translation>
    </message>
    <message>
        <source>Prefer: handling=lenient: the server skips what it does not support</source>
        <translation>Prefer: handling=lenient: the server skips what it does not support</translation>
    </message>
    <message>
        <source>Request that will be sent:</source>
        <translation>Request that will be sent:</translation>
    </message>
    <message>
        <source>&amp;Start export</source>
        <translation>&amp;Start export</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>&amp;Cancel export</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Files</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>X-Progress</source>
        <translation>X-Progress</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>Next poll</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Double-click to show this call in the log</source>
        <translation>Double-click to show this call in the log</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>export running</source>
        <translation>export running</translation>
    </message>
    <message>
        <source>429: polled too soon, waiting as asked</source>
        <translation>429: polled too soon, waiting as asked</translation>
    </message>
    <message>
        <source>transient server error, retrying</source>
        <translation>transient server error, retrying</translation>
    </message>
    <message>
        <source>the status check failed (network), retrying</source>
        <translation>the status check failed (network), retrying</translation>
    </message>
    <message>
        <source>complete: manifest received</source>
        <translation>complete: manifest received</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Waiting for the export: next poll in %1 (%2). &quot;Poll now&quot; asks at once.</source>
        <translation>Waiting for the export: next poll in %1 (%2). &quot;Poll now&quot; asks at once.</translation>
    </message>
    <message>
        <source>Changes since the transactionTime of the last finished export of this Group</source>
        <translation>Changes since the transactionTime of the last finished export of this Group</translation>
    </message>
    <message>
        <source>e.g. id,meta,code (comma separated)</source>
        <translation>e.g. id,meta,code (comma separated)</translation>
    </message>
    <message>
        <source>e.g. LatestProvenanceResources (comma separated)</source>
        <translation>e.g. LatestProvenanceResources (comma separated)</translation>
    </message>
    <message>
        <source>How many files are downloaded at once</source>
        <translation>How many files are downloaded at once</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;None</translation>
    </message>
    <message>
        <source>Show &amp;manifest</source>
        <translation>Show &amp;manifest</translation>
    </message>
    <message>
        <source>The access token expires in %1 and this profile cannot renew it by itself: get a new token (Get token… in the main window) or paste one before then, or the remaining calls will be refused.</source>
        <translation>The access token expires in %1 and this profile cannot renew it by itself: get a new token (Get token… in the main window) or paste one before then, or the remaining calls will be refused.</translation>
    </message>
    <message>
        <source>The access token expires in %1; it will be renewed before then.</source>
        <translation>The access token expires in %1; it will be renewed before then.</translation>
    </message>
    <message>
        <source>The files expired %1 ago (Expires: %2): downloads not finished yet may fail; start a new export for them.</source>
        <translation>The files expired %1 ago (Expires: %2): downloads not finished yet may fail; start a new export for them.</translation>
    </message>
    <message>
        <source>The server keeps the files until %1 (Expires header): %2 left.</source>
        <translation>The server keeps the files until %1 (Expires header): %2 left.</translation>
    </message>
    <message>
        <source>Downloading: %1 of %2 files done · %3</source>
        <translation>Downloading: %1 of %2 files done · %3</translation>
    </message>
    <message>
        <source>&amp;View file</source>
        <translation>&amp;View file</translation>
    </message>
    <message>
        <source>The selected file in the content viewer, one row per line (double-click a file does the same)</source>
        <translation>The selected file in the content viewer, one row per line (double-click a file does the same)</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>&amp;Keep waiting</translation>
    </message>
    <message>
        <source>The wait limit was reached (Preferences); the server may still finish the job: poll it again</source>
        <translation>The wait limit was reached (Preferences); the server may still finish the job: poll it again</translation>
    </message>
    <message>
        <source>not sent (status URL on another host)</source>
        <translation>not sent (status URL on another host)</translation>
    </message>
    <message>
        <source>Changed since (_since)</source>
        <translation>Changed since (_since)</translation>
    </message>
    <message>
        <source>Resource types to export</source>
        <translation>Resource types to export</translation>
    </message>
    <message>
        <source>Kick-off request that will be sent</source>
        <translation>Kick-off request that will be sent</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Export timeline</translation>
    </message>
    <message>
        <source>Output files</source>
        <translation>Output files</translation>
    </message>
    <message>
        <source>kick-off accepted: polling the status URL</source>
        <translation>kick-off accepted: polling the status URL</translation>
    </message>
    <message>
        <source>kick-off refused: no export started</source>
        <translation>kick-off refused: no export started</translation>
    </message>
    <message>
        <source>cancel (DELETE): the server accepted it</source>
        <translation>cancel (DELETE): the server accepted it</translation>
    </message>
    <message>
        <source>cancel (DELETE): not confirmed by the server</source>
        <translation>cancel (DELETE): not confirmed by the server</translation>
    </message>
    <message>
        <source>Nothing yet. Start the export: the kick-off, every status poll (with the wait the server asked for) and a cancel appear here; double-click a row to see its call in the log.</source>
        <translation>Nothing yet. Start the export: the kick-off, every status poll (with the wait the server asked for) and a cancel appear here; double-click a row to see its call in the log.</translation>
    </message>
    <message>
        <source>C&amp;hanged since:</source>
        <translation>C&amp;hanged since:</translation>
    </message>
    <message>
        <source>Since last e&amp;xport</source>
        <translation>Since last e&amp;xport</translation>
    </message>
    <message>
        <source>_outputFo&amp;rmat:</source>
        <translation>_outputFo&amp;rmat:</translation>
    </message>
    <message>
        <source>_typeF&amp;ilter:</source>
        <translation>_typeF&amp;ilter:</translation>
    </message>
    <message>
        <source>incl&amp;udeAssociatedData:</source>
        <translation>incl&amp;udeAssociatedData:</translation>
    </message>
    <message>
        <source>Parallel &amp;downloads:</source>
        <translation>Parallel &amp;downloads:</translation>
    </message>
    <message>
        <source>_t&amp;ype (none checked: all):</source>
        <translation>_t&amp;ype (none checked: all):</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;All</translation>
    </message>
    <message>
        <source>Copy re&amp;quest</source>
        <translation>Copy re&amp;quest</translation>
    </message>
    <message>
        <source>Poll no&amp;w</source>
        <translation>Poll no&amp;w</translation>
    </message>
    <message>
        <source>kick-off answered 429: starting again when the server asked</source>
        <translation>kick-off answered 429: starting again when the server asked</translation>
    </message>
    <message>
        <source>the token ran out: refused</source>
        <translation>the token ran out: refused</translation>
    </message>
    <message>
        <source>Waiting for a new token: the server no longer accepts this one (%1 of %2 files done). Get a new token or paste one: the downloads go on with it.</source>
        <translation>Waiting for a new token: the server no longer accepts this one (%1 of %2 files done). Get a new token or paste one: the downloads go on with it.</translation>
    </message>
    <message>
        <source>The access token expired %1 ago and has not been renewed yet: the export waits for the new one.</source>
        <translation>The access token expired %1 ago and has not been renewed yet: the export waits for the new one.</translation>
    </message>
    <message>
        <source>The access token expired %1 ago: the server refuses it, so the export waits. Get a new token (Get token… in the main window) or paste one; the export goes on with it.</source>
        <translation>The access token expired %1 ago: the server refuses it, so the export waits. Get a new token (Get token… in the main window) or paste one; the export goes on with it.</translation>
    </message>
    <message>
        <source>The server goes on with this export until it is cancelled there. Cancel it on the server (a DELETE on its status URL), or only stop watching it here and resume it later (Request → Resume unfinished export)?</source>
        <translation>The server goes on with this export until it is cancelled there. Cancel it on the server (a DELETE on its status URL), or only stop watching it here and resume it later (Request → Resume unfinished export)?</translation>
    </message>
    <message>
        <source>The files are being downloaded. Stop the downloads for good, or stop watching here and resume them later (Request → Resume unfinished export)? Files already downloaded are kept either way.</source>
        <translation>The files are being downloaded. Stop the downloads for good, or stop watching here and resume them later (Request → Resume unfinished export)? Files already downloaded are kept either way.</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancel the export</translation>
    </message>
    <message>
        <source>Cancel on the server</source>
        <translation>Cancel on the server</translation>
    </message>
    <message>
        <source>Stop the downloads</source>
        <translation>Stop the downloads</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Stop watching</translation>
    </message>
    <message>
        <source>&amp;Bars over time</source>
        <translation>&amp;Bars over time</translation>
    </message>
</context>
<context>
    <name>ExportFilesModel</name>
    <message>
        <source>%1 (errors)</source>
        <translation>%1 (errors)</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (deleted)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>verified — %1</source>
        <translation>verified — %1</translation>
    </message>
    <message>
        <source>%1 — kept as %2, not under its final name</source>
        <translation>%1 — kept as %2, not under its final name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Manifest count</source>
        <translation>Manifest count</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
</context>
<context>
    <name>ExportFilesPanel</name>
    <message>
        <source>No files yet. When the server has finished the export, the files its manifest lists appear here, each downloaded, checked line by line and only then given its name.</source>
        <translation>No files yet. When the server has finished the export, the files its manifest lists appear here, each downloaded, checked line by line and only then given its name.</translation>
    </message>
    <message>
        <source>Waiting for the server to finish the export: its manifest&apos;s files appear here then.</source>
        <translation>Waiting for the server to finish the export: its manifest&apos;s files appear here then.</translation>
    </message>
    <message>
        <source>%1 has not been downloaded yet.</source>
        <translation>%1 has not been downloaded yet.</translation>
    </message>
    <message>
        <source>Export manifest — %1</source>
        <translation>Export manifest — %1</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>the token is sent (HAPI omits the field)</source>
        <translation>the token is sent (HAPI omits the field)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>%1 — required by the Bulk Data IG; HAPI omits some of them.</source>
        <translation>%1 — required by the Bulk Data IG; HAPI omits some of them.</translation>
    </message>
    <message>
        <source>Error files say</source>
        <translation>Error files say</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>This export ran on the built-in Sandbox before it was restarted. The Sandbox starts afresh each time (a new port, no jobs), so the export is gone and cannot be resumed: start a new export. Files downloaded before are kept in their folder.</source>
        <translation>This export ran on the built-in Sandbox before it was restarted. The Sandbox starts afresh each time (a new port, no jobs), so the export is gone and cannot be resumed: start a new export. Files downloaded before are kept in their folder.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Group export</source>
        <translation>Group export</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Group %1</translation>
    </message>
</context>
<context>
    <name>ExportRequestForm</name>
    <message>
        <source>No finished export of Group %1 on this server yet.</source>
        <translation>No finished export of Group %1 on this server yet.</translation>
    </message>
    <message>
        <source>The server&apos;s CapabilityStatement lists no Patient-compartment types (only %1), so all are offered.</source>
        <translation>The server&apos;s CapabilityStatement lists no Patient-compartment types (only %1), so all are offered.</translation>
    </message>
    <message>
        <source>Not in the server&apos;s CapabilityStatement: the export may refuse it (or skip it when lenient).</source>
        <translation>Not in the server&apos;s CapabilityStatement: the export may refuse it (or skip it when lenient).</translation>
    </message>
    <message>
        <source>Greyed types are not in the server&apos;s CapabilityStatement.</source>
        <translation>Greyed types are not in the server&apos;s CapabilityStatement.</translation>
    </message>
    <message>
        <source>Authorization: Bearer &lt;the profile&apos;s token&gt;</source>
        <translation>Authorization: Bearer &lt;the profile&apos;s token&gt;</translation>
    </message>
</context>
<context>
    <name>ExportSession</name>
    <message>
        <source>idle</source>
        <translation>idle</translation>
    </message>
    <message>
        <source>starting the export</source>
        <translation>starting the export</translation>
    </message>
    <message>
        <source>waiting for the export</source>
        <translation>waiting for the export</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>downloading</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Start export</source>
        <translation>Start export</translation>
    </message>
    <message>
        <source>The export could not be started: %1</source>
        <translation>The export could not be started: %1</translation>
    </message>
    <message>
        <source>Export accepted; status URL %1</source>
        <translation>Export accepted; status URL %1</translation>
    </message>
    <message>
        <source>first poll</source>
        <translation>first poll</translation>
    </message>
    <message>
        <source>Server fault: the kick-off answered 202 without a Content-Location, so there is no status URL to poll.</source>
        <translation>Server fault: the kick-off answered 202 without a Content-Location, so there is no status URL to poll.</translation>
    </message>
    <message>
        <source>Server fault: the kick-off answered 200 where 202 Accepted was expected.</source>
        <translation>Server fault: the kick-off answered 200 where 202 Accepted was expected.</translation>
    </message>
    <message>
        <source>The export could not be started (HTTP %1): %2</source>
        <translation>The export could not be started (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Poll export status</source>
        <translation>Poll export status</translation>
    </message>
    <message>
        <source>no hint: exponential backoff</source>
        <translation>no hint: exponential backoff</translation>
    </message>
    <message>
        <source>The status check failed %1 times in a row (%2); the export itself may still be running at %3.</source>
        <translation>The status check failed %1 times in a row (%2); the export itself may still be running at %3.</translation>
    </message>
    <message>
        <source>The status check failed: the server stayed unavailable (%1).</source>
        <translation>The status check failed: the server stayed unavailable (%1).</translation>
    </message>
    <message>
        <source>The export failed on the server: %1</source>
        <translation>The export failed on the server: %1</translation>
    </message>
    <message>
        <source>Server fault: %1</source>
        <translation>Server fault: %1</translation>
    </message>
    <message>
        <source>The manifest lacks %1 (HAPI omits some fields).</source>
        <translation>The manifest lacks %1 (HAPI omits some fields).</translation>
    </message>
    <message>
        <source>The status check failed: the job is gone (HTTP %1: cancelled, expired or unknown). %2</source>
        <translation>The status check failed: the job is gone (HTTP %1: cancelled, expired or unknown). %2</translation>
    </message>
    <message>
        <source>The status check failed (HTTP %1): %2</source>
        <translation>The status check failed (HTTP %1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to download</source>
        <translation>
            <numerusform>%n file to download</numerusform>
            <numerusform>%n files to download</numerusform>
        </translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>Download %1</translation>
    </message>
    <message>
        <source>%1: %2; %3 (attempt %4)</source>
        <translation>%1: %2; %3 (attempt %4)</translation>
    </message>
    <message>
        <source>resuming from byte %1</source>
        <translation>resuming from byte %1</translation>
    </message>
    <message>
        <source>download failed: %1</source>
        <translation>download failed: %1</translation>
    </message>
    <message>
        <source>%1 lines, the manifest says %2</source>
        <translation>%1 lines, the manifest says %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) downloaded and verified.</source>
        <translation>
            <numerusform>%n file downloaded and verified.</numerusform>
            <numerusform>%n files downloaded and verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) could not be downloaded or verified; what arrived is kept in %2.</source>
        <translation>
            <numerusform>%1 of %n file could not be downloaded or verified; what arrived is kept in %2.</numerusform>
            <numerusform>%1 of %n files could not be downloaded or verified; what arrived is kept in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancel export</translation>
    </message>
    <message>
        <source>The server accepted the cancellation (HTTP %1).</source>
        <translation>The server accepted the cancellation (HTTP %1).</translation>
    </message>
    <message>
        <source>The cancellation was not confirmed: %1</source>
        <translation>The cancellation was not confirmed: %1</translation>
    </message>
    <message>
        <source>Cancelled; files already downloaded are kept in %1.</source>
        <translation>Cancelled; files already downloaded are kept in %1.</translation>
    </message>
    <message>
        <source>Resuming the export at %1</source>
        <translation>Resuming the export at %1</translation>
    </message>
    <message>
        <source>The export is complete and lists no files: no resources matched.</source>
        <translation>The export is complete and lists no files: no resources matched.</translation>
    </message>
    <message numerus="yes">
        <source>polling at most once every %n second(s)</source>
        <translation>
            <numerusform>polling at most once every %n second</numerusform>
            <numerusform>polling at most once every %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>the server asked for %1; capped to %2, a longer wait is not plausible for an export</source>
        <translation>the server asked for %1; capped to %2, a longer wait is not plausible for an export</translation>
    </message>
    <message>
        <source>The status URL is on %1, not on the server %2: the token is not sent there (a misconfigured or hostile server could collect it). Allow it in the preferences or with --token-to-status-origin if this server is known to work so.</source>
        <translation>The status URL is on %1, not on the server %2: the token is not sent there (a misconfigured or hostile server could collect it). Allow it in the preferences or with --token-to-status-origin if this server is known to work so.</translation>
    </message>
    <message>
        <source>The manifest&apos;s Expires (%1) is already past: the server may have deleted the files. Downloading anyway; start a new export if they are gone.</source>
        <translation>The manifest&apos;s Expires (%1) is already past: the server may have deleted the files. Downloading anyway; start a new export if they are gone.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The manifest names the type &quot;%1&quot;, which is not a resource type: its file is saved as %2.</source>
        <translation>The manifest names the type &quot;%1&quot;, which is not a resource type: its file is saved as %2.</translation>
    </message>
    <message>
        <source>cannot remove the earlier attempt %1</source>
        <translation>cannot remove the earlier attempt %1</translation>
    </message>
    <message>
        <source>retrying from the start</source>
        <translation>retrying from the start</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>the server said: “%1”</source>
        <translation>the server said: “%1”</translation>
    </message>
    <message>
        <source>%1 lines, the manifest says %2 (a server quirk; its messages are shown anyway)</source>
        <translation>%1 lines, the manifest says %2 (a server quirk; its messages are shown anyway)</translation>
    </message>
    <message>
        <source>its messages cannot be read: %1</source>
        <translation>its messages cannot be read: %1</translation>
    </message>
    <message>
        <source>%1; %2 with %3 from the server.</source>
        <translation>%1; %2 with %3 from the server.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) downloaded and verified</source>
        <translation>
            <numerusform>%n file downloaded and verified</numerusform>
            <numerusform>%n files downloaded and verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error file(s)</source>
        <translation>
            <numerusform>%n error file</numerusform>
            <numerusform>%n error files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 of %n file(s) are complete; the others were not downloaded. Get a new token and resume: what is here (%3) is kept.</source>
        <translation>
            <numerusform>%1 %2 of %n file are complete; the others were not downloaded. Get a new token and resume: what is here (%3) is kept.</numerusform>
            <numerusform>%1 %2 of %n files are complete; the others were not downloaded. Get a new token and resume: what is here (%3) is kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be started: the server asks you to slow down (HTTP 429) and to come back in %1 (%2). %3 Start it again after %4.</source>
        <translation>The export could not be started: the server asks you to slow down (HTTP 429) and to come back in %1 (%2). %3 Start it again after %4.</translation>
    </message>
    <message>
        <source>That is past the wait limit of %1.</source>
        <translation>That is past the wait limit of %1.</translation>
    </message>
    <message numerus="yes">
        <source>It asked %n time(s) in a row.</source>
        <translation>
            <numerusform>It asked %n time in a row.</numerusform>
            <numerusform>It asked %n times in a row.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server asks you to slow down (HTTP 429): the export is started again in %1 (%2).</source>
        <translation>The server asks you to slow down (HTTP 429): the export is started again in %1 (%2).</translation>
    </message>
    <message>
        <source>Gave up waiting after %1 (the limit is %2)</source>
        <translation>Gave up waiting after %1 (the limit is %2)</translation>
    </message>
    <message>
        <source>Stopped waiting after %1: the next wait (%2, %3) would pass the limit of %4</source>
        <translation>Stopped waiting after %1: the next wait (%2, %3) would pass the limit of %4</translation>
    </message>
    <message>
        <source>%1: the server has not finished the export. It may still finish: resume with the status URL %2</source>
        <translation>%1: the server has not finished the export. It may still finish: resume with the status URL %2</translation>
    </message>
    <message>
        <source>first: %1 Last: %2</source>
        <translation>first: %1 Last: %2</translation>
    </message>
    <message>
        <source>%1 Renewing it; the status is checked again then.</source>
        <translation>%1 Renewing it; the status is checked again then.</translation>
    </message>
    <message>
        <source>%1 The job itself may still be running: get a new token and resume.</source>
        <translation>%1 The job itself may still be running: get a new token and resume.</translation>
    </message>
    <message>
        <source>The token expired at %1 (%2).</source>
        <translation>The token expired at %1 (%2).</translation>
    </message>
    <message>
        <source>The server stopped accepting the token (%1): it has probably run out (an opaque token&apos;s expiry cannot be read).</source>
        <translation>The server stopped accepting the token (%1): it has probably run out (an opaque token&apos;s expiry cannot be read).</translation>
    </message>
    <message>
        <source>%1 Renewing it; the downloads wait.</source>
        <translation>%1 Renewing it; the downloads wait.</translation>
    </message>
    <message>
        <source>not downloaded: the token ran out</source>
        <translation>not downloaded: the token ran out</translation>
    </message>
    <message>
        <source>The token was renewed: the export goes on.</source>
        <translation>The token was renewed: the export goes on.</translation>
    </message>
    <message>
        <source>The server stopped accepting the token and renewing it failed: %1.</source>
        <translation>The server stopped accepting the token and renewing it failed: %1.</translation>
    </message>
    <message numerus="yes">
        <source>download failed: %1 Then, on %n more attempt(s): %2</source>
        <translation>
            <numerusform>download failed: %1 Then, on %n more attempt: %2</numerusform>
            <numerusform>download failed: %1 Then, on %n more attempts: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>cannot rename %1 to %2: %3</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the export&apos;s files: %2.</source>
        <translation>Cannot create the folder %1 for the export&apos;s files: %2.</translation>
    </message>
    <message>
        <source>no longer watched</source>
        <translation>no longer watched</translation>
    </message>
    <message>
        <source>No longer watched here: the export goes on at the server. Request → Resume unfinished export picks it up; files already downloaded are kept.</source>
        <translation>No longer watched here: the export goes on at the server. Request → Resume unfinished export picks it up; files already downloaded are kept.</translation>
    </message>
</context>
<context>
    <name>ExportTimeline</name>
    <message>
        <source>Export timeline</source>
        <translation>Export timeline</translation>
    </message>
    <message>
        <source>The kick-off, the polls, the manifest and one bar per file over time, with the throughput under them. Up and Down choose a file.</source>
        <translation>The kick-off, the polls, the manifest and one bar per file over time, with the throughput under them. Up and Down choose a file.</translation>
    </message>
    <message>
        <source>Save the export&apos;s timeline</source>
        <translation>Save the export&apos;s timeline</translation>
    </message>
    <message>
        <source>The export&apos;s kick-off, polls and files appear here over time once it starts.</source>
        <translation>The export&apos;s kick-off, polls and files appear here over time once it starts.</translation>
    </message>
    <message>
        <source>The files appear when the manifest arrives.</source>
        <translation>The files appear when the manifest arrives.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Throughput
up to %1</source>
        <translation>Throughput
up to %1</translation>
    </message>
    <message>
        <source>Asked to wait %1 s, the next request came after %2 s</source>
        <translation>Asked to wait %1 s, the next request came after %2 s</translation>
    </message>
    <message>
        <source>Throughput around %1: %2</source>
        <translation>Throughput around %1: %2</translation>
    </message>
</context>
<context>
    <name>ExportTimelineModel</name>
    <message>
        <source>Cancelled (the server answered %1)</source>
        <translation>Cancelled (the server answered %1)</translation>
    </message>
    <message>
        <source>Kick-off accepted (%1)</source>
        <translation>Kick-off accepted (%1)</translation>
    </message>
    <message>
        <source>Kick-off refused for now (%1): sent again after %2 s</source>
        <translation>Kick-off refused for now (%1): sent again after %2 s</translation>
    </message>
    <message>
        <source>Kick-off refused (%1)</source>
        <translation>Kick-off refused (%1)</translation>
    </message>
    <message>
        <source>Poll: %1 (%2)</source>
        <translation>Poll: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Next poll in %n s (%1)</source>
        <translation>
            <numerusform>Next poll in %n s (%1)</numerusform>
            <numerusform>Next poll in %n s (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Manifest: %n file(s)</source>
        <translation>
            <numerusform>Manifest: %n file</numerusform>
            <numerusform>Manifest: %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Finished: %1</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>queued</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>downloading</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>verifying</translation>
    </message>
    <message>
        <source>✔ done</source>
        <translation>✔ done</translation>
    </message>
    <message>
        <source>✘ rejected</source>
        <translation>✘ rejected</translation>
    </message>
    <message>
        <source>Queued %1</source>
        <translation>Queued %1</translation>
    </message>
    <message>
        <source>First bytes %1</source>
        <translation>First bytes %1</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Finished %1</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 of %2 bytes</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1: attempt failed (%2), resumed</source>
        <translation>%1: attempt failed (%2), resumed</translation>
    </message>
    <message>
        <source>%1: attempt failed (%2), retried</source>
        <translation>%1: attempt failed (%2), retried</translation>
    </message>
</context>
<context>
    <name>ExportTimelinePage</name>
    <message>
        <source>▶ kick-off, ticks: polls (the line after each: the wait the server asked for), ◆ manifest; one bar per file: thin queued, solid downloading, hatched verifying, ✔ done, ✘ rejected, ◇ resumed, ◆ retried; the throughput below. Hover for details, Up and Down go through the files.</source>
        <translation>▶ kick-off, ticks: polls (the line after each: the wait the server asked for), ◆ manifest; one bar per file: thin queued, solid downloading, hatched verifying, ✔ done, ✘ rejected, ◇ resumed, ◆ retried; the throughput below. Hover for details, Up and Down go through the files.</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>Save picture…</translation>
    </message>
    <message>
        <source>The whole picture, every file, as PNG or SVG</source>
        <translation>The whole picture, every file, as PNG or SVG</translation>
    </message>
    <message>
        <source>%1 — over time</source>
        <translation>%1 — over time</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
</context>
<context>
    <name>FhirClient</name>
    <message>
        <source>Read CapabilityStatement</source>
        <translation>Read CapabilityStatement</translation>
    </message>
</context>
<context>
    <name>FhirConvert</name>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>the JSON is nested too deeply</translation>
    </message>
    <message>
        <source>the JSON is malformed</source>
        <translation>the JSON is malformed</translation>
    </message>
    <message>
        <source>the JSON has a malformed number</source>
        <translation>the JSON has a malformed number</translation>
    </message>
    <message>
        <source>the JSON has a malformed string</source>
        <translation>the JSON has a malformed string</translation>
    </message>
    <message>
        <source>a resource needs a resourceType</source>
        <translation>a resource needs a resourceType</translation>
    </message>
    <message>
        <source>%1 is not an R4 resource type</source>
        <translation>%1 is not an R4 resource type</translation>
    </message>
    <message>
        <source>no definition for %1</source>
        <translation>no definition for %1</translation>
    </message>
    <message>
        <source>an object was expected</source>
        <translation>an object was expected</translation>
    </message>
    <message>
        <source>%1 is not an element of %2</source>
        <translation>%1 is not an element of %2</translation>
    </message>
    <message>
        <source>an array was expected</source>
        <translation>an array was expected</translation>
    </message>
    <message>
        <source>a single value was expected, not an array</source>
        <translation>a single value was expected, not an array</translation>
    </message>
    <message>
        <source>a primitive value was expected</source>
        <translation>a primitive value was expected</translation>
    </message>
    <message>
        <source>_%1 may only hold id and extension</source>
        <translation>_%1 may only hold id and extension</translation>
    </message>
    <message>
        <source>_%1 belongs to primitive elements only</source>
        <translation>_%1 belongs to primitive elements only</translation>
    </message>
    <message>
        <source>the narrative div must be a string of XHTML</source>
        <translation>the narrative div must be a string of XHTML</translation>
    </message>
    <message>
        <source>the narrative must be a &lt;div&gt;</source>
        <translation>the narrative must be a &lt;div&gt;</translation>
    </message>
    <message>
        <source>the narrative is not well-formed XHTML: %1</source>
        <translation>the narrative is not well-formed XHTML: %1</translation>
    </message>
    <message>
        <source>no root element (%1)</source>
        <translation>no root element (%1)</translation>
    </message>
    <message>
        <source>the root element is not in the FHIR namespace (%1)</source>
        <translation>the root element is not in the FHIR namespace (%1)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>&lt;div&gt; is not an element of %1</source>
        <translation>&lt;div&gt; is not an element of %1</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not in the FHIR namespace</source>
        <translation>&lt;%1&gt; is not in the FHIR namespace</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not an element of %2</source>
        <translation>&lt;%1&gt; is not an element of %2</translation>
    </message>
    <message>
        <source>&lt;%1&gt; repeats, but %2.%1 allows one</source>
        <translation>&lt;%1&gt; repeats, but %2.%1 allows one</translation>
    </message>
    <message>
        <source>&lt;%1&gt; may only hold extensions, not &lt;%2&gt;</source>
        <translation>&lt;%1&gt; may only hold extensions, not &lt;%2&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; holds no resource</source>
        <translation>&lt;%1&gt; holds no resource</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a boolean</source>
        <translation>%1: &quot;%2&quot; is not a boolean</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1: &quot;%2&quot; is not a number</translation>
    </message>
    <message>
        <source>The JSON cannot be read.</source>
        <translation>The JSON cannot be read.</translation>
    </message>
    <message>
        <source>The JSON is not valid: %1</source>
        <translation>The JSON is not valid: %1</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>malformed</translation>
    </message>
    <message>
        <source>Cannot convert to XML: %1</source>
        <translation>Cannot convert to XML: %1</translation>
    </message>
    <message>
        <source>Cannot convert to JSON: %1</source>
        <translation>Cannot convert to JSON: %1</translation>
    </message>
    <message>
        <source>the narrative&apos;s &lt;div&gt; must be in the XHTML namespace (%1), not in %2</source>
        <translation>the narrative&apos;s &lt;div&gt; must be in the XHTML namespace (%1), not in %2</translation>
    </message>
    <message>
        <source>the narrative uses the namespace name &quot;%1&quot;, which holds a character that cannot be written to XML here</source>
        <translation>the narrative uses the namespace name &quot;%1&quot;, which holds a character that cannot be written to XML here</translation>
    </message>
</context>
<context>
    <name>FileChecks</name>
    <message>
        <source>the kick-off answered %1 without an absolute Content-Location</source>
        <translation>the kick-off answered %1 without an absolute Content-Location</translation>
    </message>
    <message>
        <source>the export was still running when the maximum wait ran out%1</source>
        <translation>the export was still running when the maximum wait ran out%1</translation>
    </message>
    <message>
        <source> (last X-Progress: %1)</source>
        <translation> (last X-Progress: %1)</translation>
    </message>
    <message>
        <source>the export did not complete: the status answered %1</source>
        <translation>the export did not complete: the status answered %1</translation>
    </message>
    <message>
        <source>Conformance: download an export file</source>
        <translation>Conformance: download an export file</translation>
    </message>
    <message>
        <source>Conformance: poll the completed export after its DELETE</source>
        <translation>Conformance: poll the completed export after its DELETE</translation>
    </message>
    <message>
        <source>the DELETE of a completed export answered %1</source>
        <translation>the DELETE of a completed export answered %1</translation>
    </message>
    <message>
        <source>the DELETE was accepted, but then: %1</source>
        <translation>the DELETE was accepted, but then: %1</translation>
    </message>
    <message>
        <source>accepted as the client&apos;s &apos;done&apos; signal</source>
        <translation>accepted as the client&apos;s &apos;done&apos; signal</translation>
    </message>
    <message>
        <source>the manifest lists no file</source>
        <translation>the manifest lists no file</translation>
    </message>
    <message>
        <source>Conformance: download an export file without a token</source>
        <translation>Conformance: download an export file without a token</translation>
    </message>
    <message>
        <source>the manifest lists a %1 file</source>
        <translation>the manifest lists a %1 file</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are not a Patient</source>
        <translation>
            <numerusform>%n line are not a Patient</numerusform>
            <numerusform>%n lines are not a Patient</numerusform>
        </translation>
    </message>
    <message>
        <source>no Expires header</source>
        <translation>no Expires header</translation>
    </message>
    <message>
        <source>transactionTime is missing</source>
        <translation>transactionTime is missing</translation>
    </message>
    <message>
        <source>transactionTime &quot;%1&quot; is not a FHIR instant</source>
        <translation>transactionTime &quot;%1&quot; is not a FHIR instant</translation>
    </message>
    <message>
        <source>request is missing</source>
        <translation>request is missing</translation>
    </message>
    <message>
        <source>request &quot;%1&quot; is not the kick-off URL</source>
        <translation>request &quot;%1&quot; is not the kick-off URL</translation>
    </message>
    <message>
        <source>requiresAccessToken is missing or not a boolean</source>
        <translation>requiresAccessToken is missing or not a boolean</translation>
    </message>
    <message>
        <source>output is missing or not an array</source>
        <translation>output is missing or not an array</translation>
    </message>
    <message>
        <source>%1 url &quot;%2&quot; is not absolute</source>
        <translation>%1 url &quot;%2&quot; is not absolute</translation>
    </message>
    <message>
        <source>an output item lacks a string type or url</source>
        <translation>an output item lacks a string type or url</translation>
    </message>
    <message>
        <source>count of %1 is not a non-negative integer</source>
        <translation>count of %1 is not a non-negative integer</translation>
    </message>
    <message>
        <source>error is missing or not an array (an empty one is expected)</source>
        <translation>error is missing or not an array (an empty one is expected)</translation>
    </message>
    <message>
        <source>%1: the body did not arrive whole (%2)</source>
        <translation>%1: the body did not arrive whole (%2)</translation>
    </message>
    <message>
        <source>%1: line %2 is not a JSON object</source>
        <translation>%1: line %2 is not a JSON object</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) of another resourceType</source>
        <translation>
            <numerusform>%1: %n line of another resourceType</numerusform>
            <numerusform>%1: %n lines of another resourceType</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: count %2, but %3 lines</source>
        <translation>%1: count %2, but %3 lines</translation>
    </message>
    <message>
        <source>the manifest gives no count</source>
        <translation>the manifest gives no count</translation>
    </message>
    <message>
        <source>no OperationOutcome with diagnostics</source>
        <translation>no OperationOutcome with diagnostics</translation>
    </message>
    <message>
        <source>call %1: %2</source>
        <translation>call %1: %2</translation>
    </message>
    <message>
        <source>call %1: X-RetryAfter (the vendor sample&apos;s header), no Retry-After</source>
        <translation>call %1: X-RetryAfter (the vendor sample&apos;s header), no Retry-After</translation>
    </message>
    <message>
        <source>call %1: no Retry-After</source>
        <translation>call %1: no Retry-After</translation>
    </message>
    <message>
        <source>call %1: X-Progress has %2 characters</source>
        <translation>call %1: X-Progress has %2 characters</translation>
    </message>
    <message>
        <source>no 500 answer during the run</source>
        <translation>no 500 answer during the run</translation>
    </message>
    <message>
        <source>no in-progress or 429 status answer during the run</source>
        <translation>no in-progress or 429 status answer during the run</translation>
    </message>
    <message>
        <source>no X-Progress header during the run</source>
        <translation>no X-Progress header during the run</translation>
    </message>
    <message>
        <source>the run was stopped while the export was still running</source>
        <translation>the run was stopped while the export was still running</translation>
    </message>
</context>
<context>
    <name>FirstStepsPage</name>
    <message>
        <source>&lt;h3&gt;First steps&lt;/h3&gt;Select a call in the log to see its request, response headers, body and diagnosis. Or begin here:</source>
        <translation>&lt;h3&gt;First steps&lt;/h3&gt;Select a call in the log to see its request, response headers, body and diagnosis. Or begin here:</translation>
    </message>
    <message>
        <source>Send this request</source>
        <translation>Send this request</translation>
    </message>
    <message>
        <source>Read Group/1 without a token and see the gateway&apos;s 401 explained.</source>
        <translation>Read Group/1 without a token and see the gateway&apos;s 401 explained.</translation>
    </message>
    <message>
        <source>Use demo token</source>
        <translation>Use demo token</translation>
    </message>
    <message>
        <source>Put the Sandbox&apos;s demo token in the token field; then send again for a 200.</source>
        <translation>Put the Sandbox&apos;s demo token in the token field; then send again for a 200.</translation>
    </message>
    <message>
        <source>Examples…</source>
        <translation>Examples…</translation>
    </message>
    <message>
        <source>Reproduce each answer of the vendor&apos;s documentation page: every 401 and 403 and the OperationOutcomes. An export is Request → Export a Group… (Ctrl+E).</source>
        <translation>Reproduce each answer of the vendor&apos;s documentation page: every 401 and 403 and the OperationOutcomes. An export is Request → Export a Group… (Ctrl+E).</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Open a file…</translation>
    </message>
    <message>
        <source>Look at an NDJSON, JSON or XML file you already have (Ctrl+O, or drop it on the window).</source>
        <translation>Look at an NDJSON, JSON or XML file you already have (Ctrl+O, or drop it on the window).</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
</context>
<context>
    <name>GroupInfo</name>
    <message>
        <source>not: %1</source>
        <translation>not: %1</translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message>
        <source>actual</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>descriptive</source>
        <translation>descriptive</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
</context>
<context>
    <name>GroupMembers</name>
    <message>
        <source>The Group is not valid JSON.</source>
        <translation>The Group is not valid JSON.</translation>
    </message>
    <message>
        <source>The Group is not a JSON object.</source>
        <translation>The Group is not a JSON object.</translation>
    </message>
    <message>
        <source>The Group&apos;s member element is not an array.</source>
        <translation>The Group&apos;s member element is not an array.</translation>
    </message>
    <message>
        <source>The answer is a %1, not a Group.</source>
        <translation>The answer is a %1, not a Group.</translation>
    </message>
</context>
<context>
    <name>GroupMembersModel</name>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Display</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Period start</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Period end</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>GroupsBrowser</name>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>Search Groups</source>
        <translation>Search Groups</translation>
    </message>
    <message>
        <source>Read Group</source>
        <translation>Read Group</translation>
    </message>
</context>
<context>
    <name>GroupsPane</name>
    <message>
        <source>Filter by name or id</source>
        <translation>Filter by name or id</translation>
    </message>
    <message>
        <source>Group id</source>
        <translation>Group id</translation>
    </message>
    <message>
        <source>Read this Group and keep its id for this server</source>
        <translation>Read this Group and keep its id for this server</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation>Filter members</translation>
    </message>
    <message>
        <source>&amp;Open member</source>
        <translation>&amp;Open member</translation>
    </message>
    <message>
        <source>Read the selected member resource (double-click does the same)</source>
        <translation>Read the selected member resource (double-click does the same)</translation>
    </message>
    <message>
        <source>The selected members&apos; references, or all shown, one a line</source>
        <translation>The selected members&apos; references, or all shown, one a line</translation>
    </message>
    <message>
        <source>Searching Groups…</source>
        <translation>Searching Groups…</translation>
    </message>
    <message>
        <source>%1 of %2 Groups loaded%3.</source>
        <translation>%1 of %2 Groups loaded%3.</translation>
    </message>
    <message>
        <source>; more as you scroll</source>
        <translation>; more as you scroll</translation>
    </message>
    <message numerus="yes">
        <source>%n Group(s) loaded.</source>
        <translation>
            <numerusform>%n Group loaded.</numerusform>
            <numerusform>%n Groups loaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading Group/%1…</source>
        <translation>Reading Group/%1…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>type %1</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>descriptive</source>
        <translation>descriptive</translation>
    </message>
    <message>
        <source>quantity %1</source>
        <translation>quantity %1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>characteristic: %1</source>
        <translation>characteristic: %1</translation>
    </message>
    <message>
        <source>Filter groups</source>
        <translation>Filter groups</translation>
    </message>
    <message>
        <source>Group id to open</source>
        <translation>Group id to open</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Group members</source>
        <translation>Group members</translation>
    </message>
    <message>
        <source>Select a Group above to see its members, open one or export the Group. An id the search does not list: type it beside Add by id.</source>
        <translation>Select a Group above to see its members, open one or export the Group. An id the search does not list: type it beside Add by id.</translation>
    </message>
    <message>
        <source>The server lists no Groups here. Add one by id if you know it: it is remembered for this server.</source>
        <translation>The server lists no Groups here. Add one by id if you know it: it is remembered for this server.</translation>
    </message>
    <message>
        <source>Cop&amp;y ids</source>
        <translation>Cop&amp;y ids</translation>
    </message>
    <message>
        <source>Export this Gro&amp;up…</source>
        <translation>Export this Gro&amp;up…</translation>
    </message>
    <message>
        <source>Add by id</source>
        <translation>Add by id</translation>
    </message>
    <message>
        <source>Group/%1 could not be read (call #%3): %2</source>
        <translation>Group/%1 could not be read (call #%3): %2</translation>
    </message>
    <message>
        <source>Group search is not available here (call #%2): %1 Add Groups by id: they are remembered for this server.</source>
        <translation>Group search is not available here (call #%2): %1 Add Groups by id: they are remembered for this server.</translation>
    </message>
</context>
<context>
    <name>Har</name>
    <message>
        <source>The first %1 of %2 bytes; the rest was not kept.</source>
        <translation>The first %1 of %2 bytes; the rest was not kept.</translation>
    </message>
    <message>
        <source>Imported from a HAR</source>
        <translation>Imported from a HAR</translation>
    </message>
    <message>
        <source>Not a HAR file: it is not valid JSON (%1 at byte %2).</source>
        <translation>Not a HAR file: it is not valid JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <source>Not a HAR file: there is no log with entries in it.</source>
        <translation>Not a HAR file: there is no log with entries in it.</translation>
    </message>
    <message>
        <source>Not a HAR file: an entry has no request.</source>
        <translation>Not a HAR file: an entry has no request.</translation>
    </message>
    <message>
        <source>The first %1 bytes, with the token in it replaced by its fingerprint; the server sent %2 bytes, the rest was not kept.</source>
        <translation>The first %1 bytes, with the token in it replaced by its fingerprint; the server sent %2 bytes, the rest was not kept.</translation>
    </message>
    <message>
        <source>The whole answer, with the token in it replaced by its fingerprint (the server sent %1 bytes).</source>
        <translation>The whole answer, with the token in it replaced by its fingerprint (the server sent %1 bytes).</translation>
    </message>
</context>
<context>
    <name>HeaderCheck</name>
    <message>
        <source>The header name &quot;%1&quot; is not a valid HTTP header name.</source>
        <translation>The header name &quot;%1&quot; is not a valid HTTP header name.</translation>
    </message>
    <message>
        <source>The %1 header contains a control character, %2, at position %3: a header cannot carry it, and a line break would start another header. Nothing was sent. Copy the value again as one line (header.invalid-chars).</source>
        <translation>The %1 header contains a control character, %2, at position %3: a header cannot carry it, and a line break would start another header. Nothing was sent. Copy the value again as one line (header.invalid-chars).</translation>
    </message>
    <message>
        <source>Not a header line: &quot;%1&quot; (expected Name: value)</source>
        <translation>Not a header line: &quot;%1&quot; (expected Name: value)</translation>
    </message>
    <message>
        <source>Choose the Authorization variant in the Authorization menu, not as an extra header.</source>
        <translation>Choose the Authorization variant in the Authorization menu, not as an extra header.</translation>
    </message>
</context>
<context>
    <name>HeadersModel</name>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message numerus="yes">
        <source>the %n selected call(s)</source>
        <translation>
            <numerusform>the %n selected call</numerusform>
            <numerusform>the %n selected calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n call(s) the log shows</source>
        <translation>
            <numerusform>the %n call the log shows</numerusform>
            <numerusform>the %n calls the log shows</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no calls to export.</source>
        <translation>There are no calls to export.</translation>
    </message>
    <message>
        <source>Export %1 as HAR</source>
        <translation>Export %1 as HAR</translation>
    </message>
    <message>
        <source>HTTP Archive (*.har)</source>
        <translation>HTTP Archive (*.har)</translation>
    </message>
    <message>
        <source>The HAR could not be written to %1: %2</source>
        <translation>The HAR could not be written to %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 to %2, redacted (no token, secret or key).</source>
        <translation>Wrote %1 to %2, redacted (no token, secret or key).</translation>
    </message>
    <message>
        <source>Import a HAR file</source>
        <translation>Import a HAR file</translation>
    </message>
    <message>
        <source>HTTP Archive (*.har *.json);;All files (*)</source>
        <translation>HTTP Archive (*.har *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GiB: too large to import.</source>
        <translation>%1 is larger than 1 GiB: too large to import.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>HAR %1</source>
        <translation>HAR %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n call(s) from %1.</source>
        <translation>
            <numerusform>Imported %n call from %1.</numerusform>
            <numerusform>Imported %n calls from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret header value(s) (Authorization, Cookie…) were in clear in the file; they are redacted here, as the explorer&apos;s own calls are.</source>
        <translation>
            <numerusform>%n secret header value (Authorization, Cookie…) were in clear in the file; they are redacted here, as the explorer&apos;s own calls are.</numerusform>
            <numerusform>%n secret header values (Authorization, Cookie…) were in clear in the file; they are redacted here, as the explorer&apos;s own calls are.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no stored history to clear (%1).</source>
        <translation>There is no stored history to clear (%1).</translation>
    </message>
    <message>
        <source>it is not open</source>
        <translation>it is not open</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Clear history</translation>
    </message>
    <message>
        <source>Remove stored calls from %1? The call log of this session is not changed.</source>
        <translation>Remove stored calls from %1? The call log of this session is not changed.</translation>
    </message>
    <message>
        <source>Only &quot;%1&quot;</source>
        <translation>Only &quot;%1&quot;</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>All servers</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n stored call(s).</source>
        <translation>
            <numerusform>Removed %n stored call.</numerusform>
            <numerusform>Removed %n stored calls.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no calls for a support bundle yet.</source>
        <translation>There are no calls for a support bundle yet.</translation>
    </message>
    <message>
        <source>Saved the support bundle with %1 to %2.</source>
        <translation>Saved the support bundle with %1 to %2.</translation>
    </message>
    <message numerus="yes">
        <source>the %n stored call(s) the filter selects</source>
        <translation>
            <numerusform>the %n stored call the filter selects</numerusform>
            <numerusform>the %n stored calls the filter selects</numerusform>
        </translation>
    </message>
    <message>
        <source>That call is no longer in the history.</source>
        <translation>That call is no longer in the history.</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <source>Status class</source>
        <translation>Status class</translation>
    </message>
    <message>
        <source>Diagnosis code</source>
        <translation>Diagnosis code</translation>
    </message>
    <message>
        <source>Cause code</source>
        <translation>Cause code</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Server profile</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP method</translation>
    </message>
    <message>
        <source>Put the selected stored call in the call log, with its diagnosis and panes (Enter)</source>
        <translation>Put the selected stored call in the call log, with its diagnosis and panes (Enter)</translation>
    </message>
    <message>
        <source>The calls this filter selects (the newest 5,000 at most) as HAR 1.2, redacted</source>
        <translation>The calls this filter selects (the newest 5,000 at most) as HAR 1.2, redacted</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx success</translation>
    </message>
    <message>
        <source>3xx redirect</source>
        <translation>3xx redirect</translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation>4xx client error</translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation>5xx server error</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Any cause</source>
        <translation>Any cause</translation>
    </message>
    <message numerus="yes">
        <source>%n stored call(s)</source>
        <translation>
            <numerusform>%n stored call</numerusform>
            <numerusform>%n stored calls</numerusform>
        </translation>
    </message>
    <message>
        <source>No call history: %1</source>
        <translation>No call history: %1</translation>
    </message>
    <message>
        <source>it is not open</source>
        <translation>it is not open</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>All sessions</translation>
    </message>
    <message numerus="yes">
        <source>This session (%n call(s))</source>
        <translation>
            <numerusform>This session (%n call)</numerusform>
            <numerusform>This session (%n calls)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n call(s))</source>
        <translation>
            <numerusform>%1 (%n call)</numerusform>
            <numerusform>%1 (%n calls)</numerusform>
        </translation>
    </message>
    <message>
        <source>Any diagnosis</source>
        <translation>Any diagnosis</translation>
    </message>
    <message>
        <source>Any server</source>
        <translation>Any server</translation>
    </message>
    <message>
        <source>Any host</source>
        <translation>Any host</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Any method</translation>
    </message>
    <message>
        <source>Stored calls</source>
        <translation>Stored calls</translation>
    </message>
    <message>
        <source>The call history: one row per stored call, newest first</source>
        <translation>The call history: one row per stored call, newest first</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <source>Export as HAR…</source>
        <translation>Export as HAR…</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Find:</translation>
    </message>
    <message>
        <source>Show in log</source>
        <translation>Show in log</translation>
    </message>
    <message>
        <source>URL, diagnosis, status, any id or a note</source>
        <translation>URL, diagnosis, status, any id or a note</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The folder for the call history, %1, cannot be created: this session&apos;s calls are kept in memory only.</source>
        <translation>The folder for the call history, %1, cannot be created: this session&apos;s calls are kept in memory only.</translation>
    </message>
    <message>
        <source>The call history %1 cannot be created (%2): this session&apos;s calls are kept in memory only.</source>
        <translation>The call history %1 cannot be created (%2): this session&apos;s calls are kept in memory only.</translation>
    </message>
    <message>
        <source>The call history %1 cannot be read (%2): this session&apos;s calls are kept in memory only.</source>
        <translation>The call history %1 cannot be read (%2): this session&apos;s calls are kept in memory only.</translation>
    </message>
    <message>
        <source>The call history %1 is damaged (it is not an SQLite database). It was left as it is; move it away to start a new history. This session&apos;s calls are kept in memory only.</source>
        <translation>The call history %1 is damaged (it is not an SQLite database). It was left as it is; move it away to start a new history. This session&apos;s calls are kept in memory only.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing (Debian package libqt6sql6-sqlite): this session&apos;s calls are kept in memory only.</source>
        <translation>Qt&apos;s SQLite driver is missing (Debian package libqt6sql6-sqlite): this session&apos;s calls are kept in memory only.</translation>
    </message>
    <message>
        <source>The call history %1 cannot be opened (%2): this session&apos;s calls are kept in memory only.</source>
        <translation>The call history %1 cannot be opened (%2): this session&apos;s calls are kept in memory only.</translation>
    </message>
    <message>
        <source>The call history %1 is locked or damaged (%2): this session&apos;s calls are kept in memory only; the file was not changed.</source>
        <translation>The call history %1 is locked or damaged (%2): this session&apos;s calls are kept in memory only; the file was not changed.</translation>
    </message>
    <message>
        <source>The call history %1 is damaged (%2). It was left as it is; move it away to start a new history. This session&apos;s calls are kept in memory only.</source>
        <translation>The call history %1 is damaged (%2). It was left as it is; move it away to start a new history. This session&apos;s calls are kept in memory only.</translation>
    </message>
    <message>
        <source>The call history %1 cannot be written (%2): this session&apos;s calls are kept in memory only.</source>
        <translation>The call history %1 cannot be written (%2): this session&apos;s calls are kept in memory only.</translation>
    </message>
    <message>
        <source>The call history %1 was written by a newer version of the explorer (schema %2; this one knows %3). It was left as it is; this session&apos;s calls are kept in memory only.</source>
        <translation>The call history %1 was written by a newer version of the explorer (schema %2; this one knows %3). It was left as it is; this session&apos;s calls are kept in memory only.</translation>
    </message>
    <message>
        <source>The call history %1 is locked (%2): this session&apos;s calls are kept in memory only.</source>
        <translation>The call history %1 is locked (%2): this session&apos;s calls are kept in memory only.</translation>
    </message>
    <message>
        <source>The call history %1 could not be brought to schema %2 (%3): this session&apos;s calls are kept in memory only.</source>
        <translation>The call history %1 could not be brought to schema %2 (%3): this session&apos;s calls are kept in memory only.</translation>
    </message>
    <message>
        <source>The note could not be written to the call history %1 (%2).</source>
        <translation>The note could not be written to the call history %1 (%2).</translation>
    </message>
</context>
<context>
    <name>HistoryWriter</name>
    <message>
        <source>The call history %1 cannot be opened for writing (%2): calls from now on are kept in memory only.</source>
        <translation>The call history %1 cannot be opened for writing (%2): calls from now on are kept in memory only.</translation>
    </message>
</context>
<context>
    <name>HopOutcome</name>
    <message>
        <source>No data for %1 ms</source>
        <translation>No data for %1 ms</translation>
    </message>
    <message>
        <source>The server closed the connection without an answer after it received the request; sent again, it found nothing listening there (%1): the server stopped or crashed meanwhile.</source>
        <translation>The server closed the connection without an answer after it received the request; sent again, it found nothing listening there (%1): the server stopped or crashed meanwhile.</translation>
    </message>
    <message>
        <source>The body ended after %1 of the %2 bytes its Content-Length announced.</source>
        <translation>The body ended after %1 of the %2 bytes its Content-Length announced.</translation>
    </message>
    <message>
        <source>The compressed body (Content-Encoding: %1) ended before the end of its stream, after %2 bytes.</source>
        <translation>The compressed body (Content-Encoding: %1) ended before the end of its stream, after %2 bytes.</translation>
    </message>
    <message>
        <source>The chunked body ended before its first byte, but it is declared as %1, which cannot be empty: the chunk framing is broken (an unreadable chunk size ends the body for Qt) or the server sent an empty document.</source>
        <translation>The chunked body ended before its first byte, but it is declared as %1, which cannot be empty: the chunk framing is broken (an unreadable chunk size ends the body for Qt) or the server sent an empty document.</translation>
    </message>
    <message>
        <source>The chunked body looks cut off: %1 (after %2 bytes).</source>
        <translation>The chunked body looks cut off: %1 (after %2 bytes).</translation>
    </message>
</context>
<context>
    <name>HttpFileAppend</name>
    <message>
        <source>The request holds the token in clear; it was not saved (a token is never kept in a file: {{token}} stands for it).</source>
        <translation>The request holds the token in clear; it was not saved (a token is never kept in a file: {{token}} stands for it).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>HttpFileParser</name>
    <message>
        <source>This block has expectations or @no-auth but no request line (METHOD URL).</source>
        <translation>This block has expectations or @no-auth but no request line (METHOD URL).</translation>
    </message>
    <message>
        <source>A file variable is written @name = value.</source>
        <translation>A file variable is written @name = value.</translation>
    </message>
    <message>
        <source>@token cannot be set in a file: {{token}} is the profile&apos;s token, and a token is never kept in a file.</source>
        <translation>@token cannot be set in a file: {{token}} is the profile&apos;s token, and a token is never kept in a file.</translation>
    </message>
    <message>
        <source>@%1 holds what looks like a token (%2): a token is never kept in a file. Use {{token}}, the profile&apos;s token, or give the value from an environment.</source>
        <translation>@%1 holds what looks like a token (%2): a token is never kept in a file. Use {{token}}, the profile&apos;s token, or give the value from an environment.</translation>
    </message>
    <message>
        <source>@%1 is defined twice (first on line %2).</source>
        <translation>@%1 is defined twice (first on line %2).</translation>
    </message>
    <message>
        <source>Write the method in capitals: %1.</source>
        <translation>Write the method in capitals: %1.</translation>
    </message>
    <message>
        <source>Not a request line: write METHOD URL, for example GET Group/1 (a header needs a request line above it).</source>
        <translation>Not a request line: write METHOD URL, for example GET Group/1 (a header needs a request line above it).</translation>
    </message>
    <message>
        <source>Not a header (Name: value); a blank line must come before the body.</source>
        <translation>Not a header (Name: value); a blank line must come before the body.</translation>
    </message>
    <message>
        <source>The %1 header holds what looks like a token (%2): a token is never kept in a file, and only the Authorization header carries one.</source>
        <translation>The %1 header holds what looks like a token (%2): a token is never kept in a file, and only the Authorization header carries one.</translation>
    </message>
    <message>
        <source>@%1 is the token of the Authorization header on line %2, and a token is never kept in a file: give it from an environment, or use {{token}}, the profile&apos;s token.</source>
        <translation>@%1 is the token of the Authorization header on line %2, and a token is never kept in a file: give it from an environment, or use {{token}}, the profile&apos;s token.</translation>
    </message>
</context>
<context>
    <name>HttpFileWriter</name>
    <message>
        <source>Not converted (scripts are not run): %1</source>
        <translation>Not converted (scripts are not run): %1</translation>
    </message>
    <message>
        <source>Request %1: its URL was put on one line.</source>
        <translation>Request %1: its URL was put on one line.</translation>
    </message>
    <message>
        <source>Request %1: its Authorization value was not written (a token is never kept in a file); it sends {{token}}, the profile&apos;s token.</source>
        <translation>Request %1: its Authorization value was not written (a token is never kept in a file); it sends {{token}}, the profile&apos;s token.</translation>
    </message>
    <message>
        <source>Request %1: body lines starting with # or // were indented by one space, or they would be comments.</source>
        <translation>Request %1: body lines starting with # or // were indented by one space, or they would be comments.</translation>
    </message>
    <message>
        <source>Not kept in this file, because they carry a token: %1. Give them from an environment (fhir-bulk run --env or --var), or use {{token}}, the profile&apos;s token.</source>
        <translation>Not kept in this file, because they carry a token: %1. Give them from an environment (fhir-bulk run --env or --var), or use {{token}}, the profile&apos;s token.</translation>
    </message>
    <message>
        <source>The variable %1 was put on one line.</source>
        <translation>The variable %1 was put on one line.</translation>
    </message>
    <message>
        <source>Folder %1 of the collection %2</source>
        <translation>Folder %1 of the collection %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel (Ctrl+0)</source>
        <translation>One image pixel per screen pixel (Ctrl+0)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>As large as the view allows</source>
        <translation>As large as the view allows</translation>
    </message>
    <message>
        <source>The bytes could not be read as an image.</source>
        <translation>The bytes could not be read as an image.</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 pixels · %4</source>
        <translation>%1 · %2 × %3 pixels · %4</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>left to resume later</source>
        <translation>left to resume later</translation>
    </message>
</context>
<context>
    <name>JobsController</name>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Double-click a job to show its window.</source>
        <translation>Double-click a job to show its window.</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished export(s) on this server: Request → Resume unfinished export.</source>
        <translation>
            <numerusform>%n unfinished export on this server: Request → Resume unfinished export.</numerusform>
            <numerusform>%n unfinished exports on this server: Request → Resume unfinished export.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message numerus="yes">
        <source>%n export(s) still running. Cancel them on the server (a DELETE each), leave them running there to resume later (Request → Resume unfinished export), or don&apos;t quit?</source>
        <translation>
            <numerusform>%n export still running. Cancel them on the server (a DELETE each), leave them running there to resume later (Request → Resume unfinished export), or don&apos;t quit?</numerusform>
            <numerusform>%n exports still running. Cancel them on the server (a DELETE each), leave them running there to resume later (Request → Resume unfinished export), or don&apos;t quit?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel on the server</source>
        <translation>Cancel on the server</translation>
    </message>
    <message>
        <source>Leave them to resume later</source>
        <translation>Leave them to resume later</translation>
    </message>
    <message>
        <source>Don&apos;t quit</source>
        <translation>Don&apos;t quit</translation>
    </message>
    <message numerus="yes">
        <source>Cancelling %n export(s) on the server; quitting when the server has answered.</source>
        <translation>
            <numerusform>Cancelling %n export on the server; quitting when the server has answered.</numerusform>
            <numerusform>Cancelling %n exports on the server; quitting when the server has answered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still have exports running on the server (a conformance run cancels the exports it started when it ends). Cancel them on the server (a DELETE each), leave them running there (export jobs can be resumed later), or don&apos;t quit?</source>
        <translation>
            <numerusform>%n job still have exports running on the server (a conformance run cancels the exports it started when it ends). Cancel them on the server (a DELETE each), leave them running there (export jobs can be resumed later), or don&apos;t quit?</numerusform>
            <numerusform>%n jobs still have exports running on the server (a conformance run cancels the exports it started when it ends). Cancel them on the server (a DELETE each), leave them running there (export jobs can be resumed later), or don&apos;t quit?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) of saved requests still running: quitting cancels the request under way and sends nothing more.</source>
        <translation>
            <numerusform>%n run of saved requests still running: quitting cancels the request under way and sends nothing more.</numerusform>
            <numerusform>%n runs of saved requests still running: quitting cancels the request under way and sends nothing more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>Stop and quit</translation>
    </message>
</context>
<context>
    <name>JobsModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
</context>
<context>
    <name>Judge</name>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>no answer (%1)</translation>
    </message>
    <message>
        <source>answered %1, expected %2</source>
        <translation>answered %1, expected %2</translation>
    </message>
    <message>
        <source>Content-Type is &quot;%1&quot;, expected %2</source>
        <translation>Content-Type is &quot;%1&quot;, expected %2</translation>
    </message>
    <message>
        <source>no %1 header, expected &quot;%2&quot;</source>
        <translation>no %1 header, expected &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, expected &quot;%3&quot;</source>
        <translation>%1 is &quot;%2&quot;, expected &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the body is not an OperationOutcome in JSON</source>
        <translation>the body is not an OperationOutcome in JSON</translation>
    </message>
    <message>
        <source>the OperationOutcome has no issue</source>
        <translation>the OperationOutcome has no issue</translation>
    </message>
    <message>
        <source>the body is not JSON (%1 at byte %2)</source>
        <translation>the body is not JSON (%1 at byte %2)</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>the body is not a JSON object</translation>
    </message>
    <message>
        <source>the body&apos;s &quot;%1&quot; is &quot;%2&quot;, expected &quot;%3&quot;</source>
        <translation>the body&apos;s &quot;%1&quot; is &quot;%2&quot;, expected &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the body is not an OperationOutcome with an issue</source>
        <translation>the body is not an OperationOutcome with an issue</translation>
    </message>
    <message>
        <source>the first issue lacks severity, code or diagnostics</source>
        <translation>the first issue lacks severity, code or diagnostics</translation>
    </message>
    <message>
        <source>diagnostics is &quot;%1&quot;, expected &quot;%2…&quot;</source>
        <translation>diagnostics is &quot;%1&quot;, expected &quot;%2…&quot;</translation>
    </message>
    <message>
        <source>no X-Request-ID header</source>
        <translation>no X-Request-ID header</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyboardAccess</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear: %1</source>
        <translation>Clear: %1</translation>
    </message>
</context>
<context>
    <name>LenientChecks</name>
    <message>
        <source>error item %1 has type &quot;%2&quot;, not OperationOutcome</source>
        <translation>error item %1 has type &quot;%2&quot;, not OperationOutcome</translation>
    </message>
    <message>
        <source>Conformance: download an error file of the manifest</source>
        <translation>Conformance: download an error file of the manifest</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) are not an OperationOutcome</source>
        <translation>
            <numerusform>%1: %n line are not an OperationOutcome</numerusform>
            <numerusform>%1: %n lines are not an OperationOutcome</numerusform>
        </translation>
    </message>
    <message>
        <source>Conformance: export kick-off with handling=lenient</source>
        <translation>Conformance: export kick-off with handling=lenient</translation>
    </message>
    <message>
        <source>the unsupported parameter was ignored</source>
        <translation>the unsupported parameter was ignored</translation>
    </message>
    <message>
        <source>refused with %1 and an OperationOutcome: lenient handling not offered</source>
        <translation>refused with %1 and an OperationOutcome: lenient handling not offered</translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation>answered %1</translation>
    </message>
    <message>
        <source>the lenient kick-off was refused</source>
        <translation>the lenient kick-off was refused</translation>
    </message>
    <message>
        <source>the manifest lists no error file (nothing to report)</source>
        <translation>the manifest lists no error file (nothing to report)</translation>
    </message>
</context>
<context>
    <name>LevelChecks</name>
    <message>
        <source>Patient-level</source>
        <translation>Patient-level</translation>
    </message>
    <message>
        <source>system-level</source>
        <translation>system-level</translation>
    </message>
    <message>
        <source>Conformance: read the CapabilityStatement for the export levels</source>
        <translation>Conformance: read the CapabilityStatement for the export levels</translation>
    </message>
    <message>
        <source>no CapabilityStatement to say which levels are offered: metadata answered %1</source>
        <translation>no CapabilityStatement to say which levels are offered: metadata answered %1</translation>
    </message>
    <message>
        <source>the CapabilityStatement offers neither Patient-level nor system-level $export (this server exports by Group only)</source>
        <translation>the CapabilityStatement offers neither Patient-level nor system-level $export (this server exports by Group only)</translation>
    </message>
    <message>
        <source>offered and accepted: %1</source>
        <translation>offered and accepted: %1</translation>
    </message>
    <message>
        <source>Conformance: %1 export kick-off</source>
        <translation>Conformance: %1 export kick-off</translation>
    </message>
    <message>
        <source>%1 $export is offered but answered %2 (expected 202 with an absolute Content-Location)</source>
        <translation>%1 $export is offered but answered %2 (expected 202 with an absolute Content-Location)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FHIR Bulk Explorer</source>
        <translation>FHIR Bulk Explorer</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Request</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>S&amp;ettings</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>&amp;Cancel request</translation>
    </message>
    <message>
        <source>Go to &amp;address bar</source>
        <translation>Go to &amp;address bar</translation>
    </message>
    <message>
        <source>Copy selected call as c&amp;url</source>
        <translation>Copy selected call as c&amp;url</translation>
    </message>
    <message>
        <source>Copy selected call&apos;s X-Request-&amp;ID</source>
        <translation>Copy selected call&apos;s X-Request-&amp;ID</translation>
    </message>
    <message>
        <source>Read &amp;CapabilityStatement</source>
        <translation>Read &amp;CapabilityStatement</translation>
    </message>
    <message>
        <source>&amp;Add server profile…</source>
        <translation>&amp;Add server profile…</translation>
    </message>
    <message>
        <source>&amp;Remove server profile</source>
        <translation>&amp;Remove server profile</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Diagnosis codes</source>
        <translation>&amp;Diagnosis codes</translation>
    </message>
    <message>
        <source>&amp;About FHIR Bulk Explorer</source>
        <translation>&amp;About FHIR Bulk Explorer</translation>
    </message>
    <message>
        <source>Copy as curl with token</source>
        <translation>Copy as curl with token</translation>
    </message>
    <message>
        <source>The token of this call is no longer the current token, so it cannot be filled in. The redacted command was not changed.</source>
        <translation>The token of this call is no longer the current token, so it cannot be filled in. The redacted command was not changed.</translation>
    </message>
    <message>
        <source>The command will contain the access token in clear. Anyone who sees it can call the API as you until the token expires. Copy it anyway?</source>
        <translation>The command will contain the access token in clear. Anyone who sees it can call the API as you until the token expires. Copy it anyway?</translation>
    </message>
    <message>
        <source>Copied the curl command WITH the token. Clear your clipboard after use.</source>
        <translation>Copied the curl command WITH the token. Clear your clipboard after use.</translation>
    </message>
    <message>
        <source>No OS keychain is available (%1). Tokens are kept for this session only and are forgotten when you quit; nothing is written to disk.</source>
        <translation>No OS keychain is available (%1). Tokens are kept for this session only and are forgotten when you quit; nothing is written to disk.</translation>
    </message>
    <message>
        <source>Inspect &amp;token…</source>
        <translation>Inspect &amp;token…</translation>
    </message>
    <message>
        <source>Check token &amp;health</source>
        <translation>Check token &amp;health</translation>
    </message>
    <message>
        <source>&amp;Sandbox panel…</source>
        <translation>&amp;Sandbox panel…</translation>
    </message>
    <message>
        <source>The Sandbox&apos;s address, demo credentials and scenario switches</source>
        <translation>The Sandbox&apos;s address, demo credentials and scenario switches</translation>
    </message>
    <message>
        <source>&amp;Export a Group…</source>
        <translation>&amp;Export a Group…</translation>
    </message>
    <message>
        <source>&amp;Resume unfinished export</source>
        <translation>&amp;Resume unfinished export</translation>
    </message>
    <message>
        <source>From the server&apos;s CapabilityStatement (View → Server capabilities)</source>
        <translation>From the server&apos;s CapabilityStatement (View → Server capabilities)</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Open file…</translation>
    </message>
    <message>
        <source>Open a FHIR resource, NDJSON or other content</source>
        <translation>Open a FHIR resource, NDJSON or other content</translation>
    </message>
    <message>
        <source>Preview &amp;content</source>
        <translation>Preview &amp;content</translation>
    </message>
    <message>
        <source>The selected call&apos;s answer in the content viewer: a Binary decoded, any resource as a tree, NDJSON line by line</source>
        <translation>The selected call&apos;s answer in the content viewer: a Binary decoded, any resource as a tree, NDJSON line by line</translation>
    </message>
    <message>
        <source>Select a call with an answer first (e.g. GET Binary/1).</source>
        <translation>Select a call with an answer first (e.g. GET Binary/1).</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <source>The folder with this run&apos;s log and the previous one&apos;s (no tokens are logged)</source>
        <translation>The folder with this run&apos;s log and the previous one&apos;s (no tokens are logged)</translation>
    </message>
    <message>
        <source>&amp;Import HAR…</source>
        <translation>&amp;Import HAR…</translation>
    </message>
    <message>
        <source>Show the calls of a HAR file (from a colleague, a browser&apos;s devtools or this explorer) in the call log, diagnosed</source>
        <translation>Show the calls of a HAR file (from a colleague, a browser&apos;s devtools or this explorer) in the call log, diagnosed</translation>
    </message>
    <message>
        <source>&amp;Export calls as HAR…</source>
        <translation>&amp;Export calls as HAR…</translation>
    </message>
    <message>
        <source>The selected calls (or all the log shows) as an HTTP Archive, redacted, with each call&apos;s diagnosis</source>
        <translation>The selected calls (or all the log shows) as an HTTP Archive, redacted, with each call&apos;s diagnosis</translation>
    </message>
    <message>
        <source>Clear &amp;history…</source>
        <translation>Clear &amp;history…</translation>
    </message>
    <message>
        <source>Remove the stored calls: all of them, or this server&apos;s</source>
        <translation>Remove the stored calls: all of them, or this server&apos;s</translation>
    </message>
    <message>
        <source>Create &amp;support bundle…</source>
        <translation>Create &amp;support bundle…</translation>
    </message>
    <message>
        <source>One file for vendor support: the selected calls (or all the log shows) as HAR with a summary, previewed before saving, never the token</source>
        <translation>One file for vendor support: the selected calls (or all the log shows) as HAR with a summary, previewed before saving, never the token</translation>
    </message>
    <message>
        <source>The keychain did not store the token: %1</source>
        <translation>The keychain did not store the token: %1</translation>
    </message>
    <message>
        <source>The keychain did not store the token (%1). It stays usable in this session but will be gone after a restart: unlock the keyring (on GNOME: Passwords and Keys, the Login keyring), then edit the token to save it again.</source>
        <translation>The keychain did not store the token (%1). It stays usable in this session but will be gone after a restart: unlock the keyring (on GNOME: Passwords and Keys, the Login keyring), then edit the token to save it again.</translation>
    </message>
    <message>
        <source>— %1 %2 · FHIR %3 · %4</source>
        <translation>— %1 %2 · FHIR %3 · %4</translation>
    </message>
    <message>
        <source>— no CapabilityStatement</source>
        <translation>— no CapabilityStatement</translation>
    </message>
    <message>
        <source>Loaded &quot;%1&quot; into the request bar.</source>
        <translation>Loaded &quot;%1&quot; into the request bar.</translation>
    </message>
</context>
<context>
    <name>NdjsonIndex</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Reading stopped: %1</source>
        <translation>Reading stopped: %1</translation>
    </message>
    <message>
        <source>(no resourceType)</source>
        <translation>(no resourceType)</translation>
    </message>
</context>
<context>
    <name>NdjsonLinesModel</name>
    <message>
        <source>Not a resource.</source>
        <translation>Not a resource.</translation>
    </message>
    <message>
        <source>⚠ problem</source>
        <translation>⚠ problem</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>resourceType</source>
        <translation>resourceType</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
</context>
<context>
    <name>NdjsonPane</name>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <source>NDJSON lines</source>
        <translation>NDJSON lines</translation>
    </message>
    <message>
        <source>Selected line, pretty-printed</source>
        <translation>Selected line, pretty-printed</translation>
    </message>
    <message>
        <source>Select a line to see it pretty-printed</source>
        <translation>Select a line to see it pretty-printed</translation>
    </message>
    <message>
        <source>Lines that are not resources</source>
        <translation>Lines that are not resources</translation>
    </message>
    <message>
        <source>Lines that are not a resource; double-click one to go to it</source>
        <translation>Lines that are not a resource; double-click one to go to it</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>All lines</translation>
    </message>
    <message>
        <source>Problem lines only</source>
        <translation>Problem lines only</translation>
    </message>
    <message>
        <source>Reading the lines…</source>
        <translation>Reading the lines…</translation>
    </message>
    <message>
        <source>Reading: %1 lines so far (%2 %)…</source>
        <translation>Reading: %1 lines so far (%2 %)…</translation>
    </message>
    <message>
        <source>%1 lines: %2. Lines that are not a resource: %3.</source>
        <translation>%1 lines: %2. Lines that are not a resource: %3.</translation>
    </message>
    <message>
        <source>no resources</source>
        <translation>no resources</translation>
    </message>
    <message>
        <source>The first %1 problems are listed.</source>
        <translation>The first %1 problems are listed.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Line %1 is %2; its first 4 MiB as written:</source>
        <translation>Line %1 is %2; its first 4 MiB as written:</translation>
    </message>
</context>
<context>
    <name>NdjsonScanner</name>
    <message>
        <source>An empty line (NDJSON has one resource on every line).</source>
        <translation>An empty line (NDJSON has one resource on every line).</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>Not valid JSON: %1</translation>
    </message>
    <message>
        <source>Valid JSON, but not an object (a resource is a JSON object).</source>
        <translation>Valid JSON, but not an object (a resource is a JSON object).</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note on call #%1</source>
        <translation>Note on call #%1</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>no answer (%1)</translation>
    </message>
    <message>
        <source>%1 %2 → %3 · %4</source>
        <translation>%1 %2 → %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Note (kept in the history, in HAR files as the entry&apos;s comment and in reports):</source>
        <translation>&amp;Note (kept in the history, in HAR files as the entry&apos;s comment and in reports):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>What you found: &quot;403 on Preview only&quot;, a ticket number, what to try next</source>
        <translation>What you found: &quot;403 on Preview only&quot;, a ticket number, what to try next</translation>
    </message>
    <message>
        <source>A token pasted here is replaced by its length and fingerprint. An empty note removes it.</source>
        <translation>A token pasted here is replaced by its length and fingerprint. An empty note removes it.</translation>
    </message>
    <message>
        <source>Keep the note (Ctrl+Return)</source>
        <translation>Keep the note (Ctrl+Return)</translation>
    </message>
</context>
<context>
    <name>OutcomeIssuesModel</name>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Expression / location</source>
        <translation>Expression / location</translation>
    </message>
</context>
<context>
    <name>OutlineTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>ParameterChecks</name>
    <message>
        <source>needs the export without parameters, which was not run</source>
        <translation>needs the export without parameters, which was not run</translation>
    </message>
    <message>
        <source>needs the export without parameters: %1</source>
        <translation>needs the export without parameters: %1</translation>
    </message>
    <message>
        <source>%1 is in the files more than once</source>
        <translation>%1 is in the files more than once</translation>
    </message>
    <message>
        <source>the manifest lists no file</source>
        <translation>the manifest lists no file</translation>
    </message>
    <message>
        <source>Conformance: download a file that does not exist</source>
        <translation>Conformance: download a file that does not exist</translation>
    </message>
    <message>
        <source>answered %1, expected a 4xx or 5xx error</source>
        <translation>answered %1, expected a 4xx or 5xx error</translation>
    </message>
    <message>
        <source>the export without _type has neither Patient nor Observation files</source>
        <translation>the export without _type has neither Patient nor Observation files</translation>
    </message>
    <message>
        <source>%1 was exported, but not asked for</source>
        <translation>%1 was exported, but not asked for</translation>
    </message>
    <message>
        <source>no %1, although the export without _type has it (only one of the repeated values applied?)</source>
        <translation>no %1, although the export without _type has it (only one of the repeated values applied?)</translation>
    </message>
    <message>
        <source>the server refuses _typeFilter (%1)</source>
        <translation>the server refuses _typeFilter (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n Patient(s) are not female</source>
        <translation>
            <numerusform>%n Patient are not female</numerusform>
            <numerusform>%n Patients are not female</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Patient(s) of either filter missing (only one of the repeated values applied?)</source>
        <translation>
            <numerusform>%n Patient of either filter missing (only one of the repeated values applied?)</numerusform>
            <numerusform>%n Patients of either filter missing (only one of the repeated values applied?)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Patient(s) matching neither filter</source>
        <translation>
            <numerusform>%n Patient matching neither filter</numerusform>
            <numerusform>%n Patients matching neither filter</numerusform>
        </translation>
    </message>
    <message>
        <source>the export&apos;s resources carry no meta.lastUpdated</source>
        <translation>the export&apos;s resources carry no meta.lastUpdated</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) last updated before _since=%1</source>
        <translation>
            <numerusform>%n resource last updated before _since=%1</numerusform>
            <numerusform>%n resources last updated before _since=%1</numerusform>
        </translation>
    </message>
    <message>
        <source>_since=%1 (the median lastUpdated of the export without it)</source>
        <translation>_since=%1 (the median lastUpdated of the export without it)</translation>
    </message>
</context>
<context>
    <name>PictureMarks</name>
    <message>
        <source>Could not draw the picture.</source>
        <translation>Could not draw the picture.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>Save picture…</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG picture (*.png);;SVG drawing (*.svg)</translation>
    </message>
</context>
<context>
    <name>PostmanCollection</name>
    <message>
        <source>pre-request script (%1)</source>
        <translation>pre-request script (%1)</translation>
    </message>
    <message>
        <source>test script (%1)</source>
        <translation>test script (%1)</translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>folder %1</translation>
    </message>
    <message>
        <source>request</source>
        <translation>request</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is not a valid header name: left out.</source>
        <translation>The header &quot;%1&quot; is not a valid header name: left out.</translation>
    </message>
    <message>
        <source>The Authorization header written in the collection is not used (a token is never taken from a file): {{token}}, the profile&apos;s token, is sent instead.</source>
        <translation>The Authorization header written in the collection is not used (a token is never taken from a file): {{token}}, the profile&apos;s token, is sent instead.</translation>
    </message>
    <message>
        <source>The header %1 held what looks like a token: left out (a token is never taken from a file).</source>
        <translation>The header %1 held what looks like a token: left out (a token is never taken from a file).</translation>
    </message>
    <message>
        <source>The body (mode %1) is not converted: the request is sent without one.</source>
        <translation>The body (mode %1) is not converted: the request is sent without one.</translation>
    </message>
    <message>
        <source>The collection&apos;s auth of type %1 (%2) is not supported: the profile&apos;s token is sent as Bearer instead.</source>
        <translation>The collection&apos;s auth of type %1 (%2) is not supported: the profile&apos;s token is sent as Bearer instead.</translation>
    </message>
    <message>
        <source>The bearer token written in the collection (%1) is not used (a token is never taken from a file): {{token}}, the profile&apos;s token, is sent instead.</source>
        <translation>The bearer token written in the collection (%1) is not used (a token is never taken from a file): {{token}}, the profile&apos;s token, is sent instead.</translation>
    </message>
    <message>
        <source>The collection variable %1 carries a token: its value is not used (a token is never taken from a file). Give it from an environment, or use {{token}}, the profile&apos;s token.</source>
        <translation>The collection variable %1 carries a token: its value is not used (a token is never taken from a file). Give it from an environment, or use {{token}}, the profile&apos;s token.</translation>
    </message>
    <message>
        <source>Not a Postman collection: it is not valid JSON (%1 at byte %2).</source>
        <translation>Not a Postman collection: it is not valid JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <source>This is a Postman collection of format v1, which is not read here: export it from Postman as Collection v2.1.</source>
        <translation>This is a Postman collection of format v1, which is not read here: export it from Postman as Collection v2.1.</translation>
    </message>
    <message>
        <source>This is a Postman environment, not a collection: give it with --env.</source>
        <translation>This is a Postman environment, not a collection: give it with --env.</translation>
    </message>
    <message>
        <source>Not a Postman collection: there is no info and item in it.</source>
        <translation>Not a Postman collection: there is no info and item in it.</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>collection</translation>
    </message>
</context>
<context>
    <name>PostmanEnvironment</name>
    <message>
        <source>Not a Postman environment: it is not valid JSON (%1 at byte %2).</source>
        <translation>Not a Postman environment: it is not valid JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <source>This is a Postman collection, not an environment.</source>
        <translation>This is a Postman collection, not an environment.</translation>
    </message>
    <message>
        <source>Not a Postman environment: it has no values.</source>
        <translation>Not a Postman environment: it has no values.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Timeout without data:</source>
        <translation>&amp;Timeout without data:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A new language applies the next time the application starts.</source>
        <translation>A new language applies the next time the application starts.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Export &amp;wait limit:</source>
        <translation>Export &amp;wait limit:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>After this long without a finished export, polling stops and you are asked whether to keep waiting</source>
        <translation>After this long without a finished export, polling stops and you are asked whether to keep waiting</translation>
    </message>
    <message>
        <source>Send the token to a status URL on &amp;another host</source>
        <translation>Send the token to a status URL on &amp;another host</translation>
    </message>
    <message>
        <source>The Bulk Data IG sends the token to the status URL; one on another host than the server is unusual, so by default the token is withheld there</source>
        <translation>The Bulk Data IG sends the token to the status URL; one on another host than the server is unusual, so by default the token is withheld there</translation>
    </message>
    <message>
        <source>History: keep &amp;bodies up to:</source>
        <translation>History: keep &amp;bodies up to:</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>A longer body keeps its first part in the call history, and says so</source>
        <translation>A longer body keeps its first part in the call history, and says so</translation>
    </message>
    <message>
        <source>History: keep calls &amp;for:</source>
        <translation>History: keep calls &amp;for:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>forever</translation>
    </message>
    <message>
        <source>Older calls are removed when the explorer starts</source>
        <translation>Older calls are removed when the explorer starts</translation>
    </message>
    <message>
        <source>History: at &amp;most:</source>
        <translation>History: at &amp;most:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Beyond this, the oldest calls are removed when the explorer starts</source>
        <translation>Beyond this, the oldest calls are removed when the explorer starts</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>A&amp;ppearance:</translation>
    </message>
    <message>
        <source>Light or Dark use Qt&apos;s Fusion style with a palette of their own; Follow the system uses the desktop&apos;s</source>
        <translation>Light or Dark use Qt&apos;s Fusion style with a palette of their own; Follow the system uses the desktop&apos;s</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>a symbolic link</source>
        <translation>a symbolic link</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>a folder</translation>
    </message>
    <message>
        <source>a disk device</source>
        <translation>a disk device</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>a device</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>a named pipe (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>a file of another user</source>
        <translation>a file of another user</translation>
    </message>
    <message>
        <source>a file with another name too (a hard link)</source>
        <translation>a file with another name too (a hard link)</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>a file</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>the disk quota is used up</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>a part of the path is not a folder</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>the file system is read-only</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>it is a symbolic link, which is never followed</source>
        <translation>it is a symbolic link, which is never followed</translation>
    </message>
    <message>
        <source>the file is larger than this file system or its limit allows</source>
        <translation>the file is larger than this file system or its limit allows</translation>
    </message>
    <message>
        <source>an input/output error (the disk or the network file system)</source>
        <translation>an input/output error (the disk or the network file system)</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>the name is too long</translation>
    </message>
    <message>
        <source>the program reading from the pipe has stopped</source>
        <translation>the program reading from the pipe has stopped</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <source>it is a symbolic link (to %1): files are not written through links; name the file itself</source>
        <translation>it is a symbolic link (to %1): files are not written through links; name the file itself</translation>
    </message>
    <message>
        <source>it is a disk device: nothing is written to a disk as a whole</source>
        <translation>it is a disk device: nothing is written to a disk as a whole</translation>
    </message>
    <message>
        <source>it is %1, not a file</source>
        <translation>it is %1, not a file</translation>
    </message>
    <message>
        <source>it changed while being opened</source>
        <translation>it changed while being opened</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>the file is not open</translation>
    </message>
    <message>
        <source>there is %1 at %2: only a regular file is replaced</source>
        <translation>there is %1 at %2: only a regular file is replaced</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
    <message>
        <source>it is %1, not a folder</source>
        <translation>it is %1, not a folder</translation>
    </message>
    <message>
        <source>it belongs to another user</source>
        <translation>it belongs to another user</translation>
    </message>
    <message>
        <source>it is %1, not a download of this program&apos;s: it is left as it is (remove it to download the file again)</source>
        <translation>it is %1, not a download of this program&apos;s: it is left as it is (remove it to download the file again)</translation>
    </message>
</context>
<context>
    <name>ProfileConnector</name>
    <message>
        <source>The built-in Sandbox could not start on 127.0.0.1.</source>
        <translation>The built-in Sandbox could not start on 127.0.0.1.</translation>
    </message>
    <message>
        <source>The profile&apos;s CA bundle %1 is not used: no PEM certificate could be read (%2).</source>
        <translation>The profile&apos;s CA bundle %1 is not used: no PEM certificate could be read (%2).</translation>
    </message>
    <message>
        <source>The CA bundle %1 is not used: no PEM certificate could be read (%2).</source>
        <translation>The CA bundle %1 is not used: no PEM certificate could be read (%2).</translation>
    </message>
    <message>
        <source>The keychain did not give the proxy&apos;s password: %1</source>
        <translation>The keychain did not give the proxy&apos;s password: %1</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Add server profile</source>
        <translation>Add server profile</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Vendor staging</source>
        <translation>e.g. Vendor staging</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Base URL:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environment:</translation>
    </message>
    <message>
        <source>Production gets a red banner: real patient data</source>
        <translation>Production gets a red banner: real patient data</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Give the profile a name.</translation>
    </message>
    <message>
        <source>The base URL must be an http(s) URL with a host, such as https://example.org/fhir.</source>
        <translation>The base URL must be an http(s) URL with a host, such as https://example.org/fhir.</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>&amp;CA bundle:</translation>
    </message>
    <message>
        <source>Optional: CA certificates (a PEM file)</source>
        <translation>Optional: CA certificates (a PEM file)</translation>
    </message>
    <message>
        <source>For a server signed by a private CA, or reached through a TLS-intercepting proxy: its CA certificates, trusted besides the system&apos;s for this profile only</source>
        <translation>For a server signed by a private CA, or reached through a TLS-intercepting proxy: its CA certificates, trusted besides the system&apos;s for this profile only</translation>
    </message>
    <message>
        <source>CA certificates for this server</source>
        <translation>CA certificates for this server</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>The CA bundle cannot be used (%1): choose a PEM file of CA certificates, or leave the field empty.</source>
        <translation>The CA bundle cannot be used (%1): choose a PEM file of CA certificates, or leave the field empty.</translation>
    </message>
    <message>
        <source>A server of your own: its FHIR base URL (the part before Group/1 or metadata) and what kind of environment it is. Its token (and a proxy password) is kept in the OS keychain.</source>
        <translation>A server of your own: its FHIR base URL (the part before Group/1 or metadata) and what kind of environment it is. Its token (and a proxy password) is kept in the OS keychain.</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>How calls reach this server: the system&apos;s proxy settings (http_proxy, https_proxy, no_proxy, the desktop&apos;s), directly, or through a proxy of its own</source>
        <translation>How calls reach this server: the system&apos;s proxy settings (http_proxy, https_proxy, no_proxy, the desktop&apos;s), directly, or through a proxy of its own</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:port</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Proxy address</translation>
    </message>
    <message>
        <source>Proxy &amp;user:</source>
        <translation>Proxy &amp;user:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>kept in the keychain</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>System settings</translation>
    </message>
    <message>
        <source>None (direct)</source>
        <translation>None (direct)</translation>
    </message>
    <message>
        <source>HTTP(S) proxy</source>
        <translation>HTTP(S) proxy</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5 proxy</translation>
    </message>
    <message>
        <source>e.g. proxy.example.org:3128</source>
        <translation>e.g. proxy.example.org:3128</translation>
    </message>
    <message>
        <source>e.g. socks.example.org:1080</source>
        <translation>e.g. socks.example.org:1080</translation>
    </message>
    <message>
        <source>Write the proxy as host:port (e.g. proxy.example.org:3128), or choose &quot;System settings&quot;.</source>
        <translation>Write the proxy as host:port (e.g. proxy.example.org:3128), or choose &quot;System settings&quot;.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>&amp;Variables</source>
        <translation>&amp;Variables</translation>
    </message>
    <message>
        <source>{{name}} in saved requests, for this profile: the same .http file runs on the Sandbox, Preview and Production. Secret values are kept in the keychain, never in the settings, and may be used in an Authorization header only.</source>
        <translation>{{name}} in saved requests, for this profile: the same .http file runs on the Sandbox, Preview and Production. Secret values are kept in the keychain, never in the settings, and may be used in an Authorization header only.</translation>
    </message>
    <message>
        <source>Profile variables</source>
        <translation>Profile variables</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>A&amp;dd variable</source>
        <translation>A&amp;dd variable</translation>
    </message>
    <message>
        <source>Re&amp;move variable</source>
        <translation>Re&amp;move variable</translation>
    </message>
    <message>
        <source>empty: keep the keychain&apos;s value</source>
        <translation>empty: keep the keychain&apos;s value</translation>
    </message>
    <message>
        <source>(kept in the keychain)</source>
        <translation>(kept in the keychain)</translation>
    </message>
    <message>
        <source>Server profile: %1</source>
        <translation>Server profile: %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>A built-in profile: its server is fixed. Its variables are yours to set.</source>
        <translation>A built-in profile: its server is fixed. Its variables are yours to set.</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>secret</translation>
    </message>
    <message>
        <source>Kept in the keychain, shown masked, usable in an Authorization header only</source>
        <translation>Kept in the keychain, shown masked, usable in an Authorization header only</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Server &amp;profile and variables…</source>
        <translation>Server &amp;profile and variables…</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Sandbox: the built-in test server on this computer. Demo data only, no real patients. Try the Examples menu.</source>
        <translation>Sandbox: the built-in test server on this computer. Demo data only, no real patients. Try the Examples menu.</translation>
    </message>
    <message>
        <source>PRODUCTION: real patient data. Every call is logged by the vendor.</source>
        <translation>PRODUCTION: real patient data. Every call is logged by the vendor.</translation>
    </message>
    <message>
        <source>Preview environment (test data).</source>
        <translation>Preview environment (test data).</translation>
    </message>
    <message>
        <source>Custom server: %1</source>
        <translation>Custom server: %1</translation>
    </message>
    <message>
        <source>Added the server profile &quot;%1&quot;.</source>
        <translation>Added the server profile &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot;.</source>
        <translation>Saved the profile &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A built-in profile cannot pin a certificate: add a profile for this server (Settings → Add server profile…) and pin it there.</source>
        <translation>A built-in profile cannot pin a certificate: add a profile for this server (Settings → Add server profile…) and pin it there.</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Trust this certificate?</translation>
    </message>
    <message>
        <source>Calls of the profile &quot;%1&quot; will accept exactly this server certificate although its checks fail:

SHA-256 %2

Do this only after comparing the fingerprint with the server&apos;s owner (by phone, not by e-mail). A trusted CA (the profile&apos;s CA bundle) is the better fix; nothing else is accepted, and a renewed certificate must be trusted again.</source>
        <translation>Calls of the profile &quot;%1&quot; will accept exactly this server certificate although its checks fail:

SHA-256 %2

Do this only after comparing the fingerprint with the server&apos;s owner (by phone, not by e-mail). A trusted CA (the profile&apos;s CA bundle) is the better fix; nothing else is accepted, and a renewed certificate must be trusted again.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; now trusts the certificate %2. Send again.</source>
        <translation>The profile &quot;%1&quot; now trusts the certificate %2. Send again.</translation>
    </message>
    <message>
        <source>Remove server profile</source>
        <translation>Remove server profile</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its token in the keychain?</source>
        <translation>Remove the profile &quot;%1&quot; and its token in the keychain?</translation>
    </message>
    <message>
        <source>Removed the server profile &quot;%1&quot;.</source>
        <translation>Removed the server profile &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ProfileVariables</name>
    <message>
        <source>the profile &quot;%1&quot;</source>
        <translation>the profile &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The secret variable %1 of the profile &quot;%2&quot; cannot be read here (no keychain).</source>
        <translation>The secret variable %1 of the profile &quot;%2&quot; cannot be read here (no keychain).</translation>
    </message>
    <message>
        <source>The secret variable %1 of the profile &quot;%2&quot; has no value in the keychain%3: set it in Settings → Server profile and variables….</source>
        <translation>The secret variable %1 of the profile &quot;%2&quot; has no value in the keychain%3: set it in Settings → Server profile and variables….</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a variable name (letters, digits, _ . -; not starting with a digit).</source>
        <translation>Row %1: &quot;%2&quot; is not a variable name (letters, digits, _ . -; not starting with a digit).</translation>
    </message>
    <message>
        <source>Row %1: {{token}} is the profile&apos;s token (the token row), not a variable.</source>
        <translation>Row %1: {{token}} is the profile&apos;s token (the token row), not a variable.</translation>
    </message>
    <message>
        <source>Row %1: %2 is there twice.</source>
        <translation>Row %1: %2 is there twice.</translation>
    </message>
</context>
<context>
    <name>ProxySetting</name>
    <message>
        <source>&quot;%1&quot; is not a proxy: write http://HOST:PORT or socks5://HOST:PORT (or &quot;system&quot;, &quot;none&quot;).</source>
        <translation>&quot;%1&quot; is not a proxy: write http://HOST:PORT or socks5://HOST:PORT (or &quot;system&quot;, &quot;none&quot;).</translation>
    </message>
    <message>
        <source>the system&apos;s proxy settings</source>
        <translation>the system&apos;s proxy settings</translation>
    </message>
    <message>
        <source>no proxy (direct)</source>
        <translation>no proxy (direct)</translation>
    </message>
    <message>
        <source>HTTP proxy %1:%2</source>
        <translation>HTTP proxy %1:%2</translation>
    </message>
    <message>
        <source>SOCKS5 proxy %1:%2</source>
        <translation>SOCKS5 proxy %1:%2</translation>
    </message>
</context>
<context>
    <name>RecordFormatter</name>
    <message>
        <source>no answer (%1)</source>
        <translation>no answer (%1)</translation>
    </message>
    <message>
        <source>%1 %2 → %3 · %4 · %5 ms</source>
        <translation>%1 %2 → %3 · %4 · %5 ms</translation>
    </message>
    <message>
        <source>(redirect hop %1)</source>
        <translation>(redirect hop %1)</translation>
    </message>
    <message>
        <source>Authorization was not sent: this redirect leads to another origin.</source>
        <translation>Authorization was not sent: this redirect leads to another origin.</translation>
    </message>
    <message>
        <source>Token: %1 characters, SHA-256 fingerprint %2 (of the token alone)</source>
        <translation>Token: %1 characters, SHA-256 fingerprint %2 (of the token alone)</translation>
    </message>
    <message>
        <source>Authorization as sent: %1</source>
        <translation>Authorization as sent: %1</translation>
    </message>
    <message>
        <source>No answer: %1 (%2)</source>
        <translation>No answer: %1 (%2)</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>X-Request-ID sent</source>
        <translation>X-Request-ID sent</translation>
    </message>
    <message>
        <source>(%1 of binary content, %2)</source>
        <translation>(%1 of binary content, %2)</translation>
    </message>
    <message>
        <source>no Content-Type</source>
        <translation>no Content-Type</translation>
    </message>
    <message>
        <source>Connection: direct (no proxy, as set for this server)</source>
        <translation>Connection: direct (no proxy, as set for this server)</translation>
    </message>
    <message>
        <source>Connection: direct (the system&apos;s proxy settings name none for %1)</source>
        <translation>Connection: direct (the system&apos;s proxy settings name none for %1)</translation>
    </message>
    <message>
        <source>Connection: direct</source>
        <translation>Connection: direct</translation>
    </message>
    <message>
        <source>Connection: through the proxy %1 (from the system&apos;s proxy settings)</source>
        <translation>Connection: through the proxy %1 (from the system&apos;s proxy settings)</translation>
    </message>
    <message>
        <source>Connection: through the proxy %1 (set for this server)</source>
        <translation>Connection: through the proxy %1 (set for this server)</translation>
    </message>
    <message>
        <source>the server adopted it as its transaction id (X-Request-ID echoed)</source>
        <translation>the server adopted it as its transaction id (X-Request-ID echoed)</translation>
    </message>
    <message>
        <source>the server used its own id %1 and returned ours in X-Correlation-Id</source>
        <translation>the server used its own id %1 and returned ours in X-Correlation-Id</translation>
    </message>
    <message>
        <source>the server answered with another id, %1</source>
        <translation>the server answered with another id, %1</translation>
    </message>
    <message>
        <source>the answer carried no X-Request-ID (the API gateway answered before the FHIR server saw the call)</source>
        <translation>the answer carried no X-Request-ID (the API gateway answered before the FHIR server saw the call)</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>HAR files, this explorer&apos;s or a browser&apos;s.</source>
        <translation>HAR files, this explorer&apos;s or a browser&apos;s.</translation>
    </message>
    <message>
        <source>The report: Markdown (.md) or one HTML file (.html).</source>
        <translation>The report: Markdown (.md) or one HTML file (.html).</translation>
    </message>
    <message>
        <source>The report&apos;s title.</source>
        <translation>The report&apos;s title.</translation>
    </message>
    <message>
        <source>A report to hand on, from HAR files: per call the method, URL, status, time, diagnosis and causes, the ids that trace it, the headers (redacted) and the beginning of the body.</source>
        <translation>A report to hand on, from HAR files: per call the method, URL, status, time, diagnosis and causes, the ids that trace it, the headers (redacted) and the beginning of the body.</translation>
    </message>
    <message>
        <source>report takes HAR files and --out REPORT.md or --out REPORT.html.</source>
        <translation>report takes HAR files and --out REPORT.md or --out REPORT.html.</translation>
    </message>
    <message>
        <source>--out: the file must end in .md or .html (%1).</source>
        <translation>--out: the file must end in .md or .html (%1).</translation>
    </message>
    <message>
        <source>--out: the folder %1 does not exist.</source>
        <translation>--out: the folder %1 does not exist.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret header value(s) in the HAR were redacted (Authorization, Cookie, …).</source>
        <translation>
            <numerusform>%n secret header value in the HAR were redacted (Authorization, Cookie, …).</numerusform>
            <numerusform>%n secret header values in the HAR were redacted (Authorization, Cookie, …).</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls from %1</source>
        <translation>Calls from %1</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Cannot write the report %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report (%n call(s)) to %1</source>
        <translation>
            <numerusform>Wrote the report (%n call) to %1</numerusform>
            <numerusform>Wrote the report (%n calls) to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>Report on %n call(s)</source>
        <translation>
            <numerusform>Report on %n call</numerusform>
            <numerusform>Report on %n calls</numerusform>
        </translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>Report title</translation>
    </message>
    <message numerus="yes">
        <source>Findings: %n call(s)</source>
        <translation>
            <numerusform>Findings: %n call</numerusform>
            <numerusform>Findings: %n calls</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Per call: method, URL, status, time, the diagnosis and its causes, the ids support asks for, the note, the headers (redacted) and the start of the body. Never the token.</source>
        <translation>Per call: method, URL, status, time, the diagnosis and its causes, the ids support asks for, the note, the headers (redacted) and the start of the body. Never the token.</translation>
    </message>
    <message>
        <source>Report as Markdown</source>
        <translation>Report as Markdown</translation>
    </message>
    <message>
        <source>&amp;Copy Markdown</source>
        <translation>&amp;Copy Markdown</translation>
    </message>
    <message>
        <source>The report as Markdown, to paste into a ticket</source>
        <translation>The report as Markdown, to paste into a ticket</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>Save as &amp;HTML…</translation>
    </message>
    <message>
        <source>One self-contained HTML file: no script, nothing fetched from elsewhere</source>
        <translation>One self-contained HTML file: no script, nothing fetched from elsewhere</translation>
    </message>
    <message>
        <source>Save as &amp;Markdown…</source>
        <translation>Save as &amp;Markdown…</translation>
    </message>
    <message>
        <source>Copied the report (Markdown) to the clipboard.</source>
        <translation>Copied the report (Markdown) to the clipboard.</translation>
    </message>
    <message>
        <source>Save the report as HTML</source>
        <translation>Save the report as HTML</translation>
    </message>
    <message>
        <source>Save the report as Markdown</source>
        <translation>Save the report as Markdown</translation>
    </message>
    <message>
        <source>HTML file (*.html *.htm)</source>
        <translation>HTML file (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown)</source>
        <translation>Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Report not saved</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>The report could not be written to %1: %2</translation>
    </message>
    <message>
        <source>Saved the report to %1 (no token in it).</source>
        <translation>Saved the report to %1 (no token in it).</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>unknown time</source>
        <translation>unknown time</translation>
    </message>
    <message>
        <source>✔ held</source>
        <translation>✔ held</translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation>✘ failed</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation>Diagnosis:</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Not run:</source>
        <translation>Not run:</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>Body (the beginning)</source>
        <translation>Body (the beginning)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Calls to the FHIR API</source>
        <translation>Calls to the FHIR API</translation>
    </message>
    <message numerus="yes">
        <source>%1 · written %2 by FHIR Bulk Explorer · %n call(s), headers redacted</source>
        <translation>
            <numerusform>%1 · written %2 by FHIR Bulk Explorer · %n call, headers redacted</numerusform>
            <numerusform>%1 · written %2 by FHIR Bulk Explorer · %n calls, headers redacted</numerusform>
        </translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Expectations</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>Expectation</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>Likely causes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Not run</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language of this translation, as an HTML lang code</comment>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>RequestBar</name>
    <message>
        <source>HTTP method</source>
        <translation>HTTP method</translation>
    </message>
    <message>
        <source>Path such as Group/1 or metadata, or a full URL (Ctrl+L)</source>
        <translation>Path such as Group/1 or metadata, or a full URL (Ctrl+L)</translation>
    </message>
    <message>
        <source>Format to ask for (sent as Accept)</source>
        <translation>Format to ask for (sent as Accept)</translation>
    </message>
    <message>
        <source>Also as Content-Type</source>
        <translation>Also as Content-Type</translation>
    </message>
    <message>
        <source>Send the format as Content-Type too, the way the vendor&apos;s examples do</source>
        <translation>Send the format as Content-Type too, the way the vendor&apos;s examples do</translation>
    </message>
    <message>
        <source>Add the _format parameter to the URL</source>
        <translation>Add the _format parameter to the URL</translation>
    </message>
    <message>
        <source>Leave empty to send a fresh UUID with every call, or type your own transaction id</source>
        <translation>Leave empty to send a fresh UUID with every call, or type your own transaction id</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>Send the request (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the running request (Esc)</source>
        <translation>Cancel the running request (Esc)</translation>
    </message>
    <message>
        <source>Headers (Name: value, one a line):</source>
        <translation>Headers (Name: value, one a line):</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Body:</translation>
    </message>
    <message>
        <source>Prefer: respond-async
Cache-Control: no-cache</source>
        <translation>Prefer: respond-async
Cache-Control: no-cache</translation>
    </message>
    <message>
        <source>For POST, PUT and PATCH, e.g. a Parameters resource</source>
        <translation>For POST, PUT and PATCH, e.g. a Parameters resource</translation>
    </message>
    <message>
        <source>200 OK: read Group/1 with the demo token</source>
        <translation>200 OK: read Group/1 with the demo token</translation>
    </message>
    <message>
        <source>200 OK: CapabilityStatement (no token needed)</source>
        <translation>200 OK: CapabilityStatement (no token needed)</translation>
    </message>
    <message>
        <source>401 Unauthorized: no Authorization header</source>
        <translation>401 Unauthorized: no Authorization header</translation>
    </message>
    <message>
        <source>401 Unauthorized: empty Authorization header</source>
        <translation>401 Unauthorized: empty Authorization header</translation>
    </message>
    <message>
        <source>403 AccessDenied: invalid token</source>
        <translation>403 AccessDenied: invalid token</translation>
    </message>
    <message>
        <source>403 AccessDenied: token without &quot;Bearer &quot;</source>
        <translation>403 AccessDenied: token without &quot;Bearer &quot;</translation>
    </message>
    <message>
        <source>403 IncompleteSignature: invalid path</source>
        <translation>403 IncompleteSignature: invalid path</translation>
    </message>
    <message>
        <source>403 IncompleteSignature: unsupported method PATCH</source>
        <translation>403 IncompleteSignature: unsupported method PATCH</translation>
    </message>
    <message>
        <source>403 IncompleteSignature: invalid path, token without &quot;Bearer &quot;</source>
        <translation>403 IncompleteSignature: invalid path, token without &quot;Bearer &quot;</translation>
    </message>
    <message>
        <source>403 MissingAuthenticationToken: invalid path, no header</source>
        <translation>403 MissingAuthenticationToken: invalid path, no header</translation>
    </message>
    <message>
        <source>400 Bad Request: invalid _count</source>
        <translation>400 Bad Request: invalid _count</translation>
    </message>
    <message>
        <source>404 Not Found: Patient/123456</source>
        <translation>404 Not Found: Patient/123456</translation>
    </message>
    <message>
        <source>500 Internal Server Error (Sandbox trigger Group/fail-500)</source>
        <translation>500 Internal Server Error (Sandbox trigger Group/fail-500)</translation>
    </message>
    <message>
        <source>501 Not Implemented: GetAllergy</source>
        <translation>501 Not Implemented: GetAllergy</translation>
    </message>
    <message>
        <source>501 Not Implemented: GetBinary</source>
        <translation>501 Not Implemented: GetBinary</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>Reproduce each answer of the vendor&apos;s documentation</source>
        <translation>Reproduce each answer of the vendor&apos;s documentation</translation>
    </message>
    <message>
        <source>Type a path such as Group/1, or a full URL.</source>
        <translation>Type a path such as Group/1, or a full URL.</translation>
    </message>
    <message>
        <source>The server&apos;s CapabilityStatement does not list XML.</source>
        <translation>The server&apos;s CapabilityStatement does not list XML.</translation>
    </message>
    <message>
        <source>Request address</source>
        <translation>Request address</translation>
    </message>
    <message>
        <source>A path relative to the server, or a whole URL</source>
        <translation>A path relative to the server, or a whole URL</translation>
    </message>
    <message>
        <source>X-Request-ID to send</source>
        <translation>X-Request-ID to send</translation>
    </message>
    <message>
        <source>E&amp;xtra headers and body</source>
        <translation>E&amp;xtra headers and body</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>Se&amp;nd</translation>
    </message>
    <message>
        <source>Format to ask for (Accept)</source>
        <translation>Format to ask for (Accept)</translation>
    </message>
    <message>
        <source>&amp;Authorization:</source>
        <translation>&amp;Authorization:</translation>
    </message>
    <message>
        <source>How the Authorization header is sent. The unusual variants reproduce the gateway&apos;s answers on purpose.</source>
        <translation>How the Authorization header is sent. The unusual variants reproduce the gateway&apos;s answers on purpose.</translation>
    </message>
    <message>
        <source>a fresh UUID</source>
        <translation>a fresh UUID</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer token</translation>
    </message>
    <message>
        <source>No header</source>
        <translation>No header</translation>
    </message>
    <message>
        <source>Empty header</source>
        <translation>Empty header</translation>
    </message>
    <message>
        <source>Token without &quot;Bearer &quot;</source>
        <translation>Token without &quot;Bearer &quot;</translation>
    </message>
    <message>
        <source>Lower-case &quot;bearer &quot;</source>
        <translation>Lower-case &quot;bearer &quot;</translation>
    </message>
    <message>
        <source>Garbled token</source>
        <translation>Garbled token</translation>
    </message>
    <message>
        <source>Extra spaces around the token</source>
        <translation>Extra spaces around the token</translation>
    </message>
    <message>
        <source>Expired token (Sandbox)</source>
        <translation>Expired token (Sandbox)</translation>
    </message>
    <message>
        <source>Token for another environment (Sandbox)</source>
        <translation>Token for another environment (Sandbox)</translation>
    </message>
</context>
<context>
    <name>RequestBuilder</name>
    <message>
        <source>The request has no URL.</source>
        <translation>The request has no URL.</translation>
    </message>
</context>
<context>
    <name>RequestFileReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2: larger than a request file can be (%3).</source>
        <translation>%1 is %2: larger than a request file can be (%3).</translation>
    </message>
    <message>
        <source>%1: the file is not UTF-8 text.</source>
        <translation>%1: the file is not UTF-8 text.</translation>
    </message>
</context>
<context>
    <name>RequestsActions</name>
    <message>
        <source>&amp;Save request…</source>
        <translation>&amp;Save request…</translation>
    </message>
    <message>
        <source>Save the call&apos;s request…</source>
        <translation>Save the call&apos;s request…</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Send &amp;again</translation>
    </message>
    <message>
        <source>&amp;Edit and send…</source>
        <translation>&amp;Edit and send…</translation>
    </message>
    <message>
        <source>Add the request bar&apos;s request to a .http file (never the token)</source>
        <translation>Add the request bar&apos;s request to a .http file (never the token)</translation>
    </message>
    <message>
        <source>Add the selected call&apos;s request to a .http file (never the token)</source>
        <translation>Add the selected call&apos;s request to a .http file (never the token)</translation>
    </message>
    <message>
        <source>Send the selected call&apos;s request again, with the current token</source>
        <translation>Send the selected call&apos;s request again, with the current token</translation>
    </message>
    <message>
        <source>Load the selected call&apos;s request into the request bar, to change and send</source>
        <translation>Load the selected call&apos;s request into the request bar, to change and send</translation>
    </message>
    <message>
        <source>Select a call in the log first.</source>
        <translation>Select a call in the log first.</translation>
    </message>
    <message>
        <source>The call&apos;s request is in the request bar: change it and send.</source>
        <translation>The call&apos;s request is in the request bar: change it and send.</translation>
    </message>
    <message>
        <source>Add the request to a .http file</source>
        <translation>Add the request to a .http file</translation>
    </message>
    <message>
        <source>Saved requests (*.http *.rest);;All files (*)</source>
        <translation>Saved requests (*.http *.rest);;All files (*)</translation>
    </message>
    <message>
        <source>Save request</source>
        <translation>Save request</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; to %2 (without the token).</source>
        <translation>Added &quot;%1&quot; to %2 (without the token).</translation>
    </message>
</context>
<context>
    <name>RequestsDock</name>
    <message>
        <source>Folder…</source>
        <translation>Folder…</translation>
    </message>
    <message>
        <source>The folder of .http files and Postman collections to list</source>
        <translation>The folder of .http files and Postman collections to list</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>A .http file or a Postman collection from elsewhere</source>
        <translation>A .http file or a Postman collection from elsewhere</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Read the files again</source>
        <translation>Read the files again</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Run the selected request, or every request of the selected file (F5); with nothing selected, everything listed</source>
        <translation>Run the selected request, or every request of the selected file (F5); with nothing selected, everything listed</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop the run (Esc)</source>
        <translation>Stop the run (Esc)</translation>
    </message>
    <message>
        <source>Double-click a request to load it into the request bar; Run sends it and checks its expectations.</source>
        <translation>Double-click a request to load it into the request bar; Run sends it and checks its expectations.</translation>
    </message>
    <message>
        <source>Folder of saved requests</source>
        <translation>Folder of saved requests</translation>
    </message>
    <message>
        <source>Open a collection</source>
        <translation>Open a collection</translation>
    </message>
    <message>
        <source>Saved requests (*.http *.rest *.json);;All files (*)</source>
        <translation>Saved requests (*.http *.rest *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <source>The folder %1 is not there (any more).</source>
        <translation>The folder %1 is not there (any more).</translation>
    </message>
    <message>
        <source>No folder chosen: Folder… lists its .http files and Postman collections.</source>
        <translation>No folder chosen: Folder… lists its .http files and Postman collections.</translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation>Not run: %1</translation>
    </message>
    <message>
        <source>Select a file (or one of its requests) to run it.</source>
        <translation>Select a file (or one of its requests) to run it.</translation>
    </message>
    <message>
        <source>There is nothing to run: choose a folder of .http files, or open a collection.</source>
        <translation>There is nothing to run: choose a folder of .http files, or open a collection.</translation>
    </message>
    <message>
        <source>The Sandbox is not running.</source>
        <translation>The Sandbox is not running.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nothing was sent.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n request(s) …</source>
        <translation>
            <numerusform>Running %n request …</numerusform>
            <numerusform>Running %n requests …</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a request to load it into the request bar.</source>
        <translation>Select a request to load it into the request bar.</translation>
    </message>
    <message>
        <source>Load into the request bar</source>
        <translation>Load into the request bar</translation>
    </message>
    <message>
        <source>Run this request</source>
        <translation>Run this request</translation>
    </message>
    <message>
        <source>Run the file</source>
        <translation>Run the file</translation>
    </message>
    <message>
        <source>Run everything listed</source>
        <translation>Run everything listed</translation>
    </message>
    <message>
        <source>Save as .http files…</source>
        <translation>Save as .http files…</translation>
    </message>
    <message>
        <source>Select a Postman collection to save it as .http files.</source>
        <translation>Select a Postman collection to save it as .http files.</translation>
    </message>
    <message>
        <source>Save as .http files into</source>
        <translation>Save as .http files into</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Replace files?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it, and any other file of this collection with the same name?</source>
        <translation>%1 exists already. Replace it, and any other file of this collection with the same name?</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n .http file(s) with %1 request(s) in %2; scripts are not kept (the files say which).</source>
        <translation>
            <numerusform>Saved %n .http file with %1 request in %2; scripts are not kept (the files say which).</numerusform>
            <numerusform>Saved %n .http files with %1 requests in %2; scripts are not kept (the files say which).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Running %1 (%2 of %3) …</source>
        <translation>Running %1 (%2 of %3) …</translation>
    </message>
</context>
<context>
    <name>RequestsTree</name>
    <message>
        <source>Saved requests</source>
        <translation>Saved requests</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Last run</translation>
    </message>
    <message>
        <source>✘ cannot be read</source>
        <translation>✘ cannot be read</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s)</source>
        <translation>
            <numerusform>⚠ %n problem</numerusform>
            <numerusform>⚠ %n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation>Not run: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
</context>
<context>
    <name>ResponseBody</name>
    <message>
        <source>The disk quota is used up: %1 could not be written further after %2. What arrived before is kept.</source>
        <translation>The disk quota is used up: %1 could not be written further after %2. What arrived before is kept.</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written further after %2. What arrived before is kept.</source>
        <translation>The disk is full: %1 could not be written further after %2. What arrived before is kept.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The server answered the resume with bytes from %1 (Content-Range: %2), but the file stops at byte %3: these bytes cannot be appended.</source>
        <translation>The server answered the resume with bytes from %1 (Content-Range: %2), but the file stops at byte %3: these bytes cannot be appended.</translation>
    </message>
    <message>
        <source>an unreadable position</source>
        <translation>an unreadable position</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for a large answer.</source>
        <translation>Cannot create the folder %1 for a large answer.</translation>
    </message>
</context>
<context>
    <name>RetryHint</name>
    <message>
        <source>A negative wait (%1) makes no sense: backing off instead.</source>
        <translation>A negative wait (%1) makes no sense: backing off instead.</translation>
    </message>
    <message>
        <source>%1 looks like an absolute time (epoch seconds), not a wait: waiting until then.</source>
        <translation>%1 looks like an absolute time (epoch seconds), not a wait: waiting until then.</translation>
    </message>
    <message>
        <source>The hint &quot;%1&quot; is neither seconds nor an HTTP-date: backing off instead.</source>
        <translation>The hint &quot;%1&quot; is neither seconds nor an HTTP-date: backing off instead.</translation>
    </message>
    <message>
        <source>no hint</source>
        <translation>no hint</translation>
    </message>
    <message>
        <source>Retry-After: %1</source>
        <translation>Retry-After: %1</translation>
    </message>
    <message>
        <source>Retry-After (HTTP-date): %1</source>
        <translation>Retry-After (HTTP-date): %1</translation>
    </message>
    <message>
        <source>X-RetryAfter (non-standard vendor header): %1</source>
        <translation>X-RetryAfter (non-standard vendor header): %1</translation>
    </message>
    <message>
        <source>%1 looks like an absolute time in milliseconds since 1970, not a wait: waiting until then.</source>
        <translation>%1 looks like an absolute time in milliseconds since 1970, not a wait: waiting until then.</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Set the variable NAME (over the environment&apos;s and the file&apos;s); may be given more than once. Never a token: that comes from FHIR_BULK_TOKEN, --token-stdin or the profile.</source>
        <translation>Set the variable NAME (over the environment&apos;s and the file&apos;s); may be given more than once. Never a token: that comes from FHIR_BULK_TOKEN, --token-stdin or the profile.</translation>
    </message>
    <message>
        <source>Variables from a Postman environment file (enabled values; over the file&apos;s own).</source>
        <translation>Variables from a Postman environment file (enabled values; over the file&apos;s own).</translation>
    </message>
    <message>
        <source>Print one JSON object with every result.</source>
        <translation>Print one JSON object with every result.</translation>
    </message>
    <message>
        <source>Also write the results as JUnit XML to FILE (for CI).</source>
        <translation>Also write the results as JUnit XML to FILE (for CI).</translation>
    </message>
    <message>
        <source>Also write a report to FILE: Markdown (.md) or one HTML file (.html).</source>
        <translation>Also write a report to FILE: Markdown (.md) or one HTML file (.html).</translation>
    </message>
    <message>
        <source>Timeout without data, in ms.</source>
        <translation>Timeout without data, in ms.</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>the command line</translation>
    </message>
    <message>
        <source>--var takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--var takes NAME=VALUE, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--var token=… would put the token on the command line, where other users of this computer can see it (ps, shell history): give it with FHIR_BULK_TOKEN or --token-stdin.</source>
        <translation>--var token=… would put the token on the command line, where other users of this computer can see it (ps, shell history): give it with FHIR_BULK_TOKEN or --token-stdin.</translation>
    </message>
    <message>
        <source>--report: the file must end in .md or .html (%1).</source>
        <translation>--report: the file must end in .md or .html (%1).</translation>
    </message>
    <message>
        <source>--%1: the folder %2 does not exist.</source>
        <translation>--%1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <source>{{token}} needs a token: FHIR_BULK_TOKEN, --token-stdin, --demo-token (the Sandbox), or --profile with a token saved in the keychain.</source>
        <translation>{{token}} needs a token: FHIR_BULK_TOKEN, --token-stdin, --demo-token (the Sandbox), or --profile with a token saved in the keychain.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nothing was sent.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Likely cause: [%1] %2</source>
        <translation>Likely cause: [%1] %2</translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation>Not run: %1</translation>
    </message>
    <message>
        <source>Cannot write the %1 %2: %3</source>
        <translation>Cannot write the %1 %2: %3</translation>
    </message>
    <message>
        <source>Wrote the %1 to %2</source>
        <translation>Wrote the %1 to %2</translation>
    </message>
    <message>
        <source>JUnit XML</source>
        <translation>JUnit XML</translation>
    </message>
    <message>
        <source>Run of %1</source>
        <translation>Run of %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <source>A .http file or a Postman collection (.json); several run in order.</source>
        <translation>A .http file or a Postman collection (.json); several run in order.</translation>
    </message>
    <message>
        <source>Runs saved requests (.http files, Postman collections) in order and checks their expectations (# @expect status 200, diagnosis CODE, cause CODE, header NAME). Exit 0 when every expectation held, 1 when one failed, 2 for a usage or file error (nothing is sent then).</source>
        <translation>Runs saved requests (.http files, Postman collections) in order and checks their expectations (# @expect status 200, diagnosis CODE, cause CODE, header NAME). Exit 0 when every expectation held, 1 when one failed, 2 for a usage or file error (nothing is sent then).</translation>
    </message>
    <message>
        <source>Note (%1): %2</source>
        <translation>Note (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>Interrupted after %n request(s).</source>
        <translation>
            <numerusform>Interrupted after %n request.</numerusform>
            <numerusform>Interrupted after %n requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunComparison</name>
    <message>
        <source>only in this run</source>
        <translation>only in this run</translation>
    </message>
    <message>
        <source>only in the earlier run</source>
        <translation>only in the earlier run</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) changed</source>
        <translation>
            <numerusform>%1 of %n check changed</numerusform>
            <numerusform>%1 of %n checks changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunJob</name>
    <message>
        <source>Run of saved requests</source>
        <translation>Run of saved requests</translation>
    </message>
    <message numerus="yes">
        <source>%n expectation(s) held, %1 failed</source>
        <translation>
            <numerusform>%n expectation held, %1 failed</numerusform>
            <numerusform>%n expectations held, %1 failed</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 of %2 · %3</translation>
    </message>
    <message>
        <source>%1 of %2: %3 · %4</source>
        <translation>%1 of %2: %3 · %4</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 requests · %3</source>
        <translation>Stopped after %1 of %2 requests · %3</translation>
    </message>
</context>
<context>
    <name>RunPlanner</name>
    <message>
        <source>%1: %2 (request %3)</source>
        <translation>%1: %2 (request %3)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a usable URL (request %3)</source>
        <translation>%1: &quot;%2&quot; is not a usable URL (request %3)</translation>
    </message>
    <message>
        <source>%1: {{token}} is the profile&apos;s token, and this request goes to %2, not to the profile&apos;s server %3: it is not sent there (request %4)</source>
        <translation>%1: {{token}} is the profile&apos;s token, and this request goes to %2, not to the profile&apos;s server %3: it is not sent there (request %4)</translation>
    </message>
    <message>
        <source>Sent without the profile&apos;s token: %1 is not the profile&apos;s server (%2).</source>
        <translation>Sent without the profile&apos;s token: %1 is not the profile&apos;s server (%2).</translation>
    </message>
    <message>
        <source>Sent with the Authorization variant &quot;%1&quot;; the saved request sends the profile&apos;s token as Bearer.</source>
        <translation>Sent with the Authorization variant &quot;%1&quot;; the saved request sends the profile&apos;s token as Bearer.</translation>
    </message>
    <message>
        <source>{{token}} needs a token: paste one in the token row (or Get token…).</source>
        <translation>{{token}} needs a token: paste one in the token row (or Get token…).</translation>
    </message>
    <message>
        <source>Define %1 in the file (@name = value) or in the profile&apos;s variables (Settings → Server profile and variables…).</source>
        <translation>Define %1 in the file (@name = value) or in the profile&apos;s variables (Settings → Server profile and variables…).</translation>
    </message>
    <message>
        <source>The file has no requests.</source>
        <translation>The file has no requests.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Nothing was sent.</translation>
    </message>
</context>
<context>
    <name>RunSummary</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, no expectations.</source>
        <translation>%1, no expectations.</translation>
    </message>
    <message>
        <source>%1, %2: %3 held, %4 failed.</source>
        <translation>%1, %2: %3 held, %4 failed.</translation>
    </message>
    <message numerus="yes">
        <source>%n expectation(s)</source>
        <translation>
            <numerusform>%n expectation</numerusform>
            <numerusform>%n expectations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxDeviations</name>
    <message>
        <source>The manifest has no transactionTime</source>
        <translation>The manifest has no transactionTime</translation>
    </message>
    <message>
        <source>The manifest has no requiresAccessToken</source>
        <translation>The manifest has no requiresAccessToken</translation>
    </message>
    <message>
        <source>The manifest has no error array</source>
        <translation>The manifest has no error array</translation>
    </message>
    <message>
        <source>A file&apos;s first line is of another resourceType than the manifest says</source>
        <translation>A file&apos;s first line is of another resourceType than the manifest says</translation>
    </message>
    <message>
        <source>Export files are served as text/plain</source>
        <translation>Export files are served as text/plain</translation>
    </message>
    <message>
        <source>DELETE answers 202 but the export goes on (unknown exports too)</source>
        <translation>DELETE answers 202 but the export goes on (unknown exports too)</translation>
    </message>
    <message>
        <source>The kick-off ignores _type: every resource type is exported</source>
        <translation>The kick-off ignores _type: every resource type is exported</translation>
    </message>
    <message>
        <source>401 Unauthorized comes without x-amzn-ErrorType</source>
        <translation>401 Unauthorized comes without x-amzn-ErrorType</translation>
    </message>
    <message>
        <source>A repeated kick-off parameter keeps only its last value</source>
        <translation>A repeated kick-off parameter keeps only its last value</translation>
    </message>
    <message>
        <source>The kick-off ignores _typeFilter</source>
        <translation>The kick-off ignores _typeFilter</translation>
    </message>
    <message>
        <source>The kick-off ignores _since: resources of any date are exported</source>
        <translation>The kick-off ignores _since: resources of any date are exported</translation>
    </message>
    <message>
        <source>A file holds two versions of one resource</source>
        <translation>A file holds two versions of one resource</translation>
    </message>
    <message>
        <source>A file URL that does not exist answers 200 with an empty body</source>
        <translation>A file URL that does not exist answers 200 with an empty body</translation>
    </message>
    <message>
        <source>The manifest&apos;s error files hold resources that are not OperationOutcomes</source>
        <translation>The manifest&apos;s error files hold resources that are not OperationOutcomes</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s errors come without the OAuth 2.0 error code</source>
        <translation>The token endpoint&apos;s errors come without the OAuth 2.0 error code</translation>
    </message>
    <message>
        <source>An export is cancelled by a DELETE without a token</source>
        <translation>An export is cancelled by a DELETE without a token</translation>
    </message>
    <message>
        <source>The kick-off ignores the token&apos;s scope: any type is exported</source>
        <translation>The kick-off ignores the token&apos;s scope: any type is exported</translation>
    </message>
    <message>
        <source>The CapabilityStatement offers Patient-level and system-level $export, which are refused</source>
        <translation>The CapabilityStatement offers Patient-level and system-level $export, which are refused</translation>
    </message>
    <message>
        <source>The token endpoint grants tokens without expires_in</source>
        <translation>The token endpoint grants tokens without expires_in</translation>
    </message>
    <message>
        <source>The token endpoint takes a client assertion whose jti was used before</source>
        <translation>The token endpoint takes a client assertion whose jti was used before</translation>
    </message>
    <message>
        <source>The token endpoint takes a client assertion made for another token URL (aud)</source>
        <translation>The token endpoint takes a client assertion made for another token URL (aud)</translation>
    </message>
    <message>
        <source>The token endpoint takes a client assertion valid for longer than 5 minutes</source>
        <translation>The token endpoint takes a client assertion valid for longer than 5 minutes</translation>
    </message>
    <message>
        <source>The manifest&apos;s deleted files hold batch Bundles, not transaction Bundles (with the deletions option)</source>
        <translation>The manifest&apos;s deleted files hold batch Bundles, not transaction Bundles (with the deletions option)</translation>
    </message>
    <message>
        <source>Deleted resources are still exported in the output files (with the deletions option)</source>
        <translation>Deleted resources are still exported in the output files (with the deletions option)</translation>
    </message>
    <message>
        <source>The manifest never lists deleted resources, even with _since (with the deletions option)</source>
        <translation>The manifest never lists deleted resources, even with _since (with the deletions option)</translation>
    </message>
</context>
<context>
    <name>SandboxPanel</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Copy base &amp;URL</source>
        <translation>Copy base &amp;URL</translation>
    </message>
    <message>
        <source>Misbehave on purpose (applies at once)</source>
        <translation>Misbehave on purpose (applies at once)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Time until the manifest is ready</source>
        <translation>Time until the manifest is ready</translation>
    </message>
    <message>
        <source>&amp;Retry hint:</source>
        <translation>&amp;Retry hint:</translation>
    </message>
    <message>
        <source>How the 202 answers ask the client to wait</source>
        <translation>How the 202 answers ask the client to wait</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The wait each 202 asks for</source>
        <translation>The wait each 202 asks for</translation>
    </message>
    <message>
        <source>Answer &amp;429 to polls that come too soon</source>
        <translation>Answer &amp;429 to polls that come too soon</translation>
    </message>
    <message>
        <source>&amp;Transient 500s before progress:</source>
        <translation>&amp;Transient 500s before progress:</translation>
    </message>
    <message>
        <source>The next N polls answer 500 with issue.code transient</source>
        <translation>The next N polls answer 500 with issue.code transient</translation>
    </message>
    <message>
        <source>The export job &amp;fails (500 + OperationOutcome)</source>
        <translation>The export job &amp;fails (500 + OperationOutcome)</translation>
    </message>
    <message>
        <source>The manifest lists an &amp;error file</source>
        <translation>The manifest lists an &amp;error file</translation>
    </message>
    <message>
        <source>Manifest outputs without &amp;count</source>
        <translation>Manifest outputs without &amp;count</translation>
    </message>
    <message>
        <source>Files e&amp;xpire after:</source>
        <translation>Files e&amp;xpire after:</translation>
    </message>
    <message>
        <source>0: never</source>
        <translation>0: never</translation>
    </message>
    <message>
        <source>&amp;Drop the connection in the middle of a file</source>
        <translation>&amp;Drop the connection in the middle of a file</translation>
    </message>
    <message>
        <source>&amp;Latency on every call:</source>
        <translation>&amp;Latency on every call:</translation>
    </message>
    <message>
        <source>Back to &amp;normal</source>
        <translation>Back to &amp;normal</translation>
    </message>
    <message>
        <source>Retry-After: seconds</source>
        <translation>Retry-After: seconds</translation>
    </message>
    <message>
        <source>Retry-After: HTTP-date</source>
        <translation>Retry-After: HTTP-date</translation>
    </message>
    <message>
        <source>X-RetryAfter (vendor sample, non-standard)</source>
        <translation>X-RetryAfter (vendor sample, non-standard)</translation>
    </message>
    <message>
        <source>No hint</source>
        <translation>No hint</translation>
    </message>
    <message>
        <source>The Sandbox demo token is on the clipboard (it works on this Sandbox only).</source>
        <translation>The Sandbox demo token is on the clipboard (it works on this Sandbox only).</translation>
    </message>
    <message>
        <source>Slo&amp;w downloads:</source>
        <translation>Slo&amp;w downloads:</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>full speed</source>
        <translation>full speed</translation>
    </message>
    <message>
        <source>Export files trickle out at this rate</source>
        <translation>Export files trickle out at this rate</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Every export manifest also lists a synthetic Observation file of this size</source>
        <translation>Every export manifest also lists a synthetic Observation file of this size</translation>
    </message>
    <message>
        <source>Save demo &amp;JWT key…</source>
        <translation>Save demo &amp;JWT key…</translation>
    </message>
    <message>
        <source>The private key of the private_key_jwt demo client, made for this run of the Sandbox</source>
        <translation>The private key of the private_key_jwt demo client, made for this run of the Sandbox</translation>
    </message>
    <message>
        <source>&lt;b&gt;Base URL&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Token URL&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Demo client&lt;/b&gt; %3 / secret %4 (Sandbox only)&lt;br&gt;&lt;b&gt;Demo JWT client&lt;/b&gt; %5 (private_key_jwt, ES384, a key made for this run: Save demo JWT key…)&lt;br&gt;Tokens are HS256 JWTs signed with a key of this run; other private_key_jwt clients are registered by the Get token dialog.</source>
        <translation>&lt;b&gt;Base URL&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Token URL&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Demo client&lt;/b&gt; %3 / secret %4 (Sandbox only)&lt;br&gt;&lt;b&gt;Demo JWT client&lt;/b&gt; %5 (private_key_jwt, ES384, a key made for this run: Save demo JWT key…)&lt;br&gt;Tokens are HS256 JWTs signed with a key of this run; other private_key_jwt clients are registered by the Get token dialog.</translation>
    </message>
    <message>
        <source>Save the demo JWT client&apos;s private key</source>
        <translation>Save the demo JWT client&apos;s private key</translation>
    </message>
    <message>
        <source>PEM files (*.pem)</source>
        <translation>PEM files (*.pem)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Saved the demo JWT key to %1 (client id %2).</source>
        <translation>Saved the demo JWT key to %1 (client id %2).</translation>
    </message>
    <message>
        <source>Copy demo t&amp;oken</source>
        <translation>Copy demo t&amp;oken</translation>
    </message>
    <message>
        <source>Export durat&amp;ion:</source>
        <translation>Export durat&amp;ion:</translation>
    </message>
    <message>
        <source>Retry w&amp;ait:</source>
        <translation>Retry w&amp;ait:</translation>
    </message>
    <message>
        <source>Access token lifeti&amp;me:</source>
        <translation>Access token lifeti&amp;me:</translation>
    </message>
    <message>
        <source>Extra lar&amp;ge file in exports:</source>
        <translation>Extra lar&amp;ge file in exports:</translation>
    </message>
    <message>
        <source>Group reads o&amp;pen to anyone (no token check, as on the SMART reference server)</source>
        <translation>Group reads o&amp;pen to anyone (no token check, as on the SMART reference server)</translation>
    </message>
    <message>
        <source>Group search and read answer whatever the Authorization header says; kick-off, status and files still need a valid token</source>
        <translation>Group search and read answer whatever the Authorization header says; kick-off, status and files still need a valid token</translation>
    </message>
    <message>
        <source>Deviate from the documentation (for conformance demos)</source>
        <translation>Deviate from the documentation (for conformance demos)</translation>
    </message>
    <message>
        <source>Each switch breaks one documented behaviour of the Sandbox. Tools → Check this server… then shows exactly its checks failing; fhir-bulk sandbox --deviate NAME does the same from a terminal.</source>
        <translation>Each switch breaks one documented behaviour of the Sandbox. Tools → Check this server… then shows exactly its checks failing; fhir-bulk sandbox --deviate NAME does the same from a terminal.</translation>
    </message>
    <message>
        <source>Deleted re&amp;sources, listed in the manifest with _since (Bulk Data IG 2.0)</source>
        <translation>Deleted re&amp;sources, listed in the manifest with _since (Bulk Data IG 2.0)</translation>
    </message>
    <message>
        <source>Five resources are deleted in 2025 and left out of every export; a kick-off with _since before them lists them in the manifest&apos;s deleted files. HAPI 5.7.6, the vendor&apos;s server, has no deletions.</source>
        <translation>Five resources are deleted in 2025 and left out of every export; a kick-off with _since before them lists them in the manifest&apos;s deleted files. HAPI 5.7.6, the vendor&apos;s server, has no deletions.</translation>
    </message>
</context>
<context>
    <name>SavedRequests</name>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>%1 (again)</source>
        <translation>%1 (again)</translation>
    </message>
</context>
<context>
    <name>ScopeChecks</name>
    <message>
        <source>Conformance: export kick-off for %1 with a token scoped for Patient only</source>
        <translation>Conformance: export kick-off for %1 with a token scoped for Patient only</translation>
    </message>
    <message>
        <source>the kick-off was refused (%1)</source>
        <translation>the kick-off was refused (%1)</translation>
    </message>
    <message numerus="yes">
        <source>the kick-off was accepted and the export holds %n %1 resource(s), which the token&apos;s scope (system/Patient.read) does not cover</source>
        <translation>
            <numerusform>the kick-off was accepted and the export holds %n %1 resource, which the token&apos;s scope (system/Patient.read) does not cover</numerusform>
            <numerusform>the kick-off was accepted and the export holds %n %1 resources, which the token&apos;s scope (system/Patient.read) does not cover</numerusform>
        </translation>
    </message>
    <message>
        <source>the kick-off was accepted; the export holds no %1</source>
        <translation>the kick-off was accepted; the export holds no %1</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>The answer is not JSON (%1 at byte %2).</source>
        <translation>The answer is not JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <source>The answer is a %1, not a Bundle.</source>
        <translation>The answer is a %1, not a Bundle.</translation>
    </message>
</context>
<context>
    <name>SendController</name>
    <message>
        <source>The Examples reproduce the vendor&apos;s documentation page on the built-in Sandbox. On &quot;%1&quot; this one is a real call: %2 %3 (Authorization: %4).</source>
        <translation>The Examples reproduce the vendor&apos;s documentation page on the built-in Sandbox. On &quot;%1&quot; this one is a real call: %2 %3 (Authorization: %4).</translation>
    </message>
    <message>
        <source>This is PRODUCTION: real patient data, and every call is logged by the vendor.</source>
        <translation>This is PRODUCTION: real patient data, and every call is logged by the vendor.</translation>
    </message>
    <message>
        <source>Run the example on %1?</source>
        <translation>Run the example on %1?</translation>
    </message>
    <message>
        <source>Switch to the Sandbox</source>
        <translation>Switch to the Sandbox</translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation>Send to %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Waiting for %1 …</source>
        <translation>Waiting for %1 …</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>sandbox</source>
        <translation>sandbox</translation>
    </message>
    <message>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>preview</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>custom</translation>
    </message>
    <message>
        <source>Sandbox (built-in)</source>
        <translation>Sandbox (built-in)</translation>
    </message>
    <message>
        <source>Netsmart Production</source>
        <translation>Netsmart Production</translation>
    </message>
    <message>
        <source>Netsmart Preview</source>
        <translation>Netsmart Preview</translation>
    </message>
</context>
<context>
    <name>ServerSession</name>
    <message>
        <source>Read CapabilityStatement</source>
        <translation>Read CapabilityStatement</translation>
    </message>
    <message>
        <source>Same resource as XML, for the viewer</source>
        <translation>Same resource as XML, for the viewer</translation>
    </message>
    <message>
        <source>Same resource as JSON, for the viewer</source>
        <translation>Same resource as JSON, for the viewer</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>StreamVerifier</name>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>line %1 has no resourceType; it should be a %2</source>
        <translation>line %1 has no resourceType; it should be a %2</translation>
    </message>
    <message>
        <source>line %1 is a %2, not a %3</source>
        <translation>line %1 is a %2, not a %3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 ended after %2 of its %3 bytes</source>
        <translation>%1 ended after %2 of its %3 bytes</translation>
    </message>
</context>
<context>
    <name>SupportBundleDialog</name>
    <message>
        <source>Create support bundle</source>
        <translation>Create support bundle</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;One file for vendor support: &lt;b&gt;%n call(s)&lt;/b&gt; as HAR 1.2 (it opens in browser devtools and HAR viewers), with the summary below at its top.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Included:&lt;/b&gt; each call&apos;s method, URL, request and response headers, bodies, times, status and diagnosis; the app, Qt and OS versions; the server&apos;s base URL; the token&apos;s length and SHA-256 fingerprint.&lt;br&gt;&lt;b&gt;Not included:&lt;/b&gt; the token (every Authorization header shows only its length and fingerprint), client secrets, private keys and client assertions.&lt;/p&gt;&lt;p&gt;Bodies may hold patient data: share the file the way your agreement with the vendor says.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;One file for vendor support: &lt;b&gt;%n call&lt;/b&gt; as HAR 1.2 (it opens in browser devtools and HAR viewers), with the summary below at its top.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Included:&lt;/b&gt; each call&apos;s method, URL, request and response headers, bodies, times, status and diagnosis; the app, Qt and OS versions; the server&apos;s base URL; the token&apos;s length and SHA-256 fingerprint.&lt;br&gt;&lt;b&gt;Not included:&lt;/b&gt; the token (every Authorization header shows only its length and fingerprint), client secrets, private keys and client assertions.&lt;/p&gt;&lt;p&gt;Bodies may hold patient data: share the file the way your agreement with the vendor says.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;One file for vendor support: &lt;b&gt;%n calls&lt;/b&gt; as HAR 1.2 (it opens in browser devtools and HAR viewers), with the summary below at its top.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Included:&lt;/b&gt; each call&apos;s method, URL, request and response headers, bodies, times, status and diagnosis; the app, Qt and OS versions; the server&apos;s base URL; the token&apos;s length and SHA-256 fingerprint.&lt;br&gt;&lt;b&gt;Not included:&lt;/b&gt; the token (every Authorization header shows only its length and fingerprint), client secrets, private keys and client assertions.&lt;/p&gt;&lt;p&gt;Bodies may hold patient data: share the file the way your agreement with the vendor says.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>Save the support bundle</source>
        <translation>Save the support bundle</translation>
    </message>
    <message>
        <source>HTTP Archive (*.har)</source>
        <translation>HTTP Archive (*.har)</translation>
    </message>
    <message>
        <source>The bundle could not be written to %1: %2</source>
        <translation>The bundle could not be written to %1: %2</translation>
    </message>
</context>
<context>
    <name>TlsEvidence</name>
    <message>
        <source>no PEM certificate in the file</source>
        <translation>no PEM certificate in the file</translation>
    </message>
</context>
<context>
    <name>TokenBar</name>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Paste an access token</source>
        <translation>Paste an access token</translation>
    </message>
    <message>
        <source>Kept in the OS keychain, never in a file; logs and copies show its length and fingerprint, never the token</source>
        <translation>Kept in the OS keychain, never in a file; logs and copies show its length and fingerprint, never the token</translation>
    </message>
    <message>
        <source>&amp;Get token…</source>
        <translation>&amp;Get token…</translation>
    </message>
    <message>
        <source>Obtain an access token from the token endpoint with a client secret (client_credentials)</source>
        <translation>Obtain an access token from the token endpoint with a client secret (client_credentials)</translation>
    </message>
    <message>
        <source>Token health check: reach the server, then try the token on one authenticated call (Ctrl+K)</source>
        <translation>Token health check: reach the server, then try the token on one authenticated call (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Inspect…</source>
        <translation>&amp;Inspect…</translation>
    </message>
    <message>
        <source>Check the token for pasting mistakes and show its claims (Ctrl+T)</source>
        <translation>Check the token for pasting mistakes and show its claims (Ctrl+T)</translation>
    </message>
    <message>
        <source>Use demo token</source>
        <translation>Use demo token</translation>
    </message>
    <message>
        <source>Fill in the Sandbox&apos;s demo access token</source>
        <translation>Fill in the Sandbox&apos;s demo access token</translation>
    </message>
    <message>
        <source>The token changed: checking it again …</source>
        <translation>The token changed: checking it again …</translation>
    </message>
    <message>
        <source>Checking the token against %1 …</source>
        <translation>Checking the token against %1 …</translation>
    </message>
    <message>
        <source>The token expires in %1.</source>
        <translation>The token expires in %1.</translation>
    </message>
    <message>
        <source>The token expired %1 ago: check again or get a new one.</source>
        <translation>The token expired %1 ago: check again or get a new one.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 Token check: %2&lt;/b&gt; — %3&lt;br&gt;%4 %5&lt;br&gt;Calls in the log: %6</source>
        <translation>&lt;b&gt;%1 Token check: %2&lt;/b&gt; — %3&lt;br&gt;%4 %5&lt;br&gt;Calls in the log: %6</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>no token</translation>
    </message>
    <message>
        <source>%1 chars, sha256 %2</source>
        <translation>%1 chars, sha256 %2</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>expires in %1</translation>
    </message>
    <message>
        <source>EXPIRED %1 ago</source>
        <translation>EXPIRED %1 ago</translation>
    </message>
    <message>
        <source>contains a control character: it will not be sent</source>
        <translation>contains a control character: it will not be sent</translation>
    </message>
    <message>
        <source>A line break or other control character would end the Authorization header; requests with this token are refused before anything is sent.</source>
        <translation>A line break or other control character would end the Authorization header; requests with this token are refused before anything is sent.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 Get token failed&lt;/b&gt; — %2&lt;br&gt;Call in the log: &lt;a href=&quot;call:%3&quot;&gt;#%3&lt;/a&gt;</source>
        <translation>&lt;b&gt;%1 Get token failed&lt;/b&gt; — %2&lt;br&gt;Call in the log: &lt;a href=&quot;call:%3&quot;&gt;#%3&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Chec&amp;k</translation>
    </message>
    <message>
        <source>Life:</source>
        <translation>Life:</translation>
    </message>
</context>
<context>
    <name>TokenChecks</name>
    <message>
        <source>no OAuth 2.0 error code (&quot;error&quot;) in the body</source>
        <translation>no OAuth 2.0 error code (&quot;error&quot;) in the body</translation>
    </message>
    <message>
        <source>error &quot;%1&quot;, expected %2</source>
        <translation>error &quot;%1&quot;, expected %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Conformance: read the SMART configuration for the token endpoint</source>
        <translation>Conformance: read the SMART configuration for the token endpoint</translation>
    </message>
    <message>
        <source>the SMART configuration names no token endpoint</source>
        <translation>the SMART configuration names no token endpoint</translation>
    </message>
    <message>
        <source>Conformance: token request with an unsupported grant_type</source>
        <translation>Conformance: token request with an unsupported grant_type</translation>
    </message>
    <message>
        <source>Conformance: token request with an unknown assertion type</source>
        <translation>Conformance: token request with an unknown assertion type</translation>
    </message>
    <message>
        <source>Conformance: token request with an assertion that does not verify</source>
        <translation>Conformance: token request with an assertion that does not verify</translation>
    </message>
    <message>
        <source>call %1: no error_description or error_uri</source>
        <translation>call %1: no error_description or error_uri</translation>
    </message>
</context>
<context>
    <name>TokenClaimsModel</name>
    <message>
        <source>expires</source>
        <translation>expires</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>not valid before</source>
        <translation>not valid before</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>issuer</translation>
    </message>
    <message>
        <source>audience: the API it is meant for</source>
        <translation>audience: the API it is meant for</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>subject</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>what it may do</source>
        <translation>what it may do</translation>
    </message>
    <message>
        <source>unique token id</source>
        <translation>unique token id</translation>
    </message>
    <message>
        <source>%1: expires in %2</source>
        <translation>%1: expires in %2</translation>
    </message>
    <message>
        <source>%1: EXPIRED %2 ago</source>
        <translation>%1: EXPIRED %2 ago</translation>
    </message>
    <message>
        <source>%1: in %2 (in the future!)</source>
        <translation>%1: in %2 (in the future!)</translation>
    </message>
    <message>
        <source>%1: %2 ago</source>
        <translation>%1: %2 ago</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
</context>
<context>
    <name>TokenClient</name>
    <message>
        <source>The token endpoint does not know this client, or the secret is wrong.</source>
        <translation>The token endpoint does not know this client, or the secret is wrong.</translation>
    </message>
    <message>
        <source>The grant was refused: for a signed assertion check aud (the token URL), exp (at most 5 minutes ahead), jti (new each time) and this computer&apos;s clock.</source>
        <translation>The grant was refused: for a signed assertion check aud (the token URL), exp (at most 5 minutes ahead), jti (new each time) and this computer&apos;s clock.</translation>
    </message>
    <message>
        <source>The scope asked for is not allowed for this client (backend clients ask for system/ scopes).</source>
        <translation>The scope asked for is not allowed for this client (backend clients ask for system/ scopes).</translation>
    </message>
    <message>
        <source>The token endpoint does not accept grant_type=client_credentials.</source>
        <translation>The token endpoint does not accept grant_type=client_credentials.</translation>
    </message>
    <message>
        <source>This client may not use this grant type.</source>
        <translation>This client may not use this grant type.</translation>
    </message>
    <message>
        <source>The token endpoint refused the request (%1).</source>
        <translation>The token endpoint refused the request (%1).</translation>
    </message>
    <message>
        <source>It says: %1</source>
        <translation>It says: %1</translation>
    </message>
    <message>
        <source>Obtain access token</source>
        <translation>Obtain access token</translation>
    </message>
    <message>
        <source>Token obtained: %1, valid %2 s, scope %3.</source>
        <translation>Token obtained: %1, valid %2 s, scope %3.</translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1 without an OAuth error.</source>
        <translation>The token endpoint answered HTTP %1 without an OAuth error.</translation>
    </message>
    <message>
        <source>The private key cannot sign: %1</source>
        <translation>The private key cannot sign: %1</translation>
    </message>
</context>
<context>
    <name>TokenEndpointDiscovery</name>
    <message>
        <source>Discover token endpoint</source>
        <translation>Discover token endpoint</translation>
    </message>
</context>
<context>
    <name>TokenGrantChecks</name>
    <message>
        <source>Conformance: token request with a correct client assertion</source>
        <translation>Conformance: token request with a correct client assertion</translation>
    </message>
    <message>
        <source>Conformance: the same client assertion again (its jti replayed)</source>
        <translation>Conformance: the same client assertion again (its jti replayed)</translation>
    </message>
    <message>
        <source>Conformance: client assertion whose aud is not the token URL</source>
        <translation>Conformance: client assertion whose aud is not the token URL</translation>
    </message>
    <message>
        <source>Conformance: client assertion whose sub is not its iss</source>
        <translation>Conformance: client assertion whose sub is not its iss</translation>
    </message>
    <message>
        <source>Conformance: client assertion that expires in an hour</source>
        <translation>Conformance: client assertion that expires in an hour</translation>
    </message>
    <message>
        <source>call %1 answered %2</source>
        <translation>call %1 answered %2</translation>
    </message>
    <message>
        <source>refused, but SMART asks for invalid_client: %1</source>
        <translation>refused, but SMART asks for invalid_client: %1</translation>
    </message>
    <message>
        <source>the assertion was not accepted the first time (call %1), so its replay proves nothing</source>
        <translation>the assertion was not accepted the first time (call %1), so its replay proves nothing</translation>
    </message>
    <message>
        <source>%1 (call %2): %3</source>
        <translation>%1 (call %2): %3</translation>
    </message>
    <message>
        <source>the private key cannot sign a client assertion: %1</source>
        <translation>the private key cannot sign a client assertion: %1</translation>
    </message>
    <message>
        <source>no token URL: the profile&apos;s token request and the SMART configuration name none</source>
        <translation>no token URL: the profile&apos;s token request and the SMART configuration name none</translation>
    </message>
    <message>
        <source>no access_token</source>
        <translation>no access_token</translation>
    </message>
    <message>
        <source>no token_type</source>
        <translation>no token_type</translation>
    </message>
    <message>
        <source>token_type &quot;%1&quot;, expected &quot;bearer&quot;</source>
        <translation>token_type &quot;%1&quot;, expected &quot;bearer&quot;</translation>
    </message>
    <message>
        <source>expires_in is not a number</source>
        <translation>expires_in is not a number</translation>
    </message>
    <message>
        <source>no expires_in (the token&apos;s lifetime in seconds)</source>
        <translation>no expires_in (the token&apos;s lifetime in seconds)</translation>
    </message>
    <message>
        <source>no scope (the scopes granted)</source>
        <translation>no scope (the scopes granted)</translation>
    </message>
    <message>
        <source>accepted: 200 with a token</source>
        <translation>accepted: 200 with a token</translation>
    </message>
    <message>
        <source>no private key for a client assertion: choose a profile whose token request signs with a key (private_key_jwt), or the Sandbox</source>
        <translation>no private key for a client assertion: choose a profile whose token request signs with a key (private_key_jwt), or the Sandbox</translation>
    </message>
</context>
<context>
    <name>TokenHealthCheck</name>
    <message>
        <source>Token health check</source>
        <translation>Token health check</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>The server could not be reached: %1</translation>
    </message>
    <message>
        <source>There is no token: the gateway answers 401 Unauthorized.</source>
        <translation>There is no token: the gateway answers 401 Unauthorized.</translation>
    </message>
    <message>
        <source>Paste an access token, or obtain one from the token endpoint.</source>
        <translation>Paste an access token, or obtain one from the token endpoint.</translation>
    </message>
    <message>
        <source>The token is blank: only whitespace was pasted.</source>
        <translation>The token is blank: only whitespace was pasted.</translation>
    </message>
    <message>
        <source>Paste the access_token value from the token response.</source>
        <translation>Paste the access_token value from the token response.</translation>
    </message>
    <message>
        <source>The gateway let the probe through (%1, %2).</source>
        <translation>The gateway let the probe through (%1, %2).</translation>
    </message>
    <message>
        <source>It has pasting mistakes the server tolerated; see the token inspector.</source>
        <translation>It has pasting mistakes the server tolerated; see the token inspector.</translation>
    </message>
    <message>
        <source>The token works for %1.</source>
        <translation>The token works for %1.</translation>
    </message>
    <message>
        <source>The token expired %1 ago (%2).</source>
        <translation>The token expired %1 ago (%2).</translation>
    </message>
    <message>
        <source>Get a new token; no refresh exists for backend services.</source>
        <translation>Get a new token; no refresh exists for backend services.</translation>
    </message>
    <message>
        <source>The token was issued for %1, not for %2.</source>
        <translation>The token was issued for %1, not for %2.</translation>
    </message>
    <message>
        <source>Use a token from %1&apos;s token endpoint, or switch the profile.</source>
        <translation>Use a token from %1&apos;s token endpoint, or switch the profile.</translation>
    </message>
    <message>
        <source>The token is malformed: %1</source>
        <translation>The token is malformed: %1</translation>
    </message>
    <message>
        <source>The gateway rejected the token (%1).</source>
        <translation>The gateway rejected the token (%1).</translation>
    </message>
    <message>
        <source>It is well formed but not accepted: revoked, issued for another client, or for another API.</source>
        <translation>It is well formed but not accepted: revoked, issued for another client, or for another API.</translation>
    </message>
    <message>
        <source>The token is valid but lacks the scope for this request.</source>
        <translation>The token is valid but lacks the scope for this request.</translation>
    </message>
    <message>
        <source>Its scope: %1</source>
        <translation>Its scope: %1</translation>
    </message>
    <message>
        <source>The authenticated probe failed: %1</source>
        <translation>The authenticated probe failed: %1</translation>
    </message>
    <message>
        <source>The probe was refused: %1</source>
        <translation>The probe was refused: %1</translation>
    </message>
    <message>
        <source>There is no token: the server answers %1.</source>
        <translation>There is no token: the server answers %1.</translation>
    </message>
    <message>
        <source> The server did not check it: its probe (%1) answered %2 anyway.</source>
        <translation> The server did not check it: its probe (%1) answered %2 anyway.</translation>
    </message>
    <message>
        <source>The token is not valid yet (its nbf is in the future).</source>
        <translation>The token is not valid yet (its nbf is in the future).</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock, or wait.</source>
        <translation>Check this computer&apos;s clock, or wait.</translation>
    </message>
    <message>
        <source>The server accepted the probe (%1, %2).</source>
        <translation>The server accepted the probe (%1, %2).</translation>
    </message>
    <message>
        <source>Token health check: the same request without the token</source>
        <translation>Token health check: the same request without the token</translation>
    </message>
    <message>
        <source>Without the token the same request is refused (%1, %2).</source>
        <translation>Without the token the same request is refused (%1, %2).</translation>
    </message>
    <message>
        <source>This server did not check the token: it answers the probe without one.</source>
        <translation>This server did not check the token: it answers the probe without one.</translation>
    </message>
    <message>
        <source>%1 answered %2 with the token and without it, and the server offers no kick-off to try instead. Whether the token is good shows only when a protected call is made (an export).</source>
        <translation>%1 answered %2 with the token and without it, and the server offers no kick-off to try instead. Whether the token is good shows only when a protected call is made (an export).</translation>
    </message>
    <message>
        <source>Token health check: a kick-off with the token (cancelled at once)</source>
        <translation>Token health check: a kick-off with the token (cancelled at once)</translation>
    </message>
    <message>
        <source>Token health check: a kick-off without the token</source>
        <translation>Token health check: a kick-off without the token</translation>
    </message>
    <message>
        <source>Token health check: cancel the job the kick-off started</source>
        <translation>Token health check: cancel the job the kick-off started</translation>
    </message>
    <message>
        <source>%1 answered %2 with the token and without it; a kick-off without the token was not refused for want of one either (%3), so no call showed that the token is checked.</source>
        <translation>%1 answered %2 with the token and without it; a kick-off without the token was not refused for want of one either (%3), so no call showed that the token is checked.</translation>
    </message>
    <message>
        <source>This server did not check the token: it starts exports without one.</source>
        <translation>This server did not check the token: it starts exports without one.</translation>
    </message>
    <message>
        <source>A kick-off was accepted without the token (%1) and with it (%2); both jobs were cancelled at once.</source>
        <translation>A kick-off was accepted without the token (%1) and with it (%2); both jobs were cancelled at once.</translation>
    </message>
    <message>
        <source>A kick-off is refused without the token and accepted with it (%1); the job was cancelled at once.</source>
        <translation>A kick-off is refused without the token and accepted with it (%1); the job was cancelled at once.</translation>
    </message>
    <message>
        <source>A kick-off is refused without the token; with it, the server got past its authorization and answered %1.</source>
        <translation>A kick-off is refused without the token; with it, the server got past its authorization and answered %1.</translation>
    </message>
    <message>
        <source>Group reads answer here without a token; the kick-off, which checks it, refused it. %1</source>
        <translation>Group reads answer here without a token; the kick-off, which checks it, refused it. %1</translation>
    </message>
    <message>
        <source>The pasted text also has a pasting mistake (%1); the check sent the token without it.</source>
        <translation>The pasted text also has a pasting mistake (%1); the check sent the token without it.</translation>
    </message>
</context>
<context>
    <name>TokenInspectorDialog</name>
    <message>
        <source>Token inspector</source>
        <translation>Token inspector</translation>
    </message>
    <message>
        <source>&amp;Token to inspect (leave empty for the active profile&apos;s token):</source>
        <translation>&amp;Token to inspect (leave empty for the active profile&apos;s token):</translation>
    </message>
    <message>
        <source>Paste a token here to check it before you use it</source>
        <translation>Paste a token here to check it before you use it</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Findings</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>&amp;Claims</translation>
    </message>
    <message>
        <source>&amp;Header and payload</source>
        <translation>&amp;Header and payload</translation>
    </message>
    <message>
        <source>&amp;Use the cleaned token</source>
        <translation>&amp;Use the cleaned token</translation>
    </message>
    <message>
        <source>Put the token without the whitespace, quotes and &quot;Bearer &quot; found above into the Token field</source>
        <translation>Put the token without the whitespace, quotes and &quot;Bearer &quot; found above into the Token field</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Fix</translation>
    </message>
    <message>
        <source>Header:
%1
Payload:
%2
The signature is not checked here.</source>
        <translation>Header:
%1
Payload:
%2
The signature is not checked here.</translation>
    </message>
    <message>
        <source>Not a JWT: there is no header or payload to show.</source>
        <translation>Not a JWT: there is no header or payload to show.</translation>
    </message>
    <message>
        <source>Token of %1</source>
        <translation>Token of %1</translation>
    </message>
    <message>
        <source>Pasted token</source>
        <translation>Pasted token</translation>
    </message>
    <message>
        <source>%1 chars, sha256 %2</source>
        <translation>%1 chars, sha256 %2</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <source>Expires in %1.</source>
        <translation>Expires in %1.</translation>
    </message>
    <message>
        <source>Expired %1 ago.</source>
        <translation>Expired %1 ago.</translation>
    </message>
    <message>
        <source>The token names no audience or issuer: it cannot be matched to a server.</source>
        <translation>The token names no audience or issuer: it cannot be matched to a server.</translation>
    </message>
    <message>
        <source>Audience/issuer match %1 (%2).</source>
        <translation>Audience/issuer match %1 (%2).</translation>
    </message>
    <message>
        <source>⚠ This token was issued for %1 (%2), but you are sending it to %3 (%4).</source>
        <translation>⚠ This token was issued for %1 (%2), but you are sending it to %3 (%4).</translation>
    </message>
    <message>
        <source>Audience/issuer (%1) name none of your profiles.</source>
        <translation>Audience/issuer (%1) name none of your profiles.</translation>
    </message>
    <message>
        <source>The _type list of the Group export you plan; Group itself is always checked</source>
        <translation>The _type list of the Group export you plan; Group itself is always checked</translation>
    </message>
    <message>
        <source>An opaque token&apos;s scope is known only from the token response.</source>
        <translation>An opaque token&apos;s scope is known only from the token response.</translation>
    </message>
    <message>
        <source>⚠ The token carries no scope claim.</source>
        <translation>⚠ The token carries no scope claim.</translation>
    </message>
    <message>
        <source>✔ Scope &quot;%1&quot; allows reading Group and %2.</source>
        <translation>✔ Scope &quot;%1&quot; allows reading Group and %2.</translation>
    </message>
    <message>
        <source>✘ Scope &quot;%1&quot; does not allow reading %2: the server will refuse that export.</source>
        <translation>✘ Scope &quot;%1&quot; does not allow reading %2: the server will refuse that export.</translation>
    </message>
    <message>
        <source>Token response: obtained %1, expires_in %2 s, scope &quot;%3&quot;.</source>
        <translation>Token response: obtained %1, expires_in %2 s, scope &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Token findings</source>
        <translation>Token findings</translation>
    </message>
    <message>
        <source>Token claims</source>
        <translation>Token claims</translation>
    </message>
    <message>
        <source>Token header and payload</source>
        <translation>Token header and payload</translation>
    </message>
    <message>
        <source>Scope check for an export of t&amp;ypes:</source>
        <translation>Scope check for an export of t&amp;ypes:</translation>
    </message>
    <message>
        <source>Calls made with each token (hover a tick for the call, click or Enter to show it in the log):</source>
        <translation>Calls made with each token (hover a tick for the call, click or Enter to show it in the log):</translation>
    </message>
    <message>
        <source>The active profile&apos;s token</source>
        <translation>The active profile&apos;s token</translation>
    </message>
</context>
<context>
    <name>TokenLifeModel</name>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>#%1 %2 %3 → %4, %5</source>
        <translation>#%1 %2 %3 → %4, %5</translation>
    </message>
    <message>
        <source>Token %1</source>
        <translation>Token %1</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Issued %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Expires %1</translation>
    </message>
    <message>
        <source>Lifetime unknown: drawn from its first to its last call</source>
        <translation>Lifetime unknown: drawn from its first to its last call</translation>
    </message>
    <message>
        <source>Renewal planned %1</source>
        <translation>Renewal planned %1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n failed)</source>
        <translation>
            <numerusform>(%n failed)</numerusform>
            <numerusform>(%n failed)</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 %2 %3 → %4, %5 (an earlier session&apos;s call, from the history)</source>
        <translation>#%1 %2 %3 → %4, %5 (an earlier session&apos;s call, from the history)</translation>
    </message>
    <message numerus="yes">
        <source>(%n from earlier sessions, in the history)</source>
        <translation>
            <numerusform>(%n from earlier sessions, in the history)</numerusform>
            <numerusform>(%n from earlier sessions, in the history)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenLifeStrip</name>
    <message>
        <source>Token lifetimes</source>
        <translation>Token lifetimes</translation>
    </message>
    <message>
        <source>No token yet: its lifetime and the calls that carried it appear here.</source>
        <translation>No token yet: its lifetime and the calls that carried it appear here.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>exp %1</source>
        <translation>exp %1</translation>
    </message>
    <message>
        <source>lifetime unknown</source>
        <translation>lifetime unknown</translation>
    </message>
    <message>
        <source>The token&apos;s life: hover a tick for the call, click it (or choose it with Left/Right and press Enter) to show it in the log</source>
        <translation>The token&apos;s life: hover a tick for the call, click it (or choose it with Left/Right and press Enter) to show it in the log</translation>
    </message>
    <message>
        <source>No token yet.</source>
        <translation>No token yet.</translation>
    </message>
    <message>
        <source>Left and Right choose a call, Enter shows it in the log.</source>
        <translation>Left and Right choose a call, Enter shows it in the log.</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>no token</translation>
    </message>
</context>
<context>
    <name>TokenLint</name>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>The token is empty.</translation>
    </message>
    <message>
        <source>Paste the access_token value from the token response.</source>
        <translation>Paste the access_token value from the token response.</translation>
    </message>
    <message>
        <source>The token contains a line break.</source>
        <translation>The token contains a line break.</translation>
    </message>
    <message>
        <source>Copy it again as one line; a header cannot carry line breaks.</source>
        <translation>Copy it again as one line; a header cannot carry line breaks.</translation>
    </message>
    <message>
        <source>The token starts or ends with spaces.</source>
        <translation>The token starts or ends with spaces.</translation>
    </message>
    <message>
        <source>Remove the spaces around the token.</source>
        <translation>Remove the spaces around the token.</translation>
    </message>
    <message>
        <source>The token is wrapped in quotes.</source>
        <translation>The token is wrapped in quotes.</translation>
    </message>
    <message>
        <source>Remove the quotes: they were part of the JSON, not of the token.</source>
        <translation>Remove the quotes: they were part of the JSON, not of the token.</translation>
    </message>
    <message>
        <source>&quot;Bearer &quot; appears %1 times before the token.</source>
        <translation>&quot;Bearer &quot; appears %1 times before the token.</translation>
    </message>
    <message>
        <source>Paste the token alone; the explorer adds &quot;Bearer &quot; itself.</source>
        <translation>Paste the token alone; the explorer adds &quot;Bearer &quot; itself.</translation>
    </message>
    <message>
        <source>The token includes the &quot;Bearer &quot; scheme.</source>
        <translation>The token includes the &quot;Bearer &quot; scheme.</translation>
    </message>
    <message>
        <source>The scheme is written &quot;bearer&quot; in lower case.</source>
        <translation>The scheme is written &quot;bearer&quot; in lower case.</translation>
    </message>
    <message>
        <source>Use &quot;Bearer&quot;; some gateways compare the scheme case-sensitively.</source>
        <translation>Use &quot;Bearer&quot;; some gateways compare the scheme case-sensitively.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) are not allowed in a bearer token (RFC 6750).</source>
        <translation>
            <numerusform>%n character is not allowed in a bearer token (RFC 6750).</numerusform>
            <numerusform>%n characters are not allowed in a bearer token (RFC 6750).</numerusform>
        </translation>
    </message>
    <message>
        <source>Check for spaces, commas or invisible characters from the copy.</source>
        <translation>Check for spaces, commas or invisible characters from the copy.</translation>
    </message>
    <message>
        <source>The token is not a JWT (opaque): only the server can tell what it grants.</source>
        <translation>The token is not a JWT (opaque): only the server can tell what it grants.</translation>
    </message>
    <message>
        <source>A JWT has 3 parts separated by dots; this one has %1.</source>
        <translation>A JWT has 3 parts separated by dots; this one has %1.</translation>
    </message>
    <message>
        <source>The token was cut or joined with something else: copy it again completely.</source>
        <translation>The token was cut or joined with something else: copy it again completely.</translation>
    </message>
    <message>
        <source>Part %1 of the JWT is not base64url.</source>
        <translation>Part %1 of the JWT is not base64url.</translation>
    </message>
    <message>
        <source>The token was damaged in the copy: copy it again.</source>
        <translation>The token was damaged in the copy: copy it again.</translation>
    </message>
    <message>
        <source>Part %1 of the JWT is not a JSON object.</source>
        <translation>Part %1 of the JWT is not a JSON object.</translation>
    </message>
    <message>
        <source>This is not a JWT the server issued: get a new token.</source>
        <translation>This is not a JWT the server issued: get a new token.</translation>
    </message>
    <message>
        <source>The JWT has no exp claim: its lifetime is unknown.</source>
        <translation>The JWT has no exp claim: its lifetime is unknown.</translation>
    </message>
    <message>
        <source>The token expired at %1.</source>
        <translation>The token expired at %1.</translation>
    </message>
    <message>
        <source>The token is not valid yet (nbf is in the future).</source>
        <translation>The token is not valid yet (nbf is in the future).</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock, or wait.</source>
        <translation>Check this computer&apos;s clock, or wait.</translation>
    </message>
    <message>
        <source>The token was issued in the future (iat %1): one of the clocks is wrong.</source>
        <translation>The token was issued in the future (iat %1): one of the clocks is wrong.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock.</source>
        <translation>Check this computer&apos;s clock.</translation>
    </message>
    <message>
        <source>Get a new token: servers refuse an expired one.</source>
        <translation>Get a new token: servers refuse an expired one.</translation>
    </message>
</context>
<context>
    <name>TokenRequestDialog</name>
    <message>
        <source>Get token</source>
        <translation>Get token</translation>
    </message>
    <message>
        <source>Token &amp;URL:</source>
        <translation>Token &amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation>&amp;Discover</translation>
    </message>
    <message>
        <source>Read the token URL from .well-known/smart-configuration, or from the CapabilityStatement&apos;s oauth-uris</source>
        <translation>Read the token URL from .well-known/smart-configuration, or from the CapabilityStatement&apos;s oauth-uris</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>&amp;Client id:</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>Sc&amp;ope:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentication:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client &amp;secret:</translation>
    </message>
    <message>
        <source>kept in the OS keychain</source>
        <translation>kept in the OS keychain</translation>
    </message>
    <message>
        <source>Private key for the client assertion</source>
        <translation>Private key for the client assertion</translation>
    </message>
    <message>
        <source>Generate &amp;RS384 key</source>
        <translation>Generate &amp;RS384 key</translation>
    </message>
    <message>
        <source>Generate &amp;ES384 key</source>
        <translation>Generate &amp;ES384 key</translation>
    </message>
    <message>
        <source>&amp;Import PEM…</source>
        <translation>&amp;Import PEM…</translation>
    </message>
    <message>
        <source>Copy public &amp;JWKS</source>
        <translation>Copy public &amp;JWKS</translation>
    </message>
    <message>
        <source>The public JWKS to register with the server appears here</source>
        <translation>The public JWKS to register with the server appears here</translation>
    </message>
    <message>
        <source>Get token for %1</source>
        <translation>Get token for %1</translation>
    </message>
    <message>
        <source>Client secret, HTTP Basic (client_secret_basic)</source>
        <translation>Client secret, HTTP Basic (client_secret_basic)</translation>
    </message>
    <message>
        <source>Client secret in the form (client_secret_post)</source>
        <translation>Client secret in the form (client_secret_post)</translation>
    </message>
    <message>
        <source>Private key JWT (RS384 or ES384)</source>
        <translation>Private key JWT (RS384 or ES384)</translation>
    </message>
    <message>
        <source>Import private key</source>
        <translation>Import private key</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>PEM files (*.pem *.key);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The public JWKS is on the clipboard.</source>
        <translation>The public JWKS is on the clipboard.</translation>
    </message>
    <message>
        <source>No key yet: generate one here, or import your PEM.</source>
        <translation>No key yet: generate one here, or import your PEM.</translation>
    </message>
    <message>
        <source>This key cannot be used: %1</source>
        <translation>This key cannot be used: %1</translation>
    </message>
    <message>
        <source>%1 key, kid %2. The private key stays in the keychain; register the public JWKS below with the server.</source>
        <translation>%1 key, kid %2. The private key stays in the keychain; register the public JWKS below with the server.</translation>
    </message>
    <message>
        <source>Asking %1 where its token endpoint is …</source>
        <translation>Asking %1 where its token endpoint is …</translation>
    </message>
    <message>
        <source>Found in .well-known/smart-configuration (call #%1).</source>
        <translation>Found in .well-known/smart-configuration (call #%1).</translation>
    </message>
    <message>
        <source>Found in the CapabilityStatement&apos;s oauth-uris (call #%1).</source>
        <translation>Found in the CapabilityStatement&apos;s oauth-uris (call #%1).</translation>
    </message>
    <message>
        <source>The server announces no token endpoint (calls #%1 and #%2); type the URL from the vendor&apos;s documentation.</source>
        <translation>The server announces no token endpoint (calls #%1 and #%2); type the URL from the vendor&apos;s documentation.</translation>
    </message>
    <message>
        <source>The token URL is not an http(s) URL with a host.</source>
        <translation>The token URL is not an http(s) URL with a host.</translation>
    </message>
    <message>
        <source>A client id is needed.</source>
        <translation>A client id is needed.</translation>
    </message>
    <message>
        <source>Generate or import a private key first.</source>
        <translation>Generate or import a private key first.</translation>
    </message>
</context>
<context>
    <name>TokenSession</name>
    <message>
        <source>The token was renewed before it expired (call #%1).</source>
        <translation>The token was renewed before it expired (call #%1).</translation>
    </message>
    <message>
        <source>Renewing the token failed: %1</source>
        <translation>Renewing the token failed: %1</translation>
    </message>
    <message>
        <source>The keychain refused to read the token: %1</source>
        <translation>The keychain refused to read the token: %1</translation>
    </message>
    <message>
        <source>Getting a token failed: %1</source>
        <translation>Getting a token failed: %1</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No keychain is configured.</source>
        <translation>No keychain is configured.</translation>
    </message>
    <message>
        <source>the keychain refused it</source>
        <translation>the keychain refused it</translation>
    </message>
</context>
<context>
    <name>TransferStats</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
</context>
<context>
    <name>VariableResolver</name>
    <message>
        <source>{{%1}} is not a built-in variable (there are {{$uuid}}, {{$timestamp}}, {{$isoTimestamp}} and {{$randomInt}}).</source>
        <translation>{{%1}} is not a built-in variable (there are {{$uuid}}, {{$timestamp}}, {{$isoTimestamp}} and {{$randomInt}}).</translation>
    </message>
    <message>
        <source>{{%1}} carries a token: only the Authorization header may use it, or it would be sent and recorded in clear.</source>
        <translation>{{%1}} carries a token: only the Authorization header may use it, or it would be sent and recorded in clear.</translation>
    </message>
    <message>
        <source>The variables refer to each other in a circle: %1.</source>
        <translation>The variables refer to each other in a circle: %1.</translation>
    </message>
    <message>
        <source>{{%1}} is not defined: define @%1 = … in the file, or give it from an environment or the command line.</source>
        <translation>{{%1}} is not defined: define @%1 = … in the file, or give it from an environment or the command line.</translation>
    </message>
    <message>
        <source>{{token}} is the profile&apos;s token, and there is none.</source>
        <translation>{{token}} is the profile&apos;s token, and there is none.</translation>
    </message>
    <message>
        <source>{{%1}} would take the token from the request file itself, and a token is never kept in a file: give it from an environment.</source>
        <translation>{{%1}} would take the token from the request file itself, and a token is never kept in a file: give it from an environment.</translation>
    </message>
    <message>
        <source>{{%1}} (the token for the Authorization header) is not defined: give it from an environment or the command line.</source>
        <translation>{{%1}} (the token for the Authorization header) is not defined: give it from an environment or the command line.</translation>
    </message>
    <message>
        <source>{{%1}} (the token for the Authorization header) is empty in %2.</source>
        <translation>{{%1}} (the token for the Authorization header) is empty in %2.</translation>
    </message>
</context>
<context>
    <name>VendorChecks</name>
    <message>
        <source>Conformance: read a Group without a token</source>
        <translation>Conformance: read a Group without a token</translation>
    </message>
    <message>
        <source>Conformance: read a Group with an empty Authorization header</source>
        <translation>Conformance: read a Group with an empty Authorization header</translation>
    </message>
    <message>
        <source>Conformance: read a Group with a damaged token</source>
        <translation>Conformance: read a Group with a damaged token</translation>
    </message>
    <message>
        <source>Conformance: read a Group with an expired token</source>
        <translation>Conformance: read a Group with an expired token</translation>
    </message>
    <message>
        <source>Conformance: read a Group with a token scoped for Patient only</source>
        <translation>Conformance: read a Group with a token scoped for Patient only</translation>
    </message>
    <message>
        <source>Conformance: a path the gateway does not route</source>
        <translation>Conformance: a path the gateway does not route</translation>
    </message>
    <message>
        <source>Conformance: a token without the Bearer scheme</source>
        <translation>Conformance: a token without the Bearer scheme</translation>
    </message>
    <message>
        <source>Conformance: a verb the gateway does not route (PATCH)</source>
        <translation>Conformance: a verb the gateway does not route (PATCH)</translation>
    </message>
    <message>
        <source>Conformance: an unrouted path without a token</source>
        <translation>Conformance: an unrouted path without a token</translation>
    </message>
    <message>
        <source>Conformance: read the CapabilityStatement</source>
        <translation>Conformance: read the CapabilityStatement</translation>
    </message>
    <message>
        <source>the body is not a CapabilityStatement</source>
        <translation>the body is not a CapabilityStatement</translation>
    </message>
    <message>
        <source>fhirVersion is &quot;%1&quot;, expected 4.0.1</source>
        <translation>fhirVersion is &quot;%1&quot;, expected 4.0.1</translation>
    </message>
    <message>
        <source>format does not list %1</source>
        <translation>format does not list %1</translation>
    </message>
    <message>
        <source>instantiates does not name the Bulk Data CapabilityStatement</source>
        <translation>instantiates does not name the Bulk Data CapabilityStatement</translation>
    </message>
    <message>
        <source>Group declares no export operation</source>
        <translation>Group declares no export operation</translation>
    </message>
    <message>
        <source>Conformance: read the SMART configuration</source>
        <translation>Conformance: read the SMART configuration</translation>
    </message>
    <message>
        <source>no SMART configuration was served</source>
        <translation>no SMART configuration was served</translation>
    </message>
    <message>
        <source>token_endpoint is missing or not an absolute URL</source>
        <translation>token_endpoint is missing or not an absolute URL</translation>
    </message>
    <message>
        <source>grant_types_supported does not list client_credentials</source>
        <translation>grant_types_supported does not list client_credentials</translation>
    </message>
    <message>
        <source>capabilities is missing</source>
        <translation>capabilities is missing</translation>
    </message>
    <message>
        <source>Conformance: export kick-off without Prefer</source>
        <translation>Conformance: export kick-off without Prefer</translation>
    </message>
    <message>
        <source>X-Powered-By does not start with &quot;HAPI FHIR&quot;</source>
        <translation>X-Powered-By does not start with &quot;HAPI FHIR&quot;</translation>
    </message>
    <message>
        <source>processed as if respond-async had been sent (allowed)</source>
        <translation>processed as if respond-async had been sent (allowed)</translation>
    </message>
    <message>
        <source>refused with %1 and an OperationOutcome</source>
        <translation>refused with %1 and an OperationOutcome</translation>
    </message>
    <message>
        <source>answered %1 without an OperationOutcome in JSON (an error SHALL be one)</source>
        <translation>answered %1 without an OperationOutcome in JSON (an error SHALL be one)</translation>
    </message>
    <message>
        <source>Conformance: read a Patient that does not exist</source>
        <translation>Conformance: read a Patient that does not exist</translation>
    </message>
    <message>
        <source>Conformance: read an AllergyIntolerance (not implemented)</source>
        <translation>Conformance: read an AllergyIntolerance (not implemented)</translation>
    </message>
    <message>
        <source>AllergyIntolerance read is implemented now (404, not 501)</source>
        <translation>AllergyIntolerance read is implemented now (404, not 501)</translation>
    </message>
    <message>
        <source>Conformance: read a Group with a UUID as X-Request-ID</source>
        <translation>Conformance: read a Group with a UUID as X-Request-ID</translation>
    </message>
    <message>
        <source>the X-Request-ID sent came back neither as X-Request-ID nor as X-Correlation-Id (%1)</source>
        <translation>the X-Request-ID sent came back neither as X-Request-ID nor as X-Correlation-Id (%1)</translation>
    </message>
    <message>
        <source>Conformance: read a Group with a non-UUID X-Request-ID</source>
        <translation>Conformance: read a Group with a non-UUID X-Request-ID</translation>
    </message>
    <message>
        <source>the X-Request-ID sent came back neither in X-Correlation-Id nor as X-Request-ID (%1)</source>
        <translation>the X-Request-ID sent came back neither in X-Correlation-Id nor as X-Request-ID (%1)</translation>
    </message>
    <message>
        <source>Conformance: read a Group as the vendor&apos;s example does</source>
        <translation>Conformance: read a Group as the vendor&apos;s example does</translation>
    </message>
    <message>
        <source>the body is not Group %1</source>
        <translation>the body is not Group %1</translation>
    </message>
    <message>
        <source>the body is not Group %1 in FHIR XML</source>
        <translation>the body is not Group %1 in FHIR XML</translation>
    </message>
    <message>
        <source>Conformance: read a Group as FHIR XML (Accept)</source>
        <translation>Conformance: read a Group as FHIR XML (Accept)</translation>
    </message>
    <message>
        <source>Conformance: read a Group as FHIR XML (_format)</source>
        <translation>Conformance: read a Group as FHIR XML (_format)</translation>
    </message>
    <message>
        <source>Conformance: read the Group</source>
        <translation>Conformance: read the Group</translation>
    </message>
    <message>
        <source>Conformance: search Groups</source>
        <translation>Conformance: search Groups</translation>
    </message>
    <message>
        <source>the search answer is not a searchset Bundle</source>
        <translation>the search answer is not a searchset Bundle</translation>
    </message>
</context>
<context>
    <name>WaterfallModel</name>
    <message>
        <source>✔ answered</source>
        <translation>✔ answered</translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation>✘ failed</translation>
    </message>
    <message>
        <source>⊘ cancelled</source>
        <translation>⊘ cancelled</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>#%1 %2 %3 → %4</source>
        <translation>#%1 %2 %3 → %4</translation>
    </message>
    <message>
        <source>Started %1 · took %2 ms</source>
        <translation>Started %1 · took %2 ms</translation>
    </message>
    <message>
        <source>Waited %1 ms for the first byte, received for %2 ms</source>
        <translation>Waited %1 ms for the first byte, received for %2 ms</translation>
    </message>
    <message>
        <source>Redirect hop %1</source>
        <translation>Redirect hop %1</translation>
    </message>
    <message>
        <source>Token %1</source>
        <translation>Token %1</translation>
    </message>
</context>
<context>
    <name>WindowDocks</name>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Server capabilities</source>
        <translation>Server capabilities</translation>
    </message>
    <message>
        <source>Capabilities…</source>
        <translation>Capabilities…</translation>
    </message>
    <message>
        <source>What the server says it can do (Ctrl+Shift+S)</source>
        <translation>What the server says it can do (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Calls over time</source>
        <translation>Calls over time</translation>
    </message>
    <message>
        <source>Saved requests</source>
        <translation>Saved requests</translation>
    </message>
    <message>
        <source>Open co&amp;llection…</source>
        <translation>Open co&amp;llection…</translation>
    </message>
    <message>
        <source>A .http file or a Postman collection, listed in the Saved requests dock</source>
        <translation>A .http file or a Postman collection, listed in the Saved requests dock</translation>
    </message>
    <message>
        <source>Open a collection</source>
        <translation>Open a collection</translation>
    </message>
    <message>
        <source>Saved requests (*.http *.rest *.json);;All files (*)</source>
        <translation>Saved requests (*.http *.rest *.json);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Run saved requests</source>
        <translation>&amp;Run saved requests</translation>
    </message>
    <message>
        <source>Run the request or file selected in the Saved requests dock (all listed when none is selected)</source>
        <translation>Run the request or file selected in the Saved requests dock (all listed when none is selected)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The Sandbox is not running.</source>
        <translation>The Sandbox is not running.</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Send request</translation>
    </message>
    <message>
        <source>This token variant can be made on the Sandbox only (other servers sign their own).</source>
        <translation>This token variant can be made on the Sandbox only (other servers sign their own).</translation>
    </message>
</context>
</TS>
