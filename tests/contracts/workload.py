# SPDX-License-Identifier: Apache-2.0
"""A workload for the live contract test: files, processes, signals,
sleeps, ids and a TCP connection on loopback, a few rounds of each."""
import os
import signal
import socket
import subprocess
import tempfile
import time

got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
tmp = tempfile.mkdtemp()
for i in range(5):
    path = os.path.join(tmp, "f%d" % i)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.write(fd, b"x" * 4096)
    os.fsync(fd)
    os.lseek(fd, 0, 0)
    os.read(fd, 4096)
    fd2 = os.dup(fd)
    os.close(fd2)
    os.close(fd)
    os.chmod(path, 0o644)
    os.rename(path, path + ".r")
    os.unlink(path + ".r")
    d = os.path.join(tmp, "d%d" % i)
    os.mkdir(d)
    os.chdir(d)
    os.chdir(tmp)
    os.rmdir(d)
    os.getpid(), os.getppid(), os.getuid(), os.geteuid(), os.getgid(), os.getegid()
    os.kill(os.getpid(), signal.SIGUSR1)
    subprocess.run(["/bin/true"])
    time.sleep(0.01)
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    cli = socket.create_connection(srv.getsockname())
    conn, _ = srv.accept()
    cli.sendall(b"hello")
    conn.recv(5)
    cli.shutdown(socket.SHUT_RDWR)
    for s in (cli, conn, srv):
        s.close()
os.rmdir(tmp)
