"""A learned "would an editor publish it" check for a summary sentence in its summary (issue 13).

A logistic regression over cheap signals of one candidate sentence and the summary sentences
chosen before it: the stand-alone rules' verdict (standalone.reason, grouped), where the
sentence sits in its article, its length, quotation marks and their balance, how it opens
(a pronoun, a determiner, a connective, a lower-case word), names, dates and figures, the
share of capitals, the opinion reader's cues in its own words, and how close it comes to the
summary's earlier sentences (static-embedding cosine, shared content words). Trained by
`benchmarks/train_publishable.py` on the readability verdicts (`benchmarks/gold/readability_*`)
and shipped as `newsweave/data/publishable.json`; `load_publishable()` gives None when the file
is missing. numpy only; the selection calls `refuse` (coverage.py) when a model is loaded.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np

from ..text.tokens import content_terms
from .features import FEATURE_NAMES
from .bare_names import bare_speaker, bare_subject, surnames
from .opinion import judgment, weak_marks
from .repeats import lower_case_words
from .standalone import reason

_PRONOUN = re.compile(r"""^["'“‘(]?(?:he|she|they|it|his|her|their|its|him|them|we|i|you)\b""", re.I)
_DEMONSTRATIVE = re.compile(r"""^["'“‘(]?(?:this|that|these|those|such)\b""", re.I)
_THE = re.compile(r"""^["'“‘(]?the\b""", re.I)
_CONNECTIVE = re.compile(r"""^["'“‘(]?(?:but|and|so|yet|also|still|however|instead|meanwhile|then|now|even|or|because|as)\b""", re.I)
_MONTH_DAY = re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b", re.I)
_MONEY = re.compile(r"[$£€%]|\b(?:percent|million|billion)\b", re.I)
_CAPWORD = re.compile(r"(?<=\s)[A-Z][a-z'’]+")
_ALLCAPS_OPEN = re.compile(r"^[A-Z][A-Z .,'’-]{3,}\b")
_QUESTION = re.compile(r"\?\s*[\"'”’)]*\s*$")
_REASON_GROUPS = (
    ("pronoun", {"opens on a pronoun or connective", "pronoun speaker", "pronoun before any name", "object pronoun without antecedent", "first person without speaker"}),
    ("reference", {"definite reference", "demonstrative reference", "counted reference", "continues an earlier sentence", "role without a name", "place reference"}),
    ("quote", {"quote piece", "quote without speaker", "quotation opens on a reference", "orphan attribution"}),
    ("fragment", {"colon lead-in", "cut", "parenthetical aside", "no finite verb", "empty"}),
)
_ROW = ("position", "relative_position", "is_first", "support_docs", "centroid_sim", "boilerplate", "question")

NAMES = tuple(
    ["stands"] + [f"rule_{g}" for g, _ in _REASON_GROUPS]
    + [f"row_{n}" for n in _ROW]
    + ["log_words", "log_chars_in", "quote_marks", "quote_odd", "opens_quote", "ends_quote",
       "opens_pronoun", "opens_demonstrative", "opens_the", "opens_connective", "opens_lower",
       "allcaps_open", "has_digit", "has_date", "has_money", "name_share", "capitals",
       "colon", "dash", "parens", "judgment", "weak_marks", "first_in_summary", "log_summary_position",
       "max_cosine", "mean_cosine", "max_shared", "covered_share", "previous_in_article", "n_docs_log", "cased",
       "lead_after_lead", "lead_cosine", "bare_name", "doc_judgments", "over_40_words"]
)


