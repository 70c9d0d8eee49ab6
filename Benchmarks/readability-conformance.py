#!/usr/bin/env python3
"""Measures Byline's main-content extraction against Mozilla Readability's test pages.

For every folder in ../shared/peer/readability/pages (or the folder given with --pages), reads
source.html with `byline dump --format json` and compares:
  - the body's words with the words of expected.html: precision, recall and F1 over the bag of
    lower-cased words (letters and digits);
  - the title, author and published date with expected-metadata.json (white space collapsed;
    dates compared as instants).
Prints one line per page (with --verbose) and the means. The pages are read, never copied.

Usage: python3 Benchmarks/readability-conformance.py [--byline .build/release/byline]
           [--pages ../shared/peer/readability/pages] [--verbose]
"""
import argparse
import collections
import datetime
import html.parser
import json
import os
import re
import subprocess
import sys

WORD = re.compile(r"\w+", re.UNICODE)


class TextOf(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def words(text):
    return collections.Counter(w.lower() for w in WORD.findall(text))


def f1(got, want):
    overlap = sum((got & want).values())
    precision = overlap / sum(got.values()) if got else (1.0 if not want else 0.0)
    recall = overlap / sum(want.values()) if want else (1.0 if not got else 0.0)
    score = 0.0 if precision + recall == 0 else 2 * precision * recall / (precision + recall)
    return precision, recall, score


def norm(text):
    return " ".join((text or "").split())


def instant(text):
    if not text:
        return None
    text = text.strip().replace("Z", "+00:00")
    for candidate in (text, text[:19], text[:10]):
        try:
            value = datetime.datetime.fromisoformat(candidate)
            if value.tzinfo is None:
                value = value.replace(tzinfo=datetime.timezone.utc)
            return value.astimezone(datetime.timezone.utc)
        except ValueError:
            continue
    return None


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument("--byline", default=os.path.join(here, "..", ".build", "release", "byline"))
    parser.add_argument(
        "--pages", default=os.path.join(here, "..", "..", "shared", "peer", "readability", "pages"))
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--raw", action="store_true", help="score the unextracted page text")
    args = parser.parse_args()
    if not os.path.isdir(args.pages):
        print(f"skipped: {args.pages} is absent")
        return 0
    rows = []
    titles = authors = dates = 0
    author_pages = date_pages = 0
    for name in sorted(os.listdir(args.pages)):
        folder = os.path.join(args.pages, name)
        source = os.path.join(folder, "source.html")
        if not os.path.isfile(source):
            continue
        command = [args.byline, "dump", "--format", "json", source]
        if args.raw:
            command.append("--raw")
        out = subprocess.run(command, capture_output=True, text=True).stdout
        article = json.loads(out.splitlines()[0]) if out.strip() else {}
        extractor = TextOf()
        with open(os.path.join(folder, "expected.html"), encoding="utf-8") as handle:
            extractor.feed(handle.read())
        want = words(" ".join(extractor.parts))
        got = words(article.get("body", ""))
        precision, recall, score = f1(got, want)
        with open(os.path.join(folder, "expected-metadata.json"), encoding="utf-8") as handle:
            meta = json.load(handle)
        title_ok = norm(article.get("title")) == norm(meta.get("title"))
        titles += title_ok
        author_ok = True
        if meta.get("byline"):
            author_pages += 1
            author_ok = norm(article.get("author")) == norm(meta.get("byline"))
            authors += author_ok
        if instant(meta.get("publishedTime")):
            date_pages += 1
            dates += instant(article.get("published")) == instant(meta.get("publishedTime"))
        rows.append((name, precision, recall, score))
        if args.verbose:
            mark = "" if title_ok else f"  title {article.get('title')!r} != {meta.get('title')!r}"
            if not author_ok:
                mark += f"  author {article.get('author')!r} != {meta.get('byline')!r}"
            print(f"{name:45} P {precision:.3f} R {recall:.3f} F1 {score:.3f}{mark}")
    count = len(rows)
    if not count:
        print("no pages found")
        return 1
    mean = lambda index: sum(row[index] for row in rows) / count
    print(f"pages: {count}")
    print(f"mean precision {mean(1):.3f}  recall {mean(2):.3f}  F1 {mean(3):.3f}")
    print(f"title right: {titles}/{count} ({100 * titles / count:.1f}%)")
    if author_pages:
        print(f"author right: {authors}/{author_pages} ({100 * authors / author_pages:.1f}%)")
    if date_pages:
        print(f"date right: {dates}/{date_pages} ({100 * dates / date_pages:.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
