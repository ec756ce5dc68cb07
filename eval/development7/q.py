"""Query tool over directory.json.

    python3 q.py specialty=cardiology insurer=cigna-sichuan
    python3 q.py language=de,fr district=yushui emergency=1
    python3 q.py direct_billing=1 specialty=dentistry
    python3 q.py --stats          # counts per specialty, insurer, district, language

Importable: `load()`, `search(directory, **criteria)` with the criteria of cases.L().
"""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))


def load(path=None):
    with open(path or os.path.join(HERE, "directory.json"), encoding="utf-8") as f:
        return json.load(f)


def search(directory, **c):
    out = []
    for h in directory["hospitals"]:
        if "ids" in c:
            if h["id"] in c["ids"]:
                out.append(h)
            continue
        if any(l not in h.get("languages", []) for l in c.get("language", [])):
            continue
        if "specialty" in c and c["specialty"] not in h["specialties"]:
            continue
        if "insurer" in c and c["insurer"] not in h.get("direct_billing", []):
            continue
        if "district" in c and c["district"] != h["district"]:
            continue
        if c.get("emergency") and not h.get("emergency_24h", False):
            continue
        if c.get("direct_billing") and not h.get("direct_billing"):
            continue
        out.append(h)
    return out


def parse(args):
    c = {}
    for a in args:
        k, _, v = a.partition("=")
        if k in ("language", "ids"):
            c[k] = v.split(",")
        elif k in ("emergency", "direct_billing"):
            c[k] = v not in ("0", "false", "")
        else:
            c[k] = v
    return c


def stats(d):
    for key in ("specialties", "direct_billing", "languages"):
        cnt = Counter(x for h in d["hospitals"] for x in h.get(key, []))
        print(key, dict(sorted(cnt.items())))
    print("district", dict(sorted(Counter(h["district"] for h in d["hospitals"]).items())))


if __name__ == "__main__":
    d = load()
    if "--stats" in sys.argv:
        stats(d)
        sys.exit(0)
    res = search(d, **parse(sys.argv[1:]))
    print(f"{len(res)} hospital(s)")
    for h in res:
        print(f"  {h['id']:22} {h['district']:16} {','.join(h['languages']):16} {','.join(h['direct_billing'])}")
