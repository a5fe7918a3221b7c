"""The records passed between pipeline stages.

Every record is a frozen dataclass. Offsets (`start`, `end`) are character offsets into
`Article.text`, so `article.text[s.start:s.end] == s.text` always holds for a `Sentence`, and a
`Citation` resolves to exactly that sentence's text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Literal

FactStatus = Literal["shared", "partial", "unique"]
Precision = Literal["day", "month", "year"]
SupportVerdict = Literal["extracted", "supported", "replaced", "unsupported"]


def content_id(text: str) -> str:
    """Stable id for an article: a hash of its whitespace-normalised text (16 hex digits)."""
    normalised = " ".join(text.split()).casefold()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Article:
    """One news article after reading and cleaning. `text` is what every offset points into."""

    id: str
    outlet: str
    text: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    author: str | None = None
    source: str | None = None  # the file (and record) it was read from
    language: str | None = None
    genre: str | None = None  # what the page says it is: "opinion", "editorial", "column", "analysis" (read/genre.py)


@dataclass(frozen=True)
class Sentence:
    article_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Document:
    """An article with its sentences (the output of segmentation)."""

    article: Article
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Citation:
    """A pointer to one source sentence: `article.text[start:end]` is that sentence."""

    article_id: str
    start: int
    end: int
    sentence_index: int = -1


@dataclass(frozen=True)
class SummarySentence:
    text: str
    citations: tuple[Citation, ...]
    support: SupportVerdict = "extracted"
    note: str | None = None  # why a sentence was replaced or what the checker found
    # Not None: the sentence comes from an opinion piece and states its writer's view; whose
    # ("Jane Roe, The Courier", the outlet alone, or "" when the article names neither). Renderers
    # show it as a label ("Opinion — The Courier:") outside `text`, which stays the cited words.
    opinion_of: str | None = None


@dataclass(frozen=True)
class Summary:
    story_id: str
    method: str
    sentences: tuple[SummarySentence, ...]
    warnings: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


@dataclass(frozen=True)
class Story:
    id: str
    article_ids: tuple[str, ...]
    title: str
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None


@dataclass(frozen=True)
class Fact:
    text: str
    status: FactStatus
    citations: tuple[Citation, ...]
    article_ids: tuple[str, ...]
    # Independent sources carrying the fact (a copy/rewrite counts as its original's outlet) and
    # the cited articles that add no independent source. Empty when not computed.
    independent_outlets: tuple[str, ...] = ()
    copies: tuple[str, ...] = ()
    # Articles that tell the fact in other words outside its group (`facts_carried`), each cited by one
    # evidence sentence (`facts_carried.cite_by_evidence`): counted in the outlets and status, never members
    # of the fact (shown as "also told in other words by <outlet>"). Empty when not judged.
    told_by: tuple[Citation, ...] = ()
    # Members whose own coverage differs from the fact's (the carried-claim judgment is per sentence; a member the
    # grouping's pass 2 added counts only the other articles' members it is close to itself): each
    # with its own status, independent outlets and carriers. Every member not listed has the fact's.
    member_status: tuple[MemberStatus, ...] = ()


@dataclass(frozen=True)
class MemberStatus:
    """One member sentence of a fact with its own coverage: the articles of its fact's group (less those linked to it
    only through pass 2: `facts.FactGroups.added`) plus the articles judged to tell THIS sentence's claim in other
    words (`told_by`, each cited by its evidence sentence)."""

    citation: Citation
    status: FactStatus
    independent_outlets: tuple[str, ...] = ()
    told_by: tuple[Citation, ...] = ()
    # the articles counted for this sentence (a report stored before session 24 has none: the fact's plus `told_by`)
    article_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class ConflictSide:
    text: str
    citations: tuple[Citation, ...]
    value: str | None = None
    article_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Conflict:
    about: str
    kind: str  # number, date, name, duration, actor, framing, claim (a claim against its denial)
    sides: tuple[ConflictSide, ...]


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str | None
    article_ids: tuple[str, ...]
    citations: tuple[Citation, ...] = ()
    said_by: tuple[tuple[str, str | None], ...] = ()  # (article id, that article's own speaker): the evidence for `speaker`


@dataclass(frozen=True)
class Entity:
    name: str
    kind: str  # person, organization, place, group
    mentions: dict[str, int] = field(default_factory=dict)  # article id -> count
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class TimelineEvent:
    date: str | None  # ISO: YYYY, YYYY-MM or YYYY-MM-DD; None when unresolved
    precision: Precision | None
    text: str
    citations: tuple[Citation, ...]
    article_ids: tuple[str, ...] = ()
    expression: str | None = None  # the words the date came from ("last month")


@dataclass(frozen=True)
class SentencePair:
    source: Citation
    copy: Citation
    similarity: float


@dataclass(frozen=True)
class Derivation:
    source_id: str
    copy_id: str
    reused_share: float
    pairs: tuple[SentencePair, ...]
    reason: str = ""  # why this article is thought to be the source
    # True: both are the same outlet's (same name or web domain) and the copy is its later update
    # of the earlier story, not a second outlet (analyze/rewrite_update.py).
    update: bool = False


@dataclass(frozen=True)
class Comparison:
    facts: tuple[Fact, ...] = ()
    conflicts: tuple[Conflict, ...] = ()


@dataclass(frozen=True)
class ReadProblem:
    """A file (or record in a file) that could not be read, and why. `level` is "error" when
    the file or record was not read, "warning" when the article was read but the user should know
    (a non-UTF-8 encoding, truncated text, a non-English article, a duplicate)."""

    source: str
    reason: str
    level: Literal["error", "warning"] = "error"


@dataclass(frozen=True)
class SetAside:
    """An input left out of the story because it is not an article about it (web-archive or error
    boilerplate, a widget, an off-topic piece): shown to the user, never counted as an outlet."""

    article_id: str
    reason: str  # one line a reader understands
    kind: str = "boilerplate"  # boilerplate, widget, off-topic
    label: str = ""  # the outlet (and title) of the input, to show


@dataclass(frozen=True)
class StoryReport:
    """Everything known about one story; what the renderers take."""

    story_id: str
    documents: tuple[Document, ...]
    summary: Summary
    facts: tuple[Fact, ...] | None = None
    conflicts: tuple[Conflict, ...] | None = None
    quotes: tuple[Quote, ...] | None = None
    entities: tuple[Entity, ...] | None = None
    timeline: tuple[TimelineEvent, ...] | None = None
    derivations: tuple[Derivation, ...] | None = None
    problems: tuple[ReadProblem, ...] = ()
    set_aside: tuple[SetAside, ...] = ()  # inputs screened out before summarizing (not outlets)

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(d.article for d in self.documents)


# -- Records the story store persists (the store imports these, never a stage's own classes) --------


@dataclass(frozen=True)
class ClusterState:
    """A story's clustering state as the store keeps it: `centroid` is the float32 sum of its
    members' unit vectors as raw bytes (the pipeline converts it to and from an array); `extra`
    holds any further state the clusterer keeps (JSON-able), so the store need not know it."""

    id: str
    centroid: bytes
    n: int
    entities: dict[str, int] = field(default_factory=dict)
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None
    seq: int = 0
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True)
class ReportVersion:
    """One stored version of a story's report: `number` counts 1, 2, 3 … per story; `story_version`
    is the story's clustering version it was computed at; `created_at` is UTC."""

    story_id: str
    number: int
    story_version: int
    created_at: dt.datetime
    n_articles: int = 0
    headline: str | None = None


