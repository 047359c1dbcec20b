"""Re-tell a tuning set's notices as denial letters that state their facts in sentences.

    python benchmarks/retell.py tests/data/varied/unseen --out /tmp/retold-unseen --half dev
    python benchmarks/retell.py tests/data/varied/tune tests/data/varied/fresh \\
        --out /tmp/retold-check --half check --seed 7
    python benchmarks/retell.py tests/data/varied/blind --out /tmp/retold-scan --scan
    python benchmarks/accuracy.py /tmp/retold-unseen --misses all

Many real denials are letters, not tables: "We received a claim from Ann Lee, IBCLC for
services to Mia Lee (claim 2026-55511). On March 3, 2026, the provider billed $250.00 for
service 99403. We denied this claim because ...". The tuning sets hold few letters, and
their phrasings are known. This tool takes each document's truth (``*.expected.json``)
and writes a NEW letter (reportlab) that states those facts in sentences and short
paragraphs: a letterhead, the letter's date, an addressee, "Re:" lines or none, one
paragraph per claim, each service in its own sentences, the reason in words (sometimes
with its code), an appeal rights paragraph, and dates that are neither (when the claim
was received, an appeal deadline).

The words come from ``benchmarks/retell_phrases.yaml``: many phrasings per fact, each
marked ``dev`` or ``check``. ``--half dev`` draws only dev phrasings (develop the reader
against these), ``--half check`` only check phrasings (measure; never study its misses).
``--half dev2`` to ``--half dev7`` add a second, a third, a fourth, a fifth, a sixth and a
seventh list of dev wordings.
The truth is the document's own, with ``source`` describing the new file (a letter:
``kind`` ``denial_letter``) and a fact the letter leaves out (codes in some letters, a
phone number, an NPI) set to ``null`` / ``[]``, as the contract says for what a notice
does not print. Every truth value left is checked to be in the letter's text (the
letter is not written when one is missing). ``--scan`` passes each letter through
``scan_gap.py``'s scanner (150-300 dpi scans, some phone photos).

Documents of more than ``--max-claims`` claims or ``--max-lines`` services in a claim
are left out (nobody writes a letter of forty claims). Never run it on the held-out
splits (``heldout/``, ``outside/``).
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import io
import json
import random
import re
import sys
import zlib
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import yaml
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from accuracy import documents  # noqa: E402

PHRASES = HERE / "retell_phrases.yaml"
FORBIDDEN = ("heldout", "outside")
FONTS = (
    ("Helvetica", "Helvetica-Bold"),
    ("Times-Roman", "Times-Bold"),
    ("Courier", "Courier-Bold"),
)
STREETS = ("1422 Elm Street", "88 Harbor Road", "305 Willow Lane", "17 Orchard Ave", "940 Main St")
# keys only the dev half has phrasings for: the check half's letters never draw them
ONE_HALF = ("claim_ref", "claim_dates", "paid_beside", "decision_date", "claims_together")
# keys only the third list of dev wordings has (``--half dev3``): claims told beside other
# numbers, a paid claim's number beside the denied one's, claims counted or listed, a claim
# told with no number; the dev and dev2 letters never draw them
THIRD = (
    "claim_paid_other",
    "claim_paid_other_after",
    "claims_listed",
    "claim_nth",
    "claim_dated",
    "claim_with_ref",
    "claim_unnumbered",
)
# keys only the fourth list of dev wordings has (``--half dev4``): a letter's claims told in
# another order than the notice printed them; the other halves' letters never draw them
FOURTH = ("claims_order",)
# keys only the sixth list of dev wordings has (``--half dev6``): a claim's services told in
# paragraphs of their own, two claims' codes and reason told in one sentence, one reason
# told for the whole letter; the other halves' letters never draw them
SIXTH = (
    "service_apart",
    "claims_joint",
    "claims_joint_apart",
    "reason_once",
    "denied_noreason",
)
# keys only the seventh list of dev wordings has (``--half dev7``): a service told as a row
# of values in a sentence, the allowed amount beside the charge, the member ID and plan
# told only in a closing paragraph, a letter to the provider about "your patient", a
# denied claim's reason told after the next claim; the other halves never draw them
SEVENTH = (
    "line_row",
    "allowed_of",
    "member_late",
    "member_late_id",
    "greeting_provider",
    "member_provider",
    "member_provider_noid",
    "claim_intro_provider",
    "reason_named",
)
CITIES = ("Springfield", "Riverton", "Fairview", "Madison", "Georgetown", "Clinton")


# the phrasings each half draws: dev2 to dev5 add their own lists to the dev phrasings
DRAWS = {
    "dev": ("dev",),
    "dev2": ("dev", "dev2"),
    "dev3": ("dev", "dev2", "dev3"),
    "dev4": ("dev", "dev2", "dev4"),
    "dev5": ("dev", "dev2", "dev5"),
    "dev6": ("dev", "dev2", "dev6"),
    "dev7": ("dev", "dev2", "dev7"),
}
HALVES = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "check")
# a date told in full where the letter's format leaves out the year and the year is not
# the one told once (the letter's own date's)
FULL_DATE = "%B %-d, %Y"
# a paragraph break inside one claim's sentences (the sixth list tells services apart)
PARA = "\f"
THE_THE = re.compile(r"\b([Tt]he) the\b")
DAYS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()


def load_phrases(half: str, path: Path = PHRASES) -> dict[str, list[str]]:
    """Each fact's phrasings of one half (``dev``, ``check`` or ``all``); ``dev2`` is the
    dev phrasings and a second list of dev wordings the ``dev`` letters never draw,
    ``dev3`` those and a third list neither draws, ``dev4`` the dev and dev2 phrasings and
    a fourth list no other half draws."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    out: dict[str, list[str]] = {}
    for key, entries in raw.items():
        if key == "version":
            continue
        for e in entries:
            text, which = (e, "dev") if isinstance(e, str) else (e["text"], e["half"])
            if which not in HALVES:
                raise ValueError(
                    f"{path.name}: {key}: half must be one of {', '.join(HALVES)}, not {which}"
                )
            if half in ("all", which) or which in DRAWS.get(half, ()):
                out.setdefault(key, []).append(text)
    return out


