#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# `cmake --install` into a DESTDIR gives a tree that stands on its own:
# everything in it (the patched bpftrace, its man page, the plugin, the
# data, the bte-* tools and their man pages), no build path inside, and it
# still works when moved elsewhere: the plugin and its data are found
# relative to the installed bpftrace.
set -eu
. "$(dirname "$0")/../lib.sh"
: "${BUILD_DIR:?BUILD_DIR must name the build tree}" "${SOURCE_DIR:?}"
root="$TMP/root"
run env DESTDIR="$root" cmake --install "$BUILD_DIR" --prefix /opt/bte
expect_rc "cmake --install into a DESTDIR: exit 0" 0
libdir=$(sed -n 's/^CMAKE_INSTALL_LIBDIR:[A-Z]*=//p' "$BUILD_DIR/CMakeCache.txt")
: "${libdir:=lib}"
tree="$root/opt/bte"
for f in bin/bpftrace bin/bte-contracts-gen bin/bte-contracts bin/bte-dataset-stats \
	"$libdir/bpftrace/bpftrace-english.so" share/bpftrace-english/datasets/ebpfnl.jsonl \
	share/bpftrace-english/datasets/lexicon.txt \
	include/bpftrace/bpftrace_plugin.h share/man/man1/bte-contracts-gen.1 \
	share/man/man1/bte-contracts.1 share/man/man1/bte-dataset-stats.1; do
	if [ -e "$tree/$f" ]; then ok "installs $f"; else not_ok "installs $f"; fi
done
if ls "$tree"/share/bpftrace-english/curated/*.json >/dev/null 2>&1; then ok "installs the curated facts"; else not_ok "installs the curated facts"; fi
if ls "$tree"/share/man/man8/bpftrace.8* >/dev/null 2>&1; then ok "installs bpftrace's man page"; else not_ok "installs bpftrace's man page"; fi
if grep -rl -- "$SOURCE_DIR" "$root" > "$TMP/paths" 2>/dev/null; then
	sed 's/^/     has the build path: /' "$TMP/paths"
	not_ok "no build or source path in any installed file"
else ok "no build or source path in any installed file"; fi

# Moved elsewhere, with nothing pointing at the build tree.
moved="$TMP/elsewhere/bte"
mkdir -p "$TMP/elsewhere"
mv "$tree" "$moved"
export BPFTRACE_CONTRACTS_CACHE="$TMP/cache" BPFTRACE_LLM_CONFIG="$TMP/no-config" XDG_DATA_HOME="$TMP/data"
unset BPFTRACE_PLUGIN BPFTRACE_ENGLISH_DATASET BPFTRACE_CONTRACTS BPFTRACE_CONTRACTS_CURATED \
	BPFTRACE_LLM_URL OPENAI_BASE_URL ANTHROPIC_API_KEY 2>/dev/null || true
run "$moved/bin/bpftrace" -V
expect_out "-V names the build" '^bpftrace v0\.17\.0 \(bpftrace-english '
run "$moved/bin/bpftrace" --verify -e 'tracepoint:signal:signal_generate { assert(args->sig <= 64, "a signal"); }'
expect_rc "--verify from the moved tree: proven, exit 0" 0
expect_out "its plugin and curated facts are the moved tree's" "curated facts in $moved/share/bpftrace-english/curated"
run "$moved/bin/bpftrace" --from-english "count syscalls by process" --emit-program -
expect_rc "the offline default from the moved tree: exit 0" 0
expect_out "it wrote a program" "tracepoint:raw_syscalls:sys_enter"
run "$moved/bin/bte-contracts-gen" -o "$TMP/contracts.json"
expect_rc "bte-contracts-gen from the moved tree: exit 0" 0
expect_no_out "it finds its curated facts" "no curated facts installed"

# What is missing is reported as missing, naming where it looked: the
# examples (the reader still serves), then the lexicon (nothing is made).
mv "$moved/share/bpftrace-english/datasets/ebpfnl.jsonl" "$TMP/ebpfnl-away.jsonl"
run "$moved/bin/bpftrace" --from-english "count syscalls by process" --emit-program -
expect_rc "without the examples: the reader serves, exit 0" 0
expect_out "it says the examples are not installed, and where it looked" "not installed: looked in .*$moved/share/bpftrace-english/datasets/ebpfnl.jsonl"
mv "$moved/share/bpftrace-english/datasets" "$TMP/datasets-away"
run "$moved/bin/bpftrace" --from-english "count syscalls by process" --emit-program -
expect_rc "without the lexicon: exit 1" 1
expect_out "it says the lexicon is not installed, and where it looked" "lexicon: not installed: looked in .*$moved/share/bpftrace-english/datasets/lexicon.txt"
mv "$moved/$libdir/bpftrace/bpftrace-english.so" "$TMP/plugin-away.so"
run "$moved/bin/bpftrace" --verify -e 'BEGIN { assert(1); }'
expect_rc "without the plugin: --verify exits 3" 3
expect_out "it names where it looked" "$moved/$libdir/bpftrace/bpftrace-english.so: not found"
finish
