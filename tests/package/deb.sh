#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The Debian packages: laid out by scripts/debian-source.sh, built with
# dpkg-buildpackage -us -uc -b, checked by lintian (no errors), unpacked
# into a throwaway root with dpkg -x, and run from there: -V, --verify with
# the contracts made on first use, the offline --from-english, and the
# packages' own autopkgtest scripts against the unpacked tree.
set -eu
. "$(dirname "$0")/../lib.sh"
: "${SOURCE_DIR:?}" "${BUILD_DIR:?}"
for tool in dpkg-buildpackage lintian dpkg-deb; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		not_ok "$tool is installed (scripts/setup.sh installs it)"
		finish
	fi
done

# One fixed place in this build tree, so that ccache sees the same paths
# from run to run
out="$BUILD_DIR/deb"
trap 'rm -rf "$TMP" "$out"' EXIT
rm -rf "$out"
version=$(sed -n 's/^project(bpftrace-english VERSION \([0-9.]*\).*/\1/p' "$SOURCE_DIR/CMakeLists.txt")
upstream=0.17.0+bte$version
ver=$upstream-1
run sh "$SOURCE_DIR/scripts/debian-source.sh" "$out"
expect_rc "debian-source.sh lays out the source package" 0
[ "$rc" -eq 0 ] || finish
tree="$out/bpftrace-$upstream"
# ccache makes a rebuild on the same machine cheap; the package is the same
printf 'package: dpkg-buildpackage (a full bpftrace build: ten minutes or more the first time)\n'
if (cd "$tree" && CCACHE_BASEDIR="$tree" BTE_CCACHE=1 DEB_BUILD_OPTIONS="parallel=$(nproc)" \
	dpkg-buildpackage -us -uc -b) > "$TMP/build.log" 2>&1; then
	ok "dpkg-buildpackage -us -uc -b: exit 0"
else
	tail -40 "$TMP/build.log" | sed 's/^/     /'
	not_ok "dpkg-buildpackage -us -uc -b: exit 0"
	finish
fi
arch=$(dpkg --print-architecture)
for deb in "bpftrace_${ver}_$arch.deb" "bpftrace-english_${ver}_$arch.deb" "bpftrace-dev_${ver}_all.deb"; do
	if [ -f "$out/$deb" ]; then ok "builds $deb"; else not_ok "builds $deb"; fi
done
changes="$out/bpftrace_${ver}_$arch.changes"

lintian --fail-on error --tag-display-limit 0 "$changes" > "$TMP/lintian" 2>&1 && rc=0 || rc=$?
sed 's/^/     lintian: /' "$TMP/lintian"
if [ "$rc" -eq 0 ] && ! grep -q '^E: ' "$TMP/lintian"; then
	ok "lintian: no errors"; else not_ok "lintian: no errors"; fi

# What each package holds, where Debian puts it.
contents() { dpkg-deb -c "$out/$1" | awk '{print $6}' | sed 's,^\./,/,'; }
contents "bpftrace_${ver}_$arch.deb" > "$TMP/bpftrace.list"
contents "bpftrace-english_${ver}_$arch.deb" > "$TMP/english.list"
contents "bpftrace-dev_${ver}_all.deb" > "$TMP/dev.list"
has() {
	if grep -Eq "$2" "$TMP/$1.list"; then ok "$1 has $3"; else not_ok "$1 has $3"; fi
}
has bpftrace '^/usr/bin/bpftrace$' "/usr/bin/bpftrace"
has bpftrace '^/usr/sbin/opensnoop\.bt$' "the tools in /usr/sbin as *.bt"
has bpftrace '^/usr/share/man/man8/opensnoop\.bt\.8' "the tools' man pages as *.bt.8"
has bpftrace '^/usr/share/man/man8/bpftrace\.8' "bpftrace's man page"
has english '^/usr/lib/[^/]+/bpftrace/bpftrace-english\.so$' "the plugin in the multiarch libdir"
has english '^/usr/share/bpftrace-english/datasets/ebpfnl\.jsonl$' "the dataset"
has english '^/usr/share/bpftrace-english/datasets/lexicon\.txt$' "the offline reader's lexicon"
has english '^/usr/share/bpftrace-english/curated/.*\.json$' "the curated facts"
has english '^/usr/bin/bte-contracts-gen$' "bte-contracts-gen"
has english '^/usr/share/man/man1/bte-contracts\.1' "the tools' man pages"
has dev '^/usr/include/bpftrace/bpftrace_plugin\.h$' "the plugin header"
if grep -q heldout "$TMP/english.list"; then not_ok "the held-out requests are not shipped"
else ok "the held-out requests are not shipped"; fi
deps=$(dpkg-deb -f "$out/bpftrace-english_${ver}_$arch.deb" Depends)
case "$deps" in
*"bpftrace (= $ver)"*) ok "bpftrace-english depends on the exact bpftrace" ;;
*) not_ok "bpftrace-english depends on the exact bpftrace: $deps" ;;
esac
for lib in libz3 libcurl libcjson; do
	case "$deps" in *"$lib"*) ok "bpftrace-english depends on $lib" ;;
	*) not_ok "bpftrace-english depends on $lib: $deps" ;; esac
done

# Installed into a throwaway root and run from there.
root="$TMP/root"
for deb in "$out"/*.deb; do dpkg -x "$deb" "$root"; done
export BPFTRACE_CONTRACTS_CACHE="$TMP/cache" BPFTRACE_LLM_CONFIG="$TMP/no-config" \
	XDG_DATA_HOME="$TMP/data" XDG_CONFIG_HOME="$TMP/config"
unset BPFTRACE_PLUGIN BPFTRACE_ENGLISH_DATASET BPFTRACE_CONTRACTS BPFTRACE_CONTRACTS_CURATED \
	BPFTRACE_LLM_URL OPENAI_BASE_URL ANTHROPIC_API_KEY 2>/dev/null || true
bt="$root/usr/bin/bpftrace"
run "$bt" -V
expect_out "-V names the build" '^bpftrace v0\.17\.0 \(bpftrace-english [0-9.]+, plugin ABI 1\)$'
run "$bt" --verify -e 'tracepoint:syscalls:sys_enter_openat { assert(args->__syscall_nr == 257 || args->__syscall_nr != 257, "any"); assert(args->dfd == args->dfd); }'
expect_rc "--verify of the installed bpftrace: exit 0" 0
expect_out "with the installed plugin and curated facts" "curated facts in $root/usr/share/bpftrace-english/curated"
if ls "$TMP/cache" | grep -q .; then ok "the contracts were made on first use"
else not_ok "the contracts were made on first use"; fi
run "$bt" --from-english "count syscalls by process" --emit-program -
expect_rc "the offline default of the installed tree: exit 0" 0
expect_out "it wrote a program" "tracepoint:raw_syscalls:sys_enter"

# The autopkgtest scripts, against the unpacked tree.
for t in verify offline-english; do
	if PATH="$root/usr/bin:$PATH" sh "$tree/debian/tests/$t" > "$TMP/$t.log" 2>&1; then
		ok "autopkgtest $t passes"
	else
		sed 's/^/     /' "$TMP/$t.log"
		not_ok "autopkgtest $t passes"
	fi
done
finish