class Teller:
    """Draws phrasings of one half with one random generator: one letter's words."""

    def __init__(self, phrases: dict[str, list[str]], rng: random.Random) -> None:
        self.phrases, self.rng = phrases, rng
        self.date_format = rng.choice(phrases["date_formats"])
        self.money_format = rng.choice(phrases["money_formats"])
        self.numbered_above = False  # a "Re:" line above the claims prints their numbers
        self.joint: dict[int, str] = {}  # claims whose codes and reason one sentence tells
        self.once: str | None = None  # the reason told once for every denied claim
        self.year: int | None = None  # the year a format without one leaves to the letter's date
        self.named: dict[int, str] = {}  # claims whose reason is told after the next claim
        self.to_provider = False  # the letter is written to the provider ("your patient")

    def say(self, key: str, **facts: Any) -> str:
        # a date told in words brings its own article ("The the fourth of May visit")
        return THE_THE.sub(r"\1", self.rng.choice(self.phrases[key]).format(**facts))

    def has(self, key: str) -> bool:
        return bool(self.phrases.get(key))

    def date(self, iso: str) -> str:
        """``iso`` in the letter's format; in full when the format leaves out the year
        and the year is not the one the letter's own date told."""
        if "%Y" not in self.date_format and date.fromisoformat(iso).year != self.year:
            return spell_date(iso, FULL_DATE)
        return spell_date(iso, self.date_format)

    def money(self, value: str) -> str:
        return spell_money(value, self.money_format)


def day_word(day: int) -> str:
    """The day of a month in words: "fourth", "twenty-first", "thirtieth"."""
    if day <= 20:
        return DAYS[day - 1]
    tens = "twenty" if day < 30 else "thirty"
    return f"{tens}-{DAYS[day % 10 - 1]}" if day % 10 else tens[:-1] + "ieth"


def spell_date(iso: str, fmt: str) -> str:
    d = date.fromisoformat(iso)
    fmt = fmt.replace("%-d", str(d.day)).replace("%-m", str(d.month))
    fmt = fmt.replace("%O", day_word(d.day))
    return d.strftime(fmt)


def spell_money(value: str, fmt: str) -> str:
    x = Decimal(value)
    sign = "-" if x < 0 else ""
    return sign + fmt.format(a=f"{abs(x):,.2f}", p=f"{abs(x):.2f}")


