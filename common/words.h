/* SPDX-License-Identifier: Apache-2.0 */
/* What a word is outside the lexicon: an English word (the system's word
 * list, /usr/share/dict/words: Debian's wamerican or any package that
 * provides "wordlist"), one edit from one (a typo), or the name of a
 * device of this machine. The readers take a word for a process's name
 * where it stands in a process's place only when it is none of these.
 * Errors: negative errno, as in libbpf. */
#ifndef BTE_WORDS_H
#define BTE_WORDS_H

#include <stddef.h>

/* Whether `word` (letters, digits, "-", "_", ".") is in the word list,
 * compared without case (words with an apostrophe, "jack's", are left
 * out of it): 1 or 0; -ENOENT when there is no list
 * (or it is not a root-owned file others cannot write), -ENOMEM. With
 * no list, no word may be taken for a name on its strength. The list is
 * read once, on the first call. */
int bte_english(const char *word);

/* Whether a word of the list is one edit from `word` (a letter added,
 * dropped or changed, or two side by side swapped: "debuging",
 * "proccess"), `word` itself not counted: 1, 0, or as bte_english(). */
int bte_english_near(const char *word);

/* Whether the running kernel has a function `name` (its BTF,
 * /sys/kernel/btf/vmlinux, has a FUNC so named: one a kprobe can name;
 * a module's are not looked for): 1 or 0; -ENOENT when there is no BTF to
 * ask or it cannot be read. */
int bte_kernel_function(const char *name);

/* Whether `word` is the name of a block or network device: one this
 * machine has (/sys/class/block, /sys/class/net), or one by the kernel's
 * naming (sda, nvme0n1, mmcblk0p1, vdb, loop3, dm-0, eth0, enp3s0,
 * wlan0, lo). 1 or 0. */
int bte_device_name(const char *word);

/* The device number the block layer's requests (block:block_rq_*) carry
 * for the disk `name` of this machine ("vda", "nvme0n1": its dev_t as
 * the kernel keeps it, major << 20 | minor), read from /sys/class/block.
 * 0 with `*dev` set; -ENOENT when this machine has no such block device;
 * -ENOTSUP, with `why` set, for a partition (requests are the whole
 * disk's) or a device that takes no requests (device-mapper, md, zram:
 * their I/O is the disks' under them); -EINVAL for a name that is none
 * (a network interface's by the kernel's naming: "eth0", "can0"). */
int bte_block_device(const char *name, unsigned long *dev, char *why, size_t whylen);

/* Whether `word` (small letters, digits, "_", "-", ".") can be nothing
 * but a name: no word of the list, nor one edit from one when it is six
 * letters or more (shorter, one edit is chance: "jackd", "posd"); no
 * name of the running kernel (its BTF: "netns", "mountpoint", "kswapd"),
 * filesystem (/proc/filesystems), host (/etc/hosts, this machine's),
 * device, user of this machine, library ("libssl"), unit or other word
 * of the trade ("kbps", "numa", "jbd2"), underscored field ("inode_nr")
 * or file ("app.py"); and letters before digits that are no word either
 * ("top10", "x11" are not; "nginx2" is). 1 or 0 (0 with no list to ask,
 * and where BTF, /etc/hosts, /etc/passwd or /proc/filesystems cannot be
 * read). */
int bte_unlisted(const char *word);

/* Whether `word` has the shape of a program's name and of no word for
 * anything else: '_' or '-' in it (rtl_sdr, gr-osmosdr) or a daemon's
 * final "d" (jackd, smtpd; never "...id"), four characters at least, and
 * no two English words run together ("userland", "pagecache"); with '_'
 * or '-', no part an English word or a word of the trade ("cache_dir",
 * "p99_latency", "cpu_0", "order_router" are none). Names of
 * other shapes ("pulseaudio", "fdnum", "kubernetes") are a process's only
 * when the request says so ("the pulseaudio process"). 1 or 0. */
int bte_program_shaped(const char *word);

/* Whether `next`, the word after a name, makes it the name of something
 * other than a process ("the blarg user", "the blarg volume", "blarg
 * cpu"). 1 or 0. */
int bte_names_other(const char *next);

/* Whether `word`, before "by" or "of", makes what follows a key or a
 * measure ("grouped by", "broken down by", "a histogram of"), never a
 * process. 1 or 0. */
int bte_grouping_word(const char *word);

/* Whether `word` is the name of kernel threads whose comm has a suffix
 * ("kworker/0:1-events", "ksoftirqd/0", "jbd2/sda1-8"): no comm is the
 * word alone. 1 or 0. */
int bte_kernel_thread(const char *word);

#endif
