"""The grounds set: notices that tell why a claim was denied in ways no other set does, in a dev and a check half.

Ten layout families, ``g00``-``g09``, drawn from how explanations of benefits tell the
reason for a denial: as the payer's own code on the service line explained in a legend at
the end ("Explanation codes: PX7 - Services by this provider type are not covered under
your plan"); as the standard adjustment and remark codes' meanings in words with no code
printed; as codes spelled "CO-185", "CO 185 / N95" or "Group CO Reason 96 Remark N130",
with no key or a key in the same spelling; or in the insurer's own words under the claim.
Some claims give two reasons on one line, and some deny one service of two (the other
paid). The member ID follows "Member no.", "ID Number" or "Subscriber ID/Suffix", on a
line, in a ruled header cell, on a card or wrapped over two lines by a narrow column; the
plan is printed in the letterhead, on a card, after a label or only in the page's footer.
Some documents are scanned in grey.

Its dev half, ``g00``-``g04``, is open for tuning; its check half, ``g05``-``g09``, was
drawn apart before the reader read a document of it and is never tuned on (quote it as a
total: ``benchmarks/accuracy.py tests/data/varied/grounds --families g05 g06 g07 g08
g09``). ``python samples/grounds.py`` writes both to ``tests/data/varied/grounds/`` as
``g<family>_<layout>_<n>.pdf``, each beside the parse document its record says the page
prints (``.expected.json``); ``--check`` lists any expected value the page does not print.
Records are drawn as the ahead set's are (``samples/ahead.py`` ``Records``), the page as
the elsewhere set's (``samples/elsewhere.py``) but for how it tells the reasons.

Every person, payer, number and address here is invented.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import ahead as ah  # noqa: E402  - samples/ahead.py: the record of a text notice, codes
import elsewhere as es  # noqa: E402  - samples/elsewhere.py: the header, the IDs, the plan
import generate as g  # noqa: E402  - samples/generate.py: the record, the canvas, the truth
import layout_set as ls  # noqa: E402  - samples/layout_set.py: drawn, written, checked
import mailed as ml  # noqa: E402  - samples/mailed.py: the date shapes
import novel as nv  # noqa: E402  - samples/novel.py: names, services, codes, scans
import unseen as u  # noqa: E402  - samples/unseen.py: drawing helpers

DEV, CHECK = ls.DEV, ls.CHECK  # the families tuned on, and those nobody tunes on
SCAN = ((2, "scan", 200),)  # the third document scanned in grey at 200 dpi
SHADE = ml.SHADE


@dataclass(frozen=True)
class Family(es.Family):
    """A grounds layout: how it tells why a claim was denied (``why``), how it spells the
    codes it prints (``form``), whether it prints their key, and whether a claim denies one
    service of two (``partial``) or gives two reasons on one line (``several``)."""

    why: str = "codes"  # "legend" (own codes), "words" (standard meanings), "codes", "own"
    form: str = "dash"  # "dash" ("CO-185 N95"), "slash" ("CO 170 / N95"), "group"
    key: bool = True  # the codes' key is printed at the end
    key_title: str = "Explanation codes"
    partial: bool = False  # a denied claim's first service is paid, the rest denied
    several: bool = False  # on the second document, a denied line gives two reasons
    own_prefix: str = "PX"  # the payer's own codes: "PX7"


FAMILIES = [
    # the dev half
    Family(0, "legend", "eob", "Helvetica", "Helvetica-Bold", 8.0, ah.dollars, g.d_us,
           (2, 3), (1, 2), ("provider_type", "out_of_network", "cost_sharing"),
           mixed=True, why="legend", key_title="Explanation codes", own_prefix="PX",
           id_label="Member no.", id_place="line", plan_label="Plan", plan_place="label",
           code_head="Service"),
    Family(1, "wordsonly", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.usd, ml.d_short_dots,
           (2, 3), (1, 2), ("prior_authorization", "not_covered", "frequency_limit"),
           scans=SCAN, mixed=True, why="words", id_label="ID Number", id_place="cells",
           plan_label="Coverage", plan_place="footer", code_head="Proc",
           date_label="Statement date", others=("Received",)),
    Family(2, "groupcodes", "eob", "Times-Roman", "Times-Bold", 9.0, ah.dollars, g.d_mon,
           (2, 3), (1, 2), ("not_covered", "place_of_service", "medical_necessity"),
           funding="self_funded", mixed=True, why="codes", form="group", key=False,
           several=True, id_label="Subscriber ID/Suffix", id_place="narrow", suffix=" 01",
           plan_place="letterhead", code_head="HCPCS/CPT", date_label="Run date",
           others=("Paid",)),
    Family(3, "ownwords", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.num, g.d_us,
           (2, 2), (2, 3), ("medical_necessity", "timely_filing", "coding"),
           scans=SCAN, mixed=True, why="own", partial=True, id_label="Member no.",
           id_place="narrow", plan_label="Plan", plan_place="footer", code_head="Service",
           date_label="Issued", others=("Processed", "Received")),
    Family(4, "slashcodes", "eob", "Helvetica", "Helvetica-Bold", 7.5, g.usd, ml.d_caps,
           (2, 2), (2, 3), ("provider_type", "frequency_limit", "prior_authorization"),
           mixed=True, why="codes", form="slash", partial=True,
           key_title="Adjustment and remark codes", id_label="ID Number", id_place="card",
           plan_label="Product", plan_place="card", code_head="Proc",
           date_label="Statement date", others=("Paid",)),
    # the check half
    Family(5, "legendfoot", "eob", "Times-Roman", "Times-Bold", 9.0, g.usd, g.d_mon,
           (2, 3), (1, 2), ("place_of_service", "prior_authorization", "cost_sharing"),
           funding="fully_insured", mixed=True, why="legend", key_title="Message codes",
           own_prefix="M", id_label="Subscriber ID/Suffix", id_place="line", suffix="-02",
           plan_label="Coverage", plan_place="footer", code_head="HCPCS/CPT"),
    Family(6, "dashcodes", "eob", "Helvetica", "Helvetica-Bold", 8.0, ah.dollars, g.d_us,
           (2, 3), (1, 2), ("provider_type", "medical_necessity", "out_of_network"),
           scans=SCAN, mixed=True, why="codes", form="dash", key=False, several=True,
           id_label="Member no.", id_place="cells", plan_label="Plan", plan_place="label",
           code_head="Service", date_label="Run date", others=("Received",)),
    Family(7, "ownletter", "eob", "Times-Roman", "Times-Bold", 9.0, g.num, ml.d_short_dots,
           (2, 2), (2, 3), ("frequency_limit", "out_of_network", "not_covered"),
           funding="self_funded", mixed=True, why="own", partial=True,
           id_label="ID Number", id_place="narrow", plan_label="Benefit plan",
           plan_place="footer", code_head="Proc", others=("Processed",)),
    Family(8, "wordsplain", "eob", "Helvetica", "Helvetica-Bold", 8.0, g.usd, g.d_mon,
           (2, 3), (1, 2), ("coding", "timely_filing", "medical_necessity"),
           scans=SCAN, mixed=True, why="words", id_label="Subscriber ID/Suffix",
           id_place="card", suffix=" 03", plan_place="letterhead", code_head="Service",
           date_label="Statement date", others=("Received", "Paid")),
    Family(9, "legendpart", "eob", "Helvetica", "Helvetica-Bold", 7.5, ah.dollars, ml.d_caps,
           (2, 2), (2, 3), ("not_covered", "provider_type", "place_of_service"),
           mixed=True, why="legend", partial=True, several=True, key_title="Codes used",
           own_prefix="Q", id_label="Member no.", id_place="narrow", plan_label="Plan",
           plan_place="footer", code_head="Proc", date_label="Run date"),
]  # fmt: skip

PAYERS = [
    ("Ashgrove Health Insurance Company", "Albany", "NY", "12207"),
    ("Bramblewood Health Plans", "Madison", "WI", "53703"),
    ("Copperline Benefit Administrators", "Tucson", "AZ", "85701"),
    ("Dovecote Mutual Health", "Bangor", "ME", "04401"),
    ("Eastmarch Health Company", "Wilmington", "DE", "19801"),
    ("Fallowfield Community Health", "Lansing", "MI", "48933"),
    ("Glenrock Health Assurance", "Casper", "WY", "82601"),
    ("Hollins Ridge Employee Benefit Trust", "Knoxville", "TN", "37902"),
    ("Ironwood Valley Health", "Duluth", "MN", "55802"),
    ("Juniper Shoals Health Partners", "Mobile", "AL", "36602"),
]
PLAN_NAMES = {  # the plan's name and type
    0: ("Ashgrove Essential PPO", "PPO"),
    1: ("Bramblewood Prime 2500", None),
    2: ("Copperline Core Benefits", None),
    3: ("Dovecote Family Choice", None),
    4: ("Eastmarch Select EPO", "EPO"),
    5: ("Fallowfield Standard HMO", "HMO"),
    6: ("Glenrock Basic PPO", "PPO"),
    7: ("Hollins Ridge Silver 3500", None),
    8: ("Ironwood Open Access", None),
    9: ("Juniper Shoals Value POS", "POS"),
}
FUNDING_TEXT = {
    2: "Your employer pays the claims of this self-funded plan; {payer} administers it.",
    5: "Your coverage is insured by {payer}.",
    7: "Your employer's self-funded plan pays these claims. {payer} only processes them.",
}
DESCRIPTIONS = es.DESCRIPTIONS
MODIFIERS = es.MODIFIERS

# The reason in the insurer's own words, per category: each family takes the wording its
# id points at, so families differ.
OWN = {
    "out_of_network": [
        "The practitioner who saw you has no contract with us, so this benefit pays nothing.",
        "Billed by a provider who is not part of the plan's preferred group.",
        "This consultant does not participate with your plan.",
        "Benefits apply only to contracted clinicians; this one is not contracted.",
    ],
    "provider_type": [
        "Services by this provider type are not covered under your plan.",
        "The credential of the person who gave this care is not one we recognize for "
        "billing these services.",
        "This specialty is not eligible to bill counseling codes under your benefits.",
        "The billing clinician's license does not allow these services to be paid.",
    ],
    "prior_authorization": [
        "We had no approval on file before this care was given.",
        "The plan was not notified before these visits as your benefits require.",
        "No request to approve this visit was made before the date of service.",
        "This service needed our okay in advance and we did not receive a request.",
    ],
    "place_of_service": [
        "Care given in the patient's residence is not a benefit for this service.",
        "This counseling is payable only when given at a clinic location.",
        "The location where this visit took place is not an approved setting for it.",
        "Sessions held where the member lives are excluded for this service.",
    ],
    "cost_sharing": [
        "This amount was applied to your annual deductible.",
        "Member cost share applied per plan design.",
        "You owe your share of the cost for this visit under your plan's coinsurance.",
        "Your office visit copay applies to this service.",
    ],
    "medical_necessity": [
        "Our clinical reviewer found the records do not support the need for these visits.",
        "The notes sent with the claim do not justify this level of service.",
        "Clinical criteria for this service were not met.",
        "The documentation does not show this care was required for your condition.",
    ],
    "frequency_limit": [
        "You have already used all the visits your benefits allow this year.",
        "Visit allowance exhausted for this plan year.",
        "The allowed number of sessions for this benefit period has been used up.",
        "This visit is over the yearly maximum for lactation counseling.",
    ],
    "coding": [
        "The procedure billed does not match the diagnosis on the claim.",
        "The service code is not valid with the modifier that was billed.",
        "The codes billed do not agree with each other; the provider may send a corrected claim.",
        "The diagnosis reported does not support the procedure billed.",
    ],
    "timely_filing": [
        "We received this claim after the filing deadline in your plan.",
        "The claim came in too long after the date of service to be paid.",
        "Submitted past the allowed filing period.",
        "This bill reached us more than 180 days after the visit.",
    ],
    "not_covered": [
        "This service is not a benefit of your plan.",
        "Excluded under the terms of your coverage.",
        "Your plan does not include this service.",
        "No benefits are available for this service.",
    ],
}
# a second reason a line gives beside its first, on the documents that give two
SECOND = {"place_of_service": "prior_authorization",
          "medical_necessity": "frequency_limit", "provider_type": "prior_authorization",
          "out_of_network": "prior_authorization", "prior_authorization": "medical_necessity",
          "frequency_limit": "medical_necessity", "coding": "timely_filing",
          "timely_filing": "coding"}  # fmt: skip
CODES = {**nv.CATEGORY_CODES, "provider_type": ("CO-185", ["N95"])}
MEANINGS = {**nv.MEANINGS, "CO-185": g.CODE_TEXT["CO-185"]}
_PRIORITY = ["out_of_network", "provider_type", "prior_authorization", "place_of_service",
             "coding", "medical_necessity", "frequency_limit", "eligibility", "timely_filing",
             "coordination_of_benefits", "duplicate", "cost_sharing", "not_covered"]  # fmt: skip

# --------------------------------------------------------------------------
# The record

_digits, _letters = nv._digits, nv._letters

SHAPES: dict[int, Callable[[random.Random], str]] = {  # the member ID's shape per family
    0: lambda rng: f"{_letters(rng, 3)}{_digits(rng, 8)}",
    1: lambda rng: _digits(rng, 11),
    2: lambda rng: f"{_letters(rng, 2)}{_digits(rng, 9)}",
    3: lambda rng: f"{_letters(rng, 1)}{_digits(rng, 10)}",
    4: lambda rng: f"{_digits(rng, 4)}{_letters(rng, 2)}{_digits(rng, 5)}",
    5: lambda rng: f"{_letters(rng, 3)}{_digits(rng, 9)}",
    6: lambda rng: _digits(rng, 10),
    7: lambda rng: f"{_letters(rng, 2)}{_digits(rng, 8)}",
    8: lambda rng: f"{_letters(rng, 3)}{_digits(rng, 7)}",
    9: lambda rng: f"{_letters(rng, 1)}{_digits(rng, 11)}",
}


def _claim_number(fam: Family, rng: random.Random) -> str:
    return f"{_digits(rng, 4)}{_letters(rng, 1)}{_digits(rng, 7)}"


def _member_id(fam: Family, rng: random.Random) -> str:
    return SHAPES[fam.id](rng) + fam.suffix


def _group(fam: Family, rng: random.Random) -> str | None:
    return f"G{_digits(rng, 6)}"


RECORDS = ah.Records("grounds", "g", PAYERS, PLAN_NAMES, FUNDING_TEXT, DESCRIPTIONS,
                     MODIFIERS, _claim_number, _member_id, _group)  # fmt: skip


def own_code(fam: Family, cat: str) -> str:
    """The payer's own code for ``cat``: ``PX7``, ``M12``."""
    return f"{fam.own_prefix}{3 + 2 * _PRIORITY.index(cat) + fam.id % 3}"


