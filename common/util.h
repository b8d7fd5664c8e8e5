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

/* Reads the file at `path` whole, as bte_read_fd() does; `flags` are
 * added to O_RDONLY | O_CLOEXEC (O_NOFOLLOW for a file that must not be
 * a link, O_NONBLOCK for one that may be a FIFO). Returns 0 or a
 * negative errno. */
int bte_read_file(const char *path, int flags, size_t max, char **out, size_t *len);

/* A directory of the XDG base directory rules: $ENV when it is an
 * absolute path, else $HOME/HOME_REL (HOME absolute too), then "/REL"
 * unless REL is "". ("XDG_CACHE_HOME", ".cache", "bpftrace-english").
 * Relative values are ignored, as the specification says. Returns 0, or
 * -ENOENT when neither is set, -ENAMETOOLONG when buf is too short. */
int bte_xdg_path(const char *env, const char *home_rel, const char *rel, char *buf,
		 size_t len);

/* A growable string: zero-initialise, add with bte_buf_printf(), free s.
 * Out of memory, an addition is dropped and `failed` set. */
struct bte_buf {
	char *s;
	size_t len, cap;
	int failed;
};
void bte_buf_printf(struct bte_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

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
