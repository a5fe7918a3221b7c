"""The FastAPI application: `create_app(settings)` wires the store, pages, API, errors and limits.

    from newsweave.config import load_settings
    from newsweave.web import create_app
    app = create_app(load_settings(db="sqlite:///news.db", token="s3cret"))

The app owns its store (opened at startup, closed at shutdown) unless one is passed in, and a lock
that serialises writes. Everything the pages need (CSS, JS, icon) is served from the package.
"""

from __future__ import annotations

import copy
import json
import threading
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from .. import __version__
from ..config import Settings
from . import api, pages
from .errors import BodyLimitMiddleware, install_error_handlers
from .security import HostCheckMiddleware
from .models import ArticleIn, ArticlesIn

HERE = Path(__file__).parent
DEFAULT_MAX_BODY = 10 * 1024 * 1024

# Pages load only their own CSS/JS; no inline script, no third-party anything.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


def create_app(settings: Settings | None = None, *, store=None, max_body: int | None = None,
               ingest_options: dict[str, Any] | None = None) -> FastAPI:
    """Build the app. `store` (optional) is used as is and not closed; otherwise the app opens
    `settings.db` at startup. `max_body` caps request bodies in bytes (default 10 MiB, or the
    `max_body` setting when present). `ingest_options` are passed to `stream.ingest` (e.g. a
    preloaded embedder), so a server loads its models once."""
    settings = settings or Settings()
    limit = max_body or getattr(settings, "max_body", None) or DEFAULT_MAX_BODY
    owns_store = store is None

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if app.state.store is None:
            from ..store import open_store

            app.state.store = open_store(settings.db)
        try:
            yield
        finally:
            if owns_store and app.state.store is not None:
                app.state.store.close()
                app.state.store = None

    app = FastAPI(
        title="newsweave",
        version=__version__,
        description=(
            "Stories built from many news articles: cited summaries, coverage, conflicts, quotes, "
            "entities, timelines and copies. Reading is open unless the server sets a read token; "
            "writing needs the write token as `Authorization: Bearer <token>`. Every error has the "
            "shape `{\"error\": {status, code, type, message, hint, details}}`."
        ),
        docs_url=None,  # Swagger UI and ReDoc load scripts from CDNs; the raw document is served.
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.store = store
    app.state.write_lock = threading.Lock()
    app.state.ingest_options = dict(ingest_options or {})
    app.state.max_body = limit
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True, auto_reload=False)
    app.state.templates = Jinja2Templates(env=env)

    install_error_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.add_middleware(BodyLimitMiddleware, max_bytes=limit)
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(HostCheckMiddleware, settings=settings)  # outermost: before anything else runs

    @app.get("/docs", include_in_schema=False)
    @app.get("/redoc", include_in_schema=False)
    def docs() -> RedirectResponse:
        # Swagger UI and ReDoc load scripts from CDNs (and the CSP forbids them): the document itself.
        return RedirectResponse("/openapi.json", status_code=307)

    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


class SecurityHeadersMiddleware:
    """Adds CSP and friends to every response (a second wall behind autoescaping)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


def story_schema_components() -> dict[str, Any]:
    """`schema/story.schema.json` as OpenAPI components: the root as `StoryReport`, each `$defs`
    entry as `StoryReport_<name>`, with references rewritten to match."""
    raw = json.loads(resources.files("newsweave").joinpath("schema/story.schema.json").read_text(encoding="utf-8"))
    defs = raw.pop("$defs", {})
    for key in ("$schema", "$id"):
        raw.pop(key, None)

    def fix(node: Any) -> Any:
        if isinstance(node, dict):
            out = {k: fix(v) for k, v in node.items()}
            ref = out.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                out["$ref"] = "#/components/schemas/StoryReport_" + ref[len("#/$defs/"):]
            return out
        if isinstance(node, list):
            return [fix(x) for x in node]
        return node

    components = {"StoryReport": fix(raw)}
    for name, sub in defs.items():
        components["StoryReport_" + name] = fix(sub)
    return components


def _openapi(app: FastAPI) -> dict[str, Any]:
    if app.openapi_schema:
        return app.openapi_schema
    doc = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    schemas.update(story_schema_components())
    for model in (ArticleIn, ArticlesIn):
        model_schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
        for name, sub in model_schema.pop("$defs", {}).items():
            schemas.setdefault(name, sub)
        schemas[model.__name__] = model_schema
    # The JSON body may be {"articles": [...]}, a bare list, or one article.
    body = doc["paths"]["/api/articles"]["post"]["requestBody"]["content"]["application/json"]
    body["schema"] = {"oneOf": [
        {"$ref": "#/components/schemas/ArticlesIn"},
        {"type": "array", "items": {"$ref": "#/components/schemas/ArticleIn"}, "minItems": 1},
        {"$ref": "#/components/schemas/ArticleIn"},
    ]}
    # FastAPI documents its own 422 shape; ours is ErrorBody everywhere.
    for name in ("HTTPValidationError", "ValidationError"):
        schemas.pop(name, None)
    for path in doc["paths"].values():
        for op in path.values():
            for status, resp in op.get("responses", {}).items():
                if status == "422":
                    resp["content"] = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}
                    resp["description"] = "Invalid parameters or body"
    doc["components"]["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer"}}
    doc["paths"]["/api/articles"]["post"]["security"] = [{"bearer": []}]
    app.openapi_schema = copy.deepcopy(doc)
    return app.openapi_schema
