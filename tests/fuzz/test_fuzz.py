"""Fuzzing harness (issue 18): hypothesis over every reader, cleaning and splitting, the four
renderers and the API's request bodies. Fixed seed (derandomize) and a fixed example budget per
target, so CI runs the same 10,000+ examples every time; see benchmarks/ROBUSTNESS.md.

What must hold for any input: no exception escapes a reader (bad input is a ReadProblem), every
article's metadata is free of control/bidi characters, sentence spans are exact, ordered and
inside the text, no renderer emits a control/bidi character or live markup from article data, and
the API answers every body with a status below 500.
"""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsweave.read import read_file
from newsweave.read.decode import UnreadableFile, decode_bytes
from newsweave.read.jsonfile import load_json
from newsweave.text.clean import clean_text
from newsweave.text.segment import split_spans

# Per-target budgets; their sum is the harness's size (asserted below).
BUDGET = {
    "clean_and_split": 3000, "split_raw": 2500, "decode": 1500, "load_json": 1000,
    "reader": 1200, "render": 400, "api": 400,
}
TOTAL_EXAMPLES = sum(BUDGET.values())

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
HOSTILE_CHARS = list(
    "aZ .,;:!?…\"'“”‘’()[]<>/&#=-–—|_*`\\\n\t\r0123456789 MrDrUSJK"
) + ["\x00", "\x1b", "\x07", "\x08", "\x0b", "\x0c", "\x1f", "\x7f", "\x85", "\x9b", "\u00a0", "\u00ad", "\u200b", "\u200e",
     "\u202e", "\u2066", "\u2028", "\u2029", "\ufeff", "\ufffd", "é", "ß", "İ", "Ω", "中", "😀", "\ud800"]
TOKENS = [
    "Mr.", "U.S.", "J.", "No. 5", "...", "?!", '"', " \" ", "NEWLINE_CHAR", "|||||", "<script>", "</script>", "<!--", "-->",
    "<p>", "</p>", "<div>", "<style>", "<svg>", "<meta charset=\"rot13\">", "&amp;", "&#0;", "&#x1b;", "Image copyright Getty Images",
    "(Reuters)", "By Jane Smith", "pic.twitter.com/abc", "Advertisement", "date 2018-04-24", "\n\n", "   ", "\t",
    "The harbour crane fell.", "Officials said on Friday that the ferry was safe.",
]
hostile_text = st.lists(
    st.one_of(st.sampled_from(TOKENS), st.text(alphabet=st.sampled_from(HOSTILE_CHARS), max_size=12)), max_size=40
).map("".join)
field_text = st.text(alphabet=st.sampled_from(HOSTILE_CHARS), max_size=40)
FUZZ = dict(derandomize=True, deadline=None, database=None, suppress_health_check=list(HealthCheck))


def _check_spans(text: str, spans: list[tuple[int, int]]) -> None:
    last = 0
    for start, end in spans:
        assert last <= start < end <= len(text), (start, end, last)
        piece = text[start:end]
        assert piece == piece.strip() and piece
        last = end


@settings(max_examples=BUDGET["clean_and_split"], **FUZZ)
@given(hostile_text)
def test_cleaning_then_splitting(raw):
    cleaned = clean_text(raw)
    assert not UNSAFE.search(cleaned.replace("\n", ""))
    assert "\n\n\n" not in cleaned and cleaned == cleaned.strip()
    _check_spans(cleaned, split_spans(cleaned))


@settings(max_examples=BUDGET["split_raw"], **FUZZ)
@given(hostile_text)
def test_splitting_raw_text(raw):
    _check_spans(raw, split_spans(raw))


