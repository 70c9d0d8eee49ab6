#!/usr/bin/env python3
"""`byline serve`: time from connecting to the first frame, and memory per reader.

Starts `byline serve` on a free loopback port over a small library (the end-to-end fixtures),
with one Ed25519 key made by ssh-keygen in a temporary folder, then:

  1. connects --runs times in a row with `ssh -tt` (no local terminal; output read from a
     pipe) and times each from starting the client to the first article title on screen:
     TCP connect, key exchange, authentication, pty and shell requests, the reader's start-up
     and its first frame;
  2. holds --readers sessions open at once and reads VmRSS (and PSS, shared pages divided
     among the processes sharing them) of every reader child, and VmRSS of the server, from
     /proc.

Short by default (10 runs, 10 readers: well under a minute). Usage:
  swift build -c release --product byline
  python3 Benchmarks/serve-first-frame.py --binary .build/release/byline
  python3 Benchmarks/serve-first-frame.py --runs 20 --readers 50
"""
import argparse
import os
import pathlib
import re
import shutil
import signal
import statistics
import subprocess
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "Tests/EndToEndTests/Fixtures"
TITLE = b"Harbour terminal"


def rss_kib(pid):
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def pss_kib(pid):
    """Proportional set size: private pages plus each shared page divided among the processes
    mapping it (the readers share the binary's and the libraries' pages)."""
    try:
        for line in open(f"/proc/{pid}/smaps_rollup"):
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def children(pid):
    found = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            stat = open(f"/proc/{name}/stat").read()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == pid and fields[0] not in ("Z", "X"):
            found.append(int(name))
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=str(ROOT / ".build/debug/byline"))
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--readers", type=int, default=10)
    args = parser.parse_args()
    print("load average at start: %.2f %.2f %.2f" % os.getloadavg())

    scratch = pathlib.Path(tempfile.mkdtemp(prefix="byline-serve-bench-"))
    env = dict(os.environ, HOME=str(scratch), XDG_DATA_HOME=str(scratch / "data"),
               TERM="xterm-256color", LANG="C.UTF-8")
    server = None
    try:
        articles = scratch / "articles"
        articles.mkdir()
        for name in ("01-harbour.txt", "03-beijing.txt", "04-montreal.txt"):
            shutil.copy(FIXTURES / name, articles / name)
        library = scratch / "library.sqlite"
        subprocess.run([args.binary, "add", str(articles), "--library", str(library)], env=env,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        key = scratch / "key"
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "bench", "-f",
                        str(key)], check=True)
        (scratch / "authorized_keys").write_text((scratch / "key.pub").read_text())
        out = open(scratch / "serve.out", "wb")
        server = subprocess.Popen(
            [args.binary, "serve", "--listen", "127.0.0.1:0", "--authorized-keys",
             str(scratch / "authorized_keys"), "--library", str(library), "--refresh", "0",
             "--max-per-address", str(args.readers + 5), "--max-sessions",
             str(args.readers + 5), "--log", str(scratch / "serve.log")],
            env=env, stdout=out, stderr=subprocess.STDOUT)
        port = None
        for _ in range(200):
            match = re.search(rb"listening on 127\.0\.0\.1:(\d+)",
                              (scratch / "serve.out").read_bytes())
            if match:
                port = int(match.group(1))
                break
            time.sleep(0.05)
        if port is None:
            raise SystemExit("byline serve did not start:\n"
                             + (scratch / "serve.out").read_text())
        ssh = ["ssh", "-tt", "-o", "StrictHostKeyChecking=no", "-o",
               "UserKnownHostsFile=/dev/null", "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes",
               "-o", "LogLevel=ERROR", "-i", str(key), "-p", str(port), "reader@127.0.0.1"]

        def connect():
            started = time.monotonic()
            client = subprocess.Popen(ssh, env=env, stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            seen = b""
            while TITLE not in seen:
                chunk = os.read(client.stdout.fileno(), 65536)
                if not chunk:
                    raise SystemExit("the connection ended before the first frame")
                seen += chunk
            return client, (time.monotonic() - started) * 1000

        times = []
        for _ in range(args.runs):
            client, ms = connect()
            times.append(ms)
            client.kill()
            client.wait()
        print(f"connect to first frame, {args.runs} runs: median {statistics.median(times):.0f} ms,"
              f" min {min(times):.0f} ms, max {max(times):.0f} ms")

        for _ in range(200):  # the killed sessions' readers hang up and are reaped
            if not children(server.pid):
                break
            time.sleep(0.05)
        left = children(server.pid)
        if left:
            print(f"warning: {len(left)} readers of killed sessions still running: {left}")
        clients = [connect()[0] for _ in range(args.readers)]
        time.sleep(0.5)
        readers = children(server.pid)
        sizes = [rss_kib(pid) for pid in readers]
        shares = [pss_kib(pid) for pid in readers]
        print(f"{len(readers)} readers at once: RSS per reader median "
              f"{statistics.median(sizes) / 1024:.1f} MiB, max {max(sizes) / 1024:.1f} MiB; "
              f"PSS per reader median {statistics.median(shares) / 1024:.1f} MiB, all readers "
              f"{sum(shares) / 1024:.1f} MiB; server RSS {rss_kib(server.pid) / 1024:.1f} MiB")
        print("load average: %.2f %.2f %.2f" % os.getloadavg())
        for client in clients:
            client.kill()
            client.wait()
    finally:
        if server is not None:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=10)
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
