#!/usr/bin/env python3
"""Fail when claimcheck's runtime dependency tree holds a GPL-family package.

Walks the installed distributions that claimcheck needs at run time - its
requirements, recursively, leaving out extras (test, dev, ...) and
requirements whose environment marker does not hold here - and reads each
one's licence from its metadata: License-Expression, the License field and
the "License ::" classifiers.  A distribution under the GPL or AGPL (any
version) fails the check, unless an alternative of its licence expression
("MIT OR GPL-2.0") leaves a non-GPL choice.  The LGPL does not: it lets a
program under any licence import the library unchanged (python-bidi).

    python scripts/check_licences.py [--root claimcheck] [--path DIR]... [--allow NAME]... [--exceptions FILE]

Exit 0 and one summary line when the tree is clean; exit 1 with one line per
offending distribution ("udapi 0.5.2: GPL-3.0-or-later (required by
claimcheck > stanza > udtools)").  --allow names a distribution that is
tolerated (reported as "allowed", not failed); --exceptions reads such names
from a file, one a line, each with its reason after a "#"
(licence-exceptions.txt: every entry there is a debt to pay off).  --path reads the distributions
installed under the given folders instead of the running interpreter's
(used by the tests).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable
from importlib import metadata
from typing import Optional

_GPL = re.compile(r"\bA?GPL|GNU\s+(?:Affero\s+)?General\s+Public\s+Licen[cs]e", re.IGNORECASE)
_NAME = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


def canonical(name: str) -> str:
    """PEP 503 normalised distribution name."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _marker_holds(marker: str) -> bool:
    """Whether a requirement's environment marker holds here; a marker naming
    an extra never does (extras are not runtime dependencies)."""
    if not marker.strip():
        return True
    if re.search(r"\bextra\s*==", marker):
        return False
    try:
        from packaging.markers import Marker
    except ImportError:          # pragma: no cover - no packaging: count it in
        return True
    try:
        return Marker(marker).evaluate({"extra": ""})
    except Exception:            # pragma: no cover - unreadable marker: count it in
        return True


def requirement_names(dist: metadata.Distribution) -> list[str]:
    """The runtime requirements of a distribution, canonical names."""
    out = []
    for req in dist.requires or []:
        spec, _, marker = req.partition(";")
        m = _NAME.match(spec)
        if m and _marker_holds(marker):
            out.append(canonical(m.group(1)))
    return out


def licences(dist: metadata.Distribution) -> tuple[Optional[str], str, list[str]]:
    """(License-Expression, License field, licence classifiers)."""
    md = dist.metadata
    expr = md.get("License-Expression")
    text = md.get("License") or ""
    classifiers = [c for c in (md.get_all("Classifier") or []) if c.startswith("License ::")]
    return expr, text, classifiers


def gpl_licence(dist: metadata.Distribution) -> Optional[str]:
    """The GPL-family licence a distribution is under, or None."""
    expr, text, classifiers = licences(dist)
    if expr:
        alternatives = re.split(r"\s+OR\s+", expr.strip("() "), flags=re.IGNORECASE)
        if all(_GPL.search(a) for a in alternatives):
            return expr
        return None
    if _GPL.search(text.splitlines()[0] if text else ""):
        return text.splitlines()[0].strip()
    gpl = [c for c in classifiers if _GPL.search(c)]
    if gpl and len(gpl) == len(classifiers):
        return gpl[0].split("::")[-1].strip()
    return None


def walk(root: str, dists: dict[str, metadata.Distribution]) -> dict[str, list[str]]:
    """Every distribution reachable from ``root``: canonical name -> the chain
    of names that requires it (breadth first, so the chain is a shortest one)."""
    start = canonical(root)
    if start not in dists:
        raise SystemExit(f"check_licences: {root} is not installed")
    chains = {start: [start]}
    queue = [start]
    while queue:
        name = queue.pop(0)
        for dep in requirement_names(dists[name]):
            if dep in dists and dep not in chains:
                chains[dep] = chains[name] + [dep]
                queue.append(dep)
    return chains


def installed(paths: Optional[Iterable[str]] = None) -> dict[str, metadata.Distribution]:
    found = metadata.distributions(path=list(paths)) if paths else metadata.distributions()
    out: dict[str, metadata.Distribution] = {}
    for d in found:
        name = d.metadata.get("Name")
        if name:
            out.setdefault(canonical(name), d)      # the first one on the path wins, as for imports
    return out


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", default="claimcheck", help="distribution whose runtime tree is checked")
    ap.add_argument("--path", action="append", help="read distributions installed under this folder")
    ap.add_argument("--allow", action="append", default=[], help="tolerate this distribution (argue why)")
    ap.add_argument("--exceptions", help="file of tolerated distribution names, one a line, '#' starts the reason")
    a = ap.parse_args(argv)
    names = list(a.allow)
    if a.exceptions:
        with open(a.exceptions, encoding="utf-8") as f:
            names += [x for x in (line.split("#", 1)[0].strip() for line in f) if x]
    dists = installed(a.path)
    chains = walk(a.root, dists)
    allowed = {canonical(n) for n in names}
    bad = 0
    for name in sorted(chains):
        lic = gpl_licence(dists[name])
        if lic is None:
            continue
        d = dists[name]
        line = f"{d.metadata['Name']} {d.version}: {lic} (required by {' > '.join(chains[name])})"
        if name in allowed:
            print(f"allowed: {line}")
        else:
            print(line, file=sys.stderr)
            bad += 1
    if bad:
        return 1
    print(f"licences: {len(chains)} runtime distributions, no GPL or AGPL licence"
          + (f" besides {len(allowed & set(chains))} allowed" if allowed & set(chains) else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
