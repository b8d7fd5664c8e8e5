#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# The comprehension step of --from-english: a second model call writes
# what the request requires, the verifier holds the candidate to it. The
# real patched bpftrace and plugin, the scripted model server on 127.0.0.1
# (tests/llm/mock_llm.py answers comprehension requests from their own
# list), the real kernel.
set -eu
. "$(dirname "$0")/../lib.sh"
: "${PLUGIN:?}"
export BPFTRACE_LLM_MODEL=mock-model BPFTRACE_LLM_CONFIG="$TMP/no-config"
unset OPENAI_API_KEY OPENAI_BASE_URL ANTHROPIC_API_KEY BPFTRACE_LLM_API_KEY 2>/dev/null || true
export XDG_DATA_HOME="$TMP/data" BPFTRACE_ENGLISH_LEARN=0
. "$(dirname "$0")/mock.sh"
E() { run "$BPFTRACE" --plugin "$PLUGIN" "$@"; }
# obligations JSON...: a comprehension answer (OpenAI style) listing them
obligations() {
	python3 -c 'import json,sys; print(json.dumps({"obligations": [json.loads(a) for a in sys.argv[1:]]}))' "$@"
}

# KEN's example, on the tracepoint: sock:inet_sock_set_state's dport is
# already in host order, so swapping its bytes is the mistake.
ken="Show each new TCP connection that reaches the established state, with the destination port in host byte order."
swapped='tracepoint:sock:inet_sock_set_state /args->newstate == 1/ { $port = bswap(args->dport); assert($port == bswap(args->dport), "swapped"); printf("port %d\n", $port); }'
right='tracepoint:sock:inet_sock_set_state /args->newstate == 1/ { $port = args->dport; printf("port %d\n", $port); }'
host_order='{"words": "in host byte order", "says": "the port printed is the destination port in host byte order", "probe": "tracepoint:sock:inet_sock_set_state", "condition": "$port == args->dport"}'
serve_with "[$(answer "$(obligations "$host_order")")]" "$(answer "$swapped")" "$(answer "$right")"
E --from-english "$ken" --emit-program "$TMP/ken.bt"
done_serving
expect_rc "KEN's example: the swapped port is refuted, the fixed program accepted" 0
expect_out "the first try fails on the request's obligation, named by its words" "error: request 1 \\(\"in host byte order\"\\): assert\(\\\$port == args->dport, \"request 1 #[0-9a-f]{4}: the port printed is the destination port in\.\.\.\"\) is REFUTED"
expect_out "with a counterexample" "note: counterexample: \\\$port = "
if request 2 | grep -q 'request 1: the port printed is the destination port in host byte order (the request' &&
	request 2 | grep -q 'counterexample' && request 2 | grep -q 'were not written by you'; then
	ok "the second synthesis request carries the obligation, its words and the counterexample"
else not_ok "the second synthesis request carries the obligation, its words and the counterexample"; fi
expect_out "the obligation is shown PROVEN with the request's words" '^  PROVEN  the port printed is the destination port in host byte order  \(from "in host byte order"; checked: \$port == args->dport\)$'
expect_out "safety is the kernel's verdict" "^from-english: safety: the kernel's verifier accepts the program.$"
expect_out "the word proven, for the obligation" "^from-english: proven: 1 obligation of your request"
expect_no_out "not 'nothing checked'" "nothing about what it does was checked"
if [ "$(wc -l < "$TMP/requests.log.comprehension")" -eq 1 ]; then
	ok "one comprehension call: the obligations stay fixed across tries"
else not_ok "one comprehension call: the obligations stay fixed across tries"; fi
if reading 1 | grep -q 'in host byte order' && reading 1 | grep -q 'bswap(args->dport)' &&
	! reading 1 | grep -q 'swapped'; then
	ok "comprehension gets the request and the candidate without its own asserts"
else not_ok "comprehension gets the request and the candidate without its own asserts"; fi
if reading 1 | grep -q 'obligations.*words.*says.*probe.*condition'; then ok "it asks for JSON obligations"; else not_ok "it asks for JSON obligations"; fi
if reading 1 | grep -q "The kernel's contracts at its probes" &&
	reading 1 | grep -q 'tracepoint:sock:inet_sock_set_state: args->[a-z_]* .*(on entry'; then
	ok "comprehension gets the kernel's contracts of the candidate's probe"
