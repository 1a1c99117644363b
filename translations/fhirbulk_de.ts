<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiCall</name>
    <message>
        <source>Invalid URL: %1</source>
        <translation>Ungültige URL: %1</translation>
    </message>
    <message>
        <source>The answer&apos;s header block could not be read: a header longer than 8 KiB, more than 100 headers, or a malformed header name (the limits of the HTTP reader; a server sends a few KiB). The answer is refused.</source>
        <translation>Der Header-Block der Antwort ließ sich nicht lesen: ein Header länger als 8 KiB, mehr als 100 Header oder ein fehlerhafter Header-Name (die Grenzen des HTTP-Lesers; ein Server sendet wenige KiB). Die Antwort wird abgewiesen.</translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message>
        <source>Tools</source>
        <translation>Werk&amp;zeuge</translation>
    </message>
    <message>
        <source>Check this server…</source>
        <translation>Diesen Server prüfen…</translation>
    </message>
    <message>
        <source>About FHIR Bulk Explorer</source>
        <translation>Über FHIR Bulk Explorer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FHIR Bulk Explorer %1&lt;/h3&gt;&lt;p&gt;Explore and troubleshoot FHIR Bulk Data Export APIs: every call recorded, every answer explained.&lt;/p&gt;&lt;p&gt;Tokens live in the OS keychain, never in a file; logs and copies show only their length and SHA-256 fingerprint.&lt;/p&gt;&lt;p&gt;Commit %2 · Qt %3 · QtKeychain %4&lt;br&gt;Keychain: %5%6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FHIR Bulk Explorer %1&lt;/h3&gt;&lt;p&gt;FHIR-Bulk-Data-Export-APIs erkunden und Fehler finden: jeder Aufruf aufgezeichnet, jede Antwort erklärt.&lt;/p&gt;&lt;p&gt;Tokens liegen im Schlüsselbund des Betriebssystems, nie in einer Datei; Protokolle und Kopien zeigen nur Länge und SHA-256-Fingerabdruck.&lt;/p&gt;&lt;p&gt;Commit %2 · Qt %3 · QtKeychain %4&lt;br&gt;Schlüsselbund: %5%6&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (not available: tokens are kept for this session only)</source>
        <translation> (nicht verfügbar: Tokens bleiben nur für diese Sitzung)</translation>
    </message>
    <message>
        <source>The log folder is %1</source>
        <translation>Der Protokollordner ist %1</translation>
    </message>
</context>
<context>
    <name>AuthEvidence</name>
    <message>
        <source>no Authorization header (withheld: another origin)</source>
        <translation>kein Authorization-Header (zurückgehalten: anderer Ursprung)</translation>
    </message>
    <message>
        <source>no Authorization header</source>
        <translation>kein Authorization-Header</translation>
    </message>
    <message>
        <source>an empty Authorization header</source>
        <translation>ein leerer Authorization-Header</translation>
    </message>
    <message>
        <source>no scheme</source>
        <translation>kein Schema</translation>
    </message>
    <message numerus="yes">
        <source>%n extra space(s)</source>
        <translation>
            <numerusform>%n zusätzliches Leerzeichen</numerusform>
            <numerusform>%n zusätzliche Leerzeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>token (%n chars)</source>
        <translation>
            <numerusform>Token (%n Zeichen)</numerusform>
            <numerusform>Token (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trailing space(s)</source>
        <translation>
            <numerusform>%n Leerzeichen am Ende</numerusform>
            <numerusform>%n Leerzeichen am Ende</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthTemplate</name>
    <message>
        <source>The Authorization scheme &quot;%1&quot; is not sent from a saved request: write Authorization: Bearer {{token}}.</source>
        <translation>Das Authorization-Schema „%1“ wird aus einer gespeicherten Anfrage nicht gesendet: schreiben Sie Authorization: Bearer {{token}}.</translation>
    </message>
    <message>
        <source>The Authorization header holds a value written in the file (%1): it is never sent. Write Authorization: Bearer {{token}} for the profile&apos;s token, or Bearer {{name}} with the value from an environment.</source>
        <translation>Der Authorization-Header enthält einen Wert, der in der Datei steht (%1): er wird nie gesendet. Schreiben Sie Authorization: Bearer {{token}} für das Token des Profils oder Bearer {{name}} mit dem Wert aus einer Umgebung.</translation>
    </message>
</context>
<context>
    <name>BinaryContent</name>
    <message>
        <source>The content is declared %1 but is not valid JSON.</source>
        <translation>Der Inhalt ist als %1 deklariert, ist aber kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The content is declared %1 but does not look like an image.</source>
        <translation>Der Inhalt ist als %1 deklariert, sieht aber nicht wie ein Bild aus.</translation>
    </message>
    <message>
        <source>The content is declared %1 but does not start like a PDF.</source>
        <translation>Der Inhalt ist als %1 deklariert, beginnt aber nicht wie ein PDF.</translation>
    </message>
    <message>
        <source>This is a %1, not a Binary.</source>
        <translation>Das ist ein %1, kein Binary.</translation>
    </message>
    <message>
        <source>The Binary&apos;s data is not valid base64, so it cannot be decoded; the raw value is shown.</source>
        <translation>Das data-Element des Binary ist kein gültiges Base64 und lässt sich nicht dekodieren; der Rohwert wird angezeigt.</translation>
    </message>
    <message>
        <source>The resource is not valid JSON (%1).</source>
        <translation>Die Ressource ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>The resource is not a JSON object.</source>
        <translation>Die Ressource ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>BinaryViewer</name>
    <message>
        <source>Binary content</source>
        <translation>Binary-Inhalt</translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>&amp;Image</source>
        <translation>&amp;Bild</translation>
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
        <translation>Als &amp;JSON</translation>
    </message>
    <message>
        <source>As &amp;XML</source>
        <translation>Als &amp;XML</translation>
    </message>
    <message>
        <source>&amp;Save content…</source>
        <translation>Inhal&amp;t speichern…</translation>
    </message>
    <message>
        <source>&amp;Open with system application</source>
        <translation>Mit Systemanwendung ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Binary content — %1</source>
        <translation>Binary-Inhalt — %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Save the content</source>
        <translation>Den Inhalt speichern</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>(binary content: see Hex)</source>
        <translation>(binärer Inhalt: siehe Hex)</translation>
    </message>
    <message>
        <source>Large content is shown line by line; select lines and press Ctrl+C to copy them</source>
        <translation>Großer Inhalt wird zeilenweise gezeigt; Zeilen auswählen und mit Strg+C kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;value</source>
        <translation>&amp;Wert kopieren</translation>
    </message>
    <message>
        <source>The selected node&apos;s JSON or XML value, as written (Ctrl+C)</source>
        <translation>Der JSON- oder XML-Wert des gewählten Knotens, wie geschrieben (Strg+C)</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>&amp;Pfad kopieren</translation>
    </message>
    <message>
        <source>Where the selected node sits, e.g. entry[0].resource.name[0].family</source>
        <translation>Wo der gewählte Knoten steht, z. B. entry[0].resource.name[0].family</translation>
    </message>
    <message>
        <source>Shown as XML, as it was received.</source>
        <translation>Als XML gezeigt, wie empfangen.</translation>
    </message>
    <message>
        <source>Shown as JSON, as it was received.</source>
        <translation>Als JSON gezeigt, wie empfangen.</translation>
    </message>
    <message>
        <source>NDJSON file — %1</source>
        <translation>NDJSON-Datei — %1</translation>
    </message>
    <message>
        <source>size: %1 · read from disk as needed</source>
        <translation>Größe: %1 · bei Bedarf von der Platte gelesen</translation>
    </message>
    <message>
        <source>FHIR content as JSON: converted here by the R4 rules</source>
        <translation>FHIR-Inhalt als JSON: hier nach den R4-Regeln umgewandelt</translation>
    </message>
    <message>
        <source>FHIR content as XML: converted here by the R4 rules</source>
        <translation>FHIR-Inhalt als XML: hier nach den R4-Regeln umgewandelt</translation>
    </message>
    <message>
        <source>FHIR content as XML: asked from the server (its CapabilityStatement lists XML)</source>
        <translation>FHIR-Inhalt als XML: beim Server angefragt (sein CapabilityStatement nennt XML)</translation>
    </message>
    <message>
        <source>FHIR content as JSON: asked from the server</source>
        <translation>FHIR-Inhalt als JSON: beim Server angefragt</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1 …</translation>
    </message>
    <message>
        <source>%1 The raw content is shown.</source>
        <translation>%1 Der Rohinhalt wird gezeigt.</translation>
    </message>
    <message>
        <source>%1 %2 values · %3 lines.</source>
        <translation>%1 %2 Werte · %3 Zeilen.</translation>
    </message>
    <message>
        <source>Asking the server for XML…</source>
        <translation>Frage den Server nach XML …</translation>
    </message>
    <message>
        <source>Asking the server for JSON…</source>
        <translation>Frage den Server nach JSON …</translation>
    </message>
    <message>
        <source>the server answered in the other format</source>
        <translation>der Server antwortete im anderen Format</translation>
    </message>
    <message>
        <source>Shown as XML, as the server sent it.</source>
        <translation>Als XML gezeigt, wie der Server es sandte.</translation>
    </message>
    <message>
        <source>Shown as JSON, as the server sent it.</source>
        <translation>Als JSON gezeigt, wie der Server es sandte.</translation>
    </message>
    <message>
        <source>Converting to XML…</source>
        <translation>Wandle in XML um …</translation>
    </message>
    <message>
        <source>Converting to JSON…</source>
        <translation>Wandle in JSON um …</translation>
    </message>
    <message>
        <source>Shown as XML, converted here by the FHIR R4 rules.</source>
        <translation>Als XML gezeigt, hier nach den FHIR-R4-Regeln umgewandelt.</translation>
    </message>
    <message>
        <source>Shown as JSON, converted here by the FHIR R4 rules.</source>
        <translation>Als JSON gezeigt, hier nach den FHIR-R4-Regeln umgewandelt.</translation>
    </message>
    <message>
        <source>The server did not convert it (%1).</source>
        <translation>Der Server hat es nicht umgewandelt (%1).</translation>
    </message>
    <message>
        <source>Content — %1</source>
        <translation>Inhalt — %1</translation>
    </message>
    <message>
        <source>Binary · contentType: %1 · securityContext: %2 · size: %3</source>
        <translation>Binary · contentType: %1 · securityContext: %2 · Größe: %3</translation>
    </message>
    <message>
        <source>contentType: %1 · size: %2</source>
        <translation>contentType: %1 · Größe: %2</translation>
    </message>
    <message>
        <source>%1 %2 lines.</source>
        <translation>%1 %2 Zeilen.</translation>
    </message>
    <message>
        <source>Shown as text.</source>
        <translation>Als Text gezeigt.</translation>
    </message>
    <message>
        <source>Nothing to search here.</source>
        <translation>Hier gibt es nichts zu durchsuchen.</translation>
    </message>
    <message>
        <source>Content outline</source>
        <translation>Gliederung des Inhalts</translation>
    </message>
    <message>
        <source>Content as text</source>
        <translation>Inhalt als Text</translation>
    </message>
    <message>
        <source>Content lines</source>
        <translation>Zeilen des Inhalts</translation>
    </message>
    <message>
        <source>Content as hex</source>
        <translation>Inhalt als Hex</translation>
    </message>
    <message>
        <source>The content is empty (0 bytes): there is nothing to show. An empty Binary or file is not an error of this viewer; check what the server sent.</source>
        <translation>Der Inhalt ist leer (0 Bytes): es gibt nichts anzuzeigen. Ein leeres Binary oder eine leere Datei ist kein Fehler dieses Betrachters; prüfen Sie, was der Server gesendet hat.</translation>
    </message>
    <message>
        <source>Cannot write a copy to open: %1</source>
        <translation>Eine Kopie zum Öffnen kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>BodyText</name>
    <message>
        <source>Not well-formed XML at line %1, column %2: %3</source>
        <translation>Kein wohlgeformtes XML in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
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
        <translation>Text</translation>
    </message>
    <message>
        <source>binary</source>
        <translation>binär</translation>
    </message>
    <message numerus="yes">
        <source>... %n more bytes</source>
        <translation>
            <numerusform>... %n weiteres Byte</numerusform>
            <numerusform>... %n weitere Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuildInfo</name>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (gebaut mit %2)</translation>
    </message>
</context>
<context>
    <name>BulkManifest</name>
    <message>
        <source>The manifest is not a JSON object (%1 at byte %2).</source>
        <translation>Das Manifest ist kein JSON-Objekt (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The manifest has no output array.</source>
        <translation>Das Manifest hat kein output-Array.</translation>
    </message>
    <message>
        <source>An output entry has no usable url (%1).</source>
        <translation>Ein output-Eintrag hat keine verwendbare url (%1).</translation>
    </message>
</context>
<context>
    <name>CallColumns</name>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
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
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Saved request</source>
        <translation>Gespeicherte Anfrage</translation>
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
        <translation>✘ %1 von %2 nicht erfüllt · %3</translation>
    </message>
    <message>
        <source>No expectations.</source>
        <translation>Keine Erwartungen.</translation>
    </message>
</context>
<context>
    <name>CallDetailPane</name>
    <message>
        <source>Select a call in the log to see its request, response and diagnosis.</source>
        <translation>Wählen Sie einen Aufruf im Protokoll, um Anfrage, Antwort und Diagnose zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Diagnosis</source>
        <translation>Dia&amp;gnose</translation>
    </message>
    <message>
        <source>OperationOutcome issues:</source>
        <translation>Einträge des OperationOutcome:</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copy a curl command that repeats this call, with the token redacted</source>
        <translation>Einen curl-Befehl kopieren, der diesen Aufruf wiederholt, mit geschwärztem Token</translation>
    </message>
    <message>
        <source>Copy as curl with token…</source>
        <translation>Als curl mit Token kopieren…</translation>
    </message>
    <message>
        <source>Copy the curl command with the real token, after you confirm</source>
        <translation>Den curl-Befehl mit dem echten Token kopieren, nach Ihrer Bestätigung</translation>
    </message>
    <message>
        <source>Copy X-Request-ID</source>
        <translation>X-Request-ID kopieren</translation>
    </message>
    <message>
        <source>Copy headers</source>
        <translation>Header kopieren</translation>
    </message>
    <message>
        <source>Copy ids for support</source>
        <translation>IDs für den Support kopieren</translation>
    </message>
    <message>
        <source>Copy method, URL, status, time and every correlation id: what vendor support asks for</source>
        <translation>Methode, URL, Status, Zeit und alle Korrelations-IDs kopieren: was der Hersteller-Support erfragt</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>Ra&amp;w</source>
        <translation>R&amp;oh</translation>
    </message>
    <message>
        <source>Show the body exactly as received</source>
        <translation>Den Inhalt genau so zeigen, wie er empfangen wurde</translation>
    </message>
    <message>
        <source>Find in body</source>
        <translation>Im Inhalt suchen</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>Copy body</source>
        <translation>Inhalt kopieren</translation>
    </message>
    <message>
        <source>response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>ids for support</source>
        <translation>IDs für den Support</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>&lt;b&gt;#%1 %2&lt;/b&gt; &amp;nbsp; %3 %4 &amp;nbsp;→&amp;nbsp; &lt;b&gt;%5&lt;/b&gt; &amp;nbsp; %6 ms &amp;nbsp; %7</source>
        <translation>&lt;b&gt;#%1 %2&lt;/b&gt; &amp;nbsp; %3 %4 &amp;nbsp;→&amp;nbsp; &lt;b&gt;%5&lt;/b&gt; &amp;nbsp; %6 ms &amp;nbsp; %7</translation>
    </message>
    <message>
        <source>X-Request-ID sent: &lt;b&gt;%1&lt;/b&gt;; %2.</source>
        <translation>Gesendete X-Request-ID: &lt;b&gt;%1&lt;/b&gt;; %2.</translation>
    </message>
    <message>
        <source>Gateway request id: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Anfrage-ID des Gateways: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>no Content-Type</source>
        <translation>kein Content-Type</translation>
    </message>
    <message>
        <source>showing the first %1; the whole body is in %2</source>
        <translation>die ersten %1 werden gezeigt; der ganze Inhalt liegt in %2</translation>
    </message>
    <message>
        <source>No response body: %1</source>
        <translation>Kein Antwortinhalt: %1</translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation>Wird formatiert…</translation>
    </message>
    <message>
        <source>(empty body)</source>
        <translation>(leerer Inhalt)</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>curl command (token redacted)</source>
        <translation>curl-Befehl (Token geschwärzt)</translation>
    </message>
    <message>
        <source>X-Request-ID</source>
        <translation>X-Request-ID</translation>
    </message>
    <message>
        <source>… %1 more characters. Request → Preview content (Ctrl+B) shows all of it, with a tree and search.</source>
        <translation>… %1 weitere Zeichen. Anfrage → Inhalt ansehen (Strg+B) zeigt alles, mit Baum und Suche.</translation>
    </message>
    <message>
        <source>Likely causes, most likely first:</source>
        <translation>Mögliche Ursachen, die wahrscheinlichste zuerst:</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Beleg: %1</translation>
    </message>
    <message>
        <source>only the first %1 was kept (the history&apos;s body limit, Preferences)</source>
        <translation>nur die ersten %1 wurden aufbewahrt (Body-Grenze des Verlaufs, Einstellungen)</translation>
    </message>
    <message>
        <source>OperationOutcome issues</source>
        <translation>OperationOutcome-Meldungen</translation>
    </message>
    <message>
        <source>Request as sent</source>
        <translation>Anfrage, wie gesendet</translation>
    </message>
    <message>
        <source>Request and response headers</source>
        <translation>Header von Anfrage und Antwort</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Body der Antwort</translation>
    </message>
    <message>
        <source>Certificate chain as received</source>
        <translation>Zertifikatskette, wie empfangen</translation>
    </message>
    <message>
        <source>&amp;Certificate</source>
        <translation>&amp;Zertifikat</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 The certificate chain passed every check.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 Die Zertifikatskette hat jede Prüfung bestanden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Checks that failed:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Fehlgeschlagene Prüfungen:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <source>Root certificate</source>
        <translation>Stammzertifikat</translation>
    </message>
    <message>
        <source>Intermediate certificate</source>
        <translation>Zwischenzertifikat</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation> (selbstsigniert)</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <translation>%1 %2 bis %3</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Accept exactly this server certificate for the current profile, although its checks fail; you are asked first</source>
        <translation>Genau dieses Serverzertifikat für das aktuelle Profil annehmen, obwohl seine Prüfungen fehlschlagen; Sie werden vorher gefragt</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 &lt;b&gt;Accepted because this profile pins this certificate&lt;/b&gt; (SHA-256 %2), although these checks failed: %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 &lt;b&gt;Angenommen, weil dieses Profil genau diesem Zertifikat vertraut&lt;/b&gt; (SHA-256 %2), obwohl diese Prüfungen fehlschlugen: %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>An&amp;frage</translation>
    </message>
    <message>
        <source>Res&amp;ponse headers</source>
        <translation>Ant&amp;wort-Header</translation>
    </message>
    <message>
        <source>Trust this certificate for this profile…</source>
        <translation>Diesem Zertifikat für dieses Profil vertrauen…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Notiz…</translation>
    </message>
    <message>
        <source>Write a note on this call: kept in the history, searchable, in HAR files and reports (Ctrl+Shift+N)</source>
        <translation>Eine Notiz zu diesem Aufruf schreiben: im Verlauf gespeichert, durchsuchbar, in HAR-Dateien und Berichten (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>No note on this call.</source>
        <translation>Keine Notiz zu diesem Aufruf.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Notiz bearbeiten…</translation>
    </message>
</context>
<context>
    <name>CallDiff</name>
    <message>
        <source>no answer (%1)</source>
        <translation>keine Antwort (%1)</translation>
    </message>
    <message>
        <source>the XML body is not FHIR XML (%1)</source>
        <translation>der XML-Body ist kein FHIR-XML (%1)</translation>
    </message>
    <message>
        <source>a %1 body has no structure to compare</source>
        <translation>ein Body vom Typ %1 hat keine Struktur, die sich vergleichen ließe</translation>
    </message>
    <message>
        <source>the JSON body does not parse (%1)</source>
        <translation>der JSON-Body lässt sich nicht lesen (%1)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>The bodies were compared by size only: one is larger than %1.</source>
        <translation>Die Bodys wurden nur nach ihrer Größe verglichen: einer ist größer als %1.</translation>
    </message>
    <message>
        <source>content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2, different bytes</source>
        <translation>%1, %2, andere Bytes</translation>
    </message>
    <message>
        <source>The bodies were compared as bytes only: %1.</source>
        <translation>Die Bodys wurden nur Byte für Byte verglichen: %1.</translation>
    </message>
    <message>
        <source>the same structure (%1)</source>
        <translation>dieselbe Struktur (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The bodies hold more than %n value(s): the rest was not compared.</source>
        <translation>
            <numerusform>Die Bodys enthalten mehr als %n Wert: der Rest wurde nicht verglichen.</numerusform>
            <numerusform>Die Bodys enthalten mehr als %n Werte: der Rest wurde nicht verglichen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The bodies differ in more than %n place(s): only the first are listed.</source>
        <translation>
            <numerusform>Die Bodys unterscheiden sich an mehr als %n Stelle: nur die ersten sind aufgeführt.</numerusform>
            <numerusform>Die Bodys unterscheiden sich an mehr als %n Stellen: nur die ersten sind aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>möglich</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>time taken</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Request header</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>Response header</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>Left:  %1</source>
        <translation>Links:  %1</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>Rechts: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s).</source>
        <translation>
            <numerusform>%n Unterschied.</numerusform>
            <numerusform>%n Unterschiede.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more that any two calls have (ids, dates, time taken), marked ~.</source>
        <translation>
            <numerusform>%n weiterer, den zwei beliebige Aufrufe haben (IDs, Datum, Dauer), mit ~ markiert.</numerusform>
            <numerusform>%n weitere, die zwei beliebige Aufrufe haben (IDs, Datum, Dauer), mit ~ markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translation>Nicht verglichen: %1</translation>
    </message>
</context>
<context>
    <name>CallFindings</name>
    <message>
        <source>&amp;Note on the selected call…</source>
        <translation>&amp;Notiz zum ausgewählten Aufruf…</translation>
    </message>
    <message>
        <source>Co&amp;mpare two calls…</source>
        <translation>Zwei Aufrufe &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Re&amp;port on the selected calls…</source>
        <translation>Be&amp;richt über die ausgewählten Aufrufe…</translation>
    </message>
    <message>
        <source>Write down what you found next to the call: kept in the history, searchable, in HAR files and reports</source>
        <translation>Festhalten, was Sie gefunden haben, direkt am Aufruf: im Verlauf gespeichert, durchsuchbar, in HAR-Dateien und Berichten</translation>
    </message>
    <message>
        <source>Two selected calls side by side: status, diagnosis, headers and bodies as structure, the differences first</source>
        <translation>Zwei ausgewählte Aufrufe nebeneinander: Status, Diagnose, Header und Bodys als Struktur, die Unterschiede zuerst</translation>
    </message>
    <message>
        <source>The selected calls as Markdown for a ticket or as one HTML file, with their notes, never the token</source>
        <translation>Die ausgewählten Aufrufe als Markdown für ein Ticket oder als eine HTML-Datei, mit ihren Notizen, nie mit dem Token</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Notiz…</translation>
    </message>
    <message>
        <source>Compare the two selected calls…</source>
        <translation>Die zwei ausgewählten Aufrufe vergleichen…</translation>
    </message>
    <message>
        <source>Report on the selected calls…</source>
        <translation>Bericht über die ausgewählten Aufrufe…</translation>
    </message>
    <message>
        <source>Select one call in the History to write its note.</source>
        <translation>Wählen Sie im Verlauf einen Aufruf aus, um seine Notiz zu schreiben.</translation>
    </message>
    <message>
        <source>Select a call in the log to write its note.</source>
        <translation>Wählen Sie im Protokoll einen Aufruf aus, um seine Notiz zu schreiben.</translation>
    </message>
    <message>
        <source>Note kept on call #%1 in the log only: the call is not in the history (imported, or the history is off). Export it as HAR to keep it.</source>
        <translation>Notiz zu Aufruf #%1 nur im Protokoll behalten: Der Aufruf ist nicht im Verlauf (importiert, oder der Verlauf ist aus). Exportieren Sie ihn als HAR, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Removed the note of call #%1.</source>
        <translation>Die Notiz zu Aufruf #%1 entfernt.</translation>
    </message>
    <message>
        <source>Kept the note on call #%1.</source>
        <translation>Die Notiz zu Aufruf #%1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Select two calls (Ctrl+click) in the log or the History to compare them; %n selected.</source>
        <translation>
            <numerusform>Wählen Sie im Protokoll oder im Verlauf zwei Aufrufe aus (Strg+Klick), um sie zu vergleichen; %n ausgewählt.</numerusform>
            <numerusform>Wählen Sie im Protokoll oder im Verlauf zwei Aufrufe aus (Strg+Klick), um sie zu vergleichen; %n ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>the History</source>
        <translation>dem Verlauf</translation>
    </message>
    <message>
        <source>the call log</source>
        <translation>dem Aufrufprotokoll</translation>
    </message>
    <message>
        <source>Select the calls for the report in the log or the History.</source>
        <translation>Wählen Sie die Aufrufe für den Bericht im Protokoll oder im Verlauf aus.</translation>
    </message>
</context>
<context>
    <name>CallLogPane</name>
    <message>
        <source>&lt;b&gt;Call log&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aufrufprotokoll&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Show only calls with this kind of answer</source>
        <translation>Nur Aufrufe mit dieser Art von Antwort zeigen</translation>
    </message>
    <message>
        <source>Show only calls with this diagnosis</source>
        <translation>Nur Aufrufe mit dieser Diagnose zeigen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every call from the log</source>
        <translation>Alle Aufrufe aus dem Protokoll entfernen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx Erfolg</translation>
    </message>
    <message>
        <source>3xx redirect</source>
        <translation>3xx Weiterleitung</translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation>4xx Client-Fehler</translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation>5xx Server-Fehler</translation>
    </message>
    <message>
        <source>No answer (transport)</source>
        <translation>Keine Antwort (Transport)</translation>
    </message>
    <message>
        <source>Any diagnosis</source>
        <translation>Jede Diagnose</translation>
    </message>
    <message>
        <source>gateway.* (API gateway)</source>
        <translation>gateway.* (API-Gateway)</translation>
    </message>
    <message>
        <source>fhir.* (FHIR server)</source>
        <translation>fhir.* (FHIR-Server)</translation>
    </message>
    <message>
        <source>transport.* (network)</source>
        <translation>transport.* (Netzwerk)</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Aufruf</numerusform>
            <numerusform>%n Aufrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s)</source>
        <translation>
            <numerusform>%1 von %n Aufruf</numerusform>
            <numerusform>%1 von %n Aufrufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter calls</source>
        <translation>Aufrufe filtern</translation>
    </message>
    <message>
        <source>Call log</source>
        <translation>Aufrufprotokoll</translation>
    </message>
    <message>
        <source>Every call of this session: time, server, method, address, status, diagnosis</source>
        <translation>Jeder Aufruf dieser Sitzung: Zeit, Server, Methode, Adresse, Status, Diagnose</translation>
    </message>
    <message>
        <source>Show calls with this status</source>
        <translation>Aufrufe mit diesem Status zeigen</translation>
    </message>
    <message>
        <source>Show calls with this diagnosis</source>
        <translation>Aufrufe mit dieser Diagnose zeigen</translation>
    </message>
    <message>
        <source>Filter by URL, status, diagnosis, request id or note (Ctrl+F)</source>
        <translation>Nach URL, Status, Diagnose, Anfrage-ID oder Notiz filtern (Strg+F)</translation>
    </message>
</context>
<context>
    <name>CallRows</name>
    <message>
        <source>The call history %1 is locked (%2): this session&apos;s calls are kept in memory only.</source>
        <translation>Der Aufrufverlauf %1 ist gesperrt (%2): die Aufrufe dieser Sitzung bleiben nur im Speicher.</translation>
    </message>
    <message>
        <source>The disk holding the call history (%1) is full: calls from now on are kept in memory only. The calls stored before are kept.</source>
        <translation>Der Datenträger mit dem Aufrufverlauf (%1) ist voll: Aufrufe bleiben ab jetzt nur im Speicher. Die zuvor gespeicherten Aufrufe bleiben erhalten.</translation>
    </message>
    <message>
        <source>The call history %1 is locked by another program (another FHIR Bulk Explorer?): calls from now on are kept in memory only. The history was not changed.</source>
        <translation>Der Aufrufverlauf %1 ist von einem anderen Programm gesperrt (einem anderen FHIR Bulk Explorer?): Aufrufe bleiben ab jetzt nur im Speicher. Der Verlauf wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The call history %1 is damaged: calls from now on are kept in memory only. The file was left as it is.</source>
        <translation>Der Aufrufverlauf %1 ist beschädigt: Aufrufe bleiben ab jetzt nur im Speicher. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>A call could not be written to the history %1 (%2): calls from now on are kept in memory only.</source>
        <translation>Ein Aufruf konnte nicht in den Verlauf %1 geschrieben werden (%2): Aufrufe bleiben ab jetzt nur im Speicher.</translation>
    </message>
</context>
<context>
    <name>CallToRequest</name>
    <message>
        <source>The Authorization header was sent as %1; the saved request sends the profile&apos;s token as Bearer.</source>
        <translation>Der Authorization-Header wurde als %1 gesendet; die gespeicherte Anfrage sendet das Token des Profils als Bearer.</translation>
    </message>
    <message>
        <source>The request body is not text and was left out.</source>
        <translation>Der Body der Anfrage ist kein Text und wurde weggelassen.</translation>
    </message>
</context>
<context>
    <name>CallWaterfall</name>
    <message>
        <source>Calls over time</source>
        <translation>Aufrufe im Zeitverlauf</translation>
    </message>
    <message>
        <source>One bar per call from its start to its end. Plus and minus zoom, the arrow keys move the selection and pan, 0 fits the width.</source>
        <translation>Ein Balken je Aufruf, von seinem Beginn bis zu seinem Ende. Plus und Minus zoomen, die Pfeiltasten bewegen die Auswahl und verschieben die Ansicht, 0 passt alles in die Breite ein.</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <source>Fit to width (0)</source>
        <translation>An Breite anpassen (0)</translation>
    </message>
    <message>
        <source>Save the calls over time</source>
        <translation>Aufrufe im Zeitverlauf speichern</translation>
    </message>
    <message>
        <source>No calls yet: each call of the log appears here as a bar on a time axis.</source>
        <translation>Noch keine Aufrufe: Jeder Aufruf des Protokolls erscheint hier als Balken auf einer Zeitachse.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Aufruf</numerusform>
            <numerusform>%n Aufrufe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapabilityCompareModel</name>
    <message>
        <source>Aspect</source>
        <translation>Aspekt</translation>
    </message>
</context>
<context>
    <name>CapabilityModel</name>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <source>Search parameters</source>
        <translation>Suchparameter</translation>
    </message>
</context>
<context>
    <name>CapabilityPane</name>
    <message>
        <source>Read the CapabilityStatement again (GET metadata, no token)</source>
        <translation>Das CapabilityStatement erneut lesen (GET metadata, ohne Token)</translation>
    </message>
    <message>
        <source>Reading the CapabilityStatement (GET metadata)…</source>
        <translation>Das CapabilityStatement wird gelesen (GET metadata)…</translation>
    </message>
    <message>
        <source>No CapabilityStatement: %1 (call #%2)</source>
        <translation>Kein CapabilityStatement: %1 (Aufruf #%2)</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>FHIR version</source>
        <translation>FHIR-Version</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formate</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message numerus="yes">
        <source>%n resource type(s) listed (call #%1).</source>
        <translation>
            <numerusform>%n Ressourcentyp aufgeführt (Aufruf #%1).</numerusform>
            <numerusform>%n Ressourcentypen aufgeführt (Aufruf #%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Resources and operations the server lists</source>
        <translation>Ressourcen und Operationen, die der Server nennt</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Co&amp;mpare servers…</source>
        <translation>Server &amp;vergleichen…</translation>
    </message>
</context>
<context>
    <name>CapabilityStatement</name>
    <message>
        <source>The CapabilityStatement is not JSON (%1 at byte %2).</source>
        <translation>Das CapabilityStatement ist kein JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The answer is a %1, not a CapabilityStatement.</source>
        <translation>Die Antwort ist ein %1, kein CapabilityStatement.</translation>
    </message>
    <message>
        <source>software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>token URL</source>
        <translation>Token-URL</translation>
    </message>
    <message>
        <source>(not listed)</source>
        <translation>(nicht aufgeführt)</translation>
    </message>
    <message>
        <source>%1: interactions</source>
        <translation>%1: Interaktionen</translation>
    </message>
    <message>
        <source>%1: operations</source>
        <translation>%1: Operationen</translation>
    </message>
    <message>
        <source>%1: search parameters</source>
        <translation>%1: Suchparameter</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>The vendor page&apos;s answers</source>
        <translation>Antworten der Herstellerseite</translation>
    </message>
    <message>
        <source>Kick-off</source>
        <translation>Kick-off</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>Completion manifest</source>
        <translation>Abschlussmanifest</translation>
    </message>
    <message>
        <source>Output files</source>
        <translation>Ausgabedateien</translation>
    </message>
    <message>
        <source>Cancelling an export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Authorisation and SMART</source>
        <translation>Autorisierung und SMART</translation>
    </message>
</context>
<context>
    <name>Causes</name>
    <message>
        <source>No route for this path: a wrong base URL, resource type or operation.</source>
        <translation>Keine Route für diesen Pfad: falsche Basis-URL, falscher Ressourcentyp oder falsche Operation.</translation>
    </message>
    <message>
        <source>No Authorization header was sent.</source>
        <translation>Es wurde kein Authorization-Header gesendet.</translation>
    </message>
    <message>
        <source>The Authorization header was sent without a value.</source>
        <translation>Der Authorization-Header wurde ohne Wert gesendet.</translation>
    </message>
    <message>
        <source>The token was sent without the &quot;Bearer &quot; scheme.</source>
        <translation>Das Token wurde ohne das Schema „Bearer “ gesendet.</translation>
    </message>
    <message>
        <source>The scheme was written &quot;bearer&quot;; some authorizers compare it case-sensitively.</source>
        <translation>Das Schema wurde „bearer“ geschrieben; manche Autorisierer vergleichen es mit Groß-/Kleinschreibung.</translation>
    </message>
    <message>
        <source>Another scheme than Bearer (e.g. Basic) was sent.</source>
        <translation>Ein anderes Schema als Bearer (z. B. Basic) wurde gesendet.</translation>
    </message>
    <message>
        <source>Extra spaces around the token: the authorizer reads them as part of it.</source>
        <translation>Zusätzliche Leerzeichen um das Token: der Autorisierer liest sie als Teil davon.</translation>
    </message>
    <message>
        <source>&quot;Bearer &quot; twice: the token itself started with &quot;Bearer &quot;.</source>
        <translation>„Bearer “ doppelt: das Token selbst begann mit „Bearer “.</translation>
    </message>
    <message>
        <source>The token was sent with the quotes of the JSON it was copied from.</source>
        <translation>Das Token wurde mit den Anführungszeichen des JSON gesendet, aus dem es kopiert wurde.</translation>
    </message>
    <message>
        <source>The token is damaged (cut, changed, or not a token at all).</source>
        <translation>Das Token ist beschädigt (abgeschnitten, verändert oder gar kein Token).</translation>
    </message>
    <message>
        <source>The token&apos;s exp is before the call: it has expired.</source>
        <translation>Das exp des Tokens liegt vor dem Aufruf: es ist abgelaufen.</translation>
    </message>
    <message>
        <source>The token&apos;s nbf is after the call: it is not valid yet (or a clock is wrong).</source>
        <translation>Das nbf des Tokens liegt nach dem Aufruf: es ist noch nicht gültig (oder eine Uhr geht falsch).</translation>
    </message>
    <message>
        <source>The token&apos;s aud/iss name another server than the one called.</source>
        <translation>aud/iss des Tokens nennen einen anderen Server als den aufgerufenen.</translation>
    </message>
    <message>
        <source>A well-formed, unexpired token was refused: revoked, or issued for another client.</source>
        <translation>Ein wohlgeformtes, nicht abgelaufenes Token wurde abgelehnt: widerrufen oder für einen anderen Client ausgestellt.</translation>
    </message>
    <message>
        <source>An opaque token was refused: only its issuer can say why.</source>
        <translation>Ein opakes Token wurde abgelehnt: nur sein Aussteller kann sagen, warum.</translation>
    </message>
    <message>
        <source>The token&apos;s scopes do not allow reading this resource type.</source>
        <translation>Die Scopes des Tokens erlauben das Lesen dieses Ressourcentyps nicht.</translation>
    </message>
    <message>
        <source>the request was %1</source>
        <translation>die Anfrage war %1</translation>
    </message>
    <message>
        <source>No route for %1: check the base URL, the resource type and the id.</source>
        <translation>Keine Route für %1: prüfen Sie Basis-URL, Ressourcentyp und ID.</translation>
    </message>
    <message>
        <source>sent as: %1</source>
        <translation>gesendet als: %1</translation>
    </message>
    <message>
        <source>No Authorization header: a redirect led to another origin, where the token is not sent.</source>
        <translation>Kein Authorization-Header: eine Umleitung führte zu einem anderen Ursprung, wohin das Token nicht gesendet wird.</translation>
    </message>
    <message>
        <source>No Authorization header was sent: add the token (Authorization: Bearer &lt;token&gt;).</source>
        <translation>Es wurde kein Authorization-Header gesendet: fügen Sie das Token hinzu (Authorization: Bearer &lt;Token&gt;).</translation>
    </message>
    <message>
        <source>&quot;Bearer &quot; appears twice: the pasted token already started with it. Paste the token alone.</source>
        <translation>„Bearer “ kommt doppelt vor: das eingefügte Token begann schon damit. Fügen Sie das Token allein ein.</translation>
    </message>
    <message>
        <source>The token was sent without &quot;Bearer &quot;: send Authorization: Bearer &lt;token&gt;.</source>
        <translation>Das Token wurde ohne „Bearer “ gesendet: senden Sie Authorization: Bearer &lt;Token&gt;.</translation>
    </message>
    <message>
        <source>The scheme was written &quot;%1&quot;: write &quot;Bearer&quot; exactly; this authorizer compares it case-sensitively.</source>
        <translation>Das Schema wurde „%1“ geschrieben: schreiben Sie genau „Bearer“; dieser Autorisierer beachtet Groß-/Kleinschreibung.</translation>
    </message>
    <message>
        <source>The scheme &quot;%1&quot; is not Bearer: this API takes Authorization: Bearer &lt;token&gt;.</source>
        <translation>Das Schema „%1“ ist nicht Bearer: diese API erwartet Authorization: Bearer &lt;Token&gt;.</translation>
    </message>
    <message>
        <source>Extra spaces around the token (from a copy): the authorizer reads them as part of it. Send exactly one space after &quot;Bearer&quot; and none after the token.</source>
        <translation>Zusätzliche Leerzeichen um das Token (aus einer Kopie): der Autorisierer liest sie als Teil davon. Senden Sie genau ein Leerzeichen nach „Bearer“ und keines nach dem Token.</translation>
    </message>
    <message>
        <source>The token is wrapped in quotes from the JSON it was copied from: remove them.</source>
        <translation>Das Token steht in Anführungszeichen aus dem JSON, aus dem es kopiert wurde: entfernen Sie sie.</translation>
    </message>
    <message>
        <source>The token is damaged: copy it again completely, or get a new one.</source>
        <translation>Das Token ist beschädigt: kopieren Sie es erneut vollständig oder holen Sie ein neues.</translation>
    </message>
    <message>
        <source>the Garbled token variant changed its last characters</source>
        <translation>die Variante „Verstümmeltes Token“ hat seine letzten Zeichen verändert</translation>
    </message>
    <message>
        <source>it is not a readable JWT (%1)</source>
        <translation>es ist kein lesbares JWT (%1)</translation>
    </message>
    <message>
        <source>The token expired %1 before this call: get a new token (the gateway answers 403 AccessDeniedException to an expired one).</source>
        <translation>Das Token ist %1 vor diesem Aufruf abgelaufen: holen Sie ein neues (das Gateway antwortet auf ein abgelaufenes mit 403 AccessDeniedException).</translation>
    </message>
    <message>
        <source>The token expired %1 before this call: get a new token.</source>
        <translation>Das Token ist %1 vor diesem Aufruf abgelaufen: holen Sie ein neues.</translation>
    </message>
    <message>
        <source>exp %1; the call was at %2</source>
        <translation>exp %1; der Aufruf war um %2</translation>
    </message>
    <message>
        <source>The token is not valid yet: wait, or check this computer&apos;s clock.</source>
        <translation>Das Token ist noch nicht gültig: warten Sie oder prüfen Sie die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>nbf %1; the call was at %2</source>
        <translation>nbf %1; der Aufruf war um %2</translation>
    </message>
    <message>
        <source>The token was issued for %1, not for the server called (%2): use a token of this environment.</source>
        <translation>Das Token wurde für %1 ausgestellt, nicht für den aufgerufenen Server (%2): verwenden Sie ein Token dieser Umgebung.</translation>
    </message>
    <message>
        <source>aud %1, iss %2</source>
        <translation>aud %1, iss %2</translation>
    </message>
    <message>
        <source>The token looks valid but was refused: it was probably revoked, or issued for another client or environment.</source>
        <translation>Das Token sieht gültig aus, wurde aber abgelehnt: wahrscheinlich widerrufen oder für einen anderen Client oder eine andere Umgebung ausgestellt.</translation>
    </message>
    <message>
        <source>a JWT valid until %1</source>
        <translation>ein JWT, gültig bis %1</translation>
    </message>
    <message>
        <source>a JWT without exp</source>
        <translation>ein JWT ohne exp</translation>
    </message>
    <message>
        <source>The token is opaque (not a JWT): only its issuer can tell why it was refused. Get a new one.</source>
        <translation>Das Token ist opak (kein JWT): nur sein Aussteller kann sagen, warum es abgelehnt wurde. Holen Sie ein neues.</translation>
    </message>
    <message numerus="yes">
        <source>an opaque token of %n chars</source>
        <translation>
            <numerusform>ein opakes Token mit %n Zeichen</numerusform>
            <numerusform>ein opakes Token mit %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>The token&apos;s scopes do not allow this read: ask for a token with the scope for this resource type.</source>
        <translation>Die Scopes des Tokens erlauben dieses Lesen nicht: fordern Sie ein Token mit dem Scope für diesen Ressourcentyp an.</translation>
    </message>
    <message>
        <source>The token endpoint refused the client&apos;s credentials (id, secret or registered key).</source>
        <translation>Der Token-Endpunkt hat die Zugangsdaten des Clients abgelehnt (ID, Secret oder registrierter Schlüssel).</translation>
    </message>
    <message>
        <source>a signed client_assertion (private_key_jwt)</source>
        <translation>einer signierten client_assertion (private_key_jwt)</translation>
    </message>
    <message>
        <source>client id and secret with HTTP Basic</source>
        <translation>Client-ID und Secret per HTTP Basic</translation>
    </message>
    <message>
        <source>client id and secret in the form</source>
        <translation>Client-ID und Secret im Formular</translation>
    </message>
    <message>
        <source>no client credentials</source>
        <translation>ohne Zugangsdaten des Clients</translation>
    </message>
    <message>
        <source>The token endpoint refused the client%1: check the client id and its secret, or that the client&apos;s public key (JWKS) is registered with the server.</source>
        <translation>Der Token-Endpunkt hat den Client abgelehnt%1: prüfen Sie die Client-ID und ihr Secret, oder ob der öffentliche Schlüssel (JWKS) des Clients beim Server registriert ist.</translation>
    </message>
    <message>
        <source>POST %1 with %2</source>
        <translation>POST %1 mit %2</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for other host names than the one called.</source>
        <translation>Das Zertifikat des Servers gilt für andere Hostnamen als den aufgerufenen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation>Das Zertifikat des Servers ist abgelaufen.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet (or this computer&apos;s clock is behind).</source>
        <translation>Das Zertifikat des Servers ist noch nicht gültig (oder die Uhr dieses Rechners geht nach).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed: nobody vouches for it.</source>
        <translation>Das Zertifikat des Servers ist selbstsigniert: niemand bürgt dafür.</translation>
    </message>
    <message>
        <source>The certificate&apos;s issuer is not a CA this computer trusts: a private or corporate CA, or a TLS-intercepting proxy.</source>
        <translation>Der Aussteller des Zertifikats ist keine CA, der dieser Rechner vertraut: eine private oder Firmen-CA oder ein TLS-abfangender Proxy.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked by its issuer.</source>
        <translation>Das Zertifikat des Servers wurde von seinem Aussteller widerrufen.</translation>
    </message>
    <message>
        <source>Another check of the certificate failed.</source>
        <translation>Eine andere Prüfung des Zertifikats ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>(not received)</source>
        <translation>(nicht empfangen)</translation>
    </message>
    <message>
        <source>issuer: %1; subject: %2; SHA-256 %3</source>
        <translation>Aussteller: %1; Inhaber: %2; SHA-256 %3</translation>
    </message>
    <message>
        <source>The certificate of %1 is self-signed: nobody vouches for it. Trust it only if you can compare its fingerprint with the server&apos;s owner.</source>
        <translation>Das Zertifikat von %1 ist selbstsigniert: niemand bürgt dafür. Vertrauen Sie ihm nur, wenn Sie seinen Fingerabdruck mit dem Betreiber des Servers abgleichen können.</translation>
    </message>
    <message>
        <source>subject: %1; SHA-256 %2</source>
        <translation>Inhaber: %1; SHA-256 %2</translation>
    </message>
    <message>
        <source>The certificate is not for %1: check the base URL&apos;s host name (a typo, an IP address instead of the name, an internal alias).</source>
        <translation>Das Zertifikat gilt nicht für %1: prüfen Sie den Hostnamen der Basis-URL (ein Tippfehler, eine IP-Adresse statt des Namens, ein interner Alias).</translation>
    </message>
    <message>
        <source>the certificate names: %1</source>
        <translation>das Zertifikat nennt: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired: the server&apos;s owner must renew it.</source>
        <translation>Das Zertifikat des Servers ist abgelaufen: der Betreiber des Servers muss es erneuern.</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <source>The certificate is not valid yet: check this computer&apos;s clock.</source>
        <translation>Das Zertifikat ist noch nicht gültig: prüfen Sie die Uhr dieses Rechners.</translation>
    </message>
    <message>
        <source>valid from %1</source>
        <translation>gültig ab %1</translation>
    </message>
    <message>
        <source>The issuer revoked this certificate: do not trust this server until its owner replaces it.</source>
        <translation>Der Aussteller hat dieses Zertifikat widerrufen: vertrauen Sie diesem Server nicht, bis sein Betreiber es ersetzt.</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Another check of the certificate failed: %1</source>
        <translation>Eine andere Prüfung des Zertifikats ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The certificate was issued by %1, which this computer does not trust. If %2 is a public server, a TLS-intercepting proxy (a corporate one) has most likely replaced its certificate: ask your IT for its CA certificate (PEM) and pass it with fhir-bulk --cacert, or add it to this computer&apos;s trusted CAs. For a private server, do the same with its CA.</source>
        <translation>Das Zertifikat wurde von %1 ausgestellt, dem dieser Rechner nicht vertraut. Ist %2 ein öffentlicher Server, hat sehr wahrscheinlich ein TLS-abfangender Proxy (ein Firmen-Proxy) sein Zertifikat ersetzt: fragen Sie Ihre IT nach dessen CA-Zertifikat (PEM) und geben Sie es fhir-bulk mit --cacert, oder nehmen Sie es in die vertrauenswürdigen CAs dieses Rechners auf. Für einen privaten Server gilt dasselbe mit seiner CA.</translation>
    </message>
    <message>
        <source>The proxy asks for a user name and password (407), or refused the ones given.</source>
        <translation>Der Proxy verlangt Benutzername und Passwort (407) oder hat die angegebenen abgelehnt.</translation>
    </message>
    <message>
        <source>Nothing answers at the proxy&apos;s address, or the proxy refused to connect to the server.</source>
        <translation>Unter der Adresse des Proxys antwortet nichts, oder der Proxy hat die Verbindung zum Server verweigert.</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name does not resolve.</source>
        <translation>Der Hostname des Proxys lässt sich nicht auflösen.</translation>
    </message>
    <message>
        <source>The proxy did not answer in time (or passed on no answer).</source>
        <translation>Der Proxy hat nicht rechtzeitig geantwortet (oder keine Antwort weitergegeben).</translation>
    </message>
    <message>
        <source>The proxy closed the connection before the server&apos;s answer came.</source>
        <translation>Der Proxy hat die Verbindung geschlossen, bevor die Antwort des Servers kam.</translation>
    </message>
    <message>
        <source>The proxy failed in another way.</source>
        <translation>Der Proxy ist auf andere Weise gescheitert.</translation>
    </message>
    <message>
        <source>The answer is the proxy&apos;s own HTML page (a block, login or error page), not the server&apos;s.</source>
        <translation>Die Antwort ist eine eigene HTML-Seite des Proxys (Sperr-, Anmelde- oder Fehlerseite), nicht die des Servers.</translation>
    </message>
    <message>
        <source>The server sent its certificate alone: if %1 is an intermediate CA, the server must send it too (an incomplete chain is the server owner&apos;s to fix).</source>
        <translation>Der Server hat nur sein eigenes Zertifikat gesendet: ist %1 eine Zwischen-CA, muss der Server auch diese senden (eine unvollständige Kette muss der Betreiber des Servers beheben).</translation>
    </message>
    <message>
        <source>Qt: %1</source>
        <translation>Qt: %1</translation>
    </message>
    <message>
        <source>proxy %1 (chosen by %2); Qt: %3</source>
        <translation>Proxy %1 (gewählt durch %2); Qt: %3</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>das System</translation>
    </message>
    <message>
        <source>The proxy %1 wants a user name and password (407 Proxy Authentication Required), or refused the ones given: set them in the profile (the password is kept in the keychain), or in the proxy URL&apos;s user name with FHIR_BULK_PROXY_PASSWORD for fhir-bulk.</source>
        <translation>Der Proxy %1 verlangt Benutzername und Passwort (407 Proxy Authentication Required) oder hat die angegebenen abgelehnt: tragen Sie sie im Profil ein (das Passwort liegt im Schlüsselbund) oder, für fhir-bulk, den Benutzernamen in der Proxy-URL und das Passwort in FHIR_BULK_PROXY_PASSWORD.</translation>
    </message>
    <message>
        <source>The proxy %1 refused: nothing listens at that address and port, or the proxy does not allow a connection to %2. Check the proxy address (the profile, the system&apos;s settings or http_proxy/https_proxy).</source>
        <translation>Der Proxy %1 hat abgelehnt: unter dieser Adresse und diesem Port lauscht nichts, oder der Proxy erlaubt keine Verbindung zu %2. Prüfen Sie die Proxy-Adresse (im Profil, in den Systemeinstellungen oder in http_proxy/https_proxy).</translation>
    </message>
    <message>
        <source>The proxy %1 was not found: its host name does not resolve (a VPN that is off, a typo in the proxy setting).</source>
        <translation>Der Proxy %1 wurde nicht gefunden: sein Hostname lässt sich nicht auflösen (ein ausgeschaltetes VPN, ein Tippfehler in der Proxy-Einstellung).</translation>
    </message>
    <message>
        <source>The proxy %1 did not answer in time.</source>
        <translation>Der Proxy %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The proxy %1 closed the connection before the answer came: it may block %2, or have dropped the connection.</source>
        <translation>Der Proxy %1 hat die Verbindung geschlossen, bevor die Antwort kam: vielleicht sperrt er %2 oder hat die Verbindung verloren.</translation>
    </message>
    <message>
        <source>The proxy %1 failed: %2</source>
        <translation>Der Proxy %1 ist gescheitert: %2</translation>
    </message>
    <message>
        <source>No answer came through the proxy %1: the proxy or the server behind it stalled. Try the same call without the proxy if your network allows it.</source>
        <translation>Über den Proxy %1 kam keine Antwort: der Proxy oder der Server dahinter ist stehen geblieben. Versuchen Sie denselben Aufruf ohne Proxy, wenn Ihr Netz das erlaubt.</translation>
    </message>
    <message>
        <source>The answer is an HTML page, not FHIR: the proxy %1 most likely answered in the server&apos;s place (a block page, a login page or its own error). Read the page in the Body tab; ask your IT to allow %2.</source>
        <translation>Die Antwort ist eine HTML-Seite, kein FHIR: sehr wahrscheinlich hat der Proxy %1 an Stelle des Servers geantwortet (eine Sperrseite, eine Anmeldeseite oder sein eigener Fehler). Lesen Sie die Seite im Tab Body; bitten Sie Ihre IT, %2 freizugeben.</translation>
    </message>
    <message>
        <source>Content-Type %1 through %2</source>
        <translation>Content-Type %1 über %2</translation>
    </message>
    <message>
        <source>Content-Type %1; Via: %2</source>
        <translation>Content-Type %1; Via: %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>The method (e.g. PATCH, PUT) is not routed: only %1 are.</source>
        <translation>Die Methode (z. B. PATCH, PUT) wird nicht geroutet: nur %1.</translation>
    </message>
    <message>
        <source>%1 is not a method this API routes: it routes %2 only (a read is a GET, the $export kick-off a GET or POST).</source>
        <translation>%1 ist keine Methode, die diese API routet: sie routet nur %2 (ein Lesen ist ein GET, der Start von $export ein GET oder POST).</translation>
    </message>
    <message>
        <source>The Authorization header was sent empty on purpose (the Empty header variant): choose Bearer token to send the token.</source>
        <translation>Der Authorization-Header wurde absichtlich leer gesendet (die Variante „Leerer Header“): wählen Sie „Bearer-Token“, um das Token zu senden.</translation>
    </message>
    <message>
        <source>The Authorization header was sent empty: send the access token as Authorization: Bearer &lt;token&gt;.</source>
        <translation>Der Authorization-Header wurde leer gesendet: senden Sie das Zugriffstoken als Authorization: Bearer &lt;token&gt;.</translation>
    </message>
</context>
<context>
    <name>CheckResult</name>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht anwendbar</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Path (Group/1) or full URL</source>
        <translation>Pfad (Group/1) oder vollständige URL</translation>
    </message>
    <message>
        <source>Base URL of the FHIR API.</source>
        <translation>Basis-URL der FHIR-API.</translation>
    </message>
    <message>
        <source>Saved profile to use.</source>
        <translation>Zu verwendendes gespeichertes Profil.</translation>
    </message>
    <message>
        <source>HTTP method.</source>
        <translation>HTTP-Methode.</translation>
    </message>
    <message>
        <source>Format to ask for.</source>
        <translation>Angefragtes Format.</translation>
    </message>
    <message>
        <source>Send the format as Content-Type too, as the vendor examples do.</source>
        <translation>Das Format auch als Content-Type senden, wie in den Beispielen des Herstellers.</translation>
    </message>
    <message>
        <source>Add _format to the URL.</source>
        <translation>_format an die URL anhängen.</translation>
    </message>
    <message>
        <source>Read the token from standard input.</source>
        <translation>Das Token von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Use the Sandbox demo token.</source>
        <translation>Das Demo-Token der Sandbox verwenden.</translation>
    </message>
    <message>
        <source>X-Request-ID to send.</source>
        <translation>Zu sendende X-Request-ID.</translation>
    </message>
    <message>
        <source>Timeout without data, in ms.</source>
        <translation>Zeitlimit ohne Daten, in ms.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Not a usable base URL: %1</source>
        <translation>Keine verwendbare Basis-URL: %1</translation>
    </message>
    <message>
        <source>No profile named %1.</source>
        <translation>Kein Profil mit dem Namen %1.</translation>
    </message>
    <message>
        <source>Cannot read the token from standard input.</source>
        <translation>Das Token kann nicht von der Standardeingabe gelesen werden.</translation>
    </message>
    <message>
        <source>--demo-token works with the built-in Sandbox only.</source>
        <translation>--demo-token funktioniert nur mit der eingebauten Sandbox.</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <source>%1 ms, %2</source>
        <translation>%1 ms, %2</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>Diagnose: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>The whole body (%1) is in %2</source>
        <translation>Der ganze Inhalt (%1) liegt in %2</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0: any free port).</source>
        <translation>Port auf 127.0.0.1 (0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1 (port taken?)</source>
        <translation>Kann nicht auf 127.0.0.1:%1 lauschen (Port belegt?)</translation>
    </message>
    <message>
        <source>FHIR Bulk Explorer Sandbox</source>
        <translation>FHIR Bulk Explorer Sandbox</translation>
    </message>
    <message>
        <source>Base URL:      %1</source>
        <translation>Basis-URL:     %1</translation>
    </message>
    <message>
        <source>Token URL:     %1</source>
        <translation>Token-URL:     %1</translation>
    </message>
    <message>
        <source>Demo client:   %1 / secret %2 (Sandbox only)</source>
        <translation>Demo-Client:   %1 / Geheimnis %2 (nur Sandbox)</translation>
    </message>
    <message>
        <source>Demo token (valid 24 h, Sandbox only):</source>
        <translation>Demo-Token (24 h gültig, nur Sandbox):</translation>
    </message>
    <message>
        <source>Serving until interrupted (Ctrl+C).</source>
        <translation>Läuft bis zur Unterbrechung (Strg+C).</translation>
    </message>
    <message>
        <source>The keychain refused to read the token: %1</source>
        <translation>Der Schlüsselbund hat das Lesen des Tokens verweigert: %1</translation>
    </message>
    <message>
        <source>Token: %1 characters, sha256 %2</source>
        <translation>Token: %1 Zeichen, sha256 %2</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>JWT header: %1</source>
        <translation>JWT-Header: %1</translation>
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
        <translation>vor %1</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Urteil: %1</translation>
    </message>
    <message>
        <source>Print the obtained token (it is secret).</source>
        <translation>Das erhaltene Token ausgeben (es ist geheim).</translation>
    </message>
    <message>
        <source>Profile %1 has no token request yet: use Get token… in the app once.</source>
        <translation>Profil %1 hat noch keine Token-Anfrage: verwenden Sie einmal „Token holen…“ in der Anwendung.</translation>
    </message>
    <message>
        <source>The keychain holds no client secret or private key for %1.</source>
        <translation>Der Schlüsselbund enthält kein Client-Geheimnis und keinen privaten Schlüssel für %1.</translation>
    </message>
    <message>
        <source>Stored in the keychain for %1 (%2 chars, sha256 %3).</source>
        <translation>Im Schlüsselbund für %1 gespeichert (%2 Zeichen, sha256 %3).</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Seed of the synthetic data.</source>
        <translation>Startwert der synthetischen Daten.</translation>
    </message>
    <message>
        <source>Size of the large Group: 200 members per unit.</source>
        <translation>Größe der großen Group: 200 Mitglieder je Einheit.</translation>
    </message>
    <message>
        <source>Scenario: %1.</source>
        <translation>Szenario: %1.</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Szenario: %1</translation>
    </message>
    <message>
        <source>Group id to export.</source>
        <translation>ID der zu exportierenden Group.</translation>
    </message>
    <message>
        <source>Resource types, comma separated (_type).</source>
        <translation>Ressourcentypen, durch Kommas getrennt (_type).</translation>
    </message>
    <message>
        <source>Only resources changed since this instant (_since).</source>
        <translation>Nur seit diesem Zeitpunkt geänderte Ressourcen (_since).</translation>
    </message>
    <message>
        <source>Folder for the files (a sub-folder per job).</source>
        <translation>Ordner für die Dateien (ein Unterordner je Auftrag).</translation>
    </message>
    <message>
        <source>Downloads at once.</source>
        <translation>Gleichzeitige Downloads.</translation>
    </message>
    <message>
        <source>Kick off with POST and a Parameters body.</source>
        <translation>Mit POST und einem Parameters-Inhalt starten.</translation>
    </message>
    <message>
        <source>Send Cache-Control: no-cache (a new job, not a reused one).</source>
        <translation>Cache-Control: no-cache senden (ein neuer Auftrag, kein wiederverwendeter).</translation>
    </message>
    <message>
        <source>Send Prefer: handling=lenient.</source>
        <translation>Prefer: handling=lenient senden.</translation>
    </message>
    <message>
        <source>Print one JSON object at the end.</source>
        <translation>Am Ende ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>--since needs an instant such as 2024-01-31T00:00:00Z, not %1</source>
        <translation>--since braucht einen Zeitpunkt wie 2024-01-31T00:00:00Z, nicht %1</translation>
    </message>
    <message>
        <source>poll #%1: %2 %3</source>
        <translation>Abfrage Nr. %1: %2 %3</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>next in %1 (%2)</source>
        <translation>nächste in %1 (%2)</translation>
    </message>
    <message>
        <source>file %1 %2: %3 lines, %4 — %5</source>
        <translation>Datei %1 %2: %3 Zeilen, %4 — %5</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>Files and manifest: %1</source>
        <translation>Dateien und Manifest: %1</translation>
    </message>
    <message>
        <source>Continue the export at this status URL (after a restart).</source>
        <translation>Den Export unter dieser Status-URL fortsetzen (nach einem Neustart).</translation>
    </message>
    <message>
        <source>Downloading: %1 of %2 files done · %3</source>
        <translation>Download: %1 von %2 Dateien fertig · %3</translation>
    </message>
    <message>
        <source>The token was renewed (call #%1); the new one lasts %2.</source>
        <translation>Das Token wurde erneuert (Aufruf #%1); das neue gilt %2.</translation>
    </message>
    <message>
        <source>Renewing the token failed: %1</source>
        <translation>Das Erneuern des Tokens ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Convert the FHIR body locally to json or xml.</source>
        <translation>Den FHIR-Body lokal nach json oder xml umwandeln.</translation>
    </message>
    <message>
        <source>--as takes json or xml, not %1</source>
        <translation>--as erwartet json oder xml, nicht %1</translation>
    </message>
    <message>
        <source>the body is %1, not FHIR JSON or XML</source>
        <translation>der Body ist %1, kein FHIR-JSON oder -XML</translation>
    </message>
    <message>
        <source>Not converted: %1</source>
        <translation>Nicht umgewandelt: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1 to %2%3</source>
        <translation>%1 nach %2 geschrieben%3</translation>
    </message>
    <message>
        <source> (as received)</source>
        <translation> (wie empfangen)</translation>
    </message>
    <message>
        <source>Groups per page (_count).</source>
        <translation>Groups pro Seite (_count).</translation>
    </message>
    <message>
        <source>Stop after this many groups.</source>
        <translation>Nach so vielen Groups aufhören.</translation>
    </message>
    <message>
        <source>This server may not allow Group search (the vendor documents only Group read): read a Group by id with `fhir-bulk get Group/ID`.</source>
        <translation>Dieser Server erlaubt die Group-Suche womöglich nicht (der Anbieter dokumentiert nur das Lesen einer Group): Lesen Sie eine Group über ihre ID mit `fhir-bulk get Group/ID`.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>tatsächlich</translation>
    </message>
    <message>
        <source>descriptive</source>
        <translation>beschreibend</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) in %1 page(s)</source>
        <translation>
            <numerusform>%n Group in %1 Seite(n)</numerusform>
            <numerusform>%n Groups in %1 Seite(n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo JWT client: %1 (private_key_jwt, ES384); its key for this run: %2</source>
        <translation>Demo-JWT-Client: %1 (private_key_jwt, ES384); sein Schlüssel für diesen Lauf: %2</translation>
    </message>
    <message>
        <source>The token contains a control character (a line break?), so it is not sent: it would end the Authorization header and could start another one (header.invalid-chars).</source>
        <translation>Das Token enthält ein Steuerzeichen (einen Zeilenumbruch?) und wird daher nicht gesendet: es würde den Authorization-Header beenden und könnte einen weiteren beginnen (header.invalid-chars).</translation>
    </message>
    <message>
        <source>  [%1] %2</source>
        <translation>  [%1] %2</translation>
    </message>
    <message>
        <source>Warning: [%1] %2 (sent as it is)</source>
        <translation>Warnung: [%1] %2 (wird so gesendet)</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Unterbrochen.</translation>
    </message>
    <message>
        <source>The answer is incomplete (%1): the %2 that arrived are in %3, not in %4.</source>
        <translation>Die Antwort ist unvollständig (%1): die angekommenen %2 liegen in %3, nicht in %4.</translation>
    </message>
    <message>
        <source>Timeout without data for each call, in ms; a stalled download is retried.</source>
        <translation>Zeitlimit ohne Daten je Aufruf, in ms; ein stockender Download wird wiederholt.</translation>
    </message>
    <message>
        <source>Give up waiting for the server after this long (90s, 30m, 12h; 0: never).</source>
        <translation>Nach dieser Zeit nicht länger auf den Server warten (90s, 30m, 12h; 0: nie).</translation>
    </message>
    <message>
        <source>Send the token to a status URL on another host than the server.</source>
        <translation>Das Token auch an eine Status-URL auf einem anderen Host als dem Server senden.</translation>
    </message>
    <message>
        <source>kept as %1 (not under its final name)</source>
        <translation>aufbewahrt als %1 (nicht unter dem endgültigen Namen)</translation>
    </message>
    <message>
        <source>Interrupted. What was downloaded is kept; continue with:</source>
        <translation>Unterbrochen. Das Heruntergeladene bleibt erhalten; weiter mit:</translation>
    </message>
    <message>
        <source>Likely causes, most likely first:</source>
        <translation>Mögliche Ursachen, die wahrscheinlichste zuerst:</translation>
    </message>
    <message>
        <source>The token expires in %1.</source>
        <translation>Das Token läuft in %1 ab.</translation>
    </message>
    <message>
        <source>The token expired %1 ago.</source>
        <translation>Das Token ist vor %1 abgelaufen.</translation>
    </message>
    <message>
        <source>Exit 0 even when the server&apos;s error files report problems.</source>
        <translation>Auch dann mit 0 enden, wenn die Fehlerdateien des Servers Probleme melden.</translation>
    </message>
    <message>
        <source>verified (%1)</source>
        <translation>geprüft (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The server reported %n problem(s) in its error files:</source>
        <translation>
            <numerusform>Der Server meldete %n Problem in seinen Fehlerdateien:</numerusform>
            <numerusform>Der Server meldete %n Probleme in seinen Fehlerdateien:</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit 1: the server reported problems (--allow-error-files to exit 0 anyway).</source>
        <translation>Exit 1: der Server hat Probleme gemeldet (--allow-error-files, um trotzdem mit 0 zu enden).</translation>
    </message>
    <message>
        <source>One request to the FHIR API, explained: the request and response headers (redacted), the diagnosis with its likely causes, the body.</source>
        <translation>Eine Anfrage an die FHIR-API, erklärt: Anfrage- und Antwort-Header (geschwärzt), die Diagnose mit ihren möglichen Ursachen, der Body.</translation>
    </message>
    <message>
        <source>Group search, page by page along the Bundle&apos;s next links.</source>
        <translation>Group-Suche, Seite für Seite entlang der next-Links des Bundles.</translation>
    </message>
    <message>
        <source>A Group $export end to end: kick-off, polling, manifest, downloads verified line by line.</source>
        <translation>Ein Group-$export von Anfang bis Ende: Start, Abfragen, Manifest, Downloads Zeile für Zeile geprüft.</translation>
    </message>
    <message>
        <source>Serve the built-in Sandbox on 127.0.0.1 until interrupted.</source>
        <translation>Die eingebaute Sandbox auf 127.0.0.1 bereitstellen, bis sie unterbrochen wird.</translation>
    </message>
    <message>
        <source>Also write every call of this command to FILE as HAR 1.2 (redacted).</source>
        <translation>Zusätzlich jeden Aufruf dieses Befehls als HAR 1.2 in DATEI schreiben (geschwärzt).</translation>
    </message>
    <message>
        <source>Also write a support bundle to FILE: the calls as HAR with a summary for vendor support (no token).</source>
        <translation>Zusätzlich ein Support-Paket in DATEI schreiben: die Aufrufe als HAR mit einer Zusammenfassung für den Support des Anbieters (ohne Token).</translation>
    </message>
    <message>
        <source>Cannot write the %1 %2: %3</source>
        <translation>%1 %2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %1 (%n call(s)) to %2</source>
        <translation>
            <numerusform>%1 (%n Aufruf) nach %2 geschrieben</numerusform>
            <numerusform>%1 (%n Aufrufe) nach %2 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>HAR</source>
        <translation>HAR-Datei</translation>
    </message>
    <message>
        <source>support bundle</source>
        <translation>Support-Paket</translation>
    </message>
    <message>
        <source>--%1: the folder %2 does not exist.</source>
        <translation>--%1: der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in FILE (PEM), as curl --cacert does; the system&apos;s stay trusted.</source>
        <translation>Zusätzlich den CA-Zertifikaten in DATEI (PEM) vertrauen, wie curl --cacert; die des Systems bleiben vertrauenswürdig.</translation>
    </message>
    <message>
        <source>Go through this proxy: http://[USER@]HOST:PORT or socks5://[USER@]HOST:PORT (the password from FHIR_BULK_PROXY_PASSWORD). Default: the profile&apos;s proxy, else the system&apos;s (http_proxy, https_proxy, no_proxy).</source>
        <translation>Über diesen Proxy gehen: http://[BENUTZER@]HOST:PORT oder socks5://[BENUTZER@]HOST:PORT (das Passwort aus FHIR_BULK_PROXY_PASSWORD). Vorgabe: der Proxy des Profils, sonst der des Systems (http_proxy, https_proxy, no_proxy).</translation>
    </message>
    <message>
        <source>Connect directly, ignoring the system&apos;s and the profile&apos;s proxy.</source>
        <translation>Direkt verbinden, ohne den Proxy des Systems oder des Profils.</translation>
    </message>
    <message>
        <source>--proxy and --noproxy contradict each other: give one.</source>
        <translation>--proxy und --noproxy widersprechen sich: geben Sie nur eines an.</translation>
    </message>
    <message>
        <source>Warning: a password in --proxy is visible to other users of this computer (ps, shell history); set FHIR_BULK_PROXY_PASSWORD instead.</source>
        <translation>Warnung: ein Passwort in --proxy ist für andere Benutzer dieses Computers sichtbar (ps, Shell-Verlauf); setzen Sie stattdessen FHIR_BULK_PROXY_PASSWORD.</translation>
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
        <translation>Aufruf: fhir-bulk get PFAD-ODER-URL [--profile NAME | --base URL] [--method M]
                      [--accept FORMAT] [--content-type] [--format-param]
                      [--token-stdin | --demo-token] [--request-id ID]
                      [--timeout MS] [--json] [--as json|xml] [--out DATEI]
        fhir-bulk metadata [--profile NAME | --base URL] [--json]   (= get metadata)
        fhir-bulk sandbox [--port N] [--seed N] [--scale S] [Szenario-Schalter, siehe --help]
        fhir-bulk token inspect [--json]   (Token auf der Standardeingabe)
        fhir-bulk token check [--profile NAME | --base URL] [--token-stdin | --demo-token] [--json]
        fhir-bulk token get [--profile NAME] [--print]
        fhir-bulk export --group ID [--type T,...] [--since ZEITPUNKT] [--out ORDNER]
                         [--parallel N] [--post] [--no-cache] [--lenient] [--json]
                         [--timeout MS] [--max-wait DAUER] [--token-to-status-origin]
                         [--allow-error-files]
        fhir-bulk export --resume STATUS-URL [--out ORDNER] [--json]
        fhir-bulk groups [--profile NAME | --base URL] [--count N] [--max N] [--json]
Das Token wird aus der Umgebungsvariablen FHIR_BULK_TOKEN gelesen oder, mit
--token-stdin, von der Standardeingabe (ein abschließender Zeilenumbruch gehört nicht dazu);
nie von der Befehlszeile.
BEFEHL --help zeigt die Optionen eines Befehls; --verbose protokolliert den Ablauf auf stderr.
Exit-Codes: 0 fertig, 1 HTTP- oder Serverfehler, 2 Aufruf- oder Transportfehler (auch
unvollständige Antworten), 3 Export läuft nach --max-wait noch, 130 unterbrochen.
</translation>
    </message>
    <message>
        <source>Resuming as the export journal recorded the job: %1</source>
        <translation>Fortsetzung so, wie das Exportjournal den Auftrag verzeichnet hat: %1</translation>
    </message>
    <message>
        <source>Warning: the token expires in %1, before a typical export ends (%2 or more). If it runs out, the export stops and prints how to resume with a new token; a profile whose token request is saved (Get token… in the app) renews it instead.</source>
        <translation>Warnung: Das Token läuft in %1 ab, bevor ein typischer Export endet (%2 oder mehr). Läuft es ab, hält der Export an und zeigt, wie er mit einem neuen Token fortgesetzt wird; ein Profil mit gespeicherter Token-Anfrage (Token holen… in der App) erneuert es stattdessen.</translation>
    </message>
    <message>
        <source>With a new token, continue with:</source>
        <translation>Mit einem neuen Token fortsetzen mit:</translation>
    </message>
    <message>
        <source>Continue waiting with:</source>
        <translation>Weiter warten mit:</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) (quantity; no member list)</source>
        <translation>
            <numerusform>%n Mitglied (quantity; keine Mitgliederliste)</numerusform>
            <numerusform>%n Mitglieder (quantity; keine Mitgliederliste)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 listed, quantity %2</source>
        <translation>%1 aufgeführt, quantity %2</translation>
    </message>
    <message>
        <source>inspect, check or get</source>
        <translation>inspect, check oder get</translation>
    </message>
    <message>
        <source>Token tools: inspect (lint a token on standard input), check (the health check against a server: ok only when the server showed it checks the token), get (obtain one for a profile and keep it in the keychain; --print prints it).</source>
        <translation>Token-Werkzeuge: inspect (ein Token von der Standardeingabe prüfen), check (der Gesundheitstest gegen einen Server: ok nur, wenn der Server gezeigt hat, dass er das Token prüft), get (eines für ein Profil holen und im Schlüsselbund ablegen; --print gibt es aus).</translation>
    </message>
    <message>
        <source>Saved requests, reports and comparisons (exit 1: an expectation failed, the calls differ):
       fhir-bulk run FILE... [--profile NAME | --base URL] [--var NAME=VALUE]...
                     [--env ENV.json] [--json] [--junit FILE] [--report FILE]
       fhir-bulk report FILE.har... --out REPORT.md|REPORT.html
       fhir-bulk convert COLLECTION.json|CALLS.har --out DIR [--base URL]
       fhir-bulk compare A.har [B.har] [--left N] [--right N] [--json]
</source>
        <translation>Gespeicherte Anfragen, Berichte und Vergleiche (Exit-Code 1: eine Erwartung traf nicht zu, die Aufrufe unterscheiden sich):
       fhir-bulk run DATEI... [--profile NAME | --base URL] [--var NAME=WERT]...
                     [--env UMGEBUNG.json] [--json] [--junit DATEI] [--report DATEI]
       fhir-bulk report DATEI.har... --out BERICHT.md|BERICHT.html
       fhir-bulk convert SAMMLUNG.json|AUFRUFE.har --out ORDNER [--base URL]
       fhir-bulk compare A.har [B.har] [--left N] [--right N] [--json]
</translation>
    </message>
    <message>
        <source>The answer is incomplete (%1): the %2 that arrived were written to %3.</source>
        <translation>Die Antwort ist unvollständig (%1): Die angekommenen %2 wurden in %3 geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2): the body is in %3.</source>
        <translation>%1 kann nicht geschrieben werden (%2): Der Body liegt in %3.</translation>
    </message>
    <message>
        <source>Note: the server quoted the token back; in %1 it is replaced by its length and fingerprint (a token is never written to disk), so the file differs from the answer as received.</source>
        <translation>Hinweis: Der Server hat das Token zurückgegeben; in %1 ist es durch seine Länge und seinen Fingerabdruck ersetzt (ein Token wird nie auf die Platte geschrieben), daher weicht die Datei von der Antwort ab, wie sie ankam.</translation>
    </message>
    <message>
        <source>Write the body (converted with --as) to this file, private (0600): it gets its name when the answer is complete, and only a regular file is replaced. A device or a FIFO (/dev/null, a named pipe), or a link to one (/dev/stdout), is written to as a stream; any other symbolic link, a folder or a disk device is refused.</source>
        <translation>Den Body (mit --as umgewandelt) privat (0600) in diese Datei schreiben: Sie erhält ihren Namen erst, wenn die Antwort vollständig ist, und ersetzt wird nur eine gewöhnliche Datei. In ein Gerät oder eine FIFO (/dev/null, eine benannte Pipe) oder einen Link auf eines davon (/dev/stdout) wird als Datenstrom geschrieben; jeder andere symbolische Link, ein Ordner oder ein Laufwerk wird abgelehnt.</translation>
    </message>
    <message>
        <source>X-Request-ID sent: %1; %2.</source>
        <translation>Gesendete X-Request-ID: %1; %2.</translation>
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
        <translation>fhir-bulk: der Begleiter von FHIR Bulk Explorer für die Befehlszeile, für FHIR-Bulk-Data-Server.

Befehle:
  get PFAD-ODER-URL  eine Anfrage, erklärt (Status, Header, Diagnose, Inhalt)
  metadata           das CapabilityStatement des Servers (dasselbe wie get metadata)
  export             ein Group-$export von Anfang bis Ende: Kick-off, Abfragen, geprüfte Downloads
  groups             Group-Suche, Seite für Seite
  token inspect      ein Token von der Standardeingabe prüfen, seine Claims zeigen
  token check        der Token-Gesundheitstest: nimmt dieser Server das Token an?
  token get          ein Token für ein Profil holen und im Schlüsselbund ablegen
  run                gespeicherte Anfragen ausführen und ihre Erwartungen prüfen
  report             ein Bericht aufgezeichneter Aufrufe (HAR) als Markdown oder HTML
  convert            gespeicherte Anfragen aus einer Postman-Sammlung oder einer HAR-Datei
  compare            zwei aufgezeichnete Aufrufe vergleichen
  conform            verhält sich dieser Server wie dokumentiert? (Herstellerseite, Bulk-Data-IG)
  sandbox            die eingebaute Sandbox bereitstellen, bis sie unterbrochen wird
  version            die Version dieses Builds

</translation>
    </message>
    <message>
        <source>Conformance (exit 1: a SHALL check failed):
       fhir-bulk conform [--profile NAME | --base URL] [--group ID] [--only PATTERN]
                         [--include-exports] [--include-slow] [--max-wait DURATION]
                         [--junit FILE] [--html FILE] [--json] [--list]
</source>
        <translation>Konformität (Exit 1: eine SHALL-Prüfung ist nicht bestanden):
       fhir-bulk conform [--profile NAME | --base URL] [--group ID] [--only MUSTER]
                         [--include-exports] [--include-slow] [--max-wait DAUER]
                         [--junit DATEI] [--html DATEI] [--json] [--list]
</translation>
    </message>
    <message>
        <source>Deviate from the documentation on purpose (repeatable, or comma-separated): %1.</source>
        <translation>Absichtlich von der Dokumentation abweichen (wiederholbar oder durch Kommas getrennt): %1.</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 erwartet eine ganze Zahl von %2 bis %3, nicht „%4“.</translation>
    </message>
    <message>
        <source>--%1 takes a duration such as 90s, 30m or 12h (at most %2 s), not &quot;%3&quot;.</source>
        <translation>--%1 erwartet eine Dauer wie 90s, 30m oder 12h (höchstens %2 s), nicht „%3“.</translation>
    </message>
</context>
<context>
    <name>CompareCommand</name>
    <message>
        <source>One HAR file (two of its calls) or two (a call of each).</source>
        <translation>Eine HAR-Datei (zwei ihrer Aufrufe) oder zwei (je ein Aufruf).</translation>
    </message>
    <message>
        <source>Which call of the first file, from 1 (default: its last; with one file, the first).</source>
        <translation>Welcher Aufruf der ersten Datei, ab 1 (Vorgabe: ihr letzter; bei nur einer Datei der erste).</translation>
    </message>
    <message>
        <source>Which call of the second file, from 1 (default: its last).</source>
        <translation>Welcher Aufruf der zweiten Datei, ab 1 (Vorgabe: ihr letzter).</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Two calls side by side: status, diagnosis and causes, time taken, request and response headers, and the bodies compared as JSON paths (FHIR XML converted first), differences first. Exit 0 when they differ only where any two calls do, 1 when they differ.</source>
        <translation>Zwei Aufrufe nebeneinander: Status, Diagnose und Ursachen, Dauer, Anfrage- und Antwort-Header und die Bodys als JSON-Pfade verglichen (FHIR-XML zuerst umgewandelt), Unterschiede zuerst. Exit-Code 0, wenn sie sich nur dort unterscheiden, wo es zwei beliebige Aufrufe tun, 1, wenn sie sich unterscheiden.</translation>
    </message>
    <message>
        <source>it holds no call</source>
        <translation>sie enthält keinen Aufruf</translation>
    </message>
    <message numerus="yes">
        <source>Both sides are call %1 of %2: give --left and --right (the file holds %n call(s)).</source>
        <translation>
            <numerusform>Beide Seiten sind Aufruf %1 von %2: geben Sie --left und --right an (die Datei enthält %n Aufruf).</numerusform>
            <numerusform>Beide Seiten sind Aufruf %1 von %2: geben Sie --left und --right an (die Datei enthält %n Aufrufe).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare servers</source>
        <translation>Server vergleichen</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Links:</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Rechts:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Reading both CapabilityStatements…</source>
        <translation>Beide CapabilityStatements werden gelesen…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s), in bold.</source>
        <translation>
            <numerusform>%n Unterschied, fett markiert.</numerusform>
            <numerusform>%n Unterschiede, fett markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare calls #%1 and #%2</source>
        <translation>Aufrufe #%1 und #%2 vergleichen</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>&amp;Only differences</source>
        <translation>&amp;Nur Unterschiede</translation>
    </message>
    <message>
        <source>Hide the rows that are the same on both sides (they are listed last anyway)</source>
        <translation>Die Zeilen ausblenden, die auf beiden Seiten gleich sind (sie stehen ohnehin am Ende)</translation>
    </message>
    <message>
        <source>Differences between the two calls</source>
        <translation>Unterschiede zwischen den beiden Aufrufen</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>Als Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Every row as one line of text, the differences first (as fhir-bulk compare prints them)</source>
        <translation>Jede Zeile als eine Textzeile, die Unterschiede zuerst (wie fhir-bulk compare sie ausgibt)</translation>
    </message>
    <message>
        <source>&amp;Swap sides</source>
        <translation>Seiten &amp;tauschen</translation>
    </message>
    <message>
        <source>Copied the comparison to the clipboard.</source>
        <translation>Den Vergleich in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>keine Antwort (%1)</translation>
    </message>
    <message>
        <source>%1 &lt;b&gt;%2&lt;/b&gt; · %3 ms · %4</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt; · %3 ms · %4</translation>
    </message>
    <message>
        <source>Likely causes: %1</source>
        <translation>Wahrscheinliche Ursachen: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more that any two calls have (ids, dates, time taken)</source>
        <translation>
            <numerusform>dazu %n, den je zwei Aufrufe haben (IDs, Datum, Dauer)</numerusform>
            <numerusform>dazu %n, die je zwei Aufrufe haben (IDs, Datum, Dauer)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translation>Nicht verglichen: %1</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>~ differs, as in any two calls</source>
        <translation>~ verschieden, wie bei je zwei Aufrufen</translation>
    </message>
    <message>
        <source>≠ changed</source>
        <translation>≠ geändert</translation>
    </message>
    <message>
        <source>+ only right</source>
        <translation>+ nur rechts</translation>
    </message>
    <message>
        <source>- only left</source>
        <translation>- nur links</translation>
    </message>
    <message>
        <source>= same</source>
        <translation>= gleich</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
</context>
<context>
    <name>ConformanceCommand</name>
    <message>
        <source>slow</source>
        <translation>langsam</translation>
    </message>
    <message>
        <source>starts an export</source>
        <translation>startet einen Export</translation>
    </message>
    <message>
        <source>vendor profiles</source>
        <translation>Herstellerprofile</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n Prüfung</numerusform>
            <numerusform>%n Prüfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The Group the reads and exports use (default: 1).</source>
        <translation>Die Group, die Lesezugriffe und Exporte verwenden (Standard: 1).</translation>
    </message>
    <message>
        <source>Only the checks whose id matches one of these comma-separated patterns (* and ? as wildcards), e.g. &apos;vendor.*,ig.cancel.*&apos;.</source>
        <translation>Nur die Prüfungen, deren ID auf eines dieser kommagetrennten Muster passt (* und ? als Platzhalter), z. B. &apos;vendor.*,ig.cancel.*&apos;.</translation>
    </message>
    <message>
        <source>Also the checks that start an export (each is cancelled at once). On by default for the Sandbox.</source>
        <translation>Auch die Prüfungen, die einen Export starten (jeder wird sofort abgebrochen). Für die Sandbox standardmäßig an.</translation>
    </message>
    <message>
        <source>Also the checks that wait for a whole export and read its files (implies --include-exports). On by default for the Sandbox.</source>
        <translation>Auch die Prüfungen, die einen ganzen Export abwarten und seine Dateien lesen (schließt --include-exports ein). Für die Sandbox standardmäßig an.</translation>
    </message>
    <message>
        <source>Start exports on a Production profile without asking.</source>
        <translation>Exporte auf einem Production-Profil ohne Rückfrage starten.</translation>
    </message>
    <message>
        <source>Judge the Netsmart vendor page&apos;s documented answers too (automatic for the Netsmart profiles and the Sandbox).</source>
        <translation>Auch die auf der Netsmart-Herstellerseite dokumentierten Antworten prüfen (automatisch bei den Netsmart-Profilen und der Sandbox).</translation>
    </message>
    <message>
        <source>The longest the whole run may wait for exports: 90s, 30m, 12h (default 1h). No other give-up.</source>
        <translation>Wie lange der ganze Lauf höchstens auf Exporte warten darf: 90s, 30m, 12h (Standard 1h). Sonst wird nie aufgegeben.</translation>
    </message>
    <message>
        <source>Also write JUnit XML here.</source>
        <translation>Zusätzlich JUnit-XML in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>List the catalogue of checks and send nothing.</source>
        <translation>Den Katalog der Prüfungen auflisten und nichts senden.</translation>
    </message>
    <message>
        <source>Does this server behave as documented? Runs the catalogue of checks (the Netsmart vendor page&apos;s answers, the Bulk Data IG 2.0.0 server SHALLs and SHOULDs, SMART Backend Services) and says for each: pass, fail (a SHALL), warning (a SHOULD), info (a MAY), not applicable or skipped, with its reason and the numbers of its calls (--har keeps them). Read-only by default: checks that start exports or wait for them are opt-in, and every export started is cancelled. Exit 0 when no SHALL failed, 1 when one did, 2 for a usage error or an unreachable server.</source>
        <translation>Verhält sich dieser Server wie dokumentiert? Führt den Katalog der Prüfungen aus (die Antworten der Netsmart-Herstellerseite, die SHALL- und SHOULD-Anforderungen des Bulk-Data-IG 2.0.0 an Server, SMART Backend Services) und nennt für jede: bestanden, nicht bestanden (ein SHALL), Warnung (ein SHOULD), Hinweis (ein MAY), nicht anwendbar oder übersprungen, mit Begründung und den Nummern ihrer Aufrufe (--har bewahrt sie auf). Standardmäßig nur lesend: Prüfungen, die Exporte starten oder abwarten, muss man einschalten, und jeder gestartete Export wird abgebrochen. Exit 0, wenn kein SHALL verletzt ist, 1, wenn eines verletzt ist, 2 bei einem Bedienfehler oder einem nicht erreichbaren Server.</translation>
    </message>
    <message>
        <source>conform takes no file or path.</source>
        <translation>conform nimmt keine Datei und keinen Pfad.</translation>
    </message>
    <message>
        <source>%1 is a Production profile: the checks asked for start exports there (each is cancelled at once). Add --yes to go ahead.</source>
        <translation>%1 ist ein Production-Profil: Die gewählten Prüfungen starten dort Exporte (jeder wird sofort abgebrochen). Mit --yes geht es weiter.</translation>
    </message>
    <message>
        <source>No token (FHIR_BULK_TOKEN, --token-stdin or the profile&apos;s keychain entry): the checks that need one are skipped.</source>
        <translation>Kein Token (FHIR_BULK_TOKEN, --token-stdin oder der Schlüsselbund-Eintrag des Profils): Die Prüfungen, die eines brauchen, werden übersprungen.</translation>
    </message>
    <message>
        <source>Interrupted: the results so far follow.</source>
        <translation>Unterbrochen: Es folgen die bisherigen Ergebnisse.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Der Server war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Also write the results as one self-contained HTML page here.</source>
        <translation>Die Ergebnisse zusätzlich als eigenständige HTML-Seite hierhin schreiben.</translation>
    </message>
    <message>
        <source>--%1: the folder %2 does not exist.</source>
        <translation>--%1: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>--%1 %2: %3</source>
        <translation>--%1 %2: %3</translation>
    </message>
    <message>
        <source>--%1 %2: cannot write the file (%3).</source>
        <translation>--%1 %2: Die Datei kann nicht geschrieben werden (%3).</translation>
    </message>
    <message>
        <source>The keychain holds no private key for %1: the checks that sign a client assertion are not applicable.</source>
        <translation>Der Schlüsselbund enthält keinen privaten Schlüssel für %1: die Prüfungen, die eine Client-Zusicherung signieren, sind nicht anwendbar.</translation>
    </message>
</context>
<context>
    <name>ConformanceHtml</name>
    <message>
        <source>Conformance of %1</source>
        <translation>Konformität von %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Took %1 s</source>
        <translation>Dauer: %1 s</translation>
    </message>
    <message>
        <source>✔ pass, ✘ fail (a SHALL), ⚠ warning (a SHOULD), ℹ info (a MAY), – not applicable, ⏭ skipped. The call numbers are those of the explorer&apos;s log, history and HAR.</source>
        <translation>✔ bestanden, ✘ nicht bestanden (ein SHALL), ⚠ Warnung (ein SHOULD), ℹ Hinweis (ein MAY), – nicht anwendbar, ⏭ übersprungen. Die Aufrufnummern sind die des Protokolls, des Verlaufs und der HAR-Datei des Explorers.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klausel</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Compared with an earlier run</source>
        <translation>Verglichen mit einem früheren Lauf</translation>
    </message>
    <message>
        <source>Earlier run</source>
        <translation>Früherer Lauf</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>Dieser Lauf</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
</context>
<context>
    <name>ConformanceJob</name>
    <message>
        <source>The profile %1 has no base URL.</source>
        <translation>Das Profil %1 hat keine Basis-URL.</translation>
    </message>
    <message>
        <source>A run is under way.</source>
        <translation>Ein Lauf ist im Gang.</translation>
    </message>
    <message>
        <source>No connection to %1.</source>
        <translation>Keine Verbindung zu %1.</translation>
    </message>
    <message>
        <source>Reading the token of %1…</source>
        <translation>Das Token von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>Stopping: the exports this run started are being cancelled…</source>
        <translation>Wird angehalten: Die Exporte, die dieser Lauf gestartet hat, werden abgebrochen…</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Der Server war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Conformance run</source>
        <translation>Konformitätslauf</translation>
    </message>
    <message>
        <source>%1, Group %2</source>
        <translation>%1, Gruppe %2</translation>
    </message>
    <message>
        <source>%1 of %2 checks · %3</source>
        <translation>%1 von %2 Prüfungen · %3</translation>
    </message>
</context>
<context>
    <name>ConformanceReport</name>
    <message numerus="yes">
        <source>%n check(s): %1 passed, %2 failed, %3 warnings, %4 info, %5 not applicable, %6 skipped</source>
        <translation>
            <numerusform>%n Prüfung: %1 bestanden, %2 nicht bestanden, %3 Warnungen, %4 Hinweise, %5 nicht anwendbar, %6 übersprungen</numerusform>
            <numerusform>%n Prüfungen: %1 bestanden, %2 nicht bestanden, %3 Warnungen, %4 Hinweise, %5 nicht anwendbar, %6 übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Conformance of %1 (%2)</source>
        <translation>Konformität von %1 (%2)</translation>
    </message>
    <message>
        <source>calls %1</source>
        <translation>Aufrufe %1</translation>
    </message>
    <message>
        <source>it is not a saved conformance run (no &quot;checks&quot; list)</source>
        <translation>es ist kein gespeicherter Konformitätslauf (keine Liste &quot;checks&quot;)</translation>
    </message>
    <message>
        <source>check %1 of the saved run has no id or an unknown result</source>
        <translation>Prüfung %1 des gespeicherten Laufs hat keine ID oder ein unbekanntes Ergebnis</translation>
    </message>
</context>
<context>
    <name>ConformanceResults</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Select a check to see its clause, what it sends and expects, what was found and its calls.</source>
        <translation>Wählen Sie eine Prüfung aus, um ihre Klausel zu sehen, was sie sendet und erwartet, den Befund und ihre Aufrufe.</translation>
    </message>
    <message>
        <source>… waiting</source>
        <translation>… wartet</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n check(s)</source>
        <translation>
            <numerusform>%1: %n Prüfung</numerusform>
            <numerusform>%1: %n Prüfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n nicht bestanden</numerusform>
            <numerusform>%n nicht bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Clause:</source>
        <translation>Klausel:</translation>
    </message>
    <message>
        <source>Sends:</source>
        <translation>Sendet:</translation>
    </message>
    <message>
        <source>Expects:</source>
        <translation>Erwartet:</translation>
    </message>
    <message>
        <source>Calls (click one to select it in the log):</source>
        <translation>Aufrufe (ein Klick wählt den Aufruf im Protokoll aus):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Not judged yet.</source>
        <translation>Noch nicht bewertet.</translation>
    </message>
</context>
<context>
    <name>ConformanceRun</name>
    <message>
        <source>waits for a whole export: opt in with --include-slow (the window: Slow checks)</source>
        <translation>wartet einen ganzen Export ab: mit --include-slow einschalten (im Fenster: Langsame Prüfungen)</translation>
    </message>
    <message>
        <source>starts an export (and cancels it): opt in with --include-exports (the window: Checks that start exports)</source>
        <translation>startet einen Export (und bricht ihn ab): mit --include-exports einschalten (im Fenster: Prüfungen, die Exporte starten)</translation>
    </message>
    <message>
        <source>the run was cancelled</source>
        <translation>der Lauf wurde abgebrochen</translation>
    </message>
    <message>
        <source>a documented answer of the Netsmart vendor page; this profile is not a Netsmart server</source>
        <translation>eine auf der Netsmart-Herstellerseite dokumentierte Antwort; dieses Profil ist kein Netsmart-Server</translation>
    </message>
    <message>
        <source>not judged: an earlier call of its step went wrong</source>
        <translation>nicht beurteilt: ein früherer Aufruf ihres Schritts ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>needs a %1 token, which this run does not have</source>
        <translation>braucht ein Token (%1), das dieser Lauf nicht hat</translation>
    </message>
    <message>
        <source>Conformance: cancel the export this run started</source>
        <translation>Konformität: den von diesem Lauf gestarteten Export abbrechen</translation>
    </message>
    <message>
        <source>the server did not answer any call</source>
        <translation>der Server hat auf keinen Aufruf geantwortet</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>under-scoped (system/Patient.read)</source>
        <translation>zu eng berechtigt (system/Patient.read)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>not sent: no %1 token</source>
        <translation>nicht gesendet: kein Token (%1)</translation>
    </message>
    <message numerus="yes">
        <source>429 Too Many Requests: waiting %n second(s)</source>
        <translation>
            <numerusform>429 Too Many Requests: warte %n Sekunde</numerusform>
            <numerusform>429 Too Many Requests: warte %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Conformance: export kick-off</source>
        <translation>Konformität: Export-Kick-off</translation>
    </message>
    <message>
        <source>Conformance: cancel the export</source>
        <translation>Konformität: den Export abbrechen</translation>
    </message>
    <message>
        <source>Conformance: poll export status</source>
        <translation>Konformität: Exportstatus abfragen</translation>
    </message>
    <message numerus="yes">
        <source>Export in progress; next poll in %n second(s)</source>
        <translation>
            <numerusform>Export läuft; nächste Abfrage in %n Sekunde</numerusform>
            <numerusform>Export läuft; nächste Abfrage in %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export in progress (%1); next poll in %n second(s)</source>
        <translation>
            <numerusform>Export läuft (%1); nächste Abfrage in %n Sekunde</numerusform>
            <numerusform>Export läuft (%1); nächste Abfrage in %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent: the run was cancelled</source>
        <translation>nicht gesendet: Der Lauf wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>ConformanceWindow</name>
    <message>
        <source>Checks that start exports (each export is cancelled at once)</source>
        <translation>Prüfungen, die Exporte starten (jeder Export wird sofort abgebrochen)</translation>
    </message>
    <message>
        <source>Slow checks: wait for a whole export and read its files</source>
        <translation>Langsame Prüfungen: auf einen ganzen Export warten und seine Dateien lesen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Run this check again</source>
        <translation>Diese Prüfung erneut ausführen</translation>
    </message>
    <message>
        <source>Compare with a saved run…</source>
        <translation>Mit gespeichertem Lauf vergleichen…</translation>
    </message>
    <message>
        <source>Save run…</source>
        <translation>Lauf speichern…</translation>
    </message>
    <message>
        <source>Export as HTML…</source>
        <translation>Als HTML exportieren…</translation>
    </message>
    <message>
        <source>Export as JUnit XML…</source>
        <translation>Als JUnit-XML exportieren…</translation>
    </message>
    <message>
        <source>Check this server</source>
        <translation>Diesen Server prüfen</translation>
    </message>
    <message>
        <source>The Group the reads and the exports use.</source>
        <translation>Die Group, die die Lesezugriffe und die Exporte verwenden.</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>Sets of checks:</source>
        <translation>Prüfungsgruppen:</translation>
    </message>
    <message>
        <source>Only read-only checks run unless you tick these. On a Production profile you are asked before any export starts.</source>
        <translation>Ohne diese Häkchen laufen nur lesende Prüfungen. Bei einem Produktionsprofil werden Sie gefragt, bevor ein Export startet.</translation>
    </message>
    <message>
        <source>Opt in:</source>
        <translation>Zusätzlich:</translation>
    </message>
    <message>
        <source>%v of %m checks</source>
        <translation>%v von %m Prüfungen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Earlier run</source>
        <translation>Früherer Lauf</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>Dieser Lauf</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Compare this run with a saved one (Save run… keeps a run): Preview against Production, or today against last week.</source>
        <translation>Vergleichen Sie diesen Lauf mit einem gespeicherten („Lauf speichern…“ bewahrt einen Lauf auf): Preview gegen Produktion oder heute gegen letzte Woche.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Compared with an earlier run</source>
        <translation>Verglichen mit einem früheren Lauf</translation>
    </message>
    <message>
        <source>Choose at least one set of checks.</source>
        <translation>Wählen Sie mindestens eine Prüfungsgruppe.</translation>
    </message>
    <message>
        <source>Start exports on Production?</source>
        <translation>Exporte in der Produktion starten?</translation>
    </message>
    <message>
        <source>%1 is a Production profile. The checks you ticked start exports there (each is cancelled at once). Start them?</source>
        <translation>%1 ist ein Produktionsprofil. Die angehakten Prüfungen starten dort Exporte (jeder wird sofort abgebrochen). Starten?</translation>
    </message>
    <message>
        <source>No token for this profile: the checks that need one are skipped. Get one in the main window&apos;s token bar.</source>
        <translation>Kein Token für dieses Profil: Die Prüfungen, die eines brauchen, werden übersprungen. Holen Sie eines über die Token-Leiste des Hauptfensters.</translation>
    </message>
    <message numerus="yes">
        <source>Changed: %n check(s)</source>
        <translation>
            <numerusform>Geändert: %n Prüfung</numerusform>
            <numerusform>Geändert: %n Prüfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unchanged: %n check(s)</source>
        <translation>
            <numerusform>Unverändert: %n Prüfung</numerusform>
            <numerusform>Unverändert: %n Prüfungen</numerusform>
        </translation>
    </message>
    <message>
        <source>This run (%1) against %2: %3</source>
        <translation>Dieser Lauf (%1) gegen %2: %3</translation>
    </message>
    <message>
        <source>the file is larger than a saved run can be</source>
        <translation>die Datei ist größer, als ein gespeicherter Lauf sein kann</translation>
    </message>
    <message>
        <source>it is not JSON (%1)</source>
        <translation>es ist kein JSON (%1)</translation>
    </message>
    <message>
        <source>Compare with a saved run</source>
        <translation>Mit gespeichertem Lauf vergleichen</translation>
    </message>
    <message>
        <source>%1 cannot be compared: %2</source>
        <translation>%1 kann nicht verglichen werden: %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Saved conformance runs (*.json)</source>
        <translation>Gespeicherte Konformitätsläufe (*.json)</translation>
    </message>
    <message>
        <source>Save the results</source>
        <translation>Ergebnisse speichern</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>HTML pages (*.html)</source>
        <translation>HTML-Seiten (*.html)</translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation>JUnit-XML (*.xml)</translation>
    </message>
    <message>
        <source>The saved profile to check: its server, and its token from the keychain. The main window&apos;s profile stays as it is.</source>
        <translation>Das gespeicherte Profil, das geprüft wird: sein Server und sein Token aus dem Schlüsselbund. Das Profil des Hauptfensters bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>started for the run</source>
        <translation>wird für den Lauf gestartet</translation>
    </message>
    <message>
        <source>(no server)</source>
        <translation>(kein Server)</translation>
    </message>
    <message>
        <source>No server to check: choose a profile with a base URL.</source>
        <translation>Kein Server zu prüfen: Wählen Sie ein Profil mit einer Basis-URL.</translation>
    </message>
    <message>
        <source>The run could not start: %1</source>
        <translation>Der Lauf konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>ContentCopier</name>
    <message>
        <source>Copying %1 lines…</source>
        <translation>%1 Zeilen werden kopiert …</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
</context>
<context>
    <name>ContentDecoder</name>
    <message>
        <source>The compressed body is corrupt (%1).</source>
        <translation>Der komprimierte Body ist beschädigt (%1).</translation>
    </message>
</context>
<context>
    <name>ContentFindBar</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>A key, a value or any text (Ctrl+F); Enter finds the next</source>
        <translation>Ein Schlüssel, ein Wert oder beliebiger Text (Strg+F); Eingabe findet den nächsten</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriger</translation>
    </message>
    <message>
        <source>The previous match (Shift+F3)</source>
        <translation>Der vorherige Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>The next match (F3 or Enter)</source>
        <translation>Der nächste Treffer (F3 oder Eingabe)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche …</translation>
    </message>
    <message>
        <source>“%1” is not found.</source>
        <translation>„%1“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>ContentOpener</name>
    <message>
        <source>Reading call #%1&apos;s answer…</source>
        <translation>Lese die Antwort von Aufruf #%1 …</translation>
    </message>
    <message>
        <source>the window is closed</source>
        <translation>das Fenster ist geschlossen</translation>
    </message>
    <message>
        <source>Cannot open %1: not a readable file.</source>
        <translation>%1 lässt sich nicht öffnen: keine lesbare Datei.</translation>
    </message>
    <message>
        <source>%1 is %2: too large to open whole (NDJSON files of any size open line by line).</source>
        <translation>%1 ist %2 groß: zu groß, um sie ganz zu öffnen (NDJSON-Dateien jeder Größe öffnen zeilenweise).</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lese %1 …</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ContentOutline</name>
    <message>
        <source>Not valid JSON near byte %1: %2</source>
        <translation>Kein gültiges JSON nahe Byte %1: %2</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>Kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The XML has no element.</source>
        <translation>Das XML hat kein Element.</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(Wurzel)</translation>
    </message>
    <message numerus="yes">
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n Feld}</numerusform>
            <numerusform>{%n Felder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Eintrag]</numerusform>
            <numerusform>[%n Einträge]</numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Wahrheitswert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The file ended after %1 of %2 bytes.</source>
        <translation>Die Datei endete nach %1 von %2 Bytes.</translation>
    </message>
</context>
<context>
    <name>ConvertCommand</name>
    <message>
        <source>A Postman collection (v2.1 or v2.0), or a HAR file.</source>
        <translation>Eine Postman-Sammlung (v2.1 oder v2.0) oder eine HAR-Datei.</translation>
    </message>
    <message>
        <source>The folder for the .http files.</source>
        <translation>Der Ordner für die .http-Dateien.</translation>
    </message>
    <message>
        <source>Replace .http files of the same names.</source>
        <translation>.http-Dateien gleichen Namens ersetzen.</translation>
    </message>
    <message>
        <source>A HAR&apos;s calls to this base URL become paths relative to it (Group/1), so they run against any profile.</source>
        <translation>Aufrufe einer HAR-Datei an diese Basis-URL werden zu Pfaden relativ zu ihr (Group/1), damit sie gegen jedes Profil laufen.</translation>
    </message>
    <message>
        <source>Saves a Postman collection as .http files, one per folder, or the calls of a HAR as one .http file that sends them again. Tokens are never written: an Authorization becomes {{token}} or a variable an environment gives.</source>
        <translation>Speichert eine Postman-Sammlung als .http-Dateien, eine je Ordner, oder die Aufrufe einer HAR-Datei als eine .http-Datei, die sie erneut sendet. Tokens werden nie geschrieben: aus einer Authorization wird {{token}} oder eine Variable, die eine Umgebung liefert.</translation>
    </message>
    <message>
        <source>convert takes one Postman collection or HAR file and --out DIR.</source>
        <translation>convert erwartet eine Postman-Sammlung oder HAR-Datei und --out ORDNER.</translation>
    </message>
    <message>
        <source>--out: the folder %1 does not exist.</source>
        <translation>--out: der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 exists already: nothing was written (--force replaces it).</source>
        <translation>%1 existiert bereits: es wurde nichts geschrieben (--force ersetzt die Datei).</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Note (%1): %2</source>
        <translation>Hinweis (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n request(s))</source>
        <translation>
            <numerusform>%1 geschrieben (%n Anfrage)</numerusform>
            <numerusform>%1 geschrieben (%n Anfragen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CutOffCheck</name>
    <message>
        <source>its last line ends inside a JSON value, without a line break</source>
        <translation>seine letzte Zeile endet mitten in einem JSON-Wert, ohne Zeilenumbruch</translation>
    </message>
    <message>
        <source>the JSON ends inside an object, an array or a string</source>
        <translation>das JSON endet mitten in einem Objekt, einem Array oder einer Zeichenkette</translation>
    </message>
    <message>
        <source>the XML ends before its root element closes</source>
        <translation>das XML endet, bevor sein Wurzelelement geschlossen wird</translation>
    </message>
</context>
<context>
    <name>DeletedChecks</name>
    <message>
        <source>the manifest has no deleted: the server lists no deletions (HAPI 5.7.6, the vendor&apos;s server, does not support them)</source>
        <translation>das Manifest hat kein deleted: der Server nennt keine Löschungen (HAPI 5.7.6, der Server des Anbieters, unterstützt sie nicht)</translation>
    </message>
    <message>
        <source>the manifest&apos;s deleted is empty: the server lists no deletions</source>
        <translation>deleted im Manifest ist leer: der Server nennt keine Löschungen</translation>
    </message>
    <message>
        <source>no deletions listed with _since=%1: the server deleted nothing since, or does not report deletions; which, cannot be told from outside</source>
        <translation>keine Löschungen genannt bei _since=%1: Entweder hat der Server seitdem nichts gelöscht, oder er meldet keine Löschungen; was davon zutrifft, ist von außen nicht zu erkennen</translation>
    </message>
    <message numerus="yes">
        <source>the server deleted %n resource(s) after _since=%1 (%2), but the manifest lists no deletions</source>
        <translation>
            <numerusform>der Server hat nach _since=%1 %n Ressource gelöscht (%2), aber das Manifest nennt keine Löschungen</numerusform>
            <numerusform>der Server hat nach _since=%1 %n Ressourcen gelöscht (%2), aber das Manifest nennt keine Löschungen</numerusform>
        </translation>
    </message>
    <message>
        <source>deleted is not an array</source>
        <translation>deleted ist kein Array</translation>
    </message>
    <message>
        <source>deleted item %1</source>
        <translation>deleted-Eintrag %1</translation>
    </message>
    <message>
        <source>%1 lacks a string type or url</source>
        <translation>%1 fehlt ein type oder eine url als Zeichenkette</translation>
    </message>
    <message>
        <source>%1 has type %2, expected Bundle</source>
        <translation>%1 hat den type %2, erwartet ist Bundle</translation>
    </message>
    <message>
        <source>%1: url &quot;%2&quot; is not absolute</source>
        <translation>%1: url „%2“ ist nicht absolut</translation>
    </message>
    <message>
        <source>Conformance: download a file of deleted resources</source>
        <translation>Konformität: eine Datei gelöschter Ressourcen herunterladen</translation>
    </message>
    <message>
        <source>%1: count %2, but %3 lines</source>
        <translation>%1: count %2, aber %3 Zeilen</translation>
    </message>
    <message>
        <source>%1: line %2 is not a JSON object</source>
        <translation>%1: Zeile %2 ist kein JSON-Objekt</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) not a Bundle of type transaction</source>
        <translation>
            <numerusform>%1: %n Zeile ist kein Bundle vom type transaction</numerusform>
            <numerusform>%1: %n Zeilen sind kein Bundle vom type transaction</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n Bundle(s) without an entry</source>
        <translation>
            <numerusform>%1: %n Bundle ohne entry</numerusform>
            <numerusform>%1: %n Bundles ohne entry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s) whose request.method is not DELETE</source>
        <translation>
            <numerusform>%1: %n entry, dessen request.method nicht DELETE ist</numerusform>
            <numerusform>%1: %n entries, deren request.method nicht DELETE ist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entry(s) without request.url</source>
        <translation>
            <numerusform>%1: %n entry ohne request.url</numerusform>
            <numerusform>%1: %n entries ohne request.url</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted resource(s) also in the output files: %1</source>
        <translation>
            <numerusform>%n gelöschte Ressource steht auch in den output-Dateien: %1</numerusform>
            <numerusform>%n gelöschte Ressourcen stehen auch in den output-Dateien: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s) listed with _since=%1</source>
        <translation>
            <numerusform>%n Löschung genannt bei _since=%1</numerusform>
            <numerusform>%n Löschungen genannt bei _since=%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server lists %n deletion(s) after _since=%1</source>
        <translation>
            <numerusform>der Server nennt %n Löschung nach _since=%1</numerusform>
            <numerusform>der Server nennt %n Löschungen nach _since=%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) deleted after _since=%1 not listed: %2</source>
        <translation>
            <numerusform>%n nach _since=%1 gelöschte Ressource nicht genannt: %2</numerusform>
            <numerusform>%n nach _since=%1 gelöschte Ressourcen nicht genannt: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Diagnoser</name>
    <message>
        <source>The server accepted the request (2xx).</source>
        <translation>Der Server hat die Anfrage angenommen (2xx).</translation>
    </message>
    <message>
        <source>A redirect (3xx); followed by the explorer, Authorization only to the same origin.</source>
        <translation>Eine Weiterleitung (3xx); der Explorer folgt ihr, Authorization nur zum selben Ursprung.</translation>
    </message>
    <message>
        <source>401 UnauthorizedException from API Gateway: no Authorization header, or an empty one.</source>
        <translation>401 UnauthorizedException vom API-Gateway: kein oder ein leerer Authorization-Header.</translation>
    </message>
    <message>
        <source>403 AccessDeniedException: the token is invalid or expired (the authorizer&apos;s explicit deny).</source>
        <translation>403 AccessDeniedException: das Token ist ungültig oder abgelaufen (ausdrückliche Ablehnung des Authorizers).</translation>
    </message>
    <message>
        <source>403 IncompleteSignatureException: no route for this path or method (e.g. PATCH), so the header was read as an AWS signature.</source>
        <translation>403 IncompleteSignatureException: keine Route für diesen Pfad oder diese Methode (z. B. PATCH), daher wurde der Header als AWS-Signatur gelesen.</translation>
    </message>
    <message>
        <source>403 MissingAuthenticationTokenException: wrong path or method and no Authorization header.</source>
        <translation>403 MissingAuthenticationTokenException: falscher Pfad oder falsche Methode und kein Authorization-Header.</translation>
    </message>
    <message>
        <source>Another API Gateway error (x-amzn-ErrorType), e.g. throttling.</source>
        <translation>Ein anderer Fehler des API-Gateways (x-amzn-ErrorType), z. B. Drosselung.</translation>
    </message>
    <message>
        <source>400 with an OperationOutcome: the FHIR server refused the request&apos;s content.</source>
        <translation>400 mit OperationOutcome: der FHIR-Server hat den Inhalt der Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>404 with an OperationOutcome: no such resource (HAPI-0436) or export job.</source>
        <translation>404 mit OperationOutcome: keine solche Ressource (HAPI-0436) oder kein solcher Exportauftrag.</translation>
    </message>
    <message>
        <source>500 with an OperationOutcome: the server failed; &apos;transient&apos; issues mean retry later.</source>
        <translation>500 mit OperationOutcome: der Server ist gescheitert; Einträge mit „transient“ heißen: später erneut versuchen.</translation>
    </message>
    <message>
        <source>501 with an OperationOutcome: the operation is not supported by this server.</source>
        <translation>501 mit OperationOutcome: dieser Server unterstützt die Operation nicht.</translation>
    </message>
    <message>
        <source>Another error status with an OperationOutcome; read its issues.</source>
        <translation>Ein anderer Fehlerstatus mit OperationOutcome; lesen Sie dessen Einträge.</translation>
    </message>
    <message>
        <source>429 Too Many Requests: wait as long as Retry-After asks.</source>
        <translation>429 Too Many Requests: so lange warten, wie Retry-After verlangt.</translation>
    </message>
    <message>
        <source>An error status without a FHIR or gateway explanation (e.g. HTML from a proxy).</source>
        <translation>Ein Fehlerstatus ohne Erklärung von FHIR oder Gateway (z. B. HTML von einem Proxy).</translation>
    </message>
    <message>
        <source>The host name could not be resolved.</source>
        <translation>Der Hostname konnte nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>The connection was refused: nothing listens on that port.</source>
        <translation>Die Verbindung wurde abgelehnt: auf diesem Port lauscht nichts.</translation>
    </message>
    <message>
        <source>No data arrived within the timeout; data received so far is kept.</source>
        <translation>Innerhalb des Zeitlimits kamen keine Daten; bereits empfangene Daten bleiben erhalten.</translation>
    </message>
    <message>
        <source>The TLS handshake failed (untrusted or mismatched certificate).</source>
        <translation>Der TLS-Handshake ist gescheitert (nicht vertrauenswürdiges oder unpassendes Zertifikat).</translation>
    </message>
    <message>
        <source>The connection closed before the answer was complete.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The request was cancelled by the user.</source>
        <translation>Die Anfrage wurde vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <source>The URL cannot be sent (not http/https, or no host).</source>
        <translation>Die URL kann nicht gesendet werden (nicht http/https oder kein Host).</translation>
    </message>
    <message>
        <source>The proxy refused or failed the connection.</source>
        <translation>Der Proxy hat die Verbindung abgelehnt oder ist gescheitert.</translation>
    </message>
    <message>
        <source>Another network failure before an HTTP answer.</source>
        <translation>Ein anderer Netzwerkfehler vor einer HTTP-Antwort.</translation>
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
        <translation>%1: der Server hat die Anfrage angenommen.</translation>
    </message>
    <message>
        <source>The response carries an OperationOutcome:
%1</source>
        <translation>Die Antwort enthält ein OperationOutcome:
%1</translation>
    </message>
    <message>
        <source>%1: the server redirects to %2.</source>
        <translation>%1: der Server leitet weiter nach %2.</translation>
    </message>
    <message>
        <source>Redirects are followed by FHIR Bulk Explorer itself; the Authorization header is only sent again to the same origin.</source>
        <translation>FHIR Bulk Explorer folgt Weiterleitungen selbst; der Authorization-Header wird nur an denselben Ursprung erneut gesendet.</translation>
    </message>
    <message>
        <source>HTTP 429: the server asks you to slow down.</source>
        <translation>HTTP 429: der Server bittet Sie, langsamer zu werden.</translation>
    </message>
    <message>
        <source>No Retry-After header was sent: wait and try again with a growing pause.</source>
        <translation>Es wurde kein Retry-After-Header gesendet: warten Sie und versuchen Sie es mit wachsender Pause erneut.</translation>
    </message>
    <message>
        <source>It asked to wait Retry-After: %1 before the next request.</source>
        <translation>Er verlangt vor der nächsten Anfrage zu warten: Retry-After: %1.</translation>
    </message>
    <message>
        <source>%1 %2: the server refused the request without a FHIR explanation.</source>
        <translation>%1 %2: der Server hat die Anfrage ohne FHIR-Erklärung abgelehnt.</translation>
    </message>
    <message>
        <source>The response body is empty.</source>
        <translation>Der Antwortinhalt ist leer.</translation>
    </message>
    <message>
        <source>The body is HTML or XML that is not an OperationOutcome; it often comes from a proxy or load balancer in front of the FHIR server.</source>
        <translation>Der Inhalt ist HTML oder XML, aber kein OperationOutcome; er stammt oft von einem Proxy oder Load Balancer vor dem FHIR-Server.</translation>
    </message>
    <message>
        <source>The body (%1) is not an OperationOutcome: read it in the Body tab.</source>
        <translation>Der Inhalt (%1) ist kein OperationOutcome: lesen Sie ihn im Reiter Inhalt.</translation>
    </message>
    <message>
        <source>no Content-Type</source>
        <translation>kein Content-Type</translation>
    </message>
    <message>
        <source>The host name %1 could not be resolved: check the base URL, your network and any VPN.</source>
        <translation>Der Hostname %1 konnte nicht aufgelöst werden: prüfen Sie die Basis-URL, Ihr Netzwerk und ein etwaiges VPN.</translation>
    </message>
    <message>
        <source>%1 refused the connection on port %2: nothing is listening there.</source>
        <translation>%1 hat die Verbindung auf Port %2 abgelehnt: dort lauscht nichts.</translation>
    </message>
    <message>
        <source>No answer within the time limit: the server or the network stalled. Data received so far is kept.</source>
        <translation>Keine Antwort innerhalb des Zeitlimits: Server oder Netzwerk stockten. Bereits empfangene Daten bleiben erhalten.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed: the certificate is not trusted or does not match (a corporate proxy with a private CA?).</source>
        <translation>Der TLS-Handshake mit %1 ist gescheitert: das Zertifikat ist nicht vertrauenswürdig oder passt nicht (ein Firmen-Proxy mit privater CA?).</translation>
    </message>
    <message>
        <source>The server closed the connection before the response was complete.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>You cancelled this request.</source>
        <translation>Sie haben diese Anfrage abgebrochen.</translation>
    </message>
    <message>
        <source>The URL is not one this tool can send: use http:// or https:// and a host name.</source>
        <translation>Diese URL kann das Werkzeug nicht senden: verwenden Sie http:// oder https:// und einen Hostnamen.</translation>
    </message>
    <message>
        <source>The request failed before an HTTP answer arrived.</source>
        <translation>Die Anfrage ist gescheitert, bevor eine HTTP-Antwort kam.</translation>
    </message>
    <message>
        <source>401 from the API gateway: the request carried no usable Authorization header.</source>
        <translation>401 vom API-Gateway: die Anfrage enthielt keinen verwendbaren Authorization-Header.</translation>
    </message>
    <message>
        <source>403 IncompleteSignatureException: the gateway has no route for %1 %2, so it read the Authorization header as an AWS signature.</source>
        <translation>403 IncompleteSignatureException: das Gateway hat keine Route für %1 %2 und las den Authorization-Header daher als AWS-Signatur.</translation>
    </message>
    <message>
        <source>Variant &apos;requires Credential parameter&apos;: the path or the method is wrong, and the Authorization header is a single word, not &apos;Bearer &lt;token&gt;&apos;. Fix the path, and put &apos;Bearer &apos; before the token.</source>
        <translation>Variante „requires Credential parameter“: Pfad oder Methode ist falsch, und der Authorization-Header ist ein einzelnes Wort statt „Bearer &lt;Token&gt;“. Korrigieren Sie den Pfad und setzen Sie „Bearer “ vor das Token.</translation>
    </message>
    <message>
        <source>Check the path and the method, and that the header reads Authorization: Bearer &lt;token&gt;.</source>
        <translation>Prüfen Sie Pfad und Methode und dass der Header Authorization: Bearer &lt;Token&gt; lautet.</translation>
    </message>
    <message>
        <source>This gateway answer quotes the Authorization header; the token in it was replaced by its length and fingerprint.</source>
        <translation>Diese Gateway-Antwort zitiert den Authorization-Header; das Token darin wurde durch Länge und Fingerabdruck ersetzt.</translation>
    </message>
    <message>
        <source>This gateway answer quotes the Authorization header.</source>
        <translation>Diese Gateway-Antwort zitiert den Authorization-Header.</translation>
    </message>
    <message>
        <source>403 MissingAuthenticationTokenException: no route for %1 %2, and no Authorization header.</source>
        <translation>403 MissingAuthenticationTokenException: keine Route für %1 %2 und kein Authorization-Header.</translation>
    </message>
    <message>
        <source>Despite its name this usually means a wrong path or method: check the base URL, the resource type and the id. Add a token as well.</source>
        <translation>Trotz des Namens bedeutet das meist einen falschen Pfad oder eine falsche Methode: prüfen Sie Basis-URL, Ressourcentyp und ID. Fügen Sie außerdem ein Token hinzu.</translation>
    </message>
    <message>
        <source>HTTP %1 from the API gateway: %2.</source>
        <translation>HTTP %1 vom API-Gateway: %2.</translation>
    </message>
    <message>
        <source>Recognised by the body only: the x-amzn-ErrorType header was missing.</source>
        <translation>Nur am Inhalt erkannt: der Header x-amzn-ErrorType fehlte.</translation>
    </message>
    <message>
        <source>400 from the FHIR server: it understood the request but refused its content. %1</source>
        <translation>400 vom FHIR-Server: er hat die Anfrage verstanden, aber ihren Inhalt abgelehnt. %1</translation>
    </message>
    <message>
        <source>404 from the FHIR server: %1</source>
        <translation>404 vom FHIR-Server: %1</translation>
    </message>
    <message>
        <source>500 from the FHIR server: it failed while handling the request. %1</source>
        <translation>500 vom FHIR-Server: er ist bei der Bearbeitung der Anfrage gescheitert. %1</translation>
    </message>
    <message>
        <source>The issue is marked transient: retry later.</source>
        <translation>Der Eintrag ist als transient markiert: später erneut versuchen.</translation>
    </message>
    <message>
        <source>501 from the FHIR server: this operation is not supported here. %1</source>
        <translation>501 vom FHIR-Server: diese Operation wird hier nicht unterstützt. %1</translation>
    </message>
    <message>
        <source>HTTP %1 with an OperationOutcome: %2</source>
        <translation>HTTP %1 mit OperationOutcome: %2</translation>
    </message>
    <message>
        <source>The body ended before the length the server announced: the answer is incomplete.</source>
        <translation>Der Body endete vor der vom Server angekündigten Länge: die Antwort ist unvollständig.</translation>
    </message>
    <message>
        <source>A resumed download was answered with bytes that do not continue the file.</source>
        <translation>Ein fortgesetzter Download wurde mit Bytes beantwortet, die die Datei nicht fortsetzen.</translation>
    </message>
    <message>
        <source>A header (often a pasted token) contains a control character such as a line break: nothing was sent.</source>
        <translation>Ein Header (oft ein eingefügtes Token) enthält ein Steuerzeichen wie einen Zeilenumbruch: nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The answer could not be written to disk (no permission, missing folder, I/O error).</source>
        <translation>Die Antwort konnte nicht auf den Datenträger geschrieben werden (keine Berechtigung, fehlender Ordner, E/A-Fehler).</translation>
    </message>
    <message>
        <source>The disk is full: the answer could not be written; what arrived before is kept.</source>
        <translation>Der Datenträger ist voll: die Antwort konnte nicht geschrieben werden; was vorher ankam, bleibt erhalten.</translation>
    </message>
    <message>
        <source>The answer is incomplete: the connection ended before the whole body arrived.</source>
        <translation>Die Antwort ist unvollständig: die Verbindung endete, bevor der ganze Body ankam.</translation>
    </message>
    <message>
        <source>The server resumed the download at the wrong place: the file must be downloaded again.</source>
        <translation>Der Server hat den Download an der falschen Stelle fortgesetzt: die Datei muss neu geladen werden.</translation>
    </message>
    <message>
        <source>Not sent: a header contains a control character (a line break in a pasted token?).</source>
        <translation>Nicht gesendet: ein Header enthält ein Steuerzeichen (ein Zeilenumbruch in einem eingefügten Token?).</translation>
    </message>
    <message>
        <source>The disk is full: the answer could not be written.</source>
        <translation>Der Datenträger ist voll: die Antwort konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The answer could not be written to disk.</source>
        <translation>Die Antwort konnte nicht auf den Datenträger geschrieben werden.</translation>
    </message>
    <message>
        <source>403 AccessDeniedException: the gateway&apos;s authorizer refused the token or the way it was sent.</source>
        <translation>403 AccessDeniedException: der Autorisierer des Gateways hat das Token oder die Art, wie es gesendet wurde, abgelehnt.</translation>
    </message>
    <message>
        <source>The proxy %1 refused or failed the connection: %2 was not reached.</source>
        <translation>Der Proxy %1 hat die Verbindung abgelehnt oder ist gescheitert: %2 wurde nicht erreicht.</translation>
    </message>
    <message>
        <source>A 2xx answer that is a web page (HTML) where FHIR was asked for: a proxy&apos;s login page, a captive portal, or a URL that leads to a web site.</source>
        <translation>Eine 2xx-Antwort, die eine Webseite (HTML) ist, wo FHIR angefragt wurde: die Anmeldeseite eines Proxys, ein Netzwerkportal oder eine URL, die zu einer Website führt.</translation>
    </message>
    <message>
        <source>%1, but the answer is a web page (%2), not FHIR.</source>
        <translation>%1, aber die Antwort ist eine Webseite (%2), kein FHIR.</translation>
    </message>
    <message>
        <source>FHIR was asked for (Accept: %1). A page like this comes from a proxy or a network portal that wants a login or blocks the site, or from a base URL that leads to a web site instead of the FHIR API. Read the page in the Body tab.</source>
        <translation>Angefragt war FHIR (Accept: %1). Eine solche Seite kommt von einem Proxy oder einem Netzwerkportal, das eine Anmeldung verlangt oder die Seite sperrt, oder von einer Basis-URL, die zu einer Website statt zur FHIR-API führt. Die Seite steht im Tab „Body“.</translation>
    </message>
    <message>
        <source>The body&apos;s coding is broken: a gzip/deflate stream that cannot be decoded, or a chunked body whose framing cannot be read (an invalid chunk size).</source>
        <translation>Die Kodierung des Bodys ist kaputt: ein gzip/deflate-Datenstrom, der sich nicht dekodieren lässt, oder ein Body in Chunks, dessen Struktur sich nicht lesen lässt (eine ungültige Chunk-Größe).</translation>
    </message>
    <message>
        <source>The answer&apos;s header block cannot be read: a header over 8 KiB, more than 100 headers, or a malformed header name. Refused as soon as it arrives.</source>
        <translation>Der Header-Block der Antwort lässt sich nicht lesen: ein Header über 8 KiB, mehr als 100 Header oder ein fehlerhafter Header-Name. Abgewiesen, sobald er angekommen ist.</translation>
    </message>
    <message>
        <source>The answer&apos;s coding is broken (a corrupt compressed stream or chunked framing): its body cannot be trusted.</source>
        <translation>Die Kodierung der Antwort ist kaputt (ein beschädigter komprimierter Datenstrom oder eine kaputte Chunk-Struktur): Ihrem Body ist nicht zu trauen.</translation>
    </message>
    <message>
        <source>The answer&apos;s headers are too large or malformed to be read: it is refused.</source>
        <translation>Die Header der Antwort sind zu groß oder zu fehlerhaft, um sie zu lesen: Die Antwort wird abgewiesen.</translation>
    </message>
    <message>
        <source>Variant &apos;missing equal-sign&apos;: your header has the right shape (Bearer &lt;token&gt;), so the path or the method is wrong. Check the resource type and id, and use a method the API routes: %1.</source>
        <translation>Variante „missing equal-sign“: Ihr Header hat die richtige Form (Bearer &lt;Token&gt;), also ist der Pfad oder die Methode falsch. Prüfen Sie Ressourcentyp und ID, und verwenden Sie eine Methode, die die API routet: %1.</translation>
    </message>
</context>
<context>
    <name>DiagnosisCodesDialog</name>
    <message>
        <source>Diagnosis codes</source>
        <translation>Diagnose-Codes</translation>
    </message>
    <message>
        <source>Diagnosis codes: what kind of answer</source>
        <translation>Diagnose-Codes: welche Art von Antwort</translation>
    </message>
    <message>
        <source>Cause codes: why, most likely first</source>
        <translation>Ursachen-Codes: warum, die wahrscheinlichste zuerst</translation>
    </message>
    <message>
        <source>Each refused or misrouted call lists its likely causes, ranked, each with the evidence it rests on (the Authorization header as it was sent, the token&apos;s claims, the method and path).</source>
        <translation>Jeder abgelehnte oder fehlgeleitete Aufruf nennt seine möglichen Ursachen, nach Wahrscheinlichkeit geordnet, jede mit ihrem Beleg (der Authorization-Header wie gesendet, die Claims des Tokens, Methode und Pfad).</translation>
    </message>
    <message>
        <source>Diagnosis codes and what they mean</source>
        <translation>Diagnosecodes und ihre Bedeutung</translation>
    </message>
</context>
<context>
    <name>Expectation</name>
    <message>
        <source>@expect status takes an HTTP status from 100 to 599, not &quot;%1&quot;.</source>
        <translation>@expect status erwartet einen HTTP-Status von 100 bis 599, nicht „%1“.</translation>
    </message>
    <message>
        <source>@expect diagnosis: &quot;%1&quot; is not a diagnosis code (see Help → Diagnosis codes or the README).</source>
        <translation>@expect diagnosis: „%1“ ist kein Diagnosecode (siehe Hilfe → Diagnosecodes oder die README).</translation>
    </message>
    <message>
        <source>@expect cause: &quot;%1&quot; is not a cause code (see Help → Diagnosis codes or the README).</source>
        <translation>@expect cause: „%1“ ist kein Ursachencode (siehe Hilfe → Diagnosecodes oder die README).</translation>
    </message>
    <message>
        <source>&quot;@expect %1&quot; is not an expectation; write one of: @expect status 200, @expect diagnosis CODE, @expect cause CODE, @expect header NAME.</source>
        <translation>„@expect %1“ ist keine Erwartung; schreiben Sie eine dieser Formen: @expect status 200, @expect diagnosis CODE, @expect cause CODE, @expect header NAME.</translation>
    </message>
</context>
<context>
    <name>ExpectationCheck</name>
    <message>
        <source>no answer (%1)</source>
        <translation>keine Antwort (%1)</translation>
    </message>
    <message>
        <source>no causes</source>
        <translation>keine Ursachen</translation>
    </message>
    <message>
        <source>Status %1, as expected.</source>
        <translation>Status %1, wie erwartet.</translation>
    </message>
    <message>
        <source>Expected status %1, got %2.</source>
        <translation>Erwartet war Status %1, erhalten %2.</translation>
    </message>
    <message>
        <source>Diagnosis %1, as expected.</source>
        <translation>Diagnose %1, wie erwartet.</translation>
    </message>
    <message>
        <source>Expected the diagnosis %1, got %2.</source>
        <translation>Erwartet war die Diagnose %1, erhalten %2.</translation>
    </message>
    <message>
        <source>The cause %1 is among the likely causes (%2).</source>
        <translation>Die Ursache %1 ist unter den möglichen Ursachen (%2).</translation>
    </message>
    <message>
        <source>Expected the cause %1, got %2.</source>
        <translation>Erwartet war die Ursache %1, erhalten %2.</translation>
    </message>
    <message>
        <source>The answer carries %1: %2.</source>
        <translation>Die Antwort enthält %1: %2.</translation>
    </message>
    <message>
        <source>Expected the header %1, got no answer (%2).</source>
        <translation>Erwartet war der Header %1, es kam keine Antwort (%2).</translation>
    </message>
    <message>
        <source>Expected the header %1, and the answer has none.</source>
        <translation>Erwartet war der Header %1, und die Antwort hat keinen.</translation>
    </message>
</context>
<context>
    <name>ExportChecks</name>
    <message>
        <source>no absolute Content-Location to poll</source>
        <translation>keine absolute Content-Location zum Abfragen</translation>
    </message>
    <message>
        <source>answered %1, expected a 4xx or 5xx error</source>
        <translation>antwortete %1, erwartet war ein Fehler 4xx oder 5xx</translation>
    </message>
    <message>
        <source>Conformance: export kick-off with POST and Parameters</source>
        <translation>Konformität: Export-Kick-off mit POST und Parameters</translation>
    </message>
    <message>
        <source>POST kick-off supported</source>
        <translation>Kick-off per POST wird unterstützt</translation>
    </message>
    <message>
        <source>POST kick-off not supported (refused with %1 and an OperationOutcome)</source>
        <translation>Kick-off per POST wird nicht unterstützt (abgelehnt mit %1 und einem OperationOutcome)</translation>
    </message>
    <message>
        <source>the server accepts _outputFormat=text/csv</source>
        <translation>der Server nimmt _outputFormat=text/csv an</translation>
    </message>
    <message>
        <source>answered %1, expected a 4xx</source>
        <translation>antwortete %1, erwartet war ein 4xx</translation>
    </message>
    <message>
        <source>%1 was accepted (202)</source>
        <translation>%1 wurde angenommen (202)</translation>
    </message>
    <message>
        <source>Conformance: export kick-off without a token</source>
        <translation>Konformität: Export-Kick-off ohne Token</translation>
    </message>
    <message>
        <source>no Content-Location header</source>
        <translation>kein Content-Location-Header</translation>
    </message>
    <message>
        <source>Content-Location %1 was handed out before in this run (a reused job: Cache-Control: no-cache ignored)</source>
        <translation>Content-Location %1 kam in diesem Lauf schon einmal (ein wiederverwendeter Job: Cache-Control: no-cache missachtet)</translation>
    </message>
    <message>
        <source>Content-Location &quot;%1&quot; is not an absolute http(s) URL</source>
        <translation>Content-Location „%1“ ist keine absolute http(s)-URL</translation>
    </message>
    <message>
        <source>Conformance: poll export status</source>
        <translation>Konformität: Exportstatus abfragen</translation>
    </message>
    <message>
        <source>the export was complete at the first poll (too fast to observe)</source>
        <translation>der Export war bei der ersten Abfrage schon fertig (zu schnell, um ihn laufen zu sehen)</translation>
    </message>
    <message>
        <source>Conformance: poll export status without a token</source>
        <translation>Konformität: Exportstatus ohne Token abfragen</translation>
    </message>
    <message>
        <source>Conformance: poll export status with a damaged token</source>
        <translation>Konformität: Exportstatus mit beschädigtem Token abfragen</translation>
    </message>
    <message>
        <source>Conformance: poll an export that does not exist</source>
        <translation>Konformität: einen nicht vorhandenen Export abfragen</translation>
    </message>
    <message>
        <source>the error body is not an OperationOutcome</source>
        <translation>der Fehlerinhalt ist kein OperationOutcome</translation>
    </message>
    <message>
        <source>Conformance: cancel an export that does not exist</source>
        <translation>Konformität: einen nicht vorhandenen Export abbrechen</translation>
    </message>
    <message>
        <source>Conformance: poll the cancelled export</source>
        <translation>Konformität: den abgebrochenen Export abfragen</translation>
    </message>
    <message>
        <source>the kick-off answered %1 without an absolute Content-Location</source>
        <translation>der Kick-off antwortete %1 ohne absolute Content-Location</translation>
    </message>
    <message>
        <source>Conformance: cancel an export without a token</source>
        <translation>Konformität: einen Export ohne Token abbrechen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Group export</source>
        <translation>Group-Export</translation>
    </message>
    <message>
        <source>&amp;Group id:</source>
        <translation>&amp;Group-ID:</translation>
    </message>
    <message>
        <source>e.g. Observation?category=laboratory (experimental)</source>
        <translation>z. B. Observation?category=laboratory (experimentell)</translation>
    </message>
    <message>
        <source>_&amp;elements:</source>
        <translation>_&amp;elements:</translation>
    </message>
    <message>
        <source>&amp;POST with Parameters</source>
        <translation>&amp;POST mit Parameters</translation>
    </message>
    <message>
        <source>New &amp;job (Cache-Control: no-cache)</source>
        <translation>Neuer A&amp;uftrag (Cache-Control: no-cache)</translation>
    </message>
    <message>
        <source>&amp;Lenient</source>
        <translation>&amp;Tolerante Verarbeitung (lenient)</translation>
    </message>
    <message>
        <source>Prefer: handling=lenient: the server skips what it does not support</source>
        <translation>Prefer: handling=lenient: der Server überspringt, was er nicht unterstützt</translation>
    </message>
    <message>
        <source>Request that will be sent:</source>
        <translation>Anfrage, die gesendet wird:</translation>
    </message>
    <message>
        <source>&amp;Start export</source>
        <translation>Export &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>Export a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Dateien</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Aufruf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>X-Progress</source>
        <translation>X-Progress</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>Nächste Abfrage</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Double-click to show this call in the log</source>
        <translation>Doppelklick zeigt diesen Aufruf im Protokoll</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>export running</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>429: polled too soon, waiting as asked</source>
        <translation>429: zu früh abgefragt, warte wie verlangt</translation>
    </message>
    <message>
        <source>transient server error, retrying</source>
        <translation>vorübergehender Serverfehler, neuer Versuch</translation>
    </message>
    <message>
        <source>the status check failed (network), retrying</source>
        <translation>die Statusabfrage ist gescheitert (Netzwerk), neuer Versuch</translation>
    </message>
    <message>
        <source>complete: manifest received</source>
        <translation>fertig: Manifest erhalten</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gescheitert</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Waiting for the export: next poll in %1 (%2). &quot;Poll now&quot; asks at once.</source>
        <translation>Warte auf den Export: nächste Abfrage in %1 (%2). „Jetzt abfragen“ fragt sofort.</translation>
    </message>
    <message>
        <source>Changes since the transactionTime of the last finished export of this Group</source>
        <translation>Änderungen seit der transactionTime des letzten fertigen Exports dieser Group</translation>
    </message>
    <message>
        <source>e.g. id,meta,code (comma separated)</source>
        <translation>z. B. id,meta,code (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>e.g. LatestProvenanceResources (comma separated)</source>
        <translation>z. B. LatestProvenanceResources (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>How many files are downloaded at once</source>
        <translation>Wie viele Dateien gleichzeitig heruntergeladen werden</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>Show &amp;manifest</source>
        <translation>&amp;Manifest anzeigen</translation>
    </message>
    <message>
        <source>The access token expires in %1 and this profile cannot renew it by itself: get a new token (Get token… in the main window) or paste one before then, or the remaining calls will be refused.</source>
        <translation>Das Zugriffstoken läuft in %1 ab und dieses Profil kann es nicht selbst erneuern: Holen Sie vorher ein neues Token (Token holen… im Hauptfenster) oder fügen Sie eines ein, sonst werden die restlichen Aufrufe abgelehnt.</translation>
    </message>
    <message>
        <source>The access token expires in %1; it will be renewed before then.</source>
        <translation>Das Zugriffstoken läuft in %1 ab; es wird vorher erneuert.</translation>
    </message>
    <message>
        <source>The files expired %1 ago (Expires: %2): downloads not finished yet may fail; start a new export for them.</source>
        <translation>Die Dateien sind seit %1 abgelaufen (Expires: %2): Noch nicht fertige Downloads können fehlschlagen; starten Sie für sie einen neuen Export.</translation>
    </message>
    <message>
        <source>The server keeps the files until %1 (Expires header): %2 left.</source>
        <translation>Der Server hält die Dateien bis %1 bereit (Expires-Header): noch %2.</translation>
    </message>
    <message>
        <source>Downloading: %1 of %2 files done · %3</source>
        <translation>Download: %1 von %2 Dateien fertig · %3</translation>
    </message>
    <message>
        <source>&amp;View file</source>
        <translation>Datei anse&amp;hen</translation>
    </message>
    <message>
        <source>The selected file in the content viewer, one row per line (double-click a file does the same)</source>
        <translation>Die gewählte Datei in der Inhaltsanzeige, eine Zeile je Eintrag (Doppelklick auf eine Datei tut dasselbe)</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>&amp;Weiter warten</translation>
    </message>
    <message>
        <source>The wait limit was reached (Preferences); the server may still finish the job: poll it again</source>
        <translation>Die Wartegrenze ist erreicht (Einstellungen); der Server kann den Auftrag noch abschließen: erneut abfragen</translation>
    </message>
    <message>
        <source>not sent (status URL on another host)</source>
        <translation>nicht gesendet (Status-URL auf anderem Host)</translation>
    </message>
    <message>
        <source>Changed since (_since)</source>
        <translation>Geändert seit (_since)</translation>
    </message>
    <message>
        <source>Resource types to export</source>
        <translation>Zu exportierende Ressourcentypen</translation>
    </message>
    <message>
        <source>Kick-off request that will be sent</source>
        <translation>Kick-off-Anfrage, die gesendet wird</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>Zeitleiste des Exports</translation>
    </message>
    <message>
        <source>Output files</source>
        <translation>Ausgabedateien</translation>
    </message>
    <message>
        <source>kick-off accepted: polling the status URL</source>
        <translation>Kick-off angenommen: die Status-URL wird abgefragt</translation>
    </message>
    <message>
        <source>kick-off refused: no export started</source>
        <translation>Kick-off abgelehnt: kein Export gestartet</translation>
    </message>
    <message>
        <source>cancel (DELETE): the server accepted it</source>
        <translation>Abbruch (DELETE): vom Server angenommen</translation>
    </message>
    <message>
        <source>cancel (DELETE): not confirmed by the server</source>
        <translation>Abbruch (DELETE): vom Server nicht bestätigt</translation>
    </message>
    <message>
        <source>Nothing yet. Start the export: the kick-off, every status poll (with the wait the server asked for) and a cancel appear here; double-click a row to see its call in the log.</source>
        <translation>Noch nichts. Starten Sie den Export: der Kick-off, jede Statusabfrage (mit der vom Server erbetenen Wartezeit) und ein Abbruch erscheinen hier; ein Doppelklick auf eine Zeile zeigt ihren Aufruf im Protokoll.</translation>
    </message>
    <message>
        <source>C&amp;hanged since:</source>
        <translation>Geä&amp;ndert seit:</translation>
    </message>
    <message>
        <source>Since last e&amp;xport</source>
        <translation>Seit letztem E&amp;xport</translation>
    </message>
    <message>
        <source>_outputFo&amp;rmat:</source>
        <translation>_output&amp;Format:</translation>
    </message>
    <message>
        <source>_typeF&amp;ilter:</source>
        <translation>_typeFilte&amp;r:</translation>
    </message>
    <message>
        <source>incl&amp;udeAssociatedData:</source>
        <translation>include&amp;AssociatedData:</translation>
    </message>
    <message>
        <source>Parallel &amp;downloads:</source>
        <translation>Parallele Do&amp;wnloads:</translation>
    </message>
    <message>
        <source>_t&amp;ype (none checked: all):</source>
        <translation>_t&amp;ype (keiner gewählt: alle):</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>A&amp;lle</translation>
    </message>
    <message>
        <source>Copy re&amp;quest</source>
        <translation>Anfrage kop&amp;ieren</translation>
    </message>
    <message>
        <source>Poll no&amp;w</source>
        <translation>&amp;Jetzt abfragen</translation>
    </message>
    <message>
        <source>kick-off answered 429: starting again when the server asked</source>
        <translation>Kick-off mit 429 beantwortet: neuer Start, wann der Server es verlangt</translation>
    </message>
    <message>
        <source>the token ran out: refused</source>
        <translation>das Token ist abgelaufen: abgelehnt</translation>
    </message>
    <message>
        <source>Waiting for a new token: the server no longer accepts this one (%1 of %2 files done). Get a new token or paste one: the downloads go on with it.</source>
        <translation>Warten auf ein neues Token: der Server nimmt dieses nicht mehr an (%1 von %2 Dateien fertig). Holen Sie ein neues Token oder fügen Sie eines ein: die Downloads gehen damit weiter.</translation>
    </message>
    <message>
        <source>The access token expired %1 ago and has not been renewed yet: the export waits for the new one.</source>
        <translation>Das Zugriffstoken ist seit %1 abgelaufen und wurde noch nicht erneuert: der Export wartet auf das neue.</translation>
    </message>
    <message>
        <source>The access token expired %1 ago: the server refuses it, so the export waits. Get a new token (Get token… in the main window) or paste one; the export goes on with it.</source>
        <translation>Das Zugriffstoken ist seit %1 abgelaufen: der Server lehnt es ab, also wartet der Export. Holen Sie ein neues Token (Token holen… im Hauptfenster) oder fügen Sie eines ein; der Export geht damit weiter.</translation>
    </message>
    <message>
        <source>The server goes on with this export until it is cancelled there. Cancel it on the server (a DELETE on its status URL), or only stop watching it here and resume it later (Request → Resume unfinished export)?</source>
        <translation>Der Server arbeitet an diesem Export weiter, bis er dort abgebrochen wird. Auf dem Server abbrechen (ein DELETE auf seine Status-URL) oder ihn hier nur nicht mehr beobachten und später fortsetzen (Anfrage → Unfertigen Export fortsetzen)?</translation>
    </message>
    <message>
        <source>The files are being downloaded. Stop the downloads for good, or stop watching here and resume them later (Request → Resume unfinished export)? Files already downloaded are kept either way.</source>
        <translation>Die Dateien werden gerade heruntergeladen. Die Downloads endgültig beenden oder hier nicht mehr beobachten und später fortsetzen (Anfrage → Unfertigen Export fortsetzen)? Bereits heruntergeladene Dateien bleiben in beiden Fällen erhalten.</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Cancel on the server</source>
        <translation>Auf dem Server abbrechen</translation>
    </message>
    <message>
        <source>Stop the downloads</source>
        <translation>Downloads beenden</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Nicht mehr beobachten</translation>
    </message>
    <message>
        <source>&amp;Bars over time</source>
        <translation>&amp;Verlauf als Balken</translation>
    </message>
</context>
<context>
    <name>ExportFilesModel</name>
    <message>
        <source>%1 (errors)</source>
        <translation>%1 (Fehler)</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>verified — %1</source>
        <translation>geprüft — %1</translation>
    </message>
    <message>
        <source>%1 — kept as %2, not under its final name</source>
        <translation>%1 — aufbewahrt als %2, nicht unter dem endgültigen Namen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Manifest count</source>
        <translation>Anzahl laut Manifest</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>ExportFilesPanel</name>
    <message>
        <source>No files yet. When the server has finished the export, the files its manifest lists appear here, each downloaded, checked line by line and only then given its name.</source>
        <translation>Noch keine Dateien. Wenn der Server den Export beendet hat, erscheinen hier die Dateien seines Manifests, jede heruntergeladen, Zeile für Zeile geprüft und erst dann mit ihrem Namen versehen.</translation>
    </message>
    <message>
        <source>Waiting for the server to finish the export: its manifest&apos;s files appear here then.</source>
        <translation>Warten, bis der Server den Export beendet: die Dateien seines Manifests erscheinen dann hier.</translation>
    </message>
    <message>
        <source>%1 has not been downloaded yet.</source>
        <translation>%1 ist noch nicht heruntergeladen.</translation>
    </message>
    <message>
        <source>Export manifest — %1</source>
        <translation>Export-Manifest — %1</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>the token is sent (HAPI omits the field)</source>
        <translation>das Token wird gesendet (HAPI lässt das Feld weg)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>%1 — required by the Bulk Data IG; HAPI omits some of them.</source>
        <translation>%1 — vom Bulk-Data-IG verlangt; HAPI lässt einige davon weg.</translation>
    </message>
    <message>
        <source>Error files say</source>
        <translation>Fehlerdateien melden</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>This export ran on the built-in Sandbox before it was restarted. The Sandbox starts afresh each time (a new port, no jobs), so the export is gone and cannot be resumed: start a new export. Files downloaded before are kept in their folder.</source>
        <translation>Dieser Export lief auf der eingebauten Sandbox, bevor sie neu gestartet wurde. Die Sandbox beginnt jedes Mal von vorn (ein neuer Port, keine Aufträge), der Export ist also verloren und kann nicht fortgesetzt werden: Starten Sie einen neuen Export. Bereits heruntergeladene Dateien bleiben in ihrem Ordner.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Group export</source>
        <translation>Group-Export</translation>
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
        <translation>Noch kein fertiger Export der Group %1 auf diesem Server.</translation>
    </message>
    <message>
        <source>The server&apos;s CapabilityStatement lists no Patient-compartment types (only %1), so all are offered.</source>
        <translation>Das CapabilityStatement des Servers nennt keine Typen des Patient-Compartments (nur %1), daher werden alle angeboten.</translation>
    </message>
    <message>
        <source>Not in the server&apos;s CapabilityStatement: the export may refuse it (or skip it when lenient).</source>
        <translation>Nicht im CapabilityStatement des Servers: Der Export kann ihn ablehnen (oder bei lenient überspringen).</translation>
    </message>
    <message>
        <source>Greyed types are not in the server&apos;s CapabilityStatement.</source>
        <translation>Grau dargestellte Typen stehen nicht im CapabilityStatement des Servers.</translation>
    </message>
    <message>
        <source>Authorization: Bearer &lt;the profile&apos;s token&gt;</source>
        <translation>Authorization: Bearer &lt;das Token des Profils&gt;</translation>
    </message>
</context>
<context>
    <name>ExportSession</name>
    <message>
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <source>starting the export</source>
        <translation>Export wird gestartet</translation>
    </message>
    <message>
        <source>waiting for the export</source>
        <translation>warte auf den Export</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>lädt herunter</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gescheitert</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Start export</source>
        <translation>Export starten</translation>
    </message>
    <message>
        <source>The export could not be started: %1</source>
        <translation>Der Export konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Export accepted; status URL %1</source>
        <translation>Export angenommen; Status-URL %1</translation>
    </message>
    <message>
        <source>first poll</source>
        <translation>erste Abfrage</translation>
    </message>
    <message>
        <source>Server fault: the kick-off answered 202 without a Content-Location, so there is no status URL to poll.</source>
        <translation>Serverfehler: der Start antwortete 202 ohne Content-Location, es gibt also keine Status-URL zum Abfragen.</translation>
    </message>
    <message>
        <source>Server fault: the kick-off answered 200 where 202 Accepted was expected.</source>
        <translation>Serverfehler: der Start antwortete 200, erwartet war 202 Accepted.</translation>
    </message>
    <message>
        <source>The export could not be started (HTTP %1): %2</source>
        <translation>Der Export konnte nicht gestartet werden (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Poll export status</source>
        <translation>Exportstatus abfragen</translation>
    </message>
    <message>
        <source>no hint: exponential backoff</source>
        <translation>kein Hinweis: exponentielles Zurückweichen</translation>
    </message>
    <message>
        <source>The status check failed %1 times in a row (%2); the export itself may still be running at %3.</source>
        <translation>Die Statusabfrage ist %1-mal in Folge gescheitert (%2); der Export selbst läuft unter %3 womöglich weiter.</translation>
    </message>
    <message>
        <source>The status check failed: the server stayed unavailable (%1).</source>
        <translation>Die Statusabfrage ist gescheitert: der Server blieb nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>The export failed on the server: %1</source>
        <translation>Der Export ist auf dem Server gescheitert: %1</translation>
    </message>
    <message>
        <source>Server fault: %1</source>
        <translation>Serverfehler: %1</translation>
    </message>
    <message>
        <source>The manifest lacks %1 (HAPI omits some fields).</source>
        <translation>Dem Manifest fehlt %1 (HAPI lässt manche Felder weg).</translation>
    </message>
    <message>
        <source>The status check failed: the job is gone (HTTP %1: cancelled, expired or unknown). %2</source>
        <translation>Die Statusabfrage ist gescheitert: der Auftrag ist fort (HTTP %1: abgebrochen, abgelaufen oder unbekannt). %2</translation>
    </message>
    <message>
        <source>The status check failed (HTTP %1): %2</source>
        <translation>Die Statusabfrage ist gescheitert (HTTP %1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) to download</source>
        <translation>
            <numerusform>%n Datei herunterzuladen</numerusform>
            <numerusform>%n Dateien herunterzuladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>%1 herunterladen</translation>
    </message>
    <message>
        <source>%1: %2; %3 (attempt %4)</source>
        <translation>%1: %2; %3 (Versuch %4)</translation>
    </message>
    <message>
        <source>resuming from byte %1</source>
        <translation>setze bei Byte %1 fort</translation>
    </message>
    <message>
        <source>download failed: %1</source>
        <translation>Herunterladen gescheitert: %1</translation>
    </message>
    <message>
        <source>%1 lines, the manifest says %2</source>
        <translation>%1 Zeilen, das Manifest sagt %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) downloaded and verified.</source>
        <translation>
            <numerusform>%n Datei heruntergeladen und geprüft.</numerusform>
            <numerusform>%n Dateien heruntergeladen und geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) could not be downloaded or verified; what arrived is kept in %2.</source>
        <translation>
            <numerusform>%1 von %n Datei konnte nicht heruntergeladen oder geprüft werden; was ankam, bleibt in %2.</numerusform>
            <numerusform>%1 von %n Dateien konnten nicht heruntergeladen oder geprüft werden; was ankam, bleibt in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>The server accepted the cancellation (HTTP %1).</source>
        <translation>Der Server hat den Abbruch angenommen (HTTP %1).</translation>
    </message>
    <message>
        <source>The cancellation was not confirmed: %1</source>
        <translation>Der Abbruch wurde nicht bestätigt: %1</translation>
    </message>
    <message>
        <source>Cancelled; files already downloaded are kept in %1.</source>
        <translation>Abgebrochen; bereits heruntergeladene Dateien bleiben in %1.</translation>
    </message>
    <message>
        <source>Resuming the export at %1</source>
        <translation>Setze den Export unter %1 fort</translation>
    </message>
    <message>
        <source>The export is complete and lists no files: no resources matched.</source>
        <translation>Der Export ist fertig und enthält keine Dateien: Keine Ressourcen passten.</translation>
    </message>
    <message numerus="yes">
        <source>polling at most once every %n second(s)</source>
        <translation>
            <numerusform>höchstens einmal pro Sekunde abfragen</numerusform>
            <numerusform>höchstens einmal alle %n Sekunden abfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>the server asked for %1; capped to %2, a longer wait is not plausible for an export</source>
        <translation>der Server bat um %1; begrenzt auf %2, eine längere Wartezeit ist für einen Export nicht plausibel</translation>
    </message>
    <message>
        <source>The status URL is on %1, not on the server %2: the token is not sent there (a misconfigured or hostile server could collect it). Allow it in the preferences or with --token-to-status-origin if this server is known to work so.</source>
        <translation>Die Status-URL liegt auf %1, nicht auf dem Server %2: das Token wird dorthin nicht gesendet (ein falsch konfigurierter oder feindlicher Server könnte es sammeln). Erlauben Sie es in den Einstellungen oder mit --token-to-status-origin, wenn dieser Server bekanntermaßen so arbeitet.</translation>
    </message>
    <message>
        <source>The manifest&apos;s Expires (%1) is already past: the server may have deleted the files. Downloading anyway; start a new export if they are gone.</source>
        <translation>Das Expires des Manifests (%1) ist schon vorbei: der Server hat die Dateien womöglich gelöscht. Der Download wird trotzdem versucht; starten Sie einen neuen Export, wenn sie fehlen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The manifest names the type &quot;%1&quot;, which is not a resource type: its file is saved as %2.</source>
        <translation>Das Manifest nennt den Typ „%1“, der kein Ressourcentyp ist: seine Datei wird als %2 gespeichert.</translation>
    </message>
    <message>
        <source>cannot remove the earlier attempt %1</source>
        <translation>der frühere Versuch %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>retrying from the start</source>
        <translation>neuer Versuch von vorn</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the server said: “%1”</source>
        <translation>der Server sagte: „%1“</translation>
    </message>
    <message>
        <source>%1 lines, the manifest says %2 (a server quirk; its messages are shown anyway)</source>
        <translation>%1 Zeilen, das Manifest sagt %2 (eine Eigenheit des Servers; seine Meldungen werden trotzdem gezeigt)</translation>
    </message>
    <message>
        <source>its messages cannot be read: %1</source>
        <translation>seine Meldungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1; %2 with %3 from the server.</source>
        <translation>%1; %2 mit %3 vom Server.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) downloaded and verified</source>
        <translation>
            <numerusform>%n Datei heruntergeladen und geprüft</numerusform>
            <numerusform>%n Dateien heruntergeladen und geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error file(s)</source>
        <translation>
            <numerusform>%n Fehlerdatei</numerusform>
            <numerusform>%n Fehlerdateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Meldung</numerusform>
            <numerusform>%n Meldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 of %n file(s) are complete; the others were not downloaded. Get a new token and resume: what is here (%3) is kept.</source>
        <translation>
            <numerusform>%1 %2 von %n Datei sind vollständig; die übrigen wurden nicht heruntergeladen. Holen Sie ein neues Token und setzen Sie fort: was hier ist (%3), bleibt erhalten.</numerusform>
            <numerusform>%1 %2 von %n Dateien sind vollständig; die übrigen wurden nicht heruntergeladen. Holen Sie ein neues Token und setzen Sie fort: was hier ist (%3), bleibt erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export could not be started: the server asks you to slow down (HTTP 429) and to come back in %1 (%2). %3 Start it again after %4.</source>
        <translation>Der Export konnte nicht gestartet werden: der Server bittet, langsamer zu werden (HTTP 429) und in %1 wiederzukommen (%2). %3 Starten Sie ihn nach %4 erneut.</translation>
    </message>
    <message>
        <source>That is past the wait limit of %1.</source>
        <translation>Das liegt jenseits der Wartegrenze von %1.</translation>
    </message>
    <message numerus="yes">
        <source>It asked %n time(s) in a row.</source>
        <translation>
            <numerusform>Er hat %n-mal hintereinander darum gebeten.</numerusform>
            <numerusform>Er hat %n-mal hintereinander darum gebeten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server asks you to slow down (HTTP 429): the export is started again in %1 (%2).</source>
        <translation>Der Server bittet, langsamer zu werden (HTTP 429): der Export wird in %1 erneut gestartet (%2).</translation>
    </message>
    <message>
        <source>Gave up waiting after %1 (the limit is %2)</source>
        <translation>Warten nach %1 aufgegeben (die Grenze ist %2)</translation>
    </message>
    <message>
        <source>Stopped waiting after %1: the next wait (%2, %3) would pass the limit of %4</source>
        <translation>Warten nach %1 beendet: die nächste Wartezeit (%2, %3) würde die Grenze von %4 überschreiten</translation>
    </message>
    <message>
        <source>%1: the server has not finished the export. It may still finish: resume with the status URL %2</source>
        <translation>%1: der Server hat den Export nicht abgeschlossen. Er kann noch fertig werden: mit der Status-URL %2 fortsetzen</translation>
    </message>
    <message>
        <source>first: %1 Last: %2</source>
        <translation>zuerst: %1 Zuletzt: %2</translation>
    </message>
    <message>
        <source>%1 Renewing it; the status is checked again then.</source>
        <translation>%1 Es wird erneuert; danach wird der Status erneut abgefragt.</translation>
    </message>
    <message>
        <source>%1 The job itself may still be running: get a new token and resume.</source>
        <translation>%1 Der Auftrag selbst läuft womöglich noch: holen Sie ein neues Token und setzen Sie fort.</translation>
    </message>
    <message>
        <source>The token expired at %1 (%2).</source>
        <translation>Das Token ist um %1 abgelaufen (%2).</translation>
    </message>
    <message>
        <source>The server stopped accepting the token (%1): it has probably run out (an opaque token&apos;s expiry cannot be read).</source>
        <translation>Der Server nimmt das Token nicht mehr an (%1): es ist wohl abgelaufen (bei einem opaken Token lässt sich der Ablauf nicht lesen).</translation>
    </message>
    <message>
        <source>%1 Renewing it; the downloads wait.</source>
        <translation>%1 Es wird erneuert; die Downloads warten.</translation>
    </message>
    <message>
        <source>not downloaded: the token ran out</source>
        <translation>nicht heruntergeladen: das Token ist abgelaufen</translation>
    </message>
    <message>
        <source>The token was renewed: the export goes on.</source>
        <translation>Das Token wurde erneuert: der Export geht weiter.</translation>
    </message>
    <message>
        <source>The server stopped accepting the token and renewing it failed: %1.</source>
        <translation>Der Server nimmt das Token nicht mehr an, und es zu erneuern ist fehlgeschlagen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>download failed: %1 Then, on %n more attempt(s): %2</source>
        <translation>
            <numerusform>Download fehlgeschlagen: %1 Danach, bei %n weiteren Versuch: %2</numerusform>
            <numerusform>Download fehlgeschlagen: %1 Danach, bei %n weiteren Versuchen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the export&apos;s files: %2.</source>
        <translation>Der Ordner %1 für die Dateien des Exports kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>no longer watched</source>
        <translation>nicht mehr beobachtet</translation>
    </message>
    <message>
        <source>No longer watched here: the export goes on at the server. Request → Resume unfinished export picks it up; files already downloaded are kept.</source>
        <translation>Hier nicht mehr beobachtet: Der Export läuft auf dem Server weiter. Anfrage → Unfertigen Export fortsetzen nimmt ihn wieder auf; bereits heruntergeladene Dateien bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>ExportTimeline</name>
    <message>
        <source>Export timeline</source>
        <translation>Zeitleiste des Exports</translation>
    </message>
    <message>
        <source>The kick-off, the polls, the manifest and one bar per file over time, with the throughput under them. Up and Down choose a file.</source>
        <translation>Der Start, die Statusabfragen, das Manifest und ein Balken je Datei im Zeitverlauf, darunter der Durchsatz. Auf und Ab wählen eine Datei.</translation>
    </message>
    <message>
        <source>Save the export&apos;s timeline</source>
        <translation>Zeitleiste des Exports speichern</translation>
    </message>
    <message>
        <source>The export&apos;s kick-off, polls and files appear here over time once it starts.</source>
        <translation>Sobald der Export beginnt, erscheinen hier sein Start, die Statusabfragen und die Dateien im Zeitverlauf.</translation>
    </message>
    <message>
        <source>The files appear when the manifest arrives.</source>
        <translation>Die Dateien erscheinen, sobald das Manifest eintrifft.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Throughput
up to %1</source>
        <translation>Durchsatz
bis %1</translation>
    </message>
    <message>
        <source>Asked to wait %1 s, the next request came after %2 s</source>
        <translation>Erbetene Wartezeit %1 s, die nächste Anfrage kam nach %2 s</translation>
    </message>
    <message>
        <source>Throughput around %1: %2</source>
        <translation>Durchsatz um %1: %2</translation>
    </message>
</context>
<context>
    <name>ExportTimelineModel</name>
    <message>
        <source>Cancelled (the server answered %1)</source>
        <translation>Abgebrochen (der Server antwortete %1)</translation>
    </message>
    <message>
        <source>Kick-off accepted (%1)</source>
        <translation>Start angenommen (%1)</translation>
    </message>
    <message>
        <source>Kick-off refused for now (%1): sent again after %2 s</source>
        <translation>Start vorerst abgelehnt (%1): nach %2 s erneut gesendet</translation>
    </message>
    <message>
        <source>Kick-off refused (%1)</source>
        <translation>Start abgelehnt (%1)</translation>
    </message>
    <message>
        <source>Poll: %1 (%2)</source>
        <translation>Statusabfrage: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Next poll in %n s (%1)</source>
        <translation>
            <numerusform>Nächste Abfrage in %n s (%1)</numerusform>
            <numerusform>Nächste Abfrage in %n s (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Manifest: %n file(s)</source>
        <translation>
            <numerusform>Manifest: %n Datei</numerusform>
            <numerusform>Manifest: %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>downloading</source>
        <translation>wird heruntergeladen</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>✔ done</source>
        <translation>✔ fertig</translation>
    </message>
    <message>
        <source>✘ rejected</source>
        <translation>✘ verworfen</translation>
    </message>
    <message>
        <source>Queued %1</source>
        <translation>Eingereiht %1</translation>
    </message>
    <message>
        <source>First bytes %1</source>
        <translation>Erste Bytes %1</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Beendet %1</translation>
    </message>
    <message>
        <source>%1 of %2 bytes</source>
        <translation>%1 von %2 Bytes</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1: attempt failed (%2), resumed</source>
        <translation>%1: Versuch gescheitert (%2), fortgesetzt</translation>
    </message>
    <message>
        <source>%1: attempt failed (%2), retried</source>
        <translation>%1: Versuch gescheitert (%2), neu begonnen</translation>
    </message>
</context>
<context>
    <name>ExportTimelinePage</name>
    <message>
        <source>▶ kick-off, ticks: polls (the line after each: the wait the server asked for), ◆ manifest; one bar per file: thin queued, solid downloading, hatched verifying, ✔ done, ✘ rejected, ◇ resumed, ◆ retried; the throughput below. Hover for details, Up and Down go through the files.</source>
        <translation>▶ Start, Striche: Statusabfragen (die Linie danach: die vom Server erbetene Wartezeit), ◆ Manifest; ein Balken je Datei: dünn wartend, voll beim Herunterladen, schraffiert bei der Prüfung, ✔ fertig, ✘ verworfen, ◇ fortgesetzt, ◆ neu begonnen; darunter der Durchsatz. Zeigen Sie auf etwas, um Einzelheiten zu sehen; Auf und Ab gehen die Dateien durch.</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>Bild speichern…</translation>
    </message>
    <message>
        <source>The whole picture, every file, as PNG or SVG</source>
        <translation>Das ganze Bild mit allen Dateien als PNG oder SVG</translation>
    </message>
    <message>
        <source>%1 — over time</source>
        <translation>%1 – Verlauf</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>FhirClient</name>
    <message>
        <source>Read CapabilityStatement</source>
        <translation>CapabilityStatement lesen</translation>
    </message>
</context>
<context>
    <name>FhirConvert</name>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>das JSON ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the JSON is malformed</source>
        <translation>das JSON ist fehlerhaft</translation>
    </message>
    <message>
        <source>the JSON has a malformed number</source>
        <translation>das JSON enthält eine fehlerhafte Zahl</translation>
    </message>
    <message>
        <source>the JSON has a malformed string</source>
        <translation>das JSON enthält eine fehlerhafte Zeichenkette</translation>
    </message>
    <message>
        <source>a resource needs a resourceType</source>
        <translation>eine Ressource braucht einen resourceType</translation>
    </message>
    <message>
        <source>%1 is not an R4 resource type</source>
        <translation>%1 ist kein R4-Ressourcentyp</translation>
    </message>
    <message>
        <source>no definition for %1</source>
        <translation>keine Definition für %1</translation>
    </message>
    <message>
        <source>an object was expected</source>
        <translation>ein Objekt wurde erwartet</translation>
    </message>
    <message>
        <source>%1 is not an element of %2</source>
        <translation>%1 ist kein Element von %2</translation>
    </message>
    <message>
        <source>an array was expected</source>
        <translation>ein Array wurde erwartet</translation>
    </message>
    <message>
        <source>a single value was expected, not an array</source>
        <translation>ein einzelner Wert wurde erwartet, kein Array</translation>
    </message>
    <message>
        <source>a primitive value was expected</source>
        <translation>ein primitiver Wert wurde erwartet</translation>
    </message>
    <message>
        <source>_%1 may only hold id and extension</source>
        <translation>_%1 darf nur id und extension enthalten</translation>
    </message>
    <message>
        <source>_%1 belongs to primitive elements only</source>
        <translation>_%1 gibt es nur für primitive Elemente</translation>
    </message>
    <message>
        <source>the narrative div must be a string of XHTML</source>
        <translation>das div der Narrative muss eine XHTML-Zeichenkette sein</translation>
    </message>
    <message>
        <source>the narrative must be a &lt;div&gt;</source>
        <translation>die Narrative muss ein &lt;div&gt; sein</translation>
    </message>
    <message>
        <source>the narrative is not well-formed XHTML: %1</source>
        <translation>die Narrative ist kein wohlgeformtes XHTML: %1</translation>
    </message>
    <message>
        <source>no root element (%1)</source>
        <translation>kein Wurzelelement (%1)</translation>
    </message>
    <message>
        <source>the root element is not in the FHIR namespace (%1)</source>
        <translation>das Wurzelelement liegt nicht im FHIR-Namensraum (%1)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>&lt;div&gt; is not an element of %1</source>
        <translation>&lt;div&gt; ist kein Element von %1</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not in the FHIR namespace</source>
        <translation>&lt;%1&gt; liegt nicht im FHIR-Namensraum</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not an element of %2</source>
        <translation>&lt;%1&gt; ist kein Element von %2</translation>
    </message>
    <message>
        <source>&lt;%1&gt; repeats, but %2.%1 allows one</source>
        <translation>&lt;%1&gt; wiederholt sich, aber %2.%1 erlaubt eines</translation>
    </message>
    <message>
        <source>&lt;%1&gt; may only hold extensions, not &lt;%2&gt;</source>
        <translation>&lt;%1&gt; darf nur Extensions enthalten, nicht &lt;%2&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; holds no resource</source>
        <translation>&lt;%1&gt; enthält keine Ressource</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a boolean</source>
        <translation>%1: „%2“ ist kein Wahrheitswert</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>The JSON cannot be read.</source>
        <translation>Das JSON kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The JSON is not valid: %1</source>
        <translation>Das JSON ist ungültig: %1</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <source>Cannot convert to XML: %1</source>
        <translation>Umwandlung nach XML nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot convert to JSON: %1</source>
        <translation>Umwandlung nach JSON nicht möglich: %1</translation>
    </message>
    <message>
        <source>the narrative&apos;s &lt;div&gt; must be in the XHTML namespace (%1), not in %2</source>
        <translation>das &lt;div&gt; der Narrative muss im XHTML-Namensraum (%1) stehen, nicht in %2</translation>
    </message>
    <message>
        <source>the narrative uses the namespace name &quot;%1&quot;, which holds a character that cannot be written to XML here</source>
        <translation>die Narrative verwendet den Namensraum „%1“, der ein Zeichen enthält, das hier nicht in XML geschrieben werden kann</translation>
    </message>
</context>
<context>
    <name>FileChecks</name>
    <message>
        <source>the kick-off answered %1 without an absolute Content-Location</source>
        <translation>der Kick-off antwortete %1 ohne absolute Content-Location</translation>
    </message>
    <message>
        <source>the export was still running when the maximum wait ran out%1</source>
        <translation>der Export lief noch, als die längste Wartezeit um war%1</translation>
    </message>
    <message>
        <source> (last X-Progress: %1)</source>
        <translation> (letzter X-Progress: %1)</translation>
    </message>
    <message>
        <source>the export did not complete: the status answered %1</source>
        <translation>der Export wurde nicht fertig: der Status antwortete %1</translation>
    </message>
    <message>
        <source>Conformance: download an export file</source>
        <translation>Konformität: eine Exportdatei herunterladen</translation>
    </message>
    <message>
        <source>Conformance: poll the completed export after its DELETE</source>
        <translation>Konformität: den fertigen Export nach seinem DELETE abfragen</translation>
    </message>
    <message>
        <source>the DELETE of a completed export answered %1</source>
        <translation>das DELETE eines fertigen Exports antwortete %1</translation>
    </message>
    <message>
        <source>the DELETE was accepted, but then: %1</source>
        <translation>das DELETE wurde angenommen, danach aber: %1</translation>
    </message>
    <message>
        <source>accepted as the client&apos;s &apos;done&apos; signal</source>
        <translation>als Signal des Clients „fertig“ angenommen</translation>
    </message>
    <message>
        <source>the manifest lists no file</source>
        <translation>das Manifest nennt keine Datei</translation>
    </message>
    <message>
        <source>Conformance: download an export file without a token</source>
        <translation>Konformität: eine Exportdatei ohne Token herunterladen</translation>
    </message>
    <message>
        <source>the manifest lists a %1 file</source>
        <translation>das Manifest nennt eine Datei vom Typ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) are not a Patient</source>
        <translation>
            <numerusform>%n Zeile ist kein Patient</numerusform>
            <numerusform>%n Zeilen sind kein Patient</numerusform>
        </translation>
    </message>
    <message>
        <source>no Expires header</source>
        <translation>kein Expires-Header</translation>
    </message>
    <message>
        <source>transactionTime is missing</source>
        <translation>transactionTime fehlt</translation>
    </message>
    <message>
        <source>transactionTime &quot;%1&quot; is not a FHIR instant</source>
        <translation>transactionTime „%1“ ist kein FHIR-instant</translation>
    </message>
    <message>
        <source>request is missing</source>
        <translation>request fehlt</translation>
    </message>
    <message>
        <source>request &quot;%1&quot; is not the kick-off URL</source>
        <translation>request „%1“ ist nicht die URL des Kick-offs</translation>
    </message>
    <message>
        <source>requiresAccessToken is missing or not a boolean</source>
        <translation>requiresAccessToken fehlt oder ist kein Boolean</translation>
    </message>
    <message>
        <source>output is missing or not an array</source>
        <translation>output fehlt oder ist kein Array</translation>
    </message>
    <message>
        <source>%1 url &quot;%2&quot; is not absolute</source>
        <translation>%1-url „%2“ ist nicht absolut</translation>
    </message>
    <message>
        <source>an output item lacks a string type or url</source>
        <translation>einem output-Eintrag fehlt type oder url als String</translation>
    </message>
    <message>
        <source>count of %1 is not a non-negative integer</source>
        <translation>count von %1 ist keine nicht negative ganze Zahl</translation>
    </message>
    <message>
        <source>error is missing or not an array (an empty one is expected)</source>
        <translation>error fehlt oder ist kein Array (erwartet ist ein leeres)</translation>
    </message>
    <message>
        <source>%1: the body did not arrive whole (%2)</source>
        <translation>%1: der Inhalt kam nicht vollständig an (%2)</translation>
    </message>
    <message>
        <source>%1: line %2 is not a JSON object</source>
        <translation>%1: Zeile %2 ist kein JSON-Objekt</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) of another resourceType</source>
        <translation>
            <numerusform>%1: %n Zeile mit anderem resourceType</numerusform>
            <numerusform>%1: %n Zeilen mit anderem resourceType</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: count %2, but %3 lines</source>
        <translation>%1: count %2, aber %3 Zeilen</translation>
    </message>
    <message>
        <source>the manifest gives no count</source>
        <translation>das Manifest gibt kein count an</translation>
    </message>
    <message>
        <source>no OperationOutcome with diagnostics</source>
        <translation>kein OperationOutcome mit diagnostics</translation>
    </message>
    <message>
        <source>call %1: %2</source>
        <translation>Aufruf %1: %2</translation>
    </message>
    <message>
        <source>call %1: X-RetryAfter (the vendor sample&apos;s header), no Retry-After</source>
        <translation>Aufruf %1: X-RetryAfter (der Header aus dem Beispiel des Herstellers), kein Retry-After</translation>
    </message>
    <message>
        <source>call %1: no Retry-After</source>
        <translation>Aufruf %1: kein Retry-After</translation>
    </message>
    <message>
        <source>call %1: X-Progress has %2 characters</source>
        <translation>Aufruf %1: X-Progress hat %2 Zeichen</translation>
    </message>
    <message>
        <source>no 500 answer during the run</source>
        <translation>keine Antwort 500 während des Laufs</translation>
    </message>
    <message>
        <source>no in-progress or 429 status answer during the run</source>
        <translation>keine Statusantwort „läuft“ oder 429 während des Laufs</translation>
    </message>
    <message>
        <source>no X-Progress header during the run</source>
        <translation>kein X-Progress-Header während des Laufs</translation>
    </message>
    <message>
        <source>the run was stopped while the export was still running</source>
        <translation>der Lauf wurde angehalten, während der Export noch lief</translation>
    </message>
</context>
<context>
    <name>FirstStepsPage</name>
    <message>
        <source>&lt;h3&gt;First steps&lt;/h3&gt;Select a call in the log to see its request, response headers, body and diagnosis. Or begin here:</source>
        <translation>&lt;h3&gt;Erste Schritte&lt;/h3&gt;Wählen Sie einen Aufruf im Protokoll, um Anfrage, Antwort-Header, Body und Diagnose zu sehen. Oder beginnen Sie hier:</translation>
    </message>
    <message>
        <source>Send this request</source>
        <translation>Diese Anfrage senden</translation>
    </message>
    <message>
        <source>Read Group/1 without a token and see the gateway&apos;s 401 explained.</source>
        <translation>Group/1 ohne Token lesen und die Erklärung des 401 vom Gateway sehen.</translation>
    </message>
    <message>
        <source>Use demo token</source>
        <translation>Demo-Token verwenden</translation>
    </message>
    <message>
        <source>Put the Sandbox&apos;s demo token in the token field; then send again for a 200.</source>
        <translation>Das Demo-Token der Sandbox ins Token-Feld setzen; dann erneut senden für ein 200.</translation>
    </message>
    <message>
        <source>Examples…</source>
        <translation>Beispiele…</translation>
    </message>
    <message>
        <source>Reproduce each answer of the vendor&apos;s documentation page: every 401 and 403 and the OperationOutcomes. An export is Request → Export a Group… (Ctrl+E).</source>
        <translation>Jede Antwort der Dokumentationsseite des Anbieters nachstellen: jedes 401 und 403 und die OperationOutcomes. Einen Export startet Anfrage → Group exportieren… (Strg+E).</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <source>Look at an NDJSON, JSON or XML file you already have (Ctrl+O, or drop it on the window).</source>
        <translation>Eine vorhandene NDJSON-, JSON- oder XML-Datei ansehen (Strg+O, oder auf das Fenster ziehen).</translation>
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
        <translation>nicht: %1</translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message>
        <source>actual</source>
        <translation>tatsächlich</translation>
    </message>
    <message>
        <source>descriptive</source>
        <translation>beschreibend</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
</context>
<context>
    <name>GroupMembers</name>
    <message>
        <source>The Group is not valid JSON.</source>
        <translation>Die Group ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The Group is not a JSON object.</source>
        <translation>Die Group ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The Group&apos;s member element is not an array.</source>
        <translation>Das member-Element der Group ist kein Array.</translation>
    </message>
    <message>
        <source>The answer is a %1, not a Group.</source>
        <translation>Die Antwort ist ein %1, keine Group.</translation>
    </message>
</context>
<context>
    <name>GroupMembersModel</name>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Zeitraum-Beginn</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Zeitraum-Ende</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
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
        <translation>Groups suchen</translation>
    </message>
    <message>
        <source>Read Group</source>
        <translation>Group lesen</translation>
    </message>
</context>
<context>
    <name>GroupsPane</name>
    <message>
        <source>Filter by name or id</source>
        <translation>Nach Name oder ID filtern</translation>
    </message>
    <message>
        <source>Group id</source>
        <translation>Group-ID</translation>
    </message>
    <message>
        <source>Read this Group and keep its id for this server</source>
        <translation>Diese Group lesen und ihre ID für diesen Server merken</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation>Mitglieder filtern</translation>
    </message>
    <message>
        <source>&amp;Open member</source>
        <translation>&amp;Mitglied öffnen</translation>
    </message>
    <message>
        <source>Read the selected member resource (double-click does the same)</source>
        <translation>Die gewählte Mitglieds-Ressource lesen (Doppelklick tut dasselbe)</translation>
    </message>
    <message>
        <source>The selected members&apos; references, or all shown, one a line</source>
        <translation>Die Referenzen der gewählten Mitglieder oder aller angezeigten, eine pro Zeile</translation>
    </message>
    <message>
        <source>Searching Groups…</source>
        <translation>Groups werden gesucht…</translation>
    </message>
    <message>
        <source>%1 of %2 Groups loaded%3.</source>
        <translation>%1 von %2 Groups geladen%3.</translation>
    </message>
    <message>
        <source>; more as you scroll</source>
        <translation>; weitere beim Blättern</translation>
    </message>
    <message numerus="yes">
        <source>%n Group(s) loaded.</source>
        <translation>
            <numerusform>%n Group geladen.</numerusform>
            <numerusform>%n Groups geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading Group/%1…</source>
        <translation>Group/%1 wird gelesen…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>tatsächlich</translation>
    </message>
    <message>
        <source>descriptive</source>
        <translation>beschreibend</translation>
    </message>
    <message>
        <source>quantity %1</source>
        <translation>Anzahl %1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>characteristic: %1</source>
        <translation>Merkmal: %1</translation>
    </message>
    <message>
        <source>Filter groups</source>
        <translation>Gruppen filtern</translation>
    </message>
    <message>
        <source>Group id to open</source>
        <translation>ID der zu öffnenden Gruppe</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Group members</source>
        <translation>Mitglieder der Gruppe</translation>
    </message>
    <message>
        <source>Select a Group above to see its members, open one or export the Group. An id the search does not list: type it beside Add by id.</source>
        <translation>Wählen Sie oben eine Gruppe, um ihre Mitglieder zu sehen, eines zu öffnen oder die Gruppe zu exportieren. Eine ID, die die Suche nicht liefert: neben „Über ID hinzufügen“ eingeben.</translation>
    </message>
    <message>
        <source>The server lists no Groups here. Add one by id if you know it: it is remembered for this server.</source>
        <translation>Der Server nennt hier keine Gruppen. Fügen Sie eine per ID hinzu, wenn Sie sie kennen: sie wird für diesen Server gemerkt.</translation>
    </message>
    <message>
        <source>Cop&amp;y ids</source>
        <translation>IDs &amp;kopieren</translation>
    </message>
    <message>
        <source>Export this Gro&amp;up…</source>
        <translation>Diese Group e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Add by id</source>
        <translation>Über ID hinzufügen</translation>
    </message>
    <message>
        <source>Group/%1 could not be read (call #%3): %2</source>
        <translation>Group/%1 konnte nicht gelesen werden (Aufruf #%3): %2</translation>
    </message>
    <message>
        <source>Group search is not available here (call #%2): %1 Add Groups by id: they are remembered for this server.</source>
        <translation>Die Group-Suche ist hier nicht verfügbar (Aufruf #%2): %1 Fügen Sie Groups über ihre ID hinzu: Sie werden für diesen Server gemerkt.</translation>
    </message>
</context>
<context>
    <name>Har</name>
    <message>
        <source>The first %1 of %2 bytes; the rest was not kept.</source>
        <translation>Die ersten %1 von %2 Bytes; der Rest wurde nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>Imported from a HAR</source>
        <translation>Aus einer HAR-Datei importiert</translation>
    </message>
    <message>
        <source>Not a HAR file: it is not valid JSON (%1 at byte %2).</source>
        <translation>Keine HAR-Datei: kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>Not a HAR file: there is no log with entries in it.</source>
        <translation>Keine HAR-Datei: sie enthält kein log mit entries.</translation>
    </message>
    <message>
        <source>Not a HAR file: an entry has no request.</source>
        <translation>Keine HAR-Datei: ein Eintrag hat keinen request.</translation>
    </message>
    <message>
        <source>The first %1 bytes, with the token in it replaced by its fingerprint; the server sent %2 bytes, the rest was not kept.</source>
        <translation>Die ersten %1 Bytes, das darin enthaltene Token durch seinen Fingerabdruck ersetzt; der Server sandte %2 Bytes, der Rest wurde nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>The whole answer, with the token in it replaced by its fingerprint (the server sent %1 bytes).</source>
        <translation>Die ganze Antwort, das darin enthaltene Token durch seinen Fingerabdruck ersetzt (der Server sandte %1 Bytes).</translation>
    </message>
</context>
<context>
    <name>HeaderCheck</name>
    <message>
        <source>The header name &quot;%1&quot; is not a valid HTTP header name.</source>
        <translation>Der Header-Name „%1“ ist kein gültiger HTTP-Header-Name.</translation>
    </message>
    <message>
        <source>The %1 header contains a control character, %2, at position %3: a header cannot carry it, and a line break would start another header. Nothing was sent. Copy the value again as one line (header.invalid-chars).</source>
        <translation>Der Header %1 enthält ein Steuerzeichen, %2, an Position %3: ein Header kann es nicht tragen, und ein Zeilenumbruch würde einen weiteren Header beginnen. Nichts wurde gesendet. Kopieren Sie den Wert erneut als eine Zeile (header.invalid-chars).</translation>
    </message>
    <message>
        <source>Not a header line: &quot;%1&quot; (expected Name: value)</source>
        <translation>Keine Header-Zeile: „%1“ (erwartet: Name: Wert)</translation>
    </message>
    <message>
        <source>Choose the Authorization variant in the Authorization menu, not as an extra header.</source>
        <translation>Wählen Sie die Authorization-Variante im Menü Autorisierung, nicht als zusätzlichen Header.</translation>
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
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message numerus="yes">
        <source>the %n selected call(s)</source>
        <translation>
            <numerusform>den %n ausgewählten Aufruf</numerusform>
            <numerusform>die %n ausgewählten Aufrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n call(s) the log shows</source>
        <translation>
            <numerusform>den %n Aufruf, den das Protokoll zeigt</numerusform>
            <numerusform>die %n Aufrufe, die das Protokoll zeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no calls to export.</source>
        <translation>Es gibt keine Aufrufe zum Exportieren.</translation>
    </message>
    <message>
        <source>Export %1 as HAR</source>
        <translation>%1 als HAR exportieren</translation>
    </message>
    <message>
        <source>HTTP Archive (*.har)</source>
        <translation>HTTP-Archiv (*.har)</translation>
    </message>
    <message>
        <source>The HAR could not be written to %1: %2</source>
        <translation>Die HAR-Datei konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1 to %2, redacted (no token, secret or key).</source>
        <translation>%1 nach %2 geschrieben, geschwärzt (kein Token, Geheimnis oder Schlüssel).</translation>
    </message>
    <message>
        <source>Import a HAR file</source>
        <translation>Eine HAR-Datei importieren</translation>
    </message>
    <message>
        <source>HTTP Archive (*.har *.json);;All files (*)</source>
        <translation>HTTP-Archiv (*.har *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GiB: too large to import.</source>
        <translation>%1 ist größer als 1 GiB: zu groß zum Importieren.</translation>
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
            <numerusform>%n Aufruf aus %1 importiert.</numerusform>
            <numerusform>%n Aufrufe aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret header value(s) (Authorization, Cookie…) were in clear in the file; they are redacted here, as the explorer&apos;s own calls are.</source>
        <translation>
            <numerusform>%n geheimer Header-Wert (Authorization, Cookie…) stand im Klartext in der Datei; er ist hier geschwärzt, wie bei den eigenen Aufrufen des Explorers.</numerusform>
            <numerusform>%n geheime Header-Werte (Authorization, Cookie…) standen im Klartext in der Datei; sie sind hier geschwärzt, wie bei den eigenen Aufrufen des Explorers.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no stored history to clear (%1).</source>
        <translation>Es gibt keinen gespeicherten Verlauf zum Löschen (%1).</translation>
    </message>
    <message>
        <source>it is not open</source>
        <translation>er ist nicht geöffnet</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Verlauf löschen</translation>
    </message>
    <message>
        <source>Remove stored calls from %1? The call log of this session is not changed.</source>
        <translation>Gespeicherte Aufrufe aus %1 entfernen? Das Aufrufprotokoll dieser Sitzung bleibt unverändert.</translation>
    </message>
    <message>
        <source>Only &quot;%1&quot;</source>
        <translation>Nur „%1“</translation>
    </message>
    <message>
        <source>All servers</source>
        <translation>Alle Server</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n stored call(s).</source>
        <translation>
            <numerusform>%n gespeicherter Aufruf entfernt.</numerusform>
            <numerusform>%n gespeicherte Aufrufe entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no calls for a support bundle yet.</source>
        <translation>Es gibt noch keine Aufrufe für ein Support-Paket.</translation>
    </message>
    <message>
        <source>Saved the support bundle with %1 to %2.</source>
        <translation>Support-Paket mit %1 nach %2 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>the %n stored call(s) the filter selects</source>
        <translation>
            <numerusform>den %n gespeicherten Aufruf, den der Filter wählt</numerusform>
            <numerusform>die %n gespeicherten Aufrufe, die der Filter wählt</numerusform>
        </translation>
    </message>
    <message>
        <source>That call is no longer in the history.</source>
        <translation>Dieser Aufruf ist nicht mehr im Verlauf.</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <source>Status class</source>
        <translation>Statusklasse</translation>
    </message>
    <message>
        <source>Diagnosis code</source>
        <translation>Diagnosecode</translation>
    </message>
    <message>
        <source>Cause code</source>
        <translation>Ursachencode</translation>
    </message>
    <message>
        <source>Server profile</source>
        <translation>Serverprofil</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <source>Put the selected stored call in the call log, with its diagnosis and panes (Enter)</source>
        <translation>Den ausgewählten gespeicherten Aufruf mit Diagnose und Ansichten ins Aufrufprotokoll holen (Eingabe)</translation>
    </message>
    <message>
        <source>The calls this filter selects (the newest 5,000 at most) as HAR 1.2, redacted</source>
        <translation>Die Aufrufe, die dieser Filter wählt (höchstens die neuesten 5.000), als HAR 1.2, geschwärzt</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx Erfolg</translation>
    </message>
    <message>
        <source>3xx redirect</source>
        <translation>3xx Weiterleitung</translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation>4xx Client-Fehler</translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation>5xx Server-Fehler</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Any cause</source>
        <translation>Jede Ursache</translation>
    </message>
    <message numerus="yes">
        <source>%n stored call(s)</source>
        <translation>
            <numerusform>%n gespeicherter Aufruf</numerusform>
            <numerusform>%n gespeicherte Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>No call history: %1</source>
        <translation>Kein Aufrufverlauf: %1</translation>
    </message>
    <message>
        <source>it is not open</source>
        <translation>er ist nicht geöffnet</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message numerus="yes">
        <source>This session (%n call(s))</source>
        <translation>
            <numerusform>Diese Sitzung (%n Aufruf)</numerusform>
            <numerusform>Diese Sitzung (%n Aufrufe)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n call(s))</source>
        <translation>
            <numerusform>%1 (%n Aufruf)</numerusform>
            <numerusform>%1 (%n Aufrufe)</numerusform>
        </translation>
    </message>
    <message>
        <source>Any diagnosis</source>
        <translation>Jede Diagnose</translation>
    </message>
    <message>
        <source>Any server</source>
        <translation>Jeder Server</translation>
    </message>
    <message>
        <source>Any host</source>
        <translation>Jeder Host</translation>
    </message>
    <message>
        <source>Any method</source>
        <translation>Jede Methode</translation>
    </message>
    <message>
        <source>Stored calls</source>
        <translation>Gespeicherte Aufrufe</translation>
    </message>
    <message>
        <source>The call history: one row per stored call, newest first</source>
        <translation>Der Aufrufverlauf: eine Zeile je gespeichertem Aufruf, neueste zuerst</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sitzung:</translation>
    </message>
    <message>
        <source>Export as HAR…</source>
        <translation>Als HAR exportieren…</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Show in log</source>
        <translation>Im &amp;Protokoll zeigen</translation>
    </message>
    <message>
        <source>URL, diagnosis, status, any id or a note</source>
        <translation>URL, Diagnose, Status, eine beliebige ID oder eine Notiz</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The folder for the call history, %1, cannot be created: this session&apos;s calls are kept in memory only.</source>
        <translation>Der Ordner für den Aufrufverlauf, %1, kann nicht angelegt werden: die Aufrufe dieser Sitzung bleiben nur im Speicher.</translation>
    </message>
    <message>
        <source>The call history %1 cannot be created (%2): this session&apos;s calls are kept in memory only.</source>
        <translation>Der Aufrufverlauf %1 kann nicht angelegt werden (%2): die Aufrufe dieser Sitzung bleiben nur im Speicher.</translation>
    </message>
    <message>
        <source>The call history %1 cannot be read (%2): this session&apos;s calls are kept in memory only.</source>
        <translation>Der Aufrufverlauf %1 kann nicht gelesen werden (%2): die Aufrufe dieser Sitzung bleiben nur im Speicher.</translation>
    </message>
    <message>
        <source>The call history %1 is damaged (it is not an SQLite database). It was left as it is; move it away to start a new history. This session&apos;s calls are kept in memory only.</source>
        <translation>Der Aufrufverlauf %1 ist beschädigt (er ist keine SQLite-Datenbank). Er wurde nicht verändert; verschieben Sie ihn, um einen neuen Verlauf zu beginnen. Die Aufrufe dieser Sitzung bleiben nur im Speicher.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is missing (Debian package libqt6sql6-sqlite): this session&apos;s calls are kept in memory only.</source>
        <translation>Der SQLite-Treiber von Qt fehlt (Debian-Paket libqt6sql6-sqlite): die Aufrufe dieser Sitzung bleiben nur im Speicher.</translation>
    </message>
    <message>
        <source>The call history %1 cannot be opened (%2): this session&apos;s calls are kept in memory only.</source>
        <translation>Der Aufrufverlauf %1 kann nicht geöffnet werden (%2): die Aufrufe dieser Sitzung bleiben nur im Speicher.</translation>
    </message>
    <message>
        <source>The call history %1 is locked or damaged (%2): this session&apos;s calls are kept in memory only; the file was not changed.</source>
        <translation>Der Aufrufverlauf %1 ist gesperrt oder beschädigt (%2): die Aufrufe dieser Sitzung bleiben nur im Speicher; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The call history %1 is damaged (%2). It was left as it is; move it away to start a new history. This session&apos;s calls are kept in memory only.</source>
        <translation>Der Aufrufverlauf %1 ist beschädigt (%2). Er wurde nicht verändert; verschieben Sie ihn, um einen neuen Verlauf zu beginnen. Die Aufrufe dieser Sitzung bleiben nur im Speicher.</translation>
    </message>
    <message>
        <source>The call history %1 cannot be written (%2): this session&apos;s calls are kept in memory only.</source>
        <translation>In den Aufrufverlauf %1 kann nicht geschrieben werden (%2): die Aufrufe dieser Sitzung bleiben nur im Speicher.</translation>
    </message>
    <message>
        <source>The call history %1 was written by a newer version of the explorer (schema %2; this one knows %3). It was left as it is; this session&apos;s calls are kept in memory only.</source>
        <translation>Der Aufrufverlauf %1 wurde von einer neueren Version des Explorers geschrieben (Schema %2; diese kennt %3). Er wurde nicht verändert; die Aufrufe dieser Sitzung bleiben nur im Speicher.</translation>
    </message>
    <message>
        <source>The call history %1 is locked (%2): this session&apos;s calls are kept in memory only.</source>
        <translation>Der Aufrufverlauf %1 ist gesperrt (%2): die Aufrufe dieser Sitzung bleiben nur im Speicher.</translation>
    </message>
    <message>
        <source>The call history %1 could not be brought to schema %2 (%3): this session&apos;s calls are kept in memory only.</source>
        <translation>Der Aufrufverlauf %1 konnte nicht auf Schema %2 gebracht werden (%3): die Aufrufe dieser Sitzung bleiben nur im Speicher.</translation>
    </message>
    <message>
        <source>The note could not be written to the call history %1 (%2).</source>
        <translation>Die Notiz konnte nicht in den Aufrufverlauf %1 geschrieben werden (%2).</translation>
    </message>
</context>
<context>
    <name>HistoryWriter</name>
    <message>
        <source>The call history %1 cannot be opened for writing (%2): calls from now on are kept in memory only.</source>
        <translation>Der Aufrufverlauf %1 kann nicht zum Schreiben geöffnet werden (%2): Aufrufe bleiben ab jetzt nur im Speicher.</translation>
    </message>
</context>
<context>
    <name>HopOutcome</name>
    <message>
        <source>No data for %1 ms</source>
        <translation>Keine Daten seit %1 ms</translation>
    </message>
    <message>
        <source>The server closed the connection without an answer after it received the request; sent again, it found nothing listening there (%1): the server stopped or crashed meanwhile.</source>
        <translation>Der Server hat die Verbindung ohne Antwort geschlossen, nachdem er die Anfrage erhalten hatte; erneut gesendet, lauschte dort nichts mehr (%1): der Server wurde inzwischen beendet oder ist abgestürzt.</translation>
    </message>
    <message>
        <source>The body ended after %1 of the %2 bytes its Content-Length announced.</source>
        <translation>Der Body endete nach %1 der %2 Bytes, die sein Content-Length angekündigt hat.</translation>
    </message>
    <message>
        <source>The compressed body (Content-Encoding: %1) ended before the end of its stream, after %2 bytes.</source>
        <translation>Der komprimierte Body (Content-Encoding: %1) endete vor dem Ende seines Datenstroms, nach %2 Bytes.</translation>
    </message>
    <message>
        <source>The chunked body ended before its first byte, but it is declared as %1, which cannot be empty: the chunk framing is broken (an unreadable chunk size ends the body for Qt) or the server sent an empty document.</source>
        <translation>Der Body in Chunks endete vor seinem ersten Byte, ist aber als %1 angegeben, und das kann nicht leer sein: Die Chunk-Struktur ist kaputt (eine unlesbare Chunk-Größe beendet für Qt den Body) oder der Server hat ein leeres Dokument gesendet.</translation>
    </message>
    <message>
        <source>The chunked body looks cut off: %1 (after %2 bytes).</source>
        <translation>Der Body in Chunks sieht abgeschnitten aus: %1 (nach %2 Bytes).</translation>
    </message>
</context>
<context>
    <name>HttpFileAppend</name>
    <message>
        <source>The request holds the token in clear; it was not saved (a token is never kept in a file: {{token}} stands for it).</source>
        <translation>Die Anfrage enthält das Token im Klartext; sie wurde nicht gespeichert (ein Token steht nie in einer Datei: {{token}} steht dafür).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>HttpFileParser</name>
    <message>
        <source>This block has expectations or @no-auth but no request line (METHOD URL).</source>
        <translation>Dieser Block hat Erwartungen oder @no-auth, aber keine Anfragezeile (METHODE URL).</translation>
    </message>
    <message>
        <source>A file variable is written @name = value.</source>
        <translation>Eine Dateivariable wird @name = wert geschrieben.</translation>
    </message>
    <message>
        <source>@token cannot be set in a file: {{token}} is the profile&apos;s token, and a token is never kept in a file.</source>
        <translation>@token lässt sich nicht in einer Datei setzen: {{token}} ist das Token des Profils, und ein Token steht nie in einer Datei.</translation>
    </message>
    <message>
        <source>@%1 holds what looks like a token (%2): a token is never kept in a file. Use {{token}}, the profile&apos;s token, or give the value from an environment.</source>
        <translation>@%1 enthält etwas, das wie ein Token aussieht (%2): ein Token steht nie in einer Datei. Verwenden Sie {{token}}, das Token des Profils, oder geben Sie den Wert über eine Umgebung an.</translation>
    </message>
    <message>
        <source>@%1 is defined twice (first on line %2).</source>
        <translation>@%1 ist zweimal definiert (zuerst in Zeile %2).</translation>
    </message>
    <message>
        <source>Write the method in capitals: %1.</source>
        <translation>Schreiben Sie die Methode in Großbuchstaben: %1.</translation>
    </message>
    <message>
        <source>Not a request line: write METHOD URL, for example GET Group/1 (a header needs a request line above it).</source>
        <translation>Keine Anfragezeile: schreiben Sie METHODE URL, zum Beispiel GET Group/1 (über einem Header muss eine Anfragezeile stehen).</translation>
    </message>
    <message>
        <source>Not a header (Name: value); a blank line must come before the body.</source>
        <translation>Kein Header (Name: Wert); vor dem Body muss eine Leerzeile stehen.</translation>
    </message>
    <message>
        <source>The %1 header holds what looks like a token (%2): a token is never kept in a file, and only the Authorization header carries one.</source>
        <translation>Der Header %1 enthält etwas, das wie ein Token aussieht (%2): ein Token steht nie in einer Datei, und nur der Authorization-Header trägt eines.</translation>
    </message>
    <message>
        <source>@%1 is the token of the Authorization header on line %2, and a token is never kept in a file: give it from an environment, or use {{token}}, the profile&apos;s token.</source>
        <translation>@%1 ist das Token des Authorization-Headers in Zeile %2, und ein Token steht nie in einer Datei: geben Sie es über eine Umgebung an oder verwenden Sie {{token}}, das Token des Profils.</translation>
    </message>
</context>
<context>
    <name>HttpFileWriter</name>
    <message>
        <source>Not converted (scripts are not run): %1</source>
        <translation>Nicht übernommen (Skripte werden nicht ausgeführt): %1</translation>
    </message>
    <message>
        <source>Request %1: its URL was put on one line.</source>
        <translation>Anfrage %1: ihre URL wurde in eine Zeile gesetzt.</translation>
    </message>
    <message>
        <source>Request %1: its Authorization value was not written (a token is never kept in a file); it sends {{token}}, the profile&apos;s token.</source>
        <translation>Anfrage %1: ihr Authorization-Wert wurde nicht geschrieben (ein Token steht nie in einer Datei); sie sendet {{token}}, das Token des Profils.</translation>
    </message>
    <message>
        <source>Request %1: body lines starting with # or // were indented by one space, or they would be comments.</source>
        <translation>Anfrage %1: Body-Zeilen, die mit # oder // beginnen, wurden um ein Leerzeichen eingerückt, sonst wären sie Kommentare.</translation>
    </message>
    <message>
        <source>Not kept in this file, because they carry a token: %1. Give them from an environment (fhir-bulk run --env or --var), or use {{token}}, the profile&apos;s token.</source>
        <translation>Nicht in dieser Datei, weil sie ein Token tragen: %1. Geben Sie sie über eine Umgebung an (fhir-bulk run --env oder --var) oder verwenden Sie {{token}}, das Token des Profils.</translation>
    </message>
    <message>
        <source>The variable %1 was put on one line.</source>
        <translation>Die Variable %1 wurde in eine Zeile gesetzt.</translation>
    </message>
    <message>
        <source>Folder %1 of the collection %2</source>
        <translation>Ordner %1 der Sammlung %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ImagePane</name>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Strg+-)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Strg++)</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel (Ctrl+0)</source>
        <translation>Ein Bildpixel je Bildschirmpixel (Strg+0)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>As large as the view allows</source>
        <translation>So groß, wie die Ansicht es erlaubt</translation>
    </message>
    <message>
        <source>The bytes could not be read as an image.</source>
        <translation>Die Bytes ließen sich nicht als Bild lesen.</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 pixels · %4</source>
        <translation>%1 · %2 × %3 Pixel · %4</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>left to resume later</source>
        <translation>für später zurückgestellt</translation>
    </message>
</context>
<context>
    <name>JobsController</name>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Double-click a job to show its window.</source>
        <translation>Doppelklick auf einen Auftrag zeigt sein Fenster.</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>Auft&amp;räge</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished export(s) on this server: Request → Resume unfinished export.</source>
        <translation>
            <numerusform>%n unfertiger Export auf diesem Server: Anfrage → Unfertigen Export fortsetzen.</numerusform>
            <numerusform>%n unfertige Exporte auf diesem Server: Anfrage → Unfertigen Export fortsetzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <source>%n export(s) still running. Cancel them on the server (a DELETE each), leave them running there to resume later (Request → Resume unfinished export), or don&apos;t quit?</source>
        <translation>
            <numerusform>%n Export läuft noch. Auf dem Server abbrechen (ein DELETE), dort weiterlaufen lassen und später fortsetzen (Anfrage → Unfertigen Export fortsetzen) oder nicht beenden?</numerusform>
            <numerusform>%n Exporte laufen noch. Auf dem Server abbrechen (je ein DELETE), dort weiterlaufen lassen und später fortsetzen (Anfrage → Unfertigen Export fortsetzen) oder nicht beenden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel on the server</source>
        <translation>Auf dem Server abbrechen</translation>
    </message>
    <message>
        <source>Leave them to resume later</source>
        <translation>Später fortsetzen</translation>
    </message>
    <message>
        <source>Don&apos;t quit</source>
        <translation>Nicht beenden</translation>
    </message>
    <message numerus="yes">
        <source>Cancelling %n export(s) on the server; quitting when the server has answered.</source>
        <translation>
            <numerusform>%n Export wird auf dem Server abgebrochen; das Programm endet, sobald der Server geantwortet hat.</numerusform>
            <numerusform>%n Exporte werden auf dem Server abgebrochen; das Programm endet, sobald der Server geantwortet hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) still have exports running on the server (a conformance run cancels the exports it started when it ends). Cancel them on the server (a DELETE each), leave them running there (export jobs can be resumed later), or don&apos;t quit?</source>
        <translation>
            <numerusform>%n Auftrag hat noch Exporte auf dem Server laufen (ein Konformitätslauf bricht die Exporte, die er gestartet hat, an seinem Ende ab). Auf dem Server abbrechen (je ein DELETE), dort weiterlaufen lassen (Exportaufträge lassen sich später fortsetzen) oder nicht beenden?</numerusform>
            <numerusform>%n Aufträge haben noch Exporte auf dem Server laufen (ein Konformitätslauf bricht die Exporte, die er gestartet hat, an seinem Ende ab). Auf dem Server abbrechen (je ein DELETE), dort weiterlaufen lassen (Exportaufträge lassen sich später fortsetzen) oder nicht beenden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) of saved requests still running: quitting cancels the request under way and sends nothing more.</source>
        <translation>
            <numerusform>%n Lauf gespeicherter Anfragen läuft noch: Beim Beenden wird die laufende Anfrage abgebrochen und nichts mehr gesendet.</numerusform>
            <numerusform>%n Läufe gespeicherter Anfragen laufen noch: Beim Beenden werden die laufenden Anfragen abgebrochen und nichts mehr gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>Anhalten und beenden</translation>
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
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Zuletzt</translation>
    </message>
</context>
<context>
    <name>Judge</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>keine Antwort (%1)</translation>
    </message>
    <message>
        <source>answered %1, expected %2</source>
        <translation>antwortete %1, erwartet war %2</translation>
    </message>
    <message>
        <source>Content-Type is &quot;%1&quot;, expected %2</source>
        <translation>Content-Type ist „%1“, erwartet war %2</translation>
    </message>
    <message>
        <source>no %1 header, expected &quot;%2&quot;</source>
        <translation>kein %1-Header, erwartet war „%2“</translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;, expected &quot;%3&quot;</source>
        <translation>%1 ist „%2“, erwartet war „%3“</translation>
    </message>
    <message>
        <source>the body is not an OperationOutcome in JSON</source>
        <translation>der Inhalt ist kein OperationOutcome in JSON</translation>
    </message>
    <message>
        <source>the OperationOutcome has no issue</source>
        <translation>das OperationOutcome hat kein issue</translation>
    </message>
    <message>
        <source>the body is not JSON (%1 at byte %2)</source>
        <translation>der Inhalt ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>der Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the body&apos;s &quot;%1&quot; is &quot;%2&quot;, expected &quot;%3&quot;</source>
        <translation>„%1“ im Inhalt ist „%2“, erwartet war „%3“</translation>
    </message>
    <message>
        <source>the body is not an OperationOutcome with an issue</source>
        <translation>der Inhalt ist kein OperationOutcome mit einem issue</translation>
    </message>
    <message>
        <source>the first issue lacks severity, code or diagnostics</source>
        <translation>dem ersten issue fehlt severity, code oder diagnostics</translation>
    </message>
    <message>
        <source>diagnostics is &quot;%1&quot;, expected &quot;%2…&quot;</source>
        <translation>diagnostics ist „%1“, erwartet war „%2…“</translation>
    </message>
    <message>
        <source>no X-Request-ID header</source>
        <translation>kein X-Request-ID-Header</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyboardAccess</name>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Clear: %1</source>
        <translation>Leeren: %1</translation>
    </message>
</context>
<context>
    <name>LenientChecks</name>
    <message>
        <source>error item %1 has type &quot;%2&quot;, not OperationOutcome</source>
        <translation>Fehlereintrag %1 hat den Typ „%2“, nicht OperationOutcome</translation>
    </message>
    <message>
        <source>Conformance: download an error file of the manifest</source>
        <translation>Konformität: eine Fehlerdatei des Manifests herunterladen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) are not an OperationOutcome</source>
        <translation>
            <numerusform>%1: %n Zeile ist kein OperationOutcome</numerusform>
            <numerusform>%1: %n Zeilen sind kein OperationOutcome</numerusform>
        </translation>
    </message>
    <message>
        <source>Conformance: export kick-off with handling=lenient</source>
        <translation>Konformität: Export-Kick-off mit handling=lenient</translation>
    </message>
    <message>
        <source>the unsupported parameter was ignored</source>
        <translation>der nicht unterstützte Parameter wurde ignoriert</translation>
    </message>
    <message>
        <source>refused with %1 and an OperationOutcome: lenient handling not offered</source>
        <translation>mit %1 und einem OperationOutcome abgelehnt: nachsichtige Verarbeitung (lenient) wird nicht angeboten</translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation>antwortete %1</translation>
    </message>
    <message>
        <source>the lenient kick-off was refused</source>
        <translation>der Kick-off mit handling=lenient wurde abgelehnt</translation>
    </message>
    <message>
        <source>the manifest lists no error file (nothing to report)</source>
        <translation>das Manifest nennt keine Fehlerdatei (nichts zu melden)</translation>
    </message>
</context>
<context>
    <name>LevelChecks</name>
    <message>
        <source>Patient-level</source>
        <translation>Patient-Ebene</translation>
    </message>
    <message>
        <source>system-level</source>
        <translation>Systemebene</translation>
    </message>
    <message>
        <source>Conformance: read the CapabilityStatement for the export levels</source>
        <translation>Konformität: CapabilityStatement nach den Export-Ebenen lesen</translation>
    </message>
    <message>
        <source>no CapabilityStatement to say which levels are offered: metadata answered %1</source>
        <translation>kein CapabilityStatement, das die angebotenen Ebenen nennt: metadata antwortete %1</translation>
    </message>
    <message>
        <source>the CapabilityStatement offers neither Patient-level nor system-level $export (this server exports by Group only)</source>
        <translation>das CapabilityStatement bietet $export weder auf Patient-Ebene noch auf Systemebene an (dieser Server exportiert nur nach Group)</translation>
    </message>
    <message>
        <source>offered and accepted: %1</source>
        <translation>angeboten und angenommen: %1</translation>
    </message>
    <message>
        <source>Conformance: %1 export kick-off</source>
        <translation>Konformität: Export-Kick-off auf %1</translation>
    </message>
    <message>
        <source>%1 $export is offered but answered %2 (expected 202 with an absolute Content-Location)</source>
        <translation>$export auf %1 wird angeboten, antwortete aber %2 (erwartet: 202 mit absoluter Content-Location)</translation>
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
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Cancel request</source>
        <translation>Anfrage a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Go to &amp;address bar</source>
        <translation>Zur &amp;Adresszeile</translation>
    </message>
    <message>
        <source>Copy selected call as c&amp;url</source>
        <translation>Gewählten Aufruf als c&amp;url kopieren</translation>
    </message>
    <message>
        <source>Copy selected call&apos;s X-Request-&amp;ID</source>
        <translation>X-Request-&amp;ID des gewählten Aufrufs kopieren</translation>
    </message>
    <message>
        <source>Read &amp;CapabilityStatement</source>
        <translation>&amp;CapabilityStatement lesen</translation>
    </message>
    <message>
        <source>&amp;Add server profile…</source>
        <translation>Server-Profil &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove server profile</source>
        <translation>Server-Profil &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Diagnosis codes</source>
        <translation>&amp;Diagnose-Codes</translation>
    </message>
    <message>
        <source>&amp;About FHIR Bulk Explorer</source>
        <translation>&amp;Über FHIR Bulk Explorer</translation>
    </message>
    <message>
        <source>Copy as curl with token</source>
        <translation>Als curl mit Token kopieren</translation>
    </message>
    <message>
        <source>The token of this call is no longer the current token, so it cannot be filled in. The redacted command was not changed.</source>
        <translation>Das Token dieses Aufrufs ist nicht mehr das aktuelle Token und kann daher nicht eingesetzt werden. Der geschwärzte Befehl blieb unverändert.</translation>
    </message>
    <message>
        <source>The command will contain the access token in clear. Anyone who sees it can call the API as you until the token expires. Copy it anyway?</source>
        <translation>Der Befehl wird das Zugriffstoken im Klartext enthalten. Wer ihn sieht, kann die API in Ihrem Namen aufrufen, bis das Token abläuft. Trotzdem kopieren?</translation>
    </message>
    <message>
        <source>Copied the curl command WITH the token. Clear your clipboard after use.</source>
        <translation>Der curl-Befehl wurde MIT Token kopiert. Leeren Sie die Zwischenablage nach Gebrauch.</translation>
    </message>
    <message>
        <source>No OS keychain is available (%1). Tokens are kept for this session only and are forgotten when you quit; nothing is written to disk.</source>
        <translation>Kein Schlüsselbund des Betriebssystems verfügbar (%1). Tokens werden nur für diese Sitzung behalten und beim Beenden vergessen; nichts wird auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Inspect &amp;token…</source>
        <translation>&amp;Token analysieren…</translation>
    </message>
    <message>
        <source>Check token &amp;health</source>
        <translation>Token-&amp;Gesundheit testen</translation>
    </message>
    <message>
        <source>&amp;Sandbox panel…</source>
        <translation>&amp;Sandbox-Bedienfeld…</translation>
    </message>
    <message>
        <source>The Sandbox&apos;s address, demo credentials and scenario switches</source>
        <translation>Adresse, Demo-Zugangsdaten und Szenario-Schalter der Sandbox</translation>
    </message>
    <message>
        <source>&amp;Export a Group…</source>
        <translation>Group &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Resume unfinished export</source>
        <translation>Unfertigen Export &amp;fortsetzen</translation>
    </message>
    <message>
        <source>From the server&apos;s CapabilityStatement (View → Server capabilities)</source>
        <translation>Aus dem CapabilityStatement des Servers (Ansicht → Server-Fähigkeiten)</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a FHIR resource, NDJSON or other content</source>
        <translation>Eine FHIR-Ressource, NDJSON oder anderen Inhalt öffnen</translation>
    </message>
    <message>
        <source>Preview &amp;content</source>
        <translation>&amp;Inhalt ansehen</translation>
    </message>
    <message>
        <source>The selected call&apos;s answer in the content viewer: a Binary decoded, any resource as a tree, NDJSON line by line</source>
        <translation>Die Antwort des gewählten Aufrufs in der Inhaltsanzeige: ein Binary dekodiert, jede Ressource als Baum, NDJSON Zeile für Zeile</translation>
    </message>
    <message>
        <source>Select a call with an answer first (e.g. GET Binary/1).</source>
        <translation>Zuerst einen Aufruf mit Antwort wählen (z. B. GET Binary/1).</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>The folder with this run&apos;s log and the previous one&apos;s (no tokens are logged)</source>
        <translation>Der Ordner mit dem Protokoll dieses Laufs und dem des vorigen (Tokens werden nie protokolliert)</translation>
    </message>
    <message>
        <source>&amp;Import HAR…</source>
        <translation>HAR &amp;importieren…</translation>
    </message>
    <message>
        <source>Show the calls of a HAR file (from a colleague, a browser&apos;s devtools or this explorer) in the call log, diagnosed</source>
        <translation>Die Aufrufe einer HAR-Datei (von Kollegen, aus den Entwicklerwerkzeugen eines Browsers oder aus diesem Explorer) diagnostiziert im Aufrufprotokoll zeigen</translation>
    </message>
    <message>
        <source>&amp;Export calls as HAR…</source>
        <translation>Aufrufe als HAR &amp;exportieren…</translation>
    </message>
    <message>
        <source>The selected calls (or all the log shows) as an HTTP Archive, redacted, with each call&apos;s diagnosis</source>
        <translation>Die ausgewählten Aufrufe (oder alle, die das Protokoll zeigt) als HTTP-Archiv, geschwärzt, mit der Diagnose jedes Aufrufs</translation>
    </message>
    <message>
        <source>Clear &amp;history…</source>
        <translation>&amp;Verlauf löschen…</translation>
    </message>
    <message>
        <source>Remove the stored calls: all of them, or this server&apos;s</source>
        <translation>Die gespeicherten Aufrufe entfernen: alle oder die dieses Servers</translation>
    </message>
    <message>
        <source>Create &amp;support bundle…</source>
        <translation>&amp;Support-Paket erstellen…</translation>
    </message>
    <message>
        <source>One file for vendor support: the selected calls (or all the log shows) as HAR with a summary, previewed before saving, never the token</source>
        <translation>Eine Datei für den Support des Anbieters: die ausgewählten Aufrufe (oder alle, die das Protokoll zeigt) als HAR mit Zusammenfassung, vor dem Speichern in der Vorschau, nie das Token</translation>
    </message>
    <message>
        <source>The keychain did not store the token: %1</source>
        <translation>Der Schlüsselbund hat das Token nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The keychain did not store the token (%1). It stays usable in this session but will be gone after a restart: unlock the keyring (on GNOME: Passwords and Keys, the Login keyring), then edit the token to save it again.</source>
        <translation>Der Schlüsselbund hat das Token nicht gespeichert (%1). Es bleibt in dieser Sitzung nutzbar, ist nach einem Neustart aber fort: entsperren Sie den Schlüsselbund (unter GNOME: Passwörter und Verschlüsselung, der Schlüsselbund „Anmeldung“) und ändern Sie das Token dann, um es erneut zu speichern.</translation>
    </message>
    <message>
        <source>— %1 %2 · FHIR %3 · %4</source>
        <translation>— %1 %2 · FHIR %3 · %4</translation>
    </message>
    <message>
        <source>— no CapabilityStatement</source>
        <translation>— kein CapabilityStatement</translation>
    </message>
    <message>
        <source>Loaded &quot;%1&quot; into the request bar.</source>
        <translation>„%1“ wurde in die Anfrageleiste geladen.</translation>
    </message>
</context>
<context>
    <name>NdjsonIndex</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>Reading stopped: %1</source>
        <translation>Lesen abgebrochen: %1</translation>
    </message>
    <message>
        <source>(no resourceType)</source>
        <translation>(kein resourceType)</translation>
    </message>
</context>
<context>
    <name>NdjsonLinesModel</name>
    <message>
        <source>Not a resource.</source>
        <translation>Keine Ressource.</translation>
    </message>
    <message>
        <source>⚠ problem</source>
        <translation>⚠ Problem</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
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
        <translation>Größe</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>NdjsonPane</name>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>NDJSON lines</source>
        <translation>NDJSON-Zeilen</translation>
    </message>
    <message>
        <source>Selected line, pretty-printed</source>
        <translation>Ausgewählte Zeile, formatiert</translation>
    </message>
    <message>
        <source>Select a line to see it pretty-printed</source>
        <translation>Eine Zeile wählen, um sie formatiert zu sehen</translation>
    </message>
    <message>
        <source>Lines that are not resources</source>
        <translation>Zeilen, die keine Ressource sind</translation>
    </message>
    <message>
        <source>Lines that are not a resource; double-click one to go to it</source>
        <translation>Zeilen, die keine Ressource sind; Doppelklick springt zur Zeile</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Problem lines only</source>
        <translation>Nur Problemzeilen</translation>
    </message>
    <message>
        <source>Reading the lines…</source>
        <translation>Lese die Zeilen …</translation>
    </message>
    <message>
        <source>Reading: %1 lines so far (%2 %)…</source>
        <translation>Lese: bisher %1 Zeilen (%2 %) …</translation>
    </message>
    <message>
        <source>%1 lines: %2. Lines that are not a resource: %3.</source>
        <translation>%1 Zeilen: %2. Zeilen, die keine Ressource sind: %3.</translation>
    </message>
    <message>
        <source>no resources</source>
        <translation>keine Ressourcen</translation>
    </message>
    <message>
        <source>The first %1 problems are listed.</source>
        <translation>Die ersten %1 Probleme sind aufgeführt.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Line %1 is %2; its first 4 MiB as written:</source>
        <translation>Zeile %1 ist %2 groß; ihre ersten 4 MiB wie geschrieben:</translation>
    </message>
</context>
<context>
    <name>NdjsonScanner</name>
    <message>
        <source>An empty line (NDJSON has one resource on every line).</source>
        <translation>Eine leere Zeile (NDJSON hat auf jeder Zeile eine Ressource).</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>Kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>Valid JSON, but not an object (a resource is a JSON object).</source>
        <translation>Gültiges JSON, aber kein Objekt (eine Ressource ist ein JSON-Objekt).</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note on call #%1</source>
        <translation>Notiz zu Aufruf #%1</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <translation>keine Antwort (%1)</translation>
    </message>
    <message>
        <source>%1 %2 → %3 · %4</source>
        <translation>%1 %2 → %3 · %4</translation>
    </message>
    <message>
        <source>&amp;Note (kept in the history, in HAR files as the entry&apos;s comment and in reports):</source>
        <translation>&amp;Notiz (im Verlauf gespeichert, in HAR-Dateien als Kommentar des Eintrags und in Berichten):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What you found: &quot;403 on Preview only&quot;, a ticket number, what to try next</source>
        <translation>Was Sie gefunden haben: „403 nur auf Preview“, eine Ticketnummer, was als Nächstes zu versuchen ist</translation>
    </message>
    <message>
        <source>A token pasted here is replaced by its length and fingerprint. An empty note removes it.</source>
        <translation>Ein hier eingefügtes Token wird durch seine Länge und seinen Fingerabdruck ersetzt. Eine leere Notiz entfernt sie.</translation>
    </message>
    <message>
        <source>Keep the note (Ctrl+Return)</source>
        <translation>Notiz speichern (Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>OutcomeIssuesModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostik</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Expression / location</source>
        <translation>Ausdruck / Ort</translation>
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
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>ParameterChecks</name>
    <message>
        <source>needs the export without parameters, which was not run</source>
        <translation>braucht den Export ohne Parameter, der nicht gelaufen ist</translation>
    </message>
    <message>
        <source>needs the export without parameters: %1</source>
        <translation>braucht den Export ohne Parameter: %1</translation>
    </message>
    <message>
        <source>%1 is in the files more than once</source>
        <translation>%1 steht mehr als einmal in den Dateien</translation>
    </message>
    <message>
        <source>the manifest lists no file</source>
        <translation>das Manifest nennt keine Datei</translation>
    </message>
    <message>
        <source>Conformance: download a file that does not exist</source>
        <translation>Konformität: eine nicht vorhandene Datei herunterladen</translation>
    </message>
    <message>
        <source>answered %1, expected a 4xx or 5xx error</source>
        <translation>antwortete %1, erwartet war ein Fehler 4xx oder 5xx</translation>
    </message>
    <message>
        <source>the export without _type has neither Patient nor Observation files</source>
        <translation>der Export ohne _type hat weder Patient- noch Observation-Dateien</translation>
    </message>
    <message>
        <source>%1 was exported, but not asked for</source>
        <translation>%1 wurde exportiert, aber nicht angefordert</translation>
    </message>
    <message>
        <source>no %1, although the export without _type has it (only one of the repeated values applied?)</source>
        <translation>kein %1, obwohl der Export ohne _type es enthält (nur einer der wiederholten Werte angewandt?)</translation>
    </message>
    <message>
        <source>the server refuses _typeFilter (%1)</source>
        <translation>der Server lehnt _typeFilter ab (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n Patient(s) are not female</source>
        <translation>
            <numerusform>%n Patient ist nicht weiblich</numerusform>
            <numerusform>%n Patienten sind nicht weiblich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Patient(s) of either filter missing (only one of the repeated values applied?)</source>
        <translation>
            <numerusform>%n Patient aus den beiden Filtern fehlt (nur einer der wiederholten Werte angewandt?)</numerusform>
            <numerusform>%n Patienten aus den beiden Filtern fehlen (nur einer der wiederholten Werte angewandt?)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Patient(s) matching neither filter</source>
        <translation>
            <numerusform>%n Patient passt zu keinem der Filter</numerusform>
            <numerusform>%n Patienten passen zu keinem der Filter</numerusform>
        </translation>
    </message>
    <message>
        <source>the export&apos;s resources carry no meta.lastUpdated</source>
        <translation>die Ressourcen des Exports tragen kein meta.lastUpdated</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) last updated before _since=%1</source>
        <translation>
            <numerusform>%n Ressource zuletzt vor _since=%1 geändert</numerusform>
            <numerusform>%n Ressourcen zuletzt vor _since=%1 geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>_since=%1 (the median lastUpdated of the export without it)</source>
        <translation>_since=%1 (der Median von lastUpdated im Export ohne _since)</translation>
    </message>
</context>
<context>
    <name>PictureMarks</name>
    <message>
        <source>Could not draw the picture.</source>
        <translation>Das Bild konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>Bild speichern…</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
</context>
<context>
    <name>PostmanCollection</name>
    <message>
        <source>pre-request script (%1)</source>
        <translation>Pre-request-Skript (%1)</translation>
    </message>
    <message>
        <source>test script (%1)</source>
        <translation>Test-Skript (%1)</translation>
    </message>
    <message>
        <source>folder %1</source>
        <translation>Ordner %1</translation>
    </message>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is not a valid header name: left out.</source>
        <translation>„%1“ ist kein gültiger Header-Name: weggelassen.</translation>
    </message>
    <message>
        <source>The Authorization header written in the collection is not used (a token is never taken from a file): {{token}}, the profile&apos;s token, is sent instead.</source>
        <translation>Der in der Sammlung geschriebene Authorization-Header wird nicht verwendet (ein Token wird nie aus einer Datei genommen): stattdessen wird {{token}} gesendet, das Token des Profils.</translation>
    </message>
    <message>
        <source>The header %1 held what looks like a token: left out (a token is never taken from a file).</source>
        <translation>Der Header %1 enthielt etwas, das wie ein Token aussieht: weggelassen (ein Token wird nie aus einer Datei genommen).</translation>
    </message>
    <message>
        <source>The body (mode %1) is not converted: the request is sent without one.</source>
        <translation>Der Body (Modus %1) wird nicht übernommen: die Anfrage wird ohne Body gesendet.</translation>
    </message>
    <message>
        <source>The collection&apos;s auth of type %1 (%2) is not supported: the profile&apos;s token is sent as Bearer instead.</source>
        <translation>Die Authentifizierung der Sammlung vom Typ %1 (%2) wird nicht unterstützt: stattdessen wird das Token des Profils als Bearer gesendet.</translation>
    </message>
    <message>
        <source>The bearer token written in the collection (%1) is not used (a token is never taken from a file): {{token}}, the profile&apos;s token, is sent instead.</source>
        <translation>Das in der Sammlung geschriebene Bearer-Token (%1) wird nicht verwendet (ein Token wird nie aus einer Datei genommen): stattdessen wird {{token}} gesendet, das Token des Profils.</translation>
    </message>
    <message>
        <source>The collection variable %1 carries a token: its value is not used (a token is never taken from a file). Give it from an environment, or use {{token}}, the profile&apos;s token.</source>
        <translation>Die Sammlungsvariable %1 trägt ein Token: ihr Wert wird nicht verwendet (ein Token wird nie aus einer Datei genommen). Geben Sie ihn über eine Umgebung an oder verwenden Sie {{token}}, das Token des Profils.</translation>
    </message>
    <message>
        <source>Not a Postman collection: it is not valid JSON (%1 at byte %2).</source>
        <translation>Keine Postman-Sammlung: kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>This is a Postman collection of format v1, which is not read here: export it from Postman as Collection v2.1.</source>
        <translation>Das ist eine Postman-Sammlung im Format v1, die hier nicht gelesen wird: exportieren Sie sie aus Postman als Collection v2.1.</translation>
    </message>
    <message>
        <source>This is a Postman environment, not a collection: give it with --env.</source>
        <translation>Das ist eine Postman-Umgebung, keine Sammlung: geben Sie sie mit --env an.</translation>
    </message>
    <message>
        <source>Not a Postman collection: there is no info and item in it.</source>
        <translation>Keine Postman-Sammlung: sie enthält weder info noch item.</translation>
    </message>
    <message>
        <source>collection</source>
        <translation>Sammlung</translation>
    </message>
</context>
<context>
    <name>PostmanEnvironment</name>
    <message>
        <source>Not a Postman environment: it is not valid JSON (%1 at byte %2).</source>
        <translation>Keine Postman-Umgebung: kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>This is a Postman collection, not an environment.</source>
        <translation>Das ist eine Postman-Sammlung, keine Umgebung.</translation>
    </message>
    <message>
        <source>Not a Postman environment: it has no values.</source>
        <translation>Keine Postman-Umgebung: sie enthält keine values.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Timeout without data:</source>
        <translation>&amp;Zeitlimit ohne Daten:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A new language applies the next time the application starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start der Anwendung.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Export &amp;wait limit:</source>
        <translation>&amp;Wartegrenze für Exporte:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>After this long without a finished export, polling stops and you are asked whether to keep waiting</source>
        <translation>Nach dieser Zeit ohne fertigen Export endet das Abfragen, und Sie werden gefragt, ob weiter gewartet werden soll</translation>
    </message>
    <message>
        <source>Send the token to a status URL on &amp;another host</source>
        <translation>Das Token an eine Status-URL auf einem &amp;anderen Host senden</translation>
    </message>
    <message>
        <source>The Bulk Data IG sends the token to the status URL; one on another host than the server is unusual, so by default the token is withheld there</source>
        <translation>Der Bulk-Data-IG sendet das Token an die Status-URL; eine auf einem anderen Host als dem Server ist ungewöhnlich, daher wird das Token dort standardmäßig zurückgehalten</translation>
    </message>
    <message>
        <source>History: keep &amp;bodies up to:</source>
        <translation>Verlauf: &amp;Bodys aufbewahren bis:</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>A longer body keeps its first part in the call history, and says so</source>
        <translation>Von einem längeren Body bleibt der erste Teil im Aufrufverlauf, und das wird vermerkt</translation>
    </message>
    <message>
        <source>History: keep calls &amp;for:</source>
        <translation>Verlauf: Aufrufe aufbewahren &amp;für:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>forever</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>Older calls are removed when the explorer starts</source>
        <translation>Ältere Aufrufe werden beim Start des Explorers entfernt</translation>
    </message>
    <message>
        <source>History: at &amp;most:</source>
        <translation>Verlauf: &amp;höchstens:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Beyond this, the oldest calls are removed when the explorer starts</source>
        <translation>Darüber hinaus werden die ältesten Aufrufe beim Start des Explorers entfernt</translation>
    </message>
    <message>
        <source>A&amp;ppearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>Light or Dark use Qt&apos;s Fusion style with a palette of their own; Follow the system uses the desktop&apos;s</source>
        <translation>Hell und Dunkel nutzen Qts Fusion-Stil mit einer eigenen Palette; „Wie das System“ nutzt die des Desktops</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a disk device</source>
        <translation>ein Laufwerk (Blockgerät)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a file of another user</source>
        <translation>eine Datei eines anderen Benutzers</translation>
    </message>
    <message>
        <source>a file with another name too (a hard link)</source>
        <translation>eine Datei, die noch einen weiteren Namen hat (ein harter Link)</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>eine Datei</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent ist aufgebraucht</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>ein Teil des Pfads ist kein Ordner</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>das Dateisystem ist schreibgeschützt</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>it is a symbolic link, which is never followed</source>
        <translation>es ist ein symbolischer Link, und Links wird nie gefolgt</translation>
    </message>
    <message>
        <source>the file is larger than this file system or its limit allows</source>
        <translation>die Datei ist größer, als dieses Dateisystem oder seine Grenze erlaubt</translation>
    </message>
    <message>
        <source>an input/output error (the disk or the network file system)</source>
        <translation>ein Ein-/Ausgabefehler (der Datenträger oder das Netzwerkdateisystem)</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>der Name ist zu lang</translation>
    </message>
    <message>
        <source>the program reading from the pipe has stopped</source>
        <translation>das Programm, das aus der Pipe liest, ist beendet</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>it is a symbolic link (to %1): files are not written through links; name the file itself</source>
        <translation>es ist ein symbolischer Link (auf %1): Durch Links werden keine Dateien geschrieben; geben Sie die Datei selbst an</translation>
    </message>
    <message>
        <source>it is a disk device: nothing is written to a disk as a whole</source>
        <translation>es ist ein Laufwerk: Auf ein ganzes Laufwerk wird nichts geschrieben</translation>
    </message>
    <message>
        <source>it is %1, not a file</source>
        <translation>es ist %1, keine Datei</translation>
    </message>
    <message>
        <source>it changed while being opened</source>
        <translation>es hat sich beim Öffnen geändert</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>die Datei ist nicht geöffnet</translation>
    </message>
    <message>
        <source>there is %1 at %2: only a regular file is replaced</source>
        <translation>unter dem Namen %2 liegt %1: Ersetzt wird nur eine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>it is %1, not a folder</source>
        <translation>es ist %1, kein Ordner</translation>
    </message>
    <message>
        <source>it belongs to another user</source>
        <translation>er gehört einem anderen Benutzer</translation>
    </message>
    <message>
        <source>it is %1, not a download of this program&apos;s: it is left as it is (remove it to download the file again)</source>
        <translation>es ist %1, kein Download dieses Programms: Es bleibt unverändert (entfernen Sie es, um die Datei erneut herunterzuladen)</translation>
    </message>
</context>
<context>
    <name>ProfileConnector</name>
    <message>
        <source>The built-in Sandbox could not start on 127.0.0.1.</source>
        <translation>Die eingebaute Sandbox konnte auf 127.0.0.1 nicht starten.</translation>
    </message>
    <message>
        <source>The profile&apos;s CA bundle %1 is not used: no PEM certificate could be read (%2).</source>
        <translation>Das CA-Bündel %1 des Profils wird nicht verwendet: es konnte kein PEM-Zertifikat gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The CA bundle %1 is not used: no PEM certificate could be read (%2).</source>
        <translation>Das CA-Bündel %1 wird nicht verwendet: es konnte kein PEM-Zertifikat gelesen werden (%2).</translation>
    </message>
    <message>
        <source>The keychain did not give the proxy&apos;s password: %1</source>
        <translation>Der Schlüsselbund hat das Passwort des Proxys nicht herausgegeben: %1</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Add server profile</source>
        <translation>Server-Profil hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Vendor staging</source>
        <translation>z. B. Staging des Anbieters</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Production gets a red banner: real patient data</source>
        <translation>Produktion bekommt ein rotes Banner: echte Patientendaten</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>The base URL must be an http(s) URL with a host, such as https://example.org/fhir.</source>
        <translation>Die Basis-URL muss eine http(s)-URL mit einem Host sein, etwa https://example.org/fhir.</translation>
    </message>
    <message>
        <source>&amp;CA bundle:</source>
        <translation>&amp;CA-Bündel:</translation>
    </message>
    <message>
        <source>Optional: CA certificates (a PEM file)</source>
        <translation>Optional: CA-Zertifikate (eine PEM-Datei)</translation>
    </message>
    <message>
        <source>For a server signed by a private CA, or reached through a TLS-intercepting proxy: its CA certificates, trusted besides the system&apos;s for this profile only</source>
        <translation>Für einen Server mit einer privaten CA oder hinter einem TLS-abfangenden Proxy: dessen CA-Zertifikate, zusätzlich zu denen des Systems und nur für dieses Profil vertraut</translation>
    </message>
    <message>
        <source>CA certificates for this server</source>
        <translation>CA-Zertifikate für diesen Server</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The CA bundle cannot be used (%1): choose a PEM file of CA certificates, or leave the field empty.</source>
        <translation>Das CA-Bündel kann nicht verwendet werden (%1): wählen Sie eine PEM-Datei mit CA-Zertifikaten oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>A server of your own: its FHIR base URL (the part before Group/1 or metadata) and what kind of environment it is. Its token (and a proxy password) is kept in the OS keychain.</source>
        <translation>Ein eigener Server: seine FHIR-Basis-URL (der Teil vor Group/1 oder metadata) und welche Art Umgebung er ist. Sein Token (und ein Proxy-Passwort) liegt im Schlüsselbund des Betriebssystems.</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>How calls reach this server: the system&apos;s proxy settings (http_proxy, https_proxy, no_proxy, the desktop&apos;s), directly, or through a proxy of its own</source>
        <translation>Wie Aufrufe diesen Server erreichen: über die Proxy-Einstellungen des Systems (http_proxy, https_proxy, no_proxy, die des Desktops), direkt oder über einen eigenen Proxy</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>Host:Port</translation>
    </message>
    <message>
        <source>Proxy address</source>
        <translation>Proxy-Adresse</translation>
    </message>
    <message>
        <source>Proxy &amp;user:</source>
        <translation>Proxy-Benut&amp;zer:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>liegt im Schlüsselbund</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>Systemeinstellungen</translation>
    </message>
    <message>
        <source>None (direct)</source>
        <translation>Keiner (direkt)</translation>
    </message>
    <message>
        <source>HTTP(S) proxy</source>
        <translation>HTTP(S)-Proxy</translation>
    </message>
    <message>
        <source>SOCKS5 proxy</source>
        <translation>SOCKS5-Proxy</translation>
    </message>
    <message>
        <source>e.g. proxy.example.org:3128</source>
        <translation>z. B. proxy.example.org:3128</translation>
    </message>
    <message>
        <source>e.g. socks.example.org:1080</source>
        <translation>z. B. socks.example.org:1080</translation>
    </message>
    <message>
        <source>Write the proxy as host:port (e.g. proxy.example.org:3128), or choose &quot;System settings&quot;.</source>
        <translation>Geben Sie den Proxy als Host:Port an (z. B. proxy.example.org:3128) oder wählen Sie „Systemeinstellungen“.</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Variables</source>
        <translation>&amp;Variablen</translation>
    </message>
    <message>
        <source>{{name}} in saved requests, for this profile: the same .http file runs on the Sandbox, Preview and Production. Secret values are kept in the keychain, never in the settings, and may be used in an Authorization header only.</source>
        <translation>{{name}} in gespeicherten Anfragen, für dieses Profil: Dieselbe .http-Datei läuft so auf der Sandbox, auf Preview und auf Production. Geheime Werte liegen im Schlüsselbund, nie in den Einstellungen, und dürfen nur in einem Authorization-Header verwendet werden.</translation>
    </message>
    <message>
        <source>Profile variables</source>
        <translation>Profilvariablen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <source>A&amp;dd variable</source>
        <translation>V&amp;ariable hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move variable</source>
        <translation>Variable ent&amp;fernen</translation>
    </message>
    <message>
        <source>empty: keep the keychain&apos;s value</source>
        <translation>leer: den Wert im Schlüsselbund behalten</translation>
    </message>
    <message>
        <source>(kept in the keychain)</source>
        <translation>(im Schlüsselbund)</translation>
    </message>
    <message>
        <source>Server profile: %1</source>
        <translation>Serverprofil: %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>A built-in profile: its server is fixed. Its variables are yours to set.</source>
        <translation>Ein eingebautes Profil: Sein Server steht fest. Seine Variablen legen Sie selbst fest.</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>geheim</translation>
    </message>
    <message>
        <source>Kept in the keychain, shown masked, usable in an Authorization header only</source>
        <translation>Im Schlüsselbund gespeichert, maskiert angezeigt, nur in einem Authorization-Header verwendbar</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Server &amp;profile and variables…</source>
        <translation>Server&amp;profil und Variablen…</translation>
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
        <translation>Sandbox: der eingebaute Testserver auf diesem Rechner. Nur Demodaten, keine echten Patienten. Probieren Sie das Menü Beispiele.</translation>
    </message>
    <message>
        <source>PRODUCTION: real patient data. Every call is logged by the vendor.</source>
        <translation>PRODUKTION: echte Patientendaten. Jeder Aufruf wird vom Hersteller protokolliert.</translation>
    </message>
    <message>
        <source>Preview environment (test data).</source>
        <translation>Vorschau-Umgebung (Testdaten).</translation>
    </message>
    <message>
        <source>Custom server: %1</source>
        <translation>Eigener Server: %1</translation>
    </message>
    <message>
        <source>Added the server profile &quot;%1&quot;.</source>
        <translation>Das Serverprofil „%1“ wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved the profile &quot;%1&quot;.</source>
        <translation>Das Profil „%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>A built-in profile cannot pin a certificate: add a profile for this server (Settings → Add server profile…) and pin it there.</source>
        <translation>Ein eingebautes Profil kann keinem einzelnen Zertifikat vertrauen: legen Sie ein Profil für diesen Server an (Einstellungen → Serverprofil hinzufügen…) und vertrauen Sie dem Zertifikat dort.</translation>
    </message>
    <message>
        <source>Trust this certificate?</source>
        <translation>Diesem Zertifikat vertrauen?</translation>
    </message>
    <message>
        <source>Calls of the profile &quot;%1&quot; will accept exactly this server certificate although its checks fail:

SHA-256 %2

Do this only after comparing the fingerprint with the server&apos;s owner (by phone, not by e-mail). A trusted CA (the profile&apos;s CA bundle) is the better fix; nothing else is accepted, and a renewed certificate must be trusted again.</source>
        <translation>Aufrufe des Profils „%1“ nehmen dann genau dieses Serverzertifikat an, obwohl seine Prüfungen fehlschlagen:

SHA-256 %2

Tun Sie das nur, nachdem Sie den Fingerabdruck mit dem Betreiber des Servers abgeglichen haben (telefonisch, nicht per E-Mail). Eine vertrauenswürdige CA (das CA-Bündel des Profils) ist die bessere Lösung; nichts anderes wird angenommen, und einem erneuerten Zertifikat muss erneut vertraut werden.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; now trusts the certificate %2. Send again.</source>
        <translation>Das Profil „%1“ vertraut jetzt dem Zertifikat %2. Senden Sie erneut.</translation>
    </message>
    <message>
        <source>Remove server profile</source>
        <translation>Server-Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile &quot;%1&quot; and its token in the keychain?</source>
        <translation>Das Profil „%1“ und sein Token im Schlüsselbund entfernen?</translation>
    </message>
    <message>
        <source>Removed the server profile &quot;%1&quot;.</source>
        <translation>Das Serverprofil „%1“ wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>ProfileVariables</name>
    <message>
        <source>the profile &quot;%1&quot;</source>
        <translation>das Profil „%1“</translation>
    </message>
    <message>
        <source>The secret variable %1 of the profile &quot;%2&quot; cannot be read here (no keychain).</source>
        <translation>Die geheime Variable %1 des Profils „%2“ kann hier nicht gelesen werden (kein Schlüsselbund).</translation>
    </message>
    <message>
        <source>The secret variable %1 of the profile &quot;%2&quot; has no value in the keychain%3: set it in Settings → Server profile and variables….</source>
        <translation>Die geheime Variable %1 des Profils „%2“ hat keinen Wert im Schlüsselbund%3: Setzen Sie ihn unter Einstellungen → Serverprofil und Variablen…</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is not a variable name (letters, digits, _ . -; not starting with a digit).</source>
        <translation>Zeile %1: „%2“ ist kein Variablenname (Buchstaben, Ziffern, _ . -; nicht mit einer Ziffer am Anfang).</translation>
    </message>
    <message>
        <source>Row %1: {{token}} is the profile&apos;s token (the token row), not a variable.</source>
        <translation>Zeile %1: {{token}} ist das Token des Profils (die Token-Zeile), keine Variable.</translation>
    </message>
    <message>
        <source>Row %1: %2 is there twice.</source>
        <translation>Zeile %1: %2 steht doppelt da.</translation>
    </message>
</context>
<context>
    <name>ProxySetting</name>
    <message>
        <source>&quot;%1&quot; is not a proxy: write http://HOST:PORT or socks5://HOST:PORT (or &quot;system&quot;, &quot;none&quot;).</source>
        <translation>„%1“ ist kein Proxy: schreiben Sie http://HOST:PORT oder socks5://HOST:PORT (oder „system“, „none“).</translation>
    </message>
    <message>
        <source>the system&apos;s proxy settings</source>
        <translation>die Proxy-Einstellungen des Systems</translation>
    </message>
    <message>
        <source>no proxy (direct)</source>
        <translation>kein Proxy (direkt)</translation>
    </message>
    <message>
        <source>HTTP proxy %1:%2</source>
        <translation>HTTP-Proxy %1:%2</translation>
    </message>
    <message>
        <source>SOCKS5 proxy %1:%2</source>
        <translation>SOCKS5-Proxy %1:%2</translation>
    </message>
</context>
<context>
    <name>RecordFormatter</name>
    <message>
        <source>no answer (%1)</source>
        <translation>keine Antwort (%1)</translation>
    </message>
    <message>
        <source>%1 %2 → %3 · %4 · %5 ms</source>
        <translation>%1 %2 → %3 · %4 · %5 ms</translation>
    </message>
    <message>
        <source>(redirect hop %1)</source>
        <translation>(Weiterleitung Nr. %1)</translation>
    </message>
    <message>
        <source>Authorization was not sent: this redirect leads to another origin.</source>
        <translation>Authorization wurde nicht gesendet: diese Weiterleitung führt zu einem anderen Ursprung.</translation>
    </message>
    <message>
        <source>Token: %1 characters, SHA-256 fingerprint %2 (of the token alone)</source>
        <translation>Token: %1 Zeichen, SHA-256-Fingerabdruck %2 (des Tokens allein)</translation>
    </message>
    <message>
        <source>Authorization as sent: %1</source>
        <translation>Authorization wie gesendet: %1</translation>
    </message>
    <message>
        <source>No answer: %1 (%2)</source>
        <translation>Keine Antwort: %1 (%2)</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Beleg: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>X-Request-ID sent</source>
        <translation>Gesendete X-Request-ID</translation>
    </message>
    <message>
        <source>(%1 of binary content, %2)</source>
        <translation>(%1 binärer Inhalt, %2)</translation>
    </message>
    <message>
        <source>no Content-Type</source>
        <translation>kein Content-Type</translation>
    </message>
    <message>
        <source>Connection: direct (no proxy, as set for this server)</source>
        <translation>Verbindung: direkt (kein Proxy, wie für diesen Server eingestellt)</translation>
    </message>
    <message>
        <source>Connection: direct (the system&apos;s proxy settings name none for %1)</source>
        <translation>Verbindung: direkt (die Proxy-Einstellungen des Systems nennen keinen für %1)</translation>
    </message>
    <message>
        <source>Connection: direct</source>
        <translation>Verbindung: direkt</translation>
    </message>
    <message>
        <source>Connection: through the proxy %1 (from the system&apos;s proxy settings)</source>
        <translation>Verbindung: über den Proxy %1 (aus den Proxy-Einstellungen des Systems)</translation>
    </message>
    <message>
        <source>Connection: through the proxy %1 (set for this server)</source>
        <translation>Verbindung: über den Proxy %1 (für diesen Server eingestellt)</translation>
    </message>
    <message>
        <source>the server adopted it as its transaction id (X-Request-ID echoed)</source>
        <translation>der Server hat sie als Transaktions-ID übernommen (X-Request-ID zurückgegeben)</translation>
    </message>
    <message>
        <source>the server used its own id %1 and returned ours in X-Correlation-Id</source>
        <translation>der Server nutzte seine eigene ID %1 und gab unsere in X-Correlation-Id zurück</translation>
    </message>
    <message>
        <source>the server answered with another id, %1</source>
        <translation>der Server antwortete mit einer anderen ID, %1</translation>
    </message>
    <message>
        <source>the answer carried no X-Request-ID (the API gateway answered before the FHIR server saw the call)</source>
        <translation>die Antwort enthielt keine X-Request-ID (das API-Gateway antwortete, bevor der FHIR-Server den Aufruf sah)</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>HAR files, this explorer&apos;s or a browser&apos;s.</source>
        <translation>HAR-Dateien, aus diesem Explorer oder aus einem Browser.</translation>
    </message>
    <message>
        <source>The report: Markdown (.md) or one HTML file (.html).</source>
        <translation>Der Bericht: Markdown (.md) oder eine HTML-Datei (.html).</translation>
    </message>
    <message>
        <source>The report&apos;s title.</source>
        <translation>Der Titel des Berichts.</translation>
    </message>
    <message>
        <source>A report to hand on, from HAR files: per call the method, URL, status, time, diagnosis and causes, the ids that trace it, the headers (redacted) and the beginning of the body.</source>
        <translation>Ein Bericht zum Weitergeben, aus HAR-Dateien: je Aufruf Methode, URL, Status, Zeit, Diagnose und Ursachen, die IDs, mit denen er sich verfolgen lässt, die Header (geschwärzt) und der Anfang des Bodys.</translation>
    </message>
    <message>
        <source>report takes HAR files and --out REPORT.md or --out REPORT.html.</source>
        <translation>report erwartet HAR-Dateien und --out BERICHT.md oder --out BERICHT.html.</translation>
    </message>
    <message>
        <source>--out: the file must end in .md or .html (%1).</source>
        <translation>--out: die Datei muss auf .md oder .html enden (%1).</translation>
    </message>
    <message>
        <source>--out: the folder %1 does not exist.</source>
        <translation>--out: der Ordner %1 existiert nicht.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret header value(s) in the HAR were redacted (Authorization, Cookie, …).</source>
        <translation>
            <numerusform>%n geheimer Header-Wert in der HAR-Datei wurde geschwärzt (Authorization, Cookie, …).</numerusform>
            <numerusform>%n geheime Header-Werte in der HAR-Datei wurden geschwärzt (Authorization, Cookie, …).</numerusform>
        </translation>
    </message>
    <message>
        <source>Calls from %1</source>
        <translation>Aufrufe aus %1</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2</source>
        <translation>Der Bericht %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the report (%n call(s)) to %1</source>
        <translation>
            <numerusform>Bericht (%n Aufruf) nach %1 geschrieben</numerusform>
            <numerusform>Bericht (%n Aufrufe) nach %1 geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>Report on %n call(s)</source>
        <translation>
            <numerusform>Bericht über %n Aufruf</numerusform>
            <numerusform>Bericht über %n Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>Titel des Berichts</translation>
    </message>
    <message numerus="yes">
        <source>Findings: %n call(s)</source>
        <translation>
            <numerusform>Befunde: %n Aufruf</numerusform>
            <numerusform>Befunde: %n Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Per call: method, URL, status, time, the diagnosis and its causes, the ids support asks for, the note, the headers (redacted) and the start of the body. Never the token.</source>
        <translation>Je Aufruf: Methode, URL, Status, Zeit, die Diagnose und ihre Ursachen, die IDs, nach denen der Support fragt, die Notiz, die Header (geschwärzt) und der Anfang des Bodys. Nie das Token.</translation>
    </message>
    <message>
        <source>Report as Markdown</source>
        <translation>Bericht als Markdown</translation>
    </message>
    <message>
        <source>&amp;Copy Markdown</source>
        <translation>Markdown &amp;kopieren</translation>
    </message>
    <message>
        <source>The report as Markdown, to paste into a ticket</source>
        <translation>Der Bericht als Markdown, zum Einfügen in ein Ticket</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>Als &amp;HTML speichern…</translation>
    </message>
    <message>
        <source>One self-contained HTML file: no script, nothing fetched from elsewhere</source>
        <translation>Eine in sich geschlossene HTML-Datei: kein Skript, nichts wird von anderswo geladen</translation>
    </message>
    <message>
        <source>Save as &amp;Markdown…</source>
        <translation>Als &amp;Markdown speichern…</translation>
    </message>
    <message>
        <source>Copied the report (Markdown) to the clipboard.</source>
        <translation>Den Bericht (Markdown) in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Save the report as HTML</source>
        <translation>Bericht als HTML speichern</translation>
    </message>
    <message>
        <source>Save the report as Markdown</source>
        <translation>Bericht als Markdown speichern</translation>
    </message>
    <message>
        <source>HTML file (*.html *.htm)</source>
        <translation>HTML-Datei (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown)</source>
        <translation>Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved the report to %1 (no token in it).</source>
        <translation>Den Bericht in %1 gespeichert (ohne Token).</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>unknown time</source>
        <translation>unbekannte Zeit</translation>
    </message>
    <message>
        <source>✔ held</source>
        <translation>✔ erfüllt</translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation>✘ nicht erfüllt</translation>
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
        <translation>Diagnose:</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Beleg: %1</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Aus:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Not run:</source>
        <translation>Nicht ausgeführt:</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Body (the beginning)</source>
        <translation>Body (der Anfang)</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Calls to the FHIR API</source>
        <translation>Aufrufe an die FHIR-API</translation>
    </message>
    <message numerus="yes">
        <source>%1 · written %2 by FHIR Bulk Explorer · %n call(s), headers redacted</source>
        <translation>
            <numerusform>%1 · geschrieben %2 von FHIR Bulk Explorer · %n Aufruf, Header geschwärzt</numerusform>
            <numerusform>%1 · geschrieben %2 von FHIR Bulk Explorer · %n Aufrufe, Header geschwärzt</numerusform>
        </translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Erwartungen</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>Erwartung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>Mögliche Ursachen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language of this translation, as an HTML lang code</comment>
        <translation>de</translation>
    </message>
</context>
<context>
    <name>RequestBar</name>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
    </message>
    <message>
        <source>Path such as Group/1 or metadata, or a full URL (Ctrl+L)</source>
        <translation>Pfad wie Group/1 oder metadata, oder eine vollständige URL (Strg+L)</translation>
    </message>
    <message>
        <source>Format to ask for (sent as Accept)</source>
        <translation>Angefragtes Format (als Accept gesendet)</translation>
    </message>
    <message>
        <source>Also as Content-Type</source>
        <translation>Auch als Content-Type</translation>
    </message>
    <message>
        <source>Send the format as Content-Type too, the way the vendor&apos;s examples do</source>
        <translation>Das Format auch als Content-Type senden, wie in den Beispielen des Herstellers</translation>
    </message>
    <message>
        <source>Add the _format parameter to the URL</source>
        <translation>Den Parameter _format an die URL anhängen</translation>
    </message>
    <message>
        <source>Leave empty to send a fresh UUID with every call, or type your own transaction id</source>
        <translation>Leer lassen, um mit jedem Aufruf eine neue UUID zu senden, oder eine eigene Transaktions-ID eingeben</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>Die Anfrage senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running request (Esc)</source>
        <translation>Die laufende Anfrage abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Headers (Name: value, one a line):</source>
        <translation>Header (Name: Wert, einer pro Zeile):</translation>
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
        <translation>Für POST, PUT und PATCH, z. B. eine Parameters-Ressource</translation>
    </message>
    <message>
        <source>200 OK: read Group/1 with the demo token</source>
        <translation>200 OK: Group/1 mit dem Demo-Token lesen</translation>
    </message>
    <message>
        <source>200 OK: CapabilityStatement (no token needed)</source>
        <translation>200 OK: CapabilityStatement (kein Token nötig)</translation>
    </message>
    <message>
        <source>401 Unauthorized: no Authorization header</source>
        <translation>401 Unauthorized: kein Authorization-Header</translation>
    </message>
    <message>
        <source>401 Unauthorized: empty Authorization header</source>
        <translation>401 Unauthorized: leerer Authorization-Header</translation>
    </message>
    <message>
        <source>403 AccessDenied: invalid token</source>
        <translation>403 AccessDenied: ungültiges Token</translation>
    </message>
    <message>
        <source>403 AccessDenied: token without &quot;Bearer &quot;</source>
        <translation>403 AccessDenied: Token ohne „Bearer “</translation>
    </message>
    <message>
        <source>403 IncompleteSignature: invalid path</source>
        <translation>403 IncompleteSignature: ungültiger Pfad</translation>
    </message>
    <message>
        <source>403 IncompleteSignature: unsupported method PATCH</source>
        <translation>403 IncompleteSignature: nicht unterstützte Methode PATCH</translation>
    </message>
    <message>
        <source>403 IncompleteSignature: invalid path, token without &quot;Bearer &quot;</source>
        <translation>403 IncompleteSignature: ungültiger Pfad, Token ohne „Bearer “</translation>
    </message>
    <message>
        <source>403 MissingAuthenticationToken: invalid path, no header</source>
        <translation>403 MissingAuthenticationToken: ungültiger Pfad, kein Header</translation>
    </message>
    <message>
        <source>400 Bad Request: invalid _count</source>
        <translation>400 Bad Request: ungültiges _count</translation>
    </message>
    <message>
        <source>404 Not Found: Patient/123456</source>
        <translation>404 Not Found: Patient/123456</translation>
    </message>
    <message>
        <source>500 Internal Server Error (Sandbox trigger Group/fail-500)</source>
        <translation>500 Internal Server Error (Sandbox-Auslöser Group/fail-500)</translation>
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
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Reproduce each answer of the vendor&apos;s documentation</source>
        <translation>Jede Antwort aus der Dokumentation des Herstellers nachstellen</translation>
    </message>
    <message>
        <source>Type a path such as Group/1, or a full URL.</source>
        <translation>Geben Sie einen Pfad wie Group/1 oder eine vollständige URL ein.</translation>
    </message>
    <message>
        <source>The server&apos;s CapabilityStatement does not list XML.</source>
        <translation>Das CapabilityStatement des Servers nennt kein XML.</translation>
    </message>
    <message>
        <source>Request address</source>
        <translation>Adresse der Anfrage</translation>
    </message>
    <message>
        <source>A path relative to the server, or a whole URL</source>
        <translation>Ein Pfad relativ zum Server oder eine ganze URL</translation>
    </message>
    <message>
        <source>X-Request-ID to send</source>
        <translation>Zu sendende X-Request-ID</translation>
    </message>
    <message>
        <source>E&amp;xtra headers and body</source>
        <translation>Zusätzliche Header und &amp;Body</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Format to ask for (Accept)</source>
        <translation>Angefragtes Format (Accept)</translation>
    </message>
    <message>
        <source>&amp;Authorization:</source>
        <translation>A&amp;utorisierung:</translation>
    </message>
    <message>
        <source>How the Authorization header is sent. The unusual variants reproduce the gateway&apos;s answers on purpose.</source>
        <translation>Wie der Authorization-Header gesendet wird. Die ungewöhnlichen Varianten erzeugen die Antworten des Gateways absichtlich.</translation>
    </message>
    <message>
        <source>a fresh UUID</source>
        <translation>eine neue UUID</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>No header</source>
        <translation>Kein Header</translation>
    </message>
    <message>
        <source>Empty header</source>
        <translation>Leerer Header</translation>
    </message>
    <message>
        <source>Token without &quot;Bearer &quot;</source>
        <translation>Token ohne „Bearer “</translation>
    </message>
    <message>
        <source>Lower-case &quot;bearer &quot;</source>
        <translation>Kleingeschriebenes „bearer “</translation>
    </message>
    <message>
        <source>Garbled token</source>
        <translation>Verfälschtes Token</translation>
    </message>
    <message>
        <source>Extra spaces around the token</source>
        <translation>Zusätzliche Leerzeichen um das Token</translation>
    </message>
    <message>
        <source>Expired token (Sandbox)</source>
        <translation>Abgelaufenes Token (Sandbox)</translation>
    </message>
    <message>
        <source>Token for another environment (Sandbox)</source>
        <translation>Token für eine andere Umgebung (Sandbox)</translation>
    </message>
</context>
<context>
    <name>RequestBuilder</name>
    <message>
        <source>The request has no URL.</source>
        <translation>Die Anfrage hat keine URL.</translation>
    </message>
</context>
<context>
    <name>RequestFileReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2: larger than a request file can be (%3).</source>
        <translation>%1 ist %2 groß: größer, als eine Anfragedatei sein kann (%3).</translation>
    </message>
    <message>
        <source>%1: the file is not UTF-8 text.</source>
        <translation>%1: die Datei ist kein UTF-8-Text.</translation>
    </message>
</context>
<context>
    <name>RequestsActions</name>
    <message>
        <source>&amp;Save request…</source>
        <translation>Anfrage &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the call&apos;s request…</source>
        <translation>Anfrage dieses Aufrufs speichern…</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>&amp;Edit and send…</source>
        <translation>Bearbeiten und sen&amp;den…</translation>
    </message>
    <message>
        <source>Add the request bar&apos;s request to a .http file (never the token)</source>
        <translation>Die Anfrage der Anfrageleiste an eine .http-Datei anhängen (nie das Token)</translation>
    </message>
    <message>
        <source>Add the selected call&apos;s request to a .http file (never the token)</source>
        <translation>Die Anfrage des gewählten Aufrufs an eine .http-Datei anhängen (nie das Token)</translation>
    </message>
    <message>
        <source>Send the selected call&apos;s request again, with the current token</source>
        <translation>Die Anfrage des gewählten Aufrufs erneut senden, mit dem aktuellen Token</translation>
    </message>
    <message>
        <source>Load the selected call&apos;s request into the request bar, to change and send</source>
        <translation>Die Anfrage des gewählten Aufrufs in die Anfrageleiste laden, um sie zu ändern und zu senden</translation>
    </message>
    <message>
        <source>Select a call in the log first.</source>
        <translation>Wählen Sie zuerst einen Aufruf im Protokoll.</translation>
    </message>
    <message>
        <source>The call&apos;s request is in the request bar: change it and send.</source>
        <translation>Die Anfrage des Aufrufs steht in der Anfrageleiste: Ändern Sie sie und senden Sie sie.</translation>
    </message>
    <message>
        <source>Add the request to a .http file</source>
        <translation>Anfrage an eine .http-Datei anhängen</translation>
    </message>
    <message>
        <source>Saved requests (*.http *.rest);;All files (*)</source>
        <translation>Gespeicherte Anfragen (*.http *.rest);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save request</source>
        <translation>Anfrage speichern</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; to %2 (without the token).</source>
        <translation>„%1“ an %2 angehängt (ohne das Token).</translation>
    </message>
</context>
<context>
    <name>RequestsDock</name>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>The folder of .http files and Postman collections to list</source>
        <translation>Der Ordner, dessen .http-Dateien und Postman-Sammlungen aufgeführt werden</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>A .http file or a Postman collection from elsewhere</source>
        <translation>Eine .http-Datei oder eine Postman-Sammlung von anderswo</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Read the files again</source>
        <translation>Die Dateien erneut lesen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run the selected request, or every request of the selected file (F5); with nothing selected, everything listed</source>
        <translation>Die gewählte Anfrage oder alle Anfragen der gewählten Datei ausführen (F5); ist nichts gewählt, alles Aufgeführte</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop the run (Esc)</source>
        <translation>Den Lauf anhalten (Esc)</translation>
    </message>
    <message>
        <source>Double-click a request to load it into the request bar; Run sends it and checks its expectations.</source>
        <translation>Ein Doppelklick lädt eine Anfrage in die Anfrageleiste; „Ausführen“ sendet sie und prüft ihre Erwartungen.</translation>
    </message>
    <message>
        <source>Folder of saved requests</source>
        <translation>Ordner der gespeicherten Anfragen</translation>
    </message>
    <message>
        <source>Open a collection</source>
        <translation>Sammlung öffnen</translation>
    </message>
    <message>
        <source>Saved requests (*.http *.rest *.json);;All files (*)</source>
        <translation>Gespeicherte Anfragen (*.http *.rest *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>The folder %1 is not there (any more).</source>
        <translation>Den Ordner %1 gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>No folder chosen: Folder… lists its .http files and Postman collections.</source>
        <translation>Kein Ordner gewählt: „Ordner…“ führt seine .http-Dateien und Postman-Sammlungen auf.</translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Select a file (or one of its requests) to run it.</source>
        <translation>Wählen Sie eine Datei (oder eine ihrer Anfragen), um sie auszuführen.</translation>
    </message>
    <message>
        <source>There is nothing to run: choose a folder of .http files, or open a collection.</source>
        <translation>Es gibt nichts auszuführen: Wählen Sie einen Ordner mit .http-Dateien, oder öffnen Sie eine Sammlung.</translation>
    </message>
    <message>
        <source>The Sandbox is not running.</source>
        <translation>Die Sandbox läuft nicht.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n request(s) …</source>
        <translation>
            <numerusform>%n Anfrage läuft …</numerusform>
            <numerusform>%n Anfragen laufen …</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a request to load it into the request bar.</source>
        <translation>Wählen Sie eine Anfrage, um sie in die Anfrageleiste zu laden.</translation>
    </message>
    <message>
        <source>Load into the request bar</source>
        <translation>In die Anfrageleiste laden</translation>
    </message>
    <message>
        <source>Run this request</source>
        <translation>Diese Anfrage ausführen</translation>
    </message>
    <message>
        <source>Run the file</source>
        <translation>Die Datei ausführen</translation>
    </message>
    <message>
        <source>Run everything listed</source>
        <translation>Alles Aufgeführte ausführen</translation>
    </message>
    <message>
        <source>Save as .http files…</source>
        <translation>Als .http-Dateien speichern…</translation>
    </message>
    <message>
        <source>Select a Postman collection to save it as .http files.</source>
        <translation>Wählen Sie eine Postman-Collection aus, um sie als .http-Dateien zu speichern.</translation>
    </message>
    <message>
        <source>Save as .http files into</source>
        <translation>Als .http-Dateien speichern in</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>Dateien ersetzen?</translation>
    </message>
    <message>
        <source>%1 exists already. Replace it, and any other file of this collection with the same name?</source>
        <translation>%1 gibt es bereits. Diese Datei und jede andere gleichnamige Datei dieser Collection ersetzen?</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n .http file(s) with %1 request(s) in %2; scripts are not kept (the files say which).</source>
        <translation>
            <numerusform>%n .http-Datei mit %1 Anfrage(n) in %2 gespeichert; Skripte werden nicht übernommen (die Dateien nennen sie).</numerusform>
            <numerusform>%n .http-Dateien mit %1 Anfrage(n) in %2 gespeichert; Skripte werden nicht übernommen (die Dateien nennen sie).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Running %1 (%2 of %3) …</source>
        <translation>%1 läuft (%2 von %3) …</translation>
    </message>
</context>
<context>
    <name>RequestsTree</name>
    <message>
        <source>Saved requests</source>
        <translation>Gespeicherte Anfragen</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>✘ cannot be read</source>
        <translation>✘ nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s)</source>
        <translation>
            <numerusform>⚠ %n Problem</numerusform>
            <numerusform>⚠ %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
</context>
<context>
    <name>ResponseBody</name>
    <message>
        <source>The disk quota is used up: %1 could not be written further after %2. What arrived before is kept.</source>
        <translation>Das Speicherkontingent ist aufgebraucht: %1 konnte nach %2 nicht weiter geschrieben werden. Was bereits angekommen ist, bleibt erhalten.</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written further after %2. What arrived before is kept.</source>
        <translation>Der Datenträger ist voll: %1 konnte nach %2 nicht weiter geschrieben werden. Was bereits angekommen ist, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The server answered the resume with bytes from %1 (Content-Range: %2), but the file stops at byte %3: these bytes cannot be appended.</source>
        <translation>Der Server hat die Fortsetzung mit Bytes ab %1 beantwortet (Content-Range: %2), die Datei endet aber bei Byte %3: diese Bytes lassen sich nicht anhängen.</translation>
    </message>
    <message>
        <source>an unreadable position</source>
        <translation>einer unlesbaren Position</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for a large answer.</source>
        <translation>Der Ordner %1 für eine große Antwort kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>RetryHint</name>
    <message>
        <source>A negative wait (%1) makes no sense: backing off instead.</source>
        <translation>Eine negative Wartezeit (%1) ergibt keinen Sinn: stattdessen zurückweichen.</translation>
    </message>
    <message>
        <source>%1 looks like an absolute time (epoch seconds), not a wait: waiting until then.</source>
        <translation>%1 sieht wie ein absoluter Zeitpunkt (Epochensekunden) aus, nicht wie eine Wartezeit: warte bis dahin.</translation>
    </message>
    <message>
        <source>The hint &quot;%1&quot; is neither seconds nor an HTTP-date: backing off instead.</source>
        <translation>Der Hinweis „%1“ ist weder Sekunden noch ein HTTP-Datum: stattdessen zurückweichen.</translation>
    </message>
    <message>
        <source>no hint</source>
        <translation>kein Hinweis</translation>
    </message>
    <message>
        <source>Retry-After: %1</source>
        <translation>Retry-After: %1</translation>
    </message>
    <message>
        <source>Retry-After (HTTP-date): %1</source>
        <translation>Retry-After (HTTP-Datum): %1</translation>
    </message>
    <message>
        <source>X-RetryAfter (non-standard vendor header): %1</source>
        <translation>X-RetryAfter (nicht standardisierter Hersteller-Header): %1</translation>
    </message>
    <message>
        <source>%1 looks like an absolute time in milliseconds since 1970, not a wait: waiting until then.</source>
        <translation>%1 sieht wie ein absoluter Zeitpunkt in Millisekunden seit 1970 aus, nicht wie eine Wartezeit: warte bis dahin.</translation>
    </message>
</context>
<context>
    <name>RunCommand</name>
    <message>
        <source>Set the variable NAME (over the environment&apos;s and the file&apos;s); may be given more than once. Never a token: that comes from FHIR_BULK_TOKEN, --token-stdin or the profile.</source>
        <translation>Die Variable NAME setzen (vor der Umgebung und der Datei); kann mehrmals angegeben werden. Nie ein Token: das kommt aus FHIR_BULK_TOKEN, --token-stdin oder dem Profil.</translation>
    </message>
    <message>
        <source>Variables from a Postman environment file (enabled values; over the file&apos;s own).</source>
        <translation>Variablen aus einer Postman-Umgebungsdatei (die aktivierten Werte; vor denen der Datei).</translation>
    </message>
    <message>
        <source>Print one JSON object with every result.</source>
        <translation>Ein JSON-Objekt mit jedem Ergebnis ausgeben.</translation>
    </message>
    <message>
        <source>Also write the results as JUnit XML to FILE (for CI).</source>
        <translation>Die Ergebnisse zusätzlich als JUnit-XML in DATEI schreiben (für CI).</translation>
    </message>
    <message>
        <source>Also write a report to FILE: Markdown (.md) or one HTML file (.html).</source>
        <translation>Zusätzlich einen Bericht in DATEI schreiben: Markdown (.md) oder eine HTML-Datei (.html).</translation>
    </message>
    <message>
        <source>Timeout without data, in ms.</source>
        <translation>Zeitlimit ohne Daten, in ms.</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>die Befehlszeile</translation>
    </message>
    <message>
        <source>--var takes NAME=VALUE, not &quot;%1&quot;.</source>
        <translation>--var erwartet NAME=WERT, nicht „%1“.</translation>
    </message>
    <message>
        <source>--var token=… would put the token on the command line, where other users of this computer can see it (ps, shell history): give it with FHIR_BULK_TOKEN or --token-stdin.</source>
        <translation>--var token=… würde das Token auf die Befehlszeile setzen, wo andere Benutzer dieses Computers es sehen (ps, Shell-Verlauf): geben Sie es mit FHIR_BULK_TOKEN oder --token-stdin an.</translation>
    </message>
    <message>
        <source>--report: the file must end in .md or .html (%1).</source>
        <translation>--report: die Datei muss auf .md oder .html enden (%1).</translation>
    </message>
    <message>
        <source>--%1: the folder %2 does not exist.</source>
        <translation>--%1: der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>{{token}} needs a token: FHIR_BULK_TOKEN, --token-stdin, --demo-token (the Sandbox), or --profile with a token saved in the keychain.</source>
        <translation>{{token}} braucht ein Token: FHIR_BULK_TOKEN, --token-stdin, --demo-token (die Sandbox) oder --profile mit einem im Schlüsselbund gespeicherten Token.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Likely cause: [%1] %2</source>
        <translation>Mögliche Ursache: [%1] %2</translation>
    </message>
    <message>
        <source>Not run: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>Cannot write the %1 %2: %3</source>
        <translation>%1 %2 kann nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>Wrote the %1 to %2</source>
        <translation>%1 nach %2 geschrieben</translation>
    </message>
    <message>
        <source>JUnit XML</source>
        <translation>JUnit-XML</translation>
    </message>
    <message>
        <source>Run of %1</source>
        <translation>Lauf von %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>A .http file or a Postman collection (.json); several run in order.</source>
        <translation>Eine .http-Datei oder eine Postman-Sammlung (.json); mehrere laufen der Reihe nach.</translation>
    </message>
    <message>
        <source>Runs saved requests (.http files, Postman collections) in order and checks their expectations (# @expect status 200, diagnosis CODE, cause CODE, header NAME). Exit 0 when every expectation held, 1 when one failed, 2 for a usage or file error (nothing is sent then).</source>
        <translation>Sendet gespeicherte Anfragen (.http-Dateien, Postman-Sammlungen) der Reihe nach und prüft ihre Erwartungen (# @expect status 200, diagnosis CODE, cause CODE, header NAME). Exit-Code 0, wenn jede Erwartung zutraf, 1, wenn eine nicht zutraf, 2 bei einem Bedienungs- oder Dateifehler (dann wird nichts gesendet).</translation>
    </message>
    <message>
        <source>Note (%1): %2</source>
        <translation>Hinweis (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>Interrupted after %n request(s).</source>
        <translation>
            <numerusform>Nach %n Anfrage unterbrochen.</numerusform>
            <numerusform>Nach %n Anfragen unterbrochen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunComparison</name>
    <message>
        <source>only in this run</source>
        <translation>nur in diesem Lauf</translation>
    </message>
    <message>
        <source>only in the earlier run</source>
        <translation>nur im früheren Lauf</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n check(s) changed</source>
        <translation>
            <numerusform>%1 von %n Prüfung geändert</numerusform>
            <numerusform>%1 von %n Prüfungen geändert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunJob</name>
    <message>
        <source>Run of saved requests</source>
        <translation>Lauf gespeicherter Anfragen</translation>
    </message>
    <message numerus="yes">
        <source>%n expectation(s) held, %1 failed</source>
        <translation>
            <numerusform>%n Erwartung erfüllt, %1 nicht erfüllt</numerusform>
            <numerusform>%n Erwartungen erfüllt, %1 nicht erfüllt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 von %2 · %3</translation>
    </message>
    <message>
        <source>%1 of %2: %3 · %4</source>
        <translation>%1 von %2: %3 · %4</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 requests · %3</source>
        <translation>Angehalten nach %1 von %2 Anfragen · %3</translation>
    </message>
</context>
<context>
    <name>RunPlanner</name>
    <message>
        <source>%1: %2 (request %3)</source>
        <translation>%1: %2 (Anfrage %3)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a usable URL (request %3)</source>
        <translation>%1: „%2“ ist keine verwendbare URL (Anfrage %3)</translation>
    </message>
    <message>
        <source>%1: {{token}} is the profile&apos;s token, and this request goes to %2, not to the profile&apos;s server %3: it is not sent there (request %4)</source>
        <translation>%1: {{token}} ist das Token des Profils, und diese Anfrage geht an %2, nicht an den Server des Profils %3: dorthin wird es nicht gesendet (Anfrage %4)</translation>
    </message>
    <message>
        <source>Sent without the profile&apos;s token: %1 is not the profile&apos;s server (%2).</source>
        <translation>Ohne das Token des Profils gesendet: %1 ist nicht der Server des Profils (%2).</translation>
    </message>
    <message>
        <source>Sent with the Authorization variant &quot;%1&quot;; the saved request sends the profile&apos;s token as Bearer.</source>
        <translation>Mit der Authorization-Variante „%1“ gesendet; die gespeicherte Anfrage sendet das Token des Profils als Bearer.</translation>
    </message>
    <message>
        <source>{{token}} needs a token: paste one in the token row (or Get token…).</source>
        <translation>{{token}} braucht ein Token: Fügen Sie eines in die Token-Zeile ein (oder „Token holen…“).</translation>
    </message>
    <message>
        <source>Define %1 in the file (@name = value) or in the profile&apos;s variables (Settings → Server profile and variables…).</source>
        <translation>Legen Sie %1 in der Datei fest (@name = Wert) oder in den Variablen des Profils (Einstellungen → Serverprofil und Variablen…).</translation>
    </message>
    <message>
        <source>The file has no requests.</source>
        <translation>Die Datei enthält keine Anfragen.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>RunSummary</name>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, no expectations.</source>
        <translation>%1, keine Erwartungen.</translation>
    </message>
    <message>
        <source>%1, %2: %3 held, %4 failed.</source>
        <translation>%1, %2: %3 erfüllt, %4 nicht erfüllt.</translation>
    </message>
    <message numerus="yes">
        <source>%n expectation(s)</source>
        <translation>
            <numerusform>%n Erwartung</numerusform>
            <numerusform>%n Erwartungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxDeviations</name>
    <message>
        <source>The manifest has no transactionTime</source>
        <translation>Das Manifest hat keine transactionTime</translation>
    </message>
    <message>
        <source>The manifest has no requiresAccessToken</source>
        <translation>Das Manifest hat kein requiresAccessToken</translation>
    </message>
    <message>
        <source>The manifest has no error array</source>
        <translation>Das Manifest hat kein error-Array</translation>
    </message>
    <message>
        <source>A file&apos;s first line is of another resourceType than the manifest says</source>
        <translation>Die erste Zeile einer Datei hat einen anderen resourceType, als das Manifest angibt</translation>
    </message>
    <message>
        <source>Export files are served as text/plain</source>
        <translation>Exportdateien werden als text/plain ausgeliefert</translation>
    </message>
    <message>
        <source>DELETE answers 202 but the export goes on (unknown exports too)</source>
        <translation>DELETE antwortet 202, aber der Export läuft weiter (auch bei unbekannten Exporten)</translation>
    </message>
    <message>
        <source>The kick-off ignores _type: every resource type is exported</source>
        <translation>Der Kick-off ignoriert _type: Jeder Ressourcentyp wird exportiert</translation>
    </message>
    <message>
        <source>401 Unauthorized comes without x-amzn-ErrorType</source>
        <translation>401 Unauthorized kommt ohne x-amzn-ErrorType</translation>
    </message>
    <message>
        <source>A repeated kick-off parameter keeps only its last value</source>
        <translation>Ein wiederholter Kick-off-Parameter behält nur seinen letzten Wert</translation>
    </message>
    <message>
        <source>The kick-off ignores _typeFilter</source>
        <translation>Der Kick-off ignoriert _typeFilter</translation>
    </message>
    <message>
        <source>The kick-off ignores _since: resources of any date are exported</source>
        <translation>Der Kick-off ignoriert _since: Ressourcen jeden Datums werden exportiert</translation>
    </message>
    <message>
        <source>A file holds two versions of one resource</source>
        <translation>Eine Datei enthält zwei Versionen derselben Ressource</translation>
    </message>
    <message>
        <source>A file URL that does not exist answers 200 with an empty body</source>
        <translation>Eine nicht vorhandene Datei-URL antwortet 200 mit leerem Inhalt</translation>
    </message>
    <message>
        <source>The manifest&apos;s error files hold resources that are not OperationOutcomes</source>
        <translation>Die Fehlerdateien des Manifests enthalten Ressourcen, die keine OperationOutcomes sind</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s errors come without the OAuth 2.0 error code</source>
        <translation>Die Fehler des Token-Endpunkts kommen ohne den OAuth-2.0-Fehlercode</translation>
    </message>
    <message>
        <source>An export is cancelled by a DELETE without a token</source>
        <translation>Ein Export wird durch ein DELETE ohne Token abgebrochen</translation>
    </message>
    <message>
        <source>The kick-off ignores the token&apos;s scope: any type is exported</source>
        <translation>Der Kick-off ignoriert den Scope des Tokens: Jeder Typ wird exportiert</translation>
    </message>
    <message>
        <source>The CapabilityStatement offers Patient-level and system-level $export, which are refused</source>
        <translation>Das CapabilityStatement bietet $export auf Patient-Ebene und auf Systemebene an, die aber abgelehnt werden</translation>
    </message>
    <message>
        <source>The token endpoint grants tokens without expires_in</source>
        <translation>Der Token-Endpunkt gibt Tokens ohne expires_in aus</translation>
    </message>
    <message>
        <source>The token endpoint takes a client assertion whose jti was used before</source>
        <translation>Der Token-Endpunkt nimmt eine Client-Zusicherung an, deren jti schon einmal verwendet wurde</translation>
    </message>
    <message>
        <source>The token endpoint takes a client assertion made for another token URL (aud)</source>
        <translation>Der Token-Endpunkt nimmt eine Client-Zusicherung an, die für eine andere Token-URL (aud) ausgestellt ist</translation>
    </message>
    <message>
        <source>The token endpoint takes a client assertion valid for longer than 5 minutes</source>
        <translation>Der Token-Endpunkt nimmt eine Client-Zusicherung an, die länger als 5 Minuten gültig ist</translation>
    </message>
    <message>
        <source>The manifest&apos;s deleted files hold batch Bundles, not transaction Bundles (with the deletions option)</source>
        <translation>Die deleted-Dateien des Manifests enthalten Bundles vom Typ batch statt transaction (mit der Option für Löschungen)</translation>
    </message>
    <message>
        <source>Deleted resources are still exported in the output files (with the deletions option)</source>
        <translation>Gelöschte Ressourcen werden weiter in den output-Dateien exportiert (mit der Option für Löschungen)</translation>
    </message>
    <message>
        <source>The manifest never lists deleted resources, even with _since (with the deletions option)</source>
        <translation>Das Manifest nennt nie gelöschte Ressourcen, auch nicht mit _since (mit der Option für Löschungen)</translation>
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
        <translation>Basis-&amp;URL kopieren</translation>
    </message>
    <message>
        <source>Misbehave on purpose (applies at once)</source>
        <translation>Absichtlich fehlerhaft verhalten (gilt sofort)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Time until the manifest is ready</source>
        <translation>Zeit, bis das Manifest bereitsteht</translation>
    </message>
    <message>
        <source>&amp;Retry hint:</source>
        <translation>&amp;Warte-Hinweis:</translation>
    </message>
    <message>
        <source>How the 202 answers ask the client to wait</source>
        <translation>Wie die 202-Antworten den Client warten lassen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The wait each 202 asks for</source>
        <translation>Die Wartezeit, die jede 202 verlangt</translation>
    </message>
    <message>
        <source>Answer &amp;429 to polls that come too soon</source>
        <translation>Zu frühe Abfragen mit &amp;429 beantworten</translation>
    </message>
    <message>
        <source>&amp;Transient 500s before progress:</source>
        <translation>&amp;Vorübergehende 500er vor dem Fortschritt:</translation>
    </message>
    <message>
        <source>The next N polls answer 500 with issue.code transient</source>
        <translation>Die nächsten N Abfragen antworten mit 500 und issue.code transient</translation>
    </message>
    <message>
        <source>The export job &amp;fails (500 + OperationOutcome)</source>
        <translation>Der Exportauftrag &amp;scheitert (500 + OperationOutcome)</translation>
    </message>
    <message>
        <source>The manifest lists an &amp;error file</source>
        <translation>Das Manifest nennt eine &amp;Fehlerdatei</translation>
    </message>
    <message>
        <source>Manifest outputs without &amp;count</source>
        <translation>Manifest-Ausgaben ohne &amp;count</translation>
    </message>
    <message>
        <source>Files e&amp;xpire after:</source>
        <translation>Dateien ve&amp;rfallen nach:</translation>
    </message>
    <message>
        <source>0: never</source>
        <translation>0: nie</translation>
    </message>
    <message>
        <source>&amp;Drop the connection in the middle of a file</source>
        <translation>Verbindung mitten in einer Datei &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Latency on every call:</source>
        <translation>&amp;Latenz bei jedem Aufruf:</translation>
    </message>
    <message>
        <source>Back to &amp;normal</source>
        <translation>&amp;Normalzustand</translation>
    </message>
    <message>
        <source>Retry-After: seconds</source>
        <translation>Retry-After: Sekunden</translation>
    </message>
    <message>
        <source>Retry-After: HTTP-date</source>
        <translation>Retry-After: HTTP-Datum</translation>
    </message>
    <message>
        <source>X-RetryAfter (vendor sample, non-standard)</source>
        <translation>X-RetryAfter (Herstellerbeispiel, nicht standardisiert)</translation>
    </message>
    <message>
        <source>No hint</source>
        <translation>Kein Hinweis</translation>
    </message>
    <message>
        <source>The Sandbox demo token is on the clipboard (it works on this Sandbox only).</source>
        <translation>Das Demo-Token der Sandbox liegt in der Zwischenablage (es gilt nur für diese Sandbox).</translation>
    </message>
    <message>
        <source>Slo&amp;w downloads:</source>
        <translation>Langsa&amp;me Downloads:</translation>
    </message>
    <message>
        <source> KiB/s</source>
        <translation> KiB/s</translation>
    </message>
    <message>
        <source>full speed</source>
        <translation>volle Geschwindigkeit</translation>
    </message>
    <message>
        <source>Export files trickle out at this rate</source>
        <translation>Exportdateien werden mit dieser Rate ausgeliefert</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Every export manifest also lists a synthetic Observation file of this size</source>
        <translation>Jedes Export-Manifest enthält zusätzlich eine synthetische Observation-Datei dieser Größe</translation>
    </message>
    <message>
        <source>Save demo &amp;JWT key…</source>
        <translation>Demo-&amp;JWT-Schlüssel speichern…</translation>
    </message>
    <message>
        <source>The private key of the private_key_jwt demo client, made for this run of the Sandbox</source>
        <translation>Der private Schlüssel des private_key_jwt-Demo-Clients, erzeugt für diesen Lauf der Sandbox</translation>
    </message>
    <message>
        <source>&lt;b&gt;Base URL&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Token URL&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Demo client&lt;/b&gt; %3 / secret %4 (Sandbox only)&lt;br&gt;&lt;b&gt;Demo JWT client&lt;/b&gt; %5 (private_key_jwt, ES384, a key made for this run: Save demo JWT key…)&lt;br&gt;Tokens are HS256 JWTs signed with a key of this run; other private_key_jwt clients are registered by the Get token dialog.</source>
        <translation>&lt;b&gt;Basis-URL&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Token-URL&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Demo-Client&lt;/b&gt; %3 / Secret %4 (nur Sandbox)&lt;br&gt;&lt;b&gt;Demo-JWT-Client&lt;/b&gt; %5 (private_key_jwt, ES384, ein Schlüssel für diesen Lauf: Demo-JWT-Schlüssel speichern…)&lt;br&gt;Tokens sind HS256-JWTs, signiert mit einem Schlüssel dieses Laufs; weitere private_key_jwt-Clients registriert der Dialog „Token holen“.</translation>
    </message>
    <message>
        <source>Save the demo JWT client&apos;s private key</source>
        <translation>Privaten Schlüssel des Demo-JWT-Clients speichern</translation>
    </message>
    <message>
        <source>PEM files (*.pem)</source>
        <translation>PEM-Dateien (*.pem)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved the demo JWT key to %1 (client id %2).</source>
        <translation>Demo-JWT-Schlüssel nach %1 gespeichert (Client-ID %2).</translation>
    </message>
    <message>
        <source>Copy demo t&amp;oken</source>
        <translation>Demo-Token k&amp;opieren</translation>
    </message>
    <message>
        <source>Export durat&amp;ion:</source>
        <translation>Export-&amp;Dauer:</translation>
    </message>
    <message>
        <source>Retry w&amp;ait:</source>
        <translation>Wartez&amp;eit:</translation>
    </message>
    <message>
        <source>Access token lifeti&amp;me:</source>
        <translation>Le&amp;bensdauer der Zugriffstokens:</translation>
    </message>
    <message>
        <source>Extra lar&amp;ge file in exports:</source>
        <translation>Extra &amp;große Datei in Exporten:</translation>
    </message>
    <message>
        <source>Group reads o&amp;pen to anyone (no token check, as on the SMART reference server)</source>
        <translation>Group-Lesezugriffe für alle offen (keine To&amp;ken-Prüfung, wie beim SMART-Referenzserver)</translation>
    </message>
    <message>
        <source>Group search and read answer whatever the Authorization header says; kick-off, status and files still need a valid token</source>
        <translation>Group-Suche und -Lesen antworten unabhängig vom Authorization-Header; Kick-off, Status und Dateien verlangen weiter ein gültiges Token</translation>
    </message>
    <message>
        <source>Deviate from the documentation (for conformance demos)</source>
        <translation>Von der Dokumentation abweichen (für Konformitäts-Demos)</translation>
    </message>
    <message>
        <source>Each switch breaks one documented behaviour of the Sandbox. Tools → Check this server… then shows exactly its checks failing; fhir-bulk sandbox --deviate NAME does the same from a terminal.</source>
        <translation>Jeder Schalter setzt ein dokumentiertes Verhalten der Sandbox außer Kraft. Werkzeuge → Diesen Server prüfen… zeigt dann genau dessen Prüfungen als nicht bestanden; fhir-bulk sandbox --deviate NAME tut dasselbe im Terminal.</translation>
    </message>
    <message>
        <source>Deleted re&amp;sources, listed in the manifest with _since (Bulk Data IG 2.0)</source>
        <translation>Gelöschte Ressourcen, &amp;im Manifest bei _since genannt (Bulk Data IG 2.0)</translation>
    </message>
    <message>
        <source>Five resources are deleted in 2025 and left out of every export; a kick-off with _since before them lists them in the manifest&apos;s deleted files. HAPI 5.7.6, the vendor&apos;s server, has no deletions.</source>
        <translation>Fünf Ressourcen werden 2025 gelöscht und fehlen in jedem Export; ein Kick-off mit _since davor nennt sie in den deleted-Dateien des Manifests. HAPI 5.7.6, der Server des Anbieters, kennt keine Löschungen.</translation>
    </message>
</context>
<context>
    <name>SavedRequests</name>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>%1 (again)</source>
        <translation>%1 (erneut)</translation>
    </message>
</context>
<context>
    <name>ScopeChecks</name>
    <message>
        <source>Conformance: export kick-off for %1 with a token scoped for Patient only</source>
        <translation>Konformität: Export-Kick-off für %1 mit einem Token, dessen Scope nur Patient umfasst</translation>
    </message>
    <message>
        <source>the kick-off was refused (%1)</source>
        <translation>der Kick-off wurde abgelehnt (%1)</translation>
    </message>
    <message numerus="yes">
        <source>the kick-off was accepted and the export holds %n %1 resource(s), which the token&apos;s scope (system/Patient.read) does not cover</source>
        <translation>
            <numerusform>der Kick-off wurde angenommen, und der Export enthält %n Ressource vom Typ %1, die der Scope des Tokens (system/Patient.read) nicht abdeckt</numerusform>
            <numerusform>der Kick-off wurde angenommen, und der Export enthält %n Ressourcen vom Typ %1, die der Scope des Tokens (system/Patient.read) nicht abdeckt</numerusform>
        </translation>
    </message>
    <message>
        <source>the kick-off was accepted; the export holds no %1</source>
        <translation>der Kick-off wurde angenommen; der Export enthält keine Ressource vom Typ %1</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>The answer is not JSON (%1 at byte %2).</source>
        <translation>Die Antwort ist kein JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The answer is a %1, not a Bundle.</source>
        <translation>Die Antwort ist ein %1, kein Bundle.</translation>
    </message>
</context>
<context>
    <name>SendController</name>
    <message>
        <source>The Examples reproduce the vendor&apos;s documentation page on the built-in Sandbox. On &quot;%1&quot; this one is a real call: %2 %3 (Authorization: %4).</source>
        <translation>Die Beispiele spielen die Dokumentationsseite des Anbieters auf der eingebauten Sandbox nach. Auf „%1“ ist dieses ein echter Aufruf: %2 %3 (Autorisierung: %4).</translation>
    </message>
    <message>
        <source>This is PRODUCTION: real patient data, and every call is logged by the vendor.</source>
        <translation>Dies ist PRODUKTION: echte Patientendaten, und der Anbieter protokolliert jeden Aufruf.</translation>
    </message>
    <message>
        <source>Run the example on %1?</source>
        <translation>Das Beispiel auf %1 ausführen?</translation>
    </message>
    <message>
        <source>Switch to the Sandbox</source>
        <translation>Zur Sandbox wechseln</translation>
    </message>
    <message>
        <source>Send to %1</source>
        <translation>An %1 senden</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Waiting for %1 …</source>
        <translation>Warte auf %1 …</translation>
    </message>
</context>
<context>
    <name>ServerProfile</name>
    <message>
        <source>sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>eigene</translation>
    </message>
    <message>
        <source>Sandbox (built-in)</source>
        <translation>Sandbox (eingebaut)</translation>
    </message>
    <message>
        <source>Netsmart Production</source>
        <translation>Netsmart Produktion</translation>
    </message>
    <message>
        <source>Netsmart Preview</source>
        <translation>Netsmart Vorschau</translation>
    </message>
</context>
<context>
    <name>ServerSession</name>
    <message>
        <source>Read CapabilityStatement</source>
        <translation>CapabilityStatement lesen</translation>
    </message>
    <message>
        <source>Same resource as XML, for the viewer</source>
        <translation>Dieselbe Ressource als XML, für die Anzeige</translation>
    </message>
    <message>
        <source>Same resource as JSON, for the viewer</source>
        <translation>Dieselbe Ressource als JSON, für die Anzeige</translation>
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
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1 has no resourceType; it should be a %2</source>
        <translation>Zeile %1 hat keinen resourceType; sie sollte ein %2 sein</translation>
    </message>
    <message>
        <source>line %1 is a %2, not a %3</source>
        <translation>Zeile %1 ist ein %2, kein %3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 ended after %2 of its %3 bytes</source>
        <translation>%1 endete nach %2 seiner %3 Bytes</translation>
    </message>
</context>
<context>
    <name>SupportBundleDialog</name>
    <message>
        <source>Create support bundle</source>
        <translation>Support-Paket erstellen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;One file for vendor support: &lt;b&gt;%n call(s)&lt;/b&gt; as HAR 1.2 (it opens in browser devtools and HAR viewers), with the summary below at its top.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Included:&lt;/b&gt; each call&apos;s method, URL, request and response headers, bodies, times, status and diagnosis; the app, Qt and OS versions; the server&apos;s base URL; the token&apos;s length and SHA-256 fingerprint.&lt;br&gt;&lt;b&gt;Not included:&lt;/b&gt; the token (every Authorization header shows only its length and fingerprint), client secrets, private keys and client assertions.&lt;/p&gt;&lt;p&gt;Bodies may hold patient data: share the file the way your agreement with the vendor says.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Eine Datei für den Support des Anbieters: &lt;b&gt;%n Aufruf&lt;/b&gt; als HAR 1.2 (öffnet sich in den Entwicklerwerkzeugen von Browsern und in HAR-Betrachtern), mit der Zusammenfassung unten an ihrem Anfang.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Enthalten:&lt;/b&gt; Methode, URL, Anfrage- und Antwort-Header, Bodys, Zeiten, Status und Diagnose jedes Aufrufs; die Versionen von App, Qt und Betriebssystem; die Basis-URL des Servers; Länge und SHA-256-Fingerabdruck des Tokens.&lt;br&gt;&lt;b&gt;Nicht enthalten:&lt;/b&gt; das Token (jeder Authorization-Header zeigt nur Länge und Fingerabdruck), Client-Secrets, private Schlüssel und Client-Assertions.&lt;/p&gt;&lt;p&gt;Bodys können Patientendaten enthalten: geben Sie die Datei so weiter, wie es Ihre Vereinbarung mit dem Anbieter vorsieht.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Eine Datei für den Support des Anbieters: &lt;b&gt;%n Aufrufe&lt;/b&gt; als HAR 1.2 (öffnet sich in den Entwicklerwerkzeugen von Browsern und in HAR-Betrachtern), mit der Zusammenfassung unten an ihrem Anfang.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Enthalten:&lt;/b&gt; Methode, URL, Anfrage- und Antwort-Header, Bodys, Zeiten, Status und Diagnose jedes Aufrufs; die Versionen von App, Qt und Betriebssystem; die Basis-URL des Servers; Länge und SHA-256-Fingerabdruck des Tokens.&lt;br&gt;&lt;b&gt;Nicht enthalten:&lt;/b&gt; das Token (jeder Authorization-Header zeigt nur Länge und Fingerabdruck), Client-Secrets, private Schlüssel und Client-Assertions.&lt;/p&gt;&lt;p&gt;Bodys können Patientendaten enthalten: geben Sie die Datei so weiter, wie es Ihre Vereinbarung mit dem Anbieter vorsieht.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Save the support bundle</source>
        <translation>Support-Paket speichern</translation>
    </message>
    <message>
        <source>HTTP Archive (*.har)</source>
        <translation>HTTP-Archiv (*.har)</translation>
    </message>
    <message>
        <source>The bundle could not be written to %1: %2</source>
        <translation>Das Paket konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>TlsEvidence</name>
    <message>
        <source>no PEM certificate in the file</source>
        <translation>kein PEM-Zertifikat in der Datei</translation>
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
        <translation>Zugriffstoken einfügen</translation>
    </message>
    <message>
        <source>Kept in the OS keychain, never in a file; logs and copies show its length and fingerprint, never the token</source>
        <translation>Im Schlüsselbund des Betriebssystems gespeichert, nie in einer Datei; Protokolle und Kopien zeigen Länge und Fingerabdruck, nie das Token</translation>
    </message>
    <message>
        <source>&amp;Get token…</source>
        <translation>Token ho&amp;len…</translation>
    </message>
    <message>
        <source>Obtain an access token from the token endpoint with a client secret (client_credentials)</source>
        <translation>Ein Zugriffstoken mit Client-Geheimnis vom Token-Endpunkt holen (client_credentials)</translation>
    </message>
    <message>
        <source>Token health check: reach the server, then try the token on one authenticated call (Ctrl+K)</source>
        <translation>Token-Gesundheitstest: den Server erreichen, dann das Token an einem authentifizierten Aufruf ausprobieren (Strg+K)</translation>
    </message>
    <message>
        <source>&amp;Inspect…</source>
        <translation>Anal&amp;ysieren…</translation>
    </message>
    <message>
        <source>Check the token for pasting mistakes and show its claims (Ctrl+T)</source>
        <translation>Das Token auf Einfügefehler analysieren und seine Claims zeigen (Strg+T)</translation>
    </message>
    <message>
        <source>Use demo token</source>
        <translation>Demo-Token verwenden</translation>
    </message>
    <message>
        <source>Fill in the Sandbox&apos;s demo access token</source>
        <translation>Das Demo-Zugriffstoken der Sandbox einsetzen</translation>
    </message>
    <message>
        <source>The token changed: checking it again …</source>
        <translation>Das Token hat sich geändert: es wird erneut geprüft …</translation>
    </message>
    <message>
        <source>Checking the token against %1 …</source>
        <translation>Prüfe das Token gegen %1 …</translation>
    </message>
    <message>
        <source>The token expires in %1.</source>
        <translation>Das Token läuft in %1 ab.</translation>
    </message>
    <message>
        <source>The token expired %1 ago: check again or get a new one.</source>
        <translation>Das Token ist vor %1 abgelaufen: erneut prüfen oder ein neues holen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 Token check: %2&lt;/b&gt; — %3&lt;br&gt;%4 %5&lt;br&gt;Calls in the log: %6</source>
        <translation>&lt;b&gt;%1 Token-Test: %2&lt;/b&gt; — %3&lt;br&gt;%4 %5&lt;br&gt;Aufrufe im Protokoll: %6</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>kein Token</translation>
    </message>
    <message>
        <source>%1 chars, sha256 %2</source>
        <translation>%1 Zeichen, sha256 %2</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>läuft ab in %1</translation>
    </message>
    <message>
        <source>EXPIRED %1 ago</source>
        <translation>ABGELAUFEN vor %1</translation>
    </message>
    <message>
        <source>contains a control character: it will not be sent</source>
        <translation>enthält ein Steuerzeichen: es wird nicht gesendet</translation>
    </message>
    <message>
        <source>A line break or other control character would end the Authorization header; requests with this token are refused before anything is sent.</source>
        <translation>Ein Zeilenumbruch oder anderes Steuerzeichen würde den Authorization-Header beenden; Anfragen mit diesem Token werden abgelehnt, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 Get token failed&lt;/b&gt; — %2&lt;br&gt;Call in the log: &lt;a href=&quot;call:%3&quot;&gt;#%3&lt;/a&gt;</source>
        <translation>&lt;b&gt;%1 Token holen fehlgeschlagen&lt;/b&gt; — %2&lt;br&gt;Aufruf im Protokoll: &lt;a href=&quot;call:%3&quot;&gt;#%3&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Teste&amp;n</translation>
    </message>
    <message>
        <source>Life:</source>
        <translation>Lebensdauer:</translation>
    </message>
</context>
<context>
    <name>TokenChecks</name>
    <message>
        <source>no OAuth 2.0 error code (&quot;error&quot;) in the body</source>
        <translation>kein OAuth-2.0-Fehlercode („error“) im Inhalt</translation>
    </message>
    <message>
        <source>error &quot;%1&quot;, expected %2</source>
        <translation>Fehler „%1“, erwartet war %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Conformance: read the SMART configuration for the token endpoint</source>
        <translation>Konformität: die SMART-Konfiguration für den Token-Endpunkt lesen</translation>
    </message>
    <message>
        <source>the SMART configuration names no token endpoint</source>
        <translation>die SMART-Konfiguration nennt keinen Token-Endpunkt</translation>
    </message>
    <message>
        <source>Conformance: token request with an unsupported grant_type</source>
        <translation>Konformität: Token-Anfrage mit nicht unterstütztem grant_type</translation>
    </message>
    <message>
        <source>Conformance: token request with an unknown assertion type</source>
        <translation>Konformität: Token-Anfrage mit unbekanntem Assertion-Typ</translation>
    </message>
    <message>
        <source>Conformance: token request with an assertion that does not verify</source>
        <translation>Konformität: Token-Anfrage mit einer Assertion, deren Signatur nicht prüfbar ist</translation>
    </message>
    <message>
        <source>call %1: no error_description or error_uri</source>
        <translation>Aufruf %1: kein error_description oder error_uri</translation>
    </message>
</context>
<context>
    <name>TokenClaimsModel</name>
    <message>
        <source>expires</source>
        <translation>läuft ab</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>ausgestellt</translation>
    </message>
    <message>
        <source>not valid before</source>
        <translation>nicht gültig vor</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>audience: the API it is meant for</source>
        <translation>Zielgruppe: die API, für die es bestimmt ist</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>what it may do</source>
        <translation>was es darf</translation>
    </message>
    <message>
        <source>unique token id</source>
        <translation>eindeutige Token-ID</translation>
    </message>
    <message>
        <source>%1: expires in %2</source>
        <translation>%1: läuft ab in %2</translation>
    </message>
    <message>
        <source>%1: EXPIRED %2 ago</source>
        <translation>%1: ABGELAUFEN vor %2</translation>
    </message>
    <message>
        <source>%1: in %2 (in the future!)</source>
        <translation>%1: in %2 (in der Zukunft!)</translation>
    </message>
    <message>
        <source>%1: %2 ago</source>
        <translation>%1: vor %2</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
</context>
<context>
    <name>TokenClient</name>
    <message>
        <source>The token endpoint does not know this client, or the secret is wrong.</source>
        <translation>Der Token-Endpunkt kennt diesen Client nicht, oder das Geheimnis ist falsch.</translation>
    </message>
    <message>
        <source>The grant was refused: for a signed assertion check aud (the token URL), exp (at most 5 minutes ahead), jti (new each time) and this computer&apos;s clock.</source>
        <translation>Die Berechtigung wurde verweigert: prüfen Sie bei einer signierten Zusicherung aud (die Token-URL), exp (höchstens 5 Minuten voraus), jti (jedes Mal neu) und die Uhr dieses Rechners.</translation>
    </message>
    <message>
        <source>The scope asked for is not allowed for this client (backend clients ask for system/ scopes).</source>
        <translation>Der angefragte Scope ist für diesen Client nicht erlaubt (Backend-Clients fragen system/-Scopes an).</translation>
    </message>
    <message>
        <source>The token endpoint does not accept grant_type=client_credentials.</source>
        <translation>Der Token-Endpunkt akzeptiert grant_type=client_credentials nicht.</translation>
    </message>
    <message>
        <source>This client may not use this grant type.</source>
        <translation>Dieser Client darf diese Berechtigungsart nicht verwenden.</translation>
    </message>
    <message>
        <source>The token endpoint refused the request (%1).</source>
        <translation>Der Token-Endpunkt hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>It says: %1</source>
        <translation>Er sagt: %1</translation>
    </message>
    <message>
        <source>Obtain access token</source>
        <translation>Zugriffstoken holen</translation>
    </message>
    <message>
        <source>Token obtained: %1, valid %2 s, scope %3.</source>
        <translation>Token erhalten: %1, gültig %2 s, Scope %3.</translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1 without an OAuth error.</source>
        <translation>Der Token-Endpunkt antwortete mit HTTP %1 ohne OAuth-Fehler.</translation>
    </message>
    <message>
        <source>The private key cannot sign: %1</source>
        <translation>Der private Schlüssel kann nicht signieren: %1</translation>
    </message>
</context>
<context>
    <name>TokenEndpointDiscovery</name>
    <message>
        <source>Discover token endpoint</source>
        <translation>Token-Endpunkt ermitteln</translation>
    </message>
</context>
<context>
    <name>TokenGrantChecks</name>
    <message>
        <source>Conformance: token request with a correct client assertion</source>
        <translation>Konformität: Token-Anfrage mit einer korrekten Client-Zusicherung</translation>
    </message>
    <message>
        <source>Conformance: the same client assertion again (its jti replayed)</source>
        <translation>Konformität: dieselbe Client-Zusicherung noch einmal (ihre jti wiederverwendet)</translation>
    </message>
    <message>
        <source>Conformance: client assertion whose aud is not the token URL</source>
        <translation>Konformität: Client-Zusicherung, deren aud nicht die Token-URL ist</translation>
    </message>
    <message>
        <source>Conformance: client assertion whose sub is not its iss</source>
        <translation>Konformität: Client-Zusicherung, deren sub nicht ihr iss ist</translation>
    </message>
    <message>
        <source>Conformance: client assertion that expires in an hour</source>
        <translation>Konformität: Client-Zusicherung, die erst in einer Stunde abläuft</translation>
    </message>
    <message>
        <source>call %1 answered %2</source>
        <translation>Aufruf %1 antwortete %2</translation>
    </message>
    <message>
        <source>refused, but SMART asks for invalid_client: %1</source>
        <translation>abgelehnt, aber SMART verlangt invalid_client: %1</translation>
    </message>
    <message>
        <source>the assertion was not accepted the first time (call %1), so its replay proves nothing</source>
        <translation>die Zusicherung wurde schon beim ersten Mal nicht angenommen (Aufruf %1), ihre Wiederholung beweist also nichts</translation>
    </message>
    <message>
        <source>%1 (call %2): %3</source>
        <translation>%1 (Aufruf %2): %3</translation>
    </message>
    <message>
        <source>the private key cannot sign a client assertion: %1</source>
        <translation>der private Schlüssel kann keine Client-Zusicherung signieren: %1</translation>
    </message>
    <message>
        <source>no token URL: the profile&apos;s token request and the SMART configuration name none</source>
        <translation>keine Token-URL: weder die Token-Anfrage des Profils noch die SMART-Konfiguration nennt eine</translation>
    </message>
    <message>
        <source>no access_token</source>
        <translation>kein access_token</translation>
    </message>
    <message>
        <source>no token_type</source>
        <translation>kein token_type</translation>
    </message>
    <message>
        <source>token_type &quot;%1&quot;, expected &quot;bearer&quot;</source>
        <translation>token_type „%1“, erwartet „bearer“</translation>
    </message>
    <message>
        <source>expires_in is not a number</source>
        <translation>expires_in ist keine Zahl</translation>
    </message>
    <message>
        <source>no expires_in (the token&apos;s lifetime in seconds)</source>
        <translation>kein expires_in (die Lebensdauer des Tokens in Sekunden)</translation>
    </message>
    <message>
        <source>no scope (the scopes granted)</source>
        <translation>kein scope (die gewährten Scopes)</translation>
    </message>
    <message>
        <source>accepted: 200 with a token</source>
        <translation>angenommen: 200 mit einem Token</translation>
    </message>
    <message>
        <source>no private key for a client assertion: choose a profile whose token request signs with a key (private_key_jwt), or the Sandbox</source>
        <translation>kein privater Schlüssel für eine Client-Zusicherung: wählen Sie ein Profil, dessen Token-Anfrage mit einem Schlüssel signiert (private_key_jwt), oder die Sandbox</translation>
    </message>
</context>
<context>
    <name>TokenHealthCheck</name>
    <message>
        <source>Token health check</source>
        <translation>Token-Gesundheitstest</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Der Server war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>There is no token: the gateway answers 401 Unauthorized.</source>
        <translation>Es gibt kein Token: das Gateway antwortet mit 401 Unauthorized.</translation>
    </message>
    <message>
        <source>Paste an access token, or obtain one from the token endpoint.</source>
        <translation>Fügen Sie ein Zugriffstoken ein oder holen Sie eines vom Token-Endpunkt.</translation>
    </message>
    <message>
        <source>The token is blank: only whitespace was pasted.</source>
        <translation>Das Token ist leer: es wurde nur Leerraum eingefügt.</translation>
    </message>
    <message>
        <source>Paste the access_token value from the token response.</source>
        <translation>Fügen Sie den Wert access_token aus der Token-Antwort ein.</translation>
    </message>
    <message>
        <source>The gateway let the probe through (%1, %2).</source>
        <translation>Das Gateway hat die Probe durchgelassen (%1, %2).</translation>
    </message>
    <message>
        <source>It has pasting mistakes the server tolerated; see the token inspector.</source>
        <translation>Es hat Einfügefehler, die der Server toleriert hat; siehe Token-Analyse.</translation>
    </message>
    <message>
        <source>The token works for %1.</source>
        <translation>Das Token funktioniert für %1.</translation>
    </message>
    <message>
        <source>The token expired %1 ago (%2).</source>
        <translation>Das Token ist vor %1 abgelaufen (%2).</translation>
    </message>
    <message>
        <source>Get a new token; no refresh exists for backend services.</source>
        <translation>Holen Sie ein neues Token; für Backend-Dienste gibt es keine Erneuerung.</translation>
    </message>
    <message>
        <source>The token was issued for %1, not for %2.</source>
        <translation>Das Token wurde für %1 ausgestellt, nicht für %2.</translation>
    </message>
    <message>
        <source>Use a token from %1&apos;s token endpoint, or switch the profile.</source>
        <translation>Verwenden Sie ein Token vom Token-Endpunkt von %1 oder wechseln Sie das Profil.</translation>
    </message>
    <message>
        <source>The token is malformed: %1</source>
        <translation>Das Token ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>The gateway rejected the token (%1).</source>
        <translation>Das Gateway hat das Token abgelehnt (%1).</translation>
    </message>
    <message>
        <source>It is well formed but not accepted: revoked, issued for another client, or for another API.</source>
        <translation>Es ist wohlgeformt, wird aber nicht akzeptiert: widerrufen, für einen anderen Client oder eine andere API ausgestellt.</translation>
    </message>
    <message>
        <source>The token is valid but lacks the scope for this request.</source>
        <translation>Das Token ist gültig, aber ihm fehlt der Scope für diese Anfrage.</translation>
    </message>
    <message>
        <source>Its scope: %1</source>
        <translation>Sein Scope: %1</translation>
    </message>
    <message>
        <source>The authenticated probe failed: %1</source>
        <translation>Die authentifizierte Probe ist gescheitert: %1</translation>
    </message>
    <message>
        <source>The probe was refused: %1</source>
        <translation>Die Probe wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>There is no token: the server answers %1.</source>
        <translation>Es gibt kein Token: der Server antwortet %1.</translation>
    </message>
    <message>
        <source> The server did not check it: its probe (%1) answered %2 anyway.</source>
        <translation> Der Server hat es nicht geprüft: seine Probe (%1) antwortete trotzdem %2.</translation>
    </message>
    <message>
        <source>The token is not valid yet (its nbf is in the future).</source>
        <translation>Das Token ist noch nicht gültig (sein nbf liegt in der Zukunft).</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock, or wait.</source>
        <translation>Prüfen Sie die Uhr dieses Computers, oder warten Sie.</translation>
    </message>
    <message>
        <source>The server accepted the probe (%1, %2).</source>
        <translation>Der Server hat die Probe angenommen (%1, %2).</translation>
    </message>
    <message>
        <source>Token health check: the same request without the token</source>
        <translation>Token-Gesundheitstest: dieselbe Anfrage ohne das Token</translation>
    </message>
    <message>
        <source>Without the token the same request is refused (%1, %2).</source>
        <translation>Ohne das Token wird dieselbe Anfrage abgelehnt (%1, %2).</translation>
    </message>
    <message>
        <source>This server did not check the token: it answers the probe without one.</source>
        <translation>Dieser Server hat das Token nicht geprüft: er beantwortet die Probe auch ohne.</translation>
    </message>
    <message>
        <source>%1 answered %2 with the token and without it, and the server offers no kick-off to try instead. Whether the token is good shows only when a protected call is made (an export).</source>
        <translation>%1 antwortete mit dem Token und ohne es %2, und der Server bietet keinen Kick-off, der sich stattdessen probieren ließe. Ob das Token gut ist, zeigt sich erst bei einem geschützten Aufruf (einem Export).</translation>
    </message>
    <message>
        <source>Token health check: a kick-off with the token (cancelled at once)</source>
        <translation>Token-Gesundheitstest: ein Kick-off mit dem Token (sofort abgebrochen)</translation>
    </message>
    <message>
        <source>Token health check: a kick-off without the token</source>
        <translation>Token-Gesundheitstest: ein Kick-off ohne das Token</translation>
    </message>
    <message>
        <source>Token health check: cancel the job the kick-off started</source>
        <translation>Token-Gesundheitstest: den vom Kick-off gestarteten Auftrag abbrechen</translation>
    </message>
    <message>
        <source>%1 answered %2 with the token and without it; a kick-off without the token was not refused for want of one either (%3), so no call showed that the token is checked.</source>
        <translation>%1 antwortete mit dem Token und ohne es %2; auch ein Kick-off ohne Token wurde nicht mangels Token abgelehnt (%3), also hat kein Aufruf gezeigt, dass das Token geprüft wird.</translation>
    </message>
    <message>
        <source>This server did not check the token: it starts exports without one.</source>
        <translation>Dieser Server hat das Token nicht geprüft: er startet Exporte auch ohne.</translation>
    </message>
    <message>
        <source>A kick-off was accepted without the token (%1) and with it (%2); both jobs were cancelled at once.</source>
        <translation>Ein Kick-off wurde ohne das Token (%1) und mit ihm (%2) angenommen; beide Aufträge wurden sofort abgebrochen.</translation>
    </message>
    <message>
        <source>A kick-off is refused without the token and accepted with it (%1); the job was cancelled at once.</source>
        <translation>Ein Kick-off wird ohne das Token abgelehnt und mit ihm angenommen (%1); der Auftrag wurde sofort abgebrochen.</translation>
    </message>
    <message>
        <source>A kick-off is refused without the token; with it, the server got past its authorization and answered %1.</source>
        <translation>Ein Kick-off wird ohne das Token abgelehnt; mit ihm kam der Server über seine Autorisierung hinaus und antwortete %1.</translation>
    </message>
    <message>
        <source>Group reads answer here without a token; the kick-off, which checks it, refused it. %1</source>
        <translation>Group-Lesezugriffe antworten hier auch ohne Token; der Kick-off, der es prüft, hat es abgelehnt. %1</translation>
    </message>
    <message>
        <source>The pasted text also has a pasting mistake (%1); the check sent the token without it.</source>
        <translation>Der eingefügte Text enthält außerdem einen Einfügefehler (%1); die Prüfung hat das Token ohne ihn gesendet.</translation>
    </message>
</context>
<context>
    <name>TokenInspectorDialog</name>
    <message>
        <source>Token inspector</source>
        <translation>Token-Analyse</translation>
    </message>
    <message>
        <source>&amp;Token to inspect (leave empty for the active profile&apos;s token):</source>
        <translation>&amp;Zu prüfendes Token (leer lassen für das Token des aktiven Profils):</translation>
    </message>
    <message>
        <source>Paste a token here to check it before you use it</source>
        <translation>Fügen Sie hier ein Token ein, um es vor der Verwendung zu prüfen</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>&amp;Claims</translation>
    </message>
    <message>
        <source>&amp;Header and payload</source>
        <translation>&amp;Header und Nutzdaten</translation>
    </message>
    <message>
        <source>&amp;Use the cleaned token</source>
        <translation>Bereinigtes Token &amp;verwenden</translation>
    </message>
    <message>
        <source>Put the token without the whitespace, quotes and &quot;Bearer &quot; found above into the Token field</source>
        <translation>Das Token ohne die oben gefundenen Leerzeichen, Anführungszeichen und „Bearer “ in das Token-Feld setzen</translation>
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
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>Header:
%1
Payload:
%2
The signature is not checked here.</source>
        <translation>Header:
%1
Nutzdaten:
%2
Die Signatur wird hier nicht geprüft.</translation>
    </message>
    <message>
        <source>Not a JWT: there is no header or payload to show.</source>
        <translation>Kein JWT: es gibt keinen Header und keine Nutzdaten zu zeigen.</translation>
    </message>
    <message>
        <source>Token of %1</source>
        <translation>Token von %1</translation>
    </message>
    <message>
        <source>Pasted token</source>
        <translation>Eingefügtes Token</translation>
    </message>
    <message>
        <source>%1 chars, sha256 %2</source>
        <translation>%1 Zeichen, sha256 %2</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Expires in %1.</source>
        <translation>Läuft ab in %1.</translation>
    </message>
    <message>
        <source>Expired %1 ago.</source>
        <translation>Abgelaufen vor %1.</translation>
    </message>
    <message>
        <source>The token names no audience or issuer: it cannot be matched to a server.</source>
        <translation>Das Token nennt weder Zielgruppe noch Aussteller: es lässt sich keinem Server zuordnen.</translation>
    </message>
    <message>
        <source>Audience/issuer match %1 (%2).</source>
        <translation>Zielgruppe/Aussteller passen zu %1 (%2).</translation>
    </message>
    <message>
        <source>⚠ This token was issued for %1 (%2), but you are sending it to %3 (%4).</source>
        <translation>⚠ Dieses Token wurde für %1 (%2) ausgestellt, Sie senden es aber an %3 (%4).</translation>
    </message>
    <message>
        <source>Audience/issuer (%1) name none of your profiles.</source>
        <translation>Zielgruppe/Aussteller (%1) passen zu keinem Ihrer Profile.</translation>
    </message>
    <message>
        <source>The _type list of the Group export you plan; Group itself is always checked</source>
        <translation>Die _type-Liste des geplanten Group-Exports; Group selbst wird immer geprüft</translation>
    </message>
    <message>
        <source>An opaque token&apos;s scope is known only from the token response.</source>
        <translation>Den Scope eines opaken Tokens kennt nur die Token-Antwort.</translation>
    </message>
    <message>
        <source>⚠ The token carries no scope claim.</source>
        <translation>⚠ Das Token enthält keinen scope-Claim.</translation>
    </message>
    <message>
        <source>✔ Scope &quot;%1&quot; allows reading Group and %2.</source>
        <translation>✔ Scope „%1“ erlaubt das Lesen von Group und %2.</translation>
    </message>
    <message>
        <source>✘ Scope &quot;%1&quot; does not allow reading %2: the server will refuse that export.</source>
        <translation>✘ Scope „%1“ erlaubt nicht das Lesen von %2: der Server wird diesen Export ablehnen.</translation>
    </message>
    <message>
        <source>Token response: obtained %1, expires_in %2 s, scope &quot;%3&quot;.</source>
        <translation>Token-Antwort: erhalten %1, expires_in %2 s, Scope „%3“.</translation>
    </message>
    <message>
        <source>Token findings</source>
        <translation>Befunde zum Token</translation>
    </message>
    <message>
        <source>Token claims</source>
        <translation>Claims des Tokens</translation>
    </message>
    <message>
        <source>Token header and payload</source>
        <translation>Header und Payload des Tokens</translation>
    </message>
    <message>
        <source>Scope check for an export of t&amp;ypes:</source>
        <translation>Scope-Prüfung für einen Export der T&amp;ypen:</translation>
    </message>
    <message>
        <source>Calls made with each token (hover a tick for the call, click or Enter to show it in the log):</source>
        <translation>Aufrufe mit jedem Token (mit der Maus auf eine Markierung zeigen, um den Aufruf zu sehen; Klick oder Eingabetaste zeigt ihn im Protokoll):</translation>
    </message>
    <message>
        <source>The active profile&apos;s token</source>
        <translation>Token des aktiven Profils</translation>
    </message>
</context>
<context>
    <name>TokenLifeModel</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
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
        <translation>Ausgestellt %1</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Läuft ab %1</translation>
    </message>
    <message>
        <source>Lifetime unknown: drawn from its first to its last call</source>
        <translation>Lebensdauer unbekannt: gezeichnet vom ersten bis zum letzten Aufruf</translation>
    </message>
    <message>
        <source>Renewal planned %1</source>
        <translation>Erneuerung geplant %1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Aufruf</numerusform>
            <numerusform>%n Aufrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n failed)</source>
        <translation>
            <numerusform>(%n fehlgeschlagen)</numerusform>
            <numerusform>(%n fehlgeschlagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 %2 %3 → %4, %5 (an earlier session&apos;s call, from the history)</source>
        <translation>#%1 %2 %3 → %4, %5 (Aufruf einer früheren Sitzung, aus dem Verlauf)</translation>
    </message>
    <message numerus="yes">
        <source>(%n from earlier sessions, in the history)</source>
        <translation>
            <numerusform>(%n aus einer früheren Sitzung, im Verlauf)</numerusform>
            <numerusform>(%n aus früheren Sitzungen, im Verlauf)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenLifeStrip</name>
    <message>
        <source>Token lifetimes</source>
        <translation>Lebensdauer der Token</translation>
    </message>
    <message>
        <source>No token yet: its lifetime and the calls that carried it appear here.</source>
        <translation>Noch kein Token: Seine Lebensdauer und die Aufrufe, die es trugen, erscheinen hier.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>exp %1</source>
        <translation>Ablauf %1</translation>
    </message>
    <message>
        <source>lifetime unknown</source>
        <translation>Lebensdauer unbekannt</translation>
    </message>
    <message>
        <source>The token&apos;s life: hover a tick for the call, click it (or choose it with Left/Right and press Enter) to show it in the log</source>
        <translation>Lebensdauer des Tokens: Zeigen Sie auf ein Zeichen, um den Aufruf zu sehen; ein Klick darauf (oder Auswahl mit Links/Rechts und die Eingabetaste) zeigt ihn im Protokoll</translation>
    </message>
    <message>
        <source>No token yet.</source>
        <translation>Noch kein Token.</translation>
    </message>
    <message>
        <source>Left and Right choose a call, Enter shows it in the log.</source>
        <translation>Links und Rechts wählen einen Aufruf, die Eingabetaste zeigt ihn im Protokoll.</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>kein Token</translation>
    </message>
</context>
<context>
    <name>TokenLint</name>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>Das Token ist leer.</translation>
    </message>
    <message>
        <source>Paste the access_token value from the token response.</source>
        <translation>Fügen Sie den Wert access_token aus der Token-Antwort ein.</translation>
    </message>
    <message>
        <source>The token contains a line break.</source>
        <translation>Das Token enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>Copy it again as one line; a header cannot carry line breaks.</source>
        <translation>Kopieren Sie es erneut als eine Zeile; ein Header kann keine Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>The token starts or ends with spaces.</source>
        <translation>Das Token beginnt oder endet mit Leerzeichen.</translation>
    </message>
    <message>
        <source>Remove the spaces around the token.</source>
        <translation>Entfernen Sie die Leerzeichen um das Token.</translation>
    </message>
    <message>
        <source>The token is wrapped in quotes.</source>
        <translation>Das Token steht in Anführungszeichen.</translation>
    </message>
    <message>
        <source>Remove the quotes: they were part of the JSON, not of the token.</source>
        <translation>Entfernen Sie die Anführungszeichen: sie gehörten zum JSON, nicht zum Token.</translation>
    </message>
    <message>
        <source>&quot;Bearer &quot; appears %1 times before the token.</source>
        <translation>„Bearer “ steht %1-mal vor dem Token.</translation>
    </message>
    <message>
        <source>Paste the token alone; the explorer adds &quot;Bearer &quot; itself.</source>
        <translation>Fügen Sie nur das Token ein; der Explorer setzt „Bearer “ selbst davor.</translation>
    </message>
    <message>
        <source>The token includes the &quot;Bearer &quot; scheme.</source>
        <translation>Das Token enthält das Schema „Bearer “.</translation>
    </message>
    <message>
        <source>The scheme is written &quot;bearer&quot; in lower case.</source>
        <translation>Das Schema ist kleingeschrieben („bearer“).</translation>
    </message>
    <message>
        <source>Use &quot;Bearer&quot;; some gateways compare the scheme case-sensitively.</source>
        <translation>Verwenden Sie „Bearer“; manche Gateways vergleichen das Schema mit Groß-/Kleinschreibung.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) are not allowed in a bearer token (RFC 6750).</source>
        <translation>
            <numerusform>%n Zeichen ist in einem Bearer-Token nicht erlaubt (RFC 6750).</numerusform>
            <numerusform>%n Zeichen sind in einem Bearer-Token nicht erlaubt (RFC 6750).</numerusform>
        </translation>
    </message>
    <message>
        <source>Check for spaces, commas or invisible characters from the copy.</source>
        <translation>Suchen Sie nach Leerzeichen, Kommas oder unsichtbaren Zeichen aus der Kopie.</translation>
    </message>
    <message>
        <source>The token is not a JWT (opaque): only the server can tell what it grants.</source>
        <translation>Das Token ist kein JWT (opak): nur der Server weiß, was es erlaubt.</translation>
    </message>
    <message>
        <source>A JWT has 3 parts separated by dots; this one has %1.</source>
        <translation>Ein JWT hat 3 durch Punkte getrennte Teile; dieses hat %1.</translation>
    </message>
    <message>
        <source>The token was cut or joined with something else: copy it again completely.</source>
        <translation>Das Token wurde abgeschnitten oder mit etwas verbunden: kopieren Sie es erneut vollständig.</translation>
    </message>
    <message>
        <source>Part %1 of the JWT is not base64url.</source>
        <translation>Teil %1 des JWT ist kein base64url.</translation>
    </message>
    <message>
        <source>The token was damaged in the copy: copy it again.</source>
        <translation>Das Token wurde beim Kopieren beschädigt: kopieren Sie es erneut.</translation>
    </message>
    <message>
        <source>Part %1 of the JWT is not a JSON object.</source>
        <translation>Teil %1 des JWT ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>This is not a JWT the server issued: get a new token.</source>
        <translation>Dies ist kein vom Server ausgestelltes JWT: holen Sie ein neues Token.</translation>
    </message>
    <message>
        <source>The JWT has no exp claim: its lifetime is unknown.</source>
        <translation>Das JWT hat keinen exp-Claim: seine Lebensdauer ist unbekannt.</translation>
    </message>
    <message>
        <source>The token expired at %1.</source>
        <translation>Das Token ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>The token is not valid yet (nbf is in the future).</source>
        <translation>Das Token ist noch nicht gültig (nbf liegt in der Zukunft).</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock, or wait.</source>
        <translation>Prüfen Sie die Uhr dieses Rechners, oder warten Sie.</translation>
    </message>
    <message>
        <source>The token was issued in the future (iat %1): one of the clocks is wrong.</source>
        <translation>Das Token wurde in der Zukunft ausgestellt (iat %1): eine der Uhren geht falsch.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock.</source>
        <translation>Prüfen Sie die Uhr dieses Rechners.</translation>
    </message>
    <message>
        <source>Get a new token: servers refuse an expired one.</source>
        <translation>Holen Sie ein neues Token: Server lehnen ein abgelaufenes ab.</translation>
    </message>
</context>
<context>
    <name>TokenRequestDialog</name>
    <message>
        <source>Get token</source>
        <translation>Token holen</translation>
    </message>
    <message>
        <source>Token &amp;URL:</source>
        <translation>Token-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Discover</source>
        <translation>&amp;Ermitteln</translation>
    </message>
    <message>
        <source>Read the token URL from .well-known/smart-configuration, or from the CapabilityStatement&apos;s oauth-uris</source>
        <translation>Die Token-URL aus .well-known/smart-configuration oder aus den oauth-uris des CapabilityStatement lesen</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>Sc&amp;ope:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>kept in the OS keychain</source>
        <translation>im Schlüsselbund des Betriebssystems gespeichert</translation>
    </message>
    <message>
        <source>Private key for the client assertion</source>
        <translation>Privater Schlüssel für die Client-Zusicherung</translation>
    </message>
    <message>
        <source>Generate &amp;RS384 key</source>
        <translation>&amp;RS384-Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>Generate &amp;ES384 key</source>
        <translation>&amp;ES384-Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>&amp;Import PEM…</source>
        <translation>PEM &amp;importieren…</translation>
    </message>
    <message>
        <source>Copy public &amp;JWKS</source>
        <translation>Öffentliches &amp;JWKS kopieren</translation>
    </message>
    <message>
        <source>The public JWKS to register with the server appears here</source>
        <translation>Hier erscheint das öffentliche JWKS, das beim Server zu registrieren ist</translation>
    </message>
    <message>
        <source>Get token for %1</source>
        <translation>Token für %1 holen</translation>
    </message>
    <message>
        <source>Client secret, HTTP Basic (client_secret_basic)</source>
        <translation>Client-Geheimnis, HTTP Basic (client_secret_basic)</translation>
    </message>
    <message>
        <source>Client secret in the form (client_secret_post)</source>
        <translation>Client-Geheimnis im Formular (client_secret_post)</translation>
    </message>
    <message>
        <source>Private key JWT (RS384 or ES384)</source>
        <translation>Private-Key-JWT (RS384 oder ES384)</translation>
    </message>
    <message>
        <source>Import private key</source>
        <translation>Privaten Schlüssel importieren</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The public JWKS is on the clipboard.</source>
        <translation>Das öffentliche JWKS liegt in der Zwischenablage.</translation>
    </message>
    <message>
        <source>No key yet: generate one here, or import your PEM.</source>
        <translation>Noch kein Schlüssel: erzeugen Sie hier einen oder importieren Sie Ihr PEM.</translation>
    </message>
    <message>
        <source>This key cannot be used: %1</source>
        <translation>Dieser Schlüssel ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>%1 key, kid %2. The private key stays in the keychain; register the public JWKS below with the server.</source>
        <translation>%1-Schlüssel, kid %2. Der private Schlüssel bleibt im Schlüsselbund; registrieren Sie das öffentliche JWKS unten beim Server.</translation>
    </message>
    <message>
        <source>Asking %1 where its token endpoint is …</source>
        <translation>Frage %1 nach seinem Token-Endpunkt …</translation>
    </message>
    <message>
        <source>Found in .well-known/smart-configuration (call #%1).</source>
        <translation>Gefunden in .well-known/smart-configuration (Aufruf Nr. %1).</translation>
    </message>
    <message>
        <source>Found in the CapabilityStatement&apos;s oauth-uris (call #%1).</source>
        <translation>Gefunden in den oauth-uris des CapabilityStatement (Aufruf Nr. %1).</translation>
    </message>
    <message>
        <source>The server announces no token endpoint (calls #%1 and #%2); type the URL from the vendor&apos;s documentation.</source>
        <translation>Der Server nennt keinen Token-Endpunkt (Aufrufe Nr. %1 und %2); tragen Sie die URL aus der Dokumentation des Herstellers ein.</translation>
    </message>
    <message>
        <source>The token URL is not an http(s) URL with a host.</source>
        <translation>Die Token-URL ist keine http(s)-URL mit Host.</translation>
    </message>
    <message>
        <source>A client id is needed.</source>
        <translation>Eine Client-ID wird benötigt.</translation>
    </message>
    <message>
        <source>Generate or import a private key first.</source>
        <translation>Erzeugen oder importieren Sie zuerst einen privaten Schlüssel.</translation>
    </message>
</context>
<context>
    <name>TokenSession</name>
    <message>
        <source>The token was renewed before it expired (call #%1).</source>
        <translation>Das Token wurde vor seinem Ablauf erneuert (Aufruf Nr. %1).</translation>
    </message>
    <message>
        <source>Renewing the token failed: %1</source>
        <translation>Das Erneuern des Tokens ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The keychain refused to read the token: %1</source>
        <translation>Der Schlüsselbund hat das Lesen des Tokens verweigert: %1</translation>
    </message>
    <message>
        <source>Getting a token failed: %1</source>
        <translation>Ein Token zu holen ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>No keychain is configured.</source>
        <translation>Es ist kein Schlüsselbund eingerichtet.</translation>
    </message>
    <message>
        <source>the keychain refused it</source>
        <translation>der Schlüsselbund hat es abgelehnt</translation>
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
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
</context>
<context>
    <name>VariableResolver</name>
    <message>
        <source>{{%1}} is not a built-in variable (there are {{$uuid}}, {{$timestamp}}, {{$isoTimestamp}} and {{$randomInt}}).</source>
        <translation>{{%1}} ist keine eingebaute Variable (es gibt {{$uuid}}, {{$timestamp}}, {{$isoTimestamp}} und {{$randomInt}}).</translation>
    </message>
    <message>
        <source>{{%1}} carries a token: only the Authorization header may use it, or it would be sent and recorded in clear.</source>
        <translation>{{%1}} trägt ein Token: nur der Authorization-Header darf es verwenden, sonst würde es im Klartext gesendet und aufgezeichnet.</translation>
    </message>
    <message>
        <source>The variables refer to each other in a circle: %1.</source>
        <translation>Die Variablen verweisen im Kreis aufeinander: %1.</translation>
    </message>
    <message>
        <source>{{%1}} is not defined: define @%1 = … in the file, or give it from an environment or the command line.</source>
        <translation>{{%1}} ist nicht definiert: definieren Sie @%1 = … in der Datei oder geben Sie den Wert über eine Umgebung oder die Befehlszeile an.</translation>
    </message>
    <message>
        <source>{{token}} is the profile&apos;s token, and there is none.</source>
        <translation>{{token}} ist das Token des Profils, und es gibt keines.</translation>
    </message>
    <message>
        <source>{{%1}} would take the token from the request file itself, and a token is never kept in a file: give it from an environment.</source>
        <translation>{{%1}} würde das Token aus der Anfragedatei selbst nehmen, und ein Token steht nie in einer Datei: geben Sie es über eine Umgebung an.</translation>
    </message>
    <message>
        <source>{{%1}} (the token for the Authorization header) is not defined: give it from an environment or the command line.</source>
        <translation>{{%1}} (das Token für den Authorization-Header) ist nicht definiert: geben Sie es über eine Umgebung oder die Befehlszeile an.</translation>
    </message>
    <message>
        <source>{{%1}} (the token for the Authorization header) is empty in %2.</source>
        <translation>{{%1}} (das Token für den Authorization-Header) ist in %2 leer.</translation>
    </message>
</context>
<context>
    <name>VendorChecks</name>
    <message>
        <source>Conformance: read a Group without a token</source>
        <translation>Konformität: eine Group ohne Token lesen</translation>
    </message>
    <message>
        <source>Conformance: read a Group with an empty Authorization header</source>
        <translation>Konformität: eine Group mit leerem Authorization-Header lesen</translation>
    </message>
    <message>
        <source>Conformance: read a Group with a damaged token</source>
        <translation>Konformität: eine Group mit beschädigtem Token lesen</translation>
    </message>
    <message>
        <source>Conformance: read a Group with an expired token</source>
        <translation>Konformität: eine Group mit abgelaufenem Token lesen</translation>
    </message>
    <message>
        <source>Conformance: read a Group with a token scoped for Patient only</source>
        <translation>Konformität: eine Group mit einem Token nur für Patient lesen</translation>
    </message>
    <message>
        <source>Conformance: a path the gateway does not route</source>
        <translation>Konformität: ein Pfad, den das Gateway nicht weiterleitet</translation>
    </message>
    <message>
        <source>Conformance: a token without the Bearer scheme</source>
        <translation>Konformität: ein Token ohne das Schema Bearer</translation>
    </message>
    <message>
        <source>Conformance: a verb the gateway does not route (PATCH)</source>
        <translation>Konformität: eine Methode, die das Gateway nicht weiterleitet (PATCH)</translation>
    </message>
    <message>
        <source>Conformance: an unrouted path without a token</source>
        <translation>Konformität: ein nicht weitergeleiteter Pfad ohne Token</translation>
    </message>
    <message>
        <source>Conformance: read the CapabilityStatement</source>
        <translation>Konformität: das CapabilityStatement lesen</translation>
    </message>
    <message>
        <source>the body is not a CapabilityStatement</source>
        <translation>der Inhalt ist kein CapabilityStatement</translation>
    </message>
    <message>
        <source>fhirVersion is &quot;%1&quot;, expected 4.0.1</source>
        <translation>fhirVersion ist „%1“, erwartet war 4.0.1</translation>
    </message>
    <message>
        <source>format does not list %1</source>
        <translation>format nennt %1 nicht</translation>
    </message>
    <message>
        <source>instantiates does not name the Bulk Data CapabilityStatement</source>
        <translation>instantiates nennt das Bulk-Data-CapabilityStatement nicht</translation>
    </message>
    <message>
        <source>Group declares no export operation</source>
        <translation>Group erklärt keine export-Operation</translation>
    </message>
    <message>
        <source>Conformance: read the SMART configuration</source>
        <translation>Konformität: die SMART-Konfiguration lesen</translation>
    </message>
    <message>
        <source>no SMART configuration was served</source>
        <translation>es wurde keine SMART-Konfiguration ausgeliefert</translation>
    </message>
    <message>
        <source>token_endpoint is missing or not an absolute URL</source>
        <translation>token_endpoint fehlt oder ist keine absolute URL</translation>
    </message>
    <message>
        <source>grant_types_supported does not list client_credentials</source>
        <translation>grant_types_supported nennt client_credentials nicht</translation>
    </message>
    <message>
        <source>capabilities is missing</source>
        <translation>capabilities fehlt</translation>
    </message>
    <message>
        <source>Conformance: export kick-off without Prefer</source>
        <translation>Konformität: Export-Kick-off ohne Prefer</translation>
    </message>
    <message>
        <source>X-Powered-By does not start with &quot;HAPI FHIR&quot;</source>
        <translation>X-Powered-By beginnt nicht mit „HAPI FHIR“</translation>
    </message>
    <message>
        <source>processed as if respond-async had been sent (allowed)</source>
        <translation>verarbeitet, als wäre respond-async gesendet worden (erlaubt)</translation>
    </message>
    <message>
        <source>refused with %1 and an OperationOutcome</source>
        <translation>abgelehnt mit %1 und einem OperationOutcome</translation>
    </message>
    <message>
        <source>answered %1 without an OperationOutcome in JSON (an error SHALL be one)</source>
        <translation>antwortete %1 ohne OperationOutcome in JSON (ein Fehler SHALL eines sein)</translation>
    </message>
    <message>
        <source>Conformance: read a Patient that does not exist</source>
        <translation>Konformität: einen nicht vorhandenen Patient lesen</translation>
    </message>
    <message>
        <source>Conformance: read an AllergyIntolerance (not implemented)</source>
        <translation>Konformität: eine AllergyIntolerance lesen (nicht implementiert)</translation>
    </message>
    <message>
        <source>AllergyIntolerance read is implemented now (404, not 501)</source>
        <translation>das Lesen von AllergyIntolerance ist jetzt implementiert (404, nicht 501)</translation>
    </message>
    <message>
        <source>Conformance: read a Group with a UUID as X-Request-ID</source>
        <translation>Konformität: eine Group mit einer UUID als X-Request-ID lesen</translation>
    </message>
    <message>
        <source>the X-Request-ID sent came back neither as X-Request-ID nor as X-Correlation-Id (%1)</source>
        <translation>die gesendete X-Request-ID kam weder als X-Request-ID noch als X-Correlation-Id zurück (%1)</translation>
    </message>
    <message>
        <source>Conformance: read a Group with a non-UUID X-Request-ID</source>
        <translation>Konformität: eine Group mit einer X-Request-ID lesen, die keine UUID ist</translation>
    </message>
    <message>
        <source>the X-Request-ID sent came back neither in X-Correlation-Id nor as X-Request-ID (%1)</source>
        <translation>die gesendete X-Request-ID kam weder in X-Correlation-Id noch als X-Request-ID zurück (%1)</translation>
    </message>
    <message>
        <source>Conformance: read a Group as the vendor&apos;s example does</source>
        <translation>Konformität: eine Group so lesen wie im Beispiel des Herstellers</translation>
    </message>
    <message>
        <source>the body is not Group %1</source>
        <translation>der Inhalt ist nicht Group %1</translation>
    </message>
    <message>
        <source>the body is not Group %1 in FHIR XML</source>
        <translation>der Inhalt ist nicht Group %1 in FHIR-XML</translation>
    </message>
    <message>
        <source>Conformance: read a Group as FHIR XML (Accept)</source>
        <translation>Konformität: eine Group als FHIR-XML lesen (Accept)</translation>
    </message>
    <message>
        <source>Conformance: read a Group as FHIR XML (_format)</source>
        <translation>Konformität: eine Group als FHIR-XML lesen (_format)</translation>
    </message>
    <message>
        <source>Conformance: read the Group</source>
        <translation>Konformität: die Group lesen</translation>
    </message>
    <message>
        <source>Conformance: search Groups</source>
        <translation>Konformität: Groups suchen</translation>
    </message>
    <message>
        <source>the search answer is not a searchset Bundle</source>
        <translation>die Suchantwort ist kein Bundle vom Typ searchset</translation>
    </message>
</context>
<context>
    <name>WaterfallModel</name>
    <message>
        <source>✔ answered</source>
        <translation>✔ beantwortet</translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation>✘ fehlgeschlagen</translation>
    </message>
    <message>
        <source>⊘ cancelled</source>
        <translation>⊘ abgebrochen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>#%1 %2 %3 → %4</source>
        <translation>#%1 %2 %3 → %4</translation>
    </message>
    <message>
        <source>Started %1 · took %2 ms</source>
        <translation>Begonnen %1 · Dauer %2 ms</translation>
    </message>
    <message>
        <source>Waited %1 ms for the first byte, received for %2 ms</source>
        <translation>%1 ms auf das erste Byte gewartet, %2 ms empfangen</translation>
    </message>
    <message>
        <source>Redirect hop %1</source>
        <translation>Weiterleitung, Schritt %1</translation>
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
        <translation>Ansi&amp;cht</translation>
    </message>
    <message>
        <source>Server capabilities</source>
        <translation>Server-Fähigkeiten</translation>
    </message>
    <message>
        <source>Capabilities…</source>
        <translation>Fähigkeiten…</translation>
    </message>
    <message>
        <source>What the server says it can do (Ctrl+Shift+S)</source>
        <translation>Was der Server von sich sagt, dass er kann (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Calls over time</source>
        <translation>Aufrufe im Zeitverlauf</translation>
    </message>
    <message>
        <source>Saved requests</source>
        <translation>Gespeicherte Anfragen</translation>
    </message>
    <message>
        <source>Open co&amp;llection…</source>
        <translation>Samm&amp;lung öffnen…</translation>
    </message>
    <message>
        <source>A .http file or a Postman collection, listed in the Saved requests dock</source>
        <translation>Eine .http-Datei oder eine Postman-Sammlung, aufgeführt im Bereich „Gespeicherte Anfragen“</translation>
    </message>
    <message>
        <source>Open a collection</source>
        <translation>Sammlung öffnen</translation>
    </message>
    <message>
        <source>Saved requests (*.http *.rest *.json);;All files (*)</source>
        <translation>Gespeicherte Anfragen (*.http *.rest *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Run saved requests</source>
        <translation>Gespeicherte Anfragen aus&amp;führen</translation>
    </message>
    <message>
        <source>Run the request or file selected in the Saved requests dock (all listed when none is selected)</source>
        <translation>Die im Bereich „Gespeicherte Anfragen“ gewählte Anfrage oder Datei ausführen (alle aufgeführten, wenn nichts gewählt ist)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The Sandbox is not running.</source>
        <translation>Die Sandbox läuft nicht.</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Anfrage senden</translation>
    </message>
    <message>
        <source>This token variant can be made on the Sandbox only (other servers sign their own).</source>
        <translation>Diese Token-Variante lässt sich nur auf der Sandbox erzeugen (andere Server signieren ihre eigenen).</translation>
    </message>
</context>
</TS>
