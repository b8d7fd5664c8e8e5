#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# --verify through the real plugin: verdicts, exit statuses, text and JSON.
set -eu
. "$(dirname "$0")/../lib.sh"
: "${PLUGIN:?PLUGIN must name the bpftrace-english plugin}"
V() { run "$BPFTRACE" --plugin "$PLUGIN" "$@"; }

V --verify -e 'tracepoint:syscalls:sys_enter_kill { assume(args->sig > 0 && args->sig <= 64); assert(args->sig < 65, "a signal number"); }'
expect_rc "proven and accepted by the kernel: exit 0" 0
expect_out "the verdict names line, column and the assert as written" '^stdin:1:80: note: assert\(args->sig < 65, "a signal number"\) is PROVEN$'
expect_out "the kernel check ran" "^stdin: note: the kernel verifier accepts tracepoint:syscalls:sys_enter_kill"
expect_out "the summary" "^VERIFIED: every assert is proven and the kernel accepts the program$"

V --verify -e 'tracepoint:syscalls:sys_enter_kill { assume(args->sig > 0); assert(args->sig < 65); }'
expect_rc "refuted: exit 1" 1
expect_out "an error in the compiler form" '^stdin:1:61: error: assert\(args->sig < 65\) is REFUTED$'
expect_out "then the source line" '^tracepoint:syscalls:sys_enter_kill \{ assume'
expect_out "and a caret under the assert" '^ {60}\^~{21}$'
expect_out "with a counterexample naming the field" '^stdin:1:61: note: counterexample: args->sig = (6[5-9]|[7-9][0-9]|[0-9]{3,})'
expect_out "the summary says why" "^NOT VERIFIED: an assert is refuted$"

printf 'BEGIN {\n  $x = 1;\n  assert($x == 1);\n}\n' > "$TMP/prog.bt"
V --verify "$TMP/prog.bt"
expect_rc "a file: exit 0" 0
expect_out "its name and line in the verdict" "prog.bt:3:3: note: assert\(\\\$x == 1\) is PROVEN"

V --verify -f json -e 'BEGIN { $x = 2; assert($x == 1, "m"); }'
expect_rc "json: exit 1" 1
if python3 -c 'import json,sys; doc=json.loads(open(sys.argv[1]).read()); assert doc["type"]=="verify"; d=doc["data"]; assert d["schema_version"]==1 and d["verdict"]=="REFUTED"; a=d["asserts"][0]; assert a["verdict"]=="REFUTED" and a["message"]=="m" and "$x = 2" in a["reason"]; assert a["source"]=="assert($x == 1, \"m\")"; assert {"name":"$x","value":"2","hex":"0x2","relevant":True} in a["counterexample"], a; assert d["kernel"]["accepted"] is True and d["exit_status"]==1; assert d["verifier_ms"]["solve"] >= 0' "$TMP/out"; then
	ok "json: one document with the verdicts and the counterexample"; else not_ok "json: one document with the verdicts and the counterexample"; fi

V --verify -e 'kprobe:vfs_read { assume(pid == 1); assume(pid == 2); assert(0); }'
expect_rc "vacuous: exit 2" 2
expect_out "it is not called a proof" "^stdin:1:55: warning: assert\(0\) is VACUOUS$"
expect_out "with why" "^stdin:1:55: note: no path reaches it"

run env BPFTRACE_VERIFY_LOOP_BOUND=2 "$BPFTRACE" --plugin "$PLUGIN" --verify -e 'kprobe:vfs_read { $i = 0; while ($i < 10) { $i++; } assert($i == 10); }'
expect_rc "a loop longer than the bound: exit 2" 2
expect_out "UNKNOWN with the reason" "is UNKNOWN$"
expect_out "and the reason" "note: a loop may run more than 2 iterations"

run env BPFTRACE_VERIFY_TIMEOUT=soon "$BPFTRACE" --plugin "$PLUGIN" --verify -e 'BEGIN { assert(1); }'
expect_out "a bad timeout setting is reported and ignored" "ignoring BPFTRACE_VERIFY_TIMEOUT=soon"
expect_rc "and the proof still runs" 0

V --verify -e 'BEGIN { printf("hi\n"); }'
expect_rc "no assert and the kernel accepts: exit 0" 0
expect_out "it says there is nothing to prove" "has no assert\(\) to prove"
expect_no_out "the program did not run" "^hi$"

