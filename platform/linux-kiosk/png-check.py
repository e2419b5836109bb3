#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Says whether a screenshot shows more than a blank frame (standard library only).

usage: png-check.py FILE.png [--min-colours N]
Prints the size, the number of colours and the most common one; exit 1 for a frame that is
(nearly) one colour, or mostly black (cage's background shows: the app has not drawn yet, or
its window does not fill the screen).
"""
import struct
import sys
import zlib
from collections import Counter


def pixels(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour_type, _, _, interlace = header
    channels = {2: 3, 6: 4}.get(colour_type)
    if depth != 8 or channels is None or interlace:
        raise ValueError("only 8-bit RGB/RGBA, non-interlaced PNGs are read")
    raw = zlib.decompress(idat)
    stride = width * channels
    previous = bytearray(stride)
    rows = []
    for y in range(height):
        filt = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = previous[i]
            c = previous[i - channels] if i >= channels else 0
            if filt == 1:
                line[i] = (line[i] + a) & 255
            elif filt == 2:
                line[i] = (line[i] + b) & 255
            elif filt == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif filt == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def main():
    path = sys.argv[1]
    min_colours = int(sys.argv[sys.argv.index("--min-colours") + 1]) if "--min-colours" in sys.argv else 8
    width, height, channels, rows = pixels(path)
    counts = Counter()
    for row in rows[::4]:  # every fourth row is plenty and keeps this fast
        for x in range(0, len(row), channels * 2):
            counts[row[x:x + 3]] += 1
    total = sum(counts.values())
    other = 100.0 * (total - counts.most_common(1)[0][1]) / total
    dominant = counts.most_common(1)[0][0].hex()
    print(f"{width}x{height}, {len(counts)} colours, most common #{dominant}, "
          f"{other:.1f}% of pixels not that colour")
    # Black is the compositor's background: the app has not drawn, or does not fill the screen.
    return 0 if len(counts) >= min_colours and other >= 1.0 and dominant != "000000" else 1


if __name__ == "__main__":
    sys.exit(main())