def own_words(fam: Family, cat: str) -> str:
    """The insurer's own words for ``cat``, the wording the family's id points at."""
    words = OWN[cat]
    return words[fam.id % len(words)]


def _deny(fam: Family, ln: g.Line, cats: list[str]) -> str:
    """The line's reasons as the family prints them (codes, its own codes, or none), and
    what they say in words: the codes' meanings or the insurer's own words."""
    if cats[0] != "cost_sharing":
        ln.adj, ln.rarc = [], []
        for cat in cats:
            key, rarcs = CODES[cat]
            group, code = key.split("-")
            ln.adj.append(g.Adj(group, code, ln.billed if cat == cats[0] else None))
            ln.rarc += rarcs
    words = " ".join(MEANINGS[k] for k in [a.key for a in ln.adj] + ln.rarc)
    if fam.why in ("legend", "own"):
        words = " ".join(own_words(fam, c) for c in cats)
    if fam.why == "legend":
        ln.payer_codes = [own_code(fam, c) for c in cats]
    if fam.why != "codes":
        ln.adj, ln.rarc = [], []
    return words


def _pay(ln: g.Line) -> None:
    """The line paid in full at 80% of its charge, nothing left to the member."""
    ln.allowed = (ln.billed * Decimal("0.80")).quantize(Decimal("0.01"))
    ln.paid, ln.owe = ln.allowed, Decimal("0.00")
    ln.adj, ln.rarc, ln.payer_codes = [], [], []
    ln.deductible = ln.copay = ln.coins = Decimal("0.00")