def _adj_codes(adjustments: list[dict[str, Any]]) -> list[str]:
    return [f"{a['group']}-{a['code']}" for a in adjustments if a.get("group") and a.get("code")]


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def tell_line(
    t: Teller, ln: dict[str, Any], codes: bool, coded: bool = True, nth: int = 0
) -> list[str]:
    """The sentences of one service line (its truth is trimmed to what they state; with
    ``coded`` false its code is told elsewhere; ``nth``: its place in the claim)."""
    facts = {
        "date": t.date(ln["date_of_service"]) if ln.get("date_of_service") else None,
        "code": ln.get("procedure_code") if coded else None,
        "billed": t.money(ln["billed"]) if ln.get("billed") else None,
    }
    key = "line"
    if facts["code"] is None:
        key = "line_nocode"
    elif facts["billed"] is None:
        key = "line_nobilled"
    elif facts["date"] is None:
        key = "line_nodate"
    out = []
    row = all(facts.values()) and t.has("line_row") and t.rng.random() < 0.45
    if row:  # "Service 1 — May 4 — S9443 — billed $180.00 — denied."
        paid = Decimal(str(ln.get("paid") or 0))
        status = "paid" if paid > 0 else t.rng.choice(("denied", "not paid"))
        out.append(t.say("line_row", n=nth + 1, status=status, **facts))
    elif facts["date"] or facts["code"] or facts["billed"]:
        out.append(t.say(key, **{k: v for k, v in facts.items() if v is not None}))
    if ln.get("modifiers"):
        out.append(t.say("modifiers", mods=_and(ln["modifiers"])))
    if ln.get("units") is not None:
        out.append(t.say("units", units=ln["units"]))
    if ln.get("diagnosis_codes"):
        out.append(t.say("line_dx", dx=_and(ln["diagnosis_codes"])))
    for field, key in (("allowed", "allowed"), ("paid", "paid"), ("patient_responsibility", "owe")):
        if ln.get(field) is None:
            continue
        if key == "allowed" and facts["billed"] and t.has("allowed_of") and t.rng.random() < 0.5:
            # "Of the $400.00 billed, $0.00 was allowed."
            out.append(t.say("allowed_of", billed=facts["billed"], allowed=t.money(ln[field])))
            continue
        out.append(t.say(key, **{key: t.money(ln[field])}))
    if codes and _adj_codes(ln.get("adjustments") or []):
        out.append(t.say("carc", codes=_and(_adj_codes(ln["adjustments"]))))
    if codes and ln.get("remark_codes"):
        out.append(t.say("rarc", codes=_and(ln["remark_codes"])))
    return out


def tell_claim(
    t: Teller, cl: dict[str, Any], codes: bool, member: str | None, nth: tuple[int, int] = (0, 1)
) -> list[str]:
    """One claim's paragraph(s), sentences in order (``nth``: its place among the letter's
    claims, and their count)."""
    provider = (cl.get("provider") or {}).get("name")
    patient, number = cl.get("patient_name"), cl.get("claim_number")
    key = (
        "claim_intro"
        + {
            (True, True): "",
            (True, False): "_nopatient",
            (False, True): "_noprovider",
            (False, False): "_bare",
        }[(bool(provider), bool(patient))]
    )
    if t.to_provider and key == "claim_intro":  # a letter to the provider: "your patient"
        key = "claim_intro_provider"
    intro = [t.say(key, provider=provider, patient=patient, claim=number)] if number else []
    out = third_intro(t, cl, nth, intro) if t.has("claim_nth") and number else intro
    out += claim_extras(t, cl)
    npi, net = (cl.get("provider") or {}).get("npi"), (cl.get("provider") or {}).get("network")
    if npi:
        out.append(t.say("npi", npi=npi, provider=provider or "The provider"))
    if net in ("in", "out") and provider:
        out.append(t.say(f"network_{net}", provider=provider))
    lines = cl.get("service_lines") or []
    if lines and lines[0].get("date_of_service") and t.rng.random() < 0.3:
        received = date.fromisoformat(lines[0]["date_of_service"]) + timedelta(days=9)
        out.append(t.say("received", date=t.date(received.isoformat())))
    joint = id(cl) in t.joint
    apart = len(lines) > 1 and t.has("service_apart") and t.rng.random() < 0.6
    for k, ln in enumerate(lines):
        if apart:  # each service in a paragraph of its own, opened by its place
            out += [PARA, t.say("service_apart", nth=ORDINALS[k])]
        out.extend(tell_line(t, ln, codes, coded=not joint, nth=k))
    if apart:
        out.append(PARA)
    if cl.get("diagnosis_codes") and not any(ln.get("diagnosis_codes") for ln in lines):
        out.append(t.say("claim_dx", dx=_and(cl["diagnosis_codes"])))
    totals = cl.get("totals") or {}
    if len(lines) > 1:
        for field, key, name in (
            ("billed", "total_billed", "billed"),
            ("allowed", "total_allowed", "allowed"),
            ("paid", "total_paid", "paid"),
            ("patient_responsibility", "total_owe", "owe"),
        ):
            if totals.get(field) is not None:
                out.append(t.say(key, **{name: t.money(totals[field])}))
    out.extend(tell_outcome(t, cl, codes))
    out += paid_beside(t, cl)
    return out


ORDINALS = ("first", "second", "third", "fourth", "fifth")


def like_number(number: str, rng: random.Random) -> str:
    """Another number printed like ``number`` (its digits drawn again): another claim's."""
    while True:
        other = "".join(str(rng.randint(0, 9)) if ch.isdigit() else ch for ch in number)
        if other != number:
            return other


