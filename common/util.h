/* SPDX-License-Identifier: Apache-2.0 */
/* Small utilities every module needs once: a fast non-cryptographic hash,
 * a monotonic clock, and reading a whole file descriptor. One copy here
 * instead of one per module. Errors: negative errno, as in libbpf. */
#ifndef BTE_UTIL_H
#define BTE_UTIL_H

#include <stddef.h>
#include <stdint.h>

/* A 64-bit hash of `len` bytes, continuing from `seed` (use
 * BTE_HASH_SEED to start). Not cryptographic: it detects accidental
 * change (a truncated or corrupted cache file, a rebuilt kernel), not an
 * adversary with write access. */
#define BTE_HASH_SEED 0x9e3779b97f4a7c15ULL
uint64_t bte_hash64(const void *data, size_t len, uint64_t seed);

/* Milliseconds of CLOCK_MONOTONIC. */
double bte_now_ms(void);

/* Reads everything from `fd` (which stays open) into a NUL-terminated
 * buffer the caller frees with free(); *len (unless NULL) gets its length.
 * At most `max` bytes: more is -EFBIG. Returns 0 or a negative errno. */
int bte_read_fd(int fd, size_t max, char **out, size_t *len);

/* Where the data installed with bpftrace-english is:
 * PREFIX/share/bpftrace-english/REL for the first ancestor directory
 * PREFIX of `origin` (a file: the plugin, a tool) within `levels` that
 * has it (lib/bpftrace/x.so and lib/x86_64-linux-gnu/bpftrace/x.so both
 * find PREFIX/share, wherever the tree was installed or moved to), else
 * under BTE_DATADIR, the data directory configured at build time. Writes
 * the path into buf and returns 0, or -ENOENT; then `looked` (unless
 * NULL) gets the places tried, for the error message. */
int bte_data_path(const char *origin, int levels, const char *rel, char *buf, size_t len,
		  char *looked, size_t looked_len);

/* BTE_DATADIR: the data directory configured at build time. */
const char *bte_datadir(void);

/* A copy of `s` that is valid UTF-8: each byte of an ill-formed sequence
 * (a stray continuation byte, a truncated or overlong sequence, a
 * surrogate, a code point over U+10FFFF) becomes U+FFFD. NULL when out of
 * memory. For JSON, whose strings must be UTF-8. */
char *bte_utf8_copy(const char *s);

#endif
