#!/usr/bin/env python3
"""Bytes an SSH server sends while a terminal reader is used over `ssh -tt`.

Starts its own OpenSSH server on 127.0.0.1 (keys and config in a temporary folder, public-key
login for the current user only, as in Tests/EndToEndTests/SSHServer.swift), puts a counting
TCP relay between client and server, and runs `ssh -tt` inside a private tmux server at each
terminal size. A key script is typed one key at a time; after each key the script waits until
its output has started (up to --response-ms) and then until nothing has moved for
--quiet-ms, so every key's output is counted in its own phase. A key that draws nothing (at
the end of the text, say) costs a --response-ms wait.

Two numbers per phase:
  wire      bytes the server sent to the client through the relay: encrypted SSH packets,
            what a slow link carries (includes SSH framing, MACs and window adjustments);
  terminal  bytes the program wrote to its terminal, as tmux received them from the ssh
            client (`pipe-pane -O`); comparable with docs/terminal-notes.md.
"startup" covers connecting, logging in and the first paint, up to the first key.

Usage:
  python3 Benchmarks/ssh-bandwidth.py                    # less vs less (stand-in)
  python3 Benchmarks/ssh-bandwidth.py \\
      --program '/path/to/.build/debug/byline --library /tmp/lib' \\
      --keys Benchmarks/ssh-bandwidth-byline.keys
In --program, {article} is replaced by the path of a generated article text (about 50 KB)
and {library} by a fresh library path for each session (so no session sees the reading state
of the one before). --setup runs a command locally before each session (split like a shell
line but run without a shell, the same placeholders replaced), e.g. to index the article into
{library} first; --ready TEXT makes the start-up phase wait until the screen shows TEXT (e.g.
the end of a background indexing run), so that start-up work is not counted in the first key:

  python3 Benchmarks/ssh-bandwidth.py \\
      --program '.build/debug/byline --library {library} {article}' \\
      --setup '.build/debug/byline add --library {library} {article}' \\
      --ready 'library up to date' --keys Benchmarks/ssh-bandwidth-byline.keys
The comparison run is always `less {article}` with Benchmarks/ssh-bandwidth-less.keys unless
--no-baseline is given. Only test constants and generated paths reach a shell.

--serve BINARY adds a run through `BINARY serve` instead of sshd (a fresh server, data folder
and library from --setup for each session, the same client key, no remote command), with the
same --keys: `byline serve` against sshd + byline against sshd + less:

  B="$PWD/.build/release/byline"
  python3 Benchmarks/ssh-bandwidth.py --serve "$B" \
      --program "$B --library {library} {article}" \
      --setup "$B add --library {library} {article}" \
      --keys Benchmarks/ssh-bandwidth-byline.keys
"""

import argparse
import os
import pwd
import random
import select
import shlex
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def write_article(path, paragraphs=120):
    """A deterministic article: numbered paragraphs of about 400 characters, every third one
    opening with a sentence that names a person, an organisation and a place (so that a key
    script can jump between entities)."""
    words = ("council minister said river budget election reporters city harbour train "
             "morning policy court the of and in a").split()
    people = ["Anna Keller", "Tomas Berg", "Maria Lindqvist", "David Osei", "Lena Fischer"]
    bodies = ["the Harbour Authority", "the Nordic Rail Company", "the European Commission"]
    places = ["Bergen", "Oslo", "Hamburg", "Rotterdam"]
    rng = random.Random(7)
    with open(path, "w", encoding="utf-8") as out:
        out.write("Harbour Council Approves New Budget\n\n")
        for number in range(1, paragraphs + 1):
            line = "P%04d" % number
            if number % 3 == 1:
                line += " %s of %s said in %s on Monday that the plan would go ahead." % (
                    rng.choice(people), rng.choice(bodies), rng.choice(places))
            while len(line) < 400:
                line += " " + rng.choice(words)
            out.write(line + ".\n\n")


