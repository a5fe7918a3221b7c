"""The static model read straight from its files (`embed.static_fast`, session 26 brief C) gives the
same bits as model2vec's own loader, and model2vec is still used for what it does not read.
Fictional texts written here."""

from __future__ import annotations

import numpy as np
import pytest

pytestmark = pytest.mark.slow

TEXTS = [
    "Port Alder footbridge collapses into harbour, fourteen hurt",
    "",
    "   ",
    "Kettlewick reservoir bursts its banks; café owners say « the water came fast » — 中文 ✓ 🙂",
    "Quarrington council votes 7-2 to reopen the Pellbrook ferry slipway by 14 March 2027.",
    "zzqxj vvvkkq" * 3,
    # longer than model2vec's 512-token cut and its character cut (512 × the median piece length)
    " ".join(f"Harbour master {i} inspected pier {i * 7} after the storm surge on Tuesday." for i in range(300)),
]


def _model2vec_vectors(path, texts):
    from model2vec import StaticModel

    return StaticModel.from_pretrained(str(path)).encode(texts, show_progress_bar=False, use_multiprocessing=False)


def test_fast_path_equals_model2vec_loader_on_the_distilled_model(static_embedder):
    from newsweave.embed.static import static_model_path
    from newsweave.embed.static_fast import FastStaticModel, load_fast

    fast = load_fast(static_model_path())
    assert isinstance(fast, FastStaticModel)
    # the embedder itself takes the fast path
    assert isinstance(static_embedder._load(), FastStaticModel)
    # more than one 1,024-text batch, rows of many lengths
    texts = TEXTS + [f"Council {i} approves {'new ' * (i % 9)}cycle lanes near Marrowby" for i in range(1500)]
    expected = _model2vec_vectors(static_model_path(), texts)
    got = fast.encode(texts)
    assert got.dtype == expected.dtype and got.shape == expected.shape
    assert got.tobytes() == expected.tobytes()
    assert fast.dim == 256


def test_fast_path_on_a_small_float32_model_and_fallback_for_a_weighted_one(static_embedder, tmp_path):
    from model2vec import StaticModel
    from tokenizers import Tokenizer

    from newsweave.embed.static import StaticEmbedder, static_model_path
    from newsweave.embed.static_fast import FastStaticModel, load_fast

    tokenizer = Tokenizer.from_file(str(static_model_path() / "tokenizer.json"))
    rng = np.random.default_rng(26)
    vectors = rng.normal(size=(tokenizer.get_vocab_size(), 8)).astype(np.float32)
    plain = StaticModel(vectors=vectors, tokenizer=tokenizer, normalize=False, max_length=16)
    plain.save_pretrained(tmp_path / "plain")
    fast = load_fast(tmp_path / "plain")
    assert isinstance(fast, FastStaticModel) and fast.embedding.dtype == np.float32
    assert fast.encode(TEXTS).tobytes() == _model2vec_vectors(tmp_path / "plain", TEXTS).tobytes()

    weighted = StaticModel(vectors=vectors, tokenizer=tokenizer, normalize=True, weights=rng.random(len(vectors)).astype(np.float32))
    weighted.save_pretrained(tmp_path / "weighted")
    assert load_fast(tmp_path / "weighted") is None
    # the embedder falls back to model2vec's loader and still embeds
    embedder = StaticEmbedder(path=tmp_path / "weighted")
    assert isinstance(embedder._load(), StaticModel)
    assert embedder.embed(["Port Alder"]).shape == (1, 8)
    assert load_fast(tmp_path / "missing") is None
