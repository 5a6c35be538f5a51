#!/usr/bin/env python3
"""Evaluate claimcheck on gold folders: every figure from one command.

    python scripts/evaluate.py [--data FOLDER ...] [--cmd CMD] [--full-parse] [--device D] [--together] [--json] [-v]

A gold folder holds JSON files (shared/eval/FORMAT.md); each file is either one
article ({"id", "text", "claims", ...}) or one event reported by several outlets
({"id", "documents": [{"name", "text"}], "claims": [{"doc": k, ...}], ...}),
told apart by the presence of "documents"; folders may mix both.  The tool is
run exactly as the scorers in shared/eval run it: all articles in ONE process,
``CMD analyze --per-document --format json FILE...``, and one process per event,
``CMD analyze --format json DOC...``; texts are written to a temporary folder.

Matching (score.py's): a predicted claim matches a gold claim of the same
document when their cue character spans overlap, one-to-one, first come first
served in report order.  TP = predicted claims matched to a REQUIRED gold claim;
a prediction matched to an optional gold claim is neither rewarded nor counted.

Figures (the totals agree with score.py / score_multi.py on the same files):
  claims_p/r/f1    P = TP / (predicted - matched to optional), R = TP / required.
  cue_exact        share of TP whose cue span equals the gold cue span exactly
                   (cue "overlap" is 1 by construction: it is the match rule).
  stance_acc       share of TP whose stance equals the gold stance.
  source_exact     over TP whose gold source is non-empty: norm(pred) == norm(gold).
  source_overlap   same claims: rapidfuzz partial_ratio(norm(pred), norm(gold)) >= 80
                   (= source_acc of the scorers; no predicted source counts as wrong).
  content_exact    over TP: norm(pred) == norm(gold) (gold content non-empty).
  content_overlap  over TP: the prediction holds at least half of the gold content's
                   words and is at most 3x+5 words long (= content_acc of the scorers).
  contra_p/r/f1    a predicted pair is found when its two claims match the two
                   claims of a gold pair; pairs matching an "acceptable" gold pair
                   are ignored; every other predicted pair is false.
  within_* / cross_*  the same split by document: a gold pair is cross when its
                   claims lie in two documents, a false pair when the predicted
                   claims do.  cross_* only where events were scored (else null).
  denial_* / assertions_*  the same split by stance: a gold pair of a denial
                   and an assertion (a denial against the report it rejects) or
                   of two assertions in conflict; a false pair by the predicted
                   claims' stances.
  free_units / free_false / false_per_free  gold files without any contradiction,
                   the false contradictions predicted in them, and their ratio
                   ("false alarms per contradiction-free article or event").
  topics_p/r/f1    pairwise over matched required claims of one article (of the
                   whole event for events): "same topic" predicted vs gold.  A
                   claim without a predicted topic shares it with nobody.
  bcubed_p/r/f1    BCubed over the same claims: for each claim, the share of its
                   predicted cluster that is in its gold cluster (P) and of its gold
                   cluster that is in its predicted cluster (R), averaged over all
                   claims; F1 from the averages.
Figures are given overall, per kind when articles and events are mixed, and per
subset (file-name prefix: c1-, c2-, ..., dev-, seed-, e1-, e2-).  Ratios with an
empty denominator are 0, as in the scorers.
"""
from __future__ import annotations

import argparse
import json
import re
import shlex
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

TASHKEEL = re.compile('[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]')
DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"
Claim = dict[str, Any]
Report = dict[str, Any]


def norm(s: str | None) -> str:
    """score.py's normalisation: no tashkeel, unified alef/ya/ta marbuta, no punctuation."""
    s = TASHKEEL.sub('', s or '')
    s = re.sub('[إأآٱ]', 'ا', s).replace('ى', 'ي').replace('ة', 'ه')
    s = re.sub(r'[^\w\s]', ' ', s)
    return ' '.join(s.split())


