"""The training script's pieces on synthetic data (no corpus, no Stanza)."""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import train_pairs  # noqa: E402


def test_fit_recovers_the_direction_of_a_separating_feature():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(400, 3))
    y = (X[:, 0] - 0.5 * X[:, 2] > 0).astype(float)
    mean, scale, w, b = train_pairs.fit(X, y, penalty=1.0)
    assert w[0] > 0 and w[2] < 0 and abs(w[1]) < abs(w[0]) / 5
    p = train_pairs.predict((mean, scale, w, b), X)
    assert ((p > 0.5) == (y > 0.5)).mean() > 0.95


def test_threshold_counts_unreached_gold_and_bounds_false_alarms():
    p = np.array([0.9, 0.8, 0.7, 0.6, 0.4])
    y = np.array([1, 1, 0, 1, 0], dtype=float)
    t, f = train_pairs.best_threshold(p, y)
    assert t == 0.41 and abs(f - 6 / 7) < 1e-9                        # 3 TP, 1 FP, 3 gold
    _, f_missed = train_pairs.best_threshold(p, y, gold=6)             # three gold pairs no candidate reaches
    assert f_missed < f
    quiet = np.array([False, False, True, False, False])               # the 0.7 pair is in a contradiction-free unit
    t_q, _ = train_pairs.best_threshold(p, y, quiet=quiet, quiet_units=1)
    assert t_q == 0.71


def test_one_standard_error_rule_takes_the_conservative_end_of_a_flat_curve():
    # ten units of one gold pair each: a true pair at 0.8 and a false one at 0.3 in each;
    # every threshold from 0.31 to 0.80 finds the ten and nothing else: the rule takes 0.80
    p = np.array([0.8, 0.3] * 10)
    y = np.array([1.0, 0.0] * 10)
    unit = np.repeat(np.arange(10), 2)
    gold = np.ones(10, int)
    t, _ = train_pairs.best_threshold(p, y, gold=10)
    assert t == 0.31
    assert train_pairs.one_se_threshold(p, y, unit, gold, t) == 0.8
