#!/usr/bin/env python3
"""Bytes on the wire: how many bytes Byline writes to the terminal to scroll its body by one
line and by one page, in stacked and reading modes, beside `less` on the same text.

Runs each program in a pseudo-terminal of the given size (TERM=xterm-256color, C.UTF-8),
waits until the first paint is done, then sends one key and counts the bytes written until the
terminal has been quiet for a while. Each figure is the mean over several key presses (single
presses vary with what the newly shown line holds: a blank line costs a few bytes).

Usage: python3 Benchmarks/tty-bytes.py [--binary .build/debug/byline] [--repeat 5] [--show]

--show prints the bytes each key press wrote (Python byte-string notation), to see where they go.
"""
import argparse
import fcntl
import os
import pty
import select
import shutil
import subprocess
import signal
import struct
import sys
import tempfile
import termios
import time

QUIET = 0.25  # seconds without output that mean "the frame is done"


def article_text():
    words = ("the harbour council met on tuesday to discuss the plan for a new rail link and "
             "a park on the old wharves while engineers found the remains of a wooden pier "
             "residents asked for a noise barrier along the road").split()
    paragraphs = []
    for number in range(300):
        sentence = " ".join(words[(number + i) % len(words)] for i in range(40 + number % 30))
        paragraphs.append(f"Paragraph {number}: {sentence}.")
    return "2024-03-05\n\nA long article for measuring scrolling\n\n" + "\n\n".join(paragraphs) + "\n"


def spawn(argv, width, height, library):
    pid, fd = pty.fork()
    if pid == 0:
        # A fresh library per run: a shared one would already hold the article (same key) from
        # an earlier run's file and show nothing for this run's path.
        env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8",
                   LESS="", LESSHISTFILE="-", XDG_CONFIG_HOME="/nonexistent",
                   BYLINE_LIBRARY=library)
        env.pop("NO_COLOR", None)
        os.execvpe(argv[0], argv, env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
    os.kill(pid, signal.SIGWINCH)
    return pid, fd


def drain(fd, quiet=QUIET, limit=10.0, seen=None):
    total = 0
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], quiet)
        if not ready:
            break
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        if not data:
            break
        total += len(data)
        if seen is not None:
            seen.append(data)
    return total


def measure(argv, setup_keys, key, width, height, repeat, show=None, add=None):
    scratch = tempfile.mkdtemp(prefix="tty-bytes-")
    library = os.path.join(scratch, "library.sqlite")
    if add:
        # Index the article first (`byline add`), so that the reader does not start with an
        # empty list while its background run reads the file.
        subprocess.run(add, env=dict(os.environ, BYLINE_LIBRARY=library),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    pid, fd = spawn(argv, width, height, library)
    try:
        drain(fd, quiet=0.6)
        for setup in setup_keys:
            os.write(fd, setup)
            drain(fd, quiet=0.4)
        counts = []
        for _ in range(repeat):
            os.write(fd, key)
            seen = []
            counts.append(drain(fd, seen=seen))
            if show:
                print(f"{show} {key!r}: {counts[-1]:5} {b''.join(seen)!r}")
        return round(sum(counts) / len(counts))
    finally:
        os.kill(pid, signal.SIGTERM)
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass
        os.close(fd)
        shutil.rmtree(scratch, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--binary", default=os.path.join(root, ".build/debug/byline"))
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--show", action="store_true", help="print the bytes of every key press")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        path = os.path.join(scratch, "article.txt")
        with open(path, "w") as handle:
            handle.write(article_text())
        rows = []
        for width, height in [(80, 24), (200, 60)]:
            add = [args.binary, "add", path]
            cases = [
                ("byline stacked", [args.binary, "--layout", "stacked", path], [b"\r"], add),
                ("byline reading mode", [args.binary, path], [b"\r", b"z"], add),
                ("less", ["less", path], [], None),
            ]
            for name, argv, setup, adding in cases:
                label = f"{width}x{height} {name}" if args.show else None
                line = measure(argv, setup, b"j", width, height, args.repeat, label, adding)
                page = measure(argv, setup, b" ", width, height, args.repeat, label, adding)
                rows.append((f"{width}x{height}", name, line, page))
        print(f"{'size':<8} {'program':<22} {'one line':>9} {'one page':>9}")
        for size, name, line, page in rows:
            print(f"{size:<8} {name:<22} {line:>9} {page:>9}")
        print()
        for size in ("80x24", "200x60"):
            less = next(r for r in rows if r[0] == size and r[1] == "less")
            for row in rows:
                if row[0] == size and row[1] != "less":
                    print(f"{size} {row[1]}: line {row[2] / max(1, less[2]):.2f}x less, "
                          f"page {row[3] / max(1, less[3]):.2f}x less")


if __name__ == "__main__":
    sys.exit(main())
