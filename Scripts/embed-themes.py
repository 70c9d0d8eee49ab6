#!/usr/bin/env python3
"""Embed the shipped theme files (themes/*.theme) into Swift source.

Usage:
    python3 Scripts/embed-themes.py > Sources/BylineTUI/Theme/ShippedThemes.swift

The themes are compiled into the binary, so an installed `byline` needs no resource bundle next to
it. `themes/` stays the canonical copy; a test (ThemeCatalogTests) fails when the embedded text
and the files differ, i.e. when this script was not re-run after editing a theme.
"""

import os
import sys

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
directory = os.path.join(root, "themes")
names = sorted(name[: -len(".theme")] for name in os.listdir(directory) if name.endswith(".theme"))

out = [
    "// GENERATED FILE: do not edit. Regenerate with",
    "//   python3 Scripts/embed-themes.py > Sources/BylineTUI/Theme/ShippedThemes.swift",
    "",
    "/// The theme files of the repository's `themes/` folder, embedded at build time.",
    "enum ShippedThemes {",
    "  /// Theme name (file name without `.theme`) → the file's text.",
    "  static let sources: [String: String] = [",
]
for name in names:
    with open(os.path.join(directory, name + ".theme"), encoding="utf-8") as handle:
        text = handle.read()
    if '"""#' in text or "\\#" in text:
        sys.exit(f"{name}.theme contains text that cannot go into a raw string literal")
    if not text.endswith("\n"):
        sys.exit(f"{name}.theme must end with a newline")
    out.append(f'    "{name}": #"""')
    for line in text.splitlines():
        out.append(("    " + line) if line else "")
    out.append("")
    out.append('    """#,')
out.append("  ]")
out.append("}")
sys.stdout.write("\n".join(out) + "\n")
