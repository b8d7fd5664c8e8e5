// SPDX-License-Identifier: Apache-2.0
#define _GNU_SOURCE
#include "words.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
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

/* The list, lower-cased, in an open-addressed hash set of its words:
 * each slot the word's index + 1 (0 empty), the table small enough to
 * stay in the cache while it is made. Read once. */
static struct {
	int loaded; /* 0 not yet, 1 read, negative errno */
	char *text;
	char **word;
	uint32_t *slot;
	size_t n, mask;
} list;

static uint64_t hash_of(const char *w)
{
	uint64_t h = bte_hash64(w, strlen(w), BTE_HASH_SEED);
	h ^= h >> 31; /* (the low bits alone cluster) */
	return h * 0x9e3779b97f4a7c15ULL;
}

static int has(const char *low)
{
	for (size_t k = (size_t)(hash_of(low) >> 32) & list.mask; list.slot[k];
	     k = (k + 1) & list.mask)
		if (!strcmp(list.word[list.slot[k] - 1], low))
			return 1;
	return 0;
}

/* A file read whole when root keeps it (a link to it is expected: the
 * alternatives system makes the word list one): a regular file others
 * cannot write, of at most `max` bytes. 0 or a negative errno. */
static int read_kept(const char *path, size_t max, char **text, size_t *len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return -errno;
	struct stat st;
	int rc = fstat(fd, &st) ? -errno : 0;
	if (!rc && (!S_ISREG(st.st_mode) || st.st_uid != 0 || (st.st_mode & 022)))
		rc = -EPERM;
	if (!rc)
		rc = bte_read_fd(fd, max, text, len);
	close(fd);
	return rc;
}

/* The word list, at most 16 MB (wamerican is 1 MB; a larger one is no
 * list here: nothing is then read as a name on its strength). */
