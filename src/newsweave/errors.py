"""One exception tree. Every error carries a stable code and says what to do next."""

from __future__ import annotations


class NewsweaveError(Exception):
    """Base of all newsweave errors: `code` is stable (E1xx input, E2xx config, E3xx store,
    E4xx model/LLM, E5xx server), `hint` tells the user what to do next."""

    code = "E000"

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        text = f"[{self.code}] {self.message}"
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text


class InputError(NewsweaveError):
    """Input could not be read or understood (names the file and the problem)."""

    code = "E100"


class NoArticlesError(InputError):
    code = "E101"


class ConfigError(NewsweaveError):
    code = "E200"


class StoreError(NewsweaveError):
    code = "E300"


class NotFoundError(StoreError):
    code = "E304"


class ModelError(NewsweaveError):
    """A model or model package is missing or failed to load."""

    code = "E400"


class LLMError(ModelError):
    """The LLM backend is unreachable, too slow, or answered nonsense."""

    code = "E410"


class ServerError(NewsweaveError):
    code = "E500"


# HTTP status -> (stable code, type slug, default hint). E51x: the client's request; E5xx: the server.
HTTP_CODES: dict[int, tuple[str, str, str | None]] = {
    400: ("E510", "bad_request", "check the request against /openapi.json"),
    401: ("E511", "unauthorized", "send the token as `Authorization: Bearer <token>`"),
    403: ("E512", "forbidden", None),
    404: ("E514", "not_found", "see /openapi.json for the endpoints, or /api/stories for story ids"),
    405: ("E515", "method_not_allowed", "see /openapi.json for the methods each endpoint accepts"),
    413: ("E516", "payload_too_large", "send fewer or smaller articles per request"),
    415: ("E517", "unsupported_media_type", "send application/json or multipart/form-data"),
    422: ("E518", "validation_error", "fix the fields named in `details`"),
    500: ("E500", "internal_error", "this is a bug in newsweave; the server log has the traceback"),
    503: ("E503", "unavailable", "try again shortly"),
}


def http_code(status: int) -> tuple[str, str, str | None]:
    """(code, type, default hint) of an HTTP status."""
    return HTTP_CODES.get(status, (f"E5{status % 100:02d}", "error", None))


class WebError(ServerError):
    """An error a web handler answers with an HTTP `status`; its `code` comes from HTTP_CODES.
    `hint` stays None unless given (the response then uses the status's default hint)."""

    def __init__(self, status: int, message: str, *, hint: str | None = None, details=None, headers: dict[str, str] | None = None) -> None:
        super().__init__(message, hint=hint)
        self.status = status
        self.code = http_code(status)[0]
        self.details = details
        self.headers = headers
