/* SPDX-License-Identifier: Apache-2.0 */
/* Tests of the comprehension step's reading of answers and placing of
 * obligations: both take a model's text, so hostile input must be safe
 * and must never become more than one assert(). Built with ASan and
 * UBSan. Prints "N passed, N failed". */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "comprehend.h"
#include "check.h"

/* `s` with each placement mark (" #" and 4 hex digits before ':') taken
 * out, in place: the marks are random. */
static char *unmarked(char *s)
{
	char *o = s;
	for (char *p = s; p && *p;) {
		if (p[0] == ' ' && p[1] == '#' && strspn(p + 2, "0123456789abcdef") == 4 && p[6] == ':') {
			p += 6;
			continue;
		}
		*o++ = *p++;
	}
	if (o)
		*o = '\0';
	return s;
}

static const char REQUEST[] = "Show each new TCP connection, with the destination port in "
			      "host byte order.";

/* One obligation with this condition and these words; its parse result. */
static int parse_one(const char *words, const char *condition, struct obligations *ob)
{
	char *answer = NULL, *error = NULL;
	if (asprintf(&answer, "{\"obligations\": [{\"words\": \"%s\", \"says\": \"s\", \"probe\": "
			      "\"tracepoint:a:b\", \"condition\": \"%s\"}]}", words, condition) < 0)
		return -1;
	int rc = obligations_parse(answer, REQUEST, ob, &error);
	free(answer);
	free(error);
	return rc;
}

static int accepted(const char *words, const char *condition)
{
	struct obligations ob;
	int ok = parse_one(words, condition, &ob) == 0 && ob.n == 1;
	obligations_free(&ob);
	return ok;
}

static void test_parse(void)
{
	struct obligations ob;
	char *error = NULL;
	const char *fenced = "Here:\n```json\n{\"obligations\": [{\"words\": \"in host byte order\", "
			     "\"says\": \"the port is in host order\", \"probe\": \"tracepoint:sock:x , "
			     "kprobe:f\", \"condition\": \"$port == args->dport\"}]}\n```\n";
	check(obligations_parse(fenced, REQUEST, &ob, &error) == 0 && ob.n == 1,
	      "a fenced JSON answer is read");
	check(ob.n == 1 && !strcmp(ob.v[0].probe, "tracepoint:sock:x,kprobe:f"),
	      "the probe is kept without white space");
	check(ob.n == 1 && !strcmp(unmarked(ob.v[0].message), "request 1: the port is in host order"),
	      "the assert message names the obligation");
	obligations_free(&ob);

	check(obligations_parse("no JSON here", REQUEST, &ob, &error) == -1 && error,
	      "text that is not JSON is an error");
	free(error);
	error = NULL;
	check(obligations_parse("{\"obligations\": 3}", REQUEST, &ob, &error) == -1,
	      "obligations that are not a list are an error");
	free(error);
	error = NULL;
	check(obligations_parse("{\"obligations\": []}", REQUEST, &ob, &error) == 0 && ob.n == 0,
	      "an empty list is an answer");
	obligations_free(&ob);

	check(accepted("Host  Byte ORDER", "1 == 1"), "words match folded: case and spaces");
	check(!accepted("byte orde", "1 == 1"), "words must be whole words");
	check(!accepted("only for nginx", "1 == 1"), "words not in the request are left out");
	check(!accepted("", "1 == 1"), "empty words are left out");
	check(accepted("port", "str(args->filename) == \\\"a,b;c)\\\"" ),
	      "a string with , ; ) in it is one expression");
	check(!accepted("port", "1, \\\"x\\\"); system(\\\"id\\\"); assert(1"),
	      "a condition that closes the assert() is left out");
	check(!accepted("port", "1) ; exit(); (1"), "a ';' is left out");
	check(!accepted("port", "1 } kprobe:f { exit()"), "braces are left out");
	check(!accepted("port", "1 // x"), "a comment is left out");
	check(!accepted("port", "(1"), "unbalanced parentheses are left out");
	check(!accepted("port", "1)"), "a closing parenthesis too many is left out");
	check(!accepted("port", "\\\"open"), "an open string is left out");
	check(!accepted("port", "1 == 1\\n"), "a line break is left out");
	check(!accepted("port", ""), "an empty condition is left out");

	const char *many = "{\"obligations\": [7, {\"words\": \"port\"}, {\"words\": \"port\", \"says\": "
			   "\"a\\\"b%c\\\\d\", \"probe\": \"p\", \"condition\": \"1\"}]}";
	check(obligations_parse(many, REQUEST, &ob, &error) == 0 && ob.n == 1 && ob.dropped &&
		      strstr(ob.dropped, "obligation 1: it is not a JSON object") &&
		      strstr(ob.dropped, "obligation 2: it lacks"),
	      "what is left out is said, the rest kept");
	check(ob.n == 1 && !strpbrk(ob.v[0].message, "\"%\\"),
	      "the message has no quote, '%' or backslash");
	obligations_free(&ob);

	char long_says[400];
	memset(long_says, 'a', sizeof(long_says) - 1);
	long_says[sizeof(long_says) - 1] = '\0';
	char *answer = NULL;
	asprintf(&answer, "{\"obligations\": [{\"words\": \"port\", \"says\": \"%s\", \"probe\": \"p\", "
			  "\"condition\": \"1\"}]}", long_says);
	check(answer && obligations_parse(answer, REQUEST, &ob, &error) == 0 && ob.n == 1 &&
		      strlen(ob.v[0].message) <= 63 && strlen(ob.v[0].says) == 399,
	      "a long message is cut to bpftrace's 63 bytes; the words shown stay whole");
	free(answer);
	obligations_free(&ob);
}

