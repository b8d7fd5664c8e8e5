#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# --from-english with no model configured: the offline reader (the
# lexicon's reader and planner) makes the program, through the same
# checks; declined plainly, with the closest requests it can serve, when
# it cannot. Nothing leaves the machine.
set -eu
. "$(dirname "$0")/../lib.sh"
: "${PLUGIN:?}" "${GETPID_N:?}"
export XDG_DATA_HOME="$TMP/data" # an empty learned store, never the user's
O() { run env -u BPFTRACE_LLM_URL -u OPENAI_BASE_URL -u ANTHROPIC_API_KEY \
	BPFTRACE_LLM_CONFIG="$TMP/none" "$BPFTRACE" --plugin "$PLUGIN" "$@"; }

O --from-english "count syscalls by process" --emit-program -
expect_rc "the README's request, offline: exit 0" 0
expect_out "it says where the program comes from" "no model is configured: the offline reader makes the program"
expect_out "the program" '^  @count\[comm\] = count\(\);$'
expect_out "it passed the kernel check" "note: the kernel verifier accepts tracepoint:raw_syscalls:sys_enter"

O --from-english "count getpid calls made by getpidn" --emit-program -
expect_rc "a name the reader does not know, of no program's shape: declined, exit 1" 1
expect_out "it says to quote it" '\(a process.s name the reader does not know is quoted: "getpidn"\)'
O --from-english "count getpid calls made by getpid_n" --emit-program -
expect_rc "a name no word list has, where a process's stands: exit 0" 0
expect_out "the plan says how it read the name" '\("getpid_n": no word list has it, read as a process.s name by where it stands\)'
O --from-english 'count getpid calls made by "getpid_n"' --yes -c "$GETPID_N 5"
expect_rc "a process name quoted, run on the real kernel: exit 0" 0
expect_out "the filter names the process" 'comm == "getpid_n"'
expect_out "the process, read from the request's words and proven" '^  PROVEN  only events of tasks named getpid_n \(comm\)  \(from "getpid_n"; checked: comm == "getpid_n"\)$'
expect_out "so the program is called proven" "^from-english: proven: 1 obligation of your request"
expect_no_out "the planner's own assert gives way to the reading" 'assert\(comm == "getpid_n", "only getpid_n"\)'
expect_out "real kernel data about the child" "^@count: 5$"

O --from-english "print every file that curl opens" --emit-program -
expect_out "another name" '^tracepoint:syscalls:sys_enter_open,tracepoint:syscalls:sys_enter_openat /comm == "curl"/'
expect_no_out "nothing of the example's own process is left" 'comm == "nginx"|only nginx'
expect_out "it says what it planned" 'planned lexicon:open: .*keeps comm == "curl" \("only curl"\)'
O --from-english "top 3 processes by syscalls" --emit-program -
expect_rc "top N added: exit 0" 0
expect_out "the map is printed limited to 3" '^  print\(@count, 3\);$'
expect_out "no restriction, nothing called proven" "^from-english: nothing about what it does was checked"

O --from-english 'getpid calls made by "getpid_n", every 2 seconds' --yes -c "$GETPID_N 6"
expect_rc "an interval added, run on the real kernel: exit 0" 0
expect_out "the interval" '^interval:s:2 \{$'
expect_out "the count of the child's calls" "^@[a-z]*: 6$"

printf 'kill -INT $$\n' > "$TMP/sigint.sh"
O --from-english "tell me whenever someone sends SIGINT" --yes -c "/bin/sh $TMP/sigint.sh"
expect_rc "a signal name read, run on the real kernel: exit 0" 0
expect_out "the number of SIGINT, from the word SIGINT, proven" '^  PROVEN  only SIGINT  \(from "SIGINT"; checked: args->sig == 2\)$'
expect_out "the child's SIGINT was seen" "^sh +[0-9]+ +target [0-9]+ target_comm sh signal 2$"

