/* SPDX-License-Identifier: Apache-2.0 */
#define _GNU_SOURCE
#include "contracts.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "util.h"

#define SCHEMA_VERSION 1

struct hook {
	char *name;
	struct contract_fact *facts;
	size_t n_facts;
};

struct contracts {
	struct hook *table; /* open addressing, power-of-two capacity */
	size_t cap, n_hooks;
	char *release, *generated, *inputs, *digest;
	cJSON *dropped; /* lazy: parsed when first asked for */
	int dropped_parsed;
	int assume_conventional;
	size_t map_len; /* text is a private mapping of this length */
	/* lazy: the file's text, whose hooks are parsed when first looked up
	 * (and remembered, with a negative entry for a hook it lacks) */
	char *text;
};

static uint64_t hash(const char *s)
{
	return bte_hash64(s, strlen(s), BTE_HASH_SEED);
}

static char *dup_or_empty(const cJSON *s)
{
	return strdup(cJSON_IsString(s) ? s->valuestring : "");
}

/* The file's text, or NULL with errno. */
static char *slurp(const char *path)
{
	char *s = NULL;
	int rc = bte_read_file(path, 0, (size_t)256 << 20, &s, NULL);
	if (rc < 0)
		errno = -rc;
	return rc < 0 ? NULL : s;
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
			const cJSON *cls = cJSON_GetObjectItemCaseSensitive(f, "class");
			out->conventional = cJSON_IsString(cls) &&
					    strcmp(cls->valuestring, "guaranteed") != 0;
		}
	}
	db->n_hooks++;
	return 0;
}

static int check_seal(const char *text);

