/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static uint64_t mix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	h ^= h >> 33;
	return h;
}

static uint64_t rotl(uint64_t x, int r)
{
	return (x << r) | (x >> (64 - r));
}

/* Four independent lanes of 8 bytes each, so that the multiplies of one
 * step overlap (a 2 MB dataset hashes in a fraction of a millisecond),
 * then the lanes, the tail and the length are mixed together. */
uint64_t bte_hash64(const void *data, size_t len, uint64_t seed)
{
	const unsigned char *p = data;
	const uint64_t k1 = 0x9e3779b97f4a7c15ULL, k2 = 0xc2b2ae3d27d4eb4fULL;
	uint64_t lane[4] = { seed, seed ^ k1, seed ^ k2, seed + k1 + k2 };
	size_t i = 0;
	for (; i + 32 <= len; i += 32) {
		for (int l = 0; l < 4; l++) {
			uint64_t w;
			memcpy(&w, p + i + 8 * l, 8);
			lane[l] = rotl(lane[l] ^ (w * k2), 31) * k1;
		}
	}
	uint64_t h = seed ^ (len * 0x100000001b3ULL);
	for (int l = 0; l < 4; l++)
		h = (h ^ mix(lane[l])) * k1;
	for (; i + 8 <= len; i += 8) {
		uint64_t w;
		memcpy(&w, p + i, 8);
		h = (h ^ mix(w)) * k1;
	}
	uint64_t tail = 0;
	for (size_t k = 0; i + k < len; k++)
		tail |= (uint64_t)p[i + k] << (8 * k);
	return mix(h ^ mix(tail ^ len));
}

double bte_now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

int bte_read_fd(int fd, size_t max, char **out, size_t *len)
{
	size_t cap = max < 65536 ? max : 65536, n = 0;
	char *buf = malloc(cap + 1);
	if (!buf)
		return -ENOMEM;
	for (;;) {
		if (n == cap) {
			if (cap >= max) {
				free(buf);
				return -EFBIG;
			}
			size_t want = cap * 2 > max ? max : cap * 2;
			char *p = realloc(buf, want + 1);
			if (!p) {
				free(buf);
				return -ENOMEM;
			}
			buf = p;
			cap = want;
		}
		ssize_t r = read(fd, buf + n, cap - n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			int err = -errno;
			free(buf);
			return err;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	buf[n] = '\0';
	*out = buf;
	if (len)
		*len = n;
	return 0;
}

/* The length of the well-formed UTF-8 sequence at p, or 0 (RFC 3629). */
static size_t utf8_seq(const unsigned char *p)
{
	unsigned c = p[0];
	if (c < 0x80)
		return 1;
	size_t n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3
		 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
	for (size_t i = 1; i < n; i++)
		if ((p[i] & 0xc0) != 0x80)
			return 0;
	if (n == 3 && ((c == 0xe0 && p[1] < 0xa0) || (c == 0xed && p[1] > 0x9f)))
		return 0; /* overlong, surrogate */
	if (n == 4 && ((c == 0xf0 && p[1] < 0x90) || (c == 0xf4 && p[1] > 0x8f)))
		return 0; /* overlong, over U+10FFFF */
	return n;
}

char *bte_utf8_copy(const char *s)
{
	size_t len = strlen(s);
	char *out = malloc(3 * len + 1), *o = out;
	if (!out)
		return NULL;
	for (const unsigned char *p = (const unsigned char *)s; *p;) {
		size_t n = utf8_seq(p);
		if (n) {
			memcpy(o, p, n);
			o += n;
			p += n;
		} else {
			memcpy(o, "\xef\xbf\xbd", 3);
			o += 3;
			p++;
		}
	}
	*o = '\0';
	return out;
}

#ifndef BTE_DATADIR
#define BTE_DATADIR "/usr/local/share/bpftrace-english"
#endif

const char *bte_datadir(void)
{
	return BTE_DATADIR;
}

int bte_data_path(const char *origin, int levels, const char *rel, char *buf, size_t len,
		  char *looked, size_t looked_len)
{
	char dir[4096];
	size_t used = 0;
	if (looked && looked_len)
		looked[0] = '\0';
	snprintf(dir, sizeof(dir), "%s", origin ? origin : "");
	for (int up = 0; origin && up < levels; up++) {
		char *slash = strrchr(dir, '/');
		if (!slash)
			break;
		*slash = '\0';
		snprintf(buf, len, "%s/share/bpftrace-english/%s", dir, rel);
		if (access(buf, R_OK) == 0)
			return 0;
		if (looked && used < looked_len) {
			int n = snprintf(looked + used, looked_len - used, "%s%s", used ? ", " : "", buf);
			used += n > 0 ? (size_t)n : 0;
		}
	}
	snprintf(buf, len, "%s/%s", BTE_DATADIR, rel);
	if (access(buf, R_OK) == 0)
		return 0;
	if (looked && used < looked_len)
		snprintf(looked + used, looked_len - used, "%s%s", used ? ", " : "", buf);
	return -ENOENT;
}

int bte_read_file(const char *path, int flags, size_t max, char **out, size_t *len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | flags);
	if (fd < 0)
		return -errno;
	int rc = bte_read_fd(fd, max, out, len);
	close(fd);
	return rc;
}

int bte_xdg_path(const char *env, const char *home_rel, const char *rel, char *buf,
		 size_t len)
{
	const char *xdg = getenv(env), *home = getenv("HOME");
	const char *sep = *rel ? "/" : "";
	int n;
	if (xdg && xdg[0] == '/')
		n = snprintf(buf, len, "%s%s%s", xdg, sep, rel);
	else if (home && home[0] == '/')
		n = snprintf(buf, len, "%s/%s%s%s", home, home_rel, sep, rel);
	else
		return -ENOENT;
	return n < 0 || (size_t)n >= len ? -ENAMETOOLONG : 0;
}

void bte_buf_printf(struct bte_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || b->failed) {
		b->failed = 1;
		return;
	}
	if (b->len + (size_t)n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 128;
		while (cap < b->len + (size_t)n + 1)
			cap *= 2;
		char *s = realloc(b->s, cap);
		if (!s) {
			b->failed = 1;
			return;
		}
		b->s = s;
		b->cap = cap;
	}
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, b->cap - b->len, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}
