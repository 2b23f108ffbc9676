#!/usr/bin/env python3
"""A real-browser test of `checklist serve` (run by Scripts/browser-test.sh, so by CI).

Debian's headless Chromium, driven through chromedriver's W3C WebDriver protocol (plain HTTP
and JSON, no client library), opens the office's page and a department's, submits a progress
note through the department's form, and saves screenshots of both pages. The server, the
tracker and the driver all live in a temporary folder and on 127.0.0.1.

    Scripts/browser-test.py CHECKLIST SAMPLE OUT_DIR

Prints one line per check and 'browser: N passed, M failed'; exits 1 when any failed.
"""

import base64
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request

from loopback import free_port, wait_for  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
ELEMENT = "element-6066-11e4-a52e-4f735466cecf"


class WebDriver:
    """The few W3C WebDriver commands the test needs."""

    def __init__(self, port):
        self.base = f"http://127.0.0.1:{port}"
        options = {
            "binary": CHROMIUM,
            "args": [
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1280,1800",
                "--lang=zh-CN",
            ],
        }
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": options}}}
        self.session = self.call("POST", "/session", caps)["sessionId"]

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method)
        request.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.loads(response.read() or b"{}").get("value", {})

    def command(self, method, path, body=None):
        return self.call(method, f"/session/{self.session}{path}", body)

    def open(self, url):
        self.command("POST", "/url", {"url": url})

    def find(self, css):
        found = self.command("POST", "/element", {"using": "css selector", "value": css})
        return found[ELEMENT]

    def type(self, css, text):
        self.command("POST", f"/element/{self.find(css)}/value", {"text": text})

    def click(self, css):
        self.command("POST", f"/element/{self.find(css)}/click", {})

    def source(self):
        return self.command("GET", "/source")

    def text(self, css):
        return self.command("GET", f"/element/{self.find(css)}/text")

    def url(self):
        return self.command("GET", "/url")

    def screenshot(self, path):
        with open(path, "wb") as file:
            file.write(base64.b64decode(self.command("GET", "/screenshot")))

    def quit(self):
        try:
            self.call("DELETE", f"/session/{self.session}")
        except OSError:
            pass


def own_tasks(tracker, department):
    """The ids of the tasks `department` leads (its heading) or supports (`with:`)."""
    heading, ids = None, set()
    with open(tracker, encoding="utf-8") as file:
        for line in file:
            if line.startswith("## "):
                heading = line[3:].strip()
            found = re.match(r"^- \[.\] .* id:([0-9a-z]+)", line)
            if not found:
                continue
            supports = re.search(r" with:(\S+)", line)
            if heading == department or (supports and department in supports.group(1).split(",")):
                ids.add(found.group(1))
    return ids


def main():
    checklist, sample, out = sys.argv[1], os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])
    os.makedirs(out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="checklist-browser-")
    tracker = os.path.join(work, "tasks.md")
    passed, failed = 0, 0

    def check(name, condition, detail=""):
        nonlocal passed, failed
        if condition:
            passed += 1
            print(f"browser: ok   {name}")
        else:
            failed += 1
            print(f"browser: FAIL {name} {detail}")

    def run(*args):
        return subprocess.run([checklist, *args], check=True, capture_output=True, text=True).stdout

    # A tracker from the sample speech, with deadlines, a postponement, a finished task and a
    # task whose text tries to break out of the page.
    run("track", "init", tracker, sample, "--year", "2022", "--date", "2022-09-09")
    with open(tracker, encoding="utf-8") as file:
        lines = file.read().split("\n")
    days = ["2022-09-12", "2022-09-16", "2022-09-20", "2022-09-30"]
    count = 0
    for index, line in enumerate(lines):
        if line.startswith("- [ ] ") and " id:" in line:
            lines[index] = line + f" due:{days[count % len(days)]}"
            count += 1
    text = "\n".join(lines)
    text = text.replace("## 卫健委\n\n", "## 卫健委\n\n- [ ] 核对</td><script>alert(1)</script>名单 id:hostile1 due:2022-09-15\n", 1)
    with open(tracker, "w", encoding="utf-8") as file:
        file.write(text)
    ids = re.findall(r"^- \[ \] .* id:([0-9a-f]+) ", text, re.M)
    run("done", ids[0], "--tracker", tracker, "--on", "2022-09-10")
    run("postpone", ids[1], "--to", "2022-09-25", "--reason", "等待上级批复", "--tracker", tracker)
    office = run("serve", tracker, "--issue-office-token").split("\n")[0].split(": ")[1]
    health = run("serve", tracker, "--issue-token", "卫健委").split("\n")[0].split(": ")[1]

    port = free_port()
    server = subprocess.Popen(
        [checklist, "serve", tracker, "--port", str(port), "--as-of", "2022-09-14", "--speech", sample,
         "--year", "2022", "--date", "2022-09-09"],
        stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "serve.log"), "w"),
    )
    driver_port = free_port()
    driver = subprocess.Popen(
        [CHROMEDRIVER, f"--port={driver_port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    browser = None
    try:
        wait_for(port)
        wait_for(driver_port)
        browser = WebDriver(driver_port)
        base = f"http://127.0.0.1:{port}"

        browser.open(f"{base}/t/{office}")
        page = browser.source()
        check("the office's link signs in", "督查室 · 任务督办" in page, browser.url())
        check("the office sees every department's bars", page.count("<svg") >= 10)
        check("the hostile text is shown as text", "核对&lt;/td&gt;&lt;script&gt;" in page
              and "<script>alert" not in page)
        browser.screenshot(os.path.join(out, "office.png"))

        # The department's browser: a new session through its own link.
        browser.quit()
        browser = WebDriver(driver_port)
        browser.open(f"{base}/t/{health}")
        page = browser.source()
        check("the department's link lands on its page", "卫健委 · 任务清单" in page, browser.url())
        shown = set(re.findall(r'id="task-([0-9a-z]+)"', page))
        check("it sees only its tasks, led or supported", shown == own_tasks(tracker, "卫健委"),
              f"{sorted(shown)}")
        check("each task shows its source sentence", "原文：" in page)
        task = ids[3] if f'id="task-{ids[3]}"' in page else re.findall(r'id="task-([0-9a-f]+)"', page)[0]
        note = "已完成全市46类重点人群排查，发现3人已落实管控"
        browser.type(f"#progress-{task}", note)
        browser.click(f'form[action="/tasks/{task}/progress"] button')
        time.sleep(0.5)
        page = browser.source()
        check("the note is shown after submitting", note in page and "已记录进展。" in page)
        with open(tracker, encoding="utf-8") as file:
            saved = file.read()
        check("the note is in the tracker, dated and signed", f"  - 2022-09-14 卫健委：{note}\n" in saved)
        check("the task is now in progress", re.search(rf"^- \[/\] .* id:{task} ", saved, re.M) is not None)
        browser.open(f"{base}/#task-{task}")
        browser.screenshot(os.path.join(out, "department.png"))

        browser.open(f"{base}/t/{office}")
        page = browser.source()
        check("the office sees the note at once", note in page)
        browser.screenshot(os.path.join(out, "office-after.png"))
    except Exception as error:  # a broken step is a failed check, and the rest is reported
        check("the browser session ran to the end", False, repr(error))
    finally:
        if browser:
            browser.quit()
        driver.terminate()
        server.terminate()
        driver.wait(timeout=10)
        server.wait(timeout=10)
    print(f"browser: screenshots in {out}")
    print(f"browser: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