def nth(text: str, cue: str, n: int) -> tuple[int, int]:
    """Span of the n-th raw occurrence of `cue` in `text` (as score.py counts)."""
    i = -1
    for _ in range(n):
        i = text.find(cue, i + 1)
        if i < 0:
            raise ValueError(f'cue {cue!r} occurrence {n} not in text')
    return i, i + len(cue)


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def ratio(a: float, b: float) -> float:
    return a / max(1, b)


def f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


@dataclass
class Unit:
    """One gold file: an article (one document) or an event (several)."""
    id: str
    kind: str                      # "article" or "event"
    subset: str                    # file-name prefix, e.g. "c1-"
    texts: list[str]
    names: list[str]
    claims: list[Claim]            # each with "doc" (index) and "span" (cue span)
    gpairs: set[frozenset[int]]
    apairs: set[frozenset[int]]
    paths: list[str] = field(default_factory=list)


def subset_of(f: Path) -> str:
    return f.name.split('-', 1)[0] + '-' if '-' in f.name else 'other'


def load_unit(f: Path) -> Unit:
    """Read one gold file and locate every gold cue in its document."""
    g = json.loads(f.read_text(encoding='utf-8'))
    if 'documents' in g:
        kind = 'event'
        texts = [d['text'] for d in g['documents']]
        names = [str(d.get('name', k)) for k, d in enumerate(g['documents'])]
    else:
        kind, texts, names = 'article', [g['text']], [str(g['id'])]
    claims = [dict(c) for c in g['claims']]
    for c in claims:
        c['doc'] = c.get('doc', 0) if kind == 'event' else 0
        try:
            c['span'] = nth(texts[c['doc']], c['cue'], c.get('occurrence', 1))
        except ValueError as e:
            raise SystemExit(f'{f}: {e}') from None
    return Unit(str(g['id']), kind, subset_of(f), texts, names, claims,
                {frozenset(x) for x in g.get('contradictions', [])},
                {frozenset(x) for x in g.get('acceptable', [])})


def load_units(folders: list[str]) -> list[Unit]:
    units = []
    for d in folders:
        files = sorted(Path(d).glob('*.json'))
        if not files:
            sys.exit(f'no gold files in {d}')
        units += [load_unit(f) for f in files]
    return units


def free_path(p: Path) -> Path:
    """`p`, or `p` with a numeric suffix when several --data folders share an id."""
    k = 2
    while p.exists():
        p = p.with_name(f'{p.stem.rsplit("~", 1)[0]}~{k}{p.suffix}')
        k += 1
    return p


def write_texts(units: list[Unit], tmp: Path) -> None:
    """Write texts as the scorers do: <tmp>/<id>.txt, <tmp>/<event>/<name>.txt."""
    for u in units:
        if u.kind == 'article':
            p = free_path(tmp / f'{u.id}.txt')
            p.write_text(u.texts[0], encoding='utf-8')
            u.paths = [str(p)]
            continue
        ed = free_path(tmp / u.id)
        ed.mkdir()
        for name, text in zip(u.names, u.texts):
            p = ed / f'{name}.txt'
            p.write_text(text, encoding='utf-8')
            u.paths.append(str(p))


def run_tool(cmd: str, flags: list[str], paths: list[str], timeout: float) -> tuple[Report, float]:
    """Run the tool once; exit 2 (like the scorers) when it fails."""
    t0 = time.perf_counter()
    try:
        r = subprocess.run(shlex.split(cmd) + ['analyze', *flags, '--format', 'json', *paths],
                           check=False, capture_output=True, text=True, encoding='utf-8', timeout=timeout)
    except subprocess.TimeoutExpired:
        print(f'FAIL: tool ran past {timeout} s')
        sys.exit(2)
    wall = time.perf_counter() - t0
    if r.returncode not in (0, 1):
        print(r.stderr[-3000:], file=sys.stderr)
        print(f'FAIL: tool exited {r.returncode}')
        sys.exit(2)
    try:
        return json.loads(r.stdout), wall
    except json.JSONDecodeError as e:
        print(r.stdout[:2000], file=sys.stderr)
        print(f'FAIL: stdout is not one JSON document ({e})')
        sys.exit(2)


