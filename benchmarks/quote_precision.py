"""Are the listed quotes speech, and is their speaker right? A hand-checked sample on NeuS and
Multi-News dev articles (issue 12's floor: >= 95% of listed quotes are speech).

    .venv/bin/python benchmarks/quote_precision.py sample [--n 60] [--seed 12] [--every allsides,neus]   # print a new sample to label
    .venv/bin/python benchmarks/quote_precision.py sample --unlabelled --seed 26 --baseline 53f5371   # never-labelled mentions of gold-named clusters
    .venv/bin/python benchmarks/quote_precision.py score [--baseline 5378731]    # score the labels

`sample` runs the current quote extractor and the quote modules at --baseline on every document
of a seeded choice of clusters from `summarization_neus_val100.jsonl` and
`summarization_multinews_fulltext_dev46.jsonl`, takes the union of the mentions either version
lists, and prints a seeded random sample of them with their context and WITHOUT any speaker, so
that the label is read from the source. The labels go to `benchmarks/gold/quotes_precision_dev.jsonl`
(rules in benchmarks/gold/QUOTES_PRECISION.md): one line per sampled mention, pointing into the dev file by
cluster id, document index and character offsets of the raw text.

`score` runs both versions again on the labelled clusters; for each version, the labelled
mentions it lists (same document, overlapping offsets) give its precision (share that are speech)
and speaker figures: correct (shares a name word with the labelled speaker, or None when the text
names no speaker), wrong (a speaker that is not the labelled one), missing (None where the text
names one). A mention either version lists that was not sampled is not scored (the sample is
uniform over the union, so each version's labelled mentions are a uniform sample of its own).

`sample --unlabelled` (session 21, seed26) draws instead from the clusters some quote gold already
names: the mentions either version lists there that no gold line covers (overlapping offsets count
as covered), n split over the three files by their counts (largest remainder), each file's share a
seeded sample of its mentions. Those articles were read before (for other mentions), these mentions
were not labelled: a "near-fresh" draw.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
DEV = ROOT.parent / "shared/data/dev"
FILES = {"neus": "summarization_neus_val100.jsonl", "fulltext": "summarization_multinews_fulltext_dev46.jsonl", "allsides": "clustering_allsides_stories.jsonl"}
GOLD = ROOT / "benchmarks/gold/quotes_precision_dev.jsonl"
CLUSTERS = {"neus": 20, "fulltext": 6, "allsides": 0}  # clusters drawn per file (--every: all undrawn)


def records(name: str) -> list[dict]:
    """A dev file's clusters as {"id", "documents": [{"text", "title"}]}. The AllSides story stream
    has one article a line: its stories become clusters (articles in file order), without the
    stories that share an article title with summarization_neus_val100.jsonl (the same story)."""
    lines = [json.loads(line) for line in (DEV / name).open(encoding="utf-8")]
    if name != FILES["allsides"]:
        return lines
    neus = {d.get("title") for r in records(FILES["neus"]) for d in r["documents"]}
    stories: dict[str, dict] = {}
    for a in lines:
        stories.setdefault(a["cluster"], {"id": a["cluster"], "documents": []})["documents"].append({"text": a["text"], "title": a.get("title") or ""})
    dropped = {a["cluster"] for a in lines if a.get("title") in neus}
    return [r for k, r in stories.items() if k not in dropped]


def clusters(seed: int, every: tuple[str, ...] = ()) -> list[tuple[str, dict]]:
    """A seeded draw of clusters, none of them already in a quote gold file (this one, the merge
    and lower-cased golds: seed23 on); with `every`, all undrawn clusters of the files named there
    and none of the others."""
    golds = [GOLD, *sorted(GOLD.parent.glob("quotes_*.jsonl"))]
    done = {json.loads(line)["cluster"] for g in golds if g.exists() for line in g.open(encoding="utf-8")}
    rng = random.Random(seed)
    out = []
    for key, name in FILES.items():
        if every and key not in every:
            continue
        recs = [r for r in records(name) if r["id"] not in done]
        out += [(name, r) for r in (recs if key in every else rng.sample(recs, CLUSTERS[key]))]
    return out


def mentions_of(api, extractors, tagger, build_entities, source: str, rec: dict, tmp: Path) -> dict[str, list[dict]]:
    """{version: [{"source", "cluster", "doc", "start", "end", "speaker"}]} with raw-text offsets."""
    path = tmp / "cluster.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for k, d in enumerate(rec["documents"]):
            f.write(json.dumps({"text": d["text"], "title": d.get("title") or "", "outlet": f"doc{k}"}, ensure_ascii=False) + "\n")
    docs = api.summarize(list(api.read([path]).articles)).documents
    raw_of = {}
    for doc in docs:
        k = int(doc.article.outlet[3:])
        raw_of[doc.article.id] = (k, rec["documents"][k]["text"])
    index = build_entities(docs, tagger.tag(docs))
    texts = {d.article.id: d.article.text for d in docs}
    out = {}
    for name, run in extractors.items():
        found = []
        for q in run(docs, index):
            for c in q.citations:
                k, raw = raw_of[c.article_id]
                text = texts[c.article_id]
                words = q.text if text.find(q.text, c.start) >= 0 else q.text[:40]
                if not 0 <= text.find(words, c.start) < c.end:
                    # a merged quote cited in an article that carries a shorter or differently
                    # trimmed version: that article's own quotation in the cited sentence
                    words = _own_words(text, c.start, c.end, q.text) or words
                at = text.find(words, c.start)
                if at < 0 or at >= c.end:
                    continue
                # the same words in the raw text, at the occurrence nearest the cleaned position
                hits = [m.start() for m in re.finditer(re.escape(words), raw)]
                if not hits:
                    continue
                guess = at
                start = min(hits, key=lambda h: abs(h - guess))
                end = start + len(q.text) if raw[start : start + len(q.text)] == q.text else start + len(words)
                found.append({"source": source, "cluster": rec["id"], "doc": k, "start": start, "end": end, "speaker": q.speaker})
        out[name] = found
    return out


def _own_words(text: str, start: int, end: int, quote: str) -> str | None:
    """The quotation inside text[start:end] whose normalised words are contained in `quote`'s or
    contain them (how the extractors merge one quotation across outlets), the longest; else None."""
    from newsweave.analyze.speech import quote_spans

    norm = lambda t: " " + " ".join(re.findall(r"[a-z0-9]+", t.lower().replace("’", "'"))) + " "  # noqa: E731
    whole = norm(quote)
    found = [text[start + s : start + e] for s, e in quote_spans(text[start:end]) if norm(text[start + s : start + e]).strip()]
    try:  # session 23: the merge also joins a quotation with a few words cut from its middle
        from newsweave.analyze.quote_merge import _one_gap
    except ImportError:  # a tree from before
        _one_gap = lambda short, long: False  # noqa: E731
    elided = lambda f: _one_gap(norm(f).split(), whole.split()) or _one_gap(whole.split(), norm(f).split())  # noqa: E731
    found = [f for f in found if norm(f) in whole or whole in norm(f) or elided(f)]
    return max(found, key=len) if found else None  # the longest ("“confident” ... “I'm not confident.”")


def load_versions(baseline: str):
    from quote_quality import baseline_module

    from newsweave import api
    from newsweave.analyze.entities import SpacyEntityTagger, build_entities
    from newsweave.analyze.quotes import QuoteExtractor

    tagger = SpacyEntityTagger()
    tmp = Path(tempfile.mkdtemp(prefix="quote_precision_"))
    old = baseline_module(tmp, baseline).QuoteExtractor(tagger)
    extractors = {"current": QuoteExtractor(tagger).extract, "baseline": old.extract}
    return api, extractors, tagger, build_entities, tmp


def gold_lines() -> list[dict]:
    """Every line of the quote gold files that point into these dev files by offsets (this file and
    the merge gold; the lower-cased golds name val100 clusters, which no FILES entry holds)."""
    golds = [GOLD, *sorted(p for p in GOLD.parent.glob("quotes_*.jsonl") if p != GOLD)]
    return [json.loads(line) for g in golds if g.exists() for line in g.open(encoding="utf-8")]


def named_clusters() -> list[tuple[str, dict]]:
    """The clusters some quote gold line already names (the pool of --unlabelled)."""
    named = {g["cluster"] for g in gold_lines()}
    return [(name, r) for name in FILES.values() for r in records(name) if r["id"] in named]


def unlabelled(union: dict[tuple, dict]) -> dict[tuple, dict]:
    """The mentions no gold line covers (same cluster and document, overlapping offsets)."""
    cover: dict[tuple, list] = {}
    for g in gold_lines():
        cover.setdefault((g["cluster"], g["doc"]), []).append((g["start"], g["end"]))
    return {k: m for k, m in union.items() if not any(s < m["end"] and m["start"] < e for s, e in cover.get((m["cluster"], m["doc"]), []))}


def stratified(keys: list[tuple], n: int, seed: int) -> list[tuple]:
    """n keys drawn per source file in proportion to its count (largest remainder), each file's
    share by its own random.Random(seed) over its keys in sorted order."""
    by: dict[str, list] = {}
    for k in sorted(keys):
        by.setdefault(k[0], []).append(k)
    n = min(n, len(keys))
    quota = {s: n * len(v) // len(keys) for s, v in by.items()}
    for s in sorted(by, key=lambda s: -(n * len(by[s]) % len(keys)))[: n - sum(quota.values())]:
        quota[s] += 1
    print("per file: " + ", ".join(f"{s}: {quota[s]} of {len(by[s])}" for s in sorted(by)))
    return sorted(k for s in sorted(by) for k in random.Random(seed).sample(by[s], quota[s]))


def cmd_sample(args) -> int:
    api, extractors, tagger, build_entities, tmp = load_versions(args.baseline)
    union: dict[tuple, dict] = {}
    pool = named_clusters() if args.unlabelled else clusters(args.seed, tuple(k for k in args.every.split(",") if k))
    for source, rec in pool:
        for found in mentions_of(api, extractors, tagger, build_entities, source, rec, tmp).values():
            for m in found:
                union.setdefault((m["source"], m["cluster"], m["doc"], m["start"]), m)
    if args.unlabelled:
        print(f"{len(union)} distinct mentions listed by either version in {len(pool)} clusters a quote gold names")
        union = unlabelled(union)
        keys = sorted(union)
        picked = stratified(keys, args.n, args.seed)
    else:
        keys = sorted(union)
        picked = sorted(random.Random(args.seed).sample(keys, min(args.n, len(keys))))
    print(f"{len(keys)} distinct mentions listed by either version{' and covered by no gold line' if args.unlabelled else ''}; sample of {len(picked)}")
    raws = {}
    for key in picked:
        m = union[key]
        if m["cluster"] not in raws:
            raws[m["cluster"]] = next(r for r in records(m["source"]) if r["id"] == m["cluster"])
        raw = raws[m["cluster"]]["documents"][m["doc"]]["text"]
        line = {**{k: m[k] for k in ("source", "cluster", "doc", "start", "end")}, "sample": f"seed{args.seed}"}
        print(json.dumps(line))
        print("   ", raw[max(0, m["start"] - 400) : m["start"]].replace("\n", " / "), "[[", raw[m["start"] : m["end"]], "]]", raw[m["end"] : m["end"] + 200].replace("\n", " / "))
    return 0


def same(speaker: str | None, label: str | None) -> bool:
    """A shared capitalised name word ("al-Nauimi" counts as "Nauimi"), or one side is the other's
    acronym ("ICC" / "International Criminal Court"), as quote_eval's speaker rule."""
    if label and label.startswith("@"):  # a social-media handle: the handle itself
        return (speaker or "").lower().lstrip("@") == label.lower().lstrip("@")
    words = lambda s: {w.lower().strip(".'’s") for w in re.findall(r"[A-Za-z][\w.'’]*", s or "") if w[:1].isupper()}  # noqa: E731
    if words(speaker) & words(label):
        return True
    initials = lambda s: "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", s or "") if w[0].isupper())  # noqa: E731
    bare = lambda s: re.sub(r"[^A-Z]", "", s or "") if re.fullmatch(r"(?:the\s+)?[A-Z.]{2,8}", (s or "").strip()) else ""  # noqa: E731
    return bool(bare(label) and bare(label) == initials(speaker) or bare(speaker) and bare(speaker) == initials(label))


