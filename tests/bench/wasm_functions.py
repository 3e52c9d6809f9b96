#!/usr/bin/env python3
"""Lists a wasm module's sections and its largest functions, and sums function
bytes by origin (nlohmann_json, iostream/locale, embind, libc++, the core...).
Names come from the "name" section: link with --profiling-funcs to have them.
Usage: wasm_functions.py MODULE.wasm [TOP]"""
import re
import subprocess
import sys


def leb(buf, pos):
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return result, pos


def read_name(buf, pos):
    n, pos = leb(buf, pos)
    return buf[pos:pos + n].decode("utf-8", "replace"), pos + n


def parse(path):
    buf = open(path, "rb").read()
    pos = 8
    sections, bodies, names, imported = [], [], {}, 0
    while pos < len(buf):
        sid = buf[pos]
        size, body = leb(buf, pos + 1)
        end = body + size
        label = {0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global",
                 7: "export", 8: "start", 9: "elem", 10: "code", 11: "data", 12: "datacount", 13: "tag"}.get(sid, str(sid))
        if sid == 0:
            cname, _ = read_name(buf, body)
            label = "custom:" + cname
            if cname == "name":
                p = _ + 0
                while p < end:
                    sub = buf[p]
                    sub_size, p = leb(buf, p + 1)
                    sub_end = p + sub_size
                    if sub == 1:
                        count, p = leb(buf, p)
                        for _i in range(count):
                            idx, p = leb(buf, p)
                            names[idx], p = read_name(buf, p)
                    p = sub_end
        elif sid == 2:
            count, p = leb(buf, body)
            for _i in range(count):
                _m, p = read_name(buf, p)
                _f, p = read_name(buf, p)
                kind = buf[p]
                p += 1
                if kind == 0:
                    _t, p = leb(buf, p)
                    imported += 1
                elif kind == 1:
                    p += 1
                    flags = buf[p]; p += 1
                    _a, p = leb(buf, p)
                    if flags & 1: _a, p = leb(buf, p)
                elif kind == 2:
                    flags = buf[p]; p += 1
                    _a, p = leb(buf, p)
                    if flags & 1: _a, p = leb(buf, p)
                elif kind == 3:
                    p += 2
                elif kind == 4:
                    p += 1
                    _t, p = leb(buf, p)
        elif sid == 10:
            count, p = leb(buf, body)
            for i in range(count):
                fsize, q = leb(buf, p)
                bodies.append((imported + i, q - p + fsize))
                p = q + fsize
        sections.append((label, size))
        pos = end
    return sections, bodies, names


def demangle(names):
    mangled = sorted({n for n in names.values() if n.startswith("_Z")})
    if not mangled:
        return {}
    try:
        out = subprocess.run(["c++filt"], input="\n".join(mangled), capture_output=True, text=True).stdout.split("\n")
        return dict(zip(mangled, out))
    except OSError:
        return {}


GROUPS = [  # first match wins
    ("embind", r"emscripten::|_embind|embind"),
    ("nlohmann_json", r"nlohmann"),
    ("iostream/locale", r"locale|ctype|num_put|num_get|ios_base|basic_ios|ostream|istream|streambuf|stringbuf|codecvt|moneypunct|numpunct|time_put|time_get|messages<|collate<|money_"),
    ("std::regex", r"regex|__match|__state|__node"),
    ("printf/strtod (libc)", r"printf|fmt_|strtod|strtox|scanf|__floatscan|decfloat|hexfloat|pop_arg|out\b|pad\b|fmt_fp|__intscan"),
    ("malloc", r"malloc|free\b|dlmalloc|emmalloc|sbrk|calloc|realloc"),
    ("imgcost core", r"imgcost"),
    ("libc++ containers/strings", r"std::|__1::"),
]


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    sections, bodies, names = parse(path)
    print(f"sections of {path}:")
    for label, size in sections:
        print(f"  {label:<22} {size:>9,} bytes")
    pretty = demangle(names)
    readable = lambda i: pretty.get(names.get(i, ""), names.get(i, f"func[{i}]"))
    totals = {}
    for i, size in bodies:
        name = readable(i)
        group = next((g for g, rx in GROUPS if re.search(rx, name)), "other (libc, runtime, unnamed)")
        totals[group] = totals.get(group, 0) + size
    code = sum(s for _i, s in bodies)
    print(f"code by origin ({len(bodies)} functions, {code:,} bytes):")
    for group, size in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"  {group:<32} {size:>9,} bytes  {100 * size / code:5.1f}%")
    print(f"largest {top} functions:")
    for i, size in sorted(bodies, key=lambda b: -b[1])[:top]:
        print(f"  {size:>7,}  {readable(i)[:150]}")


if __name__ == "__main__":
    main()