def record(fam: Family, n: int) -> g.Doc:
    """The record of document ``n`` of ``fam``: the elsewhere page's record, its denied
    lines giving their reasons as the family tells them."""
    doc = RECORDS.record(fam, n)
    rng = random.Random(f"appealgen-grounds-more-{fam.id}-{n}")
    last = max(ln.dos for c in doc.claims for ln in c.lines)
    others = {}
    for k, label in enumerate(fam.others):
        days = rng.randrange(2, 8) if label == "Received" else -(rng.randrange(1, 4) + 3 * k)
        others[label] = (last if label == "Received" else doc.notice_date) + es.timedelta(days)
    doc.extra["e"] = es.Printed(employer=rng.choice(es.EMPLOYERS),
                                group_name=rng.choice(es.GROUP_NAMES),
                                accounts={c.number: _digits(rng, 9) for c in doc.claims},
                                others=others)  # fmt: skip
    meanings = dict(MEANINGS)
    for claim in doc.claims:
        if not claim.denied:
            continue
        cat = claim.categories[0]
        cats = [cat]
        if fam.several and n == 1 and cat in SECOND:
            cats = sorted({cat, SECOND[cat]}, key=_PRIORITY.index)
        if fam.partial and cat != "cost_sharing" and len(claim.lines) > 1:
            _pay(claim.lines[0])
        said = [_deny(fam, ln, cats) for ln in claim.lines if _unpaid(ln)]
        claim.categories = cats
        if fam.why == "legend":
            meanings.update({own_code(fam, c): own_words(fam, c) for c in cats})
        if fam.why in ("words", "own"):
            claim.reason = said[0]
    doc.meanings = meanings if fam.key or fam.why != "codes" else {}
    return doc


