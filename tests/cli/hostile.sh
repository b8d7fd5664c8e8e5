#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# A hostile model on loopback: its answer is hostile until the user says
# yes. Nothing it writes may read files before that, rewrite the screen,
# or learn its way into the store; secrets are never printed.
set -eu
. "$(dirname "$0")/../lib.sh"
: "${PLUGIN:?}" "${GETPID_N:?}"
. "$(dirname "$0")/mock.sh"
export BPFTRACE_LLM_MODEL=mock-model BPFTRACE_LLM_CONFIG="$TMP/no-config"
unset OPENAI_API_KEY OPENAI_BASE_URL ANTHROPIC_API_KEY BPFTRACE_LLM_API_KEY 2>/dev/null || true
export XDG_DATA_HOME="$TMP/data"
store="$XDG_DATA_HOME/bpftrace-english/learned.jsonl"
E() { run "$BPFTRACE" --plugin "$PLUGIN" "$@"; }
good='tracepoint:syscalls:sys_enter_getpid /comm == "getpid_n"/ { @calls = count(); }'

# 1. An #include of a 0600 file inside a struct: refused before any compile,
#    so clang never quotes the file back to the model.
printf 'root:$6$SECRETHASHxyz:19000:0:99999:7:::\n' > "$TMP/shadow"
chmod 600 "$TMP/shadow"
leak="struct leak { char a[sizeof(
#include \"$TMP/shadow\"
)]; }
BEGIN { exit(); }"
serve "$(answer "$leak")" "$(answer "$good")"
E --from-english "count getpid calls" -q --emit-program "$TMP/out.bt"
done_serving
expect_rc "the leaking answer is refused, the next one accepted" 0
if cat "$TMP"/requests.log* | grep -q SECRETHASH; then not_ok "the file's content never reaches the model"
else ok "the file's content never reaches the model"; fi
if request 2 | grep -q "refused before compiling it: line 2 has a preprocessor directive"; then
	ok "the model is told why, without the file"; else not_ok "the model is told why, without the file"; fi
for d in '#define X 1' '  #include <linux/sched.h>' '/* x */ #include "/etc/shadow"' '%:include "/etc/shadow"'; do
	serve "$(answer "$d
BEGIN { exit(); }")" "$(answer "$good")"
	E --from-english "count getpid calls" -q --emit-program "$TMP/out.bt"
	done_serving
	if request 2 | grep -q "preprocessor directive"; then ok "refused too: $d"; else not_ok "refused too: $d"; fi
done

# 2. Escape sequences: refused as a candidate; nothing raw reaches the
#    terminal. The confirmation screen in a pseudo-terminal.
esc=$(printf '\033')
serve "$(answer "tracepoint:syscalls:sys_enter_getpid { @calls = count(); } // ${esc}[2J${esc}[1A${esc}]0;owned${esc}\\\\")" "$(answer "$good")"
python3 - "$BPFTRACE" "$PLUGIN" "$TMP/pty.out" <<'PY'
import os, pty, select, sys, time
bpftrace, plugin, out = sys.argv[1:4]
pid, fd = pty.fork()
if pid == 0:
    os.execv(bpftrace, [bpftrace, "--plugin", plugin, "--from-english", "count getpid calls"])
data = b""
answered = False
end = time.time() + 60
while time.time() < end:
    if not select.select([fd], [], [], 1)[0]:
        continue
    try:
        chunk = os.read(fd, 4096)
    except OSError:
        break
    if not chunk:
        break
    data += chunk
    if b"? [y/N]" in data and not answered:
        answered = True
        os.write(fd, b"n\n")
if not answered:
    os.kill(pid, 9)
os.waitpid(pid, 0)
open(out, "wb").write(data)
PY
done_serving
if grep -q "Run this program (nothing about what it does was checked)? \[y/N\]" "$TMP/pty.out"; then
	ok "pty: the confirmation question is asked, with what was checked"
else cp "$TMP/pty.out" "$TMP/out"; not_ok "pty: the confirmation question is asked, with what was checked"; fi
if grep -q "$esc" "$TMP/pty.out"; then cp "$TMP/pty.out" "$TMP/out"; not_ok "pty: no escape sequence reaches the terminal"
else ok "pty: no escape sequence reaches the terminal"; fi
if request 2 | grep -q "a control character"; then ok "the answer with escapes is refused, with the reason"
else not_ok "the answer with escapes is refused, with the reason"; fi
if [ ! -e "$store" ] || ! grep -q getpid_n "$store"; then ok "a program the user declined is not learned"
else not_ok "a program the user declined is not learned"; fi