def saved_report(path: str, units: list[Unit]) -> Report:
    """A saved article report; its documents are matched to gold ids by file stem."""
    if any(u.kind == 'event' for u in units):
        sys.exit('--report scores article folders only')
    rep = json.loads(Path(path).read_text(encoding='utf-8'))
    by_stem = {Path(u.paths[0]).stem: u.paths[0] for u in units}
    for c in rep.get('claims', []):
        c['doc'] = by_stem.get(Path(c['doc']).stem, c['doc'])
    return rep


def reports(units: list[Unit], a: argparse.Namespace) -> tuple[list[Report], float]:
    """One report per unit (all articles share one run), and the tool's wall time."""
    arts = [u for u in units if u.kind == 'article']
    wall, shared = 0.0, {}
    if a.report:
        shared = saved_report(a.report, units)
    elif arts:
        shared, wall = run_tool(a.cmd, ['--per-document', *a.flags], [u.paths[0] for u in arts], a.timeout)
    out = []
    for u in units:
        if u.kind == 'article':
            out.append(shared)
            continue
        rep, w = run_tool(a.cmd, a.flags, u.paths, a.timeout)
        out.append(rep)
        wall += w
    return out, wall


def together(units: list[Unit], a: argparse.Namespace) -> dict:
    """All the articles in one run without --per-document, as a user analyses a
    folder of news: contradictions and topics that join two articles.  The
    articles are separate stories, so each such contradiction is a false alarm."""
    arts = [u for u in units if u.kind == 'article']
    if len(arts) < 2:
        return {}
    rep, _ = run_tool(a.cmd, a.flags, [u.paths[0] for u in arts], a.timeout)
    doc = {c['id']: c['doc'] for c in rep.get('claims', [])}
    cross = [x for x in rep.get('contradictions', []) if doc[x['claims'][0]] != doc[x['claims'][1]]]
    members: dict = {}
    for c in rep.get('claims', []):
        members.setdefault(c.get('topic'), set()).add(c['doc'])
    joined = sum(1 for t, ds in members.items() if t is not None and len(ds) > 1)
    widest = max((len(ds) for t, ds in members.items() if t is not None), default=0)
    return {'articles': len(arts), 'cross_contradictions': len(cross),
            'cross_per_article': round(len(cross) / len(arts), 3), 'topics_joining_articles': joined,
            'widest_topic_articles': widest, 'topics': len(rep.get('topics', []))}


def match_claims(u: Unit, preds: list[Claim], docidx: dict[str, int]) -> dict[str, int]:
    """Predicted claim id -> gold claim index: cue spans overlap, first come first served."""
    used: set[int] = set()
    match: dict[str, int] = {}
    for pc in preds:
        span, dk = (pc['cue']['start'], pc['cue']['end']), docidx[pc['doc']]
        for gi, gc in enumerate(u.claims):
            if gi not in used and gc['doc'] == dk and overlap(span, gc['span']):
                used.add(gi)
                match[pc['id']] = gi
                break
    return match


def text_of(pc: Claim, key: str) -> str:
    return (pc.get(key) or {}).get('text') or ''


