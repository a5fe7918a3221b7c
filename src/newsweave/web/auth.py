"""Tokens: writing always needs the write token; reading needs a token only when a read token is set.

Tokens come from `Authorization: Bearer <token>`; for reading in a browser, also from the
`newsweave_token` cookie set by the login form (never for writing, which would invite CSRF). Every comparison is constant-time (`hmac.compare_digest`). With no write token
configured, every write is refused: a server started without `--token` is read-only.
"""

from __future__ import annotations

import hmac

from fastapi import Request

from ..config import Settings
from .errors import WebError

COOKIE = "newsweave_token"
_BEARER = {"WWW-Authenticate": 'Bearer realm="newsweave"'}


def _given_token(request: Request, *, allow_cookie: bool) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    if not allow_cookie:
        return None
    return request.cookies.get(COOKIE) or None


def _same(given: str | None, expected: str | None) -> bool:
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def token_role(settings: Settings, given: str | None) -> str | None:
    """'write', 'read' or None for a presented token. The write token also grants reading."""
    # Compare against both so the time taken does not reveal which one matched.
    is_write = _same(given, settings.token)
    is_read = _same(given, settings.read_token)
    if is_write:
        return "write"
    if is_read:
        return "read"
    return None


def can_read(request: Request) -> bool:
    """True when this request may read: no read token is set, or it presents a valid one."""
    settings: Settings = request.app.state.settings
    return not settings.read_token or token_role(settings, _given_token(request, allow_cookie=True)) is not None


def require_read(request: Request) -> None:
    """Dependency for every read endpoint and page."""
    settings: Settings = request.app.state.settings
    if not settings.read_token:
        return
    given = _given_token(request, allow_cookie=True)
    if token_role(settings, given) is None:
        raise WebError(
            401,
            "this server requires a token to read" if not given else "the token is not valid",
            hint="send `Authorization: Bearer <token>`, or sign in at /login in a browser",
            headers=_BEARER,
        )


def require_write(request: Request) -> None:
    """Dependency for every endpoint that changes data."""
    settings: Settings = request.app.state.settings
    if not settings.token:
        raise WebError(
            403,
            "writing is disabled on this server: no write token is configured",
            hint="start the server with --token or the NEWSWEAVE_TOKEN environment variable",
        )
    # Header only: a cookie would let another site's form write with the reader's credentials.
    given = _given_token(request, allow_cookie=False)
    if token_role(settings, given) != "write":
        raise WebError(
            401,
            "a write token is required" if not given else "the token is not valid for writing",
            hint="send `Authorization: Bearer <token>` with the server's write token",
            headers=_BEARER,
        )