def third_intro(t: Teller, cl: dict[str, Any], nth: tuple[int, int], intro: list[str]) -> list[str]:
    """The third dev list's ways to introduce a claim, else ``intro``: a paid claim's number
    told before or after it, the claim counted ("The second claim, ..."), its date and
    amount in brackets beside its number, a reference number beside it, or no number at
    all (the truth then prints none; never when a "Re:" line above prints it)."""
    rng, number = t.rng, cl["claim_number"]
    provider = (cl.get("provider") or {}).get("name") or "your provider"
    patient = cl.get("patient_name") or "the patient"
    lines = cl.get("service_lines") or []
    first = lines[0] if lines else {}
    facts: dict[str, Any] = dict(claim=number, provider=provider, patient=patient)
    facts.update(other=like_number(number, rng), ref=_ref(rng), nth=ORDINALS[nth[0]])
    when = first.get("date_of_service")
    if when:  # the paid claim's visit, before the denied one's
        before = date.fromisoformat(when) - timedelta(days=rng.randint(5, 40))
    facts.update(when=t.date(before.isoformat()) if when else "an earlier visit")
    if when and first.get("billed"):
        facts.update(date=t.date(when), billed=t.money(first["billed"]))
    facts.update(paid=t.money(f"{rng.randint(60, 320)}.{rng.choice(('00', '50'))}"))
    ways = ["claim_with_ref", "claim_paid_other", "claim_paid_other_after"]
    ways += ["claim_nth"] if nth[1] > 1 else []
    ways += ["claim_dated"] if "date" in facts else []
    if nth[1] == 1 and cl.get("denied") and not t.numbered_above:
        ways.append("claim_unnumbered")
    if rng.random() < 0.35:
        return intro
    way = rng.choice(ways)
    said = t.say(way, **facts)
    if way == "claim_paid_other":
        return [said, *intro]
    if way == "claim_paid_other_after":
        return [*intro, said]
    if way == "claim_unnumbered":
        cl["claim_number"] = None  # the letter names the claim only as "this claim"
    return [said]


def _ref(rng: random.Random) -> str:
    """A reference, case or authorization number: no fact of the truth, a distraction."""
    return rng.choice(
        (
            f"{rng.randint(10**9, 10**10 - 1)}",
            f"CS-{rng.randint(100000, 999999)}",
            f"PA{rng.randint(1000000, 9999999)}",
            f"{rng.randint(2024, 2026)}{rng.randint(1000000, 9999999)}",
            f"R{rng.randint(100, 999)}-{rng.randint(10000, 99999)}",
        )
    )


def claim_extras(t: Teller, cl: dict[str, Any]) -> list[str]:
    """Sentences of a key only one half has (the other half never draws them): a
    reference number beside the claim's, the claim's receipt and decision dates."""
    out, rng = [], t.rng
    if t.has("claim_ref") and rng.random() < 0.4:
        out.append(t.say("claim_ref", ref=_ref(rng)))
    lines = cl.get("service_lines") or []
    first = lines[0].get("date_of_service") if lines else None
    if t.has("claim_dates") and first and rng.random() < 0.35:
        received = date.fromisoformat(first) + timedelta(days=rng.randint(4, 20))
        decided = received + timedelta(days=rng.randint(3, 25))
        out.append(
            t.say(
                "claim_dates",
                received=t.date(received.isoformat()),
                decided=t.date(decided.isoformat()),
            )
        )
    return out


def paid_beside(t: Teller, cl: dict[str, Any]) -> list[str]:
    """A claim paid in full, not the notice's, mentioned beside a denied one (a key only
    one half has)."""
    lines = cl.get("service_lines") or []
    first = lines[0].get("date_of_service") if lines else None
    if not (t.has("paid_beside") and cl.get("denied") and first and t.rng.random() < 0.25):
        return []
    other = date.fromisoformat(first) - timedelta(days=t.rng.randint(7, 40))
    paid = f"{t.rng.randint(60, 320)}.{t.rng.choice(('00', '50', '25'))}"
    return [t.say("paid_beside", date=t.date(other.isoformat()), paid=t.money(paid))]


def tell_outcome(t: Teller, cl: dict[str, Any], codes: bool) -> list[str]:
    den = cl.get("denial")
    if not cl.get("denied") or not den:
        return [t.say("paid_claim")]
    cats = den.get("categories") or [den.get("primary_category") or "other"]
    first = den.get("primary_category") or cats[0]
    ordered = [first] + [c for c in cats if c != first]
    if id(cl) in t.joint or id(cl) in t.named or t.once:
        # its reason is told with another claim's, after the next claim, or once
        out = [] if id(cl) in t.joint or id(cl) in t.named else [t.say("denied_noreason")]
    else:
        out = [t.say("denied_claim", reason=t.say(f"reason_{ordered[0]}"))]
        out += [t.say("also_reason", reason=t.say(f"reason_{c}")) for c in ordered[1:]]
    if codes:
        on_lines = {
            c
            for ln in cl.get("service_lines") or []
            for c in _adj_codes(ln.get("adjustments") or [])
        }
        rest = [c for c in den.get("carc") or [] if c not in on_lines]
        if rest:
            out.append(t.say("carc", codes=_and(rest)))
        line_rarc = {
            r for ln in cl.get("service_lines") or [] for r in ln.get("remark_codes") or []
        }
        rest = [r for r in den.get("rarc") or [] if r not in line_rarc]
        if rest:
            out.append(t.say("rarc", codes=_and(rest)))
    return out


