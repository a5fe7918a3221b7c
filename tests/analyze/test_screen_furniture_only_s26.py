"""Issue 12/13, session 26: the analysis's screen applies the furniture-only rule ingest applies
(`screen.not_an_article`, `screen.furniture_only_kinds`; session 25 applied it at ingest only).
`newsweave analyze` on a folder holding a reprint notice sets it aside with the reason ingest gives,
and does not count it as an article or an outlet. All text here is fictional."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from newsweave.analyze.screen import screen_documents
from newsweave.cli import main
from newsweave.text.segment import segment
from newsweave.types import Article

from .test_screen import PIER

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "harbour-collapse"
# A reprint desk's notice, all the text a copy kept (made-up wording and outlet). It names a place the
# story names, so the off-topic rule does not set it aside (the base analysed it as a sixth outlet).
NOTICE = (
    "Reprints from the Marrowby Courier: the page is licensed for personal, non-commercial use by one reader. "
    "Colleagues wanting their own copy can order reprints through our licensing desk."
)
# A story about a newsletter is news, not furniture.
NEWSLETTER_NEWS = (
    "The Portmere harbour board stopped its weekly newsletter on Monday after printing costs doubled. "
    "Members will get the pier inquiry's findings by post instead, the board's secretary said."
)


def _docs(*texts):
    return tuple(segment(Article(id=f"a{i}", outlet=f"Outlet {i}", text=t)) for i, t in enumerate(texts))


def test_the_screen_sets_a_furniture_only_page_aside_with_ingests_reason():
    kept, aside = screen_documents(_docs(*PIER, NOTICE))
    assert [d.article.id for d in kept] == ["a0", "a1", "a2"]
    (one,) = aside
    assert one.article_id == "a3" and one.kind == "boilerplate"
    assert one.reason == "not an article: only page furniture (reprint, copyright or archive notice)"


def test_a_story_about_a_newsletter_is_kept():
    kept, aside = screen_documents(_docs(*PIER, NEWSLETTER_NEWS))
    assert len(kept) == 4 and aside == ()


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "story"
    shutil.copytree(EXAMPLE, folder)
    record = {"text": NOTICE, "title": "Footbridge falls into the harbour", "date": "2025-03-12", "outlet": "Marrowby Courier"}
    (folder / "courier.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    return folder


def test_analyze_sets_the_notice_aside_and_does_not_count_its_outlet(tmp_path, capsys):
    folder = _folder(tmp_path)
    assert main(["analyze", str(folder), "--similarity", "lexical", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    outlets = {a["outlet"] for a in report["articles"]}
    assert "Marrowby Courier" not in outlets and len(report["articles"]) == 5
    (aside,) = report["set_aside"]
    assert aside["kind"] == "boilerplate" and "only page furniture" in aside["reason"]
    assert aside["label"].startswith("Marrowby Courier")

    assert main(["analyze", str(folder), "--similarity", "lexical"]) == 0
    text = capsys.readouterr().out
    assert "5 articles from 5 outlets" in text
    assert "Set aside (not counted as sources)" in text and "only page furniture (reprint" in text
