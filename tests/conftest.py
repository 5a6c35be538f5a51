import os
from pathlib import Path

import pytest
from fakes import article  # noqa: F401  (a fixture: an article file, Stanza replaced by a whitespace parse)

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_2682ec0bd473ef9d.txt"


@pytest.fixture(autouse=True, scope="session")
def _isolated_cache(tmp_path_factory):
    """Tests never read or write the user's cache folder."""
    d = tmp_path_factory.mktemp("cache")
    old = os.environ.get("CLAIMCHECK_CACHE_DIR")
    os.environ["CLAIMCHECK_CACHE_DIR"] = str(d)
    yield d
    if old is None:
        os.environ.pop("CLAIMCHECK_CACHE_DIR", None)
    else:
        os.environ["CLAIMCHECK_CACHE_DIR"] = old


@pytest.fixture(scope="session")
def seed_text():
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def run():
    """analyze() with the embedded models (loaded once per test session)."""
    from claimcheck import analyze

    def _run(*texts, **kw):
        return analyze(list(texts), **kw)
    return _run


@pytest.fixture(scope="session")
def seed_report(run, seed_text):
    return run(seed_text, ids=["seed.txt"])


def one(report, cue):
    """The claim whose cue text is `cue` (exactly one)."""
    found = [c for c in report.claims if c.cue.span.text == cue]
    assert len(found) == 1, [(c.cue.span.text, c.source and c.source.text) for c in report.claims]
    return found[0]


def by_cue(report) -> dict:
    """The claims of a report by their cue's text (the last of a repeated cue)."""
    return {c.cue.span.text: c for c in report.claims}


def pytest_collection_modifyitems(config, items):
    """Tests that take the Stanza-backed fixtures load the Stanza models: they
    are slow (`python -m pytest -m "not slow"` leaves them out)."""
    for item in items:
        if {"run", "seed_report"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
