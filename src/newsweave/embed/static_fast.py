"""The distilled static model read straight from its saved files (session 26, brief C: cold start-up).

`model2vec.StaticModel.from_pretrained` costs about 0.6-0.9 s of CPU in a cold process, nearly all
of it importing `model2vec.persistence` (which pulls in `huggingface_hub` and its HTTP stack) to
open a folder on this disk. `FastStaticModel` reads the same three files itself: the vectors
from `model.safetensors` (with the `safetensors` library), the word-piece tokenizer with
`tokenizers`, and `config.json`; and it embeds with
model2vec 0.10's own steps (`StaticModel.encode` for a plain model: characters cut at
`max_length` × the median token length, no special tokens, unknown pieces dropped, batches of
1,024, rows bucketed by length and averaged, then normalised when the config says so), so the
vectors are the same bits (`tests/embed/test_static_fast_s26.py` compares it with model2vec's
loader). Anything else (a quantised model with `weights` or `mapping`, another folder layout or
dtype) returns None from `load_fast`, and the caller falls back to model2vec.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import numpy as np

_DTYPES = {"F16": "<f2", "F32": "<f4", "F64": "<f8"}
_DEFAULT_MAX_LENGTH = 512  # model2vec's DEFAULT_MAX_LENGTH
_BATCH = 1024  # model2vec's default `encode` batch size


def _read_vectors(path: Path) -> np.ndarray | None:
    """The `embeddings` tensor of a safetensors file that holds nothing else (read with the
    `safetensors` library model2vec itself depends on: cheap to import once numpy is loaded)."""
    from safetensors import safe_open

    with safe_open(str(path), framework="np") as fh:
        if set(fh.keys()) != {"embeddings"}:
            return None
        vectors = fh.get_tensor("embeddings")
    if vectors.ndim != 2 or vectors.dtype.str not in _DTYPES.values():
        return None
    return vectors


class FastStaticModel:
    """What `StaticEmbedder` uses of `model2vec.StaticModel` (`dim`, `encode`), for a plain model."""

    def __init__(self, embedding: np.ndarray, tokenizer, *, normalize: bool, max_length: int | None) -> None:
        self.embedding = embedding
        self.tokenizer = tokenizer
        self.normalize = normalize
        self.max_length = max_length
        padding = tokenizer.padding  # model2vec's _disable_padding
        if padding is not None:
            tokenizer.enable_padding(pad_id=padding["pad_id"], pad_token=padding["pad_token"], pad_type_id=padding["pad_type_id"], length=0)
        unk = getattr(tokenizer.model, "unk_token", None)
        self.unk_token_id = tokenizer.token_to_id(unk) if unk is not None else None
        self.median_token_length = int(np.median([len(token) for token in tokenizer.get_vocab()]))
        if max_length is None:
            tokenizer.no_truncation()
        else:
            tokenizer.enable_truncation(max_length)

    @property
    def dim(self) -> int:
        return self.embedding.shape[1]

    def tokenize(self, sentences) -> list[list[int]]:
        ids = [e.ids for e in self.tokenizer.encode_batch_fast(list(sentences), add_special_tokens=False)]
        if self.unk_token_id is not None:
            ids = [[t for t in row if t != self.unk_token_id] for row in ids]
        return ids

    def _encode_batch(self, sentences) -> np.ndarray:
        ids = self.tokenize(sentences)
        dtype = self.embedding.dtype
        if dtype == np.int8:
            dtype = np.dtype(np.float32)
        out = np.zeros((len(ids), self.dim), dtype=dtype)
        buckets: dict[int, list[int]] = defaultdict(list)
        for i, row in enumerate(ids):
            if row:
                buckets[len(row)].append(i)
        for indices in buckets.values():
            out[indices] = self.embedding[np.array([ids[i] for i in indices], dtype=np.int64)].mean(axis=1)
        if self.normalize:
            out32 = out.astype(np.float32)
            norm = np.linalg.norm(out32, axis=1, keepdims=True) + 1e-32
            return (out32 / norm).astype(out.dtype)
        return out

    def encode(self, sentences, **_ignored) -> np.ndarray:
        sentences = list(sentences)
        if self.max_length is not None:
            cut = self.max_length * self.median_token_length
            sentences = [s[:cut] for s in sentences]
        return np.concatenate([self._encode_batch(sentences[i : i + _BATCH]) for i in range(0, len(sentences), _BATCH)], axis=0)


def load_fast(path: str | Path) -> FastStaticModel | None:
    """The model at `path` when it is a plain model2vec folder this module reads exactly, else None."""
    folder = Path(path)
    files = folder / "config.json", folder / "model.safetensors", folder / "tokenizer.json"
    if not all(f.is_file() for f in files):
        return None
    config = json.loads(files[0].read_text(encoding="utf-8"))  # model2vec's first layout: it checks no field
    embedding = _read_vectors(files[1])
    if embedding is None:
        return None
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_file(str(files[2]))
    if tokenizer.get_vocab_size() != embedding.shape[0]:
        return None
    return FastStaticModel(embedding, tokenizer, normalize=bool(config.get("normalize", False)), max_length=config.get("max_length", _DEFAULT_MAX_LENGTH))