struct contracts *contracts_load(const char *path)
{
	char *text = slurp(path);
	if (!text)
		return NULL;
	if (check_seal(text)) {
		free(text);
		errno = EBADMSG;
		return NULL;
	}
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

#define SEAL_PREFIX "{\"content_hash\":\""
#define SEAL_LEN (sizeof(SEAL_PREFIX) - 1 + 16 + 2) /* ...hex", */

char *contracts_seal(const char *body)
{
	size_t n = strlen(body);
	if (n < 2 || body[0] != '{')
		return NULL;
	const char *rest = body + 1;
	int empty = rest[strspn(rest, " \t\n")] == '}';
	size_t len = SEAL_LEN + n + 2;
	char *out = malloc(len);
	if (!out)
		return NULL;
	/* the hash covers everything after the seal */
	int k = snprintf(out, len, "%s%016llx\"%s%s\n", SEAL_PREFIX, 0ULL, empty ? "" : ",", rest);
	size_t head = SEAL_LEN - (empty ? 1 : 0);
	uint64_t h = bte_hash64(out + head, (size_t)k - head, BTE_HASH_SEED);
	char hex[17];
	snprintf(hex, sizeof(hex), "%016llx", (unsigned long long)h);
	memcpy(out + sizeof(SEAL_PREFIX) - 1, hex, 16);
	return out;
}

/* 0 when `text` is unsealed (a dataset a user made by hand) or its seal
 * matches; -EBADMSG when it was damaged. */
static int check_seal(const char *text)
{
	size_t plen = sizeof(SEAL_PREFIX) - 1;
	if (strncmp(text, SEAL_PREFIX, plen) != 0)
		return 0;
	size_t n = strlen(text);
	if (n < SEAL_LEN)
		return -EBADMSG;
	char hex[17];
	memcpy(hex, text + plen, 16);
	hex[16] = '\0';
	size_t head = text[plen + 17] == ',' ? SEAL_LEN : SEAL_LEN - 1;
	uint64_t h = bte_hash64(text + head, n - head, BTE_HASH_SEED);
	char want[17];
	snprintf(want, sizeof(want), "%016llx", (unsigned long long)h);
	return strcmp(hex, want) == 0 && text[plen + 16] == '"' ? 0 : -EBADMSG;
}

/* The string member `key` of the small object at `at` (the text right
 * after its key), or "" */
static char *member(const char *at, const char *key)
{
	cJSON *o = at ? cJSON_ParseWithOpts(at, NULL, 0) : NULL;
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
	char *s = strdup(cJSON_IsString(v) ? v->valuestring : "");
	cJSON_Delete(o);
	return s;
}

static void text_free(char *text, size_t map_len)
{
	if (map_len)
		munmap(text, map_len);
	else
		free(text);
}

/* `text` is malloc'ed, or a mapping of `map_len` bytes; taken over. */
static struct contracts *from_text(char *text, size_t map_len)
{
	int err = check_seal(text);
	const char *version = value_of(text, "schema_version");
	if (!err && (!version || strtol(version, NULL, 10) != SCHEMA_VERSION ||
		     !value_of(text, "hooks")))
		err = -EINVAL;
	if (err) {
		text_free(text, map_len);
		errno = -err;
		return NULL;
	}
	const char *kernel = value_of(text, "kernel");
	struct contracts *db = calloc(1, sizeof(*db));
	if (db) {
		db->cap = 256;
		db->table = calloc(db->cap, sizeof(*db->table));
		db->text = text;
		db->map_len = map_len;
		db->release = member(kernel, "release");
		db->generated = member(kernel, "generated");
		db->inputs = member(kernel, "from");
		db->digest = member(kernel, "digest");
	}
	if (!db || !db->table || !db->release || !db->generated || !db->inputs || !db->digest) {
		if (db)
			db->text = NULL;
		contracts_free(db);
		text_free(text, map_len);
		errno = ENOMEM;
		return NULL;
	}
	return db;
}

struct contracts *contracts_load_text_lazy(char *text)
{
	if (!text) {
		errno = EINVAL;
		return NULL;
	}
	return from_text(text, 0);
}

struct contracts *contracts_load_fd_lazy(int fd)
{
	struct stat st;
	if (fstat(fd, &st) != 0)
		return NULL;
	long page = sysconf(_SC_PAGESIZE);
	size_t size = (size_t)st.st_size;
	/* The rest of the last page of a mapping reads as zeros: the text
	 * ends with a NUL there, unless the size is a multiple of a page. */
	if (S_ISREG(st.st_mode) && size > 0 && page > 0 && size % (size_t)page != 0) {
		char *map = mmap(NULL, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
		if (map != MAP_FAILED)
			return from_text(map, size);
	}
	char *text = NULL;
	int err = bte_read_fd(fd, 256 << 20, &text, NULL);
	if (err) {
		errno = -err;
		return NULL;
	}
	return from_text(text, 0);
}

struct contracts *contracts_load_lazy(const char *path)
{
	char *text = slurp(path);
	if (!text)
		return NULL;
	return contracts_load_text_lazy(text);
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
	return db && db->release ? db->release : "";
}

const char *contracts_generated(const struct contracts *db)
{
	return db && db->generated ? db->generated : "";
}

const char *contracts_inputs(const struct contracts *db)
{
	return db && db->inputs ? db->inputs : "";
}

const char *contracts_digest(const struct contracts *db)
{
	return db && db->digest ? db->digest : "";
}

static const cJSON *dropped_list(const struct contracts *db)
{
	struct contracts *m = (struct contracts *)db; /* a cache */
	if (!m->dropped_parsed && m->text) {
		const char *at = value_of(m->text, "curated_dropped");
		m->dropped = at ? cJSON_ParseWithOpts(at, NULL, 0) : NULL;
		m->dropped_parsed = 1;
	}
	return cJSON_IsArray(m->dropped) ? m->dropped : NULL;
}

size_t contracts_dropped_count(const struct contracts *db)
{
	const cJSON *l = db ? dropped_list(db) : NULL;
	return l ? (size_t)cJSON_GetArraySize(l) : 0;
}

int contracts_dropped(const struct contracts *db, size_t i, const char **hook,
		      const char **expr, const char **why)
{
	const cJSON *l = db ? dropped_list(db) : NULL;
	const cJSON *o = l ? cJSON_GetArrayItem(l, (int)i) : NULL;
	const cJSON *h = cJSON_GetObjectItemCaseSensitive(o, "hook");
	const cJSON *e = cJSON_GetObjectItemCaseSensitive(o, "expr");
	const cJSON *w = cJSON_GetObjectItemCaseSensitive(o, "why");
	if (!cJSON_IsString(h) || !cJSON_IsString(e) || !cJSON_IsString(w))
		return 0;
	*hook = h->valuestring;
	*expr = e->valuestring;
	*why = w->valuestring;
	return 1;
}

void contracts_assume_conventional(struct contracts *db, int on)
{
	if (db)
		db->assume_conventional = on;
}

int contracts_conventional_assumed(const struct contracts *db)
{
	return db && db->assume_conventional;
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
	if (db->text)
		text_free(db->text, db->map_len);
	db->text = NULL;
	free(db->release);
	free(db->generated);
	free(db->inputs);
	free(db->digest);
	cJSON_Delete(db->dropped);
	free(db);
}
