"""spaCy is loaded without thinc importing torch (text/spacy_import.py, session 19 start-up)."""

import importlib.util
import subprocess
import sys
import textwrap

import pytest

needs_torch = pytest.mark.skipif(importlib.util.find_spec("torch") is None, reason="torch is not installed")


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@needs_torch
def test_loading_the_tagger_does_not_import_torch_and_torch_still_imports_after():
    out = _run(
        """
        import sys
        from newsweave.analyze.entities import shared_nlp
        nlp = shared_nlp()
        doc = nlp("Mayor Wilma Quarrington opened the Pellbrook ferry terminal on Monday.")
        print("torch" in sys.modules, any(e.text == "Wilma Quarrington" for e in doc.ents))
        import torch
        print(torch.tensor([2, 3]).sum().item())
        """
    )
    assert out.splitlines() == ["False True", "5"]


@needs_torch
def test_torch_imported_first_is_left_alone():
    out = _run(
        """
        import sys
        import torch
        from newsweave.text.spacy_import import import_spacy
        import_spacy()
        import thinc.compat
        print(thinc.compat.has_torch, len([f for f in sys.meta_path if type(f).__name__ == "_NoTorchForThinc"]))
        """
    )
    assert out == "True 0"


def test_other_imports_of_torch_are_not_refused():
    from newsweave.text.spacy_import import _NoTorchForThinc

    assert _NoTorchForThinc().find_spec("torch") is None  # not imported from thinc.compat
    assert _NoTorchForThinc().find_spec("numpy") is None


@needs_torch
def test_the_llm_checker_loads_spacy_without_torch_too():
    out = _run(
        """
        import sys
        from newsweave.verify.grounding import load_english
        nlp = load_english()
        print("torch" in sys.modules, len(nlp("Wilma Quarrington opened the terminal.")))
        """
    )
    assert out == "False 6"
