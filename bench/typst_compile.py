#!/usr/bin/env python3
"""A stand-in for `typst compile` (typst-cli 0.15.1), built on the PyPI package
`typst` 0.15.2, which embeds the typst 0.15.1 compiler (the same crates as
typst-cli 0.15.1 and as trialreport) but ships no command-line program.

    typst_compile.py [--font-path DIR]... [--pdf-standard ua-1] [--root DIR] INPUT [OUTPUT]

As typst-cli does, it lays out one document per process, with the system's
fonts and Typst's embedded fonts besides any --font-path.

    typst_compile.py --many [--font-path DIR]... INPUT...

compiles several documents in this one process (each with its own fonts/
folder beside it) and prints the seconds each took, without the interpreter's
start-up: a lower bound for typst, for an honest comparison.
"""

import argparse
import os
import sys
import time

import typst


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--font-path", action="append", default=[])
    p.add_argument("--pdf-standard", action="append", default=[])
    p.add_argument("--root")
    p.add_argument("--many", action="store_true")
    p.add_argument("input", nargs="+")
    a = p.parse_args()
    if a.many:
        for path in a.input:
            fonts = a.font_path or [os.path.join(os.path.dirname(path), "fonts")]
            start = time.perf_counter()
            pdf = typst.compile(path, font_paths=fonts, pdf_standards=a.pdf_standard or [])
            took = time.perf_counter() - start
            print(f"{path}\t{took:.4f}\t{len(pdf)}")
        return 0
    if len(a.input) > 2:
        p.error("one INPUT and at most one OUTPUT")
    src = a.input[0]
    out = a.input[1] if len(a.input) == 2 else os.path.splitext(src)[0] + ".pdf"
    try:
        typst.compile(
            src,
            output=out,
            root=a.root,
            font_paths=a.font_path,
            pdf_standards=a.pdf_standard or [],
        )
    except typst.TypstError as e:
        print(f"error: {e.message}\n{e.diagnostic}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
