#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The plugin flags on the command line: usage errors, a missing plugin,
# --help and the man page.
set -eu
. "$(dirname "$0")/../lib.sh"

run "$BPFTRACE" --help
expect_rc "--help exits 0" 0
for flag in --from-english --verify --emit-program --yes --plugin --check-asserts --load-check --no-kernel-contracts --tries; do
	expect_out "--help documents $flag" "^ +$flag"
done
man="$SOURCE_DIR/build/bpftrace-src/man/adoc/bpftrace.adoc"
[ -f "$man" ] || man="$(dirname "$BPFTRACE")/../../bpftrace-src/man/adoc/bpftrace.adoc"
for flag in from-english verify emit-program yes plugin check-asserts load-check no-kernel-contracts tries; do
	if grep -q -- "^\*--$flag\*" "$man"; then ok "man page documents --$flag"; else not_ok "man page documents --$flag"; fi
done

nowhere="$TMP/no-such-plugin.so"
run env -u BPFTRACE_PLUGIN "$BPFTRACE" --plugin "$nowhere" --from-english "count syscalls"
expect_rc "--from-english without the plugin exits 1" 1
expect_out "it says the plugin is missing" "--from-english needs the bpftrace-english plugin"
expect_out "it names where it looked" "$nowhere: not found"
expect_out "it says what to do" "Build and install it"

run env BPFTRACE_PLUGIN="$nowhere" "$BPFTRACE" --verify -e 'BEGIN { assert(1); }'
expect_rc "--verify without the plugin exits 3 (nothing checked)" 3
expect_out "BPFTRACE_PLUGIN is where it looked" "$nowhere: not found"

printf 'not an ELF file\n' > "$TMP/bogus.so"
run "$BPFTRACE" --plugin "$TMP/bogus.so" --verify -e 'BEGIN { }'
expect_rc "a file that is not a plugin: --verify exits 3" 3
expect_out "dlopen's reason is shown" "bogus.so: .*(invalid ELF header|file too short)"

run env ABI_TEST_REFUSE=1 "$BPFTRACE" --plugin "$TEST_PLUGIN" --verify -e 'BEGIN { }'
expect_rc "a plugin that refuses the ABI: --verify exits 3" 3
expect_out "the refusal is explained" "refuses this bpftrace's plugin ABI version 1"

run "$BPFTRACE" --emit-program - -e 'BEGIN { }'
expect_rc "--emit-program needs --from-english" 1
expect_out "and says so" "use it with --from-english"

run "$BPFTRACE" --tries 2 -e 'BEGIN { }'
expect_rc "--tries needs --from-english" 1
expect_out "and says so" "--tries sets how often --from-english asks the model"

for bad in 0 21 x 3x ""; do
	run "$BPFTRACE" --from-english "count syscalls" --tries "$bad"
	expect_rc "--tries '$bad' is a usage error" 1
	expect_out "and says what to give" "--tries needs a number from 1 to 20"
done

run "$BPFTRACE" --from-english "count syscalls" -e 'BEGIN { }'
expect_rc "--from-english with -e is a usage error" 1
expect_out "and says so" "give no -e program or file"

run "$BPFTRACE" --from-english "   "
expect_rc "an empty request is a usage error" 1
expect_out "and says what to give" "needs a request"

run "$BPFTRACE" --from-english "x" --verify
expect_rc "--from-english with --verify is a usage error: exit 3" 3

run "$BPFTRACE" --verify
expect_rc "--verify needs a program: exit 3" 3
expect_out "and says so" "filename or -e 'program' required"

run "$BPFTRACE" --verify -l
expect_rc "--verify with -l is a usage error: exit 3" 3

# --from-english hands the request and the user's flags to the plugin and
# runs what it returns, like -e.
run env ABI_TEST_PROGRAM='BEGIN { printf("from the plugin\n"); exit(); }' \
	"$BPFTRACE" --plugin "$TEST_PLUGIN" --from-english "say hello" --yes --unsafe
expect_rc "--from-english runs the accepted program" 0
expect_out "the plugin got the request and flags" "english=say hello yes=1 unsafe=1 emit=$"
expect_out "the program ran" "^from the plugin$"

run env ABI_TEST_PROGRAM='BEGIN { system("true"); exit(); }' \
	"$BPFTRACE" --plugin "$TEST_PLUGIN" --from-english "run true" --yes
expect_rc "a returned program with an unsafe builtin does not run without --unsafe" 1
expect_out "bpftrace's safe mode rejects it" "system\(\) is an unsafe function"

run env ABI_TEST_PROGRAM='BEGIN { printf("not run\n"); }' \
	"$BPFTRACE" --plugin "$TEST_PLUGIN" --from-english "hello" --emit-program "$TMP/prog.bt"
expect_rc "--emit-program FILE exits 0" 0
expect_no_out "--emit-program runs nothing" "^not run$"
if grep -q 'printf("not run' "$TMP/prog.bt"; then ok "--emit-program wrote the program"; else not_ok "--emit-program wrote the program"; fi

run env ABI_TEST_PROGRAM='BEGIN { printf("x\n"); }' \
	"$BPFTRACE" --plugin "$TEST_PLUGIN" --from-english "hello" --emit-program -
expect_out "--emit-program - writes to stdout" '^BEGIN \{ printf\("x\\n"\); \}$'

run "$BPFTRACE" --plugin "$TEST_PLUGIN" --from-english "hello"
expect_rc "the plugin's failure status is bpftrace's" 3

# -V names the patched build; a plain run says nothing about RLIMIT_MEMLOCK
# (libbpf raises it where the kernel needs it).
run "$BPFTRACE" -V
expect_out "-V names the patched build" '^bpftrace v0\.17\.0 \(bpftrace-english [0-9]+\.[0-9]+\.[0-9]+, plugin ABI 1\)$'
run "$BPFTRACE" -e 'BEGIN { printf("ran\n"); exit(); }'
expect_rc "BEGIN { exit(); } runs: exit 0" 0
expect_out "and prints" "^ran$"
expect_no_out "no RLIMIT_MEMLOCK error" "RLIMIT_MEMLOCK"
finish
