#!/usr/bin/env python3
"""Times `track init` and `track sync` on one long legal speech against `extract` (issue 12,
item 13): both must be linear, 19,000 tasks within 3x the extract time.

For each size N the speech has N directive lines (departments in turn, deadlines on every
tenth line). `init` writes a new tracker; `sync` then runs on a revision of the speech in
which every 50th directive has another deadline (matched as changed), every 100th is gone
(marked stale) and 1% are new (added). Each figure is the faster of two runs.
"""

import argparse
import os
import subprocess
import tempfile
import time

DEPARTMENTS = ['市教育局', '市卫健委', '市公安局', '市财政局', '市交通运输局', '市市场监管局']


def speech(count, revised=False):
    lines = ['关于贯彻落实法律实施的工作部署', '']
    for index in range(count):
        if revised and index % 100 == 99:
            continue
        department = DEPARTMENTS[index % len(DEPARTMENTS)]
        days = 10 if not (revised and index % 50 == 0) else 5
        deadline = f'在{days}个工作日内' if index % 10 == 0 else ''
        lines.append(f'{department}要{deadline}落实第{index}条规定的第{index % 7 + 1}款要求。')
    if revised:
        for index in range(count // 100):
            lines.append(f'市司法局要组织开展第{index}批普法宣传活动。')
    return '\n'.join(lines) + '\n'


def best_of_two(command):
    best = None
    for _ in range(2):
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--checklist', required=True)
    parser.add_argument('--sizes', default='3000,12000,19000')
    args = parser.parse_args()
    date = ['--date', '2024-06-03']
    print('\n== track init and sync on one legal speech (issue 12, item 13)')
    print(f'{"tasks":>7} {"extract s":>10} {"init s":>8} {"sync s":>8} {"init/extract":>13} '
          f'{"sync/extract":>13}')
    worst = 0.0
    with tempfile.TemporaryDirectory() as folder:
        for size in (int(s) for s in args.sizes.split(',')):
            # The revision is written over the same file, as a clerk edits a speech: a task's
            # src: names the file, and only the same file's directives can be its edits.
            original = os.path.join(folder, f'law-{size}.txt')

            def write(revised):
                with open(original, 'w', encoding='utf-8') as file:
                    file.write(speech(size, revised=revised))

            write(False)
            tracker = os.path.join(folder, f'tasks-{size}.md')
            extract = best_of_two([args.checklist, 'extract', original, '--format', 'jsonl'] + date)

            def init():
                write(False)
                if os.path.exists(tracker):
                    os.remove(tracker)
                subprocess.run([args.checklist, 'track', 'init', tracker, original] + date,
                               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

            init_times = []
            for _ in range(2):
                start = time.perf_counter()
                init()
                init_times.append(time.perf_counter() - start)
            sync_times = []
            for _ in range(2):
                init()
                write(True)
                start = time.perf_counter()
                run = subprocess.run([args.checklist, 'track', 'sync', tracker, original] + date,
                                     check=True, capture_output=True, text=True)
                sync_times.append(time.perf_counter() - start)
            summary = run.stdout.splitlines()[0].split(': ', 1)[1]
            initial, synced = min(init_times), min(sync_times)
            worst = max(worst, initial / extract, synced / extract)
            print(f'{size:>7} {extract:>10.2f} {initial:>8.2f} {synced:>8.2f} '
                  f'{initial / extract:>13.2f} {synced / extract:>13.2f}   sync: {summary}')
    print(f'{"init and sync / extract":34} {worst:7.2f}   target <= 3: '
          f'{"ok" if worst <= 3 else "MISSED"}')


if __name__ == '__main__':
    main()
