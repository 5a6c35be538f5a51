"""Parse and read claims on a Dask cluster (``--dask ADDRESS`` or a
``dask.distributed.Client`` given to ``analyze``).

The per-document work (parse, claims) is independent: documents go to the
workers in chunks of about a batch of the tagger and parser (CHUNK_CHARS),
each worker loads the Stanza models once and keeps them
(parse.pipeline caches them in the worker process), and the parse cache is
shared when the workers see the same cache folder.  iter_claims hands the
chunks back one at a time in input order (a window of tasks submitted ahead),
so that archive add and analyze --per-document store or write each as it
comes and never hold every claim.  Analysis across crossdoc.MIN_DOCUMENTS
documents or more keeps the claims on the workers and runs the
cross-document stage there too (crossdoc: the client holds a few numbers a
claim, and the report is written a chunk of claims at a time).  A smaller run
is gathered (read_claims) and compared on the client, where the features of
more than PAIRS_PER_TASK candidate pairs are a second distributed step
(pair_rows): the workers get the claims and their contexts and send back
rows of numbers.  A document's claims do not depend on the
other documents parsed with it, nor a pair's features on where they were
computed, so the report is the one a single process makes.

Dask is an optional extra: ``pip install 'claimcheck[dask]'``.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Optional

from .errors import ClaimcheckError, first_line

CHUNK_CHARS = 8000   # characters a task (at least one document): a batch of parse_many's tagger and parser
RETRIES = 2          # a task whose worker died runs again elsewhere this many times
# Tasks submitted ahead of the one the client awaits, at least (four per worker
# thread when the cluster says how many it has): results are taken in input
# order, so a window keeps the workers busy without piling up finished chunks.
IN_FLIGHT = 8
# Candidate pairs whose features one task computes.  Past this many pairs in a
# run, the features (the compare engine on every pair: most of the
# cross-document stage's time) are a second distributed step; the workers get
# the claims and their contexts once (broadcast) and send back rows of numbers.
PAIRS_PER_TASK = 20000

def client_for(address: str):
    """A Client for "local:N" (a LocalCluster of N processes started here) or
    the address of a running scheduler (tcp://host:8786)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise ClaimcheckError("--dask needs dask.distributed: pip install 'claimcheck[dask]'") from None
    if address.startswith("local:"):
        try:
            n = int(address.split(":", 1)[1])
        except ValueError:
            n = 0
        if n < 1:
            raise ClaimcheckError(f"--dask {address}: give local:N with N worker processes, at least 1")
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster)
    try:
        return Client(address, timeout=30)
    except (OSError, TimeoutError) as e:
        raise ClaimcheckError(f"--dask {address}: no Dask scheduler answers there ({e})") from None


def _work(texts: list[str], ids: list[str], opts, lex, cache_dir: Optional[str]):
    """On a worker: the documents and claims of one chunk."""
    from .cache import ParseCache
    from .pipeline import claims_by_document
    pc = ParseCache(Path(cache_dir)) if cache_dir is not None else None
    docs, per_doc = claims_by_document(texts, ids, opts, lex, pc)
    return docs, per_doc, (pc.warnings if pc is not None else [])


def chunks(texts: Sequence[str]) -> list[list[int]]:
    """Consecutive runs of document indices, each of about CHUNK_CHARS
    characters (at least one document): what one task parses."""
    out: list[list[int]] = [[]]
    size = 0
    for i, t in enumerate(texts):
        if out[-1] and size + len(t) > CHUNK_CHARS:
            out.append([])
            size = 0
        out[-1].append(i)
        size += len(t)
    return [c for c in out if c]


def _ahead(client) -> int:
    """How many tasks to keep submitted: enough to keep every worker thread
    busy while the client takes results in order (read again at each
    submission, so workers that join later count)."""
    try:
        threads = sum(client.nthreads().values())
    except Exception:  # noqa: BLE001 - a client that cannot say: a small window still works
        threads = 0
    return max(IN_FLIGHT, 4 * threads)


