#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""on_tty: runs a command on a new pseudo-terminal (its controlling
terminal, stdin, stdout and stderr), answering its questions as a user
at the keyboard would.

    on_tty.py PROMPT ANSWERS_FILE -- COMMAND [ARG...]

Each time the output shows PROMPT (a literal string), the next line of
ANSWERS_FILE is typed (an empty line: just Enter); with no lines left,
Enter. Everything the command printed goes to stdout (\\r\\n as \\n); the
exit status is the command's. Gives up after 120 s (status 124).
"""
import os
import pty
import select
import sys
import time


def main():
    prompt, answers_file = sys.argv[1].encode(), sys.argv[2]
    cmd = sys.argv[sys.argv.index("--") + 1:]
    with open(answers_file) as f:
        answers = f.read().splitlines()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(cmd[0], cmd)
    out, seen, deadline = b"", 0, time.monotonic() + 120
    while True:
        if time.monotonic() > deadline:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            sys.stdout.write(out.decode(errors="replace").replace("\r\n", "\n"))
            return 124
        ready, _, _ = select.select([fd], [], [], 0.5)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # the child is gone: EIO
                chunk = b""
            if not chunk:
                break
            out += chunk
            while out.count(prompt) > seen:
                seen += 1
                os.write(fd, (answers.pop(0) if answers else "").encode() + b"\n")
    _, status = os.waitpid(pid, 0)
    sys.stdout.write(out.decode(errors="replace").replace("\r\n", "\n"))
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main())
