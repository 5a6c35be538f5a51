"""scripts/check_licences.py: fails on a GPL-family distribution in the
runtime tree (fake distributions in a temporary folder), passes on the real
environment with the documented exceptions."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "check_licences.py"


def fake_dist(where: Path, name: str, requires=(), expression=None, licence=None, classifiers=()):
    d = where / f"{name.replace('-', '_')}-1.0.dist-info"
    d.mkdir(parents=True)
    lines = ["Metadata-Version: 2.4", f"Name: {name}", "Version: 1.0"]
    if expression:
        lines.append(f"License-Expression: {expression}")
    if licence:
        lines.append(f"License: {licence}")
    lines += [f"Classifier: {c}" for c in classifiers]
    lines += [f"Requires-Dist: {r}" for r in requires]
    (d / "METADATA").write_text("\n".join(lines) + "\n", encoding="utf-8")


def check(path: Path, *args):
    r = subprocess.run([sys.executable, str(SCRIPT), "--path", str(path), "--root", "app", *args],
                       capture_output=True, text=True, timeout=60)
    return r.returncode, r.stdout + r.stderr


def test_clean_tree_passes(tmp_path):
    fake_dist(tmp_path, "app", ["lib>=1", "other; extra == 'dev'"], expression="MIT")
    fake_dist(tmp_path, "lib", expression="Apache-2.0 OR GPL-2.0-only")      # a non-GPL choice
    fake_dist(tmp_path, "other", expression="GPL-3.0-only")                  # an extra only
    rc, out = check(tmp_path)
    assert rc == 0, out
    assert "2 runtime distributions" in out


def test_gpl_deep_in_the_tree_fails(tmp_path):
    fake_dist(tmp_path, "app", ["lib"], expression="MIT")
    fake_dist(tmp_path, "lib", ["Deep_Dep (>=2)"], licence="BSD")
    fake_dist(tmp_path, "deep-dep", expression="GPL-3.0-or-later")
    rc, out = check(tmp_path)
    assert rc == 1
    lines = out.strip().splitlines()
    assert len(lines) == 1
    assert "deep-dep 1.0: GPL-3.0-or-later" in lines[0] and "app > lib > deep-dep" in lines[0]


def test_agpl_licence_field_and_gpl_classifier_fail_but_lgpl_passes(tmp_path):
    fake_dist(tmp_path, "app", ["a", "b", "c"], expression="MIT")
    fake_dist(tmp_path, "a", classifiers=["License :: OSI Approved :: GNU Lesser General Public License v3 (LGPLv3)"])
    fake_dist(tmp_path, "b", licence="AGPL-3.0")
    fake_dist(tmp_path, "c", classifiers=["License :: OSI Approved :: GNU General Public License v2 (GPLv2)"])
    rc, out = check(tmp_path)
    assert rc == 1
    assert "a 1.0" not in out
    assert "b 1.0: AGPL-3.0" in out
    assert "c 1.0: GNU General Public License v2 (GPLv2)" in out


def test_allowed_exception_passes(tmp_path):
    fake_dist(tmp_path, "app", ["lib"], expression="MIT")
    fake_dist(tmp_path, "lib", expression="GPL-2.0-only")
    exceptions = tmp_path / "exceptions.txt"
    exceptions.write_text("# reasons\nlib   # argued here\n", encoding="utf-8")
    rc, out = check(tmp_path, "--exceptions", str(exceptions))
    assert rc == 0, out
    assert "allowed: lib 1.0" in out


def test_real_environment_passes_with_the_documented_exceptions():
    r = subprocess.run([sys.executable, str(SCRIPT), "--exceptions", str(ROOT / "licence-exceptions.txt")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