def cmd_score(args) -> int:
    gold = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    api, extractors, tagger, build_entities, tmp = load_versions(args.baseline)
    wanted = {(g["source"], g["cluster"]) for g in gold}
    recs = {}
    for source, name in ((s, n) for s, n in FILES.items()):
        for r in records(name):
            if (name, r["id"]) in wanted:
                recs[(name, r["id"])] = r
    listed: dict[str, list[dict]] = {"current": [], "baseline": []}
    for (source, _), rec in sorted(recs.items()):
        for name, found in mentions_of(api, extractors, tagger, build_entities, source, rec, tmp).items():
            listed[name] += found
    print(f"{len(gold)} labelled mentions in {len(recs)} clusters; figures per version over the labelled mentions it lists")
    rows = []
    samples = sorted({g["sample"] for g in gold})
    for (name, found), sample in ((nf, smp) for smp in samples + ["all"] for nf in listed.items()):
        n = speech = correct = wrong = missing = named = 0
        for g in gold:
            if sample != "all" and g["sample"] != sample:
                continue
            m = next((m for m in found if (m["source"], m["cluster"], m["doc"]) == (g["source"], g["cluster"], g["doc"]) and m["start"] < g["end"] and g["start"] < m["end"]), None)
            if m is None:
                continue
            n += 1
            speech += g["speech"]
            if not g["speech"]:
                continue
            if g["speaker"] is None or g["speaker"][:1].islower():
                # the text names nobody ("a victim", "residents"): unknown or that description is right
                if m["speaker"] is None or (g["speaker"] and {w.lower() for w in m["speaker"].split()} & {w.lower() for w in g["speaker"].split()} - {"a", "an", "the", "one", "another"}):
                    correct += 1
                else:
                    named += 1
                    if sample == "all":
                        print(f"   [{name}] a name for a description: {m['speaker']!r} for {g['speaker']!r} ({g['cluster']} doc {g['doc']} @{g['start']})")
            elif m["speaker"] is None:
                missing += 1
                if sample == "all" and name == "current":
                    print(f"   [{name}] missing: {g['speaker']!r} ({g['cluster']} doc {g['doc']} @{g['start']})")
            elif same(m["speaker"], g["speaker"]):
                correct += 1
            else:
                wrong += 1
                if sample == "all":
                    print(f"   [{name}] wrong: {m['speaker']!r} for {g['speaker']!r} ({g['cluster']} doc {g['doc']} @{g['start']})")
        s = max(speech, 1)
        rows.append(f"{sample:7s} {name:10s} {n:7d} {speech:7d} {speech / max(n, 1):10.3f} {correct / s:12.3f} {wrong / s:6.3f} {missing / s:8.3f} {named / s:10.3f}")
    print(f"{'sample':7s} {'version':10s} {'listed':>7s} {'speech':>7s} {'precision':>10s} {'spk correct':>12s} {'wrong':>6s} {'missing':>8s} {'name/descr':>10s}")
    print("\n".join(rows))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    sp = sub.add_parser("sample")
    sp.add_argument("--n", type=int, default=60)
    sp.add_argument("--seed", type=int, default=12)
    sp.add_argument("--baseline", default="5378731")
    sp.add_argument("--every", default="", help="comma-separated FILES keys whose undrawn clusters are all taken (seed21: allsides,neus)")
    sp.add_argument("--unlabelled", action="store_true", help="draw from the mentions no gold line covers in the clusters a quote gold names, stratified by file (seed26)")
    sc = sub.add_parser("score")
    sc.add_argument("--baseline", default="5378731")
    args = ap.parse_args()
    return cmd_sample(args) if args.cmd == "sample" else cmd_score(args)


if __name__ == "__main__":
    sys.exit(main())
