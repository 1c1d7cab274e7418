#!/usr/bin/env python3
"""Validate t17 evaluation cases (cases.yaml) against the five sources in /tmp/ho-sources.

Usage: python3 check.py [cases.yaml] [sources_dir]
Prints OK on success; otherwise lists every problem and exits 1.
"""
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CASES = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "cases.yaml"
SRC_DIR = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("/tmp/ho-sources")

COUNTS = {
    "quick-fact": ("qf", 28), "calculator": ("calc", 24), "unanswerable": ("un", 20),
    "comparison": ("cmp", 14), "synthesis": ("syn", 12), "multi-part": ("mp", 12),
    "follow-up": ("fu", 12), "restated-fact": ("rf", 10), "misspelling": ("ms", 10),
}
ALLOWED = {"id", "category", "question", "turns", "facts", "values", "sources",
           "quote", "abstain", "tool", "note"}
NGRAM = 8

errors = []


def err(cid, msg):
    errors.append(f"{cid}: {msg}")


# ---------------------------------------------------------------- sources
meta = yaml.safe_load((SRC_DIR / "sources.yaml").read_text(encoding="utf-8"))
SOURCES = {}          # id -> cleaned text (boilerplate removed)
RAW = {}
for m in meta:
    sid = m["id"]
    raw = (SRC_DIR / f"{sid}.txt").read_text(encoding="utf-8")
    RAW[sid] = raw
    text = raw
    bf = m.get("boilerplate_from")
    if bf:
        if bf not in text:
            err("sources", f"boilerplate_from marker missing in {sid}")
        else:
            text = text[: text.index(bf)]
    lines, seen_rep = [], set()
    for line in text.split("\n"):
        if any(line.startswith(b) for b in m.get("boilerplate_lines", []) or []):
            continue
        rep = [r for r in (m.get("repeated_lines") or []) if line.startswith(r)]
        if rep:
            if rep[0] in seen_rep:
                continue
            seen_rep.add(rep[0])
        lines.append(line)
    for b in m.get("boilerplate_lines", []) or []:
        if b not in raw:
            err("sources", f"boilerplate_lines marker missing in {sid}: {b!r}")
    SOURCES[sid] = "\n".join(lines)


def words(s):
    s = s.lower().replace("\u2019", "'").replace("\u2018", "'")
    return re.findall(r"[a-z0-9]+", s)


SRC_NGRAMS = set()
for t in SOURCES.values():
    w = words(t)
    for i in range(len(w) - NGRAM + 1):
        SRC_NGRAMS.add(tuple(w[i:i + NGRAM]))
for t in RAW.values():  # also the boilerplate, to be strict
    w = words(t)
    for i in range(len(w) - NGRAM + 1):
        SRC_NGRAMS.add(tuple(w[i:i + NGRAM]))

# ---------------------------------------------------------------- values
SCALE = {None: D(1), "thousand": D(10) ** 3, "million": D(10) ** 6,
         "billion": D(10) ** 9, "trillion": D(10) ** 12}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NUMWORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
            8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve"}
VAL_RE = re.compile(r"^(?:(USD|KRW)\s+)?(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion)?$")


def parse_value(v):
    """-> dict(kind, currency, number(Decimal, scaled), digits(str as written))"""
    s = str(v).strip()
    m = re.match(r"^(\d+(?:\.\d+)?)%$", s)
    if m:
        return {"kind": "pct", "cur": None, "num": D(m.group(1)), "digits": m.group(1)}
    m = re.match(r"^([A-Za-z]+) (\d{4})$", s)
    if m and m.group(1).lower() in MONTHS:
        return {"kind": "date", "month": m.group(1).lower(), "year": m.group(2)}
    m = VAL_RE.match(s)
    if m:
        cur, digits, scale = m.group(1), m.group(2).replace(",", ""), m.group(3)
        if scale and not cur:
            return None
        return {"kind": "num", "cur": cur, "num": D(digits) * SCALE[scale], "digits": digits}
    return None


def number_in_text(digits, text):
    t = text.replace(",", "")
    pat = r"(?<![\d.])" + re.escape(digits) + r"(?![\d]|\.\d)"
    if re.search(pat, t):
        return True
    if re.fullmatch(r"\d+", digits) and int(digits) in NUMWORDS:
        return re.search(r"\b" + NUMWORDS[int(digits)] + r"\b", text, re.I) is not None
    return False


# Calculator table: case id -> list of (value as written in cases.yaml, exact Decimal result
# in base units (dollars, won, percent or a plain number), already rounded as the question asks).
def q(x, step):
    return x.quantize(D(step), rounding=ROUND_HALF_UP)


