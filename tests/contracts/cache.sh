#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The kernel contracts are made on first use and cached, keyed by the
# kernel release and a digest of their inputs; the cache is written
# atomically and never through a symbolic link; a damaged or unusable
# cache costs one warning, never the proof.
set -eu
. "$(dirname "$0")/../lib.sh"
: "${PLUGIN:?PLUGIN must name the bpftrace-english plugin}"
prog='tracepoint:signal:signal_generate { assert(args->sig <= 64); }'
cache="$TMP/cache"
# V CACHE [ENV...]: --verify of $prog with the cache directory CACHE
V() {
	c=$1
	shift
	run env BPFTRACE_CONTRACTS_CACHE="$c" "$@" "$BPFTRACE" --plugin "$PLUGIN" --verify -e "$prog"
}
ms() { date +%s%3N; }
proven() { expect_out "$1" '^stdin:1:37: note: assert\(args->sig <= 64\) is PROVEN$'; }

t0=$(ms)
V "$cache"
t1=$(ms)
expect_rc "first use: the README's example is proven with no step by the user" 0
proven "with the signal contract"
expect_out "the dataset is made, said on one line with its time" "^bpftrace-english: making the kernel contracts of Linux .* \(first use\)\.\.\. [0-9]+ hooks, .* in [0-9.]+ s$"
expect_out "the report names the release, when and from what" "^stdin: note: assuming the kernel's contracts \(Linux $(uname -r), generated [0-9-]+ [0-9:]+ UTC from /sys/kernel/btf/vmlinux, "
n=$(ls "$cache" | wc -l)
if [ "$n" -eq 1 ] && ls "$cache" | grep -Eq "^$(uname -r)-[0-9a-f]{16}\.json$"; then
	ok "one cache file, named by release and digest"; else not_ok "one cache file, named by release and digest"; fi