@settings(max_examples=BUDGET["decode"], **FUZZ)
@given(st.one_of(
    st.binary(max_size=300),
    hostile_text.map(lambda t: t.encode("utf-8", errors="surrogatepass")),
    st.tuples(hostile_text, st.sampled_from(["rot13", "base64", "undefined", "utf-16", "cp1252", "koi8-r", "x-bogus", "zlib"])).map(
        lambda p: f'<?xml version="1.0" encoding="{p[1]}"?><meta charset="{p[1]}">{p[0]}'.encode("utf-8", errors="surrogatepass")),
))
def test_decoding_any_bytes(data):
    try:
        text, encoding, warnings = decode_bytes(data)
    except UnreadableFile:
        return
    assert isinstance(text, str) and isinstance(encoding, str)
    text.encode("utf-8", errors="surrogatepass")


json_value = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), field_text),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(["text", "title", "outlet", "url", "published", "author", "documents", "x"]), inner, max_size=5)),
    max_leaves=12,
)


@settings(max_examples=BUDGET["load_json"], **FUZZ)
@given(st.one_of(
    json_value.map(json.dumps),
    st.text(alphabet=st.sampled_from(list('{}[]",:0123456789e.-\\u d800 truefalsn')), max_size=60),
    st.just('{"text": "x", "n": ' + "9" * 5000 + "}"),
))
def test_load_json_never_raises(text):
    value, reason = load_json(text)
    assert (reason is None) or value is None
    if reason is None:
        json.dumps(value, ensure_ascii=False).encode("utf-8")


def _file_content(kind: str, body: str, meta: dict) -> str:
    if kind == ".txt":
        return body
    if kind == ".html":
        return (f"<html><head><title>{meta['title']}</title><meta charset=\"{meta['charset']}\"></head><body><article>"
                f"<p>{body}</p><p>{body}</p></article></body></html>")
    if kind == ".json":
        return json.dumps({"text": body, **{k: v for k, v in meta.items() if k != "charset"}}, ensure_ascii=meta["charset"] == "ascii")
    if kind == ".jsonl":
        record = json.dumps({"text": body, **{k: v for k, v in meta.items() if k != "charset"}})
        return "\n".join([record, body[:50], record.replace('"text"', '"body"')])
    if kind == ".rss":
        return (f"<?xml version=\"1.0\" encoding=\"{meta['charset']}\"?><rss><channel><title>{meta['outlet']}</title><item>"
                f"<title>{meta['title']}</title><link>{meta['url']}</link><description>{body}</description>"
                f"<pubDate>{meta['published']}</pubDate></item></channel></rss>")
    return f"{body} ||||| {body} NEWLINE_CHAR NEWLINE_CHAR {meta['title']}"  # multinews


@settings(max_examples=BUDGET["reader"], **FUZZ)
@given(
    kind=st.sampled_from([".txt", ".html", ".json", ".jsonl", ".rss", ".story"]),
    body=hostile_text,
    meta=st.fixed_dictionaries({
        "title": field_text, "outlet": field_text, "author": field_text, "url": field_text.map(lambda t: "https://x.org/" + t),
        "published": st.sampled_from(["0001-01-01T00:00:00Z", "9999-12-31", "2018-04-24", "yesterday", "", "1e400", "-1"]),
        "charset": st.sampled_from(["utf-8", "rot13", "undefined", "base64", "ascii", "latin-1"]),
    }),
    compress=st.booleans(),
)
def test_every_reader_survives_hostile_files(tmp_path_factory, kind, body, meta, compress):
    import gzip

    folder = tmp_path_factory.mktemp("fuzz")
    data = _file_content(kind, body, meta).encode("utf-8", errors="surrogatepass")
    name = "000_b965fbacd8f4ed8b" + kind + (".gz" if compress else "")
    path = folder / name
    path.write_bytes(gzip.compress(data) if compress else data)
    articles, problems = read_file(path)
    for a in articles:
        for value in (a.title, a.outlet, a.author, a.url, a.language):
            assert value is None or not UNSAFE.search(value), (value,)
        assert a.outlet and a.text == a.text.strip()
        assert not UNSAFE.search(a.text.replace("\n", ""))
        a.text.encode("utf-8")
    for p in problems:
        assert p.level in ("error", "warning") and p.reason


