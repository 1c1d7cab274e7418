"""The guard in front of the chat server: logins throttled per client address, request bodies
bounded before the app reads them. Unit tests on a stub ASGI app, then a real `tradebrief serve`."""

from __future__ import annotations

import asyncio
import http.client
import json
import urllib.parse
from typing import Any

import pytest

from assistant.app.guard import Guard, LoginThrottle


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_five_failures_within_the_window_lock_the_address_out_until_the_oldest_ages_out():
    clock = Clock()
    throttle = LoginThrottle(failures=5, window=60, clock=clock)
    for _ in range(4):
        throttle.failed("10.0.0.1")
        clock.now += 1
    assert throttle.wait("10.0.0.1") == 0
    throttle.failed("10.0.0.1")  # the fifth, 4 s after the first
    assert throttle.wait("10.0.0.1") == pytest.approx(56)
    assert throttle.wait("10.0.0.2") == 0  # another address is not affected
    clock.now += 56
    assert throttle.wait("10.0.0.1") == 0


def test_each_further_lock_out_lasts_twice_as_long_and_a_success_clears_the_record():
    clock = Clock()
    throttle = LoginThrottle(failures=5, window=10, clock=clock)
    for _ in range(5):
        throttle.failed("a")
    assert throttle.wait("a") == pytest.approx(10)
    clock.now += 10
    throttle.failed("a")  # five failures in the window again: the second lock-out
    assert throttle.wait("a") == pytest.approx(20)
    clock.now += 20
    throttle.failed("a")
    assert throttle.wait("a") == pytest.approx(40)
    clock.now += 40
    throttle.succeeded("a")
    throttle.failed("a")
    assert throttle.wait("a") == 0


async def _ok_app(scope: Any, receive: Any, send: Any) -> None:
    """A stub app: reads the whole body and says how long it was (400 for a login)."""
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        size += len(message.get("body", b""))
        if not message.get("more_body"):
            break
    status = 400 if scope["path"] == "/login" else 200
    await send({"type": "http.response.start", "status": status, "headers": []})
    await send({"type": "http.response.body", "body": str(size).encode()})


def _call(
    guard: Guard, path: str, chunks: list[bytes], headers: list[tuple[bytes, bytes]]
) -> tuple[int, bytes, int]:
    """Status, body and how many chunks the guard read, for one POST through ``guard``."""
    queue = list(chunks)
    read = 0
    sent: list[dict] = []

    async def receive() -> dict:
        nonlocal read
        if not queue:
            return {"type": "http.disconnect"}
        read += 1
        body = queue.pop(0)
        return {"type": "http.request", "body": body, "more_body": bool(queue)}

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "POST",
        "path": path,
        "headers": headers,
        "client": ("10.1.1.1", 5000),
    }
    asyncio.run(guard(scope, receive, send))
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return status, body, read


def test_a_body_over_the_limit_is_refused_from_its_length_and_never_reaches_the_app():
    guard = Guard(_ok_app, max_body=2048, max_question_chars=2000)
    status, body, _ = _call(
        guard, "/gradio_api/call/ask", [b"x" * 1000] * 3, [(b"content-length", b"3000")]
    )
    assert status == 413
    assert "the limit is 2 KB" in body.decode()
    detail = json.loads(body)["detail"]
    assert "Request too large" in detail and "2000 characters" in detail
    # Under the limit it passes.
    status, body, _ = _call(guard, "/gradio_api/call/ask", [b"x" * 600], [])
    assert (status, body) == (200, b"600")


def test_a_chunked_body_is_refused_once_it_passes_the_limit():
    guard = Guard(_ok_app, max_body=2048, max_question_chars=2000)
    status, body, read = _call(guard, "/gradio_api/queue/join", [b"x" * 1000] * 5, [])
    assert status == 413 and b"Request too large" in body
    assert read == 5  # the rest was read and dropped, so the client gets the reply


def test_uploads_are_left_to_gradios_own_file_limit():
    guard = Guard(_ok_app, max_body=2048, max_question_chars=2000)
    status, body, _ = _call(guard, "/gradio_api/upload", [b"x" * 5000], [])
    assert (status, body) == (200, b"5000")


def _basic(user: str, password: str) -> list[tuple[bytes, bytes]]:
    import base64

    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    return [(b"authorization", f"Basic {token}".encode())]


def test_with_a_login_the_mcp_endpoint_refuses_requests_without_the_same_credentials():
    guard = Guard(_ok_app, max_body=2048, max_question_chars=2000, auth=("ana", "s3cret"))
    for path in ("/gradio_api/mcp", "/gradio_api/mcp/", "/gradio_api/mcp/schema"):
        status, body, read = _call(guard, path, [b"{}"], [])
        assert (status, read) == (401, 0)
        assert "HTTP Basic" in json.loads(body)["detail"]
    assert _call(guard, "/gradio_api/mcp/", [b"{}"], _basic("ana", "wrong"))[0] == 401
    assert _call(guard, "/gradio_api/mcp/", [b"{}"], _basic("bob", "s3cret"))[0] == 401
    assert _call(guard, "/gradio_api/mcp/", [b"{}"], [(b"authorization", b"Basic !!")])[0] == 401
    assert _call(guard, "/gradio_api/mcp/", [b"{}"], _basic("ana", "s3cret"))[:2] == (200, b"2")
    # Without a login configured, MCP is as open as the chat.
    open_guard = Guard(_ok_app, max_body=2048, max_question_chars=2000)
    assert _call(open_guard, "/gradio_api/mcp/", [b"{}"], [])[0] == 200


