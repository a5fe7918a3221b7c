"""Web app and HTTP API: `create_app(settings)` returns a FastAPI app (serve it with uvicorn, or
`newsweave serve`). Importing this package pulls in FastAPI; `import newsweave` does not."""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