static void test_strip(void)
{
	char *s = contracts_stripped("k:f { assert(x == 1, \"a(b\"); $a = 1; assume (y) ;"
				     " printf(\"assert(1);\"); /* assert(2); */ myassert(3); }");
	check(s && !strcmp(s, "k:f {  $a = 1;  printf(\"assert(1);\"); /* assert(2); */ "
			      "myassert(3); }"),
	      "asserts and assumes go; strings, comments and other names stay");
	free(s);
	s = contracts_stripped("k:f { assert(x /* ) */ == 1); $b = 2; }");
	check(s && !strcmp(s, "k:f {  $b = 2; }"), "a ')' in a comment inside an assert is read as one");
	free(s);
	s = contracts_stripped("k:f {\n  assert(a);\n  @x = 1; assert(b);\n\tassume(c);  \n}\n");
	check(s && !strcmp(s, "k:f {\n  @x = 1; \n}\n"),
	      "a line left blank by a contract goes; one with a statement stays");
	free(s);
	s = contracts_stripped("k:f { assert(1");
	check(s && !strcmp(s, "k:f { assert(1"), "an unclosed assert is left as it is");
	free(s);
}

/* obligations_insert() for `prog` with these block names (the host's). */
static int insert(const char *prog, const char *const *blocks, size_t n, struct obligations *ob,
		  struct bt_insert **ins, size_t *n_ins, char **error)
{
	free(*error);
	*error = NULL;
	return obligations_insert(prog, blocks, n, ob, ins, n_ins, error);
}