def test_wrong_mcp_credentials_count_as_failed_logins_and_lock_the_address_out():
    clock = Clock()
    guard = Guard(
        _ok_app, max_body=2048, max_question_chars=2000, login_failures=3, clock=clock,
        auth=("ana", "s3cret"),
    )  # fmt: skip
    for _ in range(3):
        assert _call(guard, "/gradio_api/mcp/", [b"{}"], _basic("ana", "guess"))[0] == 401
    status, body, read = _call(guard, "/gradio_api/mcp/", [b"{}"], _basic("ana", "s3cret"))
    assert (status, read) == (429, 0)
    assert "Too many failed logins" in body.decode()


def test_the_guard_throttles_failed_logins_of_one_address():
    clock = Clock()
    guard = Guard(
        _ok_app, max_body=2048, max_question_chars=2000, login_failures=3, login_window=30,
        clock=clock,
    )  # fmt: skip
    statuses = [_call(guard, "/login", [b"username=u&password=x"], [])[0] for _ in range(5)]
    assert statuses == [400, 400, 400, 429, 429]
    status, body, read = _call(guard, "/login", [b"username=u&password=x"], [])
    assert status == 429 and read == 0
    assert "try again in 30 s" in json.loads(body)["detail"]


# -- a real server ---------------------------------------------------------------------------


def _login(port: int, password: str, source: str = "127.0.0.1") -> tuple[int, str, str]:
    """POST /login from ``source``: status, Retry-After and the body."""
    connection = http.client.HTTPConnection(
        "127.0.0.1", port, timeout=30, source_address=(source, 0)
    )
    try:
        form = urllib.parse.urlencode({"username": "negotiator", "password": password})
        connection.request(
            "POST", "/login", form, {"content-type": "application/x-www-form-urlencoded"}
        )
        reply = connection.getresponse()
        return reply.status, reply.getheader("retry-after") or "", reply.read().decode()
    finally:
        connection.close()


def _rss_kb(pid: int) -> int:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise AssertionError("no VmRSS")


@pytest.fixture(scope="module")
def guarded(assistant, settings, tmp_path_factory):
    from serving import serve_copy

    server = serve_copy(
        settings,
        tmp_path_factory,
        env={"TRADEBRIEF_AUTH": "negotiator:s3cret-pass", "TRADEBRIEF_LOGIN_WINDOW": "3"},
    )
    yield server
    server.stop()


def test_many_wrong_passwords_are_refused_and_the_right_one_works_after_the_lock_out(guarded):
    import time

    replies = [_login(guarded.port, f"guess-{n}") for n in range(40)]
    statuses = [status for status, _, _ in replies]
    assert statuses[:5] == [400] * 5
    assert set(statuses[5:]) == {429}  # 35 more guesses never reach the password check
    status, retry, body = replies[-1]
    assert "Too many failed logins" in body and 1 <= int(retry) <= 3
    # Even the right password is refused while locked out; another address is not locked out.
    status, retry, _ = _login(guarded.port, "s3cret-pass")
    assert status == 429
    assert _login(guarded.port, "s3cret-pass", source="127.0.0.2")[0] == 200
    # The wait the server names (rounded up), not a fixed time from the first guess: on a busy
    # machine the guesses themselves can take longer than the lock-out.
    time.sleep(int(retry) + 0.3)
    # After a lock-out, one more failure locks the address out again, for longer (2 × 3 s).
    assert _login(guarded.port, "wrong-again")[0] == 400
    status, retry, _ = _login(guarded.port, "s3cret-pass")
    assert status == 429 and 5 <= int(retry) <= 6
    time.sleep(int(retry) + 0.3)
    status, _, body = _login(guarded.port, "s3cret-pass")
    assert status == 200 and json.loads(body) == {"success": True}


def test_a_ten_megabyte_question_is_refused_early_and_the_server_keeps_none_of_it(
    assistant, settings, tmp_path_factory
):
    from gradio_client import Client
    from serving import serve_copy

    server = serve_copy(settings, tmp_path_factory)
    try:
        client = Client(server.url, verbose=False)  # also warms the server up
        client.predict("When did Korea introduce its offset program?", [], api_name="/ask")
        body = json.dumps({"data": ["What is " + "x" * 10_000_000, []]}).encode()
        before = _rss_kb(server.process.pid)
        for _ in range(20):
            connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
            connection.request(
                "POST", "/gradio_api/call/ask", body, {"content-type": "application/json"}
            )
            reply = connection.getresponse()
            detail = json.loads(reply.read())["detail"]
            connection.close()
            assert reply.status == 413
            assert "Request too large" in detail and "2000 characters" in detail
        grown = (_rss_kb(server.process.pid) - before) / 1024
        assert grown < 20, f"RSS grew by {grown:.0f} MB over 20 refused 10 MB questions"
        # The server still answers, and a question just over the character limit is refused
        # by the assistant with its own message.
        answer = client.predict("Who supplied the KC-X tankers?", [], api_name="/ask")
        assert "Airbus" in answer["answer"]
        with pytest.raises(Exception, match="too long"):  # noqa: B017
            client.predict("x" * 2500, [], api_name="/ask")
    finally:
        server.stop()
