"""What `newsweave batch` writes: the stories and their reports from a store, as JSON Lines (or
Parquet, when pyarrow is installed; Ray brings it), plus the duplicates found across the input.

    OUT/stories.jsonl      one story a line: id, title, headline (= title), lead_sentence, dates, article ids, outlets
    OUT/reports.jsonl      one story a line: {"story_id", "report"} (the `--format json` document)
    OUT/duplicates.jsonl   near-duplicate article pairs: a, b, similarity, story of each
    OUT/run.json           counts, seconds per stage, engine
"""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import ConfigError

PAGE = 500


def iter_stories(store):
    offset = 0
    while True:
        page, total = store.list_stories(limit=PAGE, offset=offset)
        yield from page
        offset += len(page)
        if not page or offset >= total:
            return


def story_rows(store) -> list[dict]:
    from ..render.listing import listing_dict

    return [listing_dict(s) for s in iter_stories(store)]


def report_rows(store, story_ids) -> list[dict]:
    from ..errors import NotFoundError
    from ..render import render

    rows = []
    for story_id in story_ids:
        try:
            report = store.get_report(story_id)
        except NotFoundError:  # not summarized (--no-summaries, or it failed): no report line
            continue
        rows.append({"story_id": story_id, "report": json.loads(render(report, "json"))})
    return rows


def write_batch(store, out: str | Path, run, *, fmt: str = "jsonl", engine: str = "local") -> dict[str, Path]:
    """Write stories, reports, duplicates and the run summary into the folder `out`."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    stories = story_rows(store)
    reports = report_rows(store, [s["id"] for s in stories])
    story_of = {a: s["id"] for s in stories for a in s["article_ids"]}
    duplicates = [{"a": p.a, "b": p.b, "similarity": p.similarity, "story_a": story_of.get(p.a), "story_b": story_of.get(p.b)} for p in run.near_duplicates]
    written = {}
    if fmt == "parquet":
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise ConfigError("--format parquet needs pyarrow", hint="pip install pyarrow (newsweave[ray] brings it), or use --format jsonl") from None
        tables = {
            "stories": pa.Table.from_pylist(stories) if stories else pa.table({"id": pa.array([], pa.string())}),
            "reports": pa.table({"story_id": [r["story_id"] for r in reports], "report": [json.dumps(r["report"], ensure_ascii=False) for r in reports]}),
            "duplicates": pa.Table.from_pylist(duplicates) if duplicates else pa.table({"a": pa.array([], pa.string()), "b": pa.array([], pa.string())}),
        }
        for name, table in tables.items():
            written[name] = out / f"{name}.parquet"
            pq.write_table(table, written[name])
    elif fmt == "jsonl":
        for name, rows in (("stories", stories), ("reports", reports), ("duplicates", duplicates)):
            written[name] = out / f"{name}.jsonl"
            with open(written[name], "w", encoding="utf-8") as handle:
                for row in rows:
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        raise ConfigError(f"unknown batch format {fmt!r}", hint="use jsonl or parquet")
    r = run.report
    summary = {
        "engine": engine, "workers": run.workers, "read": r.read, "skipped": len(r.skipped), "new_articles": r.new_articles,
        "duplicates": r.duplicates, "near_duplicate_pairs": len(duplicates), "stories": len(stories), "reports": len(reports),
        "failed": [{"source": p.source, "reason": p.reason} for p in r.failed], "seconds": round(r.seconds, 3),
        "stage_seconds": {k: round(v, 3) for k, v in run.stage_seconds.items()},
        "worker_cpu_seconds": {k: round(v, 3) for k, v in run.worker_seconds.items()},
    }
    written["run"] = out / "run.json"
    written["run"].write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return written
