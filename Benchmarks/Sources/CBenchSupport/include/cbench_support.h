// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef CBENCH_SUPPORT_H
#define CBENCH_SUPPORT_H

#include <stddef.h>

/// Bytes the C heap has handed out and not taken back (glibc's mallinfo2: uordblks + hblkhd),
/// or 0 where that is not available.
size_t cbench_heap_bytes_in_use(void);

#endif