def _one_reason(cl: dict[str, Any]) -> str | None:
    """A denied claim's one category (None when it is paid or has several)."""
    den = cl.get("denial") or {}
    cats = den.get("categories") or [den.get("primary_category") or "other"]
    if not cl.get("denied") or not den or len(set(cats)) > 1:
        return None
    return den.get("primary_category") or cats[0]


def _one_coded(cl: dict[str, Any]) -> bool:
    """Is the claim one numbered service with its date, code and charge?"""
    lines = cl.get("service_lines") or []
    return (
        bool(cl.get("claim_number"))
        and len(lines) == 1
        and all(lines[0].get(k) for k in ("date_of_service", "procedure_code", "billed"))
    )


def sixth_reasons(t: Teller, told: list[dict[str, Any]]) -> list[str]:
    """The sixth list's ways to tell a letter's reasons (``t.joint``, ``t.once`` set): two
    denied claims of one service each told in one sentence with both codes and their
    reasons ("Claims A and B, for 99403 and S9443, were denied because ..."), or every
    denied claim's one reason told once after them. The sentence to tell after the claims."""
    t.joint, t.once = {}, None
    if not t.has("claims_joint"):
        return []
    denied = [cl for cl in told if cl.get("denied")]
    reasons = [_one_reason(cl) for cl in denied]
    pair = [cl for cl in denied if _one_coded(cl) and _one_reason(cl)][:2]
    if len(pair) == 2 and t.rng.random() < 0.6:
        first, second = (_one_reason(cl) or "other" for cl in pair)
        for cl in pair:
            t.joint[id(cl)] = _one_reason(cl) or "other"
        facts = {
            "claims": _and([cl["claim_number"] for cl in pair]),
            "codes": _and([cl["service_lines"][0]["procedure_code"] for cl in pair]),
            "reason": t.say(f"reason_{first}"),
            "second": t.say(f"reason_{second}"),
        }
        return [t.say("claims_joint" if first == second else "claims_joint_apart", **facts)]
    if denied and None not in reasons and len(set(reasons)) == 1 and t.rng.random() < 0.5:
        t.once = reasons[0]
        return [t.say("reason_once", reason=t.say(f"reason_{reasons[0]}"))]
    return []


def seventh_named(t: Teller, told: list[dict[str, Any]]) -> list[str]:
    """The seventh list's denied claim whose reason is told after the next claim's
    sentences, naming its own claim ("As for claim A: it was denied because ...";
    ``t.named`` set): the sentence to tell after the claim that follows it."""
    t.named = {}
    if not t.has("reason_named") or len(told) < 2 or t.rng.random() >= 0.5:
        return []
    for cl in told[:-1]:
        if cl.get("claim_number") and id(cl) not in t.joint and (reason := _one_reason(cl)):
            t.named[id(cl)] = reason
            said = t.say("reason_named", claim=cl["claim_number"], reason=t.say(f"reason_{reason}"))
            return [said]
    return []


def to_provider(t: Teller, want: dict[str, Any]) -> str | None:
    """The seventh list's letter to the provider about "your patient" (``t.to_provider``
    set): the provider it greets, when every claim names its provider and patient."""
    t.to_provider = False
    claims = want.get("claims") or []
    if not t.has("greeting_provider") or not (want.get("member") or {}).get("name"):
        return None
    if not claims or not all(
        (c.get("provider") or {}).get("name") and c.get("patient_name") for c in claims
    ):
        return None
    if t.rng.random() >= 0.3:
        return None
    t.to_provider = True
    return claims[0]["provider"]["name"]


def _paragraphs(sentences: list[str]) -> list[list[str]]:
    """One claim's sentences split at its paragraph breaks."""
    out: list[list[str]] = [[]]
    for s in sentences:
        if s == PARA:
            out.append([])
        else:
            out[-1].append(s)
    return [p for p in out if p]


def trim_truth(truth: dict[str, Any], rng: random.Random) -> tuple[dict[str, Any], bool]:
    """The truth of the letter: codes left out in some letters, some details never told."""
    want = copy.deepcopy(truth)
    codes = rng.random() < 0.6
    if not codes:
        for cl in want.get("claims") or []:
            for ln in cl.get("service_lines") or []:
                ln["adjustments"], ln["remark_codes"] = [], []
            if cl.get("denial"):
                cl["denial"]["carc"], cl["denial"]["rarc"] = [], []
    if want.get("payer", {}).get("phone") and rng.random() < 0.2:
        want["payer"]["phone"] = None
    for cl in want.get("claims") or []:
        if (cl.get("provider") or {}).get("npi") and rng.random() < 0.3:
            cl["provider"]["npi"] = None
        lines = cl.get("service_lines") or []
        if len(lines) == 1 and cl.get("totals"):
            # one service told in words: its amounts are the claim's (the letter prints
            # no separate totals, so a total the notice left out is the service's)
            for key in ("billed", "allowed", "paid", "patient_responsibility"):
                if cl["totals"].get(key) is None:
                    cl["totals"][key] = lines[0].get(key)
    return want, codes