V --verify -e 'BEGIN { while (1) { @x = 1; } assert(1); }'
expect_rc "the kernel rejects it: exit 1" 1
expect_out "with the verifier's verdict" "^stdin: error: the kernel verifier rejects BEGIN"
expect_out "and the end of its log" "^  \| "
V --verify -f json -e 'BEGIN { while (1) { @x = 1; } assert(1); }'
if python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["data"]; p=d["kernel"]["programs"][0]; assert d["verdict"]=="REJECTED" and not p["accepted"]; assert p["verifier_log_trimmed"] and p["verifier_log_lines"] > 12 and len(p["verifier_log"].splitlines()) == 12, p' "$TMP/out"; then
	ok "json: the kernel log trimmed to its last 12 lines"; else not_ok "json: the kernel log trimmed to its last 12 lines"; fi
V --verify -f json -v -e 'BEGIN { while (1) { @x = 1; } assert(1); }'
if python3 -c 'import json,sys; d=json.loads(open(sys.argv[1]).read().strip().splitlines()[-1])["data"]; p=d["kernel"]["programs"][0]; assert not p["verifier_log_trimmed"] and len(p["verifier_log"].splitlines()) == p["verifier_log_lines"], p' "$TMP/out"; then
	ok "json -v: the whole kernel log"; else not_ok "json -v: the whole kernel log"; fi

V --verify -e 'BEGIN { $x = ; }'
expect_rc "a program that does not compile: exit 3" 3
expect_out "bpftrace's diagnostic in the compiler form" "^stdin:1:14: error: syntax error"
expect_out "with a caret under it" '^ {13}\^~$'

V --verify -e 'kprobe:vfs_read { assert(arg2 > 0); }'
expect_out "kprobe scripts load-check here" "^stdin: note: the kernel verifier accepts kprobe:vfs_read"
expect_rc "and the refuted assert: exit 1" 1

# The kernel's contracts of the probes used are assumed, listed, and do
# not shift the columns the user sees.
prog='tracepoint:signal:signal_generate { assert(args->sig <= 64, "a real signal"); }'
V --verify -e "$prog"
expect_rc "a kernel contract proves it: exit 0" 0
expect_out "the contract is listed with its source" "^  tracepoint:signal:signal_generate: args->sig >= 1 && args->sig <= 64 \[hand-review\]$"
expect_out "the column is the user's" '^stdin:1:37: note: assert\(args->sig <= 64, "a real signal"\) is PROVEN$'
V --verify --no-kernel-contracts -e "$prog"
expect_rc "--no-kernel-contracts: exit 1" 1
expect_out "same column" '^stdin:1:37: error: assert\(args->sig <= 64, "a real signal"\) is REFUTED'
expect_no_out "no contracts listed" "assuming the kernel's contracts"
run env BPFTRACE_CONTRACTS="$TMP/none.json" "$BPFTRACE" --plugin "$PLUGIN" --verify -e "$prog"
expect_out "a missing BPFTRACE_CONTRACTS file is reported" "BPFTRACE_CONTRACTS=.*none.json: No such file"
expect_rc "and nothing is assumed" 1

run env -u BPFTRACE_LLM_URL -u OPENAI_BASE_URL -u ANTHROPIC_API_KEY BPFTRACE_LLM_CONFIG=/nonexistent \
	"$BPFTRACE" --plugin "$PLUGIN" --from-english "show me the weather in paris"
expect_rc "--from-english without a model configured: exit 1" 1
expect_out "it says so and that nothing was sent" "no model endpoint is configured, so nothing was sent anywhere"

# A line of 1 MB: bpftrace's diagnostics quote it, and their parser is
# linear (a regex overflowed the stack at 50,000 characters).
python3 -c 'print("BEGIN { $x = \"" + "a" * 1000000 + "\" + 1; }")' > "$TMP/long.bt"
V --verify "$TMP/long.bt"
if [ "$rc" -ne 139 ] && [ "$rc" -ne 134 ]; then ok "a 1 MB line with an error does not crash (exit $rc)"; else not_ok "a 1 MB line with an error does not crash (exit $rc)"; fi
expect_out "its error is reported" "error: "

python3 -c 'print("// " + "c" * 1000000 + "\nBEGIN { assert(1 == 1); }")' > "$TMP/long2.bt"
V --verify "$TMP/long2.bt"
expect_rc "a valid program with a 1 MB comment line is verified" 0

