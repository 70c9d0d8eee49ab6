#!/usr/bin/env python3
"""Byline against newsboat on the same generated articles, in one run (issue 15).

Generates N articles (100,000 by default; `--count 10000` for a quick run) from a fixed pool of
news-like sentences with recurring names, places and organisations, and writes them twice:
one plain-text file per article for Byline (DIR/byline/NNN/NNNNNN.txt), and the same titles,
dates and texts as one RSS 2.0 file for newsboat (DIR/feed.xml). Then it runs, each as a whole
process, timing wall-clock seconds and peak resident memory (the child's, from wait4):

- `byline add` (first index, with entity tagging, linking and full-text indexing) and
  `newsboat -x reload` of the RSS file (neither tagging nor full-text indexing);
- `byline index` with nothing changed;
- `byline search` (median of 5 runs);
- the reader: its first complete frame on a 120x40 pseudo-terminal, then browsing (300 rows
  down, 100 pages down, the bottom, opening an article and paging through it) and its peak
  RSS;
- `byline entities --input jsonl` on the article texts as JSON Lines: MB/s of input.

CPU seconds (user + system) are printed too: on a shared machine they are steadier than the
wall clock.

newsboat comes from Debian (`apt-get install newsboat`); without it, its row is left out.

    swift build -c release --product byline
    python3 Benchmarks/versus-newsboat.py [--count 100000] [--byline .build/release/byline]
        [--keep DIR]

A full 100,000-article run takes several minutes on a 2-core machine.
"""
import argparse
import html
import json
import os
import pty
import fcntl
import random
import select
import shutil
import signal
import statistics
import struct
import subprocess
import tempfile
import termios
import time
from datetime import datetime, timedelta, timezone

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

FIRST = ["Angela", "Vladimir", "Kim", "Maria", "John", "Li", "Fatima", "Carlos", "Anna", "Yuki",
         "Omar", "Sofia", "David", "Priya", "Jean", "Elena", "Ahmed", "Laura", "Pedro", "Ingrid"]
LAST = ["Merkel", "Putin", "Dae-jung", "Silva", "Smith", "Wei", "Khan", "Ortega", "Novak",
        "Tanaka", "Haddad", "Rossi", "Cohen", "Sharma", "Dupont", "Petrova", "Farouk", "Schmidt",
        "Costa", "Larsen", "Okafor", "Moreau", "Nakamura", "Jensen", "Alvarez"]
PLACES = ["Berlin", "Moscow", "Seoul", "Brazil", "London", "Beijing", "Pakistan", "Madrid",
          "Prague", "Tokyo", "Cairo", "Rome", "Jerusalem", "India", "Paris", "Kyiv", "Geneva",
          "Nairobi", "Lisbon", "Oslo", "Washington", "Canberra", "Ottawa", "Lima"]
ORGS = ["the United Nations", "Reuters", "the European Union", "NATO", "the World Bank",
        "Siemens", "the Red Cross", "Toyota", "the IMF", "Google", "the Bundesbank", "UNESCO"]
TEMPLATES = [
    "{person} said on {day} that talks in {place} would continue next week.",
    "Officials from {org} met {person} in {place} to discuss the budget.",
    "{person}, who leads the delegation, told {org} the figures were up {pct} percent.",
    "The agreement, signed in {place} on {day}, is worth {money} million dollars.",
    "Shares of {org} rose {pct} percent after {person} spoke in {place}.",
    "Protesters gathered outside the parliament in {place} on {day}.",
    "{person} declined to comment when asked about the report by {org}.",
    "Analysts expect growth to slow in {place} as prices rise.",
    "The minister said the decision would be reviewed by {org} before the summer.",
    "Rain and strong winds closed roads across {place} for a second day.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "March 3", "June 12",
        "October 21", "January 9"]


def zipf_choice(rng, items):
    """Picks from `items` with the first ones far more often (names recur as in news)."""
    index = min(len(items) - 1, int(rng.paretovariate(1.2)) - 1)
    return items[index]