static void test_insert(void)
{
	struct obligations ob;
	char *error = NULL;
	const char *answer = "{\"obligations\": ["
			     "{\"words\": \"port\", \"says\": \"one\", \"probe\": \"k:f, k:g\", \"condition\": \"a\"},"
			     "{\"words\": \"port\", \"says\": \"two\", \"probe\": \"tracepoint:x:y\", \"condition\": \"b\"},"
			     "{\"words\": \"port\", \"says\": \"three\", \"probe\": \"k:h\", \"condition\": \"$v == 1\"}]}";
	obligations_parse(answer, REQUEST, &ob, &error);
	const char *prog = "k:f,k:g /pid == 1/ {\n  $x = 1;\n}\nt:x:y { @ = count(); }\n"
			   "k:h { $v = 1; $v += 1; }\nt:x:y { }\n";
	static const char *const blocks[] = { "kprobe:f,kprobe:g", "tracepoint:x:y", "kprobe:h",
					      "tracepoint:x:y" };
	struct bt_insert *ins = NULL;
	size_t n = 0;
	check(insert(prog, blocks, 4, &ob, &ins, &n, &error) == 0 && n == 4,
	      "each obligation goes into each block of its probe");
	check(n == 4 && ins[0].probe == 0 && ins[0].tag == 0 && ins[1].probe == 1 &&
		      ins[1].tag == 1 && ins[2].probe == 3 && ins[2].tag == 1 &&
		      ins[3].probe == 2 && ins[3].tag == 2,
	      "aliases written out on both sides; the tag is the obligation's index");
	check(n == 4 && ins[0].kind == BT_CONTRACT_ASSERT && ins[0].place == BT_INSERT_END &&
		      !strcmp(ins[0].block, "kprobe:f,kprobe:g") && !strcmp(ins[0].condition, "a") &&
		      !strcmp(unmarked(ob.v[0].message), "request 1: one") &&
		      !strcmp(ins[1].origin, "request 2 (\"port\")"),
	      "an assert at the end of the body, with its block's name, message and origin");
	check(ob.v[2].reassigned && !ob.v[0].reassigned, "a variable assigned twice is seen");
	free(ins);
	static const char *const kr[] = { "kretprobe:f" };
	struct obligations one;
	obligations_parse("{\"obligations\": [{\"words\": \"port\", \"says\": \"v\", "
			  "\"probe\": \"k:f\", \"condition\": \"1\"}]}", REQUEST, &one, &error);
	check(insert("kr:f { }", kr, 1, &one, &ins, &n, &error) == -1 && error &&
		      strstr(error, "probe k:f, which the program does not have"),
	      "kprobe:f is not kretprobe:f");
	free(error);
	error = NULL;
	obligations_free(&one);
	static const char *const xy[] = { "tracepoint:x:y" };
	obligations_parse("{\"obligations\": [{\"words\": \"port\", \"says\": \"v\", "
			  "\"probe\": \"t:x:y\", \"condition\": \"$v > 0\"}]}", REQUEST, &one, &error);
	check(insert("t:x:y { $i = 0; while ($i < 2) { $v = $i; $i++; } }", xy, 1, &one, &ins, &n,
		     &error) == 0 && one.v[0].reassigned,
	      "a variable assigned in a loop counts as assigned twice");
	free(ins);
	check(insert("t:x:y { $v = 1; // the list.\n while (pid < 3) { @x = 1; } }", xy, 1, &one,
		     &ins, &n, &error) == 0 && one.v[0].reassigned,
	      "a loop after a comment ending in '.' is still a loop");
	free(ins);
	check(insert("t:x:y { $v = 1; @for = 1; printf(\"while\"); /* unroll */ }", xy, 1, &one, &ins,
		     &n, &error) == 0 && !one.v[0].reassigned,
	      "a loop's name in a string or a comment is no loop");
	free(ins);
	check(insert("t:x:y { $v = 1; }\nt:z:w { $v = 2; }", xy, 1, &one, &ins, &n, &error) == 0 &&
		      !one.v[0].reassigned,
	      "variables are a block's own");
	free(ins);
	check(insert("t:x:y { $v /* c */ = 1; printf(\"%d\", $v); $v = 2; }", xy, 1, &one, &ins, &n,
		     &error) == 0 && one.v[0].reassigned,
	      "an assignment behind a comment is one");
	free(ins);
	check(insert("t:x:y { $v = 1; $v // c\n = 2; }", xy, 1, &one, &ins, &n, &error) == 0 &&
		      one.v[0].reassigned,
	      "an assignment behind a line comment is one");
	free(ins);
	check(insert("t:x:y { $v = 1; ++/**/$v; }", xy, 1, &one, &ins, &n, &error) == 0 &&
		      one.v[0].reassigned,
	      "an increment behind a comment is one");
	free(ins);
	static const char *const xy2[] = { "tracepoint:x:y", "tracepoint:x:y" };
	check(insert("t:x:y/pid == 1/ { $v = 1; $v = 2; }\nt:x:y { $v = 1; }", xy2, 2, &one, &ins,
		     &n, &error) == 0 && n == 2 && one.v[0].reassigned,
	      "a block the scan keys otherwise (a predicate without a space): the whole program");
	free(ins);
	check(insert("t:x:y { $v = 1; printf(\"(%d\", $v); }", xy, 1, &one, &ins, &n, &error) == 0 &&
		      !one.v[0].unshown,
	      "a variable printed as it is is shown (a '(' in the format is no bracket)");
	free(ins);
	check(insert("t:x:y { $v = 1; printf(\"%d\", bswap($v)); }", xy, 1, &one, &ins, &n,
		     &error) == 0 && one.v[0].unshown,
	      "a variable printed through a function is not shown as it is");
	free(ins);
	check(insert("t:x:y { $v = 1; $w = $v; printf(\"%d\", $w); }", xy, 1, &one, &ins, &n,
		     &error) == 0 && one.v[0].unshown,
	      "a variable copied to another is not shown itself");
	free(ins);
	check(insert("t:x:y { $v = 1; @m[comm, $v] = count(); }", xy, 1, &one, &ins, &n, &error) ==
			      0 && one.v[0].unshown,
	      "a map's key is not counted (what a map shows depends on the rest)");
	free(ins);
	check(insert("t:x:y { $v = 1; @s = sum($v); }", xy, 1, &one, &ins, &n, &error) == 0 &&
		      one.v[0].unshown,
	      "an aggregation's argument is not counted");
	free(ins);
	check(insert("t:x:y { $v = 1; printf(\"%s %lu %d\", comm, 1, $v); }", xy, 1, &one, &ins,
		     &n, &error) == 0 && !one.v[0].unshown,
	      "its specifier is the one for its place");
	free(ins);
	check(insert("t:x:y { $v = 1; printf(\"%-08x\", $v); }", xy, 1, &one, &ins, &n, &error) ==
			      0 && !one.v[0].unshown,
	      "hexadecimal with flags and a width shows it");
	free(ins);
	check(insert("t:x:y { $v = 1; printf(\"%hhu\", $v); }", xy, 1, &one, &ins, &n, &error) == 0 &&
		      one.v[0].unshown,
	      "a narrow specifier does not show it");
	free(ins);
	check(insert("t:x:y { $v = 1; printf(\"%c %o\", $v, $v); }", xy, 1, &one, &ins, &n,
		     &error) == 0 && one.v[0].unshown,
	      "nor a character or octal");
	free(ins);
	check(insert("t:x:y { $v = 1; printf(\"%%d %d\", $v, 2); }", xy, 1, &one, &ins, &n,
		     &error) == 0 && one.v[0].unshown,
	      "a format with %% is not read");
	free(ins);
	check(insert("t:x:y { $v = 1; if (pid == 0) { printf(\"%d\", $v); } }", xy, 1, &one, &ins,
		     &n, &error) == 0 && one.v[0].unshown,
	      "a printf under an if does not always run");
	free(ins);
	check(insert("t:x:y { $v = 1; printf(\"%5.2lu %-3llX\", $v, $v); }", xy, 1, &one, &ins, &n,
		     &error) == 0 && !one.v[0].unshown,
	      "a width and l or ll show it");
	free(ins);
	check(insert("t:x:y { $v = 1; printf(\"%.0d\", $v); }", xy, 1, &one, &ins, &n, &error) == 0 &&
		      one.v[0].unshown,
	      "a precision does not (%.0d prints nothing for 0)");
	free(ins);
	check(insert("t:x:y { $v = 1; printf(\"%i %d\", $v, 1); }", xy, 1, &one, &ins, &n, &error) ==
			      0 && one.v[0].unshown,
	      "%i is no specifier to bpftrace: the count does not match, not read");
	free(ins);
	check(insert("t:x:y { $v = 1; printf(\"\\x25c %d\", $v, 1); }", xy, 1, &one, &ins, &n,
		     &error) == 0 && one.v[0].unshown,
	      "an escape that makes a '%' is not read");
	free(ins);
	check(insert("t:x:y { $v = 1; printf(\"%#x %d\", 1, $v); }", xy, 1, &one, &ins, &n,
		     &error) == 0 && one.v[0].unshown,
	      "%#x is no specifier to bpftrace: not read");
	free(ins);
	check(insert("t:x:y { $v = 1; printf(\"port %-%d\", $v); }", xy, 1, &one, &ins, &n, &error) ==
			      0 && one.v[0].unshown,
	      "a '%' that starts no specifier is not read (snprintf() prints %d)");
	free(ins);
	check(insert("t:x:y { $v = 1; printf(\"% .0sport %d\", $v); }", xy, 1, &one, &ins, &n,
		     &error) == 0 && one.v[0].unshown,
	      "nor a flag bpftrace does not know");
	free(ins);
	check(insert("t:x:y { $v = 1; if (pid) { } printf(\"%s %d\\n\", comm, $v); }", xy, 1, &one,
		     &ins, &n, &error) == 0 && !one.v[0].unshown,
	      "a printf after an if's block is a statement of the body");
	free(ins);
	check(insert("t:x:y { $v = 1; printf(\"%d\", @m[$v]); }", xy, 1, &one, &ins, &n, &error) ==
			      0 && one.v[0].unshown,
	      "a map looked up with it does not show it");
	free(ins);
	check(insert("t:x:y { $v = 1; /* printf(\"%d\", $v) */ }", xy, 1, &one, &ins, &n,
		     &error) == 0 && one.v[0].unshown,
	      "a print in a comment shows nothing");
	free(ins);
	check(insert("t:q:r { $v = 1; printf(\"%d\", $v); }", xy, 1, &one, &ins, &n, &error) == 0 &&
		      one.v[0].unshown,
	      "a block the scan does not find: not shown");
	free(ins);
	check(insert("t:q:r { $v = 1; }\nt:z:w { $v = 2; }", xy, 1, &one, &ins, &n, &error) == 0 &&
		      one.v[0].reassigned,
	      "a block the text's scan does not find: judged over the whole program");
	free(ins);
	one.v[0].tautology = one.v[0].evidence = 1;
	char first[64];
	snprintf(first, sizeof(first), "%s", one.v[0].message);
	check(insert("t:x:y { $v = 1; }", xy, 1, &one, &ins, &n, &error) == 0 &&
		      !one.v[0].tautology && !one.v[0].evidence,
	      "the last candidate's verdicts are cleared");
	free(ins);
	int marks_differ = strcmp(first, one.v[0].message) != 0;
	insert("t:x:y { $v = 1; }", xy, 1, &one, &ins, &n, &error);
	free(ins);
	marks_differ |= strcmp(first, one.v[0].message) != 0;
	check(marks_differ, "each placement marks its messages anew");
	obligations_free(&one);
	check(obligation_message_used("a { printf(\"x\");\n assert(1, \"request 1x\"); }") == 2 &&
		      !obligation_message_used("a { printf(\"a request 1\"); }"),
	      "a candidate's string starting with the tag and a digit is found");
	check(insert("t:x:y { }", xy, 1, &ob, &ins, &n, &error) == -1 && error &&
		      strstr(error, "k:f,k:g, which the program does not have"),
	      "an obligation for a probe the program lacks is an error");
	free(error);
	obligations_free(&ob);
}

int main(void)
{
	test_parse();
	test_strip();
	test_insert();
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
