"""Which Stanza models to use, and where they are.

* ``embedded`` (default): the compact Arabic models shipped inside the package
  (claimcheck/models/embedded, trained by scripts/train_models.py on UD
  Arabic-PUD, CC BY-SA 3.0).
* ``official``: Stanza's standard Arabic package in Stanza's resources folder
  (STANZA_RESOURCES_DIR or Stanza's default); installed with
  ``claimcheck models download``.
* a folder path: a folder of Stanza models (tokenize.pt, pos.pt, lemma.pt,
  depparse.pt and optionally mwt.pt, or Stanza's own ar/<processor>/*.pt layout).

Nothing here imports stanza or torch; nothing downloads unless
:func:`download_official` is called.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from functools import cached_property
from importlib import metadata
from pathlib import Path
from typing import Optional

from .errors import ModelError

EMBEDDED_DIR = Path(__file__).resolve().parent / "models" / "embedded"
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")
REQUIRED = ("tokenize", "pos", "lemma", "depparse")


@dataclass
class ModelSet:
    name: str                      # embedded | official | the path given
    dir: Path
    paths: dict[str, Path] = field(default_factory=dict)   # processor -> model file
    package: Optional[str] = None  # Stanza package name (official) or None

    @cached_property
    def identity(self) -> str:
        """Stable id of the exact model files (names, sizes, mtimes): part of the cache key."""
        h = hashlib.sha256(self.name.encode())
        for proc in sorted(self.paths):
            p = self.paths[proc]
            try:
                st = p.stat()
                h.update(f"{proc}:{p.name}:{st.st_size}:{int(st.st_mtime)}".encode())
            except OSError:
                h.update(f"{proc}:{p}".encode())
        return f"{self.name.split('/')[-1]}-{h.hexdigest()[:16]}"

    def describe(self) -> dict:
        return {"name": self.name, "dir": str(self.dir),
                "processors": {k: str(v) for k, v in self.paths.items()}}

    def report_entry(self) -> dict:
        """The report's `model` field: these models and the Stanza that ran them."""
        return {"name": self.name, "id": self.identity, "stanza": stanza_version()}


def stanza_version() -> str:
    try:
        return metadata.version("stanza")
    except metadata.PackageNotFoundError:  # pragma: no cover
        return "?"


def official_dir() -> Path:
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return Path(env)
    try:
        from platformdirs import user_cache_dir
        return Path(user_cache_dir("stanza", "StanfordNLP", stanza_version())) / "resources"
    except ImportError:  # pragma: no cover
        return Path.home() / ".cache" / "stanza" / stanza_version() / "resources"


def embedded() -> ModelSet:
    paths = {p: EMBEDDED_DIR / f"{p}.pt" for p in REQUIRED}
    missing = [p for p, f in paths.items() if not f.exists()]
    if missing:
        raise ModelError(f"the embedded models are missing from {EMBEDDED_DIR} ({', '.join(missing)}); "
                         "reinstall claimcheck or run scripts/train_models.py")
    return ModelSet("embedded", EMBEDDED_DIR, paths, package="embedded")


def official(root: Optional[Path] = None) -> ModelSet:
    root = root or official_dir()
    hint = "run 'claimcheck models download' (needs network) or use --models embedded"
    res = root / "resources.json"
    if not res.exists():
        raise ModelError(f"Stanza's official Arabic models are not installed in {root}: {hint}.")
    try:
        resources = json.loads(res.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise ModelError(f"{res} is unreadable or corrupt: {hint}.") from None
    ar = resources.get("ar") if isinstance(resources, dict) else None
    defaults = ar.get("default_processors") if isinstance(ar, dict) else None
    if not isinstance(defaults, dict):
        raise ModelError(f"{res} is unreadable or corrupt (no Arabic default processors): {hint}.")
    paths = {}
    for proc in PROCESSORS:
        pkg = defaults.get(proc)
        if not pkg:
            continue
        f = root / "ar" / proc / f"{pkg}.pt"
        if f.exists():
            paths[proc] = f
    missing = [p for p in REQUIRED if p not in paths]
    if missing:
        raise ModelError(f"Stanza's official Arabic models are not installed in {root} "
                         f"(missing: {', '.join(missing)}): {hint}.")
    return ModelSet("official", root, paths, package="default")


def from_path(path: Path) -> ModelSet:
    if not path.is_dir():
        raise ModelError(f"--models: {path} is not 'embedded', 'official' or a folder of Stanza models.")
    paths = {}
    for proc in PROCESSORS:
        flat = path / f"{proc}.pt"
        if flat.exists():
            paths[proc] = flat
            continue
        nested = sorted((path / "ar" / proc).glob("*.pt")) if (path / "ar" / proc).is_dir() else []
        if nested:
            paths[proc] = nested[0]
    missing = [p for p in REQUIRED if p not in paths]
    if missing:
        raise ModelError(f"--models {path}: no Stanza model for {', '.join(missing)} "
                         f"(expected {', '.join(p + '.pt' for p in missing)} in the folder).")
    return ModelSet(str(path), path, paths)


def resolve(spec: str | None) -> ModelSet:
    spec = spec or "embedded"
    if spec == "embedded":
        return embedded()
    if spec == "official":
        return official()
    return from_path(Path(spec).expanduser())


def list_models() -> list[dict]:
    """Every model set claimcheck can see, installed or not."""
    out = []
    for name, fn in (("embedded", embedded), ("official", official)):
        try:
            ms = fn()
            d = ms.describe()
            d["installed"] = True
            d["size_mb"] = round(sum(p.stat().st_size for p in ms.paths.values()) / 2**20, 1)
        except ModelError as e:
            d = {"name": name, "dir": str(EMBEDDED_DIR if name == "embedded" else official_dir()),
                 "processors": {}, "installed": False, "note": str(e)}
        out.append(d)
    card = EMBEDDED_DIR / "scores.json"
    if card.exists() and out[0].get("installed"):
        try:
            out[0]["scores"] = json.loads(card.read_text(encoding="utf-8")).get("end_to_end_raw_text")
        except ValueError:  # pragma: no cover
            pass
    return out


def download_official(root: Optional[Path] = None) -> ModelSet:
    """Fetch Stanza's default Arabic package (the only place claimcheck downloads)."""
    root = root or official_dir()
    try:
        import stanza
        stanza.download("ar", model_dir=str(root), processors="tokenize,mwt,pos,lemma,depparse",
                        logging_level="INFO")
    except Exception as e:  # network errors come in many types (requests, urllib3, OSError)
        raise ModelError(f"could not download Stanza's Arabic models into {root}: "
                         f"{type(e).__name__} (is the network reachable?). "
                         "The embedded models work offline: use --models embedded.") from None
    return official(root)
