"""What stands in front of the Gradio app: login throttling and a request-size limit.

A plain ASGI middleware (no Gradio import), added to the app ``serve`` launches:

- **Logins are throttled per client address.** ``failures`` wrong passwords within ``window``
  seconds lock that address out of ``POST /login`` (HTTP 429 with ``Retry-After``, right password
  or not) until the oldest of them is ``window`` seconds old. After that, each further failure
  locks the address out again for twice as long as the time before (``window`` × 2, × 4, …,
  capped at an hour), until a successful login, or an hour without failures, clears its record.
  Other addresses are not affected.
- **Request bodies are bounded before the app reads them.** A body over ``max_body`` bytes is
  refused with HTTP 413 from its ``Content-Length`` alone, or, sent without one, as soon as its
  chunks pass the limit; the app never holds it. File uploads (``…/upload``) are left to Gradio's
  own per-file limit (``max_file_size``), which streams them to disk.
- **The MCP endpoint asks for the login too.** Gradio mounts its MCP server (``/gradio_api/mcp``)
  outside its own login, so with ``auth`` every request there must carry the same user and
  password as HTTP Basic credentials (``Authorization: Basic …``), or is refused with HTTP 401;
  wrong ones count as failed logins of that address, and a locked-out address gets HTTP 429.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
import math
import time
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# The longest a lock-out grows to, in seconds.
MAX_LOCKOUT = 3600.0
# Addresses remembered at most; the quietest are forgotten first beyond this.
MAX_CLIENTS = 10_000
# How much of a refused body is read (and dropped, chunk by chunk) before the 413 is sent, so a
# client still sending gets the reply rather than a reset connection. Beyond it, the connection
# is closed under the client.
DRAIN_LIMIT = 256 * 1024 * 1024
# Where Gradio serves MCP (streamable HTTP, SSE and the schema), outside its own login.
MCP_PREFIX = "/gradio_api/mcp"


@dataclass
class _Client:
    failures: list[float] = field(default_factory=list)
    strikes: int = 0
    locked_until: float = 0.0
    last: float = 0.0


class LoginThrottle:
    """Failed logins per client address, and whether an address is locked out now."""

    def __init__(
        self, failures: int = 5, window: float = 60.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.failures = failures
        self.window = window
        self.clock = clock
        self._clients: dict[str, _Client] = {}

    def wait(self, client: str) -> float:
        """Seconds ``client`` must wait before it may try a password again (0: it may now)."""
        record = self._clients.get(client)
        if record is None:
            return 0.0
        return max(0.0, record.locked_until - self.clock())

    def failed(self, client: str) -> None:
        now = self.clock()
        record = self._clients.setdefault(client, _Client())
        if record.strikes and now - record.last > MAX_LOCKOUT:
            record.strikes = 0  # an hour without a failure: a fresh start
        record.last = now
        record.failures = [t for t in record.failures if now - t < self.window] + [now]
        if record.strikes:
            # Locked out before: every further failure locks it out again, twice as long.
            record.strikes += 1
            lock = self.window * 2 ** (record.strikes - 1)
        elif len(record.failures) >= self.failures:
            # The first lock-out: until the oldest failure leaves the window.
            record.strikes = 1
            lock = max(record.failures[-self.failures] + self.window - now, 1.0)
        else:
            lock = 0.0
        record.locked_until = now + min(lock, MAX_LOCKOUT)
        self._forget_quiet(now)

    def succeeded(self, client: str) -> None:
        self._clients.pop(client, None)

    def _forget_quiet(self, now: float) -> None:
        if len(self._clients) <= MAX_CLIENTS:
            return
        quiet = [
            c
            for c, r in self._clients.items()
            if r.locked_until <= now and now - r.last > self.window
        ]
        for client in quiet:
            del self._clients[client]
        while len(self._clients) > MAX_CLIENTS:  # all active: drop the longest-quiet ones
            del self._clients[min(self._clients, key=lambda c: self._clients[c].last)]


class Guard:
    """The ASGI middleware: login throttling and the request-size limit (see the module doc)."""

    def __init__(
        self,
        app: ASGIApp,
        max_body: int,
        max_question_chars: int,
        login_failures: int = 5,
        login_window: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
        auth: tuple[str, str] | None = None,
    ) -> None:
        self.app = app
        self.auth = auth
        self.max_body = max_body
        self.max_question_chars = max_question_chars
        self.throttle = LoginThrottle(login_failures, login_window, clock)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = str(scope.get("path", "")).rstrip("/")
        if scope.get("method") == "POST" and path == "/login":
            await self._login(scope, receive, send)
            return
        if self.auth is not None and (path == MCP_PREFIX or path.startswith(MCP_PREFIX + "/")):
            await self._mcp(scope, receive, send)
            return
        if path.endswith("/upload"):
            await self.app(scope, receive, send)  # Gradio bounds each file (max_file_size)
            return
        await self._bounded(scope, receive, send)

    # -- logins ------------------------------------------------------------------------------

    async def _throttled(self, client: str, send: Send) -> bool:
        """Refuse a client that failed to log in too often lately (429 with Retry-After)."""
        wait = self.throttle.wait(client)
        if wait <= 0:
            return False
        seconds = math.ceil(wait)
        detail = f"Too many failed logins from {client}: try again in {seconds} s."
        await _reply(send, 429, detail, [(b"retry-after", str(seconds).encode())])
        return True

    async def _login(self, scope: Scope, receive: Receive, send: Send) -> None:
        client = (scope.get("client") or ("unknown",))[0]
        if await self._throttled(client, send):
            return

        async def watched(message: Message) -> None:
            if message["type"] == "http.response.start":
                if message["status"] == 200:
                    self.throttle.succeeded(client)
                elif 400 <= message["status"] < 500:
                    self.throttle.failed(client)
            await send(message)

        await self._bounded(scope, receive, watched)

    # -- the MCP endpoint -------------------------------------------------------------------

    async def _mcp(self, scope: Scope, receive: Receive, send: Send) -> None:
        client = (scope.get("client") or ("unknown",))[0]
        if await self._throttled(client, send):
            return
        given = _basic_credentials(scope)
        if given is None or not _same(given, self.auth):
            if given is not None:
                self.throttle.failed(client)
            detail = "The MCP endpoint needs the server's login as HTTP Basic credentials."
            challenge = (b"www-authenticate", b'Basic realm="tradebrief", charset="UTF-8"')
            await _reply(send, 401, detail, [challenge])
            return
        self.throttle.succeeded(client)
        await self._bounded(scope, receive, send)

    # -- request size ------------------------------------------------------------------------

    def _too_large(self, size: int | None) -> str:
        said = f" ({size / 1024 / 1024:.1f} MB)" if size is not None else ""
        return (
            f"Request too large{said}: the limit is {self.max_body // 1024} KB "
            f"(TRADEBRIEF_MAX_REQUEST_KB); a question may have up to "
            f"{self.max_question_chars} characters."
        )

    async def _bounded(self, scope: Scope, receive: Receive, send: Send) -> None:
        declared = _content_length(scope)
        if declared is not None and declared > self.max_body:
            if not _expects_continue(scope):  # one that waits for "100 Continue" sends nothing
                await _drain(receive, 0)
            await _reply(send, 413, self._too_large(declared), [(b"connection", b"close")])
            return
        seen = 0
        refused = False
        started = False

        async def counted() -> Message:
            nonlocal seen, refused
            message = await receive()
            if message["type"] == "http.request" and not refused:
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    refused = True
                    if message.get("more_body", False):
                        await _drain(receive, seen)
                    if not started:
                        await _reply(send, 413, self._too_large(None), [(b"connection", b"close")])
            if refused:
                return {"type": "http.disconnect"}
            return message

        async def guarded(message: Message) -> None:
            nonlocal started
            if refused:
                return  # the 413 has been sent; what the app says after it is dropped
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        await self.app(scope, counted, guarded)


async def _drain(receive: Receive, seen: int) -> None:
    """Read the rest of a request body (up to ``DRAIN_LIMIT`` in all), keeping none of it."""
    while seen < DRAIN_LIMIT:
        message = await receive()
        if message["type"] != "http.request":
            return
        seen += len(message.get("body", b""))
        if not message.get("more_body", False):
            return


def _expects_continue(scope: Scope) -> bool:
    return any(
        name.lower() == b"expect" and value.lower() == b"100-continue"
        for name, value in scope.get("headers") or []
    )


def _basic_credentials(scope: Scope) -> tuple[str, str] | None:
    """(user, password) of an ``Authorization: Basic`` header, or None when there is none usable."""
    for name, value in scope.get("headers") or []:
        if name.lower() != b"authorization":
            continue
        kind, _, token = value.decode("latin-1").partition(" ")
        if kind.lower() != "basic":
            return None
        try:
            user, sep, password = (
                base64.b64decode(token.strip(), validate=True).decode().partition(":")
            )
        except (binascii.Error, UnicodeDecodeError):
            return None
        return (user, password) if sep else None
    return None


def _same(given: tuple[str, str], expected: tuple[str, str] | None) -> bool:
    if expected is None:
        return False
    # Both compared, in constant time, so a reply's timing tells nothing about either.
    user = hmac.compare_digest(given[0].encode(), expected[0].encode())
    password = hmac.compare_digest(given[1].encode(), expected[1].encode())
    return user and password


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers") or []:
        if name.lower() == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


async def _reply(
    send: Send, status: int, detail: str, headers: list[tuple[bytes, bytes]] | None = None
) -> None:
    body = json.dumps({"detail": detail, "error": detail}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *(headers or []),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
