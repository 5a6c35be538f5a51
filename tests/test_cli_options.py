"""The options of analyze and claims are defined once, and claims computes no
contradictions (so `claims --fail-on contradiction` can never exit 1).  Fast:
Stanza is replaced by a whitespace parse."""
import json

import typer
from typer.testing import CliRunner

import claimcheck.pipeline as pipeline
from claimcheck.cli import app

runner = CliRunner()

def _params(name):
    cmd = typer.main.get_command(app).commands[name]
    return {p.name: p for p in cmd.params}


def test_shared_options_are_the_same_definition():
    a, c = _params("analyze"), _params("claims")
    shared = set(a) & set(c)
    assert {"fmt", "output", "models", "config", "quiet", "encoding", "max_chars", "cache_dir", "no_cache",
            "bidi", "jobs", "inputs"} <= shared
    for name in shared - {"fail_on"}:
        pa, pc = a[name], c[name]
        assert pa.opts == pc.opts and pa.default == pc.default, name
        assert getattr(pa, "help", None) == getattr(pc, "help", None), name
    assert set(a) - set(c) == {"per_document", "min_score", "acknowledged", "dask"}


def test_claims_cannot_fail_on_a_contradiction(article):
    r = runner.invoke(app, ["claims", "--no-cache", "--fail-on", "contradiction", str(article)])
    assert r.exit_code == 2                     # a usage error: not a value claims accepts
    assert "unsourced" in r.stderr


def test_claims_computes_no_contradictions(article, monkeypatch):
    def boom(*a, **kw):
        raise AssertionError("claims built the full report")

    # analyze with the same fake parse does reach build_report ...
    monkeypatch.setattr(pipeline, "build_report", boom)
    r = runner.invoke(app, ["analyze", "--no-cache", "--format", "json", str(article)])
    assert r.exit_code == 3 and "AssertionError" in r.stderr
    # ... claims does not
    for fail_on in ([], ["--fail-on", "unsourced"], ["--fail-on", "any"]):
        r = runner.invoke(app, ["claims", "--no-cache", "--format", "json", *fail_on, str(article)])
        assert r.exit_code in (0, 1), r.stderr
        doc = json.loads(r.stdout)
        assert "contradictions" not in doc and "topics" not in doc
        assert r.exit_code == int(any(c["source"] is None for c in doc["claims"]) and bool(fail_on))
