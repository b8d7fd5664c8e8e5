// SPDX-License-Identifier: Apache-2.0
#define _GNU_SOURCE
#include "words.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <regex.h>
#include <stdint.h>
#include <stdio.h>
#include <strings.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include "util.h"

#define WORDS_PATH "/usr/share/dict/words"
#define WORD_MAX 64

/* The list, lower-cased and sorted for bsearch(): read once. */
static struct {
	int loaded; /* 0 not yet, 1 read, negative errno */
	char *text;
	char **word;
	size_t n;
} list;

static int by_text(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The word list when it is one root keeps: a link to it is expected (the
 * alternatives system makes words one), a file others can write is not. */
static int load(void)
{
	if (list.loaded)
		return list.loaded < 0 ? list.loaded : 0;
	int fd = open(WORDS_PATH, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		list.loaded = -ENOENT;
		return list.loaded;
	}
	struct stat st;
	size_t len = 0;
	int rc = fstat(fd, &st) ? -errno : 0;
	if (!rc && (!S_ISREG(st.st_mode) || st.st_uid != 0 || (st.st_mode & 022)))
		rc = -ENOENT;
	if (!rc)
		rc = bte_read_fd(fd, 64u << 20, &list.text, &len);
	close(fd);
	size_t lines = 1;
	for (size_t k = 0; !rc && k < len; k++)
		lines += list.text[k] == '\n';
	if (!rc && !(list.word = malloc(lines * sizeof(*list.word))))
		rc = -ENOMEM;
	if (rc) {
		free(list.text);
		list.text = NULL;
		list.loaded = rc == -ENOMEM ? -ENOMEM : -ENOENT;
		return list.loaded;
	}
	for (char *p = list.text, *end; p < list.text + len; p = end + 1) {
		end = strchr(p, '\n');
		if (!end)
			end = list.text + len;
		*end = '\0';
		for (char *c = p; *c; c++)
			*c = (char)tolower((unsigned char)*c);
		if (*p)
			list.word[list.n++] = p;
	}
	qsort(list.word, list.n, sizeof(*list.word), by_text);
	list.loaded = 1;
	return 0;
}

static int has(const char *low)
{
	return bsearch(&low, list.word, list.n, sizeof(*list.word), by_text) != NULL;
}

/* `word` lower-cased into out (WORD_MAX), or -EINVAL when too long. */
static int lower(const char *word, char *out)
{
	size_t n = strlen(word);
	if (!n || n >= WORD_MAX)
		return -EINVAL;
	for (size_t k = 0; k <= n; k++)
		out[k] = (char)tolower((unsigned char)word[k]);
	return 0;
}

int bte_english(const char *word)
{
	char low[WORD_MAX];
	int rc = load();
	if (rc)
		return rc;
	if (lower(word, low))
		return 0;
	return has(low);
}

int bte_english_near(const char *word)
{
	char low[WORD_MAX], edit[WORD_MAX + 1];
	int rc = load();
	if (rc)
		return rc;
	if (lower(word, low))
		return 0;
	size_t n = strlen(low);
	for (size_t k = 0; k < n; k++) { /* one dropped */
		memcpy(edit, low, k);
		memcpy(edit + k, low + k + 1, n - k);
		if (n > 1 && has(edit))
			return 1;
	}
	for (size_t k = 0; k + 1 < n; k++) { /* two swapped */
		memcpy(edit, low, n + 1);
		edit[k] = low[k + 1];
		edit[k + 1] = low[k];
		if (edit[k] != edit[k + 1] && has(edit))
			return 1;
	}
	for (size_t k = 0; k < n; k++) /* one changed */
		for (char c = 'a'; c <= 'z'; c++) {
			if (c == low[k])
				continue;
			memcpy(edit, low, n + 1);
			edit[k] = c;
			if (has(edit))
				return 1;
		}
	for (size_t k = 0; k <= n; k++) /* one added */
		for (char c = 'a'; c <= 'z'; c++) {
			memcpy(edit, low, k);
			edit[k] = c;
			memcpy(edit + k + 1, low + k, n - k + 1);
			if (has(edit))
				return 1;
		}
	return 0;
}

int bte_device_name(const char *word)
{
	/* the kernel's names of disks, partitions and network interfaces */
	static const char PATTERN[] =
		"^((sd|hd|vd|xvd)[a-z]{1,3}[0-9]*|nvme[0-9]+(n[0-9]+(p[0-9]+)?)?|"
		"mmcblk[0-9]+(p[0-9]+)?|(loop|md|sr|nbd|zram|ram|rbd|zd|pmem|bcache|mtdblock|"
		"ubi|nullb|st|nst|sg)[0-9]+|dm-[0-9]+|"
		"(eth|wlan|wlp|wlo|wlx|enp|ens|eno|enx|em|bond|br|veth|tun|tap|virbr|docker|ib|wg|"
		"vxlan|can|usb|ppp)[0-9][a-z0-9]*|lo)$";
	static regex_t re;
	static int compiled; /* 0 not yet, 1 done, -1 failed */
	if (!word[0] || strchr(word, '/') || !strcmp(word, ".") || !strcmp(word, ".."))
		return 0;
	if (!compiled)
		compiled = regcomp(&re, PATTERN, REG_EXTENDED | REG_NOSUB | REG_ICASE) ? -1 : 1;
	if (compiled > 0 && !regexec(&re, word, 0, NULL, 0))
		return 1;
	char path[96];
	for (const char *const *dir = (const char *const[]){ "/sys/class/block",
							      "/sys/class/net", NULL };
	     *dir; dir++) {
		int n = snprintf(path, sizeof(path), "%s/%s", *dir, word);
		if (n > 0 && (size_t)n < sizeof(path) && !access(path, F_OK))
			return 1;
	}
	return 0;
}

/* The kernel's own names (BTF): every type, member, function and
 * variable of the running kernel ("netns", "mountpoint", "ioprio",
 * "kswapd"), searched as a whole string of the BTF string section. */
static int kernel_name(const char *word)
{
	static char *btf;
	static size_t len;
	static int read_once;
	if (!read_once) {
		read_once = 1;
		if (bte_read_file("/sys/kernel/btf/vmlinux", 0, 256u << 20, &btf, &len))
			btf = NULL;
	}
	/* the header: magic, version, flags, hdr_len, type_off, type_len,
	 * str_off, str_len (u16, u8, u8, then u32s) */
	uint32_t h[5];
	if (!btf || len < 24 || (unsigned char)btf[0] != 0x9f || (unsigned char)btf[1] != 0xeb)
		return 0;
	memcpy(h, btf + 4, sizeof(h));
	size_t at = (size_t)h[0] + h[3], n = h[4], wl = strlen(word);
	if (at > len || n > len - at || wl + 2 > WORD_MAX)
		return 0;
	char needle[WORD_MAX + 2];
	needle[0] = '\0';
	memcpy(needle + 1, word, wl + 1);
	return memmem(btf + at, n, needle, wl + 2) != NULL;
}

/* Whether `word` is a line's first field of `path` (/proc/filesystems'
 * last field: "nodev\ttmpfs", "\text4"), or a name of /etc/hosts. */
static int listed_in(const char *path, const char *word, int hosts)
{
	char *text;
	if (bte_read_file(path, 0, 1u << 20, &text, NULL))
		return 0;
	int found = 0;
	char *lines, *fields;
	for (char *line = strtok_r(text, "\n", &lines); line && !found;
	     line = strtok_r(NULL, "\n", &lines)) {
		char *hash = strchr(line, '#');
		if (hash)
			*hash = '\0';
		char *field = strtok_r(line, " \t", &fields), *next;
		if (hosts && field)
			field = strtok_r(NULL, " \t", &fields); /* past the address */
		for (; field && !found; field = next) {
			next = strtok_r(NULL, " \t", &fields);
			found = (hosts || !next) && !strcasecmp(field, word);
		}
	}
	free(text);
	return found;
}

int bte_unlisted(const char *word)
{
	/* units, protocols, flags and kernel threads whose comm has a
	 * suffix (ksoftirqd/0, jbd2/sda1-8): words of the trade */
	static const char *const TRADE[] = {
		"kbps", "mbps", "gbps", "kib", "mib", "gib", "tib", "kb", "mb", "gb", "tb", "iops",
		"rps", "qps", "pps", "bps", "hz", "khz", "mhz", "ghz", "usec", "usecs", "msec",
		"msecs", "nsec", "nsecs", "secs", "mins", "hrs", "numa", "rdwr", "rdonly",
		"wronly", "localhost", "ipv4", "ipv6", "tcp", "udp", "icmp", "sctp", "dns",
		"http", "https", "tls", "ssl", "vfs", "jbd2", "cpuhp", "scsi_eh", "scsi_tmf",
		"kworker", "ksoftirqd", "kswapd", "kcompactd", "migration", "rcuop", "rcuog",
		"idle_inject", "irq", "kdmflush", "xfsaild", NULL
	};
	/* an underscored field's name ("inode_nr", "mnt_id") */
	static const char *const FIELDY[] = { "id", "ids", "nr", "ns", "num", "no", "type",
					      "name", "count", "size", "flags", "mode", "state",
					      "addr", "port", "len", "time", "key", "idx",
					      "index", "class", "level", "prio", "mask", "code",
					      "status", "ino", "dev", "sec", "usec", "nsec", NULL };
	size_t n = strlen(word), letters = strspn(word, "abcdefghijklmnopqrstuvwxyz");
	char head[WORD_MAX], host[256];
	const char *under = strrchr(word, '_');
	for (const char *const *t = TRADE; n && *t; t++)
		if (!strcmp(word, *t))
			return 0;
	for (const char *const *t = FIELDY; under && *t; t++)
		if (!strcmp(under + 1, *t))
			return 0;
	if (!n || n >= WORD_MAX || !strncmp(word, "lib", 3) || bte_device_name(word) ||
	    getpwnam(word) || bte_english(word) != 0 ||
	    (letters == n && n >= 6 && bte_english_near(word) != 0) || kernel_name(word) ||
	    listed_in("/proc/filesystems", word, 0) || listed_in("/etc/hosts", word, 1) ||
	    (!gethostname(host, sizeof(host)) && !strncasecmp(host, word, n) &&
	     (!host[n] || host[n] == '.')))
		return 0;
	if (letters < n && strspn(word + letters, "0123456789") == n - letters) {
		memcpy(head, word, letters);
		head[letters] = '\0';
		return letters >= 3 && bte_unlisted(head);
	}
	return 1;
}
