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
