#!/usr/bin/env python3
"""Compare deadline finding on the dev set: JioNLP's time extractor against ours.

How to run (JioNLP is not a project dependency; install it in a throw-away venv):

    python3 -m venv /tmp/jio-venv && /tmp/jio-venv/bin/pip install jionlp
    # our predictions: the pipeline's JSON Lines, or the time stage alone through the test
    TIME_PREDICTIONS_OUT=/tmp/time-ours.jsonl swift test --filter DevSetDeadline
    /tmp/jio-venv/bin/python bench/compare_time.py \
        --gold ../shared/eval/dev-gold.jsonl --ours /tmp/time-ours.jsonl

--ours takes `checklist extract --format jsonl` output (per directive `file`, `line`, `text`,
`deadline.text`); each record is matched to the gold unit of the same file whose text it
overlaps most, as ../shared/eval/score.py does. Only gold units with directive=true count.
A prediction is right when its text overlaps a gold phrase (containment, or two shared
characters); a deadline predicted where gold has none is a false positive.

For JioNLP the first time entity of `jionlp.ner.extract_time(text, time_base=..., with_parsing=False)`
is its deadline; `any-entity hit rate` says how many gold deadlines some entity overlaps.
Without jionlp installed only ours is scored.
"""
import argparse
import json
import logging
import re
import sys

KEEP = re.compile(r'[\u3400-\u9fff0-9a-zA-Z×]')


def norm(s):
    return ''.join(KEEP.findall(s or '')).lower()


def bigrams(s):
    return {s[i:i + 2] for i in range(len(s) - 1)} if len(s) > 1 else {s}


def similarity(a, b):
    if not a or not b:
        return 0.0
    if a in b or b in a:
        return max(0.9 * min(len(a), len(b)) / max(len(a), len(b)), 0.6)
    x, y = bigrams(a), bigrams(b)
    return 2 * len(x & y) / (len(x) + len(y))


def overlaps(gold_phrases, predicted):
    b = norm(predicted)
    return any(a and b and (a in b or b in a or len(set(a) & set(b)) >= 2) for a in gold_phrases)


def load(paths):
    rows = []
    for path in paths:
        with open(path, encoding='utf-8') as fh:
            rows += [json.loads(line) for line in fh if line.strip()]
    return rows


class Score:
    def __init__(self, name):
        self.name, self.tp, self.fp, self.fn, self.misses = name, 0, 0, 0, []

    def add(self, unit, predicted):
        gold = [norm(x) for x in (unit.get('deadline') or '').split('|') if norm(x)]
        if gold and predicted and overlaps(gold, predicted):
            self.tp += 1
        elif gold:
            self.fn += 1
            self.misses.append(f"FN gold={unit['deadline']} got={predicted}  {unit['text'][:50]}")
        elif predicted:
            self.fp += 1
            self.misses.append(f"FP got={predicted}  {unit['text'][:50]}")

    def line(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return (f"{self.name:10} TP={self.tp:3} FP={self.fp:3} FN={self.fn:3}  "
                f"precision={p:.3f} recall={r:.3f} F1={f:.3f}")


def jionlp_entities(jio, text, time_base):
    try:
        return jio.ner.extract_time(text, time_base=time_base, with_parsing=False)
    except Exception:  # JioNLP raises on some strings (e.g. a bare 二 in 每日二次)
        return []


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--gold', action='extend', nargs='+', required=True)
    ap.add_argument('--ours', help='our predictions, JSON Lines')
    ap.add_argument('--time-base', default='2021-01-27', help='JioNLP time base, YYYY-MM-DD')
    ap.add_argument('--show', type=int, default=0, help='print N misses of each system')
    args = ap.parse_args()

    units = [u for u in load(args.gold) if u.get('directive') and not u.get('heading')]
    n_gold = sum(1 for u in units if u.get('deadline'))
    print(f"directive units {len(units)}, with a gold deadline {n_gold}")
    scores = []

    try:
        logging.disable(logging.CRITICAL)  # JioNLP logs a traceback for each string it rejects
        import jionlp as jio
    except ImportError:
        jio = None
        print('jionlp is not installed: skipping it', file=sys.stderr)
    if jio is not None:
        y, m, d = (int(x) for x in args.time_base.split('-'))
        base = {'year': y, 'month': m, 'day': d}
        score, hits = Score('JioNLP'), 0
        for u in units:
            found = jionlp_entities(jio, u['text'], base)
            score.add(u, found[0]['text'] if found else None)
            gold = [norm(x) for x in (u.get('deadline') or '').split('|') if norm(x)]
            if gold and any(overlaps(gold, e['text']) for e in found):
                hits += 1
        scores.append(score)
        print(f"JioNLP any-entity hit rate {hits}/{n_gold} = {hits / n_gold if n_gold else 0:.3f}")

    if args.ours:
        preds = load([args.ours])
        by_file = {}
        for u in units:
            u['_n'] = norm(u['text'])
            by_file.setdefault(u['file'], []).append(u)
        chosen = {}
        for p in preds:
            file = (p.get('file') or '').replace('\\', '/').rsplit('/', 1)[-1]
            pn = norm(p.get('text'))
            best, key = None, (0.0, 0)
            for u in by_file.get(file, units if not file else []):
                k = (round(similarity(pn, u['_n']), 3),
                     -abs(int(p.get('line') or 0) - int(u.get('line') or 0)))
                if k > key:
                    best, key = u, k
            if best is not None and key[0] >= 0.5 and isinstance(p.get('deadline'), dict):
                chosen.setdefault(id(best), p['deadline'].get('text'))
        score = Score('ours')
        for u in units:
            score.add(u, chosen.get(id(u)))
        scores.append(score)

    for score in scores:
        print(score.line())
    for score in scores:
        for miss in score.misses[:args.show]:
            print(f"  {score.name}: {miss}")


if __name__ == '__main__':
    main()
