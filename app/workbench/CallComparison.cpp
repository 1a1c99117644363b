#include "CallComparison.h"

int CallComparison::differences() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [](const Row &r) { return r.differs() && !r.expected; }));
}
