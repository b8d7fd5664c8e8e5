# SPDX-License-Identifier: Apache-2.0
# The scripted model server of the --from-english tests (sourced after
# lib.sh): answer builds one OpenAI-style answer, serve starts
# tests/llm/mock_llm.py on 127.0.0.1 with a list of them and points
# BPFTRACE_LLM_URL at it, request N prints the N-th request it got
# (reading N: the N-th of the comprehension step).
mock="$SOURCE_DIR/tests/llm/mock_llm.py"
# answer TEXT: one OpenAI-style answer whose content is TEXT (JSON-escaped)
answer() {
	python3 -c 'import json,sys; print(json.dumps({"status": 200, "json": {"choices": [{"message": {"role": "assistant", "content": sys.argv[1]}, "finish_reason": "stop"}]}}))' "$1"
}
# serve ANSWER...: starts the model server with these answers
serve() { serve_with '[]' "$@"; }
# serve_with READINGS ANSWER...: as serve, and the comprehension requests
# get READINGS (a JSON list of answers) in order, then {"obligations": []}
serve_with() {
	printf '{"comprehension": %s, "synthesis": [' "$1" > "$TMP/script.json"
	shift
	sep=
	for a in "$@"; do printf '%s%s' "$sep" "$a" >> "$TMP/script.json"; sep=,; done
	printf ']}' >> "$TMP/script.json"
	rm -f "$TMP/port" "$TMP/requests.log" "$TMP/requests.log.comprehension"
	python3 "$mock" "$TMP/script.json" "$TMP/port" "$TMP/requests.log" &
	server=$!
	i=0
	while [ ! -f "$TMP/port" ] && [ $i -lt 300 ]; do sleep 0.02; i=$((i + 1)); done
	export BPFTRACE_LLM_URL="http://127.0.0.1:$(cat "$TMP/port")/v1"
}
done_serving() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
request() { sed -n "${1}p" "$TMP/requests.log"; }
# reading N prints the N-th comprehension request it got
reading() { sed -n "${1}p" "$TMP/requests.log.comprehension"; }
