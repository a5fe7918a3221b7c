"""One real SmolLM2-135M model per test session (llama.cpp in process, which also serves the
same model over HTTP on loopback), and the bundled example read once."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def smol():
    pytest.importorskip("xllamacpp")
    from newsweave.llm.gguf import GGUFBackend, smollm2_path

    # One thread: on a shared 2-core machine llama.cpp with two spinning threads was 40x slower.
    return GGUFBackend(smollm2_path(), n_ctx=4096, threads=1, alias="smollm2-135m", seed=7)


@pytest.fixture(scope="session")
def example_docs(example_dir):
    from newsweave.api import collect
    from newsweave.text.segment import RuleSegmenter

    segmenter = RuleSegmenter()
    return tuple(d for d in (segmenter.split(a) for a in collect([example_dir])[0]) if d.sentences)
