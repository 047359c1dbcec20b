"""The letter kinds appealgen writes: one registry that every stage reads.

Each entry names a letter's template, its title, who it goes to, the module that builds
its template variables (``appealgen/write/letters/<kind>.py``), the voices it is written
in and a plain description for the web page. ``decide`` chooses among the entries whose
``chosen`` is true (the contract's document kinds); ``generate`` adds the others to every
case (in the voices they are written in); ``explain``, ``templates check``, the docs test
and the web page read titles, files and expected variables from here.

Adding a letter: an entry below, its context module under ``write/letters/``, its
template in ``templates/build_templates.py``, and (for a chosen letter) when to choose it
in ``decide/documents.py``. The tests check that these agree.

This module imports nothing from the stages, so ``read``, ``decide`` and ``write`` may
all import it.
"""

from __future__ import annotations

from dataclasses import dataclass

VOICES: tuple[str, ...] = ("member", "provider")

# Variables every letter (not the call script or forms) should keep when restyled.
_LETTER = ("sender", "recipient", "re", "arguments", "enclosures", "signer")


@dataclass(frozen=True)
class Letter:
    """One kind of letter."""

    kind: str
    template: str  # the .docx file, in templates/ and in a restyled folder
    title: str  # how explain and the web page name it
    addressed_to: str  # who receives it, in plain words (a decision may name them exactly)
    description: str  # what it does, for the web page and the docs
    context: str  # "module:function" that builds its own template variables
    voices: tuple[str, ...] = VOICES
    chosen: bool = True  # chosen by the decision; False: added by generate to every case
    audience: str | None = None  # whose arguments it carries (``audiences`` in data/arguments)
    to_plan: bool = True  # False: to someone else, so no argument sentence asks the plan
    expected: tuple[str, ...] = ()  # variables a restyled template must keep


def _ctx(kind: str) -> str:
    return f"appealgen.write.letters.{kind}:context"


LETTERS: tuple[Letter, ...] = (
    Letter(
        kind="appeal",
        template="appeal.docx",
        title="Appeal letter",
        addressed_to="the plan's appeals department",
        description="The written appeal to the plan for every denied claim; it starts the "
        "record for every later step.",
        context=_ctx("appeal"),
        audience="plan",
        expected=(*_LETTER, "documents_requested", "requests", "late_request"),
    ),
    Letter(
        kind="corrected_claim_request",
        template="corrected_claim_request.docx",
        title="Request for a corrected claim",
        addressed_to="the provider's billing office",
        description="The notice names a billing error: asks the provider's billing office to "
        "correct the claim and send it again, and says which codes describe lactation care.",
        context=_ctx("corrected_claim_request"),
        expected=("sender", "recipient", "re", "defects", "corrections", "signer"),
    ),
    Letter(
        kind="gap_exception",
        template="gap_exception.docx",
        title="Gap-exception request",
        addressed_to="the plan's member services",
        description="Asks the plan to cover an out-of-network lactation consultant at the "
        "in-network level because its network has none who could see you.",
        context=_ctx("gap_exception"),
        audience="plan",
        expected=(*_LETTER, "in_network_tried", "gap_requests"),
    ),
    Letter(
        kind="state_complaint",
        template="state_complaint.docx",
        title="Complaint to the state insurance regulator",
        addressed_to="the state insurance department",
        description="A complaint to the state regulator that oversees a fully insured plan.",
        context=_ctx("state_complaint"),
        audience="regulator",
        expected=(*_LETTER, "timeline"),
    ),
    Letter(
        kind="ebsa_request",
        template="ebsa_request.docx",
        title="Request for help to the U.S. Department of Labor (EBSA)",
        addressed_to="the U.S. Department of Labor (EBSA)",
        description="Asks EBSA's benefits advisors, who oversee self-funded employer plans, "
        "to contact the plan for you.",
        context=_ctx("ebsa_request"),
        audience="regulator",
        expected=(*_LETTER, "timeline"),
    ),
    Letter(
        kind="employer_letter",
        template="employer_letter.docx",
        title="Letter to your employer's benefits office",
        addressed_to="your employer's benefits (HR) office",
        description="Asks the employer, who decides a self-funded plan's benefits, to have "
        "the claim paid and lactation care covered.",
        context=_ctx("employer_letter"),
        audience="employer",
        expected=("sender", "recipient", "re", "employer_requests", "signer"),
    ),
    Letter(
        kind="medicaid_fair_hearing",
        template="medicaid_fair_hearing.docx",
        title="Request for a Medicaid fair hearing",
        addressed_to="your state Medicaid agency (fair hearing office)",
        description="Asks the state Medicaid agency for a fair hearing on the denial.",
        context=_ctx("medicaid_fair_hearing"),
        # the hearing is the state's review after the plan's appeal, not a request to the plan
        audience="regulator",
        to_plan=False,
        expected=(*_LETTER, "hearing_requests", "late_request"),
    ),
    Letter(
        kind="external_review",
        template="external_review.docx",
        title="Request for external review",
        addressed_to="the independent reviewer, through the plan",
        description="Asks an independent reviewer to decide after the plan's final internal "
        "denial.",
        context=_ctx("external_review"),
        audience="plan",
        to_plan=False,  # the independent reviewer decides; the plan is not asked for anything
        expected=(*_LETTER, "review_requests", "late_request"),
    ),
    Letter(
        kind="legislator_letter",
        template="legislator_letter.docx",
        title="Letter to your state legislators",
        addressed_to="your state legislators",
        description="Asks your legislators for a change of policy where an appeal alone "
        "cannot help.",
        context=_ctx("legislator_letter"),
        expected=("sender", "legislators", "legislator_requests", "signer"),
    ),
    Letter(
        kind="call_script",
        template="call_script.docx",
        title="Phone script",
        addressed_to="the plan's member services",
        description="What to ask and answer when you call the plan, and a log of every call.",
        context=_ctx("call_script"),
        expected=("call_questions", "pushback", "escalation", "call_log"),
    ),
    Letter(
        kind="physician_request",
        template="physician_request.docx",
        title="Request to your baby's pediatrician or your OB",
        addressed_to="your baby's pediatrician or your OB",
        description="Asks for a referral or a short letter of medical necessity; send it with "
        "the appeal if you get one.",
        context=_ctx("physician_request"),
        chosen=False,
        expected=("sender", "physician", "physician_points", "signer"),
    ),
    Letter(
        kind="authorized_representative",
        template="authorized_representative.docx",
        title="Authorized-representative form",
        addressed_to="sign it and send it with the appeal",
        description="Lets the practice appeal for you.",
        context=_ctx("authorized_representative"),
        voices=("provider",),
        chosen=False,
        expected=("member", "representative"),
    ),
)

BY_KIND: dict[str, Letter] = {letter.kind: letter for letter in LETTERS}
# The kinds a decision may choose: the contract's document kinds.
CHOSEN_KINDS: tuple[str, ...] = tuple(letter.kind for letter in LETTERS if letter.chosen)
ALL_KINDS: tuple[str, ...] = tuple(BY_KIND)


def letter(kind: str) -> Letter:
    """The registry entry for ``kind``; KeyError names the known kinds."""
    try:
        return BY_KIND[kind]
    except KeyError:
        raise KeyError(f"no letter kind {kind!r}; known: {', '.join(ALL_KINDS)}") from None


def added_by_generate(voice: str) -> tuple[Letter, ...]:
    """The letters ``generate`` adds to every case in ``voice`` (beyond the decision's)."""
    return tuple(x for x in LETTERS if not x.chosen and voice in x.voices)
