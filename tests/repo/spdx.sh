#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Every source file of the repository says its licence in an SPDX line
# among its first three lines, and the licence text is there.
set -eu
. "$(dirname "$0")/../lib.sh"
: "${SOURCE_DIR:?SOURCE_DIR must name the source tree}"
cd "$SOURCE_DIR"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	git ls-files > "$TMP/files"
else
	find . -path ./build -prune -o -type f -print | sed 's|^\./||' > "$TMP/files"
fi
missing=0
while IFS= read -r f; do
	case $f in
	patches/*|*.md|*.json|*.jsonl|LICENSE|build/*) continue ;;
	*.c|*.h|*.sh|*.py|*.bt|*.ll|*.adoc|*.cmake|*CMakeLists.txt|.gitignore|.ci/run) ;;
	*) continue ;;
	esac
	if ! head -3 "$f" | grep -q "SPDX-License-Identifier: Apache-2.0"; then
		printf '     no SPDX line: %s\n' "$f"
		missing=$((missing + 1))
	fi
done < "$TMP/files"
if [ "$missing" -eq 0 ]; then ok "every source file has its SPDX line"; else not_ok "every source file has its SPDX line ($missing without)"; fi
if grep -q "Apache License" LICENSE && grep -q "Version 2.0, January 2004" LICENSE; then
	ok "LICENSE holds the Apache License 2.0"; else not_ok "LICENSE holds the Apache License 2.0"; fi
if grep -q "^## Licence" datasets/README.md; then ok "the dataset states its licence"; else not_ok "the dataset states its licence"; fi
finish
