"""Who may ask what (DESIGN.md §9): a server on localhost is still reachable from every web page
its user opens.

- Host (every request): the Host header must name this server: a loopback name, the address it
  listens on, a name given with ``--allow-host``, or an IP address. A page served from
  ``attacker.example`` whose DNS name is re-pointed at 127.0.0.1 (DNS rebinding) sends
  ``Host: attacker.example`` and is refused (403), so it can neither read nor write.
- Writes (``check_write``): cross-site request forgery needs a request a page can send without
  asking, an HTML form: ``application/x-www-form-urlencoded``, ``multipart/form-data`` or
  ``text/plain``, with no headers of its own (Fetch standard, "CORS-safelisted request"). So an
  update must carry the ``X-Unkg-Write`` header or come as an ``application/sparql-update`` body,
  either of which makes a browser ask first (a CORS preflight, which writes never pass); and an
  ``Origin`` or ``Sec-Fetch-Site`` header, when the browser sends one, must say the request comes
  from this server's own pages.
- CORS (the ``Guard`` middleware): any origin may read (``Access-Control-Allow-Origin: *`` on
  answers to queries, pages and views, and preflights for them); answers to writes carry none,
  and a preflight that asks for another header or method (``X-Unkg-Write``, ``PUT``) is refused.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from unkg.serve.errors import Forbidden, one_line

WRITE_HEADER = "X-Unkg-Write"
READ_METHODS = ("GET", "POST", "HEAD")
READ_HEADERS = ("accept", "accept-language", "content-type")
_FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data", "text/plain", "")


def loopback_names() -> tuple[str, ...]:
    return ("localhost", "127.0.0.1", "::1")


def _hostname(host: str) -> str:
    """``Host`` without its port: ``127.0.0.1:8000`` -> ``127.0.0.1``, ``[::1]:8000`` -> ``::1``."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def host_allowed(host: str | None, hosts: tuple[str, ...]) -> bool:
    """Whether a Host header names this server (an IP address always does: DNS rebinding needs a name)."""
    if not host:
        return False
    name = _hostname(host)
    wildcard = {"0.0.0.0", "::", ""}
    return _is_ip(name) or name in {_hostname(h) for h in hosts if h not in wildcard}


def check_write(request: Request) -> None:
    """Refuse a write a web page could have sent on its own (403, one line saying what to send)."""
    headers = request.headers
    ctype = (headers.get("content-type") or "").split(";")[0].strip().lower()
    if not headers.get(WRITE_HEADER) and ctype in _FORM_TYPES:
        raise Forbidden(f"a write needs the {WRITE_HEADER}: 1 header or an application/sparql-update body "
                        f"(an HTML form on another site could send this one)")
    origin = headers.get("origin")
    if origin is not None:
        parts = urlsplit(origin)
        own = headers.get("host", "").lower()
        if origin == "null" or parts.netloc.lower() != own:
            raise Forbidden(f"a write from another origin ({one_line(origin)}) is refused: only this server's own pages may write")
    if headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        raise Forbidden("a write from another site is refused (Sec-Fetch-Site: " + one_line(headers["sec-fetch-site"]) + ")")


class Guard:
    """ASGI middleware: the Host check for every request, and CORS for reads only."""

    def __init__(self, app: ASGIApp, *, hosts: tuple[str, ...], expose: tuple[str, ...] = ()) -> None:
        self.app = app
        self.hosts = hosts
        self.expose = ", ".join(expose)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        host = headers.get("host")
        if not host_allowed(host, self.hosts):
            await _plain(send, 403, f"Host {one_line(host or '(none)')!r} is not a name of this server; "
                                    f"start it with --allow-host NAME to answer to NAME")
            return
        origin = headers.get("origin")
        if origin is not None and scope["method"] == "OPTIONS" and "access-control-request-method" in headers:
            await self._preflight(scope, headers, send)
            return
        if origin is None:
            await self.app(scope, receive, send)
            return
        state = scope.setdefault("state", {})

        async def send_with_cors(message: Message) -> None:
            if message["type"] == "http.response.start" and not state.get("write"):
                extra = [(b"access-control-allow-origin", b"*"), (b"vary", b"Origin")]
                if self.expose:
                    extra.append((b"access-control-expose-headers", self.expose.encode()))
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_cors)

    async def _preflight(self, scope: Scope, headers: dict[str, str], send: Send) -> None:
        method = headers["access-control-request-method"].strip().upper()
        asked = [h.strip().lower() for h in headers.get("access-control-request-headers", "").split(",") if h.strip()]
        if scope["path"] == "/update" or method not in READ_METHODS or any(h not in READ_HEADERS for h in asked):
            await _plain(send, 403, "cross-origin requests may read, not write")
            return
        await send({"type": "http.response.start", "status": 200, "headers": [
            (b"access-control-allow-origin", b"*"),
            (b"access-control-allow-methods", ", ".join(READ_METHODS).encode()),
            (b"access-control-allow-headers", ", ".join(READ_HEADERS).encode()),
            (b"access-control-max-age", b"600"),
            (b"vary", b"Origin"),
            (b"content-length", b"0"),
        ]})
        await send({"type": "http.response.body", "body": b""})


async def _plain(send: Send, status: int, line: str) -> None:
    body = (line + "\n").encode()
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