M, B, T = D(10) ** 6, D(10) ** 9, D(10) ** 12
CALC = {
    "t17-calc-01": [("USD 24 million", q(D(48) * M * D("0.50") / M, "1") * M)],
    "t17-calc-02": [("USD 10.5 million", q(D(35) * M * D("0.30") / M, "0.1") * M)],
    "t17-calc-03": [("USD 0.2 million", q((D(10) * M - D("9.8") * M) / M, "0.1") * M)],
    "t17-calc-04": [("USD 72 million", q((D(120) * D("0.50") + D(40) * D("0.30")), "1") * M)],
    "t17-calc-05": [("USD 30 million", q(D(500) * D(0) + D(60) * D("0.50"), "1") * M)],
    "t17-calc-06": [("USD 50 million", q(D("73.5") * B / D(1470) / M, "1") * M),
                    ("USD 25 million", q(D("73.5") * B / D(1470) * D("0.5") / M, "1") * M),
                    ("KRW 36.75 billion", q(D("73.5") * B / D(1470) * D("0.5") * D(1470) / B, "0.01") * B)],
    "t17-calc-07": [("USD 5.2 million", q(D("10.4") * D("0.5"), "0.1") * M),
                    ("KRW 7.28 billion", q(D("10.4") * M * D("0.5") * D(1400) / B, "0.01") * B)],
    "t17-calc-08": [("USD 4.2 million", q(D(6) * D("0.70"), "0.1") * M)],
    "t17-calc-09": [("USD 200 million", q(D(200) * D("1.00"), "1") * M),
                    ("USD 100 million", q(D(200) * D("0.50"), "1") * M)],
    "t17-calc-10": [("USD 28 million", q(D(80) * D("0.35"), "1") * M),
                    ("USD 48 million", q(D(80) * D("0.60"), "1") * M),
                    ("USD 20 million", q(D(80) * D("0.60") - D(80) * D("0.35"), "1") * M)],
    "t17-calc-11": [("USD 1.5 million", q(D(3) * D("0.50"), "0.1") * M)],
    "t17-calc-12": [("USD 75 million", q(D(250) * D("0.30"), "0.1") * M),
                    ("USD 87.5 million", q(D(250) * D("0.35"), "0.1") * M),
                    ("USD 12.5 million", q(D(250) * D("0.35") - D(250) * D("0.30"), "0.1") * M)],
    "t17-calc-13": [("USD 626.9 million", q(D("84.3") + D("536.3") + D("6.3"), "0.1") * M),
                    ("USD 35.7 million", q(D("662.6") - (D("84.3") + D("536.3") + D("6.3")), "0.1") * M)],
    "t17-calc-14": [("USD 78.06 million", q(D("84.3") * D("0.926"), "0.01") * M)],
    "t17-calc-15": [("USD 70.2 million", q(D(300) * D("0.234"), "0.1") * M),
                    ("USD 229.8 million", q(D(300) - D(300) * D("0.234"), "0.1") * M)],
    "t17-calc-16": [("USD 3.8 billion", q(D("2.1") + D("1.4") + D("0.3"), "0.1") * B),
                    ("55.3%", q(D("2.1") / (D("2.1") + D("1.4") + D("0.3")) * 100, "0.1"))],
    "t17-calc-17": [("12.2%", q(D(30) / D(246) * 100, "0.1")),
                    ("16.4%", q(D(12) / D(73) * 100, "0.1"))],
    "t17-calc-18": [("1470", q(D("14.7") * B / (D(10) * M), "1"))],
    "t17-calc-19": [("74.0%", q(D(25) / D("33.8") * 100, "0.1")),
                    ("KRW 8.8 trillion", q(D("33.8") - D(25), "0.1") * T)],
    "t17-calc-20": [("7.35%", q(D(1) / D("13.6") * 100, "0.01"))],
    "t17-calc-21": [("90.0%", q((D(7990) - D(800)) / D(7990) * 100, "0.1")),
                    ("10.0%", q(D(800) / D(7990) * 100, "0.1"))],
    "t17-calc-22": [("USD 790 million", q(D("1.06") * B / M - D(270), "1") * M)],
    "t17-calc-23": [("USD 17.93 billion", q(D("5.88") / D("0.328"), "0.01") * B),
                    ("USD 217.8 million", q(D("5.88") * B / D(27) / M, "0.1") * M)],
    "t17-calc-24": [("13", q(D(59) - D(46), "1")),
                    ("78.0%", q(D(46) / D(59) * 100, "0.1"))],
}

# ---------------------------------------------------------------- cases
try:
    cases = yaml.safe_load(CASES.read_text(encoding="utf-8"))
except Exception as e:  # noqa: BLE001
    print(f"FAIL: cannot parse {CASES}: {e}")
    sys.exit(1)
if not isinstance(cases, list):
    print("FAIL: cases.yaml must be a YAML list")
    sys.exit(1)