# Contracts must not change the program: side effects are compile errors.
V --verify -e 'BEGIN { $i = 0; assume($i++ == 0); assert($i == 1); }'
expect_out "assume(\$i++ ...) is an error, with its place" "stdin:1:17: error: assume\(\) condition must not change anything, but it uses \+\+"
expect_rc "and nothing is verified: exit 3" 3
run "$BPFTRACE" -e 'BEGIN { @m = 1; assert(@m++ == 1); exit(); }'
expect_out "a plain run refuses it too" "assert\(\) condition must not change anything, but it uses \+\+"

# A typo in a kprobe's function: it loads, but can never attach.
V --verify -e 'kprobe:no_such_function_xyz { assert(arg0 == arg0); }'
expect_rc "a kprobe on a missing function is not verified: exit 2" 2
expect_out "it says why" "kprobe:no_such_function_xyz can never attach: this kernel has no function no_such_function_xyz"
expect_out "bpftrace's own warning is shown" "stdin:1:1: warning: no_such_function_xyz is not traceable"
expect_no_out "never VERIFIED" "^VERIFIED"
V --verify -f json -e 'kprobe:no_such_function_xyz { assert(arg0 == arg0); }'
if python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["data"]; assert d["verdict"]=="UNATTACHABLE" and d["exit_status"]==2 and d["unattachable"]; assert any(x["severity"]=="warning" and "not traceable" in x["message"] for x in d["diagnostics"])' "$TMP/out"; then
	ok "json: its own verdict, with the warning"; else not_ok "json: its own verdict, with the warning"; fi

# Exit statuses that mean one thing each, and JSON on every path.
json_ok() { # NAME VERDICT EXIT: the last run printed one valid document
	if python3 -c 'import json,sys; doc=json.loads([l for l in open(sys.argv[1], encoding="utf-8", errors="strict") if l.startswith("{")][-1]); d=doc["data"]; assert doc["type"]=="verify" and d["schema_version"]==1; assert d["verdict"]==sys.argv[2] and d["exit_status"]==int(sys.argv[3]), d' "$TMP/out" "$2" "$3" 2>"$TMP/why"; then
		ok "$1"; else sed 's/^/     /' "$TMP/why"; not_ok "$1"; fi
}
V --verify -f json -e 'BEGIN { $x = ; }'
expect_rc "json: a compile error: exit 3" 3
json_ok "json: a compile error is a document" ERROR 3
run "$BPFTRACE" --plugin "$PLUGIN" --verify -f json "$TMP/no-such-file.bt" 2>/dev/null
expect_rc "a missing file: exit 3" 3
json_ok "json: a missing file is a document" ERROR 3
run "$BPFTRACE" --plugin "$TMP/no-such-plugin.so" --verify -f json -e 'BEGIN { assert(1); }' 2>/dev/null
expect_rc "a missing plugin: exit 3" 3
json_ok "json: a missing plugin is a document" ERROR 3
run "$BPFTRACE" --plugin "$TMP/no-such-plugin.so" --verify -e 'BEGIN { assert(1); }'
expect_out "it says where it looked" "no-such-plugin.so"
run "$BPFTRACE" --verify -f json --no-such-option -e 'BEGIN { }' 2>/dev/null
expect_rc "an unknown option with --verify: exit 3" 3
json_ok "json: a usage error is a document" ERROR 3
run "$BPFTRACE" --verify -f json --load-check -e 'BEGIN { }' 2>/dev/null
expect_rc "--verify with --load-check: exit 3" 3
json_ok "json: a misused combination is a document" ERROR 3
run "$BPFTRACE" --verify -f json 2>/dev/null
expect_rc "no program: exit 3" 3
json_ok "json: no program is a document" ERROR 3
V --verify -f json -e 'BEGIN { assert(1 == 1); }'
json_ok "json: VERIFIED" VERIFIED 0
V --verify -f json -e 'BEGIN { printf("x"); }'
json_ok "json: no assert, accepted" ACCEPTED 0
V --verify -f json -e 'kprobe:vfs_read { assume(pid == 1); assume(pid == 2); assert(0); }'
json_ok "json: not proven" NOT_PROVEN 2

# Not UTF-8: an assert message with the byte 0xff.
printf 'BEGIN { $x = 1; assert($x == 2, "bad \377 byte"); }\n' > "$TMP/latin.bt"
V --verify -f json "$TMP/latin.bt"
json_ok "json: valid UTF-8 when the program is not" REFUTED 1
if python3 -c 'import json,sys; a=json.load(open(sys.argv[1]))["data"]["asserts"][0]; assert a["message"]=="bad \ufffd byte", a["message"]' "$TMP/out"; then
	ok "the byte becomes U+FFFD"; else not_ok "the byte becomes U+FFFD"; fi

