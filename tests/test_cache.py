"""The parse cache: hits, corruption, concurrency, and light cached runs."""
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest
from typer.testing import CliRunner

from claimcheck.cache import ParseCache
from claimcheck.cli import app
from claimcheck.models import resolve
from claimcheck.pipeline import parse_documents

runner = CliRunner()
TEXT = "قال وزير النقل إن القطار السريع سيعمل العام المقبل.\nونفت الشركة أن يكون المشروع قد تأخر.\n"


@pytest.mark.slow
def test_cache_round_trip_and_key(tmp_path):
    ms = resolve("embedded")
    c = ParseCache(tmp_path)
    assert c.get(TEXT, ms.identity) is None
    doc = parse_documents([TEXT], ms, c)[0]
    hit = c.get(TEXT, ms.identity)
    assert hit is not None
    assert [(w.text, w.start, w.upos, w.head) for w in hit.words()] == \
           [(w.text, w.start, w.upos, w.head) for w in doc.words()]
    assert c.get(TEXT + " ", ms.identity) is None
    assert c.get(TEXT, "other-model") is None
    assert c.clear() == 1 and c.get(TEXT, ms.identity) is None


@pytest.mark.slow
def test_corrupt_entry_is_ignored_with_a_warning(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(TEXT, encoding="utf-8")
    cache = tmp_path / "cache"
    first = runner.invoke(app, ["analyze", "--format", "json", "--cache-dir", str(cache), str(art)])
    for f in (cache / "parses").rglob("*.json.z"):
        f.write_bytes(b"garbage")
    r = runner.invoke(app, ["analyze", "--format", "json", "--cache-dir", str(cache), str(art)])
    assert r.exit_code == 0
    assert "corrupt cache entry" in r.stderr
    assert json.loads(r.stdout)["claims"] == json.loads(first.stdout)["claims"]


@pytest.mark.slow
def test_cached_run_imports_neither_torch_nor_stanza(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(TEXT, encoding="utf-8")
    cache = tmp_path / "cache"
    runner.invoke(app, ["analyze", "--format", "json", "--cache-dir", str(cache), str(art)])
    code = ("import sys\nfrom claimcheck.cli import run\nsys.argv=['claimcheck','analyze','--format','json',"
            f"'--cache-dir',{str(cache)!r},{str(art)!r}]\n"
            "try:\n    run()\nexcept SystemExit:\n    pass\n"
            "sys.stderr.write(str(('torch' in sys.modules, 'stanza' in sys.modules)))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert json.loads(r.stdout)["claims"]
    assert r.stderr.strip().endswith("(False, False)")


@pytest.mark.slow
def test_two_processes_share_the_cache(tmp_path):
    arts = []
    for i in range(3):
        p = tmp_path / f"{i}.txt"
        p.write_text(TEXT + f"وقال المدير إن الرحلة رقم {i} ألغيت.\n", encoding="utf-8")
        arts.append(str(p))
    cache = tmp_path / "cache"

    def one(_):
        return subprocess.run([sys.executable, "-m", "claimcheck", "analyze", "--format", "json",
                               "--per-document", "--cache-dir", str(cache), *arts],
                              capture_output=True, text=True, timeout=300)

    with ThreadPoolExecutor(2) as ex:
        a, b = list(ex.map(one, range(2)))
    assert a.returncode == b.returncode == 0, a.stderr + b.stderr
    assert json.loads(a.stdout)["claims"] == json.loads(b.stdout)["claims"]
    assert "corrupt" not in a.stderr + b.stderr
    c = one(0)
    assert json.loads(c.stdout)["claims"] == json.loads(a.stdout)["claims"]
    assert not list((cache / "parses").rglob(".tmp-*"))


@pytest.mark.slow
def test_no_cache_writes_nothing(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(TEXT, encoding="utf-8")
    cache = tmp_path / "cache"
    runner.invoke(app, ["analyze", "--no-cache", "--cache-dir", str(cache), str(art)])
    assert not cache.exists()


@pytest.mark.slow
def test_cache_clear_command(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(TEXT, encoding="utf-8")
    cache = tmp_path / "cache"
    runner.invoke(app, ["analyze", "--cache-dir", str(cache), str(art)])
    r = runner.invoke(app, ["cache", "clear", "--cache-dir", str(cache)])
    assert r.exit_code == 0 and "removed 1" in r.stdout


@pytest.mark.slow
def test_jobs_keep_output_order(tmp_path):
    arts = []
    for i in range(4):
        p = tmp_path / f"{i}.txt"
        p.write_text(f"قال المدير رقم {i} إن المصنع رقم {i} أغلق.\n", encoding="utf-8")
        arts.append(str(p))
    one = runner.invoke(app, ["analyze", "--format", "json", "--no-cache", *arts])
    two = runner.invoke(app, ["analyze", "--format", "json", "--no-cache", "--jobs", "2", *arts])
    assert json.loads(one.stdout)["claims"] == json.loads(two.stdout)["claims"]
