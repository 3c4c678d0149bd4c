#!/usr/bin/env python3
"""Computes golden.json for ScorerTests with the reference scorer, ../shared/eval/tools/score.py.

usage: python3 make-golden.py [PATH/TO/score.py]   (default: ../shared/eval/tools/score.py beside the repository)

The cases are a small data set: gold/<case>.txt and out/<case>.txt (a missing output counts as empty, as in
score.py). Per page it records score.py's page() shares and the precision/recall it feeds into the means; for
the whole set it records score()'s own rounded figures and the same means unrounded. Floats are written with
repr(), which round-trips, so the C# scorer can be held to the last bit. Python's sum() is plain left-to-right
addition up to 3.11 (3.12 compensates): run this with the Python that runs score.py in CI.
"""
import importlib.util, json, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.normpath(os.path.join(here, '..', '..', '..', '..'))
score_py = sys.argv[1] if len(sys.argv) > 1 else os.path.join(repo, '..', 'shared', 'eval', 'tools', 'score.py')
spec = importlib.util.spec_from_file_location('score', score_py)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)

# One line mixing the classes where Python's \w and .NET's \w disagree: combining marks (Mn, Mc), connector
# punctuation (Pc), letter and other numbers (Nl, No), joiners (Cf), supplementary-plane letters and symbols.
TOKENIZER_TEXT = (
    'snake_case x\u203fy caf\u00e9 cafe\u0301 \u0645\u064e\u0643\u0652\u062a\u064e\u0628 \u0939\u093f\u0928\u094d\u0926\u0940 '
    '\u0968\u0966\u0968\u096a \u00bd\u00b2 \u216b \u2460 \U0001d400\U0001d401 \U00020000\u4e2d \U0001f308\ufe0f x\u200dy '
    '\u0663\u0664 \uff11\uff12 Stra\u00dfe \u02b0 \u01c5 \u1f88 \ud55c\uad6d\uc5b4 \u0e44\u0e17\u0e22 a\u0300\u0301b')

def read(path):
    return open(path, encoding='utf-8', errors='replace').read() if os.path.exists(path) else ''

pages, ps, rs = [], [], []
for f in sorted(os.listdir(os.path.join(here, 'gold'))):
    gold = open(os.path.join(here, 'gold', f), encoding='utf-8').read()
    pred = read(os.path.join(here, 'out', f))
    tp, fp, fn = score.page(gold, pred)
    p = (1.0 if fp == fn == 0 else tp / (tp + fp)) if tp + fp > 0 else None
    r = (1.0 if fp == fn == 0 else tp / (tp + fn)) if tp + fn > 0 else None
    if p is not None: ps.append(p)
    if r is not None: rs.append(r)
    pages.append({'case': f[:-4], 'tp': tp, 'fp': fp, 'fn': fn, 'precision': p, 'recall': r,
                  'empty': not pred.strip(), 'goldTokens': len(score.TOK.findall(gold)),
                  'outputTokens': len(score.TOK.findall(pred))})

P = sum(ps) / len(ps) if ps else 0.0
R = sum(rs) / len(rs) if rs else 0.0
F = 2 * P * R / (P + R) if P + R else 0.0
golden = {
    'about': 'computed by make-golden.py with ' + os.path.basename(score_py) + ' on Python ' + sys.version.split()[0],
    'pages': pages,
    'dataset': {'precision': P, 'recall': R, 'f1': F, 'scorePy': score.score(here, os.path.join(here, 'out'))},
    'tokenizer': {'text': TOKENIZER_TEXT, 'tokens': score.TOK.findall(TOKENIZER_TEXT)},
}
with open(os.path.join(here, 'golden.json'), 'w', encoding='utf-8', newline='\n') as out:
    json.dump(golden, out, ensure_ascii=False, indent=2)
    out.write('\n')
print(json.dumps(golden['dataset']))