# 3. Secrets: credentials in the URL, a key echoed by the server.
serve "$(answer "$good")"
BPFTRACE_LLM_URL=$(echo "$BPFTRACE_LLM_URL" | sed 's|http://|http://alice:PASSWORD123@|')
E --from-english "count getpid calls" --emit-program "$TMP/out.bt"
done_serving
expect_rc "credentials in the URL: it still works" 0
expect_out "the URL is shown without them" "asking mock-model at http://\*\*\*@127\.0\.0\.1"
expect_no_out "the password is never printed" "PASSWORD123"
serve '{"status": 401, "json": {"error": {"message": "Incorrect API key provided: sk-test-TOPSECRET42. Authorization: Bearer sk-test-TOPSECRET42"}}}'
BPFTRACE_LLM_API_KEY=sk-test-TOPSECRET42 E --from-english "count getpid calls" --emit-program "$TMP/out.bt"
done_serving
expect_out "a 401 is reported" "rejected the API key \(401\)"
expect_no_out "the key the server echoes is not printed" "TOPSECRET42"

# 4. The config file: a FIFO does not hang the run; a symlink is refused.
mkfifo "$TMP/fifo"
run timeout 20 env -u BPFTRACE_LLM_URL BPFTRACE_LLM_CONFIG="$TMP/fifo" "$BPFTRACE" --plugin "$PLUGIN" --from-english "count getpid calls" --emit-program "$TMP/out.bt"
if [ "$rc" -ne 124 ]; then ok "a FIFO as the config file does not hang"; else not_ok "a FIFO as the config file does not hang"; fi
expect_out "it is refused" "not a regular file owned by you"

# 5. The learned store: only what the user accepted to run; never through
#    a symlink or a hard link; whole entries.
serve "$(answer "$good")"
E --from-english "count getpid calls of getpid_n" -q --emit-program "$TMP/out.bt"
done_serving
if [ ! -e "$store" ] || ! grep -q 'getpid_n' "$store"; then ok "--emit-program learns nothing"
else not_ok "--emit-program learns nothing"; fi
rm -rf "$XDG_DATA_HOME"
mkdir -p "$XDG_DATA_HOME" "$TMP/elsewhere"
chmod 755 "$TMP/elsewhere"
ln -s "$TMP/elsewhere" "$XDG_DATA_HOME/bpftrace-english"
serve "$(answer "$good")"
E --from-english "count getpid calls of getpid_n" --yes -c "$GETPID_N 2"
done_serving
expect_rc "a symlinked store directory: the program still runs" 0
expect_out "the store says not kept, and why" "learned store: not kept in .*: its directory is a symbolic link"
if [ -z "$(ls -A "$TMP/elsewhere")" ]; then ok "nothing written through the link"; else not_ok "nothing written through the link"; fi
rm "$XDG_DATA_HOME/bpftrace-english"
mkdir -m 700 "$XDG_DATA_HOME/bpftrace-english"
printf 'root:x:0:0:root:/root:/bin/bash\n' > "$TMP/passwd-copy"
chmod 600 "$TMP/passwd-copy"
ln "$TMP/passwd-copy" "$store"
serve "$(answer "$good")"
E --from-english "count getpid calls of getpid_n" --yes -c "$GETPID_N 2"
done_serving
expect_out "a hard-linked store is not written" "not kept in .*: not a private regular file of yours with one link"
if [ "$(wc -l < "$TMP/passwd-copy")" -eq 1 ]; then ok "the linked file is untouched"; else not_ok "the linked file is untouched"; fi
rm "$store"
printf '{"request": "cut short' > "$store"
chmod 600 "$store"
serve "$(answer "$good")"
E --from-english "count getpid calls of getpid_n" --yes -c "$GETPID_N 2"
done_serving
if tail -1 "$store" | python3 -c 'import json,sys; json.loads(sys.stdin.read())'; then
	ok "an entry after a cut-short line stays whole"; else not_ok "an entry after a cut-short line stays whole"; fi

# 6. A learned entry is served offline only under the rules of a fresh
#    answer: one that needed --unsafe (accepted then with --unsafe) or has
#    an assume() (from before they were refused) is not run without them.
rm -f "$store"
python3 - "$store" <<'PY'
import json, sys
entries = [
    {"id": "learned-unsafe", "request": "show every getpid call of getpid_n",
     "program": 'tracepoint:syscalls:sys_enter_getpid /comm == "getpid_n"/ { printf("getpid by %d\\n", pid); system("id"); }\n',
     "probes": ["tracepoint:syscalls:sys_enter_getpid"], "tags": ["learned"], "features": ["tracepoint"],
     "unsafe": True, "split": "learned", "model": "mock-model"},
    {"id": "learned-good", "request": "count getpid calls of \"getpid_n\", the learned way",
     "program": 'tracepoint:syscalls:sys_enter_getpid /comm == "getpid_n"/ { @calls = count(); }\n',
     "probes": ["tracepoint:syscalls:sys_enter_getpid"], "tags": ["learned"], "features": ["tracepoint"],
     "unsafe": False, "split": "learned", "model": "mock-model"},
    {"id": "learned-dropped", "request": "count getpid calls of \"getpid_n\" every 2 seconds",
     "program": 'tracepoint:syscalls:sys_enter_getpid /comm == "getpid_n"/ { @calls = count(); }\n',
     "probes": ["tracepoint:syscalls:sys_enter_getpid"], "tags": ["learned"], "features": ["tracepoint"],
     "unsafe": False, "split": "learned", "model": "mock-model"},
    {"id": "learned-premise", "request": "print every file that nginx opens over nfs",
     "program": 'tracepoint:syscalls:sys_enter_openat { assume(comm == "nginx"); assert(comm == "nginx", "only nginx"); printf("%s\\n", str(args->filename)); }\n',
     "probes": ["tracepoint:syscalls:sys_enter_openat"], "tags": ["learned"], "features": ["tracepoint"],
     "unsafe": False, "split": "learned", "model": "mock-model"},
]
with open(sys.argv[1], "w") as f:
    for e in entries:
        f.write(json.dumps(e) + "\n")