def article(rng, number):
    person = f"{zipf_choice(rng, FIRST)} {zipf_choice(rng, LAST)}"
    place = zipf_choice(rng, PLACES)
    title = f"{person} in {place}: report {number}"
    paragraphs = []
    for _ in range(rng.randint(4, 9)):
        sentences = []
        for _ in range(rng.randint(2, 4)):
            sentences.append(rng.choice(TEMPLATES).format(
                person=f"{zipf_choice(rng, FIRST)} {zipf_choice(rng, LAST)}" if rng.random() < 0.5
                else person,
                place=zipf_choice(rng, PLACES), org=zipf_choice(rng, ORGS),
                day=rng.choice(DAYS), pct=rng.randint(1, 40), money=rng.randint(2, 900)))
        paragraphs.append(" ".join(sentences))
    date = datetime(2015, 1, 1, tzinfo=timezone.utc) + timedelta(minutes=number * 53)
    return title, date, paragraphs


def generate(count, folder):
    rng = random.Random(15)
    byline_dir = os.path.join(folder, "byline")
    rss_path = os.path.join(folder, "feed.xml")
    jsonl_path = os.path.join(folder, "texts.jsonl")
    with open(rss_path, "w") as rss, open(jsonl_path, "w") as jsonl:
        rss.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
                  "<title>Generated news</title><link>http://example.com/</link>"
                  "<description>Benchmark feed</description>\n")
        for number in range(count):
            title, date, paragraphs = article(rng, number)
            sub = os.path.join(byline_dir, f"{number // 1000:03d}")
            if number % 1000 == 0:
                os.makedirs(sub, exist_ok=True)
            with open(os.path.join(sub, f"{number:06d}.txt"), "w") as handle:
                handle.write(title + "\n\n" + "\n\n".join(paragraphs) + "\n")
            body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
            rss.write(f"<item><title>{html.escape(title)}</title>"
                      f"<link>http://example.com/{number}</link>"
                      f"<guid>http://example.com/{number}</guid>"
                      f"<pubDate>{date.strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>"
                      f"<description>{html.escape(body)}</description></item>\n")
            jsonl.write(json.dumps({"text": "\n\n".join(paragraphs)}) + "\n")
        rss.write("</channel></rss>\n")
    return byline_dir, rss_path, jsonl_path


def run(arguments, stdin=None, stdout=subprocess.DEVNULL, env=None, cwd=None):
    """Runs a process to its end; returns (seconds, peak RSS in MiB, exit status, CPU seconds)."""
    start = time.monotonic()
    process = subprocess.Popen(arguments, stdin=stdin, stdout=stdout, stderr=subprocess.DEVNULL,
                               env=env, cwd=cwd)
    _, status, usage = os.wait4(process.pid, 0)
    return (time.monotonic() - start, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status),
            usage.ru_utime + usage.ru_stime)