else not_ok "comprehension gets the kernel's contracts of the candidate's probe"; fi
if request 1 | grep -q 'tracepoint:sock:inet_sock_set_state {' && ! request 1 | grep -q 'btrfs_ordered\|xfs_'; then
	ok "the prompt lists the socket state change with its fields, no filesystem's ordered extents"
else not_ok "the prompt lists the socket state change with its fields, no filesystem's ordered extents"; fi
if cmp -s "$TMP/ken.bt" - <<EOF
$right
EOF
then ok "the program kept is the candidate, without the obligations"
else not_ok "the program kept is the candidate, without the obligations"; fi

# KEN's example on kprobe:tcp_connect: skc_dport is network byte order
# (__be16), so reading it without bswap is the mistake. kprobes load here
# (the proof and the kernel's check need no attach).
kraw='kprobe:tcp_connect { $sk = (struct sock *)arg0; $port = $sk->__sk_common.skc_dport; printf("port %d\n", $port); }'
kfixed='kprobe:tcp_connect { $sk = (struct sock *)arg0; $port = bswap($sk->__sk_common.skc_dport); printf("port %d\n", $port); }'
kob='{"words": "in host byte order", "says": "the port printed is skc_dport (network order) swapped to host order", "probe": "kprobe:tcp_connect", "condition": "$port == bswap(((struct sock *)arg0)->__sk_common.skc_dport)"}'
serve_with "[$(answer "$(obligations "$kob")")]" "$(answer "$kraw")" "$(answer "$kfixed")"
E --from-english "Show each new TCP connection, with the destination port in host byte order." --emit-program "$TMP/kprobe.bt"
done_serving
expect_rc "KEN's kprobe variant: the unswapped port is refuted, the fixed program accepted" 0
expect_out "the first try fails on the obligation" "request 1 #[0-9a-f]{4}: the port printed is skc_dport .*is REFUTED"
expect_out "the fixed one's obligation is proven" "request 1 #[0-9a-f]{4}: the port printed is skc_dport .*is PROVEN"
expect_out "and the kernel verifier accepts it" "note: the kernel verifier accepts kprobe:tcp_connect"
expect_out "the user sees the obligation and its words" '^  PROVEN  the port printed is skc_dport \(network order\) swapped to host order  \(from "in host byte order"; checked: '
if grep -q 'bswap' "$TMP/kprobe.bt"; then ok "the kept program is the fixed one"; else not_ok "the kept program is the fixed one"; fi

# The fixed program runs under a TCP workload on loopback and prints the
# port it connected to.
cat > "$TMP/tcp.py" <<'EOF'
import socket
srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 47123))
srv.listen(1)
c = socket.create_connection(("127.0.0.1", 47123))
a, _ = srv.accept()
a.close(); c.close(); srv.close()
EOF
printf 'sleep 1\npython3 %s\nsleep 0.5\n' "$TMP/tcp.py" > "$TMP/tcp.sh"
serve_with "[$(answer "$(obligations "$host_order")")]" "$(answer "$right")"
E --from-english "$ken" --yes -c "/bin/sh $TMP/tcp.sh"
done_serving
expect_rc "the fixed program runs: exit 0" 0
expect_out "it prints the port connected to, in host order" "^port 47123$"
expect_no_out "never the swapped one" "^port 5048$"

# An obligation that does not compile goes back to the comprehension call
# with the compiler's message; the candidate's try is not spent on it.
typo='{"words": "in host byte order", "says": "the port is in host order", "probe": "tracepoint:sock:inet_sock_set_state", "condition": "$prot == args->dport"}'
serve_with "[$(answer "$(obligations "$typo")"), $(answer "$(obligations "$host_order")")]" "$(answer "$right")"
E --from-english "$ken" --tries 1 --emit-program /dev/null
done_serving
expect_rc "an obligation that does not compile is asked again: accepted" 0
if reading 2 | grep -q 'Undefined or undeclared variable'; then
	ok "the second comprehension request carries the compiler's message"
