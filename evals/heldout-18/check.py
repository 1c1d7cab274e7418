#!/usr/bin/env python3
"""Validate cases.yaml for the h18 evaluation set.

Usage: python3 check.py [cases.yaml] [sources_dir]
Prints OK on success; otherwise prints every problem and exits 1.
"""
import os
import re
import sys
from decimal import Decimal as D, ROUND_HALF_UP

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "cases.yaml")
SRC_DIR = sys.argv[2] if len(sys.argv) > 2 else "/tmp/ho-sources"

COUNTS = {"qf": 28, "calc": 24, "un": 20, "cmp": 14, "syn": 12,
          "mp": 12, "fu": 12, "rf": 10, "ms": 10}
CATEGORY = {"quick-fact": "qf", "calculator": "calc", "unanswerable": "un",
            "comparison": "cmp", "synthesis": "syn", "multi-part": "mp",
            "follow-up": "fu", "restated-fact": "rf", "misspelling": "ms"}
ALLOWED = {"id", "category", "question", "turns", "facts", "values",
           "sources", "quote", "abstain", "tool", "note"}
NGRAM = 8


def r(x, q):
    """Round Decimal x half-up to the quantum q (e.g. '0.01')."""
    return x.quantize(D(q), rounding=ROUND_HALF_UP)


# Calculator table: for each calculator case, every value string in the case
# mapped to the number recomputed here (in the unit the value string uses:
# millions for "USD n million", billions for "... billion", percent for "n%").
CALC = {
    # 01-12: hypothetical contracts under rules the sources state
    "h18-calc-01": {"USD 25 million": r(D("50") * D("0.50"), "1")},
    "h18-calc-02": {"USD 24 million": r(D("80") * D("0.30"), "0.1")},
    # 9.5M is under the USD 10M trigger -> 0; 10.5M competitive -> 50%
    "h18-calc-03": {"USD 5.25 million": r(D("0") + D("10.5") * D("0.50"), "0.01")},
    # 1982 rule: 50% of contracts worth at least USD 1M; 0.8M is under it
    "h18-calc-04": {"USD 1.5 million": r(D("0") + D("3") * D("0.50"), "0.1")},
    "h18-calc-05": {"USD 14 million": r(D("20") * D("0.70"), "0.1")},
    "h18-calc-06": {"USD 60 million": r(D("60") * D("1.00"), "1"),
                    "USD 30 million": r(D("60") * D("1.00") - D("60") * D("0.50"), "1")},
    # USD 30M competitive -> USD 15M offset -> x 1,470 won = KRW 22.05 billion
    "h18-calc-07": {"USD 15 million": r(D("30") * D("0.50"), "0.1"),
                    "KRW 22.05 billion": r(D("30") * D("0.50") * D("1470") / D("1000"), "0.01")},
    # USD 25M non-competitive, non-FMS -> USD 7.5M -> x 1,450 = KRW 10,875 million
    "h18-calc-08": {"USD 7.5 million": r(D("25") * D("0.30"), "0.1"),
                    "KRW 10.875 billion": r(D("25") * D("0.30") * D("1450") / D("1000"), "0.001")},
    # KRW 29.4 billion / 1,470 = USD 20M (> USD 10M) -> 50% = USD 10M
    "h18-calc-09": {"USD 20 million": r(D("29400") / D("1470"), "0.1"),
                    "USD 10 million": r(D("29400") / D("1470") * D("0.50"), "0.1")},
    "h18-calc-10": {"USD 60 million": r(D("120") * D("0.50"), "1"),
                    "USD 120 million": r(D("120") * D("1.00"), "1")},
    # FMS buy excepted; only the USD 30M competitive commercial deal counts
    "h18-calc-11": {"USD 15 million": r(D("0") + D("30") * D("0.50"), "1")},
    "h18-calc-12": {"USD 47 million": r(D("70") * D("0.50") + D("40") * D("0.30"), "1")},
    # 13-24: arithmetic on source figures
    "h18-calc-13": {"1470": r(D("14.7e9") / D("10e6"), "1")},
    "h18-calc-14": {"USD 626.9 million": r(D("84.3") + D("536.3") + D("6.3"), "0.1"),
                    "USD 35.7 million": r(D("662.6") - (D("84.3") + D("536.3") + D("6.3")), "0.1")},
    "h18-calc-15": {"USD 78.06 million": r(D("84.3") * D("0.926"), "0.01")},
    "h18-calc-16": {"USD 482.67 million": r(D("536.3") * (D("1") - D("0.10")), "0.01")},
    "h18-calc-17": {"USD 3.8 billion": r(D("2.1") + D("1.4") + D("0.3"), "0.1"),
                    "55.3%": r(D("2.1") / (D("2.1") + D("1.4") + D("0.3")) * 100, "0.1")},
    "h18-calc-18": {"12.2%": r(D("30") / D("246") * 100, "0.1"),
                    "16.4%": r(D("12") / D("73") * 100, "0.1")},
    "h18-calc-19": {"KRW 194.25 billion": r(D("7770") / D("40"), "0.01")},
    "h18-calc-20": {"89.99%": r((D("7.99") - D("0.8")) / D("7.99") * 100, "0.01")},
    "h18-calc-21": {"7.4%": r(D("1") / D("13.6") * 100, "0.1"),
                    "9.6%": r(D("1") / D("10.4509") * 100, "0.1")},
    "h18-calc-22": {"KRW 8.8 trillion": r(D("33.8") - D("25"), "0.1"),
                    "73.96%": r(D("25") / D("33.8") * 100, "0.01")},
    "h18-calc-23": {"USD 17.93 billion": r(D("5.88") / D("0.328"), "0.01"),
                    "USD 217.8 million": r(D("5880") / D("27"), "0.1")},
    "h18-calc-24": {"USD 790 million": r((D("1.06") - D("0.27")) * 1000, "1")},
}

MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
NUMWORDS = {"1": "one", "2": "two", "3": "three", "4": "four", "5": "five",
            "6": "six", "7": "seven", "8": "eight", "9": "nine", "10": "ten",
            "11": "eleven", "12": "twelve"}

problems = []


def bad(cid, msg):
    problems.append(f"{cid}: {msg}")


def load_sources():
    meta = yaml.safe_load(open(os.path.join(SRC_DIR, "sources.yaml"), encoding="utf-8"))
    texts = {}
    for m in meta:
        raw = open(os.path.join(SRC_DIR, m["id"] + ".txt"), encoding="utf-8").read()
        cut = m.get("boilerplate_from")
        if cut:
            assert cut in raw, (m["id"], cut)
            raw = raw[: raw.index(cut)]
        starts = tuple(m.get("boilerplate_lines") or ())
        lines = [ln for ln in raw.split("\n") if not (starts and ln.startswith(starts))]
        texts[m["id"]] = "\n".join(lines)
    return texts


def tokens(s):
    return re.findall(r"[a-z0-9]+", s.lower().replace("’", "'").replace("'", ""))


def ngrams(toks, n=NGRAM):
    return {tuple(toks[i:i + n]) for i in range(len(toks) - n + 1)}


def parse_value(v):
    """Return (currency, number-string, unit) for a value string."""
    s = str(v).strip()
    m = re.fullmatch(r"(USD|KRW)\s+([\d.,]+)\s*(million|billion|trillion)?", s)
    if m:
        return m.group(1), m.group(2).replace(",", ""), m.group(3) or ""
    m = re.fullmatch(r"([\d.,]+)%", s)
    if m:
        return "", m.group(1), "%"
    m = re.fullmatch(r"(" + "|".join(MONTHS) + r")\s+(\d{4})", s, re.I)
    if m:
        return "", m.group(2), "month:" + m.group(1).lower()
    m = re.fullmatch(r"[\d.,]+", s)
    if m:
        return "", s.replace(",", ""), ""
    return None


def number_in(text, num):
    flat = re.sub(r"(?<=\d),(?=\d{3})", "", text)
    pat = r"(?<![\d.])" + re.escape(num) + r"(?![\d]|\.\d)"
    if re.search(pat, flat):
        return True
    w = NUMWORDS.get(num)
    return bool(w and re.search(r"\b" + w + r"\b", text, re.I))