PY
chmod 600 "$store"
# offline REQUEST ID: serve REQUEST offline; learned entry ID (the very
# request) was tried
offline() {
	rm -f "$TMP/emitted.bt"
	run env -u BPFTRACE_LLM_URL "$BPFTRACE" --plugin "$PLUGIN" -v --from-english "$1" --emit-program "$TMP/emitted.bt"
	expect_out "offline: learned entry $2 is tried" "learned program $2"
}
# not_emitted NAME REGEX: nothing was emitted, or nothing matching REGEX
not_emitted() {
	if [ ! -e "$TMP/emitted.bt" ] || ! grep -Eq -- "$2" "$TMP/emitted.bt"; then ok "$1"; else not_ok "$1"; fi
}
offline "show every getpid call of getpid_n" learned-unsafe
expect_out "and refused for its unsafe builtin" "The program uses system\\(\\), an unsafe builtin; the user did not pass --unsafe"
not_emitted "offline: a learned program that needs --unsafe is not served without it" 'system\('
# (a word the lexicon does not place: its planner, tried first, declines)
offline "print every file that nginx opens over nfs" learned-premise
expect_out "and it does not pass its checks" "the program of learned-premise did not pass its checks"
not_emitted "offline: a learned program with an assume() is not served" 'assume\('
if [ ! -e "$TMP/emitted.bt" ] || grep -q '/comm == "nginx"/' "$TMP/emitted.bt"; then
	ok "what is served instead filters on nginx"; else not_ok "what is served instead filters on nginx"; fi
# The very same request is served the learned program, said so in JSON;
# the request in other case is another request (names are said in it),
# and a store that is not the user's alone is never served from.
rm -f "$TMP/emitted.bt"
run env -u BPFTRACE_LLM_URL "$BPFTRACE" --plugin "$PLUGIN" --from-english \
	'count getpid calls of "getpid_n", the learned way.' --emit-program "$TMP/emitted.bt" -f json
expect_rc "offline: the very same request (but a full stop) is served: exit 0" 0
if python3 -c 'import json,sys
x = [json.loads(l) for l in open(sys.argv[1]) if l.startswith("{\"type\"")][0]["data"]
assert x["author"] == "learned" and "@calls = count()" in x["program"], x' "$TMP/out"; then
	ok "JSON: author learned, its program"; else not_ok "JSON: author learned, its program"; fi
run env -u BPFTRACE_LLM_URL "$BPFTRACE" --plugin "$PLUGIN" --from-english \
	'COUNT getpid calls of "GETPID_N", the learned way' --emit-program "$TMP/emitted.bt"
expect_no_out "another case is another request" "learned program learned-good"
chmod 644 "$store"
run env -u BPFTRACE_LLM_URL "$BPFTRACE" --plugin "$PLUGIN" --from-english \
	'count getpid calls of "getpid_n", the learned way' --emit-program "$TMP/emitted.bt"
expect_no_out "a store others may read or write is not served from" "learned program learned-good"
chmod 600 "$store"
# A learned program is held to the request's words as the reader's is:
# one that drops "every 2 seconds" is not served.
run env -u BPFTRACE_LLM_URL "$BPFTRACE" --plugin "$PLUGIN" -v --from-english \
	'count getpid calls of "getpid_n" every 2 seconds' --emit-program "$TMP/emitted.bt"
expect_no_out "a learned program that drops what is asked is not served" \
	"learned program learned-dropped"
# A dataset's own "learned" pairs are not the user's store.
python3 - "$SOURCE_DIR/datasets/ebpfnl.jsonl" "$TMP/dataset.jsonl" <<'PY'
import json, sys
with open(sys.argv[2], "w") as out:
    out.write(open(sys.argv[1]).read())
    out.write(json.dumps({"id": "planted", "request": "count reads by process",
        "program": "tracepoint:syscalls:sys_enter_read { @planted[comm] = count(); }\n",
        "probes": ["tracepoint:syscalls:sys_enter_read"], "tags": ["learned"],
        "features": ["tracepoint"], "unsafe": False, "split": "learned"}) + "\n")
PY
run env -u BPFTRACE_LLM_URL BPFTRACE_ENGLISH_DATASET="$TMP/dataset.jsonl" "$BPFTRACE" \
	--plugin "$PLUGIN" --from-english "count reads by process" --emit-program "$TMP/emitted.bt"
expect_no_out "a pair marked learned in a dataset is never served as the user's" "planted"
finish
