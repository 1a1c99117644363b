#pragma once

#include "app/fhir/ContentOutline.h"

// Find in a ContentOutline (its own, behind findNode() and findLine()): node by node in
// document order, folded containers included, and a fold whose bytes cannot hold the needle
// is never parsed; or line by line for text.
class OutlineSearch
{
public:
    static ContentOutline::NodeId findNode(const ContentOutline &o, const QByteArray &needle,
                                           ContentOutline::NodeId from, bool backward);
    static qint32 findLine(const ContentOutline &o, const QByteArray &needle, qint32 from,
                           bool backward);

private:
    // The node's key (where it has one) or scalar value holds `needle`, ASCII in any case.
    static bool matches(const ContentOutline &o, const ContentOutline::At &a,
                        const QByteArray &needle);
};