O --from-english "count the procesess that recieve SIGTERM" --emit-program -
expect_rc "a word with two letters swapped, read as the word it is one swap from: exit 0" 0
expect_out "the user is told" '^from-english: reading "procesess" as "processes", "recieve" as "receive"$'
expect_out "a signal received: made for its target, counted by the target's name" '^tracepoint:signal:signal_generate /args->sig == 15/'
expect_out "the target's name" '^  @count\[args->comm\] = count\(\);$'

O --from-english "things have been weird lately, could you count file opens per process?" --emit-program -
expect_rc "context around the request, set aside: exit 0" 0
expect_out "the user is told what was set aside" '^from-english: reading "could you count file opens per process" alone: "things have been weird lately" is context, naming nothing to trace or keep to$'
O -q -f json --from-english "things have been weird lately, could you count file opens per process?" --emit-program -
expect_rc "set aside under -q, with -f json: exit 0" 0
expect_out "told under -q too" '^from-english: reading "could you count file opens per process" alone:'
expect_out "JSON says what was set aside" '"context": *"\\"things have been weird lately\\""'
O --from-english "our web server is slow, could you count writes by process?" --emit-program -
expect_rc "context that names a process, unnamed: read whole and declined, exit 1" 1
expect_no_out "nothing is set aside" 'alone:'

# a SIGTERM that ends a process with no handler is delivered as SIGKILL:
# it is received all the same
cp /bin/sleep "$TMP/bte_sigrecv"
printf '%s 5 &\nsleep 0.3\nkill -TERM $!\nwait\n' "$TMP/bte_sigrecv" > "$TMP/sigrecv.sh"
O --from-english "count the processes that receive SIGTERM" --yes -c "/bin/sh $TMP/sigrecv.sh"
expect_rc "signals received, run on the real kernel: exit 0" 0
expect_out "the SIGTERM that ended bte_sigrecv was seen" '^@count\[bte_sigrecv\]: 1$'

# a process's exit code at its exit: what it passed to exit(), or 128 and
# the signal that killed it, as a shell's $? says
cp /bin/dash "$TMP/bte_exit"
printf '%s -c "exit 3"\n%s -c "kill -TERM \\$\\$"\nsleep 0.3\n' "$TMP/bte_exit" "$TMP/bte_exit" > "$TMP/exits.sh"
O --from-english "show exits of the process called bte_exit with their exit code" --yes -c "/bin/sh $TMP/exits.sh"
expect_rc "exit codes at process exits, run on the real kernel: exit 0" 0
expect_out "the code exit() was given" '^bte_exit +[0-9]+ +code 3$'
expect_out "128 and the signal that killed one" '^bte_exit +[0-9]+ +code 143$'

# the parent of the process that exits: the script that ran it
printf 'echo $$ > %s/ppid\n%s -c "exit 0"\nsleep 0.3\n' "$TMP" "$TMP/bte_exit" > "$TMP/ppid.sh"
O --from-english "show exits of the process called bte_exit with the parent pid" --yes -c "/bin/sh $TMP/ppid.sh"
expect_rc "a parent pid at process exits, run on the real kernel: exit 0" 0
expect_out "the script's pid, the parent of bte_exit" "^bte_exit +[0-9]+ +ppid $(cat "$TMP/ppid" 2>/dev/null || echo none)\$"

O --from-english "count NET_RX and NET_TX softirqs" --emit-program -
expect_rc "two values of one thing: declined, exit 1" 1
expect_out "the reason" 'it keeps vector to two values \("NET_RX" and "NET_TX"\): say one, or group by vector'
expect_no_out "and no program keeps one of them" 'vec == 3'

# This kernel's TCP connect latency (SYN_SENT to ESTABLISHED, by socket),
# UDP bytes, renames and a filtered command line, each run on the real
# kernel with a workload that makes a known number of them.
cat > "$TMP/net.py" <<'PY'
import os, socket
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(8)
port = srv.getsockname()[1]
for i in range(3):
    c = socket.create_connection(("127.0.0.1", port))
    a, _ = srv.accept()
    c.close()
    a.close()
try:
    socket.create_connection(("127.0.0.1", 1))  # refused: no latency