# -o FILE and -q as in bpftrace.
V --verify -o "$TMP/report.txt" -e 'BEGIN { $x = 1; assert($x == 1); }'
expect_rc "-o: exit 0" 0
expect_no_out "-o: nothing on stdout" "is PROVEN"
if grep -q "^stdin:1:17: note: assert(\$x == 1) is PROVEN" "$TMP/report.txt" && grep -q "^VERIFIED" "$TMP/report.txt"; then
	ok "-o: the report is in the file"; else not_ok "-o: the report is in the file"; fi
V --verify -q -e 'BEGIN { $x = 1; assert($x == 1); assert($x == 2); }'
expect_no_out "-q: no notes of proven asserts" "is PROVEN"
expect_no_out "-q: no notes of accepted programs" "accepts BEGIN"
expect_out "-q: the refutation stays" 'error: assert\(\$x == 2\) is REFUTED'
expect_out "-q: the summary stays" "^NOT VERIFIED"

# Counterexamples: the values the assert depends on; the rest with -v.
prog='tracepoint:syscalls:sys_enter_kill /comm == "sh"/ { $p = args->pid; if (args->sig > 3) { $q = $p + 1; assert($q != 5); } }'
# which values are relevant is asked of Z3 within the verify timeout: on
# a loaded machine 1 s may not do, and every value is then shown
export BPFTRACE_VERIFY_TIMEOUT=20000
V --verify -e "$prog"
expect_out "the counterexample has what the assert depends on" "note: counterexample: \\\$q = 5, \\\$p = 4, args->pid = 4$"
expect_no_out "and not the rest" "counterexample: .*(comm|args->sig)"
V --verify -v -e "$prog"
expect_out "-v: the run's other values too" "note: the run's other values: .*args->sig = .*comm = \"sh\""
unset BPFTRACE_VERIFY_TIMEOUT

# A probe of several attach points: one line per verdict.
V --verify -e 'tracepoint:syscalls:sys_enter_read,tracepoint:syscalls:sys_enter_write { assert(args->count >= 0); }'
n=$(grep -c "the kernel verifier accepts" "$TMP/out" || true)
if [ "$n" -eq 1 ]; then ok "one kernel line for two attach points"; else not_ok "one kernel line for two attach points ($n)"; fi

# A refutation on a map value another probe stored says why in a hint.
V --verify -e 'tracepoint:syscalls:sys_enter_kill { assume(args->sig <= 64); @s[tid] = args->sig; } tracepoint:syscalls:sys_exit_kill { $s = @s[tid]; assert($s <= 64, "a signal"); }'
expect_rc "the map value is not known: exit 1" 1
expect_out "a hint says why" "note: @s is read from a map, which holds whatever any probe stored in it"

# A map key that is missing in the counterexample has no hex of its own
# (it once had the value before it, and freed it twice).
V --verify --no-kernel-contracts -f json -e 'BEGIN { @m[2] = 1; } tracepoint:syscalls:sys_enter_openat { $x = 1; assert(@m[1] != 0); }'
if python3 -c 'import json,sys; c=json.load(open(sys.argv[1]))["data"]["asserts"][0]["counterexample"]; m=[v for v in c if v["name"]=="@m[1]"][0]; assert m["value"]=="missing" and "hex" not in m, c' "$TMP/out"; then
	ok "a missing map key: value missing, no hex"; else not_ok "a missing map key: value missing, no hex"; fi

# A wildcard that matches nothing here: its probe is never loaded, so it
# is not VERIFIED whatever its proof says.
V --verify -e 'BEGIN { exit(); } kprobe:zzzz_nonexist* { assert(1 == 1); }'
expect_rc "a probe never loaded: exit 2" 2
expect_out "it says so" "kprobe:zzzz_nonexist\\* was never loaded: nothing on this kernel matches it"

# A list of tracepoints whose `args` differ has one program per attach
# point, each named after it, reported under the list: all were loaded.
V --verify -e 'tracepoint:syscalls:sys_enter_openat,
tracepoint:syscalls:sys_enter_openat2 { assert(args->filename != 0 || 1 == 1, "any"); }'
expect_rc "tracepoints expanded one program each: all loaded, exit 0" 0
V --verify -e 'tracepoint:syscalls:sys_enter_openat* { printf("%s\n", str(args->filename)); }'
expect_rc "a wildcard expanded one program each: all loaded, exit 0" 0

