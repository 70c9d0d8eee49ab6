#!/usr/bin/env python3
"""Reader start-up: the time from starting `byline` on an existing library to its first
complete frame on the terminal, as a user sees it (process start, library open, the first page,
curses set-up, the frame written), while the background index run starts.

Runs the binary in a pseudo-terminal (120x40, TERM=xterm-256color, C.UTF-8) with
BYLINE_LIBRARY set to the given file and an empty config home, and times until the status line
of the first frame (`article 1/`) has been written. Then quits with `Q`. Repeats and prints
every run and the median.

The library is not changed when its sources are unchanged; use a copy when in doubt.

Usage: python3 Benchmarks/reader-startup.py --library /tmp/byline-bench-100000.sqlite
       [--binary .build/debug/byline] [--repeat 5]
"""
import argparse
import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import termios
import time


def start(binary, library, width, height):
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
        env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8",
                   BYLINE_LIBRARY=library, XDG_CONFIG_HOME="/nonexistent")
        env.pop("NO_COLOR", None)
        os.execve(binary, [binary], env)
    return pid, fd


def first_frame(binary, library, width, height, limit=30.0):
    started = time.monotonic()
    pid, fd = start(binary, library, width, height)
    seen = b""
    elapsed = None
    try:
        while time.monotonic() - started < limit:
            ready, _, _ = select.select([fd], [], [], 0.5)
            if not ready:
                continue
            try:
                data = os.read(fd, 65536)
            except OSError:
                break
            if not data:
                break
            seen = (seen + data)[-4096:]
            if b"article 1/" in seen:
                elapsed = time.monotonic() - started
                break
        os.write(fd, b"Q")
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            done, _ = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            ready, _, _ = select.select([fd], [], [], 0.05)
            if ready:
                try:
                    os.read(fd, 65536)
                except OSError:
                    pass
        else:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
    finally:
        os.close(fd)
    return elapsed


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--library", required=True)
    parser.add_argument("--binary", default=".build/debug/byline")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--width", type=int, default=120)
    parser.add_argument("--height", type=int, default=40)
    arguments = parser.parse_args()
    times = []
    for run in range(arguments.repeat):
        elapsed = first_frame(os.path.abspath(arguments.binary), arguments.library,
                              arguments.width, arguments.height)
        if elapsed is None:
            print(f"run {run + 1}: no frame within the time limit")
            continue
        times.append(elapsed * 1000)
        print(f"run {run + 1}: first complete frame after {elapsed * 1000:.0f} ms")
    if times:
        print(f"median {statistics.median(times):.0f} ms over {len(times)} runs")


if __name__ == "__main__":
    main()
