"""Story text in `<div>`s versus `<p>`s (issue 12): real article text laid out as five kinds of page,
read by two source trees in one run.

Each full-length Multi-News dev document with at least three paragraphs is written (to a temporary
folder, never to the repo) as five pages around the same furniture written here (nav, cookie,
newsletter, share and caption divs, related links, an aside and a footer of `<p>`s, a reporter's
note of `<p>`s next to the story):

    p        every paragraph a <p> inside <article>          (pages that read fine before)
    br       one <div> with <br><br> between paragraphs
    divs     sibling <div>s, one paragraph each
    mixed    <p> and <div> paragraphs alternating in <article>
    table    one layout-table cell with <br><br>

Per tree and layout: paragraph recall (a story paragraph counts when its first 60 characters,
whitespace-normalised, are in the article text), pages where furniture leaked in (any of the
furniture lines written here found in the text), pages with no article, and seconds. For the
`p` layout, how many pages read byte for byte the same in both trees.

    nice .venv/bin/python benchmarks/html_div_pages.py --base /tmp/base_23/src [--src src] [--limit 200]
"""

from __future__ import annotations

import argparse
import html
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "data" / "dev" / "summarization_multinews_fulltext_dev46.jsonl"

FURNITURE = {
    "cookie": "We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.",
    "newsletter": "Sign up for our morning newsletter and get the top stories of the day delivered to your inbox.",
    "share": "Share this story with your friends on Facebook, on Twitter or by email, and tell us what you think.",
    "caption": "Photo: people gather outside the building on the morning after the announcement. Credit: staff photographer",
    "aside": "Most read today: the ferry timetable for the summer is out now, and the lifeboat crew is honoured.",
    "footer": "Copyright 2026 The Daily Ledger Ltd. All rights reserved. Registered office on Market Street, Ledgerton.",
    "note": "Our reporter has covered the region's councils, courts and harbours for twelve years, and before that worked on a night desk in the north.",
}
HEAD = "<!doctype html><html><head><title>{title} | The Daily Ledger</title></head><body>"
NAV = '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>'
COOKIE = f'<div id="cookie-banner">{FURNITURE["cookie"]}</div>'
AFTER = (
    f'<div class="share-tools">{FURNITURE["share"]}</div>'
    '<div class="related"><a href="/a">Ferry service resumes after three days of storms on the coast</a> '
    '<a href="/b">Lifeboat crew honoured at a ceremony in the town hall</a></div>'
    f'<div class="newsletter-signup">{FURNITURE["newsletter"]}</div>'
)
NOTE = f'<div class="bio"><p>{FURNITURE["note"]}</p><p>Write to the newsroom on Market Street.</p></div>'
TAIL = f'<aside><p>{FURNITURE["aside"]}</p></aside><footer><p>{FURNITURE["footer"]}</p></footer></body></html>'
CAPTION = f'<div class="caption">{FURNITURE["caption"]}</div>'


def layouts(title: str, paragraphs: list[str]) -> dict[str, str]:
    esc = [html.escape(p, quote=False) for p in paragraphs]
    head = HEAD.format(title=html.escape(title)) + NAV + COOKIE
    body_p = "".join(f"<p>{p}</p>" for p in esc[:1]) + CAPTION + "".join(f"<p>{p}</p>" for p in esc[1:])
    mixed = "".join(f"<p>{p}</p>" if n % 2 == 0 else f"<div>{p}</div>" for n, p in enumerate(esc))
    return {
        "p": head + f'<article><h1>{html.escape(title)}</h1>{body_p}</article>' + AFTER + TAIL,
        "br": head + '<div id="content"><div class="story">' + "<br><br>".join(esc) + "</div>" + CAPTION + NOTE + "</div>" + AFTER + TAIL,
        "divs": head + '<div id="content"><div class="story">' + "".join(f'<div class="para">{p}</div>' for p in esc) + "</div>" + NOTE + "</div>" + AFTER + TAIL,
        "mixed": head + f"<article><h1>{html.escape(title)}</h1>{mixed}</article>" + NOTE + AFTER + TAIL,
        "table": head + '<table><tr><td><a href="/">Home</a> | <a href="/news">News</a></td></tr><tr><td class="body">'
        + "<br><br>".join(esc) + "</td></tr></table>" + AFTER + TAIL,
    }


_CHILD = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from newsweave.read import read_file
out = {}
for name in json.loads(sys.stdin.read()):
    t = time.perf_counter()
    articles, _ = read_file(Path(name))
    out[name] = [articles[0].text if articles else None, time.perf_counter() - t]
print(json.dumps(out))
"""


def read_with(src: str, files: list[str]) -> dict[str, list]:
    done = subprocess.run([sys.executable, "-c", _CHILD, src], input=json.dumps(files), capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="the baseline tree's src folder")
    parser.add_argument("--src", default=str(REPO / "src"), help="the tree to measure (default: this one)")
    parser.add_argument("--data", type=Path, default=DEV)
    parser.add_argument("--limit", type=int, default=200, help="at most this many dev documents")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"no dev data at {args.data}", file=sys.stderr)
        return 2
    docs = []
    for line in args.data.read_text(encoding="utf-8").splitlines():
        for doc in json.loads(line)["documents"]:
            paragraphs = [p.strip() for p in doc["text"].split("\n\n") if len(p.split()) >= 8]
            if len(paragraphs) >= 3:
                docs.append((doc.get("title") or paragraphs[0][:60], paragraphs))
    docs = docs[: args.limit]
    with tempfile.TemporaryDirectory(prefix="nw-div-pages-") as tmp:
        pages: dict[str, tuple[str, list[str]]] = {}
        for n, (title, paragraphs) in enumerate(docs):
            for layout, markup in layouts(title, paragraphs).items():
                path = Path(tmp) / f"{n:04d}-{layout}.html"
                path.write_text(markup, encoding="utf-8")
                pages[str(path)] = (layout, paragraphs)
        files = sorted(pages)
        results = {"base": read_with(args.base, files), "this": read_with(args.src, files)}
    print(f"{len(docs)} dev documents ({sum(len(p) for _, p in docs)} paragraphs), 5 layouts each; base = {args.base}, this = {args.src}\n")
    print("| layout | tree | paragraph recall | pages with furniture (kinds) | pages without article | seconds |\n|:--|:--|--:|--:|--:|--:|")
    for layout in ("p", "br", "divs", "mixed", "table"):
        for tree, got in results.items():
            found = total = leaked = empty = 0
            kinds: set[str] = set()
            seconds = 0.0
            for name in files:
                if pages[name][0] != layout:
                    continue
                text, took = got[name]
                seconds += took
                paragraphs = pages[name][1]
                total += len(paragraphs)
                if text is None:
                    empty += 1
                    continue
                flat = _norm(text)
                found += sum(_norm(p)[:60] in flat for p in paragraphs)
                leaks = {kind for kind, line in FURNITURE.items() if line[:40] in text}
                leaked += bool(leaks)
                kinds |= leaks
            print(f"| {layout} | {tree} | {found}/{total} = {found / max(1, total):.3f} | {leaked} ({', '.join(sorted(kinds)) or '-'}) | {empty} | {seconds:.1f} |")
    same = sum(results["base"][n][0] == results["this"][n][0] for n in files if pages[n][0] == "p")
    print(f"\n`p` pages read identically by both trees: {same}/{len(docs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