# Contracts injected for the proof (shared by both tracepoints) give each
# attach point a program of its own there, not in the kernel check: still
# every probe attaches.
V --verify -e 'tracepoint:sched:sched_wakeup,tracepoint:sched:sched_wakeup_new { @[comm] = count(); }'
expect_rc "a list expanded only for the proof: exit 0" 0
# A wildcard that matches nothing beside one that matches: the first does
# not hide the second.
V --verify -e 'uprobe:/bin/bash:readl* { @a = count(); } uprobe:/bin/bash:zzzq_nonexist* /pid == 1/ { assert(pid == 1, "f"); }'
expect_rc "a dead wildcard beside a live one: exit 2" 2
expect_out "it is named" "uprobe:/bin/bash:zzzq_nonexist\\* was never loaded"

# bpftrace's wildcard is '*' alone: brackets match only themselves, so a
# live probe does not make `readlin[e]*` live.
V --verify -e 'uprobe:/bin/bash:readline { @r = count(); } uprobe:/bin/bash:readlin[e]* { assert(pid >= 0, "x"); }'
expect_rc "brackets are not a wildcard: exit 2" 2
# A BEGIN/END probe is listed under its whole name ("...zzq*,END"): it
# does not make the dead wildcard beside it live.
V --verify -e 'uprobe:/bin/bash:zzq_nonexist*,END { @x = count(); } uprobe:/bin/bash:zzq_nonexist* { assert(pid >= 0, "y"); }'
expect_rc "a dead wildcard is not hidden by an END probe's name: exit 2" 2

# Positional parameters: the proof would not see them, so no verdict.
V --verify -e 'BEGIN { assert($1 != 5, "not five"); exit(); }' 5
expect_rc "--verify with a positional parameter: exit 3" 3
expect_out "it says why" "does not take positional parameters"
run env BPFTRACE_STRLEN=abc "$BPFTRACE" --plugin "$PLUGIN" --verify -f json -e 'BEGIN { assert(1); }'
expect_rc "a bad environment value with --verify: exit 3" 3
json_ok "json: a bad environment value is a document" ERROR 3
V --verify -c /nonexistent/command -e 'BEGIN { assert(1 == 1); }'
expect_rc "--verify -c does not start the command: exit 0" 0

# bpftrace's own tools with asserts added: every line of the report is a
# diagnostic in the compiler form, a source line and its caret under it,
# a listed assumption or log line, or the summary.
: "${BPFTRACE_TOOLS:?BPFTRACE_TOOLS must name bpftrace's tools directory}"
diag_form() { # NAME: the last run's report has the compiler form
	if python3 - "$TMP/out" <<'PY' 2>"$TMP/why"; then ok "$1"; else sed 's/^/     /' "$TMP/why"; not_ok "$1"; fi
import re, sys
lines = open(sys.argv[1]).read().splitlines()
diag = re.compile(r"^[^ :]+(:\d+:\d+)?: (error|warning|note): \S")
i = 0
while i < len(lines):
    l = lines[i]
    if diag.match(l):
        # a source line and a caret line may follow
        if i + 2 < len(lines) + 1 and i + 2 <= len(lines) - 1 and re.match(r"^[ \t]*\^~*$", lines[i + 2]):
            i += 3
            continue
        i += 1
        continue
    if l.startswith("  ") or re.match(r"^(NOT VERIFIED|VERIFIED|no assert)", l):
        i += 1
        continue
    sys.exit("not in the compiler form: %r" % l)
PY
}
sed -e 's|^\t@tsig\[tid\] = args->sig;|&\n\tassert(args->sig <= 64, "a signal number");|' \
    -e 's|^\ttime("%H:%M:%S  ");|&\n\tassert(@tsig[tid] <= 64, "the signal stored");|' \
	"$BPFTRACE_TOOLS/killsnoop.bt" > "$TMP/killsnoop.bt"
V --verify "$TMP/killsnoop.bt"
expect_rc "killsnoop with asserts: refuted, exit 1" 1
expect_out "kill's signal is not bounded by the kernel" 'killsnoop.bt:[0-9]+:2: error: assert\(args->sig <= 64, "a signal number"\) is REFUTED'
expect_out "the stored signal neither, with the map hint" 'note: @tsig is read from a map'
diag_form "killsnoop: the report is in the compiler form"
sed -e 's|^\t\$errno = .*|&\n\tassert($fd >= -1, "an fd or -1");\n\tassert($errno >= 0, "an errno");|' \
	"$BPFTRACE_TOOLS/opensnoop.bt" > "$TMP/opensnoop.bt"
