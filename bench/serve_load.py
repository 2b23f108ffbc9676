#!/usr/bin/env python3
"""Load on `checklist serve`, on loopback only: concurrent progress reports from many
departments, then a check that every report landed in the tracker exactly once.

    bench/serve_load.py [--checklist BIN] [--departments 20] [--reports 200] [--rounds 3]

Each round sends `--reports` progress notes at once (one thread and one connection each),
spread evenly over the departments and their tasks; every department is signed in through
its own link and posts with its session's CSRF token and the task's version, as its browser
would. Prints requests per second (reports of the round / wall time from the first request
sent to the last answer), latency percentiles, and whether each note is in the tracker once,
under its task. Then, when wrk is installed, 5 seconds of department-page reads.

Bounded: at most rounds x reports requests and one 5-second wrk run, all to 127.0.0.1.
Not a test; Scripts/test.sh does not run it.
"""

import argparse
import http.client
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Scripts"))
from loopback import free_port, wait_for  # noqa: E402


def request(port, method, path, cookie=None, body=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {}
    if cookie:
        headers["Cookie"] = cookie
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    connection.request(method, path, body=body, headers=headers)
    response = connection.getresponse()
    data = response.read().decode("utf-8", "replace")
    result = (response.status, response.getheader("Set-Cookie"), data)
    connection.close()
    return result


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    default = next(
        (path for path in [f"{root}/.build-static/release/checklist", f"{root}/.build/release/checklist",
                           f"{root}/.build/debug/checklist"] if os.path.exists(path)),
        None,
    )
    parser.add_argument("--checklist", default=os.environ.get("CHECKLIST", default))
    parser.add_argument("--departments", type=int, default=20)
    parser.add_argument("--tasks", type=int, default=10, help="tasks per department")
    parser.add_argument("--reports", type=int, default=200, help="concurrent reports per round")
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()
    binary = options.checklist
    print(f"binary: {binary}")

    work = tempfile.mkdtemp(prefix="checklist-load-")
    tracker = os.path.join(work, "tasks.md")
    names = [f"部门{n:02d}" for n in range(options.departments)]
    with open(tracker, "w", encoding="utf-8") as file:
        file.write("# 任务跟踪\n")
        for d, name in enumerate(names):
            file.write(f"\n## {name}\n\n")
            for t in range(options.tasks):
                file.write(f"- [ ] {name}的第{t}项任务 id:d{d:02d}t{t:02d} due:2021-03-01\n")
    tokens = {}
    for name in names:
        said = subprocess.run([binary, "serve", tracker, "--issue-token", name], check=True,
                              capture_output=True, text=True).stdout
        tokens[name] = said.split("\n")[0].split(": ")[1]

    port = free_port()
    server = subprocess.Popen([binary, "serve", tracker, "--port", str(port), "--as-of", "2021-02-09"],
                              stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "serve.log"), "w"),
                              env=dict(os.environ, LOG_LEVEL="warning"))
    failures = 0
    try:
        wait_for(port)
        sessions = {}
        for name in names:
            status, cookie, _ = request(port, "GET", f"/t/{tokens[name]}")
            assert status == 303 and cookie, f"sign-in of {name}: {status}"
            sessions[name] = cookie.split(";")[0]
        sent = 0
        all_latencies = []
        for round_number in range(options.rounds):
            pages = {name: request(port, "GET", "/", sessions[name])[2] for name in names}
            jobs = []
            for n in range(options.reports):
                d = n % options.departments
                t = (n // options.departments) % options.tasks
                name, task = names[d], f"d{d:02d}t{t:02d}"
                page = pages[name]
                csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
                form = page[page.index(f'action="/tasks/{task}/progress"'):]
                version = re.search(r'name="version" value="([^"]+)"', form).group(1)
                note = f"负载{round_number}-{n:04d}"
                body = urllib.parse.urlencode({"csrf": csrf, "version": version, "text": note})
                jobs.append((name, task, note, body))
            results = [None] * len(jobs)
            barrier = threading.Barrier(len(jobs) + 1)

            def send(index):
                name, task, _, body = jobs[index]
                barrier.wait()
                began = time.perf_counter()
                try:
                    status = request(port, "POST", f"/tasks/{task}/progress", sessions[name], body)[0]
                except OSError as error:
                    status = repr(error)
                results[index] = (status, time.perf_counter() - began, began)

            threads = [threading.Thread(target=send, args=(i,)) for i in range(len(jobs))]
            for thread in threads:
                thread.start()
            barrier.wait()
            for thread in threads:
                thread.join()
            first = min(r[2] for r in results)
            last = max(r[2] + r[1] for r in results)
            latencies = [r[1] * 1000 for r in results]
            all_latencies += latencies
            bad = [r[0] for r in results if r[0] != 303]
            failures += len(bad)
            sent += len(jobs)
            print(f"round {round_number + 1}: {len(jobs)} reports from {options.departments} departments at once: "
                  f"{len(jobs) / (last - first):.0f} requests/s, p50 {percentile(latencies, 0.5):.1f} ms, "
                  f"p99 {percentile(latencies, 0.99):.1f} ms, max {max(latencies):.1f} ms, "
                  f"not 303: {len(bad)} {sorted(set(map(str, bad)))[:3]}")
        # Every note once, under its own task.
        with open(tracker, encoding="utf-8") as file:
            text = file.read()
        found = re.findall(r"^  - 2021-02-09 (部门\d\d)：(负载\d+-\d{4})$", text, re.M)
        notes = [note for _, note in found]
        expected = {f"负载{r}-{n:04d}" for r in range(options.rounds) for n in range(options.reports)}
        lost = expected - set(notes)
        duplicated = len(notes) - len(set(notes))
        misplaced = 0
        current = None
        for line in text.split("\n"):
            task = re.match(r"^- \[.\] .* id:(d\d\dt\d\d) ", line)
            if task:
                current = task.group(1)
            note = re.match(r"^  - 2021-02-09 部门(\d\d)：负载(\d+)-(\d{4})$", line)
            if note:
                n = int(note.group(3))
                d, t = n % options.departments, (n // options.departments) % options.tasks
                misplaced += current != f"d{d:02d}t{t:02d}" or int(note.group(1)) != d
        print(f"all rounds: {sent} reports, p99 {percentile(all_latencies, 0.99):.1f} ms; in the tracker: "
              f"{len(notes)} notes, lost {len(lost)}, duplicated {duplicated}, misplaced {misplaced}")
        failures += len(lost) + duplicated + misplaced

        if shutil.which("wrk"):
            name = names[0]
            said = subprocess.run(
                ["wrk", "-t2", "-c20", "-d5s", "--latency", "-H", f"Cookie: {sessions[name]}",
                 f"http://127.0.0.1:{port}/"], capture_output=True, text=True, timeout=60).stdout
            rate = re.search(r"Requests/sec:\s+([\d.]+)", said)
            p99 = re.search(r"99%\s+(\S+)", said)
            print(f"wrk, a department's page, 20 connections, 5 s: "
                  f"{rate.group(1) if rate else '?'} requests/s, p99 {p99.group(1) if p99 else '?'}")
    finally:
        server.terminate()
        server.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)
    print("load: ok" if failures == 0 else f"load: {failures} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
