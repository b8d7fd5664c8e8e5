#define _GNU_SOURCE
#include "contracts.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>

#define SCHEMA_VERSION 1

struct hook {
	char *name;
	struct contract_fact *facts;
	size_t n_facts;
};

struct contracts {
	struct hook *table; /* open addressing, power-of-two capacity */
	size_t cap, n_hooks;
	char *release;
	/* lazy: the file's text, whose hooks are parsed when first looked up
	 * (and remembered, with a negative entry for a hook it lacks) */
	char *text;
};

static uint64_t hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

static char *dup_or_empty(const cJSON *s)
{
	return strdup(cJSON_IsString(s) ? s->valuestring : "");
}

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *s = NULL;
	long n;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
		s = malloc((size_t)n + 1);
		if (s && fread(s, 1, (size_t)n, f) != (size_t)n) {
			free(s);
			s = NULL;
			errno = EIO;
		} else if (s) {
			s[n] = '\0';
		}
	}
	fclose(f);
	return s;
}

static int add_hook(struct contracts *db, const cJSON *h)
{
	size_t n = (size_t)cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(h, "pre")) +
		   (size_t)cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(h, "post"));
	if (n == 0)
		return 0;
	size_t i = hash(h->string) & (db->cap - 1);
	while (db->table[i].name)
		i = (i + 1) & (db->cap - 1);
	struct hook *slot = &db->table[i];
	slot->name = strdup(h->string);
	slot->facts = calloc(n, sizeof(*slot->facts));
	if (!slot->name || !slot->facts)
		return -ENOMEM;
	for (int post = 0; post < 2; post++) {
		const cJSON *f;
		cJSON_ArrayForEach(f, cJSON_GetObjectItemCaseSensitive(h, post ? "post" : "pre")) {
			struct contract_fact *out = &slot->facts[slot->n_facts++];
			out->expr = dup_or_empty(cJSON_GetObjectItemCaseSensitive(f, "expr"));
			out->source = dup_or_empty(cJSON_GetObjectItemCaseSensitive(f, "source"));
			out->note = dup_or_empty(cJSON_GetObjectItemCaseSensitive(f, "note"));
			out->post = post;
			out->implied_by_type = cJSON_IsTrue(
				cJSON_GetObjectItemCaseSensitive(f, "implied_by_type"));
		}
	}
	db->n_hooks++;
	return 0;
}

struct contracts *contracts_load(const char *path)
{
	char *text = slurp(path);
	if (!text)
		return NULL;
	cJSON *doc = cJSON_Parse(text);
	free(text);
	const cJSON *version = doc ? cJSON_GetObjectItemCaseSensitive(doc, "schema_version") : NULL;
	const cJSON *hooks = doc ? cJSON_GetObjectItemCaseSensitive(doc, "hooks") : NULL;
	if (!cJSON_IsNumber(version) || version->valueint != SCHEMA_VERSION ||
	    !cJSON_IsObject(hooks)) {
		cJSON_Delete(doc);
		errno = EINVAL;
		return NULL;
	}
	struct contracts *db = calloc(1, sizeof(*db));
	size_t want = 2 * (size_t)cJSON_GetArraySize(hooks) + 2;
	if (db)
		for (db->cap = 16; db->cap < want; db->cap *= 2)
			;
	if (db)
		db->table = calloc(db->cap, sizeof(*db->table));
	const cJSON *kernel = cJSON_GetObjectItemCaseSensitive(doc, "kernel");
	if (db)
		db->release = dup_or_empty(cJSON_GetObjectItemCaseSensitive(kernel, "release"));
	int err = db && db->table && db->release ? 0 : -ENOMEM;
	const cJSON *h;
	cJSON_ArrayForEach(h, hooks) {
		if (err)
			break;
		err = add_hook(db, h);
	}
	cJSON_Delete(doc);
	if (err) {
		contracts_free(db);
		errno = -err;
		return NULL;
	}
	return db;
}