else not_ok "the second comprehension request carries the compiler's message"; fi
expect_out "the obligation asked again is proven" "^from-english: proven: 1 obligation"

# Not JSON, or empty: nothing is called proven.
serve_with "[$(answer 'The program looks right to me.')]" "$(answer "$right")"
E --from-english "$ken" --emit-program /dev/null
done_serving
expect_rc "a comprehension answer that is not JSON: the program is still shown" 0
expect_out "it says why there are no obligations" "the request's obligations: the answer is not a JSON object"
expect_out "and that nothing was checked" "^from-english: nothing about what it does was checked: read it before you run it.$"
expect_no_out "nothing called proven" "^from-english: proven"

serve "$(answer "$right")"
E --from-english "$ken" --emit-program /dev/null
done_serving
expect_rc "no obligations: accepted" 0
expect_out "no obligations: nothing was checked" "^from-english: nothing about what it does was checked"

# Obligations must come from the request's words, and be one expression.
unasked='{"words": "only for nginx", "says": "only nginx", "probe": "tracepoint:sock:inet_sock_set_state", "condition": "comm == \"nginx\""}'
inject='{"words": "destination port", "says": "x", "probe": "tracepoint:sock:inet_sock_set_state", "condition": "1, \"x\"); system(\"touch /tmp/bte-pwned\"); assert(1"}'
rm -f /tmp/bte-pwned
serve_with "[$(answer "$(obligations "$unasked" "$inject")")]" "$(answer "$right")"
E -v --from-english "$ken" --emit-program /dev/null
done_serving
expect_rc "obligations not from the request are left out" 0
expect_out "words the request does not have are said" "obligation 1: its words are not words of the request"
expect_out "a condition that is not one expression is said" "obligation 2: its condition is not one expression"
expect_no_out "neither is checked" "request [12]:"
if [ -e /tmp/bte-pwned ]; then not_ok "nothing of the obligation ran"; else ok "nothing of the obligation ran"; fi

# A tautology is no evidence.
taut='{"words": "destination port", "says": "the port is the port", "probe": "tracepoint:sock:inet_sock_set_state", "condition": "args->dport == args->dport"}'
serve_with "[$(answer "$(obligations "$taut")")]" "$(answer "$right")"
E --from-english "$ken" --emit-program /dev/null
done_serving
expect_rc "a tautological obligation: accepted" 0
expect_out "it is shown as no evidence" '^  NO EVIDENCE  the port is the port  \(from "destination port"; checked: args->dport == args->dport\): it holds whatever the program does$'
expect_out "so nothing was checked" "^from-english: nothing about what it does was checked"

# A tautology over the program's variables is no evidence either.
vtaut='{"words": "destination port", "says": "the port is itself", "probe": "tracepoint:sock:inet_sock_set_state", "condition": "$port == $port"}'
serve_with "[$(answer "$(obligations "$vtaut")")]" "$(answer "$right")"
E --from-english "$ken" --emit-program /dev/null
done_serving
expect_rc "a tautology over a variable: accepted" 0
expect_out "it is shown as no evidence" '^  NO EVIDENCE  the port is itself  \(from "destination port"; checked: \$port == \$port\): it holds whatever the program does$'
expect_out "so nothing was checked" "^from-english: nothing about what it does was checked"

# A candidate's own assert may not pass for the request's obligation.
mimic='tracepoint:sock:inet_sock_set_state /args->newstate == 1/ { $port = args->dport; assert(args->newstate == 1, "request 1: the port printed is the destination port in host byte order"); printf("port %d\n", $port); }'
serve "$(answer "$mimic")" "$(answer "$right")"
E --from-english "$ken" --emit-program /dev/null
done_serving
expect_rc "a candidate using an obligation's message is refused, the next accepted" 0
if request 2 | grep -q 'which only the request.s obligations may have'; then
	ok "the model is told the message is reserved"
else not_ok "the model is told the message is reserved"; fi