def letter_paragraphs(want: dict[str, Any], t: Teller, codes: bool) -> dict[str, Any]:
    """The letter's parts: letterhead lines, top lines, paragraphs, closing lines."""
    payer, plan, member = want.get("payer") or {}, want.get("plan") or {}, want.get("member") or {}
    rng = t.rng
    head = [payer.get("name") or "Claims Office"]
    if payer.get("state"):
        head.append(
            f"PO Box {rng.randint(100, 9999)}, {rng.choice(CITIES)}, {payer['state']} {rng.randint(10000, 99999)}"
        )
    top = []
    if want.get("notice_date"):
        # a format without the year: the letter's own date tells it, once
        t.year = date.fromisoformat(want["notice_date"]).year
        said = spell_date(want["notice_date"], FULL_DATE)
        said = t.date(want["notice_date"]) if "%Y" in t.date_format else said
        top.append(t.say("letter_date", date=said))
    greets = to_provider(t, want)
    if greets:  # the provider's address: the member's state is not printed
        top += ["", greets, rng.choice(STREETS)]
        member["state"] = None
    elif member.get("name"):
        top += ["", member["name"]]
        if member.get("state"):
            top += [
                rng.choice(STREETS),
                f"{rng.choice(CITIES)}, {member['state']} {rng.randint(10000, 99999)}",
            ]
    re_lines = bool(member.get("name") and member.get("id") and rng.random() < 0.4)
    t.numbered_above = re_lines
    if re_lines:
        top += ["", t.say("re_member", member=member["name"], member_id=member["id"])]
        top += [
            t.say("re_claim", claim=c["claim_number"])
            for c in want.get("claims") or []
            if c.get("claim_number")
        ]
    paras: list[list[str]] = []
    first: list[str] = []
    late = bool(member.get("id") and t.has("member_late") and rng.random() < 0.4)
    late = late and bool(plan.get("name") or not plan.get("type"))
    if greets:  # to the provider: the member told as the subscriber of "your patient"
        paras.append([t.say("greeting_provider", provider=greets)])
        key = "member_provider" if member.get("id") and not late else "member_provider_noid"
        first.append(t.say(key, member=member["name"], member_id=member.get("id")))
    elif member.get("name"):
        greet = t.say("greeting", member=member["name"])
        paras.append([greet])
        if late:
            pass  # the member ID is told only in the closing paragraph
        elif member.get("id") and (not re_lines or rng.random() < 0.5):
            first.append(t.say("member_id", member=member["name"], member_id=member["id"]))
        elif not re_lines:
            first.append(t.say("member_only", member=member["name"]))
    elif member.get("id"):
        first.append(t.say("member_id", member="the member", member_id=member["id"]))
    plan_told = f"{plan['name']} ({plan['type']})" if plan.get("type") else plan.get("name")
    if late:  # the member ID and the plan told only in a closing paragraph
        pass
    elif plan.get("name"):
        key = "plan_type" if plan.get("type") else "plan_only"
        first.append(t.say(key, plan=plan["name"], type=plan.get("type")))
    elif plan.get("type"):
        first.append(t.say("type_only", type=plan["type"]))
    if plan.get("group_number"):
        first.append(t.say("group", group=plan["group_number"]))
    if plan.get("funding") and plan["funding"] != "unknown":
        first.append(t.say(f"funding_{plan['funding']}", payer=payer.get("name") or "the plan"))
    if want.get("notice_date") and t.has("decision_date") and rng.random() < 0.3:
        decided = date.fromisoformat(want["notice_date"]) - timedelta(days=rng.randint(1, 6))
        first.append(t.say("decision_date", date=t.date(decided.isoformat())))
    if first:
        paras.append(first)
    told = want.get("claims") or []
    if len(told) > 1 and t.has("claims_order") and rng.random() < 0.6:
        # the claims told in another order (a paid claim before or after the denied one):
        # the truth lists them in the order the letter tells them
        rng.shuffle(told)
        paras.append([t.say("claims_order")])
    numbers = [cl["claim_number"] for cl in told if cl.get("claim_number")]
    after = sixth_reasons(t, told)
    named = seventh_named(t, told)
    claims = [
        tell_claim(t, cl, codes, member.get("name"), (k, len(told))) for k, cl in enumerate(told)
    ]
    if named:  # told after the claim that follows the one it names
        later = next(k for k, cl in enumerate(told) if id(cl) in t.named) + 1
        claims[later] = [*claims[later], *named]
    if len(claims) > 1 and t.has("claims_together") and rng.random() < 0.3:
        # several claims told in one paragraph
        claims = [[t.say("claims_together")] + [s for told in claims for s in told]]
    if len(numbers) > 1 and t.has("claims_listed") and rng.random() < 0.5:
        # the claims' numbers listed before they are told
        paras.append([t.say("claims_listed", claims=_and(numbers))])
    paras += [p for told in claims for p in _paragraphs(told)]
    if after:
        paras.append(after)
    rights = [t.say("appeal_rights")]
    if want.get("notice_date") and rng.random() < 0.4:
        due = date.fromisoformat(want["notice_date"]) + timedelta(days=180)
        rights.append(t.say("deadline", date=t.date(due.isoformat())))
    if late:
        if plan_told:
            paras.append([t.say("member_late", member_id=member["id"], plan=plan_told)])
        else:
            paras.append([t.say("member_late_id", member_id=member["id"])])
    paras.append(rights)
    end = [t.say("phone", phone=payer["phone"])] if payer.get("phone") else []
    if end:
        paras.append(end)
    closing = [t.say("closing"), "", t.say("signature"), payer.get("name") or ""]
    return {"head": head, "top": top, "paras": paras, "closing": closing}


