"""Writing the report never destroys what the user has: no fixed temporary
name a link could redirect, no input replaced, devices written into rather
than replaced, --quiet still writes the file asked for, one file given by two
paths is refused.  Fast: Stanza is replaced by a whitespace parse."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from fakes import ARTICLE, fake_parse_many
from typer.testing import CliRunner

import claimcheck.pipeline as pipeline
from claimcheck.cli import app

runner = CliRunner()


def run(*args):
    return runner.invoke(app, ["analyze", "--no-cache", *args])


def test_a_link_at_the_old_temporary_name_is_left_alone(article, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    (tmp_path / ".r.json.tmp").symlink_to(victim)
    r = run(str(article), "--format", "json", "-o", str(tmp_path / "r.json"))
    assert r.exit_code == 0, r.output
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["claims"]
    assert not [f for f in os.listdir(tmp_path) if f.startswith(".r.json.") and f != ".r.json.tmp"]


def test_output_naming_an_input_is_refused(article):
    r = run(str(article), "-o", str(article))
    assert r.exit_code == 2
    assert "is one of the inputs" in r.output
    assert article.read_text(encoding="utf-8") == ARTICLE


def test_a_device_is_written_into_not_replaced(article, monkeypatch, tmp_path):
    r = run(str(article), "--format", "json", "-o", os.devnull)
    assert r.exit_code == 0, r.output
    assert os.path.exists(os.devnull) and not os.path.isfile(os.devnull)
    monkeypatch.chdir(tmp_path)
    r = run(str(article), "--format", "json", "-o", "-")          # standard output, not a file named "-"
    assert r.exit_code == 0 and json.loads(r.stdout)["claims"] and not (tmp_path / "-").exists()


def test_quiet_still_writes_the_file_asked_for(article, tmp_path):
    out = tmp_path / "q.json"
    r = run(str(article), "--format", "json", "--quiet", "-o", str(out))
    assert r.exit_code == 0 and r.output == ""
    assert json.loads(out.read_text(encoding="utf-8"))["claims"]


def test_one_file_by_two_paths_or_two_copies_is_analysed_once(article, monkeypatch):
    monkeypatch.chdir(article.parent)
    (article.parent / "copy.txt").write_bytes(article.read_bytes())
    for args, note in ((["a.txt", "./a.txt"], "./a.txt is the same file as a.txt: analysed once"),
                       (["a.txt", "a.txt"], "a.txt is given twice: analysed once"),
                       (["a.txt", "copy.txt"], "copy.txt has the same text as a.txt: analysed once")):
        r = run(*args, "--format", "json")
        assert r.exit_code == 0, r.output
        assert note in r.stderr
        report = json.loads(r.stdout)
        assert [d["id"] for d in report["documents"]] == ["a.txt"]


def _cache_with_entry(tmp_path):
    from claimcheck.cache import ParseCache
    from claimcheck.types import ParsedDoc
    c = ParseCache(tmp_path / "cache")
    c.put("نص", "model", ParsedDoc("نص", []))
    return c


def test_cache_clear_removes_only_its_own_files(tmp_path):
    c = _cache_with_entry(tmp_path)
    mine = c.root / "parses" / "notes.txt"
    mine.write_text("a user's file", encoding="utf-8")
    r = runner.invoke(app, ["cache", "clear", "--cache-dir", str(c.root)])
    assert r.exit_code == 0
    assert "removed 1 cached parse(s)" in r.output
    assert mine.read_text(encoding="utf-8") == "a user's file"
    assert c.get("نص", "model") is None


def test_cache_clear_that_cannot_remove_says_so(tmp_path, monkeypatch):
    from pathlib import Path
    c = _cache_with_entry(tmp_path)

    def refuse(self, *a, **k):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(Path, "unlink", refuse)
    r = runner.invoke(app, ["cache", "clear", "--cache-dir", str(c.root)])
    assert r.exit_code == 2
    assert "cannot remove the cached parses" in r.output and "Permission denied" in r.output


def test_the_report_keeps_the_mode_of_the_file_it_replaces(article, tmp_path):
    out = tmp_path / "private.json"
    out.write_text("{}", encoding="utf-8")
    out.chmod(0o600)
    assert run(str(article), "--format", "json", "-o", str(out)).exit_code == 0
    assert out.stat().st_mode & 0o777 == 0o600


def test_bad_option_values_are_usage_errors(article):
    for args in (["--min-score", "nan"], ["--max-chars", "-1"]):
        r = run(str(article), *args)
        assert r.exit_code == 2, args
        assert "must be" in r.output


def test_hidden_files_in_a_folder_are_left_out(article, tmp_path):
    (tmp_path / "._a.txt").write_bytes(b"\x00\x05\x16\x07" * 10)       # a macOS resource fork
    r = run(str(tmp_path), "--format", "json")
    assert r.exit_code == 0, r.output
    assert [d["id"] for d in json.loads(r.output)["documents"]] == [str(article)]


def test_several_inputs_name_their_documents(article, tmp_path):
    other = tmp_path / "b.txt"
    other.write_text(ARTICLE + "\nوقال الوزير إن الطقس جميل.\n", encoding="utf-8")   # not a copy: copies are read once
    md = run(str(article), str(other), "--format", "markdown", "--per-document")
    assert md.exit_code == 0
    assert "| document |" in md.output and "a.txt" in md.output and "b.txt" in md.output
    table = run(str(article), str(other), "--per-document", "--bidi", "logical")
    assert "(a.txt)" in table.output and "(b.txt)" in table.output


def test_fail_on_names_the_failing_documents(article, tmp_path):
    quiet = tmp_path / "quiet.txt"
    quiet.write_text("قال الوزير إن الطقس جميل اليوم.\n", encoding="utf-8")
    r = runner.invoke(app, ["analyze", "--no-cache", "--per-document", "--format", "json", "--fail-on", "contradiction",
                            str(article), str(quiet)])
    assert r.exit_code == 1
    line = [x for x in r.output.splitlines() if x.startswith("claimcheck: contradictions in")]
    assert line and str(article) in line[0] and str(quiet) not in line[0]


def test_piped_text_without_an_input_is_read(monkeypatch, tmp_path):
    monkeypatch.setattr(pipeline, "parse_many", fake_parse_many)
    r = runner.invoke(app, ["analyze", "--no-cache", "--format", "json"], input=ARTICLE)
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["documents"][0]["id"] == "-"


def test_an_acknowledged_contradiction_fails_no_check(article, tmp_path):
    first = run(str(article), "--format", "json", "--fail-on", "contradiction")
    assert first.exit_code == 1
    rep = json.loads(first.output[first.output.index("{"):first.output.rindex("}") + 1])
    fps = [x["fingerprint"] for x in rep["contradictions"]]
    assert fps and all(len(f) == 12 for f in fps)
    acks = tmp_path / "acks.txt"
    acks.write_text("# reviewed by the desk\n" + "\n".join(f"{f}  # balanced reporting" for f in fps) + "\n",
                    encoding="utf-8")
    again = run(str(article), "--format", "json", "--fail-on", "contradiction", "--acknowledged", str(acks))
    assert again.exit_code == 0
    rep2 = json.loads(again.output)
    assert [x["fingerprint"] for x in rep2["contradictions"]] == fps
    assert all(x["acknowledged"] for x in rep2["contradictions"])


def test_fingerprints_do_not_depend_on_the_file_name(article, tmp_path):
    other = tmp_path / "renamed.txt"
    other.write_text(ARTICLE, encoding="utf-8")
    a = json.loads(run(str(article), "--format", "json").output)
    b = json.loads(run(str(other), "--format", "json").output)
    assert [x["fingerprint"] for x in a["contradictions"]] == [x["fingerprint"] for x in b["contradictions"]]


def test_a_bad_acknowledged_file_is_a_usage_error(article, tmp_path):
    acks = tmp_path / "acks.txt"
    acks.write_text("not-a-fingerprint\n", encoding="utf-8")
    r = run(str(article), "--acknowledged", str(acks))
    assert r.exit_code == 2 and "line 1" in r.output and "12 hex digits" in r.output


def _cli(args: str, tmp_path) -> subprocess.CompletedProcess[str]:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    cmd = f"{sys.executable} -m claimcheck analyze {args}".replace("EMPTY", str(empty))
    return subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_or_closed_standard_output_or_input_is_an_environment_error(tmp_path):
    for args, message in (("EMPTY --format json > /dev/full", "cannot write the report to standard output"),
                          ("EMPTY --format json >&-", "standard output is closed"),
                          ("- <&-", "standard input is closed")):
        r = _cli(args, tmp_path)
        assert r.returncode == 2, (args, r.stderr)
        assert message in r.stderr and "Traceback" not in r.stderr


def test_a_cue_field_of_the_wrong_shape_is_a_config_error(article, tmp_path):
    cfg = tmp_path / "bad.yaml"
    cfg.write_text("cues:\n  - lemma: [1]\n    kind: say\n    stance: assert\n    forms: [x]\n", encoding="utf-8")
    r = run(str(article), "--config", str(cfg))
    assert r.exit_code == 2 and "line 2: cue 'lemma' must be a single value" in r.output


def test_a_fifo_or_device_is_refused_and_an_endless_stdin_stops(article, tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    r = run(str(fifo))
    assert r.exit_code == 2 and "not a regular file" in r.output
    r = run("/dev/zero")
    assert r.exit_code == 2 and "not a regular file" in r.output
    r = _cli("- --max-chars 1000 < /dev/zero", tmp_path)
    assert r.returncode == 2 and "more than --max-chars 1,000" in r.stderr


def test_jobs_beyond_the_cores_are_capped_with_a_note(article):
    r = run(str(article), "--format", "json", "--jobs", "64")
    assert r.exit_code == 0
    assert f"using {os.cpu_count()}" in r.output


def test_no_input_and_nothing_piped_is_a_usage_error(monkeypatch):
    import claimcheck.cli as cli
    monkeypatch.setattr(cli, "_stdin_is_terminal", lambda: True)
    r = runner.invoke(app, ["analyze"])
    assert r.exit_code == 2
    assert "no INPUT given" in r.output and "Traceback" not in r.output