def read_keys(path):
    """[(phase, key, count)] from a key script."""
    steps = []
    with open(path, encoding="utf-8") as source:
        for number, line in enumerate(source, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            fields = line.split()
            if len(fields) not in (2, 3) or (len(fields) == 3 and not fields[2].isdigit()):
                sys.exit("%s:%d: expected PHASE KEY [COUNT], got %r" % (path, number, line))
            steps.append((fields[0], fields[1], int(fields[2]) if len(fields) == 3 else 1))
    return steps


class Relay:
    """A TCP relay on 127.0.0.1 that counts the bytes going each way."""

    def __init__(self, target_port):
        self.target_port = target_port
        self.down = 0  # server -> client
        self.up = 0  # client -> server
        self.closed = threading.Event()
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(1)
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        client, _ = self.listener.accept()
        server = socket.create_connection(("127.0.0.1", self.target_port))
        for sock in (client, server):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        peers = {client: server, server: client}
        try:
            while True:
                readable, _, _ = select.select(list(peers), [], [])
                for sock in readable:
                    data = sock.recv(65536)
                    if not data:
                        return
                    peers[sock].sendall(data)
                    if sock is server:
                        self.down += len(data)
                    else:
                        self.up += len(data)
        except OSError:
            return
        finally:
            client.close()
            server.close()
            self.listener.close()
            self.closed.set()


class Server:
    """sshd on 127.0.0.1 with generated keys; see Tests/EndToEndTests/SSHServer.swift."""

    def __init__(self, sshd, folder):
        self.folder = folder
        self.user = pwd.getpwuid(os.getuid()).pw_name
        for key in ("host_key", "client_key"):
            subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f",
                            os.path.join(folder, key)], check=True)
        shutil.copy(os.path.join(folder, "client_key.pub"), os.path.join(folder, "authorized_keys"))
        os.makedirs("/run/sshd", mode=0o755, exist_ok=True)
        self.port = free_port()
        config = os.path.join(folder, "sshd_config")
        with open(config, "w") as out:
            out.write("\n".join([
                "Port %d" % self.port, "ListenAddress 127.0.0.1",
                "HostKey " + os.path.join(folder, "host_key"),
                "PidFile " + os.path.join(folder, "sshd.pid"),
                "AuthorizedKeysFile " + os.path.join(folder, "authorized_keys"),
                "AuthenticationMethods publickey", "PasswordAuthentication no",
                "KbdInteractiveAuthentication no", "PermitRootLogin prohibit-password",
                "AllowUsers " + self.user, "UsePAM no", "StrictModes no", "UseDNS no",
                "AcceptEnv LANG LC_*", "PrintMotd no", "PrintLastLog no", "X11Forwarding no",
                "AllowTcpForwarding no", ""]))
        self.log = open(os.path.join(folder, "sshd.log"), "w")
        self.process = subprocess.Popen([sshd, "-D", "-e", "-f", config],
                                        stdout=self.log, stderr=self.log)
        listening = "Server listening on 127.0.0.1 port %d" % self.port
        deadline = time.monotonic() + 10
        while listening not in open(self.log.name).read():
            if self.process.poll() is not None or time.monotonic() > deadline:
                sys.exit("sshd did not start:\n" + open(self.log.name).read())
            time.sleep(0.02)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


class ServeServer:
    """`byline serve` on 127.0.0.1 over `library`, admitting the client key of `folder`."""

    def __init__(self, binary, folder, name, library):
        self.user = "reader"
        data = os.path.join(folder, name + "-serve")
        os.makedirs(data)
        env = dict(os.environ, HOME=data, XDG_DATA_HOME=data, LANG="C.UTF-8")
        self.log = open(os.path.join(data, "serve.out"), "w")
        self.process = subprocess.Popen(
            [binary, "serve", "--listen", "127.0.0.1:0", "--authorized-keys",
             os.path.join(folder, "authorized_keys"), "--library", library, "--refresh", "0",
             "--log", os.path.join(data, "serve.log")],
            env=env, stdout=self.log, stderr=self.log)
        self.port = None
        deadline = time.monotonic() + 20
        while self.port is None:
            for line in open(self.log.name):
                if "listening on 127.0.0.1:" in line:
                    self.port = int(line.rsplit(":", 1)[1])
            if self.port is None:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    sys.exit("byline serve did not start:\n" + open(self.log.name).read())
                time.sleep(0.02)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()


