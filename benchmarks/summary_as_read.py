"""Dev text as the product reads it (session 26, brief M), for the summary benchmarks.

`newsweave summarize/analyze/ingest` read a file through the reader (`read/jsonfile.py` ->
`read.article.build_article`): `text.clean_text` (captions, credits, sign-up and reprint blocks out,
whitespace re-spaced, paragraphs one blank line apart), a first paragraph repeating the title
dropped, the text stripped; a document with nothing left is not read. The summary benchmarks
(`summarize_quality.py`, `summarize_readability.py`) built their articles from the file's raw text.
Since session 26 (brief M2) they read what the product reads by default (text and title as
`build_article` makes them; ids, outlets and dates as before; `--raw-text` for the file's text):

- `clusters_as_read(clusters)`: `eval.summarize_eval.Cluster`s with each document's text and title
  as read (every system, baselines too, gets it); a document with no text left is dropped.
- `as_read(article)`: one `Article` with its text and title as read (None: nothing left), and a
  `RawSpans` mapping offsets in that text back to the raw text, where the readability gold points.

Run as a script it counts, per dev set, the documents whose text differs as read:

    .venv/bin/python benchmarks/summary_as_read.py [--src TREE]
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "data" / "dev"
GOLD = REPO / "benchmarks" / "gold"


def read_text(raw: str, title: str | None = None, **meta) -> tuple[str | None, str | None]:
    """(text, title) as the reader builds them from a record's raw text (text None: not read)."""
    from newsweave.read.article import build_article

    built = build_article(raw, source="benchmark", title=title, **meta)
    if built.article is None:
        return None, title
    return built.article.text, built.article.title


def clusters_as_read(clusters):
    """Each cluster with its documents' text and title as read; documents with nothing left dropped.
    The tree's own `eval.summarize_eval.clusters_as_read` (what `newsweave eval summarize` uses) when
    it has one; the loop below only for trees older than 3877163 (`--src` of an earlier commit)."""
    from newsweave.eval import summarize_eval

    if hasattr(summarize_eval, "clusters_as_read"):
        return summarize_eval.clusters_as_read(clusters)
    out = []
    for c in clusters:
        docs = []
        for d in c.documents:
            text, title = read_text(d.text, d.title)
            if text is not None:
                docs.append(dataclasses.replace(d, text=text, title=title))
        out.append(dataclasses.replace(c, documents=tuple(docs)))
    return out


def _squeezed(text: str) -> tuple[str, list[int]]:
    """`text` with every whitespace run as one space and the invisible characters `clean_text`
    deletes (soft hyphens, zero-width and direction marks) left out, and each kept character's
    offset in `text`."""
    from newsweave.text.clean import _INVISIBLE

    chars: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if _INVISIBLE.match(ch):
            continue
        if ch.isspace():
            if chars and chars[-1] != " ":
                chars.append(" ")
                where.append(i)
            continue
        chars.append(ch)
        where.append(i)
    return "".join(chars), where


@dataclasses.dataclass
class RawSpans:
    """Maps a span of the text as read to the same words in the raw text (whitespace aside).
    A span whose words are not found in the raw text maps to None."""

    raw: str
    read: str

    def __post_init__(self) -> None:
        self._raw, self._where = _squeezed(self.raw)

    @staticmethod
    def _squeeze(text: str) -> str:
        return _squeezed(text)[0]

    def __call__(self, start: int, end: int) -> tuple[int, int] | None:
        words = " ".join(self._squeeze(self.read[start:end]).split())
        if not words:
            return None
        hits, at = [], self._raw.find(words)
        while at >= 0:
            hits.append(at)
            at = self._raw.find(words, at + 1)
        if not hits:
            return None
        # several copies: the one nearest the same relative place in the text
        goal = start / max(1, len(self.read)) * len(self._raw)
        at = min(hits, key=lambda h: abs(h - goal))
        return self._where[at], self._where[at + len(words) - 1] + 1


def as_read(article):
    """(Article with its text and title as read, RawSpans), or (None, None) when nothing is left."""
    text, title = read_text(article.text, article.title, url=article.url, outlet=article.outlet)
    if text is None:
        return None, None
    return dataclasses.replace(article, text=text, title=title), RawSpans(article.text, text)


SETS = (
    "summarization_multinews_fulltext_dev46.jsonl",
    "summarization_multinews_val100.jsonl",
    "summarization_neus_val100.jsonl",
    "clustering_allsides_stories.jsonl",  # only the stories in the readability gold
)


def kind_of_change(raw: str, read: str | None) -> str:
    from newsweave.text.segment import split_spans

    if read is None:
        return "nothing left (not read)"
    if read == raw:
        return "identical"
    if " ".join(read.split()) == " ".join(raw.split()):
        same = [" ".join(raw[a:b].split()) for a, b in split_spans(raw)] == [" ".join(read[a:b].split()) for a, b in split_spans(read)]
        return "whitespace only, same sentences" if same else "whitespace only, sentences split differently"
    return "words differ"


def count(data_dir: Path) -> None:
    """Per set: documents by kind of change, clusters with a document whose words change."""
    gold = [json.loads(line) for line in open(GOLD / "readability_clusters.jsonl", encoding="utf-8") if line.strip()]
    in_gold = collections.defaultdict(set)
    for g in gold:
        in_gold[g["file"]].add(g["cluster"])
    for name in SETS:
        path = data_dir / name
        if not path.exists():
            print(f"{name}: not found", file=sys.stderr)
            continue
        kinds: collections.Counter = collections.Counter()
        touched, clusters, removed = set(), set(), 0
        for line in open(path, encoding="utf-8"):
            if not line.strip():
                continue
            row = json.loads(line)
            if "documents" in row:
                cid, docs = row["id"], [(d.get("text", ""), d.get("title")) if isinstance(d, dict) else (d, None) for d in row["documents"]]
            elif row.get("cluster") in in_gold[name]:
                cid, docs = row["cluster"], [(row["text"], row.get("title"))]
            else:
                continue
            clusters.add(cid)
            for raw, title in docs:
                if not raw.strip():
                    continue
                read, _ = read_text(raw, title)
                kind = kind_of_change(raw, read)
                kinds[kind] += 1
                if kind in ("words differ", "nothing left (not read)", "whitespace only, sentences split differently"):
                    touched.add(cid)
                if kind == "words differ":
                    removed += len(raw.split()) - len(read.split())
        gold_ids = in_gold[name]
        print(f"{name}: {sum(kinds.values())} documents in {len(clusters)} clusters: "
              + ", ".join(f"{k} {v}" for k, v in kinds.most_common())
              + f"; net words fewer {removed}; clusters with a document changed beyond whitespace {len(touched)}"
              + f" (readability gold: {len(touched & gold_ids)} of {len(gold_ids)})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data-dir", type=Path, default=DEV)
    parser.add_argument("--src", type=Path, default=REPO / "src", help="source tree whose reader is used")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.src))
    count(args.data_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
