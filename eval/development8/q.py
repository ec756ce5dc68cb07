"""Query directory.json by criteria, as the runner does: AND of all criteria.

Library: query(directory, **criteria) -> list of hospital dicts.
CLI:     python3 q.py specialty=dentistry district=wuhou language=ja,en insurer=cigna emergency direct_billing
         python3 q.py --table   (prints the directory table)
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load(path=None):
    with open(path or os.path.join(HERE, "directory.json"), encoding="utf-8") as f:
        return json.load(f)


def query(directory, **c):
    out = []
    for h in directory["hospitals"]:
        if "ids" in c:
            if h["id"] in c["ids"]:
                out.append(h)
            continue
        if any(code not in h["languages"] for code in c.get("language", [])):
            continue
        if "specialty" in c and c["specialty"] not in h["specialties"]:
            continue
        if "insurer" in c and c["insurer"] not in h.get("direct_billing", []):
            continue
        if "district" in c and h["district"] != c["district"]:
            continue
        if c.get("emergency") and not h.get("emergency_24h"):
            continue
        if c.get("direct_billing") and not h.get("direct_billing"):
            continue
        out.append(h)
    return out


def parse(args):
    c = {}
    for a in args:
        k, _, v = a.partition("=")
        if k == "language":
            c[k] = v.split(",")
        elif k == "ids":
            c[k] = v.split(",")
        elif k in ("emergency", "direct_billing"):
            c[k] = True
        else:
            c[k] = v
    return c


if __name__ == "__main__":
    d = load()
    if sys.argv[1:] == ["--table"]:
        for h in d["hospitals"]:
            print(f'{h["id"]:26} {h["district"]:16} {",".join(h["languages"]):16} '
                  f'{"ER " if h.get("emergency_24h") else "   "}{" ".join(h["specialties"])} | {" ".join(h["direct_billing"])}')
        sys.exit(0)
    res = query(d, **parse(sys.argv[1:]))
    print(len(res), [h["id"] for h in res])
