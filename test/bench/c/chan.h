// chan.h: a channel of ints for the channel benchmarks.
#include "bench.h"

static const GoType tint = {sizeof(long), GORT_KIND_INT, sizeof(long),
                            {(const uint8_t *)"int", 3}, 0};
