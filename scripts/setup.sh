#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Install everything the build and the tests need on Debian 12, idempotently.
# Enables deb-src only when apt has no source index yet, and mounts tracefs
# and debugfs when they are missing (the kernel tests need them).
set -eu

log() { printf 'setup: %s\n' "$*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
	SUDO=sudo
else
	SUDO=
fi

# Our own packages, on top of Debian's build dependencies of bpftrace.
OWN_PACKAGES="build-essential cmake ccache pkg-config dpkg-dev patch
	llvm-14-dev clang-14 libclang-14-dev libclang-rt-14-dev
	libz3-dev z3 libcurl4-openssl-dev libcjson-dev
	libtracefs-dev libtraceevent-dev libstemmer-dev wamerican
	python3 curl strace
	debhelper fakeroot lintian xz-utils"

enable_deb_src() {
	src=/etc/apt/sources.list.d/debian.sources
	if [ -f "$src" ]; then
		if grep -Eq '^Types:.*deb-src' "$src"; then
			return 1
		fi
		log "enabling deb-src in $src"
		$SUDO sed -i -E 's/^Types:[[:space:]]*deb[[:space:]]*$/Types: deb deb-src/' "$src"
		return 0
	fi
	if grep -Eqs '^deb-src ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list; then
		return 1
	fi
	log "enabling deb-src in /etc/apt/sources.list"
	grep -Es '^deb ' /etc/apt/sources.list | sed 's/^deb /deb-src /' |
		$SUDO tee -a /etc/apt/sources.list >/dev/null
	return 0
}

need_update=0
if enable_deb_src; then
	need_update=1
fi
stamp=/var/lib/apt/periodic/bpftrace-english-update-stamp
if [ ! -e "$stamp" ] || ! apt-cache showsrc bpftrace >/dev/null 2>&1 ||
	[ -z "$(apt-cache showsrc bpftrace 2>/dev/null)" ]; then
	need_update=1
fi
if [ "$need_update" -eq 1 ]; then
	log "apt-get update"
	$SUDO apt-get update -qq
	$SUDO mkdir -p "$(dirname "$stamp")"
	$SUDO touch "$stamp"
fi

missing=""
for p in $OWN_PACKAGES; do
	if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
		missing="$missing $p"
	fi
done
if [ -n "$missing" ]; then
	log "installing:$missing"
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi

# Debian's build dependencies of bpftrace (LLVM/clang 14, libbpf, bcc,
# cereal, gtest...). apt-get build-dep is idempotent and quick when done.
if ! dpkg-query -W -f='${Status}' libbpfcc-dev 2>/dev/null | grep -q 'install ok installed' ||
	! dpkg-query -W -f='${Status}' libgtest-dev 2>/dev/null | grep -q 'install ok installed' ||
	! dpkg-query -W -f='${Status}' libcereal-dev 2>/dev/null | grep -q 'install ok installed'; then
	log "installing Debian's build dependencies of bpftrace"
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get build-dep -y -qq bpftrace >/dev/null
fi

mount_if_missing() {
	fs=$1 dir=$2
	if [ -d "$dir" ] && ! grep -q " $dir $fs " /proc/mounts; then
		log "mounting $fs at $dir"
		$SUDO mount -t "$fs" nodev "$dir" || log "could not mount $fs at $dir (kernel tests will say so)"
	fi
}
mount_if_missing debugfs /sys/kernel/debug
mount_if_missing tracefs /sys/kernel/tracing

log "dependencies are in place"