except OSError:
    pass
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u.bind(("127.0.0.1", 0))
for n in (100, 200, 300):
    u.sendto(b"x" * n, u.getsockname())
d = os.environ.get("BTE_RENAME_DIR")
if d:
    open(os.path.join(d, "a"), "w").close()
    os.rename(os.path.join(d, "a"), os.path.join(d, "b"))
PY
O --from-english "tcp connect latency" --yes -c "/usr/bin/python3 $TMP/net.py"
expect_rc "TCP connect latency, run on the real kernel: exit 0" 0
expect_out "from SYN_SENT to ESTABLISHED" '@start\[args->skaddr\] != 0 && args->oldstate == 2 && args->newstate == 1'
# (at least: another process may connect meanwhile)
if [ "$(grep -Ec '^us [0-9]+$' "$TMP/out")" -ge 3 ]; then ok "the three connects timed"
else not_ok "the three connects timed"; fi
O --from-english "total udp bytes sent by python3" --yes -c "/usr/bin/python3 $TMP/net.py"
expect_rc "UDP bytes sent, run on the real kernel: exit 0" 0
expect_out "the datagrams' 600 bytes" '^@[a-z_]*: 600$'
# connect()'s port, read from the caller's sockaddr (the three connects
# to the listener, the refused one to port 1; UDP sends connect nothing)
O --from-english "count connect() calls made by python3, per port" --yes -c "/usr/bin/python3 $TMP/net.py"
expect_rc "connect() ports, run on the real kernel: exit 0" 0
expect_out "the refused connect's port" '^@count\[1\]: 1$'
expect_out "the listener's port, three times" '^@count\[[0-9]+\]: 3$'
O --from-english "count ipv4 connect() calls made by python3" --yes -c "/usr/bin/python3 $TMP/net.py"
expect_rc "IPv4 connect() calls, run on the real kernel: exit 0" 0
expect_out "the four connects, all IPv4" '^@count: 4$'
# a connect that never established (SYN_SENT to CLOSE): the refused one
# to port 1, never the three the listener accepted
O --from-english "count tcp connections that fail, by destination port" --yes -c "/usr/bin/python3 $TMP/net.py"
expect_rc "failed TCP connections, run on the real kernel: exit 0" 0
expect_out "the refused connect to port 1" '^@count\[1\]: 1$'
expect_no_out "and none of the accepted ones" '^@count\[[0-9]{4,}\]'
# A connect's latency kept to a process where the connect starts (its
# SYN_SENT, in connect()): two connects of a copy of python3 named
# bte_connlat, never the three of python3 itself
cp /usr/bin/python3 "$TMP/bte_connlat"
cat > "$TMP/connlat.py" <<'PY'
import socket, subprocess, sys
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(8)
port = srv.getsockname()[1]
code = ("import socket,sys\nfor i in range(2): socket.create_connection(('127.0.0.1', %d)).close()"
        % port)
subprocess.run([sys.argv[1], "-c", code], check=True)
for i in range(3):
    socket.create_connection(("127.0.0.1", port)).close()
PY
O --from-english "show tcp connect latency of processes named bte_connlat" --yes -c "/usr/bin/python3 $TMP/connlat.py $TMP/bte_connlat"
expect_rc "TCP connect latency of one process, run on the real kernel: exit 0" 0
expect_out "kept to the process where the connect starts" 'comm == "bte_connlat" && args->protocol == 6'
if [ "$(grep -Ec '^us [0-9]+$' "$TMP/out")" -eq 2 ]; then ok "its two connects, not python3's three"
else not_ok "its two connects, not python3's three"; fi
# The threads of a process by its name: its main thread's (the threads of
# a copy of python3 named bte_thr rename themselves; their getppid calls
# are the process's, never found by their own comm)
cp /usr/bin/python3 "$TMP/bte_thr"
cat > "$TMP/thr.py" <<'PY'
import ctypes, os, threading
libc = ctypes.CDLL(None)
def work():
    libc.prctl(15, b"bte_worker", 0, 0, 0)
    for _ in range(4):
        os.getppid()