ids = set()
by_cat = {c: [] for c in COUNTS}
for i, c in enumerate(cases):
    cid = c.get("id", f"#{i}") if isinstance(c, dict) else f"#{i}"
    if not isinstance(c, dict):
        err(cid, "case is not a mapping")
        continue
    extra = set(c) - ALLOWED
    if extra:
        err(cid, f"unknown fields {sorted(extra)}")
    if "id" not in c or "category" not in c:
        err(cid, "missing id or category")
        continue
    if cid in ids:
        err(cid, "duplicate id")
    ids.add(cid)
    cat = c["category"]
    if cat not in COUNTS:
        err(cid, f"bad category {cat!r}")
        continue
    abbrev = COUNTS[cat][0]
    m = re.fullmatch(r"t17-([a-z]+)-(\d{2})", cid)
    if not m or m.group(1) != abbrev:
        err(cid, f"id must be t17-{abbrev}-NN")
    else:
        by_cat[cat].append(int(m.group(2)))

    # question / turns
    has_q, has_t = "question" in c, "turns" in c
    if has_q == has_t:
        err(cid, "exactly one of question/turns required")
    texts = []
    if has_q:
        if not isinstance(c["question"], str) or not c["question"].strip():
            err(cid, "question must be a non-empty string")
        else:
            texts.append(c["question"])
        if cat == "follow-up":
            err(cid, "follow-up cases must use turns")
    if has_t:
        t = c["turns"]
        if cat != "follow-up":
            err(cid, "only follow-up cases may use turns")
        if not isinstance(t, list) or len(t) < 2 or not all(isinstance(x, str) and x.strip() for x in t):
            err(cid, "turns must be a list of 2+ non-empty strings")
        else:
            texts.extend(t)
    for txt in texts:
        w = words(txt)
        for k in range(len(w) - NGRAM + 1):
            if tuple(w[k:k + NGRAM]) in SRC_NGRAMS:
                err(cid, f"shares {NGRAM} words with a source: {' '.join(w[k:k + NGRAM])!r}")
                break

    # tool rules
    tool = c.get("tool")
    if cat == "calculator":
        if tool != "calculator":
            err(cid, "calculator cases need tool: calculator")
    elif cat in ("quick-fact", "restated-fact"):
        if tool != "none":
            err(cid, "quick-fact/restated-fact cases need tool: none")
    elif "tool" in c:
        err(cid, "tool must be omitted in this category")

    # abstain rules
    if c.get("abstain") is not None and c.get("abstain") is not True:
        err(cid, "abstain, if present, must be true")
    abstain = c.get("abstain") is True
    if (cat == "unanswerable") != abstain:
        err(cid, "abstain: true exactly for unanswerable cases")
    if abstain:
        for f in ("values", "facts", "sources", "quote"):
            if f in c:
                err(cid, f"abstain case must not have {f}")
        if not str(c.get("note", "")).strip():
            err(cid, "abstain case needs a note")
        continue

    # answerable
    facts = c.get("facts") or []
    values = c.get("values") or []
    srcs = c.get("sources") or []
    quote = c.get("quote")
    if not facts and not values:
        err(cid, "needs facts or values")
    if not isinstance(srcs, list) or not srcs:
        err(cid, "needs sources")
        srcs = []
    for s in srcs:
        if s not in SOURCES:
            err(cid, f"unknown source {s}")
    srcs = [s for s in srcs if s in SOURCES]
    if not isinstance(quote, str) or not quote.strip():
        err(cid, "needs quote")
    elif not any(quote in SOURCES[s] for s in srcs):
        err(cid, "quote not verbatim in any of its sources (boilerplate excluded)")

    for f in facts:
        try:
            rx = re.compile(f, re.I)
        except re.error as e:
            err(cid, f"fact regex does not compile: {f!r}: {e}")
            continue
        if cat != "calculator" and not any(rx.search(SOURCES[s]) for s in srcs):
            err(cid, f"fact regex matches no gold source: {f!r}")

    parsed = []
    for v in values:
        p = parse_value(v)
        if p is None:
            err(cid, f"unparseable value {v!r}")
        parsed.append((str(v), p))

    if cat == "calculator":
        if not str(c.get("note", "")).strip():
            err(cid, "calculator case needs a note with the working")
        if not re.search(r"round|nearest|decimal|whole", " ".join(texts), re.I):
            err(cid, "calculator question must state its rounding")
        table = CALC.get(cid)
        if table is None:
            err(cid, "no entry in the calculator table")
        else:
            tv = {s for s, _ in table}
            if tv != {s for s, _ in parsed}:
                err(cid, f"values {sorted(s for s, _ in parsed)} != table {sorted(tv)}")
            for s, expect in table:
                p = parse_value(s)
                if p is None or p["num"] != expect:
                    err(cid, f"calc value {s!r} != recomputed {expect}")
    else:
        for s, p in parsed:
            if p is None:
                continue
            if p["kind"] == "date":
                ok = any(re.search(p["month"], SOURCES[x], re.I) and p["year"] in SOURCES[x] for x in srcs)
            else:
                ok = any(number_in_text(p["digits"], SOURCES[x]) for x in srcs)
            if not ok:
                err(cid, f"value {s!r} not found in a gold source")

for cat, (abbrev, n) in COUNTS.items():
    nums = sorted(by_cat[cat])
    if len(nums) != n:
        err(cat, f"expected {n} cases, found {len(nums)}")
    if nums != list(range(1, len(nums) + 1)):
        err(cat, f"numbering not 01..{len(nums)} without gaps: {nums}")
missing_calc = set(CALC) - ids
if missing_calc:
    err("calculator", f"table entries without cases: {sorted(missing_calc)}")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print(f"OK ({len(cases)} cases)")