def _unpaid(ln: g.Line) -> bool:
    """The plan did not pay the line in full, or left the member a share of it."""
    return bool(ln.adj or ln.payer_codes or ln.owe or not ln.paid or ln.paid != ln.allowed)


def _denied(claim: g.ClaimRec) -> list[g.Line]:
    """The claim's lines the plan did not pay in full."""
    return [ln for ln in claim.lines if _unpaid(ln)]


# --------------------------------------------------------------------------
# Drawing

SPELL = {  # how a family spells a line's codes
    "dash": lambda adj, rarc: " ".join([a.key for a in adj] + rarc),
    "slash": lambda adj, rarc: " / ".join([f"{a.group} {a.code}" for a in adj] + rarc),
    "group": lambda adj, rarc: "; ".join(
        [f"Group {a.group} Reason {a.code}" for a in adj]
    ) + (f" Remark {' '.join(rarc)}" if rarc else ""),
}  # fmt: skip


def _remarks(fam: Family, ln: g.Line) -> str:
    if fam.why == "legend":
        return " ".join(ln.payer_codes)
    if fam.why == "codes":
        return SPELL[fam.form](ln.adj, ln.rarc)
    return ""


def _table(fam: Family, pdf: g.Pdf, claim: g.ClaimRec) -> None:
    """A claim's services: date, code, words, diagnosis, amounts (and the codes its family
    prints on the line), with a totals row."""
    cols: list[tuple[str, float, Callable[[g.Line], str]]] = [
        ("Date", 56, lambda ln: fam.dates(ln.dos)),
        (fam.code_head, 58, lambda ln: ah._code(fam, ln)),
        ("Description", 96, lambda ln: ln.desc),
        ("Diag", 36, lambda ln: " ".join(es.undotted(d) for d in ln.dx)),
    ]
    money = [("Billed", "billed"), ("Allowed", "allowed"), ("Paid", "paid"),
             ("Your share", "owe")]  # fmt: skip
    cols += [(t, 50, lambda ln, a=a: u._m(fam, getattr(ln, a))) for t, a in money]
    if fam.why in ("legend", "codes"):
        wide = 110 if fam.why == "codes" and fam.form != "dash" else 62
        cols.append(("Codes" if fam.why == "codes" else "Msg", wide, lambda ln: _remarks(fam, ln)))
    rows = [[cell(ln) for _, _, cell in cols] for ln in claim.lines]
    total = ["Total", "", "", ""] + [u._m(fam, claim.total(a)) for _, a in money]
    rows.append(total + [""] * (len(cols) - len(total)))
    pdf.table(u._cols(pdf, [c[0] for c in cols], [c[1] for c in cols], {4, 5, 6, 7}), rows,
              font=fam.font, bold=fam.bold, size=fam.size - 0.5, header_bg=SHADE,
              bold_rows={len(rows) - 1})  # fmt: skip


