// SPDX-License-Identifier: Apache-2.0
#include "stem.h"

#include <errno.h>
#include <libstemmer.h>
#include <stdio.h>
#include <string.h>

struct sb_stemmer *stem_new(void)
{
	return sb_stemmer_new("english", "UTF_8");
}

void stem_free(struct sb_stemmer *st)
{
	if (st)
		sb_stemmer_delete(st);
}

int stem_word(struct sb_stemmer *st, const char *word, char *out, size_t len)
{
	size_t n = strlen(word);
	out[0] = '\0';
	if (!st || n < 4 || n > 64 || strspn(word, "abcdefghijklmnopqrstuvwxyz") != n)
		return 0;
	const sb_symbol *s = sb_stemmer_stem(st, (const sb_symbol *)word, (int)n);
	int sl = s ? sb_stemmer_length(st) : 0;
	if (sl < 3)
		return 0;
	if ((size_t)sl >= len)
		return -ENAMETOOLONG;
	memcpy(out, s, (size_t)sl);
	out[sl] = '\0';
	return 0;
}

int stem_phrase(struct sb_stemmer *st, const char *phrase, char *out, size_t len)
{
	size_t used = 0;
	int any = 0;
	out[0] = '\0';
	for (const char *p = phrase; *p;) {
		size_t wl = strcspn(p, " ");
		char word[72], stem[72];
		snprintf(word, sizeof(word), "%.*s", (int)(wl < 71 ? wl : 71), p);
		if (wl > 71 || stem_word(st, word, stem, sizeof(stem)))
			stem[0] = '\0';
		any |= stem[0] != '\0';
		int k = snprintf(out + used, len - used, "%s%s", used ? " " : "", stem[0] ? stem : "-");
		if (k < 0 || (size_t)k >= len - used) {
			out[0] = '\0';
			return -ENAMETOOLONG;
		}
		used += (size_t)k;
		p += wl + (p[wl] == ' ');
	}
	if (!any)
		out[0] = '\0';
	return 0;
}
