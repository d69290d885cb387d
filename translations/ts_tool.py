#!/usr/bin/env python3
"""Reads and fills a Qt Linguist .ts file without Qt Linguist (standard library only).

  ts_tool.py pending guichet_fr.ts > todo.json
      every message whose translation is unfinished or empty, as a JSON list of
      {"context", "source", ["comment"], ["numerus": true]}.
  ts_tool.py apply guichet_fr.ts done.json
      sets the translations of done.json's entries ({"context", "source", ["comment"], and
      "translation": "text" or, for a plural message, ["singular", "plural"]}) and marks them finished.
      Entries whose message is not in the file are reported and skipped.
  ts_tool.py dump guichet_fr.ts > all.json
      every message with its current translation (same shape as apply's input).

Then run `cmake --build <build> --target update_translations`: lupdate rewrites the file in its own
layout (and tests/translations checks that nothing is left unfinished).
"""

import json
import re
import sys
import xml.etree.ElementTree as ET


def key_of(context, message):
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def entries(root):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def describe(context, message):
    entry = {"context": context, "source": message.findtext("source") or ""}
    if message.findtext("comment"):
        entry["comment"] = message.findtext("comment")
    if message.get("numerus") == "yes":
        entry["numerus"] = True
    return entry


def current(message):
    translation = message.find("translation")
    if translation is None:
        return None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return translation.text or ""


def is_pending(message):
    translation = message.find("translation")
    if translation is None or translation.get("type") is not None:
        return True
    value = current(message)
    return not value or (isinstance(value, list) and not all(value))


def write(root, path):
    """Writes the file in lupdate's own layout (contexts unindented, ' and " escaped in text)."""
    root.text = "\n"
    for context in root:
        ET.indent(context, space="    ", level=0)
        context.tail = "\n"
    body = ET.tostring(root, encoding="unicode")
    # Text between tags only: attribute values keep their plain double quotes.
    body = re.sub(r">([^<]*)<", lambda m: ">" + m.group(1).replace("'", "&apos;").replace('"', "&quot;") + "<",
                  body)
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def apply(root, done):
    wanted = {(e["context"], e["source"], e.get("comment", "")): e["translation"] for e in done}
    used = set()
    for context, message in entries(root):
        key = key_of(context, message)
        if key not in wanted:
            continue
        used.add(key)
        value = wanted[key]
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for form in list(translation):
            translation.remove(form)
        if message.get("numerus") == "yes":
            if isinstance(value, str):
                value = [value, value]
            translation.text = None
            for text in value:
                ET.SubElement(translation, "numerusform").text = text
        else:
            if not isinstance(value, str):
                raise SystemExit(f"error: {key} is not a plural message: give one string")
            translation.text = value
    for key in wanted.keys() - used:
        print(f"skipped (not in the file): {key}", file=sys.stderr)
    return len(used)


def main(argv):
    if len(argv) < 3 or argv[1] not in ("pending", "apply", "dump"):
        print(__doc__, file=sys.stderr)
        return 2
    tree = ET.parse(argv[2])
    root = tree.getroot()
    if argv[1] == "pending":
        todo = [describe(c, m) for c, m in entries(root) if is_pending(m)]
        json.dump(todo, sys.stdout, ensure_ascii=False, indent=1)
        print()
        print(f"{len(todo)} pending", file=sys.stderr)
    elif argv[1] == "dump":
        everything = [dict(describe(c, m), translation=current(m)) for c, m in entries(root)]
        json.dump(everything, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        if len(argv) != 4:
            print(__doc__, file=sys.stderr)
            return 2
        with open(argv[3], encoding="utf-8") as source:
            done = json.load(source)
        count = apply(root, done)
        write(root, argv[2])
        print(f"{count} translation(s) set in {argv[2]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