def _why(fam: Family, pdf: g.Pdf, claim: g.ClaimRec) -> None:
    """Under a claim's table, the reason in words (families that print no codes)."""
    if fam.why not in ("words", "own") or not claim.denied:
        return
    denied = _denied(claim)
    if len(denied) < len(claim.lines):
        lead = f"Why the service on {fam.dates(denied[0].dos)} was not paid: "
    else:
        lead = "Why this claim was not paid in full: "
    pdf.para(lead + claim.reason, fam.font, fam.size, after=2)


def _key(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """The key of the codes used, spelled as the family spells them on the lines."""
    if fam.why == "legend":
        u._key(fam, pdf, doc, f"{fam.key_title}:", sep=" \u2013 ")
    elif fam.why == "codes" and fam.key:
        lines = []
        for c in u._used(doc):
            if "-" in c:
                group, code = c.split("-")
                shown = SPELL[fam.form]([g.Adj(group, code, None)], [])
            else:
                shown = c
            lines.append(f"{shown} - {doc.meanings[c]}")
        ls.key(fam, pdf, fam.key_title, lines)


def draw(fam: Family, pdf: g.Pdf, doc: g.Doc) -> None:
    """Every family's page: the elsewhere header, IDs and plan, each claim under its
    caption with its table and its reason, and the key of the codes used."""
    es._header(fam, pdf, doc)
    es._identity(fam, pdf, doc)
    more = es._more(doc)
    for claim in doc.claims:
        pdf.need(110)
        pdf.line(f"Claim {claim.number}   Patient: {claim.patient}   Account "
                 f"{more.accounts[claim.number]}", fam.bold, fam.size)  # fmt: skip
        pdf.line(f"Provider: {claim.provider}", fam.font, fam.size)
        _table(fam, pdf, claim)
        _why(fam, pdf, claim)
        pdf.space(8)
    _key(fam, pdf, doc)


DRAW = {fam.layout: draw for fam in FAMILIES}
_AMOUNTS = {"billed", "allowed", "paid", "owe"}
PRINTED = {fam.layout: (_AMOUNTS | {"modifiers", "dx"}, _AMOUNTS) for fam in FAMILIES}


# --------------------------------------------------------------------------
# The set


def scanned(fam: Family, n: int, text_pdf: bytes) -> ls.Scanned | None:
    """Document ``n`` as scanned (bytes, pages, suffix), if its family scans it."""
    return nv.scanned(fam, n, text_pdf, base=8300)


def _reasons_printed(fam: Family, text: str, exp: dict) -> list[str]:
    """Each denied claim's reason is printed: its sentence, its own codes' words, or its
    codes' meanings where the family prints a key (a family printing codes alone leaves
    them to their standard meanings)."""
    flat = " ".join(text.split())
    out = []
    for claim in exp["claims"]:
        if not claim["denied"] or (fam.why == "codes" and not fam.key):
            continue
        denial = claim["denial"]
        if fam.why in ("words", "own"):
            said = [denial["reason_text"]]
        elif fam.why == "legend":
            said = [own_words(fam, c) for c in denial["categories"]]
        else:
            said = [MEANINGS[c] for c in denial["carc"] + denial["rarc"]]
        out += [f"reason {s}" for s in said if s not in flat]
    return out


SET = es.ElsewhereSet("grounds", __doc__.split("\n")[0], FAMILIES, record, DRAW, PRINTED,
                      decorate=es._decorate, scan=scanned,
                      more_checks=_reasons_printed)  # fmt: skip
render, make_document, missing, write_set = SET.render, SET.make_document, SET.missing, SET.write
family_of = ls.family_of


if __name__ == "__main__":
    raise SystemExit(SET.main())
