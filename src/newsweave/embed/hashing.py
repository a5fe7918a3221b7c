"""A fast embedder with no model: hashed word unigrams and bigrams, sublinear counts, L2-normalised.

Vectors from texts sharing distinctive words have a high cosine. It knows nothing about synonyms,
so it is weaker than MiniLM; use it for volume, tests, or when the model packages are missing.
"""

from __future__ import annotations

import re
import zlib

import numpy as np

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)

# Words so common in news that they say nothing about which story an article belongs to.
STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had has
    have having he her here hers herself him himself his how i if in into is it its itself just me more
    most my no nor not now of off on once only or other our ours out over own said same says she should
    so some such than that the their theirs them then there these they this those through to too under
    until up very was we were what when where which while who whom why will with would you your yours
    new one two year years told mr ms mrs news report reports reported according people just like
    s t don didn""".split()
)


class HashingEmbedder:
    """`embed(texts)` -> float32 array (n, dim), rows L2-normalised (all-zero for empty text)."""

    def __init__(self, *, dim: int = 2048, bigrams: bool = True) -> None:
        self.dim = dim
        self.bigrams = bigrams
        self.name = f"hashing-{dim}{'-bi' if bigrams else ''}"

    def _tokens(self, text: str) -> list[str]:
        words = [w for w in (m.group(0).casefold() for m in _WORD.finditer(text)) if w not in STOPWORDS and len(w) > 1]
        # Light stemming: plural and possessive endings, so "ministers" meets "minister".
        words = [w[:-2] if w.endswith("'s") or w.endswith("’s") else w for w in words]
        words = [w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w for w in words]
        if self.bigrams:
            return words + [f"{a} {b}" for a, b in zip(words, words[1:])]
        return words

    def embed(self, texts) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            counts: dict[int, float] = {}
            for token in self._tokens(text or ""):
                h = zlib.crc32(token.encode("utf-8"))
                # The top bit picks the sign, so unrelated collisions cancel out on average.
                index = h % self.dim
                sign = 1.0 if (h >> 31) & 1 else -1.0
                weight = 0.5 if " " in token else 1.0
                counts[index] = counts.get(index, 0.0) + sign * weight
            for index, value in counts.items():
                out[row, index] = np.sign(value) * (1.0 + np.log(abs(value))) if value else 0.0
            norm = float(np.linalg.norm(out[row]))
            if norm > 0:
                out[row] /= norm
        return out