# The obligation holds where the probe leaves, not only at its end: a
# return before the end checks it too.
early='tracepoint:sock:inet_sock_set_state /args->newstate == 1/ { $port = bswap(args->dport); printf("port %d\n", $port); if (args->sport != 0) { return; } $n = 1; }'
serve_with "[$(answer "$(obligations "$host_order")")]" "$(answer "$early")"
E --from-english "$ken" --tries 1 --emit-program /dev/null
done_serving
expect_rc "an early return does not hide the swapped port: refuted" 1
expect_out "refuted at the return" "request 1 #[0-9a-f]{4}: the port printed is the destination .*is REFUTED"

# A variable the probe assigns twice: its value at the end may not be the
# one printed, so the proof is no evidence.
twice='tracepoint:sock:inet_sock_set_state /args->newstate == 1/ { $port = bswap(args->dport); printf("port %d\n", $port); $port = args->dport; }'
serve_with "[$(answer "$(obligations "$host_order")")]" "$(answer "$twice")"
E --from-english "$ken" --emit-program /dev/null
done_serving
expect_rc "a variable assigned twice: accepted" 0
expect_out "not evidence, and why" '^  NO EVIDENCE  the port printed .*a variable of it changes in the probe'
expect_out "so nothing was checked" "^from-english: nothing about what it does was checked"

# A condition that holds for every value of the variable's type (a u16
# port) while the program prints the swapped port: the empty probe gives
# the variable the program's type, so it is no evidence.
width='{"words": "destination port", "says": "the port is a port number", "probe": "tracepoint:sock:inet_sock_set_state", "condition": "$port <= 65535"}'
serve_with "[$(answer "$(obligations "$width")")]" "$(answer "$swapped")"
E --from-english "$ken" --emit-program /dev/null
done_serving
expect_rc "a condition true of every u16: accepted" 0
expect_out "it holds whatever the program does" '^  NO EVIDENCE  the port is a port number  \(from "destination port"; checked: \$port <= 65535\): it holds whatever the program does$'

# The obligation's variable holds the right port, but what is printed is
# another expression of it: no evidence about the output.
printed_other='tracepoint:sock:inet_sock_set_state /args->newstate == 1/ { $port = args->dport; printf("port %d\n", bswap($port)); }'
serve_with "[$(answer "$(obligations "$host_order")")]" "$(answer "$printed_other")"
E --from-english "$ken" --emit-program /dev/null
done_serving
expect_rc "a variable printed through bswap(): accepted" 0
expect_out "not evidence, and why" '^  NO EVIDENCE  the port printed .*a variable of it is not what the program prints, as it is'
expect_out "so nothing was checked" "^from-english: nothing about what it does was checked"

# A 64-bit value printed with %x: bpftrace hands printf 64 bits and %x
# shows 32 of them, so the value is not shown as it is; %lx shows it.
addr='{"words": "TCP connection", "says": "the socket address shown is the connection'"'"'s", "probe": "tracepoint:sock:inet_sock_set_state", "condition": "$a == (uint64)args->skaddr"}'
short='tracepoint:sock:inet_sock_set_state /args->newstate == 1/ { $a = (uint64)args->skaddr; printf("%x\n", $a); }'
serve_with "[$(answer "$(obligations "$addr")")]" "$(answer "$short")"
E --from-english "$ken" --emit-program /dev/null
done_serving
expect_rc "a u64 printed with %x: accepted" 0
expect_out "not evidence: %x shows 32 of its 64 bits" '^  NO EVIDENCE  the socket address shown .*a %d, %u or %x that fits its type'
long=$(printf '%s' "$short" | sed 's/%x/%lx/')
serve_with "[$(answer "$(obligations "$addr")")]" "$(answer "$long")"
E --from-english "$ken" --emit-program /dev/null
done_serving
expect_rc "a u64 printed with %lx: accepted" 0
expect_out "evidence" '^  PROVEN  the socket address shown is the connection.s'