def judge_claim(pc: Claim, gc: Claim, n: Counter, where: str) -> list[str]:
    """Count one TP's cue, stance, source and content; return its misses."""
    miss = []
    n['tp'] += 1
    n['cue_ex'] += (pc['cue']['start'], pc['cue']['end']) == tuple(gc['span'])
    n['stance'] += pc.get('stance') == gc['stance']
    gw = set(norm(gc.get('content', '')).split())
    pct = text_of(pc, 'content')
    pw = norm(pct).split()
    ok = bool(gw) and len(gw & set(pw)) >= len(gw) / 2 and len(pw) <= 3 * len(gw) + 5
    n['ct_ov'] += ok
    n['ct_ex'] += bool(gw) and norm(pct) == norm(gc.get('content', ''))
    if not ok:
        miss.append(f"{where}: content miss cue={gc['cue']!r} gold={gc.get('content')!r} pred={pct!r}")
    if gc.get('source'):
        n['src_n'] += 1
        ps = text_of(pc, 'source')
        ok = bool(ps) and fuzz.partial_ratio(norm(ps), norm(gc['source'])) >= 80
        n['src_ov'] += ok
        n['src_ex'] += norm(ps) == norm(gc['source'])
        if not ok:
            miss.append(f"{where}: source miss cue={gc['cue']!r} gold={gc['source']!r} pred={ps!r}")
    if pc.get('stance') != gc['stance']:
        miss.append(f"{where}: stance miss cue={gc['cue']!r} gold={gc['stance']} pred={pc.get('stance')}")
    return miss


def score_claims(u: Unit, preds: list[Claim], match: dict[str, int],
                 docidx: dict[str, int], n: Counter) -> list[str]:
    """Claim, cue, stance, source and content counts of one unit; misses as lines."""
    lines = []
    ev = u.kind == 'event'
    req = [i for i, c in enumerate(u.claims) if not c.get('optional')]
    n['req'] += len(req)
    n['pred'] += len(preds)
    for pc in preds:
        gi = match.get(pc['id'])
        if gi is None:
            d = f" doc={docidx[pc['doc']]}" if ev else ''
            lines.append(f"{u.id}: false claim{d} cue={pc['cue']['text']!r} @{pc['cue']['start']}")
        elif u.claims[gi].get('optional'):
            n['opt'] += 1
        else:
            lines += judge_claim(pc, u.claims[gi], n, u.id)
    for gi in sorted(set(req) - set(match.values())):
        c = u.claims[gi]
        d = f" doc={c['doc']}" if ev else ''
        lines.append(f"{u.id}: missed claim #{gi}{d} cue={c['cue']!r} source={c.get('source')!r}")
    return lines


def score_contradictions(u: Unit, preds: list[Claim], match: dict[str, int],
                         rep: Report, n: Counter) -> list[str]:
    """Found, false and gold contradictions of one unit, within and cross."""
    lines, found, nfalse = [], set(), 0
    ids = {pc['id']: pc for pc in preds}
    for c in rep.get('contradictions', []):
        x, y = c['claims'][:2]
        if x not in ids or (u.kind == 'event' and y not in ids):
            continue  # score.py checks the first claim only, score_multi.py both
        gx, gy = match.get(x), match.get(y)
        pair = frozenset((gx, gy)) if gx is not None and gy is not None else None
        if pair in u.gpairs:
            found.add(pair)
        elif pair not in u.apairs:
            cross = y in ids and ids[x]['doc'] != ids[y]['doc']
            n['cfp_x' if cross else 'cfp_in'] += 1
            n['cfp_' + _kind(ids[x]['stance'], (ids.get(y) or ids[x])['stance'])] += 1
            nfalse += 1
            lines.append(f"{u.id}: false {'cross ' if cross else ''}contradiction "
                         f"{ids[x]['cue']['text']!r} x {(ids.get(y) or {}).get('cue', {}).get('text')!r} "
                         f"(gold {gx},{gy})")
    found_as = {gi: ids[pid]['stance'] for pid, gi in match.items()}
    for pr in u.gpairs:
        kind = 'x' if len({u.claims[i]['doc'] for i in pr}) > 1 else 'in'
        n['creach'] += all(i in found_as for i in pr)
        n['cstance'] += all(found_as.get(i) == u.claims[i]['stance'] for i in pr)
        n['creq_' + kind] += 1
        n['ctp_' + kind] += pr in found
        by = _kind(*(u.claims[i]['stance'] for i in sorted(pr)))
        n['creq_' + by] += 1
        n['ctp_' + by] += pr in found
        if pr not in found:
            i, j = sorted(pr)
            lines.append(f"{u.id}: missed {'cross ' if kind == 'x' else ''}contradiction "
                         f"#{i} {u.claims[i]['cue']!r} x #{j} {u.claims[j]['cue']!r}")
    if not u.gpairs:
        n['free'] += 1
        n['free_false'] += nfalse
    return lines