def ssh_extra_options():
    """Turn off keystroke-timing chaff (OpenSSH 9.5+) where the client knows the option."""
    probe = subprocess.run(["ssh", "-G", "-o", "ObscureKeystrokeTiming=no", "localhost"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return ["-o", "ObscureKeystrokeTiming=no"] if probe.returncode == 0 else []


def measure(server, folder, program, steps, width, height, term, delay, quiet, response, name,
            setup=None, ready=None, serve=None):
    """Runs one session; returns [(phase, keys, wire, terminal)]. With `serve` (a byline
    binary) the session goes to a fresh `byline serve` and `program` is not run."""
    library = os.path.join(folder, name + ".sqlite")
    program = program.replace("{library}", shlex.quote(library))
    if setup:
        subprocess.run([word.replace("{library}", library) for word in setup], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if serve:
        server = ServeServer(serve, folder, name, library)
    try:
        return measure_session(server, folder, program, steps, width, height, term, delay,
                               quiet, response, name, ready, remote=not serve)
    finally:
        if serve:
            server.stop()


def measure_session(server, folder, program, steps, width, height, term, delay, quiet,
                    response, name, ready, remote):
    """The session of `measure`; without `remote` no command is given to ssh."""
    relay = Relay(server.port)
    tmux = ["tmux", "-S", os.path.join(folder, name + ".sock")]
    capture_file = os.path.join(folder, name + ".out")
    open(capture_file, "wb").close()
    remote = "exec env LANG=C.UTF-8 " + program if remote else None
    client = ["env", "TERM=" + term, "ssh", "-F", "/dev/null", "-tt", "-p", str(relay.port),
              "-i", os.path.join(folder, "client_key"), "-o", "IdentitiesOnly=yes",
              "-o", "StrictHostKeyChecking=no",
              "-o", "UserKnownHostsFile=" + os.path.join(folder, "known_hosts"),
              "-o", "BatchMode=yes", "-o", "LogLevel=ERROR"] + ssh_extra_options() + [
              server.user + "@127.0.0.1"] + ([remote] if remote else [])
    subprocess.run(tmux + ["-f", "/dev/null", "set-option", "-g", "remain-on-exit", "on", ";",
                           "new-session", "-d", "-s", "bench", "-x", str(width), "-y",
                           str(height)] + client + [";", "pipe-pane", "-O", "-t", "bench",
                           "cat > " + shlex.quote(capture_file)], check=True)

    def terminal_bytes():
        return os.path.getsize(capture_file)

    def wait_quiet(minimum=0.0, limit=5.0):
        start = time.monotonic()
        last = (relay.down, terminal_bytes())
        stable = time.monotonic()
        while time.monotonic() - start < limit:
            time.sleep(0.01)
            now = (relay.down, terminal_bytes())
            if now != last:
                last, stable = now, time.monotonic()
            elif time.monotonic() - stable >= quiet and time.monotonic() - start >= minimum:
                return

    def wait_response(before):
        """Waits up to `response` seconds for the program's first byte after a key."""
        deadline = time.monotonic() + response
        while terminal_bytes() == before and time.monotonic() < deadline:
            time.sleep(0.005)

    rows = []
    try:
        # Start-up: wait for the first paint, then for quiet.
        deadline = time.monotonic() + 10
        while terminal_bytes() == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        if ready:
            deadline = time.monotonic() + 60
            while ready not in subprocess.run(tmux + ["capture-pane", "-p", "-t", "bench"],
                                              capture_output=True, text=True).stdout:
                if time.monotonic() >= deadline:
                    sys.exit("ssh-bandwidth: %r never shown in %s" % (ready, name))
                time.sleep(0.02)
        wait_quiet(minimum=0.3)
        mark = (relay.down, terminal_bytes())
        rows.append(("startup", 0, mark[0], mark[1]))
        for phase, key, count in steps:
            for _ in range(count):
                before = terminal_bytes()
                subprocess.run(tmux + ["send-keys", "-t", "bench", key], check=True)
                time.sleep(delay)
                wait_response(before)
                wait_quiet()
            now = (relay.down, terminal_bytes())
            rows.append((phase, count, now[0] - mark[0], now[1] - mark[1]))
            mark = now
        relay.closed.wait(3)
    finally:
        subprocess.run(tmux + ["kill-server"], stderr=subprocess.DEVNULL)
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--program", default="less {article}",
                        help="remote command; {article} = generated article (default: less)")
    parser.add_argument("--keys", default=os.path.join(HERE, "ssh-bandwidth-less.keys"),
                        help="key script for --program")
    parser.add_argument("--sizes", default="80x24,200x60")
    parser.add_argument("--term", default="xterm-256color")
    parser.add_argument("--delay-ms", type=int, default=20, help="pause after each key")
    parser.add_argument("--quiet-ms", type=int, default=60,
                        help="a key is done when no byte has moved for this long")
    parser.add_argument("--response-ms", type=int, default=1000,
                        help="after a key, wait this long for the first byte of its output")
    parser.add_argument("--setup", help="local command run before each session of --program "
                        "({article}, {library} replaced; no shell)")
    parser.add_argument("--ready", help="start-up ends once the screen shows this text")
    parser.add_argument("--no-baseline", action="store_true",
                        help="skip the `less` comparison run")
    parser.add_argument("--serve", metavar="BINARY",
                        help="also run the key script through `BINARY serve` (needs --setup)")
    args = parser.parse_args()
    for tool in ("sshd", "ssh", "ssh-keygen", "tmux"):
        if not shutil.which(tool, path=os.environ.get("PATH", "") + ":/usr/sbin:/sbin"):
            sys.exit("ssh-bandwidth: %s not found" % tool)
    sshd = shutil.which("sshd", path=os.environ.get("PATH", "") + ":/usr/sbin:/sbin")
    sizes = [tuple(int(n) for n in size.split("x")) for size in args.sizes.split(",")]

    folder = tempfile.mkdtemp(prefix="byline-ssh-bench-")
    article = os.path.join(folder, "article.txt")
    write_article(article)
    setup = ([word.replace("{article}", article) for word in shlex.split(args.setup)]
             if args.setup else None)
    runs = [("program", args.program.replace("{article}", shlex.quote(article)),
             read_keys(args.keys), setup, args.ready, None)]
    if args.serve:
        if not setup:
            sys.exit("ssh-bandwidth: --serve needs --setup to make the served library")
        # A served reader indexes nothing, so --ready (the end of an indexing run) is not
        # awaited: start-up ends with the first paint and quiet.
        runs.append(("serve", args.serve + " serve", read_keys(args.keys), setup, None,
                     os.path.abspath(args.serve)))
    if not args.no_baseline:
        runs.append(("less", "less " + shlex.quote(article),
                      read_keys(os.path.join(HERE, "ssh-bandwidth-less.keys")), None, None,
                      None))
    server = Server(sshd, folder)
    results = []
    try:
        for label, program, steps, setup, ready, serve in runs:
            for width, height in sizes:
                name = "%s-%dx%d" % (label, width, height)
                rows = measure(server, folder, program, steps, width, height, args.term,
                               args.delay_ms / 1000, args.quiet_ms / 1000,
                               args.response_ms / 1000, name, setup, ready, serve)
                results.append((label, program, "%dx%d" % (width, height), rows))
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)

    print("TERM=%s, keys paced %d ms apart plus %d ms of quiet; wire = bytes the server sent "
          "(counting relay), terminal = bytes the program wrote to its terminal.\n"
          % (args.term, args.delay_ms, args.quiet_ms))
    for label, program, _, setup, ready, _ in runs:
        print("- `%s`: `%s`" % (label, program.replace(folder, "$TMP")))
        if setup:
            print("  setup: `%s`" % " ".join(setup).replace(folder, "$TMP"))
        if ready:
            print("  start-up until the screen shows `%s`" % ready)
    print()
    print("| run | size | phase | keys | wire bytes | wire/key | terminal bytes | terminal/key |")
    print("|---|---|---|---:|---:|---:|---:|---:|")
    for label, _, size, rows in results:
        for phase, keys, wire, term in rows:
            per_wire = "%d" % round(wire / keys) if keys else ""
            per_term = "%d" % round(term / keys) if keys else ""
            print("| %s | %s | %s | %d | %d | %s | %d | %s |"
                  % (label, size, phase, keys, wire, per_wire, term, per_term))
        total_wire = sum(row[2] for row in rows)
        total_term = sum(row[3] for row in rows)
        print("| %s | %s | **total** | | %d | | %d | |" % (label, size, total_wire, total_term))


if __name__ == "__main__":
    main()
