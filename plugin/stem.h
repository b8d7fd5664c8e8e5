/* SPDX-License-Identifier: Apache-2.0 */
/* English stems, by Snowball's libstemmer (Porter2): "displayed",
 * "displays" and "displaying" are "display". The offline reader matches a
 * word of a request to the lexicon by its stem when it does not match as
 * written (reader.h says for which classes).
 *
 * Only words that are worth a stem have one: four letters or more, all
 * lower-case ASCII letters, whose stem keeps three or more ("mins" has
 * none: it is not "min"; nor "us", "ms", "pid"). Abbreviations and names
 * match as written.
 *
 * Errors: negative errno (-ENOMEM: libstemmer could not make a stemmer). */
#ifndef BTE_STEM_H
#define BTE_STEM_H

#include <stddef.h>

struct sb_stemmer;

/* A stemmer for English, or NULL (out of memory); free it with
 * stem_free(). One stemmer is not for two threads at once. */
struct sb_stemmer *stem_new(void);
void stem_free(struct sb_stemmer *st);

/* The stem of `word` into out (len bytes), "" when the word has none
 * (see above). Returns 0, or -ENAMETOOLONG when the stem does not fit. */
int stem_word(struct sb_stemmer *st, const char *word, char *out, size_t len);

/* The stems of the words of `phrase` (separated by one space), each one
 * or "-" where a word has none, joined by spaces; "" when no word has a
 * stem. Returns 0, or -ENAMETOOLONG. */
int stem_phrase(struct sb_stemmer *st, const char *phrase, char *out, size_t len);

#endif
