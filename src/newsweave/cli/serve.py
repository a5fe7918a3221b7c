"""`newsweave serve`: the web app and HTTP API on a real uvicorn server."""

from __future__ import annotations

import argparse

from ..errors import ConfigError

HELP = "serve the stories as a web app and an HTTP API"
DESCRIPTION = """\
Start the web app (stories, story pages with clickable citations, article pages) and the JSON API
(/api/stories, /api/stories/ID, /api/articles/ID, /api/search, POST /api/articles) on a local
HTTP server. The OpenAPI document is at /openapi.json.

Writing (POST /api/articles) needs the write token (--token or NEWSWEAVE_TOKEN), sent as
`Authorization: Bearer TOKEN`; with no token the server is read-only. --read-token (or
NEWSWEAVE_READ_TOKEN) makes reading need a token too.
"""
EPILOG = """\
examples:
  newsweave serve                                     # http://127.0.0.1:8000, newsweave.db
  NEWSWEAVE_TOKEN=s3cret newsweave serve --db sqlite:///news.db --port 8080
  curl -H 'Authorization: Bearer s3cret' -H 'Content-Type: application/json' \\
       -d '{"articles": [{"outlet": "Gazette", "text": "..."}]}' http://127.0.0.1:8080/api/articles
"""


def register(subparsers, parent) -> None:
    p = subparsers.add_parser("serve", parents=[parent], help=HELP, description=DESCRIPTION, epilog=EPILOG,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", metavar="URL", help="database: a path, sqlite:///FILE or postgresql://... (default: newsweave.db)")
    p.add_argument("--host", metavar="HOST", help="address to listen on (default 127.0.0.1; 0.0.0.0 exposes it)")
    p.add_argument("--port", type=int, metavar="PORT", help="port to listen on (default 8000; 0 picks a free one)")
    p.add_argument("--token", metavar="TOKEN", help="write token (else NEWSWEAVE_TOKEN; none = read-only)")
    p.add_argument("--read-token", dest="read_token", metavar="TOKEN", help="require this token (or the write token) to read")
    p.add_argument("--max-body-mb", dest="max_body_mb", type=float, metavar="MB", default=10.0,
                   help="largest request body accepted, in MB (default 10)")
    from .options import add_summary_options

    add_summary_options(p)
    p.add_argument("--log-level", dest="log_level", default="info", choices=["critical", "error", "warning", "info", "debug"],
                   help="server log level (default info)")
    p.set_defaults(handler=run)


def _check_port_free(host: str, port: int) -> None:
    """Fail with one line before printing "serving…" when the address cannot be bound (uvicorn
    would otherwise log its own error after our banner)."""
    import socket

    if port == 0:
        return
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise ConfigError(f"cannot serve on {host}: {exc.strerror or exc}", hint="give --host 127.0.0.1 or another address of this machine") from exc
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise ConfigError(f"cannot serve on {host}:{port}: {exc.strerror or exc}",
                              hint="another program uses that port: give another --port (0 = any free port)") from exc


def run(args) -> int:
    import uvicorn

    from ..config import load_settings
    from ..web import create_app

    db = args.db
    if db and "://" not in db:
        db = f"sqlite:///{db}"  # a bare path means a SQLite file
    settings = load_settings(args.config, db=db, host=args.host, port=args.port, token=args.token,
                             read_token=args.read_token, debug=args.debug, words=args.words, method=args.method,
                             segmenter=args.segmenter, llm_model=args.llm_model, llm_url=args.llm_url, llm_key=args.llm_key)
    if not 0 <= settings.port <= 65535:
        raise ConfigError(f"port {settings.port} is out of range", hint="give a port between 1 and 65535 (0 = any free port)")
    if args.max_body_mb <= 0:
        raise ConfigError("--max-body-mb must be positive", hint="for example --max-body-mb 10")
    _check_port_free(settings.host, settings.port)
    from ..store import open_store

    # Opened here, not at app startup, so a bad --db is a one-line error instead of a traceback.
    store = open_store(settings.db)
    try:
        app = create_app(settings, store=store, max_body=int(args.max_body_mb * 1024 * 1024))
        mode = "read and write" if settings.token else "read-only (no write token)"
        print(f"newsweave: serving {settings.db} on http://{settings.host}:{settings.port} ({mode})", flush=True)
        uvicorn.run(app, host=settings.host, port=settings.port, log_level=args.log_level,
                    proxy_headers=False, server_header=False)
    finally:
        store.close()
    return 0