# A candidate that defines the kernel's struct its own way: the
# obligation's condition is compiled with it, so it is no evidence.
fake='struct sock_common { unsigned int a; unsigned int b; unsigned int c; unsigned short x; unsigned short skc_dport; }
struct sock { struct sock_common __sk_common; }
tracepoint:sock:inet_sock_set_state /args->newstate == 1/ { $sk = (struct sock *)args->skaddr; $port = bswap($sk->__sk_common.skc_dport); printf("port %d\n", $port); }'
through='{"words": "in host byte order", "says": "the port is the socket'"'"'s, swapped", "probe": "tracepoint:sock:inet_sock_set_state", "condition": "$port == bswap(((struct sock *)args->skaddr)->__sk_common.skc_dport)"}'
serve_with "[$(answer "$(obligations "$through")")]" "$(answer "$fake")"
E --from-english "$ken" --emit-program /dev/null
done_serving
expect_rc "a struct of its own: accepted" 0
expect_out "not evidence, and why" '^  NO EVIDENCE  the port is the socket.s, swapped .*the program defines types of its own'
expect_out "so nothing was checked" "^from-english: nothing about what it does was checked"

# A last statement without ';', a string ending in a backslash, a comment
# with a quote: the obligation is still placed and judged.
odd='tracepoint:sock:inet_sock_set_state /args->newstate == 1/ { $port = args->dport; /* the "raw port */ printf("port %d \\", $port) }'
serve_with "[$(answer "$(obligations "$taut" "$host_order" "$host_order")")]" "$(answer "$odd")"
E -v --from-english "$ken" --emit-program /dev/null
done_serving
expect_rc "odd but valid program: accepted" 0
expect_out "the tautology is still seen" '^  NO EVIDENCE  the port is the port'
expect_out "the real obligation is evidence" '^  PROVEN  the port printed is the destination port in host byte order'
expect_out "a repeated obligation is left out" "obligation 3: it repeats obligation 2"
expect_out "and counted once" "^from-english: proven: 1 obligation of your request"

# An obligation for a probe the program does not have is asked again.
elsewhere='{"words": "TCP connection", "says": "connections", "probe": "kprobe:tcp_connect", "condition": "1 == 1"}'
serve_with "[$(answer "$(obligations "$elsewhere")"), $(answer "$(obligations "$host_order")")]" "$(answer "$right")"
E --from-english "$ken" --emit-program /dev/null
done_serving
expect_rc "an obligation for another probe is asked again: accepted" 0
if reading 2 | grep -q 'which the program does not have'; then
	ok "the comprehension call is told its probe is not the program's"
else not_ok "the comprehension call is told its probe is not the program's"; fi

# The same obligation refuted on every try: nothing is accepted.
serve_with "[$(answer "$(obligations "$host_order")")]" "$(answer "$swapped")" "$(answer "$swapped")"
E --from-english "$ken" --tries 2 --emit-program /dev/null
done_serving
expect_rc "refuted on every try: exit 1" 1
expect_out "nothing was run" "no program was accepted; nothing was run"

# On a terminal, after the last try: the obligations, then the hint
# question; a hint asks for the obligations again, with the hint.
connection='{"words": "TCP connection", "says": "a connection", "probe": "t:sock:inet_sock_set_state", "condition": "args->family == 2 || args->family == 10"}'
serve_with "[$(answer "$(obligations "$host_order" "$connection")"), $(answer "$(obligations "$host_order")")]" \
	"$(answer "$swapped")" "$(answer "$swapped")"
printf 'the port may be in network order\n\n' > "$TMP/answers"
run python3 "$(dirname "$0")/on_tty.py" "A hint for the model" "$TMP/answers" -- \
	"$BPFTRACE" --plugin "$PLUGIN" --from-english "$ken" --tries 1 --emit-program /dev/null
done_serving
expect_rc "refuted, a hint, refuted again, no more hints: exit 1" 1
expect_out "the obligations are shown before the hint question" \
	'the program was held to these obligations of your request \(one refuted on every try may be what is wrong'
expect_out "each with its words and its condition, the one refuted on every try said so" \
	'1\. REFUTED on every try \(1\): the port printed is the destination port in host byte order \(from "in host byte order"\): assert\(\$port == args->dport\)'
expect_out "one proven is not said to be refuted" \
	'^  2\. a connection \(from "TCP connection"\): assert\(args->family == 2 \|\| args->family == 10\)$'
expect_out "then the question" 'A hint for the model \(empty to stop\)'
if reading 2 | grep -q 'The user adds: the port may be in network order'; then
	ok "the hint goes to the comprehension call asked again"
else not_ok "the hint goes to the comprehension call asked again"; fi
if [ "$(grep -c 'A hint for the model' "$TMP/out")" -eq 2 ]; then
	ok "asked again after the second failure, and stopped on an empty answer"
