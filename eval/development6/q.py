#!/usr/bin/env python3
"""Tiny query tool over directory.json.

  python3 q.py specialty=dentistry language=ko district=wuhou insurer=cigna emergency=1 direct_billing=1
  python3 q.py language=en,ja specialty=pediatrics      (several languages: all must be served)
  python3 q.py id=azure-skin                            (show one hospital)
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def load():
    with open(os.path.join(HERE, "directory.json"), encoding="utf-8") as f:
        return json.load(f)


def match(h, c):
    for k, v in c.items():
        if k == "language":
            langs = v if isinstance(v, (list, tuple)) else [v]
            if not all(l in h["languages"] for l in langs):
                return False
        elif k == "specialty":
            if v not in h["specialties"]:
                return False
        elif k == "insurer":
            if v not in h.get("direct_billing", []):
                return False
        elif k == "district":
            if h["district"] != v:
                return False
        elif k == "emergency":
            if bool(v) and not h.get("emergency_24h", False):
                return False
        elif k == "direct_billing":
            if bool(v) and not h.get("direct_billing"):
                return False
        elif k == "ids":
            if h["id"] not in v:
                return False
        else:
            raise KeyError("unknown criterion %r" % k)
    return True


def search(directory, criteria):
    return [h for h in directory["hospitals"] if match(h, criteria)]


def main(argv):
    d = load()
    c = {}
    for a in argv:
        k, _, v = a.partition("=")
        if k == "id":
            for h in d["hospitals"]:
                if h["id"] == v:
                    print(json.dumps(h, ensure_ascii=False, indent=2))
            return 0
        if k in ("language", "ids"):
            c[k] = v.split(",")
        elif k in ("emergency", "direct_billing"):
            c[k] = v not in ("0", "false", "")
        else:
            c[k] = v
    res = search(d, c)
    for h in res:
        print("%-28s %-16s %-22s %-30s %s" % (h["id"], h["district"], ",".join(h["languages"]),
              ",".join(h.get("direct_billing", [])), "ER" if h.get("emergency_24h") else ""))
    print("total:", len(res))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
