"""Run the app on a free loopback port in a background thread, for the browser tests and the
page-load benchmark (a real uvicorn server, the same one `lagebild serve` runs)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


@contextmanager
def serving(app: Any, host: str = "127.0.0.1", *, start_timeout: float = 30.0) -> Iterator[str]:
    """Yield the base URL (`http://127.0.0.1:PORT/`) while `app` is served; stop it afterwards."""
    import uvicorn

    # Bound here and handed to uvicorn, so the port is known up front and nobody can take it between.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name=f"uvicorn:{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            sock.close()
            raise RuntimeError(f"the server on port {port} did not start")
        time.sleep(0.05)
    try:
        yield f"http://{host}:{port}/"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
