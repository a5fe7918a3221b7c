"""Request guards that sit in front of every route: the Host allow-list, the login form's CSRF
token, and the same-origin check for cookie-authorised form posts.

Host allow-list: a page on evil.example can make the victim's browser resolve evil.example to
127.0.0.1 (DNS rebinding) and then read a local `newsweave serve` as same-origin. Such requests
carry `Host: evil.example`, so the server answers only to names it knows: the loopback names, the
address it was told to listen on, any IP address literal (rebinding needs a name), and whatever the
`allowed_hosts` setting lists (comma-separated; `*` turns the check off).

Login CSRF: the form carries a random token that must equal a SameSite=Strict cookie set with the
form, so another site cannot sign the browser in with the attacker's token.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets

from fastapi.responses import JSONResponse

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1", "localhost.localdomain"})
CSRF_COOKIE = "newsweave_csrf"
# Starlette's in-process TestClient reports this client; it is never a browser, and no network
# client can present it (uvicorn fills `client` from the socket's address).
_IN_PROCESS_CLIENT = "testclient"


def host_name(header: str) -> str:
    """'Example.org:8000' -> 'example.org'; '[::1]:8000' -> '::1'."""
    value = header.strip().lower()
    if value.startswith("["):
        return value[1:].split("]", 1)[0]
    if value.count(":") == 1:
        value = value.split(":", 1)[0]
    return value.rstrip(".")


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def allowed_hosts(settings) -> frozenset[str] | None:
    """The host names this server answers to; None when the check is off (`allowed_hosts = "*"`)."""
    configured = getattr(settings, "allowed_hosts", None) or ""
    names = {host_name(x) for x in str(configured).split(",") if x.strip()}
    if "*" in names:
        return None
    bound = host_name(getattr(settings, "host", "") or "")
    if bound and bound not in {"0.0.0.0", "::"}:
        names.add(bound)
    return frozenset(names | LOOPBACK_NAMES)


class HostCheckMiddleware:
    """Refuses (400) any HTTP request whose Host header names a host not on the allow-list."""

    def __init__(self, app, *, settings) -> None:
        self.app = app
        self.allowed = allowed_hosts(settings)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] not in ("http", "websocket") or self.allowed is None:
            await self.app(scope, receive, send)
            return
        client = scope.get("client") or ("",)
        if client[0] == _IN_PROCESS_CLIENT:
            await self.app(scope, receive, send)
            return
        headers = {k.lower(): v for k, v in scope.get("headers", [])}
        raw = headers.get(b"host", b"").decode("latin-1")
        name = host_name(raw)
        if name and (name in self.allowed or _is_ip(name)):
            await self.app(scope, receive, send)
            return
        from .errors import error_body

        shown = "".join(ch for ch in raw[:100] if ch.isprintable())
        body = error_body(
            400,
            f"this server does not answer to the host name {shown!r}" if shown else "the request has no Host header",
            hint="open it as http://127.0.0.1:<port>/ or http://localhost:<port>/, or list the name in the "
            "allowed_hosts setting (NEWSWEAVE_ALLOWED_HOSTS=news.example.org)",
        )
        if scope["type"] != "http":
            await send({"type": "websocket.close", "code": 1008})
            return
        await JSONResponse(body, status_code=400)(scope, receive, send)


def new_csrf_token() -> str:
    return secrets.token_urlsafe(24)


def csrf_ok(cookie_value: str | None, form_value: str | None) -> bool:
    """The form's token equals the cookie set with the form (constant-time)."""
    if not cookie_value or not form_value:
        return False
    return hmac.compare_digest(cookie_value.encode("utf-8"), form_value.encode("utf-8"))


def same_origin(request) -> bool:
    """A form post comes from this site: its Origin (or, failing that, Referer) names this host.
    Browsers send Origin on every cross-site POST, so a missing one means a non-browser client."""
    origin = request.headers.get("origin") or request.headers.get("referer")
    if not origin or origin == "null":
        return origin is None
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(origin)
    except ValueError:
        return False
    return (parts.netloc or "").lower() == (request.headers.get("host") or "").lower()