def iter_claims(client, texts: Sequence[str], ids: Sequence[str], opts, lex,
                cache_dir: Optional[Path] = None) -> Iterator[tuple[list[int], list, list[list], list[str]]]:
    """parse -> claims on the cluster, one chunk at a time in input order:
    (the indices of its documents, their documents, each one's claims not
    yet numbered, cache warnings).  Only a window of tasks is submitted ahead
    of the one awaited and each result is let go once yielded, so neither
    the client nor the workers hold the claims of the whole run.  A task
    lost after its retries raises one sentence naming its documents; the
    chunks yielded before it stay yielded."""
    parts = chunks(texts)
    cache = None if cache_dir is None else str(cache_dir)
    pending: deque = deque()
    submitted = 0
    try:
        for c in parts:
            window = _ahead(client) if submitted < len(parts) else 0
            while submitted < len(parts) and len(pending) < window:
                k = parts[submitted]
                # the lexicon (some 25 kB pickled) travels with each task, so that a task
                # run again after its worker died finds it: a scattered copy dies with its
                # worker, and a broadcast scatter and the scheduler's active memory manager
                # (which drops extra replicas) can hold each other up for ever (seen in the
                # cluster tests: workers spinning, the client waiting)
                pending.append(client.submit(_work, [texts[i] for i in k], [ids[i] for i in k], opts, lex, cache,
                                             retries=RETRIES, pure=False))
                submitted += 1
            fut = pending.popleft()
            try:
                got_docs, got_claims, warned = fut.result()
            except Exception as e:  # noqa: BLE001 - a task lost after its retries, whatever the cause
                names = ", ".join(ids[i] for i in c)
                raise ClaimcheckError(f"the Dask workers lost documents {names} ({type(e).__name__}: "
                                      f"{first_line(e, 'no message')})") from None
            del fut                 # the worker lets the result go once no future names it
            yield c, got_docs, got_claims, warned
    finally:
        pending.clear()             # tasks not awaited any more are cancelled with their futures


def read_claims(client, texts: Sequence[str], ids: Sequence[str], opts, lex,
                cache_dir: Optional[Path] = None) -> tuple[list, list, list[str]]:
    """parse -> claims on the cluster, gathered: (documents, claims numbered
    as a single process numbers them, cache warnings).  For a run whose
    claims need not all be held at once, iter_claims."""
    from .pipeline import number_claims
    docs: list = [None] * len(texts)
    claims_of: list = [[] for _ in texts]
    warnings: list[str] = []
    for c, got_docs, got_claims, warned in iter_claims(client, texts, ids, opts, lex, cache_dir):
        warnings.extend(w for w in warned if w not in warnings)
        for i, d, found in zip(c, got_docs, got_claims):
            docs[i] = d
            claims_of[i] = found
    return docs, number_claims(claims_of, ids), warnings


def _rows(claims: list, ctx: list, sim, lex, pairs: list[tuple[int, int]]):
    """On a worker: the feature rows of some candidate pairs."""
    from .pairs import features
    return features(claims, ctx, pairs, sim, lex, whole=False)


def pair_rows(client, claims: list, ctx: list, sim, lex, pairs: list[tuple[int, int]]):
    """The feature rows of `pairs`, computed on the cluster from the claims and
    what the client already derived from them (contexts, similarity scorers:
    word weights come from each claim's document), in pair order (deny_best
    and deny_rel left to pairs.relative on the whole table)."""
    import numpy as np
    parts = [pairs[k:k + PAIRS_PER_TASK] for k in range(0, len(pairs), PAIRS_PER_TASK)]
    rows: list = [None] * len(parts)
    for attempt in range(RETRIES + 1):
        # the claims are scattered once (not broadcast: see read_claims); a
        # copy lost with its worker is scattered again for the parts left
        shared = client.scatter([claims, ctx, sim, lex])
        todo = [k for k, r in enumerate(rows) if r is None]
        futures = {k: client.submit(_rows, *shared, parts[k], retries=RETRIES, pure=False) for k in todo}
        for k, fut in futures.items():
            try:
                rows[k] = fut.result()
            except Exception as e:  # noqa: BLE001 - a task lost after its retries, whatever the cause
                if attempt == RETRIES:
                    raise ClaimcheckError(f"the Dask workers lost the features of {len(parts[k]):,} candidate "
                                          f"pairs ({type(e).__name__}: {first_line(e, 'no message')})") from None
        if all(r is not None for r in rows):
            break
    return np.vstack(rows)
