"""Model sets: embedded by default, official only when installed, folders."""
import json
import subprocess
import sys

import pytest

from claimcheck.errors import ModelError
from claimcheck.models import EMBEDDED_DIR, official, resolve


def cli(*args, env=None, **kw):
    import os
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "claimcheck", *args], capture_output=True, text=True, env=e, **kw)


def test_embedded_models_are_shipped_and_small():
    ms = resolve("embedded")
    assert set(ms.paths) >= {"tokenize", "pos", "lemma", "depparse"}
    total = sum(p.stat().st_size for p in ms.paths.values())
    assert total <= 60 * 2**20
    card = (EMBEDDED_DIR / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert "CC BY-SA 3.0" in card and "i % 10 == 9" in card


def test_models_list_shows_embedded(tmp_path):
    r = cli("models", "list", env={"STANZA_RESOURCES_DIR": str(tmp_path)})
    assert r.returncode == 0
    assert "embedded: installed" in r.stdout
    assert "official: not installed" in r.stdout
    r = cli("models", "list", "--format", "json", env={"STANZA_RESOURCES_DIR": str(tmp_path)})
    sets = {s["name"]: s for s in json.loads(r.stdout)}
    assert sets["embedded"]["installed"] is True
    assert sets["embedded"]["processors"]["pos"].endswith("pos.pt")
    assert sets["official"]["installed"] is False


def test_official_models_missing_is_a_clear_error(tmp_path):
    with pytest.raises(ModelError, match="models download"):
        official(tmp_path)


def test_analyze_with_missing_official_models_exits_2(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("قال الوزير إن الطريق مغلق.", encoding="utf-8")
    r = cli("analyze", "--models", "official", str(art), env={"STANZA_RESOURCES_DIR": str(tmp_path / "none")})
    assert r.returncode == 2
    assert "claimcheck models download" in r.stderr
    assert "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_download_without_network_is_a_clear_error(tmp_path):
    # no route to the model hub: every request goes to a closed local port
    env = {"STANZA_RESOURCES_DIR": str(tmp_path), "HTTPS_PROXY": "http://127.0.0.1:9",
           "HTTP_PROXY": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9",
           "http_proxy": "http://127.0.0.1:9", "NO_PROXY": "", "no_proxy": ""}
    r = cli("models", "download", env=env, timeout=120)
    assert r.returncode == 2, r.stderr
    assert "could not download" in r.stderr and "--models embedded" in r.stderr
    assert "Traceback" not in r.stderr


def test_models_folder_path(tmp_path):
    with pytest.raises(ModelError, match="not 'embedded', 'official' or a folder"):
        resolve(str(tmp_path / "nope"))
    with pytest.raises(ModelError, match="no Stanza model for"):
        resolve(str(tmp_path))
    # the embedded folder is a valid folder of models
    assert resolve(str(EMBEDDED_DIR)).paths["pos"].name == "pos.pt"


def test_folder_without_models_exits_2(tmp_path):
    art = tmp_path / "a.txt"
    art.write_text("قال الوزير إن الطريق مغلق.", encoding="utf-8")
    r = cli("analyze", "--models", str(tmp_path), str(art))
    assert r.returncode == 2 and "no Stanza model" in r.stderr
