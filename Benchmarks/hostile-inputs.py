#!/usr/bin/env python3
"""Times the byline binary on the reproducer of every finding of issue 17.

Each reproducer is generated into a temporary folder; the binary runs on it once and one line is
printed per finding: wall-clock seconds, CPU seconds (user + system; steadier than the wall clock
on a shared machine), peak resident memory (the child's own, from wait4), the exit status, the
bytes written to standard output, and whether the expected result came out.

    swift build -c release
    python3 Benchmarks/hostile-inputs.py [path/to/byline]   # default: .build/release/byline

The acceptance is "each finding in under 1 s (5 s for the biggest), in bounded memory".
"""

import json
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/release/byline")


def run(arguments, stdin_bytes=None, env_extra=None, stdin_path=None):
    """Runs the binary; returns (seconds, peak RSS in MiB, status, stdout bytes, stdout, CPU).

    The child's peak RSS counts this script's pages at the fork, so big inputs are written to a
    file (`stdin_path`) by another process rather than held here."""
    env = dict(os.environ)
    env.update(env_extra or {})
    out_path = os.path.join(WORK, "stdout")
    in_path = stdin_path or os.path.join(WORK, "stdin")
    if stdin_path is None:
        with open(in_path, "wb") as handle:
            handle.write(stdin_bytes or b"")
    with open(out_path, "wb") as out, open(in_path, "rb") as stdin:
        start = time.monotonic()
        process = subprocess.Popen(
            [BINARY] + arguments, stdin=stdin, stdout=out, stderr=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.monotonic() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    size = os.path.getsize(out_path)
    with open(out_path, "rb") as handle:
        head = handle.read(1 << 20)
    cpu = usage.ru_utime + usage.ru_stime
    return elapsed, usage.ru_maxrss / 1024, process.returncode, size, head, cpu


def write(name, data):
    path = os.path.join(WORK, name)
    with open(path, "wb") as handle:
        handle.write(data if isinstance(data, bytes) else data.encode())
    return path


def report(label, result, ok):
    elapsed, rss, status, size, _, cpu = result
    verdict = "ok" if ok else "UNEXPECTED"
    print(f"{label:<44} {elapsed:7.2f} s {cpu:6.2f} s {rss:8.1f} MiB  exit {status:<4} "
          f"out {size:>10} B  {verdict}")
    sys.stdout.flush()


def library_args(name):
    return ["--library", os.path.join(WORK, name + ".sqlite")]


def main():
    if not os.access(BINARY, os.X_OK):
        sys.exit(f"no binary at {BINARY}; build it with `swift build -c release`")
    print(f"{'finding':<44} {'time':>9} {'CPU':>8} {'peak RSS':>12}  status / output")

    # 1. 60,000 nested ESC ] in 120 KB: a stack overflow in the sanitiser.
    nested = write("nested.txt", "Title\n\n" + "\x1b]" * 60000 + "\nend\n")
    result = run(["dump", nested])
    report("1 nested ESC ] (120 KB): dump", result, result[2] == 0)
    result = run(["add", nested] + library_args("nested"))
    report("1 nested ESC ] (120 KB): add", result, result[2] == 0)

    # 2. Absurd option values: a usage error (exit 2), never a crash or a huge allocation.
    small = write("small.txt", "A title\n\nSome text.\n")
    for label, arguments in [
        ("2 dump --width 9223372036854775807", ["dump", "--width", "9223372036854775807", small]),
        ("2 dump --width 1000000000", ["dump", "--width", "1000000000", small]),
        ("2 dump --max-file-size 8796093022208", ["dump", "--max-file-size", "8796093022208", small]),
        ("2 search --offset 9223372036854775807", ["search", "--offset", "9223372036854775807", "x"]
         + library_args("empty")),
    ]:
        result = run(arguments)
        report(label, result, result[2] == 2)
    lines = "".join(json.dumps({"title": f"T{i}", "text": "Short text."}) + "\n" for i in range(10000))
    many = write("many.jsonl", lines)
    result = run(["dump", "--width", "1000", many])
    report("2 dump --width 1000, 10,000 short articles", result, result[2] == 0)

    # 3. One <a> whose 1 MB href spans 3,000 paragraphs.
    href = "http://example.com/" + "a" * (1 << 20)
    page = ("<html><body><h1>Title</h1><a href=\"" + href + "\">"
            + "<p>Paragraph text.</p>" * 3000 + "</a></body></html>")
    amplified = write("amplified.html", page)
    result = run(["dump", amplified])
    report("3 1 MB href over 3,000 paragraphs: dump", result,
           result[2] == 0 and result[3] < 4 * len(page))
    result = run(["add", amplified] + library_args("amplified"))
    library_size = sum(
        os.path.getsize(os.path.join(WORK, name)) for name in os.listdir(WORK)
        if name.startswith("amplified.sqlite"))
    report(f"3 ... add (library {library_size // 1024} KiB)", result,
           result[2] == 0 and library_size < 8 * len(page))

    # 4. Quadratic costs.
    links = write("links.md", "# Links\n\n" + "[a](b) " * 60000 + "\n")
    result = run(["dump", links])
    report("4 60,000 Markdown links (420 KB): dump", result, result[2] == 0)
    names = write("names.txt", "Names\n\n" + " ".join(
        f"Mr Name{chr(65 + i % 26)}{chr(65 + i // 26 % 26)}{chr(65 + i // 676 % 26)} said."
        for i in range(24000)) + "\n")
    result = run(["entities", names])
    report("4 24,000 names: entities", result, result[2] == 0)
    repeated = write("repeated.txt", "Repeats\n\n" + "Angela Merkel met. " * 20000 + "\n")
    result = run(["entities", repeated])
    report("4 20,000 repeated names: entities", result, result[2] == 0)
    comment = write("comment.xml", "<?xml version=\"1.0\"?><rss><channel><!--"
                    + "--" * 165000 + "--><item><title>T</title></item></channel></rss>\n")
    result = run(["dump", comment])
    report("4 XML comment full of -- (330 KB): dump", result, result[2] in (0, 1))
    hits = write("hits.txt", "Hits\n\n" + "word " * 40000 + "\n")
    run(["add", hits] + library_args("hits"))
    result = run(["search", "word"] + library_args("hits"))
    report("4 search over 40,000 hits in one article", result, result[2] == 0)

    # 5. Named binary or empty files count as failed.
    empty = write("empty.txt", b"")
    binary = write("binary.bin", b"\x00\x01\x02" * 100)
    result = run(["dump", small, empty, binary])
    report("5 dump good + empty + binary files", result, result[2] == 1)

    # 6. JSON Lines.
    bidi = (json.dumps({"text": "\ufeffA\u202eB\u2066C\u200eD Angela Merkel"}, ensure_ascii=False)
            + "\n\n").encode()
    result = run(["entities", "--input", "jsonl"], stdin_bytes=bidi)
    output = result[4].decode("utf-8", "replace")
    withheld = ["\u202e", "\u2066", "\u200e", "\ufeff"]
    lines_out = output.split("\n")
    ok = (not any(c in output for c in withheld) and len(lines_out) >= 2
          and json.loads(lines_out[0])["text"].startswith("\ufeff") and lines_out[1] != "")
    report("6 jsonl bidi, BOM and blank line", result, ok and result[2] == 0)
    # Made by a child process: bytes this script held would count in the next child's peak.
    huge = os.path.join(WORK, "huge.jsonl")
    big = os.path.join(WORK, "big.jsonl")
    subprocess.run([sys.executable, "-c", f"""
import json
with open({huge!r}, "w") as handle:
    handle.write(json.dumps({{"text": "Angela Merkel met Vladimir Putin. " * 900_000}}) + "\\n")
with open({big!r}, "wb") as handle:
    handle.write(b'{{"text": "' + b"a" * (33 << 20) + b'"}}\\n{{"text": "ok"}}\\n')
"""], check=True)
    size = os.path.getsize(huge)
    result = run(["entities", "--input", "jsonl"], stdin_path=huge)
    report(f"6 jsonl one {size // (1 << 20)} MB line ({result[1] * (1 << 20) / size:.1f} B/B)",
           result, result[2] == 0)
    result = run(["entities", "--input", "jsonl"], stdin_path=big)
    report("6 jsonl line over the 32 MiB cap", result, result[2] == 1 and b'"error"' in result[4])


with tempfile.TemporaryDirectory(prefix="byline-hostile-") as WORK:
    main()
