"""ASGI middleware that guards the API before a route runs: a request body size limit and a
per-client rate limit.

The rate limit counts with the `limits` library (a moving window per client address in memory);
this module only decides which limit a request falls under and answers 429 with Retry-After.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Mapping

from limits import RateLimitItem, parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import ErrorCode, LagebildError


async def send_error(send: Send, status: int, detail: str, headers: Mapping[str, str] | None = None) -> None:
    body = json.dumps({"detail": detail}).encode("utf8")
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """Refuse request bodies over `max_bytes` with 413: at once when Content-Length says so, else
    while the body streams in (a chunked upload has no Content-Length)."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    def _detail(self) -> str:
        return f"request body too large (the limit is {self.max_bytes:,} bytes)"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await send_error(send, 413 if declared.isdigit() else 400,
                             self._detail() if declared.isdigit() else "bad Content-Length header")
            return
        seen = 0

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    # FastAPI passes an HTTPException raised while reading the body on to its
                    # handler, which answers with this status and detail.
                    raise HTTPException(413, self._detail())
            return message

        await self.app(scope, counting_receive, send)


def parse_rate(value: str, name: str = "--rate-limit") -> RateLimitItem:
    """'120/minute', '10 per second' …: the `limits` notation; one-line E025 when it is not."""
    try:
        return parse(value)
    except ValueError:
        raise LagebildError(ErrorCode.E025, name=name, value=value, choices="N/second, N/minute, N/hour, N/day") from None


class RateLimit:
    """At most `default` requests per client address to paths under `prefix`; paths in
    `special` (method, path) count against their own, usually lower, limit instead."""

    def __init__(self, app: ASGIApp, default: RateLimitItem, special: Mapping[tuple[str, str], RateLimitItem],
                 prefix: str = "/api/") -> None:
        self.app = app
        self.default = default
        self.special = dict(special)
        self.prefix = prefix
        self.limiter = MovingWindowRateLimiter(MemoryStorage())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self.prefix):
            await self.app(scope, receive, send)
            return
        key = (scope["method"], scope["path"])
        item = self.special.get(key, self.default)
        client = scope.get("client")
        who = client[0] if client else "unknown"
        bucket = "|".join(key) if key in self.special else "api"
        if not self.limiter.hit(item, who, bucket):
            reset = self.limiter.get_window_stats(item, who, bucket).reset_time
            wait = max(1, math.ceil(reset - time.time()))
            await send_error(send, 429, f"rate limit exceeded ({item}); retry in {wait} s", {"Retry-After": str(wait)})
            return
        await self.app(scope, receive, send)