file=$(ls "$cache"/*.json)
t2=$(ms)
V "$cache"
t3=$(ms)
expect_rc "second run: proven" 0
expect_no_out "second run: a cache hit, nothing made" "making the kernel contracts"
printf '     first use %d ms, cache hit %d ms (whole runs)\n' $((t1 - t0)) $((t3 - t2))
# the best of three runs: one hit's cost, without the machine's noise
hit=
for i in 1 2 3; do
	run env BPFTRACE_CONTRACTS_CACHE="$cache" "$BPFTRACE" --plugin "$PLUGIN" -v --verify -e "$prog"
	t=$(sed -n 's/.*cached in .* (\([0-9.]*\) ms).*/\1/p' "$TMP/out" | head -1)
	if [ -n "$t" ] && { [ -z "$hit" ] || awk -v a="$t" -v b="$hit" 'BEGIN { exit !(a < b) }'; }; then hit=$t; fi
done
expect_out "-v: the hit says where and how long it took" "the kernel contracts of Linux .*: cached in .* \([0-9.]+ ms\)"
if awk -v t="$hit" 'BEGIN { exit !(t + 0 < 5) }'; then ok "a cache hit costs under 5 ms ($hit ms)"
else not_ok "a cache hit costs under 5 ms ($hit ms)"; fi

# Another BTF (a modified copy): another digest, another dataset.
cp /sys/kernel/btf/vmlinux "$TMP/btf"
V "$cache" BPFTRACE_CONTRACTS_BTF="$TMP/btf"
expect_out "a different BTF is a different key: made again" "making the kernel contracts"
# change one byte in the string section (a type name), keeping the size
size=$(stat -c %s "$TMP/btf")
printf 'Z' | dd of="$TMP/btf" bs=1 seek=$((size - 4096)) conv=notrunc 2>/dev/null
V "$cache" BPFTRACE_CONTRACTS_BTF="$TMP/btf"
expect_out "a changed BTF blob invalidates its cache entry" "making the kernel contracts"
expect_rc "and still proves" 0
if [ "$(ls "$cache" | wc -l)" -eq 3 ]; then ok "three inputs, three cache files"; else not_ok "three inputs, three cache files"; fi

# A damaged cache file is rebuilt with one warning.
head -c 50000 "$file" > "$TMP/cut" && cat "$TMP/cut" > "$file"
V "$cache"
expect_rc "a truncated cache file: still proven" 0
expect_out "one warning, and it is made again" "warning: the cached kernel contracts .* are damaged; making them again"
proven "with the contract"
sed -i 's/args->sig >= 1 \&\& args->sig <= 64/args->sig >= 1 \&\& args->sig <= 16/' "$file"
V "$cache"
expect_out "an edited cache file (content hash) is made again" "are damaged; making them again"
if grep -q 'args->sig <= 16' "$file"; then not_ok "the edit is gone"; else ok "the edit is gone"; fi

# Two first runs at once: both succeed, one whole file, no leftovers.
race="$TMP/race"
(BPFTRACE_CONTRACTS_CACHE="$race" "$BPFTRACE" --plugin "$PLUGIN" --verify -e "$prog" >"$TMP/r1" 2>&1; echo $? >"$TMP/rc1") &
(BPFTRACE_CONTRACTS_CACHE="$race" "$BPFTRACE" --plugin "$PLUGIN" --verify -e "$prog" >"$TMP/r2" 2>&1; echo $? >"$TMP/rc2") &
wait
if [ "$(cat "$TMP/rc1")" -eq 0 ] && [ "$(cat "$TMP/rc2")" -eq 0 ]; then ok "two concurrent first runs both succeed"
else cat "$TMP/r1" "$TMP/r2" > "$TMP/out"; not_ok "two concurrent first runs both succeed"; fi
if [ "$(ls -A "$race" | wc -l)" -eq 1 ] && python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$race"/*.json; then
	ok "and leave one valid file"; else ls -la "$race" > "$TMP/out"; not_ok "and leave one valid file"; fi

# Links: a symlinked cache directory, a symlinked cache file.
mkdir "$TMP/elsewhere"
ln -s "$TMP/elsewhere" "$TMP/link"
V "$TMP/link"
expect_rc "a symlinked cache directory: still proven (in memory)" 0
expect_out "with one warning" "warning: not caching the kernel contracts in .*link: it is a symbolic link"
if [ -z "$(ls -A "$TMP/elsewhere")" ]; then ok "nothing written through the link"; else not_ok "nothing written through the link"; fi
mkdir "$TMP/c2"
echo '{}' > "$TMP/target.json"
ln -s "$TMP/target.json" "$TMP/c2/$(basename "$file")"
V "$TMP/c2"
expect_rc "a symlinked cache file: still proven" 0
expect_out "refused with a warning" "refusing the cached kernel contracts .*: it is a symbolic link"
if [ "$(cat "$TMP/target.json")" = '{}' ]; then ok "its target is untouched"; else not_ok "its target is untouched"; fi

# A cache directory we may not use (another user's): in memory, one warning.
mkdir "$TMP/theirs"
chown nobody "$TMP/theirs"
V "$TMP/theirs"
expect_rc "another user's cache directory: still proven" 0
expect_out "one warning" "warning: not caching the kernel contracts in .*theirs: it belongs to another user"
if [ -z "$(ls -A "$TMP/theirs")" ]; then ok "nothing written there"; else not_ok "nothing written there"; fi
touch "$TMP/plainfile"
V "$TMP/plainfile/sub"
expect_rc "a cache directory that cannot be made: still proven" 0
expect_out "one warning" "warning: not caching the kernel contracts in .*plainfile/sub: cannot create it"
if [ "$(grep -c warning "$TMP/out")" -eq 1 ]; then ok "exactly one warning line"; else not_ok "exactly one warning line"; fi

# Curated facts that do not fit this kernel are left out, and counted.
mkdir "$TMP/curated"
cp "$SOURCE_DIR/contracts/curated/common.json" "$TMP/curated/"
cat > "$TMP/curated/extra.json" <<'J'
{"hooks": {
 "tracepoint:sched:no_such_event": {"pre": [{"expr": "args->pid >= 0", "note": "x"}], "post": []},
 "tracepoint:signal:signal_generate": {"pre": [{"expr": "args->no_such_field == 1", "note": "x"}], "post": []},
 "kprobe:no_such_function_xyz": {"pre": [{"expr": "arg0 != 0", "note": "x"}], "post": []}}}
J
run env BPFTRACE_CONTRACTS_CACHE="$TMP/c3" BPFTRACE_CONTRACTS_CURATED="$TMP/curated" "$BPFTRACE" --plugin "$PLUGIN" -v --verify -e "$prog"
expect_rc "curated facts that do not fit: still proven" 0
expect_out "they are counted" "\(3 do not fit this kernel\)"
expect_out "-v lists a missing tracepoint" "tracepoint:sched:no_such_event: args->pid >= 0 \(no such tracepoint on this kernel\)"
expect_out "-v lists a missing field" "args->no_such_field == 1 \(a field this kernel's event does not have\)"
expect_out "-v lists a missing function" "kprobe:no_such_function_xyz: arg0 != 0 \(no such kernel function in the BTF\)"
expect_no_out "the misfit is not assumed" "signal_generate: args->no_such_field == 1 \\["

# A contract that does not compile (a bug of a dataset) is named, and
# nothing is reported as checked; one that is more than one expression is
# never spliced into the program: the host parses each one alone.
mkdir "$TMP/bad"
cat > "$TMP/bad/bad.json" <<'J'
{"hooks": {
 "tracepoint:syscalls:sys_enter_close": {"pre": [{"expr": "1); printf(\"owned\"); assume(1", "note": "x"}], "post": []},
 "tracepoint:syscalls:sys_enter_dup": {"pre": [{"expr": "args->fildes + \"s\" > 0", "note": "x"}], "post": []}}}
J
run "$CONTRACTS_GEN" -o "$TMP/bad.json" --curated "$TMP/bad"
run env BPFTRACE_CONTRACTS="$TMP/bad.json" "$BPFTRACE" --plugin "$PLUGIN" --verify -e 'tracepoint:syscalls:sys_enter_close { assert(args->fd >= 0, "fd"); }'
expect_rc "a contract that is not one expression: nothing checked (3)" 3
expect_out "it is named, with why" 'kernel contract [0-9]+ of tracepoint:syscalls:sys_enter_close: assume\(1\); printf\("owned"\); assume\(1\): not one expression'
expect_no_out "nothing is proven" "PROVEN"
run env BPFTRACE_CONTRACTS="$TMP/bad.json" "$BPFTRACE" --plugin "$PLUGIN" --verify -e 'tracepoint:syscalls:sys_enter_dup { assert(args->fildes >= 0, "fd"); }'
expect_rc "a contract that does not type-check: nothing checked (3)" 3
expect_out "it is named with bpftrace's own error" 'kernel contract [0-9]+ of tracepoint:syscalls:sys_enter_dup: assume\(args->fildes \+ "s" > 0\): '

# Packagers pre-generate with the tool: bpftrace then hits that cache.
run env BPFTRACE_CONTRACTS_CACHE="$TMP/pre" "$CONTRACTS_GEN" --cache --curated "$SOURCE_DIR/contracts/curated"
expect_rc "bte-contracts-gen --cache makes the cached dataset" 0
V "$TMP/pre"
expect_rc "bpftrace proves with it" 0
expect_no_out "and makes nothing: the same key" "making the kernel contracts"
run env BPFTRACE_CONTRACTS_CACHE="$TMP/pre" "$CONTRACTS_GEN" --cache --curated "$SOURCE_DIR/contracts/curated"
expect_out "a second --cache says it is there" "cached in .*$(uname -r)-[0-9a-f]{16}\.json"

# BPFTRACE_CONTRACTS still overrides everything.
run "$CONTRACTS_GEN" -o "$TMP/mine.json" --no-curated
V "$TMP/c4" BPFTRACE_CONTRACTS="$TMP/mine.json"
expect_rc "BPFTRACE_CONTRACTS: a dataset without curated facts does not prove it" 1
if [ ! -e "$TMP/c4" ]; then ok "and no cache is made"; else not_ok "and no cache is made"; fi

# The default places: root's system cache, with a fresh HOME.
mkdir "$TMP/home"
run env -u BPFTRACE_CONTRACTS_CACHE HOME="$TMP/home" "$BPFTRACE" --plugin "$PLUGIN" --verify -e "$prog"
expect_rc "default cache, fresh HOME: proven" 0
proven "the README's example"
if ls /var/cache/bpftrace-english/contracts/"$(uname -r)"-*.json >/dev/null 2>&1; then
	ok "root caches in /var/cache/bpftrace-english/contracts"; else not_ok "root caches in /var/cache/bpftrace-english/contracts"; fi
finish
