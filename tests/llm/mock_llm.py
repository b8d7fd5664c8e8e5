#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""A scripted LLM server on 127.0.0.1 that speaks HTTP for real.

    mock_llm.py SCRIPT PORT_FILE LOG

SCRIPT is a JSON list, one entry per request, in order:
    {"status": 200, "json": {...}}            a JSON answer
    {"status": 429, "headers": {"Retry-After": "1"}, "json": {...}}
    {"body": "{\"choi", "status": 200}         raw (e.g. truncated) text
    {"delay": 5}                               stall before answering
Or SCRIPT is {"synthesis": [...], "comprehension": [...]}: two such lists.
A comprehension request (its system prompt asks for "obligations") takes
the next entry of the comprehension list; when there is none, it gets the
answer {"obligations": []}, in the protocol of the path it was sent to.
Every request is appended to LOG as one JSON line: method, path, headers,
body; comprehension requests to LOG.comprehension instead. The server exits
once it has answered (or tried to answer) every scripted request, or after
60 s.
"""
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

loaded = json.load(open(sys.argv[1]))
script = loaded.get("synthesis", []) if isinstance(loaded, dict) else loaded
readings = loaded.get("comprehension", []) if isinstance(loaded, dict) else []
port_file, log_path = sys.argv[2], sys.argv[3]
lock = threading.Lock()
served = [0]
read = [0]
answered = [0]


def is_comprehension(body):
    try:
        req = json.loads(body)
    except ValueError:
        return False
    system = req.get("system", "")
    for m in req.get("messages", []):
        if m.get("role") == "system":
            system += m.get("content", "")
    return '"obligations"' in system


def default_reading(path):
    text = json.dumps({"obligations": []})
    if path.endswith("/messages"):
        return {"json": {"content": [{"type": "text", "text": text}], "stop_reason": "end_turn"}}
    return {"json": {"choices": [{"message": {"role": "assistant", "content": text},
                                  "finish_reason": "stop"}]}}


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        body = self.rfile.read(length).decode()
        reading = is_comprehension(body)
        with lock:
            if reading:
                i = read[0]
                read[0] += 1
                step = readings[i] if i < len(readings) else default_reading(self.path)
            else:
                i = served[0]
                served[0] += 1
                step = script[i] if i < len(script) else {"status": 500, "json": {"error": {"message": "script exhausted"}}}
            with open(log_path + (".comprehension" if reading else ""), "a") as log:
                log.write(json.dumps({"method": "POST", "path": self.path,
                                      "headers": dict(self.headers), "body": body}) + "\n")
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
            if not reading or i < len(readings):
                answered[0] += 1


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(port_file + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
import os
os.rename(port_file + ".tmp", port_file)
threading.Thread(target=server.serve_forever, daemon=True).start()
deadline = time.time() + 60
while time.time() < deadline and answered[0] < len(script) + len(readings):
    time.sleep(0.02)
time.sleep(0.3)
server.shutdown()