static int load(void)
{
	if (list.loaded)
		return list.loaded < 0 ? list.loaded : 0;
	size_t len = 0, lines = 1;
	int rc = read_kept(WORDS_PATH, 16u << 20, &list.text, &len);
	for (size_t k = 0; !rc && k < len; k++)
		lines += list.text[k] == '\n';
	size_t size = 1;
	while (!rc && size < lines + lines / 4)
		size <<= 1; /* (a quarter of the lines are left out: "jack's") */
	if (!rc && (!(list.word = malloc(lines * sizeof(*list.word))) ||
		    !(list.slot = calloc(size, sizeof(*list.slot)))))
		rc = -ENOMEM;
	if (rc) {
		free(list.text);
		free(list.word);
		list.text = NULL;
		list.word = NULL;
		list.loaded = rc == -ENOMEM ? -ENOMEM : -ENOENT;
		return list.loaded;
	}
	list.mask = size - 1;
	for (char *p = list.text, *end; p < list.text + len; p = end + 1) {
		end = memchr(p, '\n', (size_t)(list.text + len - p));
		if (!end)
			end = list.text + len;
		*end = '\0';
		size_t n = (size_t)(end - p);
		while (n && (p[n - 1] == '\r' || p[n - 1] == ' ' || p[n - 1] == '\t'))
			p[--n] = '\0'; /* (CRLF lines) */
		for (char *c = p; *c; c++)
			*c = (char)tolower((unsigned char)*c);
		/* (no word asked has an apostrophe: "jack's" is left out) */
		if (!*p || memchr(p, '\'', n))
			continue;
		/* (a word twice, "a" and "A", takes two slots: no harm) */
		list.word[list.n++] = p;
		size_t k = (size_t)(hash_of(p) >> 32) & list.mask;
		while (list.slot[k])
			k = (k + 1) & list.mask;
		list.slot[k] = (uint32_t)list.n;
	}
	list.loaded = 1;
	return 0;
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

int bte_block_device(const char *name, unsigned long *dev, char *why, size_t whylen)
{
	/* the kernel's names of network interfaces: no disk */
	static const char NET[] = "^((eth|wlan|wlp|wlo|wlx|enp|ens|eno|enx|em|bond|br|veth|tun|"
				  "tap|virbr|docker|ib|wg|vxlan|can|usb|ppp)[0-9][a-z0-9]*|lo)$";
	static regex_t net;
	static int compiled; /* 0 not yet, 1 done, -1 failed */
	size_t n = strlen(name);
	if (!n || n > 32 || !isalpha((unsigned char)name[0]) ||
	    strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789-_") != n)
		return -EINVAL;
	if (!compiled)
		compiled = regcomp(&net, NET, REG_EXTENDED | REG_NOSUB) ? -1 : 1;
	if (compiled < 0 || !regexec(&net, name, 0, NULL, 0))
		return -EINVAL;
	char path[96], *text = NULL;
	size_t len = 0;
	snprintf(path, sizeof(path), "/sys/class/block/%s/dev", name);
	if (bte_read_file(path, 0, 64, &text, &len) < 0)
		return -ENOENT;
	unsigned major = 0, minor = 0;
	int got = sscanf(text, "%u:%u", &major, &minor);
	free(text);
	if (got != 2 || major >= 1u << 12 || minor >= 1u << 20)
		return -ENOENT;
	snprintf(path, sizeof(path), "/sys/class/block/%s/partition", name);
	if (!access(path, F_OK)) {
		snprintf(why, whylen, "%s is a partition, and the block layer's requests are the "
			 "whole disk's: name the disk", name);
		return -ENOTSUP;
	}
	snprintf(path, sizeof(path), "/sys/class/block/%s/mq", name);
	if (access(path, F_OK)) {
		snprintf(why, whylen, "%s takes no requests of its own (its I/O is the disks' "
			 "under it): name a disk", name);
		return -ENOTSUP;
	}
	*dev = (unsigned long)major << 20 | minor;
	return 0;
}

/* The kernel's own names (BTF): every type, member, function and
 * variable of the running kernel ("netns", "mountpoint", "ioprio",
 * "kswapd"), searched as a whole string of the BTF string section. With
 * no BTF to ask, every word may be one: 1. */
static int kernel_name(const char *word)
{
	static char *strs;
	static size_t n;
	static int read_once;
	if (!read_once) {
		read_once = 1;
		/* the header: magic, version, flags, hdr_len, type_off,
		 * type_len, str_off, str_len (u16, u8, u8, then u32s); then
		 * the string section alone */
		unsigned char hdr[24];
		uint16_t magic;
		uint32_t h[5];
		int fd = open("/sys/kernel/btf/vmlinux", O_RDONLY | O_CLOEXEC);
		if (fd >= 0 && pread(fd, hdr, sizeof(hdr), 0) == (ssize_t)sizeof(hdr)) {
			memcpy(&magic, hdr, sizeof(magic));
			memcpy(h, hdr + 4, sizeof(h));
			uint64_t from = (uint64_t)h[0] + h[3];
			size_t got = 0;
			ssize_t r = 1;
			if (magic == 0xeb9f && h[4] && h[4] <= (64u << 20) && (strs = malloc(h[4])))
				while (got < h[4] && (r = pread(fd, strs + got, h[4] - got,
								(off_t)(from + got))) > 0)
					got += (size_t)r; /* (kernfs reads a page at a time) */
			if (strs && got == h[4]) {
				n = got;
			} else {
				free(strs);
				strs = NULL;
			}
		}
		if (fd >= 0)
			close(fd);
	}
	size_t wl = strlen(word);
	if (!strs || wl + 2 > WORD_MAX)
		return 1;
	char needle[WORD_MAX + 2];
	needle[0] = '\0';
	memcpy(needle + 1, word, wl + 1);
	return memmem(strs, n, needle, wl + 2) != NULL;
}

/* The running kernel's BTF (/sys/kernel/btf/vmlinux), read whole once:
 * NULL when it cannot be. */
static const unsigned char *vmlinux_btf(size_t *len)
{
	static unsigned char *btf;
	static size_t n;
	static int read_once;
	if (!read_once) {
		read_once = 1;
		int fd = open("/sys/kernel/btf/vmlinux", O_RDONLY | O_CLOEXEC);
		size_t cap = 0;
		ssize_t r = 1;
		while (fd >= 0 && r > 0 && cap <= (64u << 20)) {
			if (n == cap) {
				unsigned char *more = realloc(btf, cap += 1u << 20);
				if (!more)
					break;
				btf = more;
			}
			r = read(fd, btf + n, cap - n);
			n += r > 0 ? (size_t)r : 0;
		}
		if (fd >= 0)
			close(fd);
		if (r != 0 || n < 24) {
			free(btf);
			btf = NULL;
		}
	}
	*len = n;
	return btf;
}

int bte_kernel_function(const char *name)
{
	size_t len, nl = strlen(name);
	const unsigned char *b = vmlinux_btf(&len);
	uint16_t magic;
	uint32_t h[5];
	if (!b || !nl || nl > 127)
		return -ENOENT;
	memcpy(&magic, b, sizeof(magic));
	memcpy(h, b + 4, sizeof(h)); /* hdr_len, type_off, type_len, str_off, str_len */
	uint64_t types = (uint64_t)h[0] + h[1], strs = (uint64_t)h[0] + h[3];
	if (magic != 0xeb9f || types + h[2] > len || strs + h[4] > len)
		return -ENOENT;
	/* each type: name_off, info (kind in bits 24-28, vlen in 0-15), size
	 * or type; then what its kind carries */
	for (uint64_t at = types; at + 12 <= types + h[2];) {
		uint32_t t[3];
		memcpy(t, b + at, sizeof(t));
		uint32_t kind = (t[1] >> 24) & 0x1f, vlen = t[1] & 0xffff;
		if (kind == 12 && t[0] < h[4] && h[4] - t[0] > nl &&
		    !memcmp(b + strs + t[0], name, nl + 1))
			return 1;
		static const unsigned char EACH[20] = { [3] = 0, [4] = 12, [5] = 12, [6] = 8,
							[13] = 8, [15] = 12, [19] = 12 };
		static const unsigned char ONCE[20] = { [1] = 4, [3] = 12, [14] = 4, [17] = 4 };
		if (kind >= 20)
			return -ENOENT; /* a kind this reader does not know */
		at += 12 + ONCE[kind] + (uint64_t)EACH[kind] * vlen;
	}
	return 0;
}

/* The names a file lists, read once into `names` ("\n" before and after
 * each): /proc/filesystems' last field of each line ("nodev\ttmpfs",
 * "\text4"), /etc/hosts' names after each address, /etc/passwd's users
 * (before the first ':'). NULL when it cannot be read (or is over 4 MB):
 * then every word may be one. */
static char *names_of(const char *path, int kind)
{
	char *text, *out;
	size_t len;
	if ((kind == 2 ? read_kept(path, 4u << 20, &text, &len)
		       : bte_read_file(path, O_NONBLOCK, 4u << 20, &text, &len)))
		return NULL;
	if (!(out = malloc(2 * len + 2))) {
		free(text);
		return NULL;
	}
	size_t o = 0;
	out[o++] = '\n';
	char *lines, *fields;
	for (char *line = strtok_r(text, "\n", &lines); line; line = strtok_r(NULL, "\n", &lines)) {
		char *hash = kind == 1 ? strchr(line, '#') : NULL;
		if (hash)
			*hash = '\0';
		if (kind == 2)
			line[strcspn(line, ":")] = '\0';
		char *field = strtok_r(line, kind == 2 ? "" : " \t\r", &fields), *next;
		if (kind == 1 && field)
			field = strtok_r(NULL, " \t\r", &fields); /* past the address */
		for (; field; field = next) {
			next = strtok_r(NULL, " \t\r", &fields);
			if (kind == 0 && next)
				continue; /* (nodev) */
			for (char *c = field; *c; c++)
				out[o++] = (char)tolower((unsigned char)*c);
			out[o++] = '\n';
		}
	}
	out[o] = '\0';
	free(text);
	return out;
}

/* Whether `word` is a name of the file (names_of()): 1 when it is, or
 * when the file could not be read. */
static int listed_in(int which, const char *word)
{
	static const char *const PATHS[] = { "/proc/filesystems", "/etc/hosts", "/etc/passwd" };
	static char *names[3];
	static int read_once[3];
	if (!read_once[which]) {
		read_once[which] = 1;
		names[which] = names_of(PATHS[which], which);
	}
	char needle[WORD_MAX + 2];
	size_t wl = strlen(word);
	if (!names[which] || wl + 2 > WORD_MAX)
		return 1;
	needle[0] = '\n';
	for (size_t k = 0; k < wl; k++)
		needle[k + 1] = (char)tolower((unsigned char)word[k]);
	needle[wl + 1] = '\n';
	needle[wl + 2] = '\0';
	return strstr(names[which], needle) != NULL;
}

/* Whether `word` is one of `list` (NULL-ended), case aside. */
static int one_of(const char *word, const char *const *list)
{
	for (; *list; list++)
		if (!strcasecmp(word, *list))
			return 1;
	return 0;
}

int bte_kernel_thread(const char *word)
{
	static const char *const THREADS[] = { "kworker", "ksoftirqd", "kswapd", "kcompactd",
					       "migration", "cpuhp", "jbd2", "rcuop", "rcuog",
					       "rcuos", "irq", "scsi_eh", "scsi_tmf", "xfsaild",
					       "kdmflush", "idle_inject", "kblockd", NULL };
	return one_of(word, THREADS);
}

int bte_unlisted(const char *word)
{
	/* units, protocols, flags: words of the trade (kernel threads
	 * whose comm has a suffix: bte_kernel_thread()) */
	static const char *const TRADE[] = {
		"kbps", "mbps", "gbps", "kib", "mib", "gib", "tib", "kb", "mb", "gb", "tb", "iops",
		"rps", "qps", "pps", "bps", "hz", "khz", "mhz", "ghz", "usec", "usecs", "msec",
		"msecs", "nsec", "nsecs", "secs", "mins", "hrs", "numa", "rdwr", "rdonly",
		"wronly", "localhost", "ipv4", "ipv6", "tcp", "udp", "icmp", "sctp", "dns",
		"http", "https", "tls", "ssl", "vfs", "initrd", "userland", NULL
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
	if (bte_kernel_thread(word))
		return 0;
	for (const char *const *t = FIELDY; under && *t; t++)
		if (!strcmp(under + 1, *t))
			return 0;
	/* ("bitcoind", "rotctld": a daemon of a word, no typo of it) */
	int daemon = 0;
	if (n > 4 && n < WORD_MAX && word[n - 1] == 'd') {
		memcpy(head, word, n - 1);
		head[n - 1] = '\0';
		daemon = bte_english(head) == 1;
	}
	if (!n || n >= WORD_MAX || strchr(word, '.') || !strncmp(word, "lib", 3) ||
	    bte_device_name(word) || bte_english(word) != 0 ||
	    (letters == n && n >= 6 && !daemon && bte_english_near(word) != 0) ||
	    kernel_name(word) ||
	    listed_in(0, word) || listed_in(1, word) || listed_in(2, word) ||
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

int bte_program_shaped(const char *word)
{
	size_t n = strlen(word);
	char a[WORD_MAX];
	if (n < 4 || n >= WORD_MAX)
		return 0;
	/* two words run together ("userland", "pagecache", "pulseaudio") */
	for (size_t k = 3; k + 3 <= n; k++) {
		memcpy(a, word, k);
		a[k] = '\0';
		if (bte_english(a) == 1 && bte_english(word + k) == 1)
			return 0;
	}
	if (!strpbrk(word, "_-"))
		return word[n - 1] == 'd' && word[n - 2] != 'i' &&
		       isalpha((unsigned char)word[n - 2]);
	/* each part no word, and no word of the trade: "rtl_sdr",
	 * "uhd_rx_cfile", "gr-osmosdr"; never "cache_dir", "p99_latency",
	 * "cpu_0", "order_router" */
	static const char *const PARTS[] = {
		"dir", "dirs", "tmp", "mem", "proc", "buf", "bufs", "ns", "ms", "us", "id", "ids",
		"num", "cnt", "len", "sz", "ptr", "addr", "fd", "pid", "uid", "tid", "cpu", "net",
		"io", "rd", "wr", "src", "dst", "ctx", "cfg", "conf", "log", "lat", "pct", "avg",
		"max", "min", "nr", "idx", "ino", "dev", "ts", "sec", "usec", "nsec", "secs", "kb",
		"mb", "gb", "etc", "usr", "opt", "bin", "lib", "var", "k8s", "ipv4", "ipv6",
		"namespace", "cgroup", "pod", "db", "sql", "http", "tcp", "udp", "ip", "dns", NULL
	};
	for (const char *p = word; *p;) {
		size_t l = strcspn(p, "_-"), letters = 0;
		if (!l || l >= WORD_MAX || strspn(p, "0123456789") == l)
			return 0;
		memcpy(a, p, l);
		a[l] = '\0';
		while (letters < l && isalpha((unsigned char)a[letters]))
			letters++;
		for (int cut = 0; cut < 2; cut++, a[letters] = '\0') /* ("cpu0": cpu too) */
			for (const char *const *t = PARTS; *t; t++)
				if (!strcmp(a, *t))
					return 0;
		if (letters >= 3 && bte_english(a) != 0)
			return 0;
		p += l + (p[l] != '\0');
	}
	return 1;
}

int bte_names_other(const char *next)
{
	static const char *const OTHER[] = {
		"user", "users", "uid", "account", "group", "cgroup", "cgroups", "volume",
		"volumes", "cpu", "cpus", "core", "cores", "disk", "disks", "device", "devices",
		"dir", "directory", "folder", "file", "files", "pod", "pods", "container",
		"containers", "module", "modules", "host", "hosts", "node", "nodes", "namespace",
		"mount", "fs", "filesystem", "partition", "socket", "sockets", "port", "ports",
		"interface", "network", "cluster", "vm", "vms", "library", "lib", "package",
		"field", "column", "key", "value", "table", "queue",
		"database", "db", "bucket", "share", "drive", "card", NULL
	};
	return one_of(next, OTHER);
}

int bte_grouping_word(const char *word)
{
	static const char *const KEYED[] = {
		"group", "grouped", "grouping", "sort", "sorted", "sorting", "order", "ordered",
		"rank", "ranked", "key", "keyed", "split", "broken", "break", "down", "bucket",
		"bucketed", "aggregate", "aggregated", "count", "counted", "counts", "tally",
		"tallied", "histogram", "histograms", "hist", "number", "sum", "total", "totals",
		"average", "avg", "mean", "distribution", "rate", "size", "sizes", "value",
		"values", "max", "min", "list", "top", "field", "fields", "type", "kind", "name",
		"names", NULL
	};
	return one_of(word, KEYED);
}
