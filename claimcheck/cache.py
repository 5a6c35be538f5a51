"""The parse cache: parsed documents stored in the user cache folder.

Entries are keyed by a hash of the text and the model identity, written
atomically (temporary file + rename, so two processes never see half an
entry), and ignored with a warning when corrupt.  Reading an entry needs
neither torch nor stanza.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Optional

from .parse import from_data, to_data
from .types import ParsedDoc

FORMAT = 2        # 2: sentences may be tokens only (parse.to_data); 1 (all parsed) is read as well
READS = (1, 2)
# the key scheme: 2 since a decimal point no longer ends a sentence (entries
# of key 1 hold the old sentences and are not read); 3 since a sentence end
# the tokenizer left inside a sentence cuts it (parse._cut_sentences); 5 since
# no such cut follows an abbreviation written with its points ("أ.د."; 4 was
# used by an experiment never committed, whose entries may still be about); 6
# since a sentence also ends after a closing quotation mark ('مغلقة". وأضاف'); 7
# since a sentence's point the tokenizer left on a word is a token of its own
# ("الماضي. وبحسب": parse._glued_end); 8 since one ends after a percent sign
# ("بلغت 31.7%. وبحسب")
KEY = 8


_SHARD = re.compile(r"[0-9a-f]{2}")
_ENTRY = re.compile(r"[0-9a-f]{64}\.json\.z")


def default_dir() -> Path:
    env = os.environ.get("CLAIMCHECK_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "claimcheck"


INFLATE_PER_CHAR = 64          # bytes of a decompressed entry per character of its text


class ParseCache:
    def __init__(self, root: Optional[Path] = None):
        self.root = Path(root) if root else default_dir()
        self.warnings: list[str] = []

    def key(self, text: str, model_identity: str) -> str:
        h = hashlib.sha256()
        h.update(f"{KEY}\0{model_identity}\0".encode())
        h.update(text.encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    def _path(self, key: str) -> Path:
        return self.root / "parses" / key[:2] / f"{key}.json.z"

    def get(self, text: str, model_identity: str) -> Optional[ParsedDoc]:
        p = self._path(self.key(text, model_identity))
        try:
            raw = p.read_bytes()
        except OSError:
            return None
        try:
            # a parse takes about 20 bytes a character: a crafted entry that
            # inflates far past that is refused before it fills the memory
            z = zlib.decompressobj()
            plain = z.decompress(raw, INFLATE_PER_CHAR * len(text) + 65536)
            if z.unconsumed_tail:
                raise ValueError("the entry inflates past its bound")
            data = json.loads(plain.decode("utf-8"))
            if data.get("format") not in READS:
                return None
            return from_data(text, data)
        except Exception:
            # reported once, in the report's warnings (which --quiet silences)
            self.warnings.append(f"ignored a corrupt cache entry {p}")
            try:
                p.unlink()
            except OSError:
                pass
            return None

    def put(self, text: str, model_identity: str, doc: ParsedDoc) -> None:
        p = self._path(self.key(text, model_identity))
        data = to_data(doc)
        data["format"] = FORMAT
        blob = zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=p.parent, prefix=".tmp-", suffix=".z")
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(blob)
                os.replace(tmp, p)
            except BaseException:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass
                raise
        except OSError as e:
            self.note([f"could not write the parse cache in {self.root} ({e.strerror}); continuing without it"])

    def note(self, warnings: Iterable[str]) -> None:
        """Add the warnings not given yet (a worker's, or this cache's own again)."""
        for w in warnings:
            if w not in self.warnings:
                self.warnings.append(w)

    def clear(self) -> int:
        """Delete the cached parses - only the files claimcheck wrote (two-letter
        shard folders of <64 hex digits>.json.z), never anything else a user
        keeps in the folder - and return how many were removed.  A file that
        cannot be removed raises OSError."""
        d = self.root / "parses"
        if not d.is_dir():
            return 0
        n = 0
        for shard in sorted(d.iterdir()):
            if not (shard.is_dir() and not shard.is_symlink() and _SHARD.fullmatch(shard.name)):
                continue
            for f in sorted(shard.iterdir()):
                if _ENTRY.fullmatch(f.name) and f.name.startswith(shard.name) and f.is_file() and not f.is_symlink():
                    f.unlink()
                    n += 1
            with contextlib.suppress(OSError):
                shard.rmdir()          # only when nothing else is left in it
        with contextlib.suppress(OSError):
            d.rmdir()
        return n
