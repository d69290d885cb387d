#!/usr/bin/env python3
"""Fails on tests that would pass without testing: a Catch2 TEST_CASE name with ';' (ctest splits it
into two tests that run nothing), or Qt Test's QTRY_/QVERIFY/QCOMPARE macros (silent under Catch2)."""
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
# Qt Test's macros report to a Qt Test run that does not exist under Catch2: a failure returns from
# the test case, which then passes. tests/support/qt_wait.h has the Catch2 equivalents.
qt_macro = re.compile(r'\b(QTRY_\w+|QVERIFY\w*|QCOMPARE\w*)\s*\(')
for path in sorted(pathlib.Path(sys.argv[1]).rglob("*")):
    if path.suffix not in (".cpp", ".h") or path.name == "qt_wait.h":
        continue
    text = path.read_text(encoding="utf-8")
    for match in qt_macro.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        bad.append(f"{path}:{line}: {match.group(1)} fails silently under Catch2")
for entry in bad:
    print(entry)
print(f"{len(bad)} problem(s): test case names with a semicolon, Qt Test macros")
sys.exit(1 if bad else 0)
