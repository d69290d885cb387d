#!/usr/bin/env python3
"""Fails on any unfinished translation in a Qt Linguist .ts file.

Checks, each problem named on its own line:
  (a) every message is translated: no empty translation, no type="unfinished", "vanished" or
      "obsolete"; a plural message has every plural form the language needs, none empty;
  (b) the file is up to date with the sources: lupdate is run over the same sources (and include
      paths) as translations/CMakeLists.txt into a temporary .ts, and the (context, source, comment)
      messages of both files must be the same set;
  (c) every translation uses the same placeholders as its source (%1, %2, ..., %n, %L1).

Usage:
  check_translations.py --ts guichet_fr.ts [--lupdate LUPDATE --sources-file FILE]

FILE lists one path per line, "source:<path>" or "include:<path>" (tests/translations/CMakeLists.txt
generates it from GUICHET_TRANSLATED_SOURCES and guichet_translations' include directories).
Without --lupdate, check (b) is skipped. Exit status: 0 all good, 1 problems found, 2 usage error.
Standard library only.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# Plural forms Qt expects per language (qtbase's numerus rules); French has two (0 and 1 are
# singular), English two. Languages not listed: at least one form is required.
PLURAL_FORMS = {"fr": 2, "en": 2, "de": 2, "es": 2, "it": 2, "nl": 2, "pt": 2}

PLACEHOLDER = re.compile(r"%L?(?:[1-9][0-9]?|n)")


def message_key(context_name, message):
    return (context_name, message.findtext("source") or "", message.findtext("comment") or "")


def describe(key):
    context, source, comment = key
    text = source if len(source) <= 100 else source[:97] + "..."
    text = text.replace("\n", "\\n")
    where = f'[{context}] "{text}"'
    return where + (f" (comment: {comment})" if comment else "")


def load(path):
    try:
        return ET.parse(path).getroot()
    except (ET.ParseError, OSError) as error:
        raise SystemExit(f"error: cannot read {path}: {error}")


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def check_translations(root):
    """(a) and (c): one problem string per unfinished message or placeholder mismatch."""
    problems = []
    language = (root.get("language") or "").split("_")[0].lower()
    seen = set()
    for context, message in messages(root):
        key = message_key(context, message)
        if key in seen:
            problems.append(f"duplicate message: {describe(key)}")
        seen.add(key)
        translation = message.find("translation")
        if translation is None:
            problems.append(f"no translation: {describe(key)}")
            continue
        kind = translation.get("type")
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{kind}: {describe(key)}")
            continue
        if kind is not None:
            problems.append(f'unexpected type="{kind}": {describe(key)}')
            continue
        source_marks = placeholders(message.findtext("source"))
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            wanted = PLURAL_FORMS.get(language, 1)
            if len(forms) < wanted:
                problems.append(f"{len(forms)} plural form(s) instead of {wanted}: {describe(key)}")
            for index, form in enumerate(forms):
                if not (form.text or "").strip():
                    problems.append(f"empty plural form {index + 1}: {describe(key)}")
                elif placeholders(form.text) != source_marks:
                    problems.append(f"plural form {index + 1} has placeholders {placeholders(form.text)}, "
                                    f"the source {source_marks}: {describe(key)}")
            continue
        text = translation.text or ""
        if not text.strip():
            problems.append(f"empty translation: {describe(key)}")
        elif placeholders(text) != source_marks:
            problems.append(f"placeholders {placeholders(text)} in the translation, {source_marks} in "
                            f"the source: {describe(key)}")
    return problems


def read_sources_file(path):
    sources, includes = [], []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if line.startswith("source:") and line[7:]:
                sources.append(line[7:])
            elif line.startswith("include:") and line[8:]:
                includes.append(line[8:])
    return sources, includes


def run_lupdate(lupdate, sources_file, language):
    """Runs lupdate over the project's sources into a fresh .ts; returns its root and warnings."""
    sources, includes = read_sources_file(sources_file)
    # Like Qt's own lupdate project: files deleted since CMake last globbed are skipped.
    sources = [path for path in sources if os.path.exists(path)]
    if not sources:
        raise SystemExit(f"error: {sources_file} lists no existing source file")
    with tempfile.TemporaryDirectory(prefix="guichet-lupdate-") as work:
        ts = os.path.join(work, f"fresh_{language or 'xx'}.ts")
        with open(ts, "w", encoding="utf-8") as empty:
            empty.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                        f'<TS version="2.1" language="{language}" sourcelanguage="en">\n</TS>\n')
        project = os.path.join(work, "project.json")
        with open(project, "w", encoding="utf-8") as out:
            json.dump({"projectFile": os.path.join(work, "CMakeLists.txt"), "includePaths": includes,
                       "sources": sources, "translations": [ts]}, out)
        result = subprocess.run([lupdate, "-project", project, "-no-obsolete", "-locations", "none"],
                                capture_output=True, text=True)
        if result.returncode != 0:
            raise SystemExit(f"error: lupdate failed ({result.returncode}):\n{result.stdout}{result.stderr}")
        warnings = [line for line in (result.stdout + result.stderr).splitlines()
                    if "lacks Q_OBJECT" in line or "Cannot invoke tr()" in line or "Discarding" in line]
        return load(ts), warnings


def check_up_to_date(root, fresh):
    committed = {message_key(c, m): m.get("numerus") == "yes" for c, m in messages(root)}
    current = {message_key(c, m): m.get("numerus") == "yes" for c, m in messages(fresh)}
    problems = []
    for key in sorted(set(current) - set(committed)):
        problems.append(f"missing from the .ts (run update_translations): {describe(key)}")
    for key in sorted(set(committed) - set(current)):
        problems.append(f"no longer in the sources (run update_translations): {describe(key)}")
    for key in sorted(set(committed) & set(current)):
        if committed[key] != current[key]:
            problems.append(f"plural form changed in the sources (run update_translations): {describe(key)}")
    return problems, len(current)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ts", required=True, help="the .ts file to check")
    parser.add_argument("--lupdate", help="lupdate executable, for the up-to-date check")
    parser.add_argument("--sources-file", help='"source:"/"include:" lines for lupdate')
    args = parser.parse_args()
    if bool(args.lupdate) != bool(args.sources_file):
        parser.error("--lupdate and --sources-file go together")

    root = load(args.ts)
    problems = check_translations(root)
    total = sum(1 for _ in messages(root))
    if args.lupdate:
        language = root.get("language") or ""
        fresh, warnings = run_lupdate(args.lupdate, args.sources_file, language)
        stale, current = check_up_to_date(root, fresh)
        problems += stale
        for warning in warnings:
            # A tr() lupdate files under a namespace, not a class: its runtime context may differ.
            print(f"warning (lupdate): {warning}")
        print(f"{os.path.basename(args.ts)}: {total} messages, {current} in the sources")
    else:
        print(f"{os.path.basename(args.ts)}: {total} messages (up-to-date check skipped)")

    for problem in problems:
        print(problem)
    if problems:
        print(f"FAILED: {len(problems)} problem(s) in {args.ts}")
        return 1
    print("OK: every message is translated, up to date and keeps its placeholders")
    return 0


if __name__ == "__main__":
    sys.exit(main())