def features(cf, i: int, earlier: list[int], vectors: np.ndarray | None, text: str | None = None) -> np.ndarray:
    """The signals of sentence row `i` of `cf` after the summary sentences `earlier` (rows);
    `vectors`: static-embedding rows of cf's sentences (None: cosines are 0); `text`: the words
    shown when they differ from the row's (a trimmed span, in training)."""
    s = cf.sentences[i]
    t = (text if text is not None else s.text).strip()
    cased = bool(cf.cased[int(cf.doc_index[i])]) if getattr(cf, "cased", None) is not None else True
    r = reason(t, cased)
    out = [float(r is None)] + [float(r in group) for _, group in _REASON_GROUPS]
    out += [float(cf.features[i, FEATURE_NAMES.index(n)]) for n in _ROW]
    words = t.split()
    marks = t.count('"') + t.count("“") + t.count("”")
    letters = [c for c in t if c.isalpha()]
    caps = _CAPWORD.findall(t)
    out += [
        math.log1p(len(words)), math.log1p(s.start), float(marks > 0), float(t.count('"') % 2 == 1 or t.count("“") != t.count("”")),
        float(t[:1] in "\"“‘'"), float(t.rstrip()[-1:] in "\"”’'"),
        float(bool(_PRONOUN.match(t))), float(bool(_DEMONSTRATIVE.match(t))), float(bool(_THE.match(t))), float(bool(_CONNECTIVE.match(t))),
        float(t[:1].islower()), float(bool(_ALLCAPS_OPEN.match(t))),
        float(any(c.isdigit() for c in t)), float(bool(_MONTH_DAY.search(t))), float(bool(_MONEY.search(t))),
        len(caps) / max(len(words), 1), sum(c.isupper() for c in letters) / max(len(letters), 1),
        float(":" in t), float("—" in t or " - " in t or "--" in t), float("(" in t),
        float(bool(judgment(t))), float(weak_marks(t)),
        float(not earlier), math.log1p(len(earlier)),
    ]
    cos = [float(vectors[i] @ vectors[j]) for j in earlier] if vectors is not None and earlier else []
    mine = set(content_terms(t))
    shared = [len(mine & set(content_terms(cf.sentences[j].text))) / max(len(mine), 1) for j in earlier]
    said = set().union(*(set(content_terms(cf.sentences[j].text)) for j in earlier)) if earlier else set()
    prev = any(cf.sentences[j].article_id == s.article_id and cf.sentences[j].index == s.index - 1 for j in earlier)
    out += [
        max(cos, default=0.0), float(np.mean(cos)) if cos else 0.0, max(shared, default=0.0),
        len(mine & said) / max(len(mine), 1), float(prev), math.log(len(cf.documents)), float(cased),
    ]
    # another article's lead after a chosen lead (the news announced again), and how close the two are
    first = FEATURE_NAMES.index("is_first")
    leads = [j for j in earlier if cf.features[j, first] > 0 and cf.doc_index[j] != cf.doc_index[i]]
    lead_cos = [float(vectors[i] @ vectors[j]) for j in leads] if vectors is not None else []
    common, names, judged = _cluster_cues(cf)
    name = bare_speaker(t) or bare_subject(t, common, names)
    bare = name is not None and not any(name in cf.sentences[j].text for j in earlier)
    out += [float(bool(leads) and cf.features[i, first] > 0), max(lead_cos, default=0.0), float(bare), judged[int(cf.doc_index[i])], float(len(words) > 40)]
    return np.array(out, dtype=np.float64)


def _cluster_cues(cf):
    """The cluster's lower-case words and surnames (bare_names) and, per document, the share of its
    sentences that state a judgment in the writer's voice (opinion.judgment); once per cluster."""
    cached = cf.__dict__.get("_publishable_cues")
    if cached is None:
        common = lower_case_words(s.text for s in cf.sentences)
        names = surnames([d.article.text[:20000] for d in cf.documents])
        judged = [float(np.mean([bool(judgment(s.text)) for s in d.sentences])) if d.sentences else 0.0 for d in cf.documents]
        cached = cf.__dict__["_publishable_cues"] = (common, names, judged)
    return cached


@dataclass(frozen=True)
class PublishableModel:
    """Standardised logistic regression: P(publishable) = sigmoid(w . (x - mean) / scale + b);
    `refuse_below`: the operating point (a sentence under it is refused in selection)."""

    names: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    refuse_below: float

    def probability(self, x: np.ndarray) -> np.ndarray:
        z = ((np.atleast_2d(x) - self.mean) / self.scale) @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-z))

    def to_json(self) -> dict:
        return {"names": list(self.names), "mean": [round(float(v), 6) for v in self.mean], "scale": [round(float(v), 6) for v in self.scale],
                "weights": [round(float(v), 6) for v in self.weights], "bias": round(float(self.bias), 6), "refuse_below": self.refuse_below}

    @classmethod
    def from_json(cls, data: dict) -> "PublishableModel":
        return cls(tuple(data["names"]), np.array(data["mean"]), np.array(data["scale"]), np.array(data["weights"]), float(data["bias"]), float(data["refuse_below"]))


def load_publishable() -> PublishableModel | None:
    """The shipped model, or None when its file is missing or was made for other features."""
    from ..shipped import shipped_model

    model = shipped_model("publishable.json", PublishableModel.from_json)
    return model if model is not None and model.names == NAMES else None


def sentence_vectors(cf, embedder) -> np.ndarray | None:
    """Unit-length static-embedding rows of cf's sentences, computed once per cluster."""
    if not embedder:
        return None
    cached = cf.__dict__.get("_publishable_vectors")
    if cached is None:
        v = np.asarray(embedder.embed([s.text for s in cf.sentences]), dtype=np.float64)
        norms = np.linalg.norm(v, axis=1, keepdims=True)
        cached = cf.__dict__["_publishable_vectors"] = v / np.where(norms > 0, norms, 1.0)
    return cached


def refuse(model: PublishableModel | None, cf, unit: list[int], chosen: list[int], embedder) -> bool:
    """Is a sentence of `unit` one the model would not publish after `chosen` (P under its bar)?"""
    if model is None:
        return False
    vectors = sentence_vectors(cf, embedder)
    for k, j in enumerate(unit):
        if float(model.probability(features(cf, j, chosen + unit[:k], vectors))[0]) < model.refuse_below:
            return True
    return False
