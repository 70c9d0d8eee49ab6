#!/usr/bin/env python3
"""Web feeds from loopback (issue 12): 40 feeds of 50 items each, served by a threaded HTTP
server on 127.0.0.1 that this script starts (Python's, which answers If-Modified-Since with
304), and measured three ways, each RUNS times (default 3):

  first   `byline import urls` into a new library: subscribe, fetch and index all 40 feeds
  refresh `byline index --force` on that library: every feed answers 304
  newsboat `newsboat -x reload` on the same urls file with a new cache (when installed)

Prints the median seconds and the peak resident memory of each.

  python3 Benchmarks/feeds.py [--binary .build/release/byline] [--runs 3]
"""
import argparse
import http.server
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

FEEDS = 40
ITEMS = 50


def write_feeds(folder):
    for feed in range(FEEDS):
        items = []
        for item in range(ITEMS):
            items.append(
                f"<item><title>Feed {feed} story {item}</title>"
                f"<link>https://example.com/{feed}/{item}</link>"
                f"<pubDate>Mon, 07 Dec 2026 {item % 24:02d}:00:00 GMT</pubDate>"
                f"<description>Story {item} of feed {feed}: the council in Springfield met "
                f"on Monday with Mayor Jane Doe and agreed a budget of $4 million.</description>"
                f"</item>")
        with open(os.path.join(folder, f"feed{feed}.xml"), "w") as out:
            out.write('<?xml version="1.0"?><rss version="2.0"><channel>'
                      f"<title>Feed {feed}</title>{''.join(items)}</channel></rss>")


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def timed(command, env):
    """Seconds and peak resident memory (MiB) of one run of `command` (its own rusage)."""
    with tempfile.TemporaryFile() as errors:
        start = time.monotonic()
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.monotonic() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            errors.seek(0)
            sys.exit(f"{' '.join(command)} failed ({process.returncode}):\n"
                     + errors.read().decode(errors="replace"))
    return elapsed, usage.ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/byline")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    scratch = tempfile.mkdtemp(prefix="byline-feeds-bench-")
    served = os.path.join(scratch, "served")
    os.mkdir(served)
    write_feeds(served)
    handler = lambda *a, **k: Quiet(*a, directory=served, **k)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    urls = os.path.join(scratch, "urls")
    with open(urls, "w") as out:
        for feed in range(FEEDS):
            out.write(f"http://127.0.0.1:{port}/feed{feed}.xml\n")
    env = dict(os.environ, HOME=scratch, XDG_CONFIG_HOME=scratch, XDG_DATA_HOME=scratch,
               XDG_STATE_HOME=scratch, http_proxy="", https_proxy="", no_proxy="*")
    results = {"first": [], "refresh": [], "newsboat": []}
    peaks = {"first": 0, "refresh": 0, "newsboat": 0}
    newsboat = shutil.which("newsboat")
    for run in range(args.runs):
        library = os.path.join(scratch, f"library{run}.sqlite")
        seconds, peak = timed([args.binary, "import", "--library", library, urls], env)
        results["first"].append(seconds)
        peaks["first"] = max(peaks["first"], peak)
        seconds, peak = timed([args.binary, "index", "--force", "--library", library], env)
        results["refresh"].append(seconds)
        peaks["refresh"] = max(peaks["refresh"], peak)
        if newsboat:
            cache = os.path.join(scratch, f"newsboat{run}.db")
            seconds, peak = timed([newsboat, "-u", urls, "-c", cache, "-x", "reload"], env)
            results["newsboat"].append(seconds)
            peaks["newsboat"] = max(peaks["newsboat"], peak)
    server.shutdown()
    shutil.rmtree(scratch, ignore_errors=True)
    print(f"{FEEDS} feeds x {ITEMS} items from 127.0.0.1, median of {args.runs} runs")
    for name, label in [("first", "byline import (subscribe, fetch, index)"),
                        ("refresh", "byline index --force (all 304)"),
                        ("newsboat", "newsboat -x reload (new cache)")]:
        if results[name]:
            print(f"{label:44} {statistics.median(results[name]):7.2f} s"
                  f"   peak RSS {peaks[name]:6.1f} MiB")
        else:
            print(f"{label:44} not installed")


if __name__ == "__main__":
    main()
