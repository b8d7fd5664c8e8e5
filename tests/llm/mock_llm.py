#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""A scripted LLM server on 127.0.0.1 that speaks HTTP for real.

    mock_llm.py SCRIPT PORT_FILE LOG

SCRIPT is a JSON list, one entry per request, in order:
    {"status": 200, "json": {...}}            a JSON answer
    {"status": 429, "headers": {"Retry-After": "1"}, "json": {...}}
    {"body": "{\"choi", "status": 200}         raw (e.g. truncated) text
    {"delay": 5}                               stall before answering
Every request is appended to LOG as one JSON line: method, path, headers,
body. The server exits once it has answered (or tried to answer) every scripted
request, or after 60 s.
"""
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

script = json.load(open(sys.argv[1]))
port_file, log_path = sys.argv[2], sys.argv[3]
lock = threading.Lock()
served = [0]
answered = [0]


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        body = self.rfile.read(length).decode()
        with lock:
            i = served[0]
            served[0] += 1
            with open(log_path, "a") as log:
                log.write(json.dumps({"method": "POST", "path": self.path,
                                      "headers": dict(self.headers), "body": body}) + "\n")
        step = script[i] if i < len(script) else {"status": 500, "json": {"error": {"message": "script exhausted"}}}
        time.sleep(step.get("delay", 0))
        payload = step["body"] if "body" in step else json.dumps(step.get("json", {}))
        data = payload.encode()
        try:
            self.send_response(step.get("status", 200))
            self.send_header("Content-Type", "application/json")
            for k, v in step.get("headers", {}).items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass
        with lock:
            answered[0] += 1


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(port_file + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
import os
os.rename(port_file + ".tmp", port_file)
threading.Thread(target=server.serve_forever, daemon=True).start()
deadline = time.time() + 60
while time.time() < deadline and answered[0] < len(script):
    time.sleep(0.02)
time.sleep(0.3)
server.shutdown()
