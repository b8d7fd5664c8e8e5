/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
#include "screen.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Control characters a program may hold as they are. */
static int harmless(unsigned char c)
{
	return c == '\n' || c == '\t';
}

const char *screen_program(const char *p, unsigned *line)
{
	unsigned ln = 1;
	int line_start = 1, in_string = 0, in_block = 0, in_line_comment = 0;
	for (size_t i = 0; p[i]; i++) {
		unsigned char c = (unsigned char)p[i];
		if (c == '\n') {
			ln++;
			line_start = 1;
			in_line_comment = 0;
			continue;
		}
		if ((c < 0x20 && !harmless(c)) || c == 0x7f) {
			/* bpftrace source has no use for them; in a string
			 * literal they would also reach the terminal at run time */
			*line = ln;
			return c == '\r' ? "a carriage return (\\r): the source must not rewrite lines on the screen"
					 : "a control character: the source must not hold escape sequences";
		}
		if (in_line_comment)
			continue;
		if (in_block) {
			if (c == '*' && p[i + 1] == '/') {
				in_block = 0;
				i++;
			}
			continue;
		}
		if (in_string) {
			if (c == '\\' && p[i + 1] && p[i + 1] != '\n')
				i++;
			else if (c == '"')
				in_string = 0;
			continue;
		}
		if (c == ' ' || c == '\t')
			continue;
		/* "%:" is the digraph of '#' */
		if ((c == '#' || (c == '%' && p[i + 1] == ':')) && line_start) {
			*line = ln;
			return "a preprocessor directive (#include, #define, ...): it makes the compiler "
			       "read files before you have seen the program";
		}
		if (c == '/' && p[i + 1] == '*') {
			/* a comment is a blank to the preprocessor: a '#' after
			 * it still starts a directive */
			in_block = 1;
			i++;
			continue;
		}
		line_start = 0;
		if (c == '"')
			in_string = 1;
		else if (c == '/' && p[i + 1] == '/')
			in_line_comment = 1;
	}
	return NULL;
}

unsigned screen_premise(const char *p)
{
	unsigned ln = 1;
	for (size_t i = 0; p[i]; i++) {
		if (p[i] == '\n') {
			ln++;
		} else if (p[i] == '"') {
			for (i++; p[i] && p[i] != '"'; i++) {
				if (p[i] == '\\' && p[i + 1])
					i++;
				if (p[i] == '\n')
					ln++;
			}
			if (!p[i])
				break;
		} else if (p[i] == '/' && p[i + 1] == '/') {
			while (p[i + 1] && p[i + 1] != '\n')
				i++;
		} else if (p[i] == '/' && p[i + 1] == '*') {
			for (i += 2; p[i] && !(p[i] == '*' && p[i + 1] == '/'); i++)
				ln += p[i] == '\n';
			if (!p[i])
				break;
			i++;
		} else if (!strncmp(p + i, "assume", 6) &&
			   (i == 0 || !(isalnum((unsigned char)p[i - 1]) || p[i - 1] == '_' ||
					p[i - 1] == '$' || p[i - 1] == '@'))) {
			/* what bpftrace's lexer skips between a name and its '(':
			 * blanks, line ends and comments */
			size_t j = i + 6;
			for (;;) {
				if (p[j] == ' ' || p[j] == '\t' || p[j] == '\n' || p[j] == '\r' ||
				    p[j] == '\f' || p[j] == '\v') {
					j++;
				} else if (p[j] == '/' && p[j + 1] == '*') {
					const char *end = strstr(p + j + 2, "*/");
					if (!end)
						return ln; /* unterminated: refuse */
					j = (size_t)(end - p) + 2;
				} else if (p[j] == '/' && p[j + 1] == '/') {
					while (p[j] && p[j] != '\n')
						j++;
				} else {
					break;
				}
			}
			if (p[j] == '(')
				return ln;
		}
	}
	return 0;
}

/* The length of the valid UTF-8 sequence at s that is not a C1 control
 * (U+0080..U+009F), or 0. */
static size_t utf8_printable(const unsigned char *s)
{
	size_t n = s[0] >= 0xf0 && s[0] <= 0xf4 ? 4 : s[0] >= 0xe0 ? 3 : s[0] >= 0xc2 ? 2 : 0;
	if (n == 0 || s[0] > 0xf4)
		return 0;
	for (size_t i = 1; i < n; i++)
		if ((s[i] & 0xc0) != 0x80)
			return 0;
	if (n == 2 && s[0] == 0xc2 && s[1] < 0xa0)
		return 0; /* C1 control */
	if (n == 3 && s[0] == 0xe0 && s[1] < 0xa0)
		return 0; /* overlong */
	if (n == 4 && ((s[0] == 0xf0 && s[1] < 0x90) || (s[0] == 0xf4 && s[1] > 0x8f)))
		return 0;
	return n;
}

void screen_render(FILE *out, const char *text)
{
	const unsigned char *s = (const unsigned char *)text;
	while (*s) {
		if ((*s >= 0x20 && *s < 0x7f) || harmless(*s)) {
			fputc(*s++, out);
			continue;
		}
		size_t n = *s >= 0x80 ? utf8_printable(s) : 0;
		if (n) {
			fwrite(s, 1, n, out);
			s += n;
			continue;
		}
		fprintf(out, "\\x%02x", *s++);
	}
}

char *screen_rendered(const char *text)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	if (!f)
		return NULL;
	screen_render(f, text);
	if (fclose(f) != 0) {
		free(buf);
		return NULL;
	}
	return buf;
}
