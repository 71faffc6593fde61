#!/usr/bin/env python3
"""Checks the charts' palette (templates/charts.toml) for every reader.

    .ci/palette.py [templates/charts.toml]

The series' colours are simulated as readers with each of the three
colour-vision deficiencies see them (Machado et al., full severity), and as
a greyscale print shows them (the sRGB luminance). Colours are compared by
their distance in CAM02-UCS, where about 20 tells two fills apart at a
glance:

  - every two colours of the palette stay at least 20 apart for every
    reader (normal vision and the three deficiencies);
  - in greyscale, each colour stays at least 20 from the next one (series
    that sit side by side or on top of each other in a chart).

Prints the distances; exits 1 if a rule fails. Needs colorspacious
(pip install colorspacious).
"""

import itertools
import sys
import tomllib

import numpy as np
from colorspacious import cspace_convert, deltaE

APART = 20.0
READERS = ["normal", "deuteranomaly", "protanomaly", "tritanomaly"]


def rgb(hex_colour):
    h = hex_colour.lstrip("#")
    return np.array([int(h[i:i + 2], 16) / 255 for i in (0, 2, 4)])


def seen_by(colour, reader):
    if reader == "normal":
        return colour
    space = {"name": "sRGB1+CVD", "cvd_type": reader, "severity": 100}
    return np.clip(cspace_convert(colour, space, "sRGB1"), 0, 1)


def grey(colour):
    linear = np.where(colour <= 0.04045, colour / 12.92, ((colour + 0.055) / 1.055) ** 2.4)
    y = linear @ [0.2126, 0.7152, 0.0722]
    g = 12.92 * y if y <= 0.0031308 else 1.055 * y ** (1 / 2.4) - 0.055
    return np.array([g, g, g])


def main(argv):
    path = argv[0] if argv else "templates/charts.toml"
    with open(path, "rb") as f:
        palette = tomllib.load(f)["colours"]["palette"]
    colours = [rgb(c) for c in palette]
    failures = []
    for reader in READERS:
        seen = [seen_by(c, reader) for c in colours]
        pairs = [(i, j, deltaE(seen[i], seen[j])) for i, j in itertools.combinations(range(len(seen)), 2)]
        print(f"{reader:14} " + " ".join(f"{palette[i]}/{palette[j]} {d:.0f}" for i, j, d in pairs))
        failures += [f"{reader}: {palette[i]} and {palette[j]} are {d:.0f} apart (at least {APART:.0f})"
                     for i, j, d in pairs if d < APART]
    greys = [grey(c) for c in colours]
    neighbours = [(i, i + 1, deltaE(greys[i], greys[i + 1])) for i in range(len(greys) - 1)]
    print(f"{'greyscale':14} " + " ".join(f"{palette[i]}/{palette[j]} {d:.0f}" for i, j, d in neighbours))
    failures += [f"greyscale: {palette[i]} and the next, {palette[j]}, are {d:.0f} apart (at least {APART:.0f})"
                 for i, j, d in neighbours if d < APART]
    for f in failures:
        print("FAIL " + f, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
