#pragma once

#include "app/fhir/ContentOutline.h"

// A ContentOutline's pretty text (its own, behind prettyText() and line()): JSON lines made
// from the node table when asked for, two-space indent as jq writes it, so a large document
// costs no second copy as text; XML and text from the lines kept.
class OutlineText
{
public:
    static QByteArray jsonLine(const ContentOutline &o, qint32 line);
    static QByteArray prettyText(const ContentOutline &o);
    static QString line(const ContentOutline &o, qint32 i);
};