def score_topics(u: Unit, preds: list[Claim], match: dict[str, int], n: Counter) -> None:
    """Pairwise and BCubed counts over the unit's matched required claims."""
    topic = {pc['id']: pc.get('topic') for pc in preds}
    inv = {gi: pid for pid, gi in match.items() if not u.claims[gi].get('optional')}
    items = [(u.claims[gi].get('topic'), topic[inv[gi]]) for gi in sorted(inv)]
    for (ga, pa), (gb, pb) in combinations(items, 2):
        gs, ps = ga == gb, pa is not None and pa == pb
        n['ttp'] += gs and ps
        n['tfp'] += ps and not gs
        n['tfn'] += gs and not ps
    for i, (g, p) in enumerate(items):
        gold = {j for j, (h, _) in enumerate(items) if h == g}
        pred = {j for j, (_, q) in enumerate(items) if p is not None and q == p} or {i}
        n['b3_p'] += len(gold & pred) / len(pred)
        n['b3_r'] += len(gold & pred) / len(gold)
    n['b3_n'] += len(items)


def _kind(s1: str, s2: str) -> str:
    """A pair's kind by its stances: "da", a denial against what another
    claim asserts (most pairs of real news: 72% of the training articles'),
    or "aa", two assertions in conflict (or two denials, which are rare)."""
    return 'da' if (s1 == 'deny') != (s2 == 'deny') else 'aa'


def score_unit(u: Unit, rep: Report) -> tuple[Counter, list[str]]:
    """All counts of one gold file against the report that covers it."""
    n: Counter = Counter({u.kind + 's': 1, 'docs': len(u.texts)})
    preds = [c for c in rep.get('claims', []) if c['doc'] in u.paths]
    docidx = {p: k for k, p in enumerate(u.paths)}
    match = match_claims(u, preds, docidx)
    lines = score_claims(u, preds, match, docidx, n)
    lines += score_contradictions(u, preds, match, rep, n)
    score_topics(u, preds, match, n)
    return n, lines


def prf(tp: float, fp: float, fn_or_gold: float, gold: bool = True) -> tuple[float, float, float]:
    """P, R, F1 from TP, FP and (gold count, or FN when gold=False)."""
    p = ratio(tp, tp + fp)
    r = ratio(tp, fn_or_gold) if gold else ratio(tp, tp + fn_or_gold)
    return p, r, f1(p, r)


def put(m: dict[str, Any], prefix: str, vals: tuple[float, float, float]) -> None:
    for k, v in zip(('p', 'r', 'f1'), vals):
        m[f'{prefix}_{k}'] = round(v, 3)


