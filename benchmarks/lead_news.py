"""Leading with the news (issue 13, session 14): does the summary's OPENING sentence state the
story's main development, and does the story headline?

    .venv/bin/python benchmarks/lead_news.py --src /tmp/base_18/src     # 1871843 (frozen tree)
    .venv/bin/python benchmarks/lead_news.py                            # this tree
    .venv/bin/python benchmarks/lead_news.py --template                 # also print unjudged title headlines

Per readability set (gold/readability_clusters.jsonl): summaries that state the development
anywhere (as summarize_readability.py counts it), summaries whose opening sentence cites
(first or supporting citation) a `development` span, and the story headline: when it is the
opening sentence it states the development as the opening does; when it is an article's title
(`development.story_headline` takes the title of the article the opening cites) it is judged by
reading, in `gold/headline_verdicts.jsonl`: `cluster`, `doc` (the article whose title it is),
`verdict` (`states` | `not`), `reason` in our own words (no title text is stored). A title never
judged is reported as unjudged (read it, then add a verdict).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "benchmarks" / "gold"


def cites_development(sentence, entry: dict, index: dict) -> bool:
    return any(index[c.article_id] == doc and c.start < b and a < c.end for c in sentence.citations for doc, a, b in entry["development"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=120)
    parser.add_argument("--src", type=Path, default=REPO / "src", help="source tree to run (a frozen older tree for a same-run comparison)")
    parser.add_argument("--template", action="store_true", help="print title headlines never judged, to read")
    parser.add_argument("--list", action="store_true", help="list the clusters whose opening or headline misses the development")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.src))
    sys.path.insert(0, str(REPO / "benchmarks"))
    from summarize_readability import SHARED, load_articles

    if not SHARED.is_dir():
        print(f"no shared data at {SHARED}; nothing to measure", file=sys.stderr)
        return 2
    from newsweave import api
    from newsweave.summarize.development import _clean_title, story_headline
    from newsweave.summarize.extractive import ExtractiveSummarizer

    clusters = [json.loads(l) for l in open(GOLD / "readability_clusters.jsonl", encoding="utf-8") if l.strip()]
    path = GOLD / "headline_verdicts.jsonl"
    judged = {(v["cluster"], v["doc"]): v for v in map(json.loads, filter(str.strip, open(path, encoding="utf-8")))} if path.exists() else {}
    summarizer = ExtractiveSummarizer()
    totals: dict[str, list[int]] = {}  # set -> clusters, states, opening states, title headlines, title states, title unjudged, sentence headlines, sentence states
    listed, template = [], []
    for entry in clusters:
        articles = load_articles(entry)
        index = {a.id: k for k, a in enumerate(articles)}
        report = api.summarize(articles, args.words, summarizer=summarizer)
        sentences = report.summary.sentences
        states = any(cites_development(s, entry, index) for s in sentences)
        opening = bool(sentences) and cites_development(sentences[0], entry, index)
        headline = story_headline(report)
        doc = index[sentences[0].citations[0].article_id] if sentences and sentences[0].citations else None
        title = articles[doc].title if doc is not None else None
        from_title = bool(title) and headline == _clean_title(title)
        t = totals.setdefault(entry.get("set", "tuning"), [0] * 8)
        t[0] += 1
        t[1] += states
        t[2] += opening
        if from_title:
            v = judged.get((entry["cluster"], doc))
            t[3] += 1
            t[4] += bool(v and v["verdict"] == "states")
            t[5] += v is None
            if v is None:
                template.append(json.dumps({"cluster": entry["cluster"], "doc": doc, "verdict": None, "reason": ""}) + f"   # {headline}  || development: {entry.get('note', '')}")
            head_ok = bool(v and v["verdict"] == "states")
        else:
            t[6] += 1
            t[7] += opening
            head_ok = opening
        if not (opening and head_ok):
            listed.append(f"{entry.get('set', 'tuning')} {entry['cluster']} states={'yes' if states else 'NO'} opening={'yes' if opening else 'NO'} "
                          f"headline({'title of doc %d' % doc if from_title else 'opening'})={'yes' if head_ok else 'NO'}")
    print(f"Leading with the news at {args.words} words, {len(clusters)} clusters, src {args.src}\n")
    print("| set | clusters | states development | opening states it | title headlines: state it / judged (unjudged) | opening-sentence headlines: state it |")
    print("|:--|--:|--:|--:|--:|--:|")
    for name, t in list(totals.items()) + [("all", [sum(t[k] for t in totals.values()) for k in range(8)])]:
        print(f"| {name} | {t[0]} | {t[1]} | {t[2]} | {t[4]}/{t[3] - t[5]} ({t[5]}) | {t[7]}/{t[6]} |")
    if args.list:
        print("\n" + "\n".join(listed))
    if args.template and template:
        print("\n# title headlines never judged (read the title against the development, add to gold/headline_verdicts.jsonl):")
        print("\n".join(template))
    return 0


if __name__ == "__main__":
    sys.exit(main())
