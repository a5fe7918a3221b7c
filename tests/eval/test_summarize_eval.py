"""The eval library's arithmetic: margins over baselines and the paired bootstrap."""

from __future__ import annotations

import pytest

from newsweave.eval.rouge import RougeScores
from newsweave.eval.summarize_eval import EvalResult, Prediction, SystemResult, format_table, margin_over_baselines, paired_bootstrap


def make_result(per_system: dict[str, list[tuple[float, float]]]) -> EvalResult:
    predictions, systems = [], []
    for name, rows in per_system.items():
        scores = [RougeScores(r1, r2, r1) for r1, r2 in rows]
        predictions += [Prediction(f"c{i}", name, ("x",), s, 0.01) for i, s in enumerate(scores)]
        n = len(scores)
        mean = RougeScores(sum(s.rouge1 for s in scores) / n, sum(s.rouge2 for s in scores) / n, sum(s.rougeLsum for s in scores) / n)
        systems.append(SystemResult(name, mean, 0.01, n))
    return EvalResult(words=250, systems=tuple(systems), predictions=tuple(predictions))


def test_margin_uses_the_best_baseline_per_metric():
    result = make_result({"newsweave": [(50, 20)], "lexrank": [(46, 15)], "textrank": [(45, 18)]})
    m = margin_over_baselines(result)
    assert (m.best_rouge1, m.best_rouge2) == ("lexrank", "textrank")
    assert m.rouge1 == pytest.approx(4.0) and m.rouge2 == pytest.approx(2.0)
    assert m.label == "lexrank (R-1), textrank (R-2)"
    assert margin_over_baselines(make_result({"newsweave": [(1, 1)], "lead": [(2, 2)]})) is None


def test_paired_bootstrap_brackets_a_constant_difference_and_a_noisy_one():
    constant = make_result({"newsweave": [(40 + i, 10) for i in range(20)], "lexrank": [(38 + i, 10) for i in range(20)]})
    assert paired_bootstrap(constant, "newsweave", "lexrank", "rouge1") == pytest.approx((2.0, 2.0, 2.0))
    noisy = make_result({"newsweave": [(50 if i % 2 else 40, 0) for i in range(40)], "lexrank": [(45, 0)] * 40})
    mean, lo, hi = paired_bootstrap(noisy, "newsweave", "lexrank", "rouge1")
    assert mean == pytest.approx(0.0) and lo < 0 < hi
    assert paired_bootstrap(noisy, "newsweave", "lexrank", "rouge1") == (mean, lo, hi)  # seeded


def test_format_table_is_aligned_markdown():
    lines = format_table(make_result({"newsweave": [(50, 20)], "lexrank": [(46.5, 15.25)]})).splitlines()
    assert len({len(line) for line in lines}) == 1  # every row as wide as the header
    assert lines[2].split("|")[2].strip() == "50.00" and lines[3].split("|")[3].strip() == "15.25"
