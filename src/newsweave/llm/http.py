"""Any OpenAI-compatible chat endpoint over HTTP (llama.cpp's server, Ollama, vLLM, hosted APIs).

One request is `POST {base_url}/chat/completions`. Connection failures, 429 and 5xx answers are
retried with exponential backoff inside one overall deadline; everything else fails at once with an
`LLMError` that says what to fix (endpoint down, key rejected, unknown model, no chat endpoint).
Before the first request the backend asks `{base_url}/models` which models the server has, so a
wrong model name is reported by name instead of as an opaque 404 (servers without that list are
trusted).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from ..errors import LLMError
from . import Message

RETRY_STATUS = frozenset({408, 409, 425, 429, 500, 502, 503, 504})


def normalise_base_url(url: str) -> str:
    """`http://host:8080` -> `http://host:8080/v1`; a URL with a path is kept as given
    (without a trailing slash or a trailing `/chat/completions`)."""
    url = url.strip().rstrip("/")
    if url.endswith("/chat/completions"):
        url = url[: -len("/chat/completions")]
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise LLMError(f"not an HTTP URL: {url!r}", hint="give --llm-url like http://127.0.0.1:8080/v1")
    if parts.path in ("", "/"):
        url += "/v1"
    return url


class OpenAIChatBackend:
    """Chat with `model` at `base_url`.

    `timeout` bounds one `chat()` call end to end (all retries included) unless the call gives its
    own; `retries` extra attempts after a connection failure or a 429/5xx, waiting `backoff`,
    2*`backoff`, ... seconds (or the server's Retry-After, capped by the deadline).
    `check_model` compares the name with the server's `/models` list before the first request.
    """

    def __init__(self, base_url: str, model: str | None = None, *, key: str | None = None, timeout: float = 120.0, retries: int = 2, backoff: float = 0.5, check_model: bool = True) -> None:
        import httpx

        self.base_url = normalise_base_url(base_url)
        self.model = model
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self._model_checked = not check_model
        headers = {"Content-Type": "application/json"}
        if key:
            headers["Authorization"] = f"Bearer {key}"
        self._client = httpx.Client(headers=headers)

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "OpenAIChatBackend":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public -----------------------------------------------------------------------------
    def models(self, *, timeout: float = 10.0) -> list[str] | None:
        """Model names (ids and aliases) the server lists, or None when it has no such list."""
        import httpx

        try:
            response = self._client.get(f"{self.base_url}/models", timeout=timeout)
        except httpx.TimeoutException as exc:
            raise LLMError(f"the LLM endpoint at {self.base_url} did not answer within {timeout:g} s", hint="check that the server is running and not overloaded") from exc
        except httpx.TransportError as exc:
            raise self._unreachable(exc) from exc
        if response.status_code in (401, 403):
            raise self._rejected(response)
        if response.status_code != 200:
            return None
        try:
            data = response.json().get("data")
        except (ValueError, AttributeError):
            return None
        if not isinstance(data, list):
            return None
        names: list[str] = []
        for item in data:
            if isinstance(item, dict):
                names.extend(str(n) for n in [item.get("id"), *(item.get("aliases") or [])] if n)
        return names

    def chat(self, messages: Sequence[Message], *, max_tokens: int = 400, temperature: float = 0.0, timeout: float | None = None) -> str:
        """The assistant's reply; raises LLMError when the endpoint is down, too slow (after
        retries, within `timeout` seconds overall), rejects the key or does not know the model."""
        import httpx

        budget = self.timeout if timeout is None else timeout
        deadline = time.monotonic() + budget
        if not self._model_checked:
            self._check_model(min(budget, 10.0))
        body: dict[str, Any] = {
            "messages": [{"role": m["role"], "content": m["content"]} for m in messages],
            "max_tokens": int(max_tokens),
            "temperature": float(temperature),
            "stream": False,
        }
        if self.model:
            body["model"] = self.model
        url = f"{self.base_url}/chat/completions"
        last: str = ""
        for attempt in range(self.retries + 1):
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            wait = self.backoff * (2**attempt)
            try:
                response = self._client.post(url, json=body, timeout=httpx.Timeout(remaining, connect=min(remaining, 10.0)))
            except httpx.TimeoutException:
                raise LLMError(f"the LLM at {self.base_url} did not answer within {budget:g} s", hint="raise llm_timeout (NEWSWEAVE_LLM_TIMEOUT), lower --words, or use a faster model")
            except httpx.TransportError as exc:
                last = str(exc) or type(exc).__name__
                if attempt == self.retries or time.monotonic() + wait >= deadline:
                    raise self._unreachable(exc) from exc
                time.sleep(wait)
                continue
            if response.status_code == 200:
                return self._content(response)
            if response.status_code in RETRY_STATUS and attempt < self.retries:
                last = f"HTTP {response.status_code}: {_detail(response)}"
                wait = max(wait, _retry_after(response))
                if time.monotonic() + wait >= deadline:
                    break
                time.sleep(wait)
                continue
            raise self._failure(response)
        raise LLMError(f"the LLM at {self.base_url} failed after {self.retries + 1} attempts within {budget:g} s ({last or 'out of time'})", hint="check the server's logs, or raise llm_timeout")

    # -- helpers ----------------------------------------------------------------------------
    def _check_model(self, timeout: float) -> None:
        import httpx

        try:
            response_names = self.models(timeout=timeout)
        except LLMError as exc:
            if isinstance(exc.__cause__, httpx.TransportError):
                return  # down or slow: the request itself retries and reports it
            raise
        names = response_names
        self._model_checked = True
        if names is None:
            return
        if not self.model:
            if not names:
                raise LLMError(f"the server at {self.base_url} lists no models", hint="load a model on the server, or give --llm-model NAME")
            self.model = names[0]
            return
        if names and self.model not in names:
            shown = ", ".join(names[:8]) + (" ..." if len(names) > 8 else "")
            raise LLMError(f"model {self.model!r} is not served at {self.base_url} (it has: {shown})", hint="give --llm-model one of the names the server lists")

    def _unreachable(self, exc: Exception) -> LLMError:
        return LLMError(f"cannot reach the LLM endpoint at {self.base_url}: {exc or type(exc).__name__}", hint="start the server, or check --llm-url (host, port, and the /v1 path)")

    def _rejected(self, response: Any) -> LLMError:
        return LLMError(f"the LLM endpoint at {self.base_url} rejected the request (HTTP {response.status_code}: {_detail(response)})", hint="check --llm-key (or NEWSWEAVE_LLM_KEY)")

    def _failure(self, response: Any) -> LLMError:
        detail = _detail(response)
        if response.status_code in (401, 403):
            return self._rejected(response)
        if response.status_code in (400, 404) and "model" in detail.lower():
            return LLMError(f"the server at {self.base_url} does not know model {self.model!r} (HTTP {response.status_code}: {detail})", hint="give --llm-model a name the server lists (GET /v1/models)")
        if response.status_code == 404:
            return LLMError(f"no chat endpoint at {self.base_url}/chat/completions (HTTP 404)", hint="the URL should be the API base, usually ending in /v1")
        return LLMError(f"the LLM at {self.base_url} answered HTTP {response.status_code}: {detail}", hint="check the server's logs")

    def _content(self, response: Any) -> str:
        try:
            data = response.json()
            content = data["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise LLMError(f"the LLM at {self.base_url} sent an answer that is not an OpenAI chat completion: {response.text[:200]!r}", hint="check that --llm-url points at an OpenAI-compatible API") from exc
        return content or ""


def _detail(response: Any) -> str:
    try:
        data = response.json()
    except ValueError:
        return response.text[:200].strip() or response.reason_phrase
    error = data.get("error") if isinstance(data, dict) else None
    if isinstance(error, dict):
        return str(error.get("message") or error)[:300]
    if error:
        return str(error)[:300]
    return str(data)[:300]


def _retry_after(response: Any) -> float:
    try:
        return min(float(response.headers.get("retry-after", 0)), 30.0)
    except ValueError:
        return 0.0