def main():
    src = load_sources()
    grams = {sid: ngrams(tokens(t)) for sid, t in src.items()}
    allgrams = set().union(*grams.values())
    cases = yaml.safe_load(open(CASES, encoding="utf-8"))
    if not isinstance(cases, list):
        print("cases.yaml is not a list")
        sys.exit(1)

    seen_ids, per_cat = set(), {}
    for c in cases:
        cid = c.get("id", "?")
        extra = set(c) - ALLOWED
        if extra:
            bad(cid, f"unknown fields {sorted(extra)}")
        if cid in seen_ids:
            bad(cid, "duplicate id")
        seen_ids.add(cid)
        cat = c.get("category")
        if cat not in CATEGORY:
            bad(cid, f"bad category {cat!r}")
            continue
        ab = CATEGORY[cat]
        m = re.fullmatch(r"h18-([a-z]+)-(\d\d)", str(cid))
        if not m or m.group(1) != ab:
            bad(cid, f"id does not match h18-{ab}-NN")
        else:
            per_cat.setdefault(ab, []).append(int(m.group(2)))

        # question / turns
        hasq, hast = "question" in c, "turns" in c
        if hasq == hast:
            bad(cid, "needs exactly one of question/turns")
        if hast:
            t = c["turns"]
            if ab != "fu":
                bad(cid, "turns only allowed for follow-up")
            if not (isinstance(t, list) and len(t) >= 2 and all(isinstance(x, str) and x.strip() for x in t)):
                bad(cid, "turns must be a list of 2+ non-empty strings")
            asks = t if isinstance(t, list) else []
        else:
            if ab == "fu":
                bad(cid, "follow-up must use turns")
            q = c.get("question")
            if not (isinstance(q, str) and q.strip()):
                bad(cid, "empty question")
            asks = [q or ""]
        for a in asks:
            hit = ngrams(tokens(str(a))) & allgrams
            if hit:
                bad(cid, f"shares {NGRAM} words with a source: {' '.join(sorted(hit)[0])}")

        # tool rules
        tool = c.get("tool")
        if ab == "calc" and tool != "calculator":
            bad(cid, "calculator case needs tool: calculator")
        elif ab in ("qf", "rf") and tool != "none":
            bad(cid, "quick-fact/restated-fact needs tool: none")
        elif ab not in ("calc", "qf", "rf") and "tool" in c:
            bad(cid, "tool must be omitted in this category")

        facts = c.get("facts") or []
        values = c.get("values") or []
        sources = c.get("sources") or []
        for f in facts:
            try:
                re.compile(f, re.I)
            except re.error as e:
                bad(cid, f"fact regex {f!r} does not compile: {e}")

        # abstain rules
        if c.get("abstain") is not None and c.get("abstain") is not True:
            bad(cid, "abstain must be true when present")
        if ab == "un":
            if c.get("abstain") is not True:
                bad(cid, "unanswerable case needs abstain: true")
            for k in ("facts", "values", "sources", "quote"):
                if k in c:
                    bad(cid, f"abstain case must not have {k}")
            if not str(c.get("note", "")).strip():
                bad(cid, "abstain case needs a note")
            continue
        if c.get("abstain"):
            bad(cid, "abstain only allowed for unanswerable")

        # answerable
        if not facts and not values:
            bad(cid, "needs facts or values")
        if not sources:
            bad(cid, "needs sources")
        for s in sources:
            if s not in src:
                bad(cid, f"unknown source {s}")
        gold = [src[s] for s in sources if s in src]
        quote = c.get("quote")
        if not (isinstance(quote, str) and quote.strip()):
            bad(cid, "needs quote")
        elif not any(quote in t for t in gold):
            bad(cid, "quote not verbatim in any of its sources")
        if ab == "calc" and not str(c.get("note", "")).strip():
            bad(cid, "calculator case needs a note with the working")

        for v in values:
            if parse_value(v) is None:
                bad(cid, f"value {v!r} not in an accepted format")

        if ab == "calc":
            table = CALC.get(cid)
            if table is None:
                bad(cid, "no entry in CALC table")
                continue
            if set(map(str, values)) != set(table):
                bad(cid, f"values {values} differ from CALC table keys {sorted(table)}")
            for v in values:
                pv = parse_value(v)
                if pv and str(v) in table and D(pv[1]) != table[str(v)]:
                    bad(cid, f"value {v} != recomputed {table[str(v)]}")
            q = " ".join(asks).lower()
            if not re.search(r"round|nearest|decimal|exact", q):
                bad(cid, "calculator question must state its rounding")
        else:
            for f in facts:
                try:
                    if not any(re.search(f, t, re.I) for t in gold):
                        bad(cid, f"fact {f!r} matches no gold source")
                except re.error:
                    pass
            for v in values:
                pv = parse_value(v)
                if not pv:
                    continue
                ok = any(number_in(t, pv[1]) for t in gold)
                if pv[2].startswith("month:"):
                    ok = ok and any(re.search(pv[2][6:], t, re.I) for t in gold)
                if not ok:
                    bad(cid, f"value {v} not found in a gold source")

    for ab, n in COUNTS.items():
        nums = sorted(per_cat.get(ab, []))
        if nums != list(range(1, n + 1)):
            bad(ab, f"expected ids 01..{n:02d}, got {len(nums)}: {nums}")
    extra = set(CALC) - seen_ids
    if extra:
        bad("calc", f"CALC entries without cases: {sorted(extra)}")
    if len(cases) != sum(COUNTS.values()):
        bad("all", f"expected {sum(COUNTS.values())} cases, got {len(cases)}")

    if problems:
        print("\n".join(problems))
        print(f"FAIL: {len(problems)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(cases)} cases; " + ", ".join(f"{k}={v}" for k, v in COUNTS.items()))


if __name__ == "__main__":
    main()