@dataclass(frozen=True)
class StoryMerge:
    """A story absorbed whole into another (issue 16, "merge, don't flip"): its articles moved to
    `keep_id` (the story that holds them now, after any later merges), and its id names that story
    from then on. `reason` is the clusterer's; `merged_at` is UTC."""

    absorbed_id: str
    keep_id: str
    reason: str = ""
    merged_at: dt.datetime | None = None


@dataclass(frozen=True)
class FactChange:
    """A fact that more outlets carry now than before."""

    text: str
    outlets_before: tuple[str, ...]
    outlets_after: tuple[str, ...]


@dataclass(frozen=True)
class StoryChanges:
    """What changed between two reports of one story (`history.diff`). `since` names the older
    report ("version 2", "2025-03-12", or "nothing" when there was none)."""

    story_id: str
    since: str
    new_articles: tuple[str, ...] = ()
    new_outlets: tuple[str, ...] = ()
    new_facts: tuple[str, ...] = ()
    wider_facts: tuple[FactChange, ...] = ()
    new_quotes: tuple[Quote, ...] = ()
    conflicts_opened: tuple[Conflict, ...] = ()
    conflicts_resolved: tuple[Conflict, ...] = ()
    headline_before: str | None = None
    headline_after: str | None = None
    merges: tuple[StoryMerge, ...] = ()  # stories absorbed into this one since the older report
    # what the wider facts' counts count, as the report says it: "outlets", or "articles" when no
    # article of the newer report names its outlet (`read.outlet.is_unnamed`)
    count_unit: str = "outlets"

    @property
    def headline_changed(self) -> bool:
        return self.headline_before != self.headline_after

    @property
    def empty(self) -> bool:
        return not (self.new_articles or self.new_facts or self.wider_facts or self.new_quotes or self.conflicts_opened or self.conflicts_resolved
                    or self.headline_changed or self.merges)
