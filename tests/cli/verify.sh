#!/bin/sh
# --verify through the real plugin: verdicts, exit statuses, text and JSON.
set -eu
. "$(dirname "$0")/../lib.sh"
: "${PLUGIN:?PLUGIN must name the bpftrace-english plugin}"
V() { run "$BPFTRACE" --plugin "$PLUGIN" "$@"; }

V --verify -e 'tracepoint:syscalls:sys_enter_kill { assume(args->sig > 0 && args->sig <= 64); assert(args->sig < 65, "a signal number"); }'
expect_rc "proven and accepted by the kernel: exit 0" 0
expect_out "the verdict names line, column, condition and message" '^stdin:1:80: assert\(args->sig < 65\), a signal number: PROVEN$'
expect_out "the kernel check ran" "^kernel verifier: accepted tracepoint:syscalls:sys_enter_kill"
expect_out "the summary" "^VERIFIED: every assert is proven and the kernel accepts the program$"

V --verify -e 'tracepoint:syscalls:sys_enter_kill { assume(args->sig > 0); assert(args->sig < 65); }'
expect_rc "refuted: exit 1" 1
expect_out "with a counterexample naming the field" 'assert\(args->sig < 65\): REFUTED: counterexample: .*= (6[5-9]|[7-9][0-9]|[0-9]{3,})'
expect_out "the summary says why" "^NOT VERIFIED: an assert is refuted$"

printf 'BEGIN {\n  $x = 1;\n  assert($x == 1);\n}\n' > "$TMP/prog.bt"
V --verify "$TMP/prog.bt"
expect_rc "a file: exit 0" 0
expect_out "its name and line in the verdict" "prog.bt:3:3: assert\(\\\$x == 1\): PROVEN"

V --verify -f json -e 'BEGIN { $x = 2; assert($x == 1, "m"); }'
expect_rc "json: exit 1" 1
if python3 -c 'import json,sys; d=json.loads(open(sys.argv[1]).read()); a=d["asserts"][0]; assert a["verdict"]=="REFUTED" and a["message"]=="m" and "$x = 2" in a["reason"]; assert d["kernel"]["accepted"] is True and d["exit_status"]==1; assert d["verifier_ms"]["solve"] >= 0' "$TMP/out"; then
	ok "json: one document with the verdicts and the counterexample"; else not_ok "json: one document with the verdicts and the counterexample"; fi

V --verify -e 'kprobe:vfs_read { assume(pid == 1); assume(pid == 2); assert(0); }'
expect_rc "vacuous: exit 2" 2
expect_out "it is not called a proof" "assert\(0\): VACUOUS: no path reaches it"

run env BPFTRACE_VERIFY_LOOP_BOUND=2 "$BPFTRACE" --plugin "$PLUGIN" --verify -e 'kprobe:vfs_read { $i = 0; while ($i < 10) { $i++; } assert($i == 10); }'
expect_rc "a loop longer than the bound: exit 2" 2
expect_out "UNKNOWN with the reason" "UNKNOWN: a loop may run more than 2 iterations"

run env BPFTRACE_VERIFY_TIMEOUT=soon "$BPFTRACE" --plugin "$PLUGIN" --verify -e 'BEGIN { assert(1); }'
expect_out "a bad timeout setting is reported and ignored" "ignoring BPFTRACE_VERIFY_TIMEOUT=soon"
expect_rc "and the proof still runs" 0

V --verify -e 'BEGIN { printf("hi\n"); }'
expect_rc "no assert and the kernel accepts: exit 0" 0
expect_out "it says there is nothing to prove" "has no assert\(\) to prove"
expect_no_out "the program did not run" "^hi$"

V --verify -e 'BEGIN { while (1) { @x = 1; } assert(1); }'
expect_rc "the kernel rejects it: exit 1" 1
expect_out "with the verifier's verdict" "^kernel verifier: REJECTED BEGIN"

V --verify -e 'BEGIN { $x = ; }'
expect_rc "a program that does not compile: exit 2" 2
expect_out "bpftrace's diagnostic is shown" "^stdin:1:14-15: ERROR: syntax error"

V --verify -e 'kprobe:vfs_read { assert(arg2 > 0); }'
expect_out "kprobe scripts load-check here" "^kernel verifier: accepted kprobe:vfs_read"
expect_rc "and the refuted assert: exit 1" 1

# The kernel's contracts of the probes used are assumed, listed, and do
# not shift the columns the user sees.
prog='tracepoint:signal:signal_generate { assert(args->sig <= 64, "a real signal"); }'
V --verify -e "$prog"
expect_rc "a kernel contract proves it: exit 0" 0
expect_out "the contract is listed with its source" "^  tracepoint:signal:signal_generate: args->sig >= 1 && args->sig <= 64 \[hand-review\]$"
expect_out "the column is the user's" '^stdin:1:37: assert\(args->sig <= 64\), a real signal: PROVEN$'
V --verify --no-kernel-contracts -e "$prog"
expect_rc "--no-kernel-contracts: exit 1" 1
expect_out "same column" '^stdin:1:37: assert\(args->sig <= 64\), a real signal: REFUTED'
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
expect_out "its error is reported" "ERROR"
python3 -c 'print("// " + "c" * 1000000 + "\nBEGIN { assert(1 == 1); }")' > "$TMP/long2.bt"
V --verify "$TMP/long2.bt"
expect_rc "a valid program with a 1 MB comment line is verified" 0

# Contracts must not change the program: side effects are compile errors.
V --verify -e 'BEGIN { $i = 0; assume($i++ == 0); assert($i == 1); }'
expect_out "assume(\$i++ ...) is an error, with its place" "stdin:1:17-34: ERROR: assume\(\) condition must not change anything, but it uses \+\+"
if [ "$rc" -ne 0 ]; then ok "and it is not verified"; else not_ok "and it is not verified"; fi
run "$BPFTRACE" -e 'BEGIN { @m = 1; assert(@m++ == 1); exit(); }'
expect_out "a plain run refuses it too" "assert\(\) condition must not change anything, but it uses \+\+"

# A typo in a kprobe's function: it loads, but can never attach.
V --verify -e 'kprobe:no_such_function_xyz { assert(arg0 == arg0); }'
expect_rc "a kprobe on a missing function is not verified: exit 2" 2
expect_out "it says why" "kprobe:no_such_function_xyz can never attach: this kernel has no function no_such_function_xyz"
expect_out "bpftrace's own warning is shown" "stdin:1:1: warning: no_such_function_xyz is not traceable"
expect_no_out "never VERIFIED" "^VERIFIED"

finish