ts = [threading.Thread(target=work) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
PY
O --from-english "count getppid calls by bte_thr threads" --yes -c "$TMP/bte_thr $TMP/thr.py"
expect_rc "the threads of a process, run on the real kernel: exit 0" 0
expect_out "kept by the main thread's name" 'curtask->group_leader->comm == "bte_thr"'
expect_out "the twelve calls of its three renamed threads" '^@count: 12$'
# Connections accepted on a port are kept to the server's (local) port:
# two accepted on 28443, three on 28444, each from an ephemeral port
cat > "$TMP/accept.py" <<'PY'
import socket
for port, n in ((28443, 2), (28444, 3)):
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", port))
    srv.listen(8)
    for i in range(n):
        c = socket.create_connection(("127.0.0.1", port))
        a, _ = srv.accept()
        c.close()
        a.close()
    srv.close()
PY
O --from-english "count connections accepted on port 28443" --yes -c "/usr/bin/python3 $TMP/accept.py"
expect_rc "connections accepted on a port, run on the real kernel: exit 0" 0
expect_out "the two accepted on 28443, not the three on 28444" '^@count: 2$'
# Nonzero exit codes as a shell's $? says them: exit(3), and a signal
# that killed the process (SIGTERM: 143), never an exit(0); a copy of sh
# under a name no other process has
cp /bin/sh "$TMP/bte_exits"
cat > "$TMP/exits.sh" <<SH
"$TMP/bte_exits" -c 'exit 3'
"$TMP/bte_exits" -c 'exit 0'
"$TMP/bte_exits" -c 'kill -TERM \$\$'
"$TMP/bte_exits" -c 'kill -SEGV \$\$'
true
SH
O --from-english 'count nonzero exit codes of "bte_exits"' --yes -c "/bin/sh $TMP/exits.sh"
expect_rc "nonzero exit codes, run on the real kernel: exit 0" 0
expect_out "exit(3)" '^@count\[3\]: 1$'
expect_out "killed by SIGTERM: 128+15" '^@count\[143\]: 1$'
expect_out "killed by SIGSEGV: 128+11" '^@count\[139\]: 1$'
expect_no_out "never exit(0)" '^@count\[0\]'
O --from-english 'tally exit codes of "bte_exits"' --yes -c "/bin/sh $TMP/exits.sh"
expect_rc "exit codes, run on the real kernel: exit 0" 0
expect_out "exit(0) too" '^@count\[0\]: 1$'
expect_out "and the SIGSEGV's 139" '^@count\[139\]: 1$'
# a crash is a fault's signal (SIGSEGV here), never SIGTERM nor exit(3)
O --from-english 'show crashes of "bte_exits"' --yes -c "/bin/sh $TMP/exits.sh"
expect_rc "crashes, run on the real kernel: exit 0" 0
expect_out "the SIGSEGV" '^bte_exits +[0-9]+ +signal 11$'
if [ "$(grep -c '^bte_exits ' "$TMP/out")" -eq 1 ]; then ok "that crash alone"
else not_ok "that crash alone"; fi
# a segfault is the SIGSEGV of a fault, in the thread that faults: a copy
# of python3 reading address 0, never one killed by SIGSEGV from outside
cp /usr/bin/python3 "$TMP/bte_fault"
cat > "$TMP/faults.sh" <<SH
"$TMP/bte_fault" -c 'import ctypes; ctypes.string_at(0)'
"$TMP/bte_fault" -c 'import time; time.sleep(5)' &
sleep 0.5
kill -SEGV \$!
wait
true
SH
O --from-english "count segfaults by process" --yes -c "/bin/sh $TMP/faults.sh"
expect_rc "segfaults, run on the real kernel: exit 0" 0
expect_out "the fault, once" '^@count\[bte_fault\]: 1$'
mkdir -p "$TMP/ren"
export BTE_RENAME_DIR="$TMP/ren"
O --from-english "show renames by python3 with old and new names" --yes -c "/usr/bin/python3 $TMP/net.py"
unset BTE_RENAME_DIR
expect_rc "renames, run on the real kernel: exit 0" 0
expect_out "both names of the rename" "oldname $TMP/ren/a newname $TMP/ren/b\$"
O --from-english "show sshd execs and their arguments" --emit-program -
expect_rc "a command line kept to a process: exit 0" 0
expect_out "the process is proven where join() writes its buffer" '^  PROVEN  only events of tasks named sshd'

O --from-english "run queue latency histogram in milliseconds" --emit-program -
expect_rc "an output unit read: exit 0" 0
expect_out "milliseconds" '/ 1000000'
expect_no_out "no microseconds left" 'usecs|/ 1000\)'

O --from-english "print every file that nginx opens over nfs" --yes
expect_rc "a word the reader cannot place: exit 1" 1
expect_out "it names the word" 'it asks for "nf'


O --from-english "files opened by processes whose pid is above 5000" --emit-program -
expect_rc "a number read: exit 0" 0
expect_out "the threshold is the request's" "/pid > 5000/"
expect_out "and proven, from the request's number" '^  PROVEN  only pid > 5000  \(from "5000"; checked: pid > 5000\)$'

# The issue's new-user requests: nothing invented, nothing dropped.
O --from-english "count syscalls by process every 5 seconds" --emit-program -
expect_rc "every 5 seconds: exit 0" 0
expect_out "every 5 seconds" '^interval:s:5 \{$'
expect_no_out "no top 5 the request does not ask for" 'print\(@[a-z_]*, [0-9]'
O --from-english "top 10 processes by bytes written" --emit-program -
expect_rc "bytes written: exit 0" 0
expect_out "only successful writes are summed" '/args->ret > 0/'
expect_out "their bytes, top 10" 'sum\(args->ret\)'
O --from-english "count TCP connections per second" --emit-program -
expect_rc "TCP connections: exit 0" 0
expect_out "an active open: CLOSE to SYN_SENT of TCP, not retransmits or every state change" \
	'/args->protocol == 6 && args->oldstate == 7 && args->newstate == 2/'
expect_no_out "not retransmits" 'tcp_retransmit'
expect_out "counted each second" '^interval:s:1 \{$'
O --from-english "count failed opens by process and errno" --emit-program -
expect_rc "by errno: exit 0" 0
expect_out "by errno: the errno is a key beside the process" '@count\[comm, -args->ret\] = count\(\);'
expect_out "only failed calls" '/args->ret < 0/'
# Not a tracing task: never served, whatever words the lexicon knows.
O --from-english "delete all my files" --emit-program -
expect_rc "delete all my files: declined" 1
expect_out "said as such" "it is not a tracing task"
# A kprobe bpftrace says is not traceable here is never served: it would
# fail to attach (on kernels whose ftrace lists the function, skipped).
if grep -qw tcp_sendmsg /sys/kernel/tracing/available_filter_functions 2>/dev/null; then
	skip "a kprobe that is not traceable" "tcp_sendmsg is traceable on this kernel"
else
	# (the learned store's program for the very request: the reader
	# itself never makes a kprobe)
	mkdir -p "$TMP/data/bpftrace-english"
	chmod 700 "$TMP/data/bpftrace-english"
	python3 - "$TMP/data/bpftrace-english/learned.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], "w") as f:
    f.write(json.dumps({"id": "learned-kretprobe", "request": "bytes sent over TCP per process",
        "program": "kretprobe:tcp_sendmsg /retval > 0/ { @bytes[comm] = sum(retval); }\n",
        "probes": ["kretprobe:tcp_sendmsg"], "tags": ["learned"], "features": ["kprobe"],
        "unsafe": False, "split": "learned", "model": "mock-model"}) + "\n")
PY
	chmod 600 "$TMP/data/bpftrace-english/learned.jsonl"
	O -v --from-english "bytes sent over TCP per process" --emit-program -
	rm -f "$TMP/data/bpftrace-english/learned.jsonl"
	expect_out "the learned program is tried" "learned program learned-kretprobe"
	expect_no_out "no kretprobe on a function ftrace cannot trace" '^kretprobe:tcp_sendmsg'
	expect_out "it says why the learned program was not served" \
		'not traceable on this kernel: attaching it would fail'
fi
O --from-english "show failed openat calls with the filename and the error" --emit-program -
expect_rc "with the filename: served with it, carried from the call's entry" 0
expect_out "the name read where the call starts" '^  @filename\[tid\] = str\(args->filename\);$'
expect_out "and printed with the error where it ends" \
	'printf\(.*filename %s errno %d.*\$filename, -args->ret\);$'
expect_out "only the failed calls" '^  if \(args->ret < 0\) \{$'
O --from-english "show me context switches per CPU, every second" --emit-program -
expect_no_out "context switches: never from another sched event, nor perf's count that misses idle" \
	'sched_stat_runtime|software:context-switches'
O --from-english "count openat calls by process, every second" --emit-program -
expect_out "the plan says its interval" "planned lexicon:openat: .*; prints every 1 s"
expect_no_out "never twice" "every every"
O --from-english "alert me if anyone sends SIGHUP to nginx" --emit-program -
expect_no_out "the target is never filtered on as the sender" '^tracepoint.*[^>]comm == "nginx"'

O --from-english "delete all my files" --yes
expect_rc "not a tracing task: exit 1" 1
expect_out "declined as such" "it is not a tracing task"

O --from-english "show me the weather in paris" --yes
expect_rc "a request the offline reader cannot serve: exit 1" 1
expect_out "declined, with how to configure a model" "cannot serve this request .*no model endpoint is configured"
O --from-english "which capability checks fail per process" --emit-program -
expect_rc "a decline: exit 1" 1
expect_no_out "without -v, no list of the ways tried" "ways tried:"
expect_out "one line of reason" "cannot serve this request \(it names no event"
expect_out "then the nearest requests of the examples it serves" \
	'^from-english: the closest requests it can serve instead:$'
expect_out "each with its example and what differs" \
	'^  1\. ".*" \(the request of example [a-z0-9-]+; yours differs: it has no "capability", .*\)$'
expect_no_out "at most 3" '^  4\. '
if [ "$(wc -l < "$TMP/out")" -le 12 ]; then ok "a decline is a few lines"; else not_ok "a decline is a few lines"; fi
O --from-english "which capability checks fail per process" -f json --emit-program -
expect_rc "a decline in JSON: exit 1" 1
if python3 -c '
import json, sys
d = [json.loads(l) for l in open(sys.argv[1]) if l.startswith("{")][-1]["data"]
alts = d["alternatives"]
assert 1 <= len(alts) <= 3 and all(a["example"] and a["request"] and a["differs"] for a in alts)
assert d["accepted"] is False and d["proven"] is False
' "$TMP/out"; then ok "JSON: up to 3 alternatives, each with example, request and what differs"
else not_ok "JSON: up to 3 alternatives, each with example, request and what differs"; fi
# The offline reader's closest program comes first: the request without
# the words it cannot place, said as such.
O --from-english "show reads by nginx with the pretty colours" --emit-program -
expect_rc "a word the reader cannot place: exit 1" 1
expect_out "the reader's reason leads" 'cannot serve this request \(it asks for "pretty", which the event has no field for\)'
expect_out "first, the request without the words left out" \
	'^  1\. "show reads by nginx with the" \(the offline reader.s; yours differs: it leaves out "pretty", "colours" \(what the offline reader cannot place\)\)$'
# An exclusion the reader cannot keep out (only a process, a pid, root
# or a signal right after it) is never left out to make a program: it
# would turn around.
O --from-english "count writes by process except the small ones" --emit-program -
expect_rc "an exclusion: exit 1" 1
expect_out "declined as an exclusion" 'it leaves something out \("except"\)'
expect_no_out "no program without the exclusion offered" '^  [0-9]\. ".*" \(the offline reader'
# A word of the request is named as the user wrote it.
O --from-english "count capabilities checked by process" --emit-program -
expect_no_out "the words as written, not stems or base forms" '"capabl"|"capabil"|"capability"|"check"'
# The words it knows nothing of are named as written.
O --from-english "count calls to frobnicate for pid 1234" --emit-program -
expect_no_out "a word as written, not its base term" '"syscall"'
expect_out "the word the request used" 'knows nothing of "frobnicate"'
# The lexicon's planner: malloc is libc's, the pid kept to.
O --from-english "count malloc calls for pid 1234" --emit-program -
expect_rc "malloc calls of a pid: exit 0" 0
expect_out "a uprobe on libc's malloc, kept to the pid" '^uprobe:[^ ]*libc\.so\.6:malloc /pid == 1234/ \{$'
# On a terminal the user may pick one: it is made as its own request, and
# shown and confirmed like any other program (here: not confirmed).
printf '1\nn\n' > "$TMP/answers"
run python3 "$(dirname "$0")/on_tty.py" "]" "$TMP/answers" -- env -u BPFTRACE_LLM_URL \
	-u OPENAI_BASE_URL -u ANTHROPIC_API_KEY BPFTRACE_LLM_CONFIG="$TMP/none" "$BPFTRACE" \
	--plugin "$PLUGIN" --from-english "which capability checks fail per process"
expect_out "the question" 'Make (one of these|it) instead\? \[1(-[23])?, Enter for none\]'
expect_no_out "never a range of one" '\[1-1,'
expect_out "the pick is made as its own request" '^from-english: making ".*" instead$'
expect_out "then shown and asked about, as any program" 'Run this program \(.*\)\? \[y/N\]'
expect_rc "not confirmed: nothing runs, exit 1" 1
# With --yes (unattended) there is no question.
O --from-english "which capability checks fail per process" --yes
expect_no_out "--yes: no question" "Make one of these instead"
O -v --from-english "which capability checks fail per process" --emit-program -
expect_out "with -v, the ways tried" "^from-english: ways tried:$"

O --from-english "count getpid calls made by bash and curl" --yes
expect_rc "two names where the example has one: exit 1" 1

# An action smuggled into a request is declined, not made a filter.
run "$BPFTRACE" --plugin "$PLUGIN" --from-english 'count syscalls by process and then call system("rm -rf /")' --emit-program -
expect_rc "an injected action: declined, exit 1" 1
expect_out "as not a tracing task" "it is not a tracing task"
expect_no_out "never a filter on it" 'comm == "rm -rf /"'

# Its own reading, in JSON too: each restriction with the words it came from.
O --from-english "count failed openat calls by nginx per errno" --emit-program "$TMP/failed.bt" -f json
expect_rc "a process and failures: exit 0" 0
if python3 -c 'import json,sys
x = [json.loads(l) for l in open(sys.argv[1]) if l.startswith("{\"type\"")][0]["data"]
ob = sorted((o["words"], o["condition"], o["verdict"]) for o in x["obligations"])
assert ob == [("failed", "args->ret < 0", "PROVEN"), ("nginx", "comm == \"nginx\"", "PROVEN")], ob
assert x["proven"] is True and x["author"] == "offline reader"' "$TMP/out"; then
	ok "JSON: the reading's obligations, each with its words, proven"
else
	not_ok "JSON: the reading's obligations, each with its words, proven"
fi
if grep -Eq 'assert\(|^ *$' "$TMP/failed.bt"; then
	not_ok "the emitted program has no assert of the planner's own, nor a blank line left"
else ok "the emitted program has no assert of the planner's own, nor a blank line left"; fi

# the micro sign (and the Greek mu) of "5 µs": microseconds, never seconds
O --from-english "$(printf 'show reads slower than 5 \302\265s')" --emit-program -
expect_out "5 us with the micro sign is 5000 ns" '\$ns > 5000\)'
expect_no_out "not 5 seconds" '5000000000'
O --from-english "$(printf 'show reads slower than 5 \316\274s')" --emit-program -
expect_out "and so with the Greek mu" '\$ns > 5000\)'

# "execution" is no process name: the lexicon's planner serves the exec
O --from-english "trace process execution" --emit-program -
expect_out "the lexicon's planner serves it" 'planned lexicon:execve'
expect_out "and its program traces the exec with its file" 'sys_enter_execve \{'

finish