def draw_letter(parts: dict[str, Any], rng: random.Random) -> bytes:
    """A text PDF of the letter's parts, wrapped to the page, over as many pages as needed."""
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=letter, invariant=1)
    font, bold = rng.choice(FONTS)
    size = rng.choice((9.5, 10, 10.5, 11))
    lead = size * rng.choice((1.25, 1.35, 1.45))
    margin = rng.choice((54, 64, 72))
    width = letter[0] - 2 * margin
    y = letter[1] - margin

    def line(text: str, f: str = font, s: float = size, x: float = margin) -> None:
        nonlocal y
        if y < margin + lead:
            pdf.showPage()
            y = letter[1] - margin
        if text:
            pdf.setFont(f, s)
            pdf.drawString(x, y, text)
        y -= lead

    centred = rng.random() < 0.5
    for k, text in enumerate(parts["head"]):
        s = size + 4 if k == 0 else size - 0.5
        f = bold if k == 0 else font
        x = (letter[0] - pdf.stringWidth(text, f, s)) / 2 if centred else margin
        line(text, f, s, x)
    y -= lead
    for text in parts["top"]:
        line(text)
    y -= lead * 0.5
    one_block = rng.random() < 0.25  # some letters run a claim's sentences into one block
    for para in parts["paras"]:
        chunks = [" ".join(para)] if one_block or len(para) < 4 else _chunks(para, rng)
        for chunk in chunks:
            for text in simpleSplit(chunk, font, size, width):
                line(text)
            y -= lead * 0.6
    for text in parts["closing"]:
        line(text)
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def _chunks(sentences: list[str], rng: random.Random) -> list[str]:
    """Short paragraphs of two to four sentences."""
    out, k = [], 0
    while k < len(sentences):
        n = rng.randint(2, 4)
        out.append(" ".join(sentences[k : k + n]))
        k += n
    return out


def printed_text(pdf: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        text = "\n".join(p.extract_text() or "" for p in doc.pages)
    return re.sub(r"\s+", " ", text)


def truth_values(want: dict[str, Any]) -> list[tuple[str, str]]:
    """(field path, value) of every printed fact a reader can find by its spelling."""
    out = []
    for path in ("payer.name", "payer.state", "payer.phone", "plan.name", "plan.type",
                 "plan.group_number", "member.name", "member.id", "member.state", "notice_date"):  # fmt: skip
        top, key = path.split(".") if "." in path else (path, None)
        v = want.get(top) if key is None else (want.get(top) or {}).get(key)
        if v:
            out.append((path, v))
    for n, cl in enumerate(want.get("claims") or []):
        p = f"claims.{n}."
        for key in ("claim_number", "patient_name"):
            if cl.get(key):
                out.append((p + key, cl[key]))
        for key in ("name", "npi"):
            if (cl.get("provider") or {}).get(key):
                out.append((f"{p}provider.{key}", cl["provider"][key]))
        out += [(p + "diagnosis_codes", d) for d in cl.get("diagnosis_codes") or []]
        for key, v in (cl.get("totals") or {}).items():
            if v is not None:
                out.append((f"{p}totals.{key}", v))
        for code in ((cl.get("denial") or {}).get("carc") or []) + (
            (cl.get("denial") or {}).get("rarc") or []
        ):
            out.append((p + "denial.codes", code))
        for j, ln in enumerate(cl.get("service_lines") or []):
            q = f"{p}service_lines.{j}."
            for key in ("date_of_service", "procedure_code", "units", "billed", "allowed", "paid", "patient_responsibility"):  # fmt: skip
                if ln.get(key) is not None:
                    out.append((q + key, str(ln[key])))
            out += [(q + "modifiers", m) for m in ln.get("modifiers") or []]
            out += [(q + "diagnosis_codes", d) for d in ln.get("diagnosis_codes") or []]
            out += [(q + "remark_codes", r) for r in ln.get("remark_codes") or []]
            out += [(q + "adjustments", c) for c in _adj_codes(ln.get("adjustments") or [])]
    return out


def spellings(path: str, value: str, phrases: dict[str, list[str]]) -> set[str]:
    """Every way the letter may spell ``value``: dates and money in each format of the file."""
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value) and ("date" in path or "notice" in path):
        told = {spell_date(value, f) for f in phrases["date_formats"]}
        return told | {d[0].upper() + d[1:] for d in told}  # "The fourth of May" opens one
    last = path.rsplit(".", 1)[-1]
    if last in ("billed", "allowed", "paid", "patient_responsibility") and re.fullmatch(
        r"-?[\d.]+", value
    ):
        return {spell_money(value, f) for f in phrases["money_formats"]}
    return {value}


