"""Independent sources: a copy or rewrite of another article does not corroborate it.

`SourceMap.build(articles, derivations)` maps every article to the article it ultimately derives
from (following copy -> source links found by `derivation.find_derivations`), and every article to
an *independent source key*: the outlet of that original. Counting distinct keys over the articles
that carry a fact (or that a summary sentence cites) gives the number of independent outlets;
counting them over the whole story gives N. Two articles of one outlet count once, as before.

`label(article_id)` names an outlet for display: "Daily Post (copy of Gazette)", or "Gazette
(update of its earlier story)" when the derivation is one outlet updating its own story
(`Derivation.update`): that is the same outlet telling the story twice, not a second outlet.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..types import Article, Derivation


@dataclass
class SourceMap:
    outlet: dict[str, str]
    root: dict[str, str]  # article id -> id of the article it derives from (itself if original)
    copy_of: dict[str, str] = field(default_factory=dict)  # copy id -> direct source id
    updates: set[str] = field(default_factory=set)  # copy ids that are their outlet's later update

    @classmethod
    def build(cls, articles: Iterable[Article], derivations: Iterable[Derivation] | None) -> "SourceMap":
        articles = list(articles)
        outlet = {a.id: a.outlet for a in articles}
        copy_of: dict[str, str] = {}
        updates: set[str] = set()
        for d in derivations or ():
            if d.copy_id in outlet and d.source_id in outlet and d.copy_id not in copy_of:
                copy_of[d.copy_id] = d.source_id
                if getattr(d, "update", False):
                    updates.add(d.copy_id)
        root: dict[str, str] = {}
        for aid in outlet:
            seen, cur = {aid}, aid
            while cur in copy_of and copy_of[cur] not in seen:
                cur = copy_of[cur]
                seen.add(cur)
            root[aid] = cur
        return cls(outlet, root, copy_of, updates)

    def key(self, article_id: str) -> str:
        """The independent source an article stands for (the outlet of its original)."""
        return self.outlet.get(self.root.get(article_id, article_id), article_id)

    def independent(self, article_ids: Iterable[str]) -> list[str]:
        """Distinct independent sources among `article_ids`, in first-seen order."""
        return list(dict.fromkeys(self.key(a) for a in article_ids if a in self.outlet))

    def total(self) -> int:
        return len(self.independent(self.outlet)) or 1

    def non_independent(self, article_ids: Iterable[str]) -> list[str]:
        """Articles among `article_ids` that add no independent source (a copy of another one listed,
        or a second article of an outlet already listed)."""
        seen: set[str] = set()
        out = []
        for a in sorted(article_ids, key=lambda x: (x in self.copy_of, x)):
            k = self.key(a)
            if k in seen:
                out.append(a)
            seen.add(k)
        return out

    def label(self, article_id: str) -> str:
        name = self.outlet.get(article_id, article_id)
        src = self.copy_of.get(article_id)
        if src and article_id in self.updates:
            return f"{name} (update of its earlier story)"
        return f"{name} (copy of {self.outlet.get(src, src)})" if src else name
