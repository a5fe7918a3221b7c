"""One settings object, built once from CLI flags, environment variables or a TOML file.

Precedence: explicit keyword (CLI flag) > environment (NEWSWEAVE_*) > TOML file > default.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from .errors import ConfigError

DEFAULT_DB = "sqlite:///newsweave.db"


@dataclass(frozen=True)
class Settings:
    words: int = 120
    format: str = "text"
    db: str = DEFAULT_DB
    embedder: str = "auto"  # auto | minilm | hashing
    method: str = "extractive"  # a name from pipeline.registry.summarizers: extractive | llm | lead | lexrank | textrank
    segmenter: str = "rule"  # a name from pipeline.registry.segmenters: rule | paragraph
    similarity: str = "auto"  # how analysis matches sentences into facts: auto (static if installed) | lexical | static | embedding
    fact_threshold: float | None = None  # similarity bar for grouping sentences into one fact (None: the similarity's own; higher shows fewer, surer groupings)
    screen: bool = True  # set aside inputs that are not articles about the story (analyze.screen)
    llm_model: str | None = None  # path to a .gguf, or a model name for --llm-url
    llm_url: str | None = None  # OpenAI-compatible base URL, e.g. http://127.0.0.1:8080/v1
    llm_key: str | None = None
    llm_timeout: float = 120.0
    token: str | None = None  # write token for the HTTP API
    read_token: str | None = None  # when set, reading the API requires it too
    allowed_hosts: str | None = None  # extra Host names `serve` answers to, comma-separated; "*" = any (see web/security.py)
    host: str = "127.0.0.1"
    port: int = 8000
    debug: bool = False
    color: bool = True

    def replace(self, **changes: Any) -> "Settings":
        return dataclasses.replace(self, **{k: v for k, v in changes.items() if v is not None})


_ENV = {f.name: "NEWSWEAVE_" + f.name.upper() for f in fields(Settings)}


def _coerce(name: str, raw: Any) -> Any:
    kind = {f.name: f.type for f in fields(Settings)}[name]
    try:
        if kind == "int":
            return int(raw)
        if kind in ("float", "float | None"):
            return float(raw)
        if kind == "bool":
            return raw if isinstance(raw, bool) else str(raw).lower() in {"1", "true", "yes", "on"}
    except ValueError as exc:
        raise ConfigError(f"setting {name!r} has a bad value {raw!r}", hint=f"give {name} as a {kind}") from exc
    return raw


def load_settings(config_file: str | Path | None = None, **overrides: Any) -> Settings:
    """Build Settings: defaults, then a TOML file (`[newsweave]` table or top level), then
    NEWSWEAVE_* environment variables, then non-None keyword overrides."""
    values: dict[str, Any] = {}
    path = config_file or os.environ.get("NEWSWEAVE_CONFIG")
    if path:
        try:
            data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"cannot read config file {path}: {exc}", hint="check the path and TOML syntax") from exc
        data = data.get("newsweave", data)
        for key, raw in data.items():
            name = key.replace("-", "_")
            if name not in _ENV:
                raise ConfigError(f"unknown setting {key!r} in {path}", hint="see `newsweave --help` for settings")
            values[name] = _coerce(name, raw)
    for name, env in _ENV.items():
        if env in os.environ and name != "config":
            values[name] = _coerce(name, os.environ[env])
    for name, raw in overrides.items():
        if raw is not None:
            values[name] = raw
    return Settings(**values)