def browse(binary, library, width=120, height=40, limit=60.0):
    """The reader's first complete frame (seconds) and its peak RSS (MiB) after browsing."""
    started = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
        env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8",
                   BYLINE_LIBRARY=library, XDG_CONFIG_HOME="/nonexistent")
        os.execve(binary, [binary], env)
    seen = b""
    first = None

    def drain(seconds):
        nonlocal seen
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if ready:
                try:
                    data = os.read(fd, 65536)
                except OSError:
                    return
                if not data:
                    return
                seen = (seen + data)[-4096:]

    try:
        while time.monotonic() - started < limit and first is None:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if ready:
                data = os.read(fd, 65536)
                seen = (seen + data)[-4096:]
                if b"article 1/" in seen:
                    first = time.monotonic() - started
        for keys in [b"j" * 300, b"\x1b[6~" * 100, b"G", b"k" * 50, b"\r", b" " * 40,
                     b"\x1b[6~" * 40]:
            for chunk in range(0, len(keys), 10):
                os.write(fd, keys[chunk:chunk + 10])
                drain(0.02)
            drain(0.3)
        os.write(fd, b"Q")
        drain(0.5)
    finally:
        deadline = time.monotonic() + 10
        while True:
            done, status, usage = os.wait4(pid, os.WNOHANG)
            if done:
                break
            if time.monotonic() > deadline:
                os.kill(pid, signal.SIGKILL)
                done, status, usage = os.wait4(pid, 0)
                break
            drain(0.05)
        os.close(fd)
    return first, usage.ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--byline", default=os.path.join(ROOT, ".build/release/byline"))
    parser.add_argument("--keep", help="generate into (and keep) this folder; a folder kept "
                        "from a run of the same --count is used again")
    options = parser.parse_args()
    binary = os.path.abspath(options.byline)
    if not os.access(binary, os.X_OK):
        raise SystemExit(f"no binary at {binary}; run `swift build -c release --product byline`")
    folder = options.keep or tempfile.mkdtemp(prefix="byline-vs-newsboat-")
    os.makedirs(folder, exist_ok=True)
    try:
        started = time.monotonic()
        marker = os.path.join(folder, f"generated-{options.count}")
        if os.path.exists(marker):  # A kept folder of the same count is used again.
            byline_dir, rss_path, jsonl_path = (
                os.path.join(folder, name) for name in ["byline", "feed.xml", "texts.jsonl"])
        else:
            shutil.rmtree(os.path.join(folder, "byline"), ignore_errors=True)
            byline_dir, rss_path, jsonl_path = generate(options.count, folder)
            open(marker, "w").close()
        size = sum(os.path.getsize(os.path.join(d, f))
                   for d, _, files in os.walk(byline_dir) for f in files)
        print(f"{options.count} articles, {size / 1e6:.1f} MB of text, generated in "
              f"{time.monotonic() - started:.1f} s into {folder}")
        library = os.path.join(folder, "library.sqlite")
        for name in os.listdir(folder):
            if name.startswith("library.sqlite"):
                os.remove(os.path.join(folder, name))
        env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(folder, "config"),
                   XDG_DATA_HOME=os.path.join(folder, "data"))
        rows = []
        rows.append(("byline add (first index, tagging + full text)",
                     *run([binary, "add", "--library", library, byline_dir], env=env)))
        newsboat = shutil.which("newsboat")
        if newsboat:
            home = os.path.join(folder, "newsboat")
            shutil.rmtree(home, ignore_errors=True)
            os.makedirs(home)
            with open(os.path.join(home, "urls"), "w") as handle:
                handle.write(f"file://{rss_path}\n")
            with open(os.path.join(home, "config"), "w") as handle:
                handle.write("max-items 0\nshow-read-feeds yes\n")
            rows.append(("newsboat -x reload (one RSS file)", *run(
                [newsboat, "-u", os.path.join(home, "urls"), "-c", os.path.join(home, "cache.db"),
                 "-C", os.path.join(home, "config"), "-x", "reload"],
                env=dict(env, HOME=home))))
        rows.append(("byline index, nothing changed",
                     *run([binary, "index", "--library", library], env=env)))
        searches = [run([binary, "search", "--library", library, "Merkel Berlin"], env=env)
                    for _ in range(5)]
        rows.append(("byline search (median of 5)", statistics.median(s[0] for s in searches),
                     max(s[1] for s in searches), searches[0][2],
                     statistics.median(s[3] for s in searches)))
        first, rss = browse(binary, library)
        rows.append(("reader: first frame / peak RSS browsing",
                     first if first is not None else float("nan"), rss, 0, float("nan")))
        with open(jsonl_path, "rb") as stdin:
            result = run([binary, "entities", "--input", "jsonl"], stdin=stdin, env=env)
        jsonl_mb = os.path.getsize(jsonl_path) / 1e6
        rows.append((f"byline entities --input jsonl ({jsonl_mb:.1f} MB: "
                     f"{jsonl_mb / result[0]:.1f} MB/s)", *result))
        print(f"{'what':<58} {'seconds':>9} {'CPU s':>8} {'peak RSS':>10}  exit")
        for label, seconds, rss, status, cpu in rows:
            print(f"{label:<58} {seconds:9.3f} {cpu:8.2f} {rss:7.1f} MiB  {status}")
        if newsboat:
            print(f"first index / newsboat reload: {rows[0][1] / rows[1][1]:.2f}")
    finally:
        if not options.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
