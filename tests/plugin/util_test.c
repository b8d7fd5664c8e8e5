/* SPDX-License-Identifier: Apache-2.0 */
/* common/util.c: the XDG directory rules, reading a whole file (and not
 * through a link when told), the growable string. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check.h"
#include "util.h"

static void xdg(void)
{
	char buf[256];
	setenv("HOME", "/home/u", 1);
	setenv("XDG_CACHE_HOME", "/var/tmp/c", 1);
	check(bte_xdg_path("XDG_CACHE_HOME", ".cache", "app", buf, sizeof(buf)) == 0 &&
		      !strcmp(buf, "/var/tmp/c/app"),
	      "an absolute XDG variable is used");
	setenv("XDG_CACHE_HOME", "rel/c", 1);
	check(bte_xdg_path("XDG_CACHE_HOME", ".cache", "app", buf, sizeof(buf)) == 0 &&
		      !strcmp(buf, "/home/u/.cache/app"),
	      "a relative XDG variable is ignored for HOME's directory");
	unsetenv("XDG_CACHE_HOME");
	check(bte_xdg_path("XDG_CACHE_HOME", ".cache", "", buf, sizeof(buf)) == 0 &&
		      !strcmp(buf, "/home/u/.cache"),
	      "no REL: the directory itself");
	setenv("HOME", "relative", 1);
	check(bte_xdg_path("XDG_CACHE_HOME", ".cache", "app", buf, sizeof(buf)) == -ENOENT,
	      "neither absolute: -ENOENT");
	setenv("HOME", "/home/u", 1);
	check(bte_xdg_path("XDG_CACHE_HOME", ".cache", "app", buf, 8) == -ENAMETOOLONG,
	      "a short buffer: -ENAMETOOLONG");
}

static void files(void)
{
	char dir[] = "/tmp/bte-util-XXXXXX";
	if (!mkdtemp(dir)) {
		check(0, "a temporary directory");
		return;
	}
	char path[300], link[300];
	snprintf(path, sizeof(path), "%s/f", dir);
	snprintf(link, sizeof(link), "%s/l", dir);
	FILE *f = fopen(path, "w");
	if (f) {
		fputs("hello\n", f);
		fclose(f);
	}
	check(symlink(path, link) == 0, "a link made");
	char *text = NULL;
	size_t len = 0;
	check(bte_read_file(path, 0, 100, &text, &len) == 0 && len == 6 && !strcmp(text, "hello\n"),
	      "a file read whole");
	free(text);
	text = NULL;
	check(bte_read_file(path, 0, 3, &text, &len) == -EFBIG && !text, "more than max: -EFBIG");
	check(bte_read_file(link, O_NOFOLLOW, 100, &text, &len) == -ELOOP,
	      "O_NOFOLLOW: a link is not followed");
	check(bte_read_file("/nonexistent/x", 0, 100, &text, &len) == -ENOENT,
	      "a missing file: -ENOENT");
	unlink(link);
	unlink(path);
	rmdir(dir);
}

static void buf(void)
{
	struct bte_buf b = { 0 };
	for (int i = 0; i < 1000; i++)
		bte_buf_printf(&b, "%d,", i);
	check(!b.failed && b.len == strlen(b.s) && !strncmp(b.s, "0,1,2,", 6) &&
		      !strcmp(b.s + b.len - 4, "999,"),
	      "a growable string keeps every addition");
	free(b.s);
}

int main(void)
{
	xdg();
	files();
	buf();
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
