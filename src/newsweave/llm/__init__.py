"""LLM backends: one `ChatBackend` protocol, two implementations.

- `GGUFBackend` (`llm/gguf.py`): a GGUF model run in process by llama.cpp (the `xllamacpp` binding).
- `OpenAIChatBackend` (`llm/http.py`): any OpenAI-compatible `/v1/chat/completions` endpoint
  (llama.cpp's server, Ollama, vLLM, a hosted API), with timeouts and retries.

Both take chat messages and return the assistant's text, or raise `LLMError` (unreachable, too
slow, wrong model, nonsense answer) / `ModelError` (a model file that cannot be loaded). Nothing
heavy is imported here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from ..config import Settings
from ..errors import ConfigError

Message = Mapping[str, str]


class ChatBackend(Protocol):
    def chat(self, messages: Sequence[Message], *, max_tokens: int = 400, temperature: float = 0.0, timeout: float | None = None) -> str:
        """The assistant's reply to `messages` ({"role", "content"} dicts), within `timeout` seconds."""
        ...


def make_backend(settings: Settings) -> ChatBackend:
    """The backend the settings ask for: `llm_url` (+ `llm_model` name, `llm_key`) for HTTP,
    otherwise `llm_model` as a path to a .gguf file run in process. Loads the model now."""
    if settings.llm_url:
        from .http import OpenAIChatBackend

        return OpenAIChatBackend(settings.llm_url, settings.llm_model, key=settings.llm_key, timeout=settings.llm_timeout)
    if settings.llm_model:
        from .gguf import GGUFBackend

        return GGUFBackend(settings.llm_model)
    raise ConfigError(
        "--method llm needs a model",
        hint="give --llm-model PATH.gguf (run in process) or --llm-url http://host:port/v1 --llm-model NAME",
    )


__all__ = ["ChatBackend", "Message", "make_backend"]