def metrics(n: Counter) -> dict[str, Any]:
    """The figures of the module docstring from summed counts."""
    m: dict[str, Any] = {k: n[k] for k in ('articles', 'events', 'docs')}
    put(m, 'claims', prf(n['tp'], n['pred'] - n['opt'] - n['tp'], n['req']))
    m.update(tp=n['tp'], predicted=n['pred'], matched_optional=n['opt'], required=n['req'])
    for k, num, den in (('cue_exact', 'cue_ex', 'tp'), ('stance_acc', 'stance', 'tp'),
                        ('source_acc', 'src_ov', 'src_n'), ('source_exact', 'src_ex', 'src_n'),
                        ('source_overlap', 'src_ov', 'src_n'), ('content_acc', 'ct_ov', 'tp'),
                        ('content_exact', 'ct_ex', 'tp'), ('content_overlap', 'ct_ov', 'tp')):
        m[k] = round(ratio(n[num], n[den]), 3)
    ctp, cfp = n['ctp_in'] + n['ctp_x'], n['cfp_in'] + n['cfp_x']
    put(m, 'contra', prf(ctp, cfp, n['creq_in'] + n['creq_x']))
    m.update(contra_found=ctp, contra_gold=n['creq_in'] + n['creq_x'], contra_false=cfp)
    for part, key in (('within', 'in'), ('cross', 'x')):
        put(m, part, prf(n['ctp_' + key], n['cfp_' + key], n['creq_' + key]))
        m.update({f'{part}_found': n['ctp_' + key], f'{part}_gold': n['creq_' + key],
                  f'{part}_false': n['cfp_' + key]})
    for part, key in (('denial', 'da'), ('assertions', 'aa')):
        put(m, part, prf(n['ctp_' + key], n['cfp_' + key], n['creq_' + key]))
        m.update({f'{part}_found': n['ctp_' + key], f'{part}_gold': n['creq_' + key],
                  f'{part}_false': n['cfp_' + key]})
    m.update(contra_gold_claims_found=n['creach'], contra_gold_stances_right=n['cstance'])
    if not n['events']:
        m.update({k: None for k in m if k.startswith('cross_')})
    m.update(free_units=n['free'], free_false=n['free_false'],
             false_per_free=round(ratio(n['free_false'], n['free']), 3))
    put(m, 'topics', prf(n['ttp'], n['tfp'], n['tfn'], gold=False))
    bp, br = ratio(n['b3_p'], n['b3_n']), ratio(n['b3_r'], n['b3_n'])
    put(m, 'bcubed', (bp, br, f1(bp, br)))
    return m


def aggregate(units: list[Unit], counts: list[Counter]) -> dict[str, dict[str, Any]]:
    """Figures overall ("all"), per kind when mixed, and per subset."""
    groups: dict[str, Counter] = {'all': Counter()}
    kinds = {u.kind for u in units}
    for u, n in zip(units, counts):
        keys = ['all', u.subset] + ([u.kind + 's'] if len(kinds) > 1 else [])
        for k in keys:
            groups.setdefault(k, Counter()).update(n)
    order = ['all', 'articles', 'events'] + sorted(k for k in groups if k.endswith('-') or k == 'other')
    return {k: metrics(groups[k]) for k in order if k in groups}


COLUMNS_1 = [('n', None), ('docs', 'docs'), ('cl_P', 'claims_p'), ('cl_R', 'claims_r'),
             ('cl_F1', 'claims_f1'), ('cue_ex', 'cue_exact'), ('stance', 'stance_acc'),
             ('src_ex', 'source_exact'), ('src_ov', 'source_overlap'),
             ('cnt_ex', 'content_exact'), ('cnt_ov', 'content_overlap')]
COLUMNS_2 = [('con_n', 'contra_n'), ('con_P', 'contra_p'), ('con_R', 'contra_r'), ('con_F1', 'contra_f1'),
             ('in_F1', 'within_f1'), ('x_P', 'cross_p'), ('x_R', 'cross_r'), ('x_F1', 'cross_f1'),
             ('FA/free', 'false_per_free'), ('top_P', 'topics_p'), ('top_R', 'topics_r'),
             ('top_F1', 'topics_f1'), ('B3_P', 'bcubed_p'), ('B3_R', 'bcubed_r'), ('B3_F1', 'bcubed_f1')]
COLUMN_HELP = ('con_n = contradictions found/gold/false; in_ = within a document, x_ = across documents; '
               'FA/free = false contradictions per contradiction-free file; B3 = BCubed')