/* The text right after "key": (cJSON's own formatting: a tab or a space
 * may follow the colon), or NULL. */
static const char *value_of(const char *text, const char *key)
{
	size_t len = strlen(key);
	for (const char *p = strstr(text, key); p; p = strstr(p + 1, key)) {
		if (p == text || p[-1] != '"' || p[len] != '"' || p[len + 1] != ':')
			continue;
		return p + len + 2;
	}
	return NULL;
}

struct contracts *contracts_load_lazy(const char *path)
{
	char *text = slurp(path);
	if (!text)
		return NULL;
	const char *version = value_of(text, "schema_version");
	const char *release = value_of(text, "release");
	if (!version || strtol(version, NULL, 10) != SCHEMA_VERSION || !value_of(text, "hooks")) {
		free(text);
		errno = EINVAL;
		return NULL;
	}
	struct contracts *db = calloc(1, sizeof(*db));
	if (db) {
		db->cap = 256;
		db->table = calloc(db->cap, sizeof(*db->table));
		db->text = text;
		const char *q1 = release ? strchr(release, '"') : NULL;
		const char *q2 = q1 ? strchr(q1 + 1, '"') : NULL;
		db->release = q2 ? strndup(q1 + 1, (size_t)(q2 - q1 - 1)) : strdup("");
	}
	if (!db || !db->table || !db->release) {
		if (db)
			db->text = NULL;
		contracts_free(db);
		free(text);
		errno = ENOMEM;
		return NULL;
	}
	return db;
}

/* The table entry of `hook`, or NULL. */
static struct hook *find(const struct contracts *db, const char *hook)
{
	for (size_t i = hash(hook) & (db->cap - 1); db->table[i].name; i = (i + 1) & (db->cap - 1))
		if (!strcmp(db->table[i].name, hook))
			return &db->table[i];
	return NULL;
}

/* Lazy mode: parses the hook's object out of the text into the table,
 * or remembers that the file has no facts for it. */
static void load_hook(struct contracts *db, const char *hook)
{
	if ((db->n_hooks + 1) * 4 >= db->cap * 3)
		return; /* full: further hooks just find nothing */
	const char *v = value_of(db->text, hook);
	while (v && (*v == ' ' || *v == '\t' || *v == '\n'))
		v++;
	cJSON *h = v ? cJSON_ParseWithOpts(v, NULL, 0) : NULL;
	if (cJSON_IsObject(h) && (h->string = strdup(hook)) != NULL)
		add_hook(db, h);
	cJSON_Delete(h);
	if (!find(db, hook)) {
		size_t i = hash(hook) & (db->cap - 1);
		while (db->table[i].name)
			i = (i + 1) & (db->cap - 1);
		db->table[i].name = strdup(hook);
		db->n_hooks++;
	}
}

const struct contract_fact *contracts_lookup(const struct contracts *db,
					     const char *hook, size_t *n)
{
	*n = 0;
	if (!db || !hook)
		return NULL;
	if (db->text && !find(db, hook))
		load_hook((struct contracts *)db, hook); /* a cache, not the contents */
	const struct hook *h = find(db, hook);
	if (!h || !h->n_facts)
		return NULL;
	*n = h->n_facts;
	return h->facts;
}

const char *contracts_kernel_release(const struct contracts *db)
{
	return db ? db->release : "";
}

size_t contracts_hook_count(const struct contracts *db)
{
	return db ? db->n_hooks : 0;
}

void contracts_free(struct contracts *db)
{
	if (!db)
		return;
	for (size_t i = 0; db->table && i < db->cap; i++) {
		struct hook *h = &db->table[i];
		for (size_t j = 0; j < h->n_facts; j++) {
			free((char *)h->facts[j].expr);
			free((char *)h->facts[j].source);
			free((char *)h->facts[j].note);
		}
		free(h->facts);
		free(h->name);
	}
	free(db->table);
	free(db->release);
	free(db->text);
	free(db);
}
