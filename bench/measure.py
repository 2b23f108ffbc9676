#!/usr/bin/env python3
"""Time `checklist extract` against `opencc -c t2s.json` over the benchmark corpus.

Run through bench/run.sh, which builds the release binary and the corpus first:

    python3 bench/measure.py --checklist .build/release/checklist --corpus bench/corpus

Prints every figure and the ratios against issue 5's targets. Everything runs in this one
process's lifetime, one measurement after another, so ours and opencc's share the same load.
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def timed(command, stdin=None):
    """Wall seconds, peak RSS (kB) and stderr of a command whose stdout is thrown away."""
    with tempfile.NamedTemporaryFile('r') as usage, tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        status = subprocess.run(['/usr/bin/time', '-o', usage.name, '-f', '%M'] + command,
                                stdin=stdin, stdout=subprocess.DEVNULL, stderr=errors)
        wall = time.perf_counter() - start
        errors.seek(0)
        text = errors.read().decode(errors='replace')
        if status.returncode != 0:
            sys.exit(f'bench: {command[0]} failed ({status.returncode}):\n{text[-2000:]}')
        return wall, int(usage.read().split()[-1]), text


def timings(stderr):
    files, stages = [], {}
    for line in stderr.splitlines():
        parts = line.split('\t')
        if len(parts) == 4 and parts[0] == 'timing':
            if parts[1] == 'file':
                files.append(float(parts[3]))
            else:
                stages[parts[2]] = float(parts[3]) / 1000
    return files, stages


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def verdict(ok):
    return 'met' if ok else 'MISSED'


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--checklist', required=True)
    parser.add_argument('--corpus', required=True)
    parser.add_argument('--small', required=True, help='one small speech for the start-up time')
    args = parser.parse_args()

    folder = os.path.join(args.corpus, 'speeches')
    files = sorted(os.path.join(folder, name) for name in os.listdir(folder))
    megabytes = sum(os.path.getsize(path) for path in files) / 1e6
    tenth = files[:len(files) // 10]
    tenth_mb = sum(os.path.getsize(path) for path in tenth) / 1e6
    joined = os.path.join(args.corpus, 'all.txt')
    with open(joined, 'wb') as out:
        for path in files:
            with open(path, 'rb') as handle:
                out.write(handle.read())
    extract = [args.checklist, 'extract', '--timings', '--format', 'jsonl']
    print(f'corpus: {len(files)} files, {megabytes:.1f} MB ({args.corpus}); '
          f'machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}')

    # The whole pipeline over the whole corpus.
    ours, ours_rss, stderr = timed(extract + files)
    per_file, stages = timings(stderr)
    print('\n== checklist extract, whole corpus')
    print(f'time             {ours:8.2f} s   {megabytes / ours:6.2f} MB/s')
    print(f'per speech       median {statistics.median(per_file):.2f} ms, '
          f'p99 {percentile(per_file, 0.99):.2f} ms, max {max(per_file):.2f} ms')
    print(f'peak memory      {ours_rss / 1024:8.1f} MB')
    print('stages (s)       ' + ', '.join(f'{name} {seconds:.2f}' for name, seconds in stages.items()))

    # OpenCC alone: one process over the whole corpus as one stream (the conversion step), and
    # one process per file, as it would be run file by file.
    with open(joined, 'rb') as stream:
        opencc, opencc_rss, _ = timed(['opencc', '-c', 't2s.json'], stdin=stream)
    start = time.perf_counter()
    for path in files:
        subprocess.run(['opencc', '-c', 't2s.json', '-i', path, '-o', os.devnull], check=True)
    opencc_files = time.perf_counter() - start
    print('\n== opencc -c t2s.json, same corpus')
    print(f'one stream       {opencc:8.2f} s   {megabytes / opencc:6.2f} MB/s   '
          f'peak memory {opencc_rss / 1024:.1f} MB')
    print(f'file by file     {opencc_files:8.2f} s   {megabytes / opencc_files:6.2f} MB/s')

    # Matching: the shipped rules against 10,000 generated phrase rules, on a tenth of the corpus,
    # each twice, the faster run kept.
    shipped = min(timed(extract + tenth)[0] for _ in range(2))
    many = min(timed(extract + ['--rules', os.path.join(args.corpus, 'rules-10k')] + tenth)[0]
               for _ in range(2))
    small_rss = timed(extract + tenth)[1]
    print(f'\n== rules, on a tenth of the corpus ({len(tenth)} files, {tenth_mb:.1f} MB)')
    print(f'shipped rules    {shipped:8.2f} s')
    print(f'10,000 more      {many:8.2f} s')

    # Start-up: one small speech end to end, the median of 21 runs.
    runs = []
    for _ in range(21):
        start = time.perf_counter()
        subprocess.run([args.checklist, 'extract', args.small], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, check=True)
        runs.append(time.perf_counter() - start)
    startup = statistics.median(runs) * 1000
    print(f'\n== one small speech ({os.path.getsize(args.small)} bytes), end to end')
    print(f'wall time        median {startup:.1f} ms, min {min(runs) * 1000:.1f} ms (21 runs)')

    print('\n== ratios and targets')
    rows = [
        ('pipeline / opencc one stream', ours / opencc, 1.0),
        ('pipeline / opencc file by file', ours / opencc_files, None),
        ('10,000 rules / shipped rules', many / shipped, 1.5),
        ('peak memory full / tenth corpus', ours_rss / small_rss, 1.1),
        ('small speech, ms', startup, 50.0),
    ]
    for name, value, target in rows:
        if target is None:
            print(f'{name:34} {value:7.2f}   (for reference)')
        else:
            print(f'{name:34} {value:7.2f}   target <= {target:g}: {verdict(value <= target)}')
    os.remove(joined)


if __name__ == '__main__':
    main()