# -- renderers ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def base_report():
    import newsweave
    from newsweave.types import Article, content_id

    texts = [
        "The ferry left Marrowby at dawn on Friday. The harbour master said the crossing was calm. Officials agreed.",
        "The ferry left Marrowby at dawn on Friday, the port said. The crossing was calm, the harbour master said.",
    ]
    arts = [Article(id=content_id(t), outlet=f"Outlet {i}", text=t, title=f"Title {i}") for i, t in enumerate(texts)]
    return newsweave.summarize(arts, words=60)


@settings(max_examples=BUDGET["render"], **FUZZ)
@given(fields=st.lists(st.tuples(field_text, field_text, field_text, hostile_text), min_size=2, max_size=2), summary_text=hostile_text)
def test_renderers_never_emit_controls_or_markup(base_report, fields, summary_text):
    from newsweave.render import render

    documents = []
    for doc, (title, outlet, url, text) in zip(base_report.documents, fields):
        article = dataclasses.replace(doc.article, title=title or None, outlet=outlet or "x", url="https://x.org/" + url,
                                      author=title, text=doc.article.text + " " + text)
        documents.append(dataclasses.replace(doc, article=article))
    sentences = tuple(dataclasses.replace(s, text=summary_text + s.text) for s in base_report.summary.sentences)
    report = dataclasses.replace(base_report, documents=tuple(documents),
                                 summary=dataclasses.replace(base_report.summary, sentences=sentences))
    for fmt in ("text", "markdown", "html"):
        out = render(report, fmt)
        assert not UNSAFE.search(out.replace("\n", "").replace("\t", "")), (fmt, UNSAFE.search(out.replace("\n", "")))
        if fmt == "html":
            assert "<script" not in out.lower() and "<svg" not in out.lower()
        if fmt == "markdown":
            # A live tag is a "<" after an even number of backslashes (an escaped "\\<" is text).
            assert not re.search(r"(?<!\\)(?:\\\\)*<[a-zA-Z!/?]", out.split("## Sources")[0]), fmt
            for link in re.findall(r"\]\(<([^>]*)>\)", out):
                assert "\n" not in link and "<" not in link
    data = json.loads(render(report, "json"))
    assert len(data["articles"]) == 2


# -- API request bodies ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def api_client(tmp_path_factory):
    import sys

    from fastapi.testclient import TestClient

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from web.conftest import make_settings

    from newsweave.store import open_store
    from newsweave.web import create_app

    db = f"sqlite:///{tmp_path_factory.mktemp('api') / 'fuzz.db'}"
    store = open_store(db)
    with TestClient(create_app(make_settings(db), store=store), raise_server_exceptions=False) as client:
        yield client
    store.close()


@settings(max_examples=BUDGET["api"], **FUZZ)
@given(st.one_of(
    json_value.map(lambda v: json.dumps(v).encode()),
    json_value.map(lambda v: json.dumps({"articles": [v]}).encode()),
    st.fixed_dictionaries({"outlet": field_text, "text": hostile_text, "published": st.sampled_from(["0001-01-01", "9999-12-31", "2018-02-30", "x"]),
                           "url": field_text, "title": field_text}).map(lambda d: json.dumps(d).encode()),
    st.binary(max_size=200),
    st.just(b'{"outlet": "x", "text": "a \\udc00 b"}'),
))
def test_api_bodies_never_give_a_500(api_client, body):
    r = api_client.post("/api/articles", content=body,
                        headers={"Authorization": "Bearer test-write-token", "content-type": "application/json"})
    assert r.status_code < 500, (r.status_code, r.text[:300])
    assert "error" in r.json() or "articles" in r.json()


def test_harness_size():
    assert TOTAL_EXAMPLES >= 10_000
