"""One JSON error shape for every error the server returns, and the request-body size limit.

Every error body is

    {"error": {"status": 404, "code": "E514", "type": "not_found",
               "message": "...", "hint": "..." | null, "details": [...] | null}}

whether it comes from a newsweave exception, a missing route, a wrong method, a validation
failure, an oversized body or an unexpected crash. HTML pages asked for by a browser
(`Accept: text/html`, outside `/api/`) get the same information as a readable page instead.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import InputError, NewsweaveError, NotFoundError, StoreError

log = logging.getLogger("newsweave.web")

# The codes and WebError live in the one error tree (newsweave.errors).
from ..errors import HTTP_CODES, WebError, http_code  # noqa: E402,F401


def error_body(status: int, message: str, *, code: str | None = None, hint: str | None = None,
               details: Any = None) -> dict[str, Any]:
    """The one error shape. `code` and `hint` default to the ones for `status`."""
    default_code, kind, default_hint = http_code(status)
    return {
        "error": {
            "status": status,
            "code": code or default_code,
            "type": kind,
            "message": message,
            "hint": hint if hint is not None else default_hint,
            "details": details,
        }
    }


def _wants_html(request: Request) -> bool:
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        return False
    return "text/html" in request.headers.get("accept", "")


def error_response(request: Request, status: int, message: str, *, code: str | None = None,
                   hint: str | None = None, details: Any = None,
                   headers: dict[str, str] | None = None) -> Response:
    body = error_body(status, message, code=code, hint=hint, details=details)
    if _wants_html(request):
        templates = getattr(request.app.state, "templates", None)
        if templates is not None:
            return templates.TemplateResponse(
                request, "error.html", {"error": body["error"], "query": ""}, status_code=status, headers=headers
            )
        return HTMLResponse(f"<h1>{status}</h1>", status_code=status, headers=headers)  # pragma: no cover
    return JSONResponse(body, status_code=status, headers=headers)


def _clean_validation(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Pydantic's error list made JSON-safe and short: where, what, and why."""
    out = []
    for e in errors[:50]:
        out.append({
            "loc": [str(part) for part in e.get("loc", ())],
            "msg": str(e.get("msg", "")),
            "type": str(e.get("type", "")),
        })
    return out


def install_error_handlers(app: FastAPI) -> None:
    """Route every kind of failure to `error_response`."""

    @app.exception_handler(WebError)
    async def _web_error(request: Request, exc: WebError) -> Response:
        return error_response(request, exc.status, exc.message, hint=exc.hint, details=exc.details, headers=exc.headers)

    @app.exception_handler(NewsweaveError)
    async def _newsweave_error(request: Request, exc: NewsweaveError) -> Response:
        if isinstance(exc, NotFoundError):
            status = 404
        elif isinstance(exc, InputError):
            status = 400
        elif isinstance(exc, StoreError):
            status = 503
        else:
            status = 500
        if status >= 500:
            log.error("%s", exc, exc_info=exc)
        return error_response(request, status, exc.message, code=exc.code, hint=exc.hint)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = str(exc.detail) if exc.detail else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such page or endpoint: {request.url.path}"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        return error_response(request, exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        details = _clean_validation(list(exc.errors()))
        first = details[0] if details else {"loc": [], "msg": "invalid request"}
        where = ".".join(first["loc"]) or "request"
        return error_response(request, 422, f"invalid {where}: {first['msg']}", details=details)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
        return error_response(request, 500, f"unexpected error: {type(exc).__name__}")


class BodyLimitMiddleware:
    """Refuse request bodies larger than `max_bytes` with a 413 in the error shape.

    Checks `Content-Length` up front and also counts streamed chunks, so a chunked upload that
    lies about (or omits) its length is cut off too.
    """

    def __init__(self, app, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = None
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = -1
        if declared is not None and (declared < 0 or declared > self.max_bytes):
            message = ("bad Content-Length header" if declared < 0
                       else f"request body is {declared} bytes; the limit is {self.max_bytes}")
            await _send_json(send, 400 if declared < 0 else 413, message)
            return

        received = 0
        too_big = False
        started = False

        async def limited_receive():
            nonlocal received, too_big
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    too_big = True
                    raise _BodyTooLarge(self.max_bytes)
            return message

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _BodyTooLarge:
            if not started:
                await _send_json(send, 413, f"request body is larger than the limit of {self.max_bytes} bytes")
        except Exception:
            if too_big and not started:
                await _send_json(send, 413, f"request body is larger than the limit of {self.max_bytes} bytes")
            else:
                raise


class _BodyTooLarge(HTTPException):
    """Raised from `receive` mid-stream; an HTTPException so FastAPI's body parsing re-raises it
    unchanged and the handlers above turn it into the usual 413."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body is larger than the limit of {limit} bytes")


async def _send_json(send, status: int, message: str) -> None:
    import json

    body = json.dumps(error_body(status, message)).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