else not_ok "asked again after the second failure, and stopped on an empty answer"; fi

# The Anthropic protocol for the comprehension call.
anthropic() {
	python3 -c 'import json,sys; print(json.dumps({"status": 200, "json": {"content": [{"type": "text", "text": sys.argv[1]}], "stop_reason": "end_turn"}}))' "$1"
}
serve_with "[$(anthropic "$(obligations "$host_order")")]" "$(anthropic "$right")"
BPFTRACE_LLM_URL=${BPFTRACE_LLM_URL%/v1} BPFTRACE_LLM_PROTOCOL=anthropic \
	run "$BPFTRACE" --plugin "$PLUGIN" --from-english "$ken" --emit-program /dev/null
done_serving
expect_rc "Anthropic protocol: accepted" 0
if reading 1 | grep -q '"path": "/v1/messages"'; then ok "comprehension POSTs /v1/messages"
else not_ok "comprehension POSTs /v1/messages"; fi
expect_out "its obligation is proven" "^from-english: proven: 1 obligation"

# -f json: one document on stdout with the three parts, on every path.
serve_with "[$(answer "$(obligations "$host_order")")]" "$(answer "$swapped")" "$(answer "$right")"
set +e
"$BPFTRACE" --plugin "$PLUGIN" --from-english "$ken" -f json --emit-program /dev/null > "$TMP/json" 2>/dev/null
rc=$?
set -e
done_serving
expect_rc "-f json: accepted" 0
if python3 - "$TMP/json" <<'EOF'
import json, sys
d = json.loads(open(sys.argv[1]).readline())
assert d["type"] == "from-english", d
x = d["data"]
assert x["schema_version"] == 1 and x["accepted"] is True and x["proven"] is True
o = x["obligations"]
assert len(o) == 1 and o[0]["verdict"] == "PROVEN" and o[0]["words"] == "in host byte order"
assert o[0]["condition"] == "$port == args->dport"
assert x["safety"]["kernel_verifier"] == "accepted"
assert any("inet_sock_set_state" in a for a in x["assumptions"])
assert "bswap" not in x["program"]
EOF
then ok "-f json: the obligations with words and verdicts, safety and assumptions"
else not_ok "-f json: the obligations with words and verdicts, safety and assumptions"; fi

serve "$(answer "$right")"
set +e
"$BPFTRACE" --plugin "$PLUGIN" --from-english "$ken" -f json --emit-program /dev/null > "$TMP/json" 2>/dev/null
set -e
done_serving
if python3 -c 'import json,sys; x=json.loads(open(sys.argv[1]).readline())["data"]; assert x["proven"] is False and x["obligations"] == [] and x["summary"].startswith("nothing about what it does was checked")' "$TMP/json"
then ok "-f json: no obligations, not proven, and says so"
else not_ok "-f json: no obligations, not proven, and says so"; fi

serve_with "[$(answer "$(obligations "$host_order")")]" "$(answer "$swapped")"
set +e
"$BPFTRACE" --plugin "$PLUGIN" --from-english "$ken" -f json --tries 1 --emit-program /dev/null > "$TMP/json" 2>/dev/null
rc=$?
set -e
done_serving
expect_rc "-f json, nothing accepted: exit 1" 1
if python3 -c 'import json,sys; x=json.loads(open(sys.argv[1]).read())["data"]; assert x["accepted"] is False and x["proven"] is False and "REFUTED" in x["tries"][0]' "$TMP/json"
then ok "-f json: a request with no program is one document, with each try's reason"
else not_ok "-f json: a request with no program is one document, with each try's reason"; fi

unset BPFTRACE_LLM_URL
set +e
"$BPFTRACE" --plugin "$PLUGIN" --from-english "graph the weather in paris" -f json --yes > "$TMP/json" 2>/dev/null
set -e
if python3 -c 'import json,sys; x=json.loads(open(sys.argv[1]).read())["data"]; assert x["accepted"] is False and x["why"]' "$TMP/json"
then ok "-f json: an offline decline is one document too"
else not_ok "-f json: an offline decline is one document too"; fi

finish