def cell(m: dict[str, Any], key: str | None) -> str:
    if key == 'contra_n':
        return f"{m['contra_found']}/{m['contra_gold']}/{m['contra_false']}"
    v = m['articles'] + m['events'] if key is None else m[key]
    if v is None:
        return '-'
    return f'{v:.3f}' if isinstance(v, float) else str(v)


def table(res: dict[str, dict[str, Any]], cols: list[tuple[str, str | None]]) -> list[str]:
    rows = [['', *(c for c, _ in cols)]] + [[g, *(cell(m, k) for _, k in cols)] for g, m in res.items()]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return ['  '.join(s.rjust(w) if i else s.ljust(w) for i, (s, w) in enumerate(zip(r, widths)))
            for r in rows]


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--data', action='append', help=f'gold folder, repeatable (default {DEFAULT_DATA})')
    ap.add_argument('--cmd', default='claimcheck', help='command that runs the tool (default: claimcheck)')
    ap.add_argument('--timeout', type=float, default=600, help='seconds per tool run (default 600)')
    ap.add_argument('--report', help='score this saved JSON report (articles only) instead of running the tool')
    ap.add_argument('-v', '--verbose', action='store_true', help='print misses and false alarms')
    ap.add_argument('--json', action='store_true', help='print the metrics as JSON on the last line')
    ap.add_argument('--together', action='store_true',
                    help='also analyse all the articles in one run (no --per-document) and count the '
                         'contradictions across articles (false alarms: the articles are separate stories)')
    ap.add_argument('--full-parse', dest='flags', action='append_const', const='--full-parse',
                    help='run the tool with --full-parse (every sentence parsed), to compare with the default')
    ap.add_argument('--device', choices=('auto', 'cpu', 'cuda'),
                    help="run the tool with --device DEVICE (where Stanza runs; default: the tool's own, auto)")
    a = ap.parse_args(argv)
    a.flags = (a.flags or []) + (['--device', a.device] if a.device else [])
    a.data = a.data or [str(DEFAULT_DATA)]
    return a


def main(argv: list[str] | None = None) -> None:
    a = parse_args(argv)
    units = load_units(a.data)
    with tempfile.TemporaryDirectory(prefix='cceval-') as tmp:
        write_texts(units, Path(tmp))
        reps, wall = reports(units, a)
        joint = together(units, a) if a.together else {}
    counts, lines = [], []
    for u, rep in zip(units, reps):
        n, ls = score_unit(u, rep)
        counts.append(n)
        lines += ls
    res = aggregate(units, counts)
    if a.verbose:
        print('\n'.join('  ' + s for s in lines))
    print('\n'.join(table(res, COLUMNS_1)) + '\n')
    print('\n'.join(table(res, COLUMNS_2)))
    print(COLUMN_HELP)
    top = res['all']
    print('contradictions by kind (found/gold/false, F1): a denial against a report '
          f"{top['denial_found']}/{top['denial_gold']}/{top['denial_false']} ({top['denial_f1']:.3f}); "
          f"two assertions {top['assertions_found']}/{top['assertions_gold']}/{top['assertions_false']} "
          f"({top['assertions_f1']:.3f})")
    print(f"gold contradictions within reach: both claims found {top['contra_gold_claims_found']}, "
          f"and both stances right {top['contra_gold_stances_right']}, of {top['contra_gold']}")
    print(f'tool wall time {wall:.1f} s')
    if joint:
        print(f"articles analysed together: {joint['articles']} articles, {joint['cross_contradictions']} "
              f"contradictions across articles ({joint['cross_per_article']} per article, all false alarms), "
              f"{joint['topics_joining_articles']} of {joint['topics']} topics join two articles or more "
              f"(the widest, {joint['widest_topic_articles']})")
    if a.json:
        print(json.dumps({**res['all'], 'wall_s': round(wall, 2), 'groups': res, 'together': joint},
                         ensure_ascii=False))


if __name__ == '__main__':
    main()
