#!/usr/bin/env python3
"""Fills the unfinished messages of translations/fhirbulk_{en,de}.ts after lupdate.

Run `cmake --build build --target update_translations` first (it adds new strings as unfinished), then:

  scripts/ts-fill.py todo                 list the unfinished messages (JSON lines: context, source, numerus)
  scripts/ts-fill.py en                   English: each translation is its source ("(s)" plurals made)
  scripts/ts-fill.py apply FILE.json      German from FILE.json: [{"context", "source", "de"}], where
                                          "de" is a string, or [one, many] for a %n message
  scripts/ts-fill.py from OLD_de.ts OLD_en.ts
                                          take each unfinished message's translation from other .ts
                                          files with the same context and source (after a merge)

It edits the text in place, so lupdate's layout stays as it is; the translations_complete test
then tells whether anything is left.
"""
import html
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = {lang: ROOT / "translations" / f"fhirbulk_{lang}.ts" for lang in ("en", "de")}

CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>", re.S)
MESSAGE = re.compile(
    r"(?P<open><message(?P<numerus> numerus=\"yes\")?>\s*<source>(?P<source>.*?)</source>.*?)"
    r"(?P<tr><translation(?P<attr>[^>]*)>(?P<body>.*?)</translation>|<translation[^>]*/>)",
    re.S,
)


def esc(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def messages(text):
    """Yields (context, source, numerus, match) for every message, in order."""
    for ctx in CONTEXT.finditer(text):
        name = html.unescape(ctx.group(1))
        for m in MESSAGE.finditer(ctx.group(2)):
            yield name, html.unescape(m.group("source")), bool(m.group("numerus")), ctx.start(2) + m.start(), m


def translations(text):
    """(context, source) -> translation (a string, or a list of forms) of finished messages."""
    out = {}
    for ctx, src, numerus, _, m in messages(text):
        if "unfinished" in (m.group("attr") or "") or m.group("body") is None:
            continue
        body = m.group("body")
        if numerus:
            out[(ctx, src)] = [html.unescape(f) for f in re.findall(r"<numerusform>(.*?)</numerusform>", body, re.S)]
        else:
            out[(ctx, src)] = html.unescape(body)
    return out


def fill(path, pick):
    """Replaces each unfinished translation for which pick(context, source, numerus) gives one."""
    text = path.read_text(encoding="utf-8")
    pieces, last, filled, left = [], 0, 0, []
    for ctx, src, numerus, offset, m in list(messages(text)):
        if "unfinished" not in (m.group("attr") or "") and m.group("body") is not None:
            continue
        value = pick(ctx, src, numerus)
        if value is None:
            left.append((ctx, src))
            continue
        start = offset + m.start("tr") - m.start()
        end = offset + m.end("tr") - m.start()
        if numerus:
            forms = value if isinstance(value, list) else [value, value]
            indent = " " * 12
            body = "".join(f"\n{indent}<numerusform>{esc(f)}</numerusform>" for f in forms)
            new = f"<translation>{body}\n        </translation>"
        else:
            new = f"<translation>{esc(value)}</translation>"
        pieces.append(text[last:start])
        pieces.append(new)
        last = end
        filled += 1
    pieces.append(text[last:])
    path.write_text("".join(pieces), encoding="utf-8")
    return filled, left


def english(ctx, src, numerus):
    if not numerus:
        return src
    return [src.replace("(s)", "").replace("(es)", ""), src.replace("(s)", "s").replace("(es)", "es")]


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    cmd = argv[1]
    if cmd == "todo":
        for lang, path in TS.items():
            for ctx, src, numerus, _, m in messages(path.read_text(encoding="utf-8")):
                if "unfinished" in (m.group("attr") or "") or m.group("body") is None:
                    print(json.dumps({"lang": lang, "context": ctx, "source": src, "numerus": numerus}, ensure_ascii=False))
        return 0
    if cmd == "en":
        n, left = fill(TS["en"], english)
        print(f"en: {n} filled, {len(left)} left")
        return 0
    if cmd == "apply" and len(argv) == 3:
        rows = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        table = {(r["context"], r["source"]): r["de"] for r in rows}
        n, left = fill(TS["de"], lambda c, s, _n: table.get((c, s)))
        print(f"de: {n} filled, {len(left)} left")
        for c, s in left:
            print(f"  left: [{c}] {s}")
        n_en, _ = fill(TS["en"], english)
        print(f"en: {n_en} filled")
        return 0 if not left else 1
    if cmd == "from" and len(argv) >= 3:
        for other in argv[2:]:
            text = Path(other).read_text(encoding="utf-8")
            lang = re.search(r'language="(\w\w)', text).group(1)
            table = translations(text)
            n, left = fill(TS[lang], lambda c, s, _n: table.get((c, s)))
            print(f"{lang}: {n} filled from {other}, {len(left)} left")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
