"""Import spaCy without letting thinc import torch (issue 12, session 19: a cold run's start-up).

When thinc (spaCy's layer library) is imported, `thinc.compat` tries `import torch` only to learn
whether torch-backed layers are available, and asks torch how many CUDA devices there are. The
English pipelines newsweave loads (`en_core_web_sm`) are thinc's own numpy models and never use
torch. With torch installed (the embedding, LLM and Ray extras, and the test virtualenv) that import
alone was about 2.5 s of a cold `newsweave analyze` on this 2-core machine (`import spacy` 3.9-4.1 s
with it, 1.3-1.4 s without; session 19, measured four times under load).

`import_spacy()` imports spaCy with a meta-path finder that refuses `torch` only to an import made
from `thinc.compat`'s own module code (found by walking the importing thread's frames), so thinc
records "no torch" and goes on; any other import of torch, in this thread or another, before or
after, loads torch as usual. If torch is already imported, nothing is refused (it costs nothing
more). The price: thinc's torch wrappers stay off for the process, which only a transformer
pipeline (`en_core_web_trf`) or `spacy-transformers` would need; newsweave loads neither.
"""

from __future__ import annotations

import importlib.abc
import sys


class _NoTorchForThinc(importlib.abc.MetaPathFinder):
    """Refuses `torch` (and its submodules) to imports executed by `thinc.compat`'s module code."""

    def find_spec(self, name, path=None, target=None):
        if name != "torch" and not name.startswith("torch."):
            return None
        frame = sys._getframe(1)
        while frame is not None:
            if frame.f_globals.get("__name__") == "thinc.compat":
                raise ModuleNotFoundError(f"No module named {name!r} (not loaded for spaCy by newsweave)", name=name)
            frame = frame.f_back
        return None


def import_spacy():
    """The `spacy` module, imported (once) without thinc importing torch; see the module docstring."""
    if "spacy" in sys.modules or "torch" in sys.modules:
        import spacy

        return spacy
    finder = _NoTorchForThinc()
    sys.meta_path.insert(0, finder)
    try:
        import spacy
    finally:
        sys.meta_path.remove(finder)
    return spacy
