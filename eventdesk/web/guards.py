"""ASGI middleware guarding every request before a route runs: read-only methods and bounded
bodies, the Host check against DNS rebinding, and the catch-all that turns an unexpected
exception into a JSON 500. Kept apart from the routes because none of it depends on them.
"""

from __future__ import annotations

import logging

from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY_BYTES = 1024 * 1024
READ_METHODS = frozenset({"GET", "HEAD"})
ALLOW = "GET, HEAD"
INTERNAL_ERROR = "internal server error; the server log has the details"

log = logging.getLogger("eventdesk.web")


def _plain_response(status: int, text: str, *, headers: dict[str, str] | None = None):
    return JSONResponse({"detail": text}, status_code=status, headers=headers)


class RequestGuard:
    """ASGI middleware enforcing the API's contract before any route runs.

    The API is read-only: only GET and HEAD are accepted (405 otherwise), and no request may
    carry a body over `max_body` bytes (413), whether declared by Content-Length or streamed.
    HEAD is answered as GET without the body, so it works wherever GET does.
    """

    def __init__(self, app: ASGIApp, *, max_body: int = MAX_BODY_BYTES):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        length = headers.get(b"content-length")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                await _plain_response(400, "invalid Content-Length")(scope, receive, send)
                return
            if declared > self.max_body:
                await self._too_large(scope, receive, send)
                return
        if scope["method"] not in READ_METHODS:
            response = _plain_response(
                405, "the eventdesk API is read-only: use GET", headers={"Allow": ALLOW}
            )
            await response(scope, receive, send)
            return
        if scope["method"] == "HEAD":
            scope = {**scope, "method": "GET"}
            send = _without_body(send)
        if length is None and b"transfer-encoding" in headers:
            # A streamed body of unknown size: read it (bounded) before the app sees it.
            buffered: list[Message] = []
            total = 0
            while True:
                message = await receive()
                buffered.append(message)
                if message["type"] != "http.request":
                    break
                total += len(message.get("body", b""))
                if total > self.max_body:
                    await self._too_large(scope, receive, send)
                    return
                if not message.get("more_body", False):
                    break

            async def replay() -> Message:
                return buffered.pop(0) if buffered else await receive()

            await self.app(scope, replay, send)
            return
        await self.app(scope, receive, send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = _plain_response(413, f"request body larger than {self.max_body} bytes")
        await response(scope, receive, send)


def _without_body(send: Send) -> Send:
    """A `send` that passes the status and headers (Content-Length included) but no body."""

    async def send_head(message: Message) -> None:
        if message["type"] == "http.response.body":
            if message.get("more_body", False):
                return
            message = {"type": "http.response.body", "body": b"", "more_body": False}
        await send(message)

    return send_head


class HostGuard:
    """ASGI middleware answering 400 (JSON, like every API error) to a request whose Host
    header names none of `allowed_hosts` (the port is ignored): DNS rebinding protection."""

    def __init__(self, app: ASGIApp, *, allowed_hosts: list[str]):
        self.app = app
        self.allowed = {h.lower() for h in allowed_hosts}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers = dict(scope.get("headers", []))
            host = headers.get(b"host", b"").decode("latin-1").lower().rsplit(":", 1)[0]
            if host not in self.allowed:
                await _plain_response(400, "invalid Host header")(scope, receive, send)
                return
        await self.app(scope, receive, send)


class CatchAll:
    """ASGI middleware turning any unexpected exception into a JSON 500 without details (the
    traceback goes to the log), so no path or internal ever reaches a client."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:  # the boundary of a request: log it, answer 500, serve on
            log.exception("unexpected error answering %s %s", scope.get("method"),
                          scope.get("path"))
            if started:
                raise
            await _plain_response(500, INTERNAL_ERROR)(scope, receive, send)