def missing_facts(pdf: bytes, want: dict[str, Any], phrases: dict[str, list[str]]) -> list[str]:
    """The truth values the letter's printed text does not hold (the check before writing)."""
    text = printed_text(pdf)
    out = []
    for path, value in truth_values(want):
        if not any(
            re.search(r"(?<![\w$])" + re.escape(s) + r"(?!\d)", text)
            for s in spellings(path, value, phrases)
        ):
            out.append(f"{path}={value!r}")
    return out


def retell_one(truth: dict[str, Any], stem: str, args, phrases) -> tuple[bytes, dict[str, Any]]:
    rng = random.Random(zlib.crc32(f"{args.seed}:{args.half}:{stem}".encode()))
    want, codes = trim_truth(truth, rng)
    parts = letter_paragraphs(want, Teller(phrases, rng), codes)
    pdf = draw_letter(parts, rng)
    missing = missing_facts(pdf, want, load_phrases("all"))
    if missing:
        raise ValueError(f"{stem}: the letter does not print " + ", ".join(missing))
    want["source"].update(kind="denial_letter", ocr_used=False, file=stem + ".pdf")
    return pdf, want


def finish(pdf: bytes, want: dict[str, Any], stem: str, out: Path, args, index: list[int]) -> None:
    """Write the letter (scanned with ``--scan``) and its truth into ``out``."""
    suffix, pages = ".pdf", len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    if args.scan:
        from scan_gap import make_scan

        one_page = index[1] if pages == 1 else -1
        scan_args = SimpleNamespace(photo_every=args.photo_every, dpi=[150, 200, 250, 300])
        pdf, suffix, _ = make_scan(pdf, stem, (index[0], one_page), scan_args)
        index[1] += pages == 1
        pages = 1 if suffix == ".jpg" else pages
    index[0] += 1
    want["source"].update(
        file=stem + suffix,
        sha256=hashlib.sha256(pdf).hexdigest(),
        pages=pages,
        ocr_used=bool(args.scan),
    )
    (out / (stem + suffix)).write_bytes(pdf)
    text = json.dumps(want, indent=2, ensure_ascii=False) + "\n"
    (out / f"{stem}.expected.json").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "folders", nargs="+", type=Path, help="tune/, fresh/, blind/, unseen/ or novel/"
    )
    ap.add_argument(
        "--out", type=Path, required=True, help="write the letters and their truth here"
    )
    ap.add_argument("--half", choices=HALVES, default="dev")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--scan", action="store_true", help="scan each letter (scan_gap's scanner)")
    ap.add_argument("--photo-every", type=int, default=4, metavar="N")
    ap.add_argument("--max-claims", type=int, default=5)
    ap.add_argument("--max-lines", type=int, default=4)
    args = ap.parse_args(argv)
    for folder in args.folders:
        if any(part in FORBIDDEN for part in folder.resolve().parts) or any(
            (folder / sp).is_dir() for sp in FORBIDDEN
        ):
            print(f"retell: {folder}: the held-out splits are never re-told here", file=sys.stderr)
            return 2
    phrases = load_phrases(args.half)
    args.out.mkdir(parents=True, exist_ok=True)
    written = skipped = 0
    index = [0, 0]
    for folder in args.folders:
        for stem, _src, exp in documents(folder):
            truth = json.loads(exp.read_text(encoding="utf-8"))
            claims = truth.get("claims") or []
            if (
                not claims
                or len(claims) > args.max_claims
                or any(len(c.get("service_lines") or []) > args.max_lines for c in claims)
            ):
                skipped += 1
                continue
            try:
                pdf, want = retell_one(truth, stem, args, phrases)
            except ValueError as e:
                print(f"retell: {e}", file=sys.stderr)
                return 1
            finish(pdf, want, stem, args.out, args, index)
            written += 1
    print(
        f"{written} letters ({args.half} half, seed {args.seed}) in {args.out}; {skipped} documents too long for a letter"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
