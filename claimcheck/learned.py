"""Learned pair models, applied with numpy: features -> probabilities.

data/models.json is written by scripts/train_pairs.py from the corpus train
split (never from test): for each model ("topic": two claims are about the
same event; "contradiction": they cannot both be true) the feature names, the
standardisation, the logistic-regression weights and the decision threshold
chosen by cross-validation on train.  Loading reads JSON only (no pickle).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Optional

import numpy as np

from .errors import ConfigError


@dataclass(frozen=True)
class Logistic:
    name: str
    features: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    bias: float
    threshold: float
    linkage: str = "average"        # the topic model's clustering (topics.cluster)
    # the contradiction model's threshold for two claims of different documents
    # (None: `threshold`), chosen for comparisons across outlets, which a
    # pre-publication check of one article never makes
    cross_threshold: Optional[float] = None
    # the topic probability that makes a claim a restatement of another (the
    # contradiction model's; None: the topic model's threshold)
    restate_threshold: Optional[float] = None
    # the topic model's: two documents whose texts are less alike than this
    # (topics.document_similarity) tell of two events (pairs.one_event; None: any)
    document_threshold: Optional[float] = None

    def threshold_for(self, cross: bool) -> float:
        """The decision threshold of a pair within one document or across two."""
        return self.cross_threshold if cross and self.cross_threshold is not None else self.threshold

    def prob(self, X: np.ndarray) -> np.ndarray:
        """P(positive) for each row of X (columns in self.features order)."""
        if X.shape[0] == 0:
            return np.zeros(0)
        z = ((X - self.mean) / self.scale) @ self.weights + self.bias
        return 1.0 / (1.0 + np.exp(-np.clip(z, -40, 40)))

    def contributions(self, x: np.ndarray) -> dict[str, float]:
        """How much each feature of one row moved the decision (log-odds)."""
        c = (x - self.mean) / self.scale * self.weights
        return {f: float(v) for f, v in zip(self.features, c)}

    def to_dict(self) -> dict:
        def r(v: np.ndarray) -> list[float]:      # 10 decimals: stable across BLAS orderings
            return [round(float(x), 10) for x in v]
        out = {"features": list(self.features), "mean": r(self.mean), "scale": r(self.scale),
               "weights": r(self.weights), "bias": round(self.bias, 10), "threshold": self.threshold,
               "linkage": self.linkage}
        if self.cross_threshold is not None:
            out["cross_threshold"] = self.cross_threshold
        if self.restate_threshold is not None:
            out["restate_threshold"] = self.restate_threshold
        if self.document_threshold is not None:
            out["document_threshold"] = self.document_threshold
        return out


def from_dict(name: str, d: dict, expected: Optional[tuple[str, ...]] = None) -> Logistic:
    try:
        feats = tuple(d["features"])
        m = Logistic(name, feats, np.asarray(d["mean"], float), np.asarray(d["scale"], float),
                     np.asarray(d["weights"], float), float(d["bias"]), float(d["threshold"]),
                     str(d.get("linkage", "average")),
                     float(d["cross_threshold"]) if d.get("cross_threshold") is not None else None,
                     float(d["restate_threshold"]) if d.get("restate_threshold") is not None else None,
                     float(d["document_threshold"]) if d.get("document_threshold") is not None else None)
    except (KeyError, TypeError, ValueError) as e:
        raise ConfigError(f"model {name!r} in models.json is malformed ({e})") from None
    if not (len(m.mean) == len(m.scale) == len(m.weights) == len(feats)):
        raise ConfigError(f"model {name!r} in models.json has vectors of different lengths")
    if expected is not None and feats[:len(expected)] != expected:
        raise ConfigError(f"model {name!r} in models.json was trained on other features; "
                          "run scripts/train_pairs.py again")
    return m


def load(path: Optional[Path] = None) -> dict:
    """The models of a models.json (the packaged one by default), by name."""
    if path is None:
        text = (resources.files("claimcheck") / "data" / "models.json").read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise ConfigError(f"models.json is not valid JSON ({e})") from None
    return {k: from_dict(k, v) for k, v in data.items() if isinstance(v, dict) and "weights" in v}


@lru_cache(maxsize=1)
def packaged() -> dict:
    return load()
