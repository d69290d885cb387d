#!/usr/bin/env python3
"""Fails when a Catch2 TEST_CASE or SECTION name contains ';' (ctest would split it in two tests
that pass without running anything)."""
import pathlib
import re
import sys

pattern = re.compile(r'(TEST_CASE|SECTION)\(\s*"((?:[^"\\]|\\.)*)"', re.S)
bad = []
for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.cpp")):
    text = path.read_text(encoding="utf-8")
    for match in pattern.finditer(text):
        if match.group(1) == "TEST_CASE" and ";" in match.group(2):
            line = text.count("\n", 0, match.start()) + 1
            bad.append(f"{path}:{line}: {match.group(2)}")
for entry in bad:
    print(entry)
print(f"{len(bad)} test case name(s) with a semicolon")
sys.exit(1 if bad else 0)
