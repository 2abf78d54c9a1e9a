#!/usr/bin/env python3
"""A static file server for www/ on 127.0.0.1 with the right type for .wasm and .mjs, and no
caching, so a rebuilt module is always the one loaded. usage: static_server.py DIR PORT"""
import functools, http.server, sys

class Handler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".js": "text/javascript", ".mjs": "text/javascript"}

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, *args):
        if "-v" in sys.argv:
            super().log_message(*args)

if __name__ == "__main__":
    directory, port = sys.argv[1], int(sys.argv[2])
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Handler, directory=directory))
    server.serve_forever()
