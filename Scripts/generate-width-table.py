#!/usr/bin/env python3
"""Generate Sources/BylineCore/Text/DisplayWidth+Tables.swift from Unicode data.

Usage:
    python3 Scripts/generate-width-table.py > Sources/BylineCore/Text/DisplayWidth+Tables.swift

Options:
    --unicode-dir DIR   where UnicodeData.txt etc. live (default /usr/share/unicode, Debian's
                        `unicode-data` package)
    --max-age X.Y       only code points assigned in Unicode X.Y or earlier are printable
                        (default 14.0: the Unicode version of Debian 12's glibc 2.36 locale data;
                        ncurses asks glibc, so characters glibc does not know cannot be placed)
    --check-glibc       instead of printing Swift, compare every code point with glibc's
                        wcwidth under C.UTF-8 (through ctypes) and print the differences

The widths follow the rules glibc's localedata/unicode-gen/utf8_gen.py applies, so that they equal
glibc's wcwidth, which is what ncursesw uses under a UTF-8 locale:
  * East Asian Width W or F -> 2, plus U+3248..U+324F and U+4DC0..U+4DFF;
  * general category Mn, Me or Cf -> 0, except Prepended_Concatenation_Mark and U+00AD (-> 1);
  * Hangul jungseong/jongseong U+1160..U+11FF and U+D7B0..U+D7FF -> 0; U+200B -> 0;
  * controls (Cc), surrogates, line/paragraph separators and code points unassigned in the
    chosen Unicode version -> not printable (wcwidth -1);
  * everything else -> 1.
"""

import argparse
import os
import sys

# Classes stored in the generated table; code points in no range are narrow (width 1).
CONTROL, UNPRINTABLE, MARK, FORMAT, WIDE = range(5)
CLASS_NAMES = ["control", "unprintable", "mark", "format", "wide"]


def parse_ranges(path):
    """Yield (first, last, fields) for each data line of a UCD-style `a..b ; x # c` file."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            fields = [field.strip() for field in line.split(";")]
            span = fields[0].split("..")
            first = int(span[0], 16)
            last = int(span[-1], 16)
            yield first, last, fields[1:]


def version_tuple(text):
    return tuple(int(part) for part in text.split("."))


def load(unicode_dir, max_age):
    """Return a list of 0x110000 classes (None meaning narrow)."""
    limit = version_tuple(max_age)
    assigned = bytearray(0x110000)
    for first, last, fields in parse_ranges(os.path.join(unicode_dir, "DerivedAge.txt")):
        if version_tuple(fields[0]) <= limit:
            for code in range(first, last + 1):
                assigned[code] = 1

    category = {}
    pending = None
    with open(os.path.join(unicode_dir, "UnicodeData.txt"), encoding="utf-8") as handle:
        for line in handle:
            fields = line.strip().split(";")
            code = int(fields[0], 16)
            name, cat = fields[1], fields[2]
            if name.endswith(", First>"):
                pending = code
                continue
            if name.endswith(", Last>") and pending is not None:
                for each in range(pending, code + 1):
                    category[each] = cat
                pending = None
                continue
            category[code] = cat

    wide = set()
    for first, last, fields in parse_ranges(os.path.join(unicode_dir, "EastAsianWidth.txt")):
        if fields[0] in ("W", "F"):
            wide.update(range(first, last + 1))
    wide.update(range(0x3248, 0x3250))
    wide.update(range(0x4DC0, 0x4E00))

    prepended = set()
    for first, last, fields in parse_ranges(os.path.join(unicode_dir, "PropList.txt")):
        if fields[0] == "Prepended_Concatenation_Mark":
            prepended.update(range(first, last + 1))

    classes = [None] * 0x110000
    for code in range(0x110000):
        cat = category.get(code)
        if cat == "Cc":
            classes[code] = CONTROL
        elif cat is None or not assigned[code] or cat in ("Cs", "Zl", "Zp"):
            classes[code] = UNPRINTABLE
        elif code in (0x00AD,) or code in prepended:
            classes[code] = None
        elif cat in ("Mn", "Me"):
            classes[code] = MARK
        elif cat == "Cf" or code == 0x200B:
            classes[code] = FORMAT
        elif 0x1160 <= code <= 0x11FF or 0xD7B0 <= code <= 0xD7FF:
            classes[code] = MARK
        elif code in wide:
            classes[code] = WIDE
    return classes


def glibc_width(cls, code):
    if cls == CONTROL:
        return 0 if code == 0 else -1
    return {UNPRINTABLE: -1, MARK: 0, FORMAT: 0, WIDE: 2, None: 1}[cls]


def ranges(classes):
    result = []
    start = 0
    for code in range(1, 0x110001):
        if code == 0x110000 or classes[code] != classes[start]:
            if classes[start] is not None:
                result.append((start, code - 1, classes[start]))
            start = code
    return result


def check_glibc(classes):
    import ctypes

    libc = ctypes.CDLL("libc.so.6")
    libc.setlocale.restype = ctypes.c_char_p
    libc.setlocale.argtypes = [ctypes.c_int, ctypes.c_char_p]
    if libc.setlocale(0, b"C.UTF-8") is None:  # LC_CTYPE
        sys.exit("C.UTF-8 locale not available")
    libc.wcwidth.argtypes = [ctypes.c_uint32]
    differences = 0
    for code in range(0x110000):
        ours = glibc_width(classes[code], code)
        theirs = libc.wcwidth(code)
        if ours != theirs:
            differences += 1
            if differences <= 50:
                print(f"U+{code:04X}: table {ours}, glibc {theirs}")
    print(f"{differences} differences")
    return differences


def swift_source(table, args):
    lines = [
        "// GENERATED FILE: do not edit. Regenerate with",
        "//   python3 Scripts/generate-width-table.py"
        + (f" --max-age {args.max_age}" if args.max_age != "14.0" else "")
        + " > Sources/BylineCore/Text/DisplayWidth+Tables.swift",
        f"// from the Unicode data in {args.unicode_dir} (Debian package `unicode-data`), printable",
        f"// code points limited to Unicode {args.max_age} (the version of glibc's locale data).",
        "",
        "extension DisplayWidth {",
        "  /// Range classes, in the order of `ScalarClass`'s raw values.",
        "  ///",
        "  /// Each range is three numbers: first code point, last code point, class raw value",
        "  /// (" + ", ".join(f"{i} {n}" for i, n in enumerate(CLASS_NAMES)) + ").",
        "  /// Ranges are sorted and disjoint; a code point in no range is narrow (1 column).",
        f"  static let rangeTable: [UInt32] = [",
    ]
    for first, last, cls in table:
        lines.append(f"    0x{first:04X}, 0x{last:04X}, {cls},")
    lines.append("  ]")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--unicode-dir", default="/usr/share/unicode")
    parser.add_argument("--max-age", default="14.0")
    parser.add_argument("--check-glibc", action="store_true")
    args = parser.parse_args()
    classes = load(args.unicode_dir, args.max_age)
    if args.check_glibc:
        sys.exit(1 if check_glibc(classes) else 0)
    sys.stdout.write(swift_source(ranges(classes), args))


if __name__ == "__main__":
    main()
