"""Readability gate (issue 13): are 120-word summaries publishable as they stand, and do they
state the story's main development? Re-checks the verdicts kept in benchmarks/gold/ after any
selection change.

    .venv/bin/python benchmarks/summarize_readability.py              # table + totals
    .venv/bin/python benchmarks/summarize_readability.py --template   # also print unjudged sentences
                                                                      # as JSON lines to read and judge

Gold (data only, no article text; rules in benchmarks/gold/READABILITY.md):
- `gold/readability_clusters.jsonl`: one line per cluster: `cluster` id, `file` (a dev file under
  ../shared/data/dev, or `examples/<folder>` under ../shared), `development`: [[doc, start, end], ...]
  source sentences that state the main development (found by reading the sources and the reference
  before looking at any summary), `note`: the development in a few words of our own.
- `gold/readability_verdicts.jsonl`: one line per judged summary sentence: `cluster`, `doc`,
  `start`, `end` (the span the summary sentence cites in that document), `verdict`
  (`publishable` | `not publishable`), `reason`, and optionally `needs`: [[doc, start, end], ...],
  spans that must come earlier in the summary for the verdict to hold (a surname introduced by
  them), and `with`: spans that must be in the summary (a sentence that repeats one of them), and
  `after`: spans that must come later in the summary (session 13), and
  `opinion_of`: the verdict is for the sentence shown marked as that opinion piece's (the label
  "Opinion — <opinion_of>:" before it); a verdict without it is for the sentence shown as news. Several
  verdicts may be kept for one span; the one with the most conditions that hold is used; when
  none holds the sentence is reported as unjudged, to be read again.

Text (session 26): by default (since brief M2) the dev documents' text as `newsweave summarize` reads
it (`build_article`: `clean_text`; `summary_as_read.py`), each cited span mapped back to the same
words in the raw text, where the gold points (a span whose words the raw text does not hold stays
unjudged, counted). `--raw-text`: the dev files' raw text (the figures before session 26); `--as-read`
is still accepted and changes nothing. The `examples/` folders are read by the reader in both readings.

A summary sentence is matched to a verdict by its exact span; a span never judged is reported as
UNJUDGED (read it, then add a verdict). A summary states the development when one of its sentences
cites (first or supporting citation) a span overlapping a development span.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
GOLD = REPO / "benchmarks" / "gold"


def load_articles(entry: dict):
    from newsweave import api
    from newsweave.types import Article

    if entry["file"].startswith("examples/"):
        return list(api.read([SHARED / entry["file"]]).articles)
    story = []  # a story stream (clustering_allsides_stories.jsonl): one article a line, `cluster` = the story
    for line in open(SHARED / "data" / "dev" / entry["file"], encoding="utf-8"):
        c = json.loads(line)
        if "documents" not in c and c.get("cluster") == entry["cluster"]:
            story.append(Article(id=f"{c['cluster']}#{len(story)}", outlet=c["outlet"], text=c["text"], title=c.get("title"), url=c.get("url"),
                                 published=dt.date.fromisoformat(c["date"][:10]) if c.get("date") else None))
        elif c["id"] == entry["cluster"]:
            return [Article(id=f"{c['id']}#{k}", outlet=f"doc{k}", text=d["text"], title=d.get("title")) for k, d in enumerate(c["documents"])]
    if story:
        return story
    raise SystemExit(f"cluster {entry['cluster']} not in {entry['file']}")


def load_verdicts() -> dict[tuple, list[dict]]:
    """(cluster, doc, start, end) -> the verdicts kept for that span."""
    verdicts: dict[tuple, list[dict]] = {}
    # the cased veto's new sentences, read in session 17 for their exact contexts, belong to the gold
    # since the veto is on by default (session 18)
    # ... and the quotations a lower-cased copy goes on with, read in session 19 (quote_continues.py)
    for name in ("readability_verdicts.jsonl", "readability_veto_reading_s17.jsonl", "readability_quote_continues_s19.jsonl"):
        for line in open(GOLD / name, encoding="utf-8"):
            if line.strip():
                v = json.loads(line)
                verdicts.setdefault((v["cluster"], v["doc"], v["start"], v["end"]), []).append(v)
    return verdicts


def verdict_for(kept: list[dict], spans: list[tuple], position: int, marked) -> dict | None:
    """The verdict that holds for the summary sentence at `position` of a summary citing `spans`
    (doc, start, end) in reading order, or None (unjudged). Conditional verdicts first (most
    conditions first); a verdict holds when its `needs` spans come earlier in this summary, its
    `with` spans are in it and its `after` spans come later in it (session 13: a lead read before
    the sentence it was a repeat of when it came after it). A sentence shown marked as opinion (`opinion_of`, a label before it) is
    judged apart from the same words shown as fact: a verdict holds only for the label it was read with."""
    for cand in sorted(kept, key=lambda c: -(len(c.get("needs", [])) + len(c.get("with", [])) + len(c.get("after", [])))):
        if (
            cand.get("opinion_of") == marked
            and all(tuple(n) in spans[:position] for n in cand.get("needs", []))
            and all(tuple(n) in spans for n in cand.get("with", []))
            and all(tuple(n) in spans[position + 1 :] for n in cand.get("after", []))
        ):
            return cand
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=120)
    parser.add_argument("--template", action="store_true", help="print unjudged sentences as JSON lines")
    parser.add_argument("--set", default="all", help="which clusters: all, tuning, heldout, heldout2 ... heldout17 (field `set` of the gold; several: comma-separated)")
    parser.add_argument("--skip", default="", help="sets left out (comma-separated): a fresh set not to be read early (pass it until its first reading)")
    parser.add_argument("--failures", action="store_true", help="also print the sentences judged not publishable, with the reason")
    parser.add_argument("--dump", type=Path, help="write each summary (spans in reading order: doc, start, end, opinion_of) as JSON lines: the contexts train_publishable.py learns from")
    parser.add_argument("--publishable", action="store_true", help="the learned publishability veto on (ExtractiveSummarizer(publishable='auto'), summarize/publishable.py)")
    parser.add_argument("--raw-text", action="store_true", help="dev documents' raw text, not as the product's reader makes it (build_article); the figures before session 26")
    parser.add_argument("--as-read", action="store_true", help=argparse.SUPPRESS)  # the default since session 26 (brief M2); accepted, changes nothing
    parser.add_argument("--src", type=Path, default=REPO / "src", help="source tree to run (a copy with older rules, for a same-run comparison)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.src))
    if not SHARED.is_dir():
        print(f"no shared data at {SHARED}; nothing to check", file=sys.stderr)
        return 2
    from newsweave import api
    from newsweave.summarize.development import story_headline
    from newsweave.summarize.extractive import ExtractiveSummarizer

    clusters = [json.loads(l) for l in open(GOLD / "readability_clusters.jsonl", encoding="utf-8") if l.strip()]
    wanted, skipped = set(args.set.split(",")), set(filter(None, args.skip.split(",")))
    clusters = [c for c in clusters if ("all" in wanted or c.get("set", "tuning") in wanted) and c.get("set", "tuning") not in skipped]
    if not clusters:
        raise SystemExit(f"no cluster in set {args.set!r}")
    verdicts = load_verdicts()
    summarizer = ExtractiveSummarizer(publishable="auto") if args.publishable else ExtractiveSummarizer()
    rows, template, failures, dumped = [], [], [], []
    totals: dict[str, list[int]] = {}  # set -> [judged, publishable, unjudged, stating development, clusters]
    unmapped = dropped = 0
    for entry in clusters:
        articles = load_articles(entry)
        index = {a.id: k for k, a in enumerate(articles)}
        to_raw: dict[str, object] = {}  # article id -> offsets as read -> offsets in the raw text
        if not args.raw_text and not entry["file"].startswith("examples/"):
            from summary_as_read import as_read

            kept = []
            for a in articles:
                read, spans = as_read(a)
                if read is None:
                    dropped += 1
                    continue
                kept.append(read)
                to_raw[a.id] = spans
            articles = kept

        def place(cite):
            """(doc, start, end) of a citation in the text the gold points into."""
            if cite.article_id not in to_raw:
                return index[cite.article_id], cite.start, cite.end
            raw = to_raw[cite.article_id](cite.start, cite.end)
            return (index[cite.article_id], *raw) if raw else (index[cite.article_id], f"read:{cite.start}", f"read:{cite.end}")

        report = api.summarize(articles, args.words, summarizer=summarizer)
        n_ok = n_bad = n_new = 0
        states = False
        read = []
        for s in report.summary.sentences:
            key = (entry["cluster"], *place(s.citations[0]))
            unmapped += isinstance(key[2], str)
            spans = [place(x.citations[0]) for x in report.summary.sentences]
            position = report.summary.sentences.index(s)
            marked = getattr(s, "opinion_of", None)
            v = verdict_for(verdicts.get(key, []), spans, position, marked)
            read.append([key[1], key[2], key[3], marked])
            if v is None:
                n_new += 1
                blank = {"cluster": key[0], "doc": key[1], "start": key[2], "end": key[3], "verdict": None, "reason": ""}
                template.append(json.dumps(blank | ({"opinion_of": marked} if marked is not None else {})) + "   # " + (f"[Opinion — {marked}:] " if marked is not None else "") + s.text)
            elif v["verdict"] == "publishable":
                n_ok += 1
            else:
                n_bad += 1
                failures.append(f"{key[0]} [{key[1]},{key[2]},{key[3]}] {v['reason']}\n    " + (f"[Opinion — {marked}:] " if marked is not None else "") + s.text)
            for cite in s.citations:
                at, start, end = place(cite)
                for doc, a, b in entry["development"]:
                    if at == doc and not isinstance(start, str) and start < b and a < end:
                        states = True
        dumped.append(json.dumps({"cluster": entry["cluster"], "set": entry.get("set", "tuning"), "sentences": read}))
        t = totals.setdefault(entry.get("set", "tuning"), [0, 0, 0, 0, 0])
        for k, x in enumerate((n_ok + n_bad, n_ok, n_new, int(states), 1)):
            t[k] += x
        rows.append(f"| {entry.get('set', 'tuning')} | {entry['cluster']} | {n_ok + n_bad + n_new} | {n_ok} | {n_bad} | {n_new} | {'yes' if states else 'NO'} | {story_headline(report)[:70]} |")
    if args.dump:
        args.dump.write_text("".join(line + "\n" for line in dumped), encoding="utf-8")
    print(f"Readability at {args.words} words, {len(clusters)} clusters, "
          + (f"text as read (build_article); {dropped} documents with nothing left, {unmapped} summary sentences not found in the raw text\n" if not args.raw_text else "raw text (--raw-text)\n"))
    print("| set | cluster | sentences | publishable | not | unjudged | states development | headline |")
    print("|:--|:--|--:|--:|--:|--:|:--|:--|")
    print("\n".join(rows))
    print()
    for name, (total, ok, unjudged, developed, n) in totals.items():
        share = 100.0 * ok / total if total else 0.0
        print(f"{name}: publishable {ok}/{total} judged sentences ({share:.1f}%); unjudged: {unjudged}; "
              f"summaries stating the main development: {developed}/{n}")
    if len(totals) > 1:
        total, ok, unjudged, developed, n = (sum(t[k] for t in totals.values()) for k in range(5))
        print(f"all sets: publishable {ok}/{total} judged sentences ({100.0 * ok / total if total else 0.0:.1f}%), "
              f"{total - ok} not; unjudged: {unjudged}; summaries stating the main development: {developed}/{n}")
    if args.failures and failures:
        print("\n# not publishable:")
        print("\n".join(failures))
    if args.template and template:
        print("\n# unjudged (read each, set verdict and reason, append to gold/readability_verdicts.jsonl):")
        print("\n".join(template))
    return 0


if __name__ == "__main__":
    sys.exit(main())