V --verify "$TMP/opensnoop.bt"
expect_out "opensnoop: the fd or -1 is proven" 'opensnoop.bt:[0-9]+:2: note: assert\(\$fd >= -1, "an fd or -1"\) is PROVEN'
expect_out "opensnoop: -ret is negative for the most negative ret" 'opensnoop.bt:[0-9]+:2: error: assert\(\$errno >= 0, "an errno"\) is REFUTED'
expect_out "with that ret in the counterexample" 'note: counterexample: .*args->ret = 9223372036854775808'
diag_form "opensnoop: the report is in the compiler form"

V --verify -e 'tracepoint:syscalls:sys_enter_openat /comm == "nginx"/ { assert(comm == "nginx", "n"); }'
expect_rc "comm read twice: proven, exit 0" 0
expect_out "under an assumption it lists" "^stdin: note: assuming the task's name \\(comm\\) and cgroup stay the same all through one probe run"
V --verify -f json -e 'tracepoint:syscalls:sys_enter_openat /comm == "nginx"/ { assert(comm == "nginx", "n"); }'
expect_out "and in JSON" '"model_assumptions":\["the task.s name \(comm\) and cgroup stay the same'

V --verify -e 'tracepoint:syscalls:sys_enter_lseek { assert($1 == 0, "p"); }'
expect_rc "a positional parameter: nothing checked, exit 3" 3
expect_out "it says why and what to do" "reads a positional parameter .*write the value into the program"
V --verify -e 'tracepoint:syscalls:sys_enter_lseek { printf("$1\n"); /* $# */ assert(1 == 1, "$1"); }'
expect_rc "\$1 in strings and comments is no parameter: exit 0" 0

# The kernel's contracts are text about fields: nothing is assumed when the
# program's macros or the user's headers could change what a field is,
# and the compile checked is the run's (the same -I and --include).
prio='tracepoint:sched:sched_switch { assert(args->prev_prio <= 139, "p"); }'
V --verify -e "$prio"
expect_rc "a kernel fact proves it: exit 0" 0
printf '#define ANSWER 42\n' > "$TMP/answer.h"
V --verify --include "$TMP/answer.h" -e "$prio"
expect_rc "--include: no contracts, so not proven: exit 1" 1
expect_out "it says why" "^stdin: note: not assuming the kernel's contracts: -I or --include"
V --verify -e "#define int long
$prio"
expect_out "a #define: not assumed either, with the line" "^stdin:1:1: note: not assuming the kernel's contracts: a preprocessor directive"
V --verify --include "$TMP/answer.h" -e 'tracepoint:syscalls:sys_enter_lseek { assert(ANSWER == 42, "m"); }'
expect_rc "the checked compile sees the --include file's macro: exit 0" 0
# A macro hidden from the scan (in a struct's body bpftrace's lexer reads
# raw text, so '"' opens no string there) that renames a probe: the
# contracts of sys_enter_read must never be assumed in sys_enter_write.
cat > "$TMP/renamed.bt" <<'EOF'
struct foo { char c[sizeof('"')]; }
#define sys_enter_read sys_enter_write
struct bar { char d[sizeof('"')]; }
tracepoint:syscalls: sys_enter_read { assert(args->__syscall_nr == 0); }
tracepoint:syscalls:sys_enter_write { @n = args->count; }
EOF
V --verify "$TMP/renamed.bt"
expect_rc "a macro renaming a probe: the read's contract is not assumed there, refuted: exit 1" 1
expect_out "the directive is found anyway" "renamed.bt:2:1: note: not assuming the kernel's contracts"
expect_no_out "never proven" "is PROVEN"
V --verify -e 'tracepoint:sched:sched_switch { printf("#abc #5ba5\n"); assert(args->prev_prio <= 139, "p"); }'
expect_rc "a '#' and a word in a string is no directive: the contract proves it, exit 0" 0
V --verify -e "#include <linux/types.h>
$prio"
expect_out "an #include <header> can define macros too: not assumed" "^stdin:1:1: note: not assuming the kernel's contracts"
V --verify -e "#!/usr/bin/env bpftrace
$prio"
expect_rc "a shebang is no directive: contracts assumed, exit 0" 0

finish
