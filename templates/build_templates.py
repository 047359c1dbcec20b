"""Build every letter template (.docx) in this folder from code, byte-identically.

Run ``python templates/build_templates.py`` after editing; the tests check that the
committed .docx files match what this script builds. Each template holds the letter's
structure and Jinja tags (docxtpl); the legal prose comes from the argument data via
the template context (see docs/templates.md). Every tag sits in one run, so a practice
can restyle the letters in Word without splitting tags.
"""

from __future__ import annotations

import io
import sys
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

HERE = Path(__file__).resolve().parent
FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)
FIXED_CORE_TIME = datetime(2025, 1, 1)
FONT = "Calibri"
GREY = RGBColor(0x55, 0x55, 0x55)

# A run is either plain text or (text, {"bold": True, "italic": True, "size": 9, "grey": True})
Run = str | tuple[str, dict]


# --------------------------------------------------------------------------
# Small writing helpers


def new_document(title: str) -> Document:
    doc = Document()
    props = doc.core_properties
    props.title = title
    props.author = "appealgen"
    props.last_modified_by = "appealgen"
    props.created = FIXED_CORE_TIME
    props.modified = FIXED_CORE_TIME
    props.revision = 1
    props.comments = ""
    for section in doc.sections:
        section.page_width, section.page_height = Inches(8.5), Inches(11)
        section.left_margin = section.right_margin = Inches(1)
        section.top_margin = section.bottom_margin = Inches(0.9)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.08
    for name in ("List Bullet", "Title", "Heading 1", "Heading 2"):
        doc.styles[name].font.name = FONT
    doc.styles["Heading 2"].font.size = Pt(12)
    doc.styles["Heading 1"].font.size = Pt(14)
    return doc


def para(
    doc: Document,
    *runs: Run,
    style: str | None = None,
    align: str | None = None,
    after: int | None = None,
    keep_next: bool = False,
) -> None:
    p = doc.add_paragraph(style=style)
    for run in runs:
        text, fmt = (run, {}) if isinstance(run, str) else run
        r = p.add_run(text)
        r.bold = fmt.get("bold") or None
        r.italic = fmt.get("italic") or None
        if "size" in fmt:
            r.font.size = Pt(fmt["size"])
        if fmt.get("grey"):
            r.font.color.rgb = GREY
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if keep_next:
        p.paragraph_format.keep_with_next = True


def tag(doc: Document, jinja: str) -> None:
    """A paragraph holding one docxtpl paragraph tag ({%p … %}); it disappears on render."""
    doc.add_paragraph(jinja)


def heading(doc: Document, text: str) -> None:
    para(doc, (text, {"bold": True, "size": 12}), after=4, keep_next=True)


def bullets(doc: Document, loop: str, item: str, prefix: str = "") -> None:
    tag(doc, "{%p for " + loop + " %}")
    para(doc, prefix + "{{ " + item + " }}", style="List Bullet", after=2)
    tag(doc, "{%p endfor %}")


def checklist(doc: Document, loop: str, item: str) -> None:
    tag(doc, "{%p for " + loop + " %}")
    para(doc, "\u2610  ", "{{ " + item + " }}", after=2)
    tag(doc, "{%p endfor %}")


def footer(doc: Document) -> None:
    p = doc.sections[0].footer.paragraphs[0]
    r = p.add_run("{{ footer }}")
    r.font.size = Pt(8)
    r.font.color.rgb = GREY
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


# --------------------------------------------------------------------------
# Blocks every letter shares


def sender_block(doc: Document) -> None:
    tag(doc, "{%p if sender.letterhead %}")
    para(doc, ("{{ sender.letterhead }}", {"bold": True, "size": 13}), align="center", after=8)
    tag(doc, "{%p endif %}")
    para(doc, ("{{ sender.name }}", {"bold": True}), after=0)
    tag(doc, "{%p if sender.credentials %}")
    para(doc, "{{ sender.credentials }}", after=0)
    tag(doc, "{%p endif %}")
    tag(doc, "{%p for line in sender.lines %}")
    para(doc, "{{ line }}", after=0)
    tag(doc, "{%p endfor %}")
    para(doc, "Phone: ", "{{ sender.phone }}", after=0)
    tag(doc, "{%p if sender.email %}")
    para(doc, "Email: ", "{{ sender.email }}", after=0)
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if sender.ids %}")
    para(doc, "{{ sender.ids }}", after=0)
    tag(doc, "{%p endif %}")
    para(doc, "", after=0)
    para(doc, "{{ today }}", after=10)


def recipient_block(doc: Document) -> None:
    para(doc, "{{ recipient.name }}", after=0)
    tag(doc, "{%p for line in recipient.lines %}")
    para(doc, "{{ line }}", after=0)
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p if recipient.fax %}")
    para(doc, "By fax: ", "{{ recipient.fax }}", after=0)
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if recipient.url %}")
    para(doc, "Online: ", "{{ recipient.url }}", after=0)
    tag(doc, "{%p endif %}")
    para(doc, "", after=4)


def re_block(doc: Document, subject: str) -> None:
    para(doc, ("RE: ", {"bold": True}), (subject, {"bold": True}), after=2)

    def line(label: str, var: str, optional: bool = True) -> None:
        if optional:
            tag(doc, "{%p if " + var + " %}")
        para(doc, (label + ": ", {"bold": True}), "{{ " + var + " }}", after=0)
        if optional:
            tag(doc, "{%p endif %}")

    line("Member", "re.member", optional=False)
    line("Member ID", "re.member_id", optional=False)
    line("Plan", "re.plan")
    line("Group number", "re.group_number")
    line("Patient", "re.patient")
    line("Claim number", "re.claim_numbers")
    line("Date of service", "re.dates")
    line("Provider", "re.provider")
    line("Codes billed", "re.codes")
    line("Amount in dispute", "re.amount")
    line("Date of your notice", "re.notice_date")
    para(doc, "", after=4)


def arguments_block(doc: Document, lead: str | None = None) -> None:
    tag(doc, "{%p if arguments %}")
    if lead:
        heading(doc, lead)
    tag(doc, "{%p for arg in arguments %}")
    tag(doc, "{%p if arg.title %}")
    para(doc, ("{{ arg.title }}", {"bold": True, "italic": True}), after=2, keep_next=True)
    tag(doc, "{%p endif %}")
    tag(doc, "{%p for text in arg.paragraphs %}")
    para(doc, "{{ text }}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p if arg.citation_line %}")
    para(doc, ("{{ arg.citation_line }}", {"italic": True, "size": 9, "grey": True}))
    tag(doc, "{%p endif %}")
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p endif %}")


def documents_requested_block(doc: Document, intro: str) -> None:
    tag(doc, "{%p if documents_requested %}")
    heading(doc, "Documents requested")
    para(doc, intro)
    bullets(doc, "item in documents_requested", "item")
    tag(doc, "{%p endif %}")


def rules_block(doc: Document) -> None:
    tag(doc, "{%p if sources %}")
    heading(doc, "Rules and sources relied on")
    bullets(doc, "src in sources", "src")
    tag(doc, "{%p endif %}")


def enclosures_block(doc: Document) -> None:
    tag(doc, "{%p if enclosures %}")
    heading(doc, "Enclosures")
    checklist(doc, "item in enclosures", "item")
    tag(doc, "{%p endif %}")


def signature_block(doc: Document, closing: str = "Sincerely,") -> None:
    para(doc, "", after=0)
    para(doc, closing, after=30, keep_next=True)
    para(doc, "______________________________", after=0, keep_next=True)
    para(doc, "{{ signer.name }}", after=0, keep_next=True)
    tag(doc, "{%p for line in signer.lines %}")
    para(doc, "{{ line }}", after=0)
    tag(doc, "{%p endfor %}")


def late_block(doc: Document) -> None:
    """Said first when the request is late: ask to accept it, then the good cause."""
    tag(doc, "{%p if late_request %}")
    para(doc, "{{ late_request }}")
    bullets(doc, "item in good_cause", "item")
    tag(doc, "{%p endif %}")


def representative_note(doc: Document) -> None:
    tag(doc, "{%p if voice == 'provider' %}")
    para(
        doc,
        "We write as the authorized representative of ",
        "{{ member.name }}",
        ", whose signed designation is enclosed. Please send copies of all notices and "
        "decisions about this matter both to the member and to us.",
    )
    tag(doc, "{%p endif %}")


# --------------------------------------------------------------------------
# The letters


def build_appeal(doc: Document) -> None:
    sender_block(doc)
    recipient_block(doc)
    re_block(doc, "{{ subject }}")
    para(doc, "Dear {{ recipient.salutation }}:")
    late_block(doc)
    para(
        doc,
        "{{ we_cap }} {{ ask_verb }} a full review of your decision to deny the claim above "
        "for lactation (breastfeeding) support provided to {{ re.patient_phrase }} on "
        "{{ re.dates_phrase }} by {{ provider.full }}. "
        "{{ we_cap }} ask you to reverse the denial and pay the claim in full, with no deductible, "
        "copay or coinsurance.",
    )
    para(
        doc,
        "Your notice gives this reason for the denial: \u201c{{ denial_reason }}\u201d. "
        "{{ reason_answer }}",
    )
    tag(doc, "{%p if deadlines.internal_appeal and not late_request %}")
    para(
        doc,
        "This appeal is filed within the time your notice allows (by {{ "
        "deadlines.internal_appeal }}).",
    )
    tag(doc, "{%p endif %}")
    representative_note(doc)
    arguments_block(doc, "Why the claim should be paid")
    heading(doc, "What {{ we }} ask you to do")
    bullets(doc, "item in requests", "item")
    documents_requested_block(
        doc,
        "So that {{ we }} can understand and answer your decision, please send, "
        "free of charge, copies of:",
    )
    para(
        doc,
        "If you need anything more to decide this appeal, please tell {{ us }} in writing right "
        "away. "
        "If the decision stays against {{ us }}, please explain the specific reason and the "
        "plan term "
        "or rule it rests on, and tell {{ us }} how to ask for {{ next_review }}.",
    )
    tag(doc, "{%p if decision_time %}")
    para(doc, "{{ decision_time }}")
    tag(doc, "{%p endif %}")
    para(doc, "You can reach {{ us }} at {{ sender.phone }}. Thank you for your prompt attention.")
    rules_block(doc)
    enclosures_block(doc)
    signature_block(doc)


def build_corrected_claim_request(doc: Document) -> None:
    sender_block(doc)
    recipient_block(doc)
    re_block(doc, "{{ subject }}")
    para(doc, "Dear {{ recipient.salutation }}:")
    para(doc, "{{ corrected_opening }}")
    heading(doc, "What the plan says is wrong")
    bullets(doc, "item in defects", "item")
    tag(doc, "{%p if corrections %}")
    heading(doc, "What to correct")
    bullets(doc, "item in corrections", "item")
    tag(doc, "{%p endif %}")
    heading(doc, "Codes that describe lactation care")
    tag(doc, "{%p if billed_codes %}")
    para(doc, "The claim as billed:")
    bullets(doc, "item in billed_codes", "item")
    tag(doc, "{%p endif %}")
    para(doc, "What the codes should show, where they apply to this care:")
    bullets(doc, "item in coding_guide", "item")
    heading(doc, "What {{ we }} ask you to do")
    bullets(doc, "item in corrected_requests", "item")
    para(doc, "You can reach {{ us }} at {{ sender.phone }}. Thank you.")
    enclosures_block(doc)
    signature_block(doc)


def build_gap_exception(doc: Document) -> None:
    sender_block(doc)
    recipient_block(doc)
    re_block(doc, "{{ subject }}")
    para(doc, "Dear {{ recipient.salutation }}:")
    tag(doc, "{%p if is_prospective %}")
    para(
        doc,
        "{{ we_cap }} ask you to approve, before the visit, coverage at the in-network level "
        "and with no cost sharing of lactation consultation with {{ provider.full }}, because "
        "{{ we }} could not find an in-network lactation consultant who can provide this care.",
    )
    tag(doc, "{%p else %}")
    para(
        doc,
        "{{ we_cap }} ask you to treat the lactation care provided on {{ re.dates_phrase }} as "
        "covered at the in-network level with no cost sharing (a network gap exception), and to "
        "reprocess the claim above on that basis. The care was provided by {{ provider.full }}, "
        "and {{ we }} could not find an in-network lactation consultant who could provide it.",
    )
    tag(doc, "{%p endif %}")
    representative_note(doc)
    heading(doc, "In-network providers already contacted")
    tag(doc, "{%p if in_network_tried %}")
    tag(doc, "{%p for tried in in_network_tried %}")
    para(
        doc,
        "{{ tried.name }}",
        " (contacted ",
        "{{ tried.date }}",
        "): ",
        "{{ tried.result }}",
        style="List Bullet",
        after=2,
    )
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p else %}")
    para(doc, "{{ tried_placeholder }}")
    tag(doc, "{%p endif %}")
    para(doc, "{{ access_needs }}")
    arguments_block(doc, "Why the plan must cover this care")
    heading(doc, "What {{ we }} ask you to do")
    bullets(doc, "item in gap_requests", "item")
    documents_requested_block(doc, "Please also send, free of charge:")
    para(
        doc,
        "Please answer in writing, and call {{ us }} at {{ sender.phone }} if anything is unclear.",
    )
    rules_block(doc)
    enclosures_block(doc)
    signature_block(doc)


def build_state_complaint(doc: Document) -> None:
    sender_block(doc)
    recipient_block(doc)
    re_block(doc, "{{ subject }}")
    para(doc, "Dear {{ recipient.salutation }}:")
    para(
        doc,
        "{{ we_cap }} ask the {{ venue.name }} to review how {{ payer.name }} handled a claim for "
        "lactation (breastfeeding) support, and to require the plan to pay it as the law requires. "
        "The plan is an insured plan, which your office regulates.",
    )
    heading(doc, "What happened")
    bullets(doc, "item in timeline", "item")
    representative_note(doc)
    arguments_block(doc, "Why {{ we }} believe the plan is wrong")
    heading(doc, "What {{ we }} ask the {{ venue.short }} to do")
    bullets(doc, "item in regulator_requests", "item")
    para(
        doc,
        "You can reach {{ us }} at {{ sender.phone }}. {{ we_cap }} can send any further "
        "document you need.",
    )
    rules_block(doc)
    enclosures_block(doc)
    signature_block(doc)


def build_ebsa_request(doc: Document) -> None:
    sender_block(doc)
    recipient_block(doc)
    re_block(doc, "{{ subject }}")
    para(doc, "Dear Benefits Advisor:")
    para(
        doc,
        "{{ we_cap }} ask for the help of the Employee Benefits Security Administration with a "
        "claim "
        "for lactation (breastfeeding) support. The plan is an employer's self-funded group health "
        "plan, administered by {{ payer.name }}{{ employer_phrase }}. Because the employer pays "
        "the "
        "claims, the state insurance department has told many families it cannot help with such "
        "plans.",
    )
    heading(doc, "What happened")
    bullets(doc, "item in timeline", "item")
    representative_note(doc)
    arguments_block(doc, "Why {{ we }} believe the plan is wrong")
    heading(doc, "What {{ we }} ask EBSA to do")
    bullets(doc, "item in regulator_requests", "item")
    para(doc, "You can reach {{ us }} at {{ sender.phone }}.")
    rules_block(doc)
    enclosures_block(doc)
    signature_block(doc)


def build_medicaid_fair_hearing(doc: Document) -> None:
    sender_block(doc)
    recipient_block(doc)
    re_block(doc, "{{ subject }}")
    para(doc, "Dear {{ recipient.salutation }}:")
    late_block(doc)
    para(
        doc,
        "{{ we_cap }} request a fair hearing about the denial of Medicaid coverage for lactation "
        "(breastfeeding) support provided to {{ re.patient_phrase }} on {{ re.dates_phrase }} "
        "by {{ provider.full }}. The decision was made by "
        "{{ payer.name }}.",
    )
    tag(doc, "{%p if deadlines.fair_hearing and not late_request %}")
    para(doc, "This request is made within the time allowed (by {{ deadlines.fair_hearing }}).")
    tag(doc, "{%p endif %}")
    representative_note(doc)
    arguments_block(doc, "Why the decision should be changed")
    heading(doc, "What {{ we }} ask for")
    bullets(doc, "item in hearing_requests", "item")
    documents_requested_block(doc, "Before the hearing, please send {{ us }}, free of charge:")
    para(
        doc,
        "You can reach {{ us }} at {{ sender.phone }}. Please tell {{ us }} the date, time and "
        "place of the "
        "hearing, and whether it can be held by phone.",
    )
    rules_block(doc)
    enclosures_block(doc)
    signature_block(doc)


def build_external_review(doc: Document) -> None:
    sender_block(doc)
    recipient_block(doc)
    re_block(doc, "{{ subject }}")
    para(doc, "Dear {{ recipient.salutation }}:")
    late_block(doc)
    para(
        doc,
        "{{ we_cap }} request an independent external review of the final decision by "
        "{{ payer.name }} to deny coverage of lactation (breastfeeding) support provided to "
        "{{ re.patient_phrase }} on {{ re.dates_phrase }} by {{ provider.full }}.",
    )
    tag(doc, "{%p if deadlines.external_review and not late_request %}")
    para(doc, "This request is filed within the time allowed (by {{ deadlines.external_review }}).")
    tag(doc, "{%p endif %}")
    para(
        doc,
        "This dispute turns on medical judgment: whether the care was needed, and whether any "
        "in-network provider could actually have provided it, in the right setting and in time. "
        "Those are questions an independent reviewer can decide.",
    )
    representative_note(doc)
    arguments_block(doc, "Why the denial should be overturned")
    heading(doc, "What {{ we }} ask for")
    bullets(doc, "item in review_requests", "item")
    para(doc, "You can reach {{ us }} at {{ sender.phone }}.")
    rules_block(doc)
    enclosures_block(doc)
    signature_block(doc)


def build_employer_letter(doc: Document) -> None:
    sender_block(doc)
    recipient_block(doc)
    re_block(doc, "{{ subject }}")
    para(doc, "Dear {{ recipient.salutation }}:")
    para(doc, "{{ we_cap }} {{ employer_opening }}")
    para(
        doc,
        "Because the company pays the claims itself and {{ payer.name }} only administers them, "
        "the "
        "company decides what this plan covers, within the federal preventive-care rules that "
        "apply to it. {{ we_cap }} ask you to use that choice for "
        "families: "
        "to cover care by International Board Certified Lactation Consultants (IBCLCs), home "
        "visits "
        "included, with no cost sharing.",
    )
    para(
        doc,
        "Good lactation care in the first weeks after birth is short, inexpensive care that helps "
        "parents keep feeding their babies the way they planned, and helps them return to work "
        "with less worry. Many new parents cannot travel to an office in those weeks, which is why "
        "home visits matter.",
    )
    arguments_block(doc, "What the rules say")
    heading(doc, "What {{ we }} ask the company to do")
    bullets(doc, "item in employer_requests", "item")
    para(
        doc,
        "{{ we_cap }} would be glad to talk this over. You can reach {{ us }} at {{ "
        "sender.phone }}.",
    )
    enclosures_block(doc)
    signature_block(doc)


def build_legislator_letter(doc: Document) -> None:
    sender_block(doc)
    tag(doc, "{%p for leg in legislators %}")
    para(doc, "{{ leg.name }}", after=0)
    tag(doc, "{%p for line in leg.lines %}")
    para(doc, "{{ line }}", after=0)
    tag(doc, "{%p endfor %}")
    para(doc, "", after=4)
    tag(doc, "{%p endfor %}")
    para(doc, ("RE: ", {"bold": True}), ("{{ subject }}", {"bold": True}))
    para(doc, "Dear {{ legislator_salutation }}:")
    para(doc, "{{ legislator_opening }}")
    para(doc, "{{ legislator_story }}")
    para(
        doc,
        "International Board Certified Lactation Consultants (IBCLCs) are the specialists in "
        "breastfeeding care. When a plan will not pay for their care, families either pay out of "
        "pocket, go without help in the hardest weeks, or stop breastfeeding sooner than they "
        "wanted. Families with the least money are hit hardest.",
    )
    arguments_block(doc, "Background")
    heading(doc, "What {{ we }} ask you to do")
    bullets(doc, "item in legislator_requests", "item")
    para(
        doc,
        "Thank you for your time and for your work for families in our state. "
        "{{ we_cap }} would welcome a reply at {{ sender.phone }}.",
    )
    signature_block(doc)


def build_physician_request(doc: Document) -> None:
    sender_block(doc)
    para(doc, "{{ physician.name }}", after=0)
    tag(doc, "{%p for line in physician.lines %}")
    para(doc, "{{ line }}", after=0)
    tag(doc, "{%p endfor %}")
    tag(doc, "{%p if physician.fax %}")
    para(doc, "By fax: ", "{{ physician.fax }}", after=0)
    tag(doc, "{%p endif %}")
    para(doc, "", after=4)
    para(
        doc,
        ("RE: ", {"bold": True}),
        ("Referral or letter of medical necessity for lactation care", {"bold": True}),
        after=0,
    )
    para(doc, ("Patient: ", {"bold": True}), "{{ physician_patients }}")
    para(doc, "Dear {{ physician.salutation }}:")
    para(doc, "{{ physician_opening }}")
    para(
        doc,
        "A short letter on your letterhead, or a referral, would help a great deal. It works "
        "best if it says:",
    )
    bullets(doc, "item in physician_points", "item")
    para(
        doc,
        "Please send it to {{ physician_send_to }}. Thank you for caring for "
        "{{ physician_thanks }}.",
    )
    signature_block(doc, "With thanks,")


def build_authorized_representative(doc: Document) -> None:
    para(
        doc,
        ("Designation of an authorized representative", {"bold": True, "size": 14}),
        align="center",
        after=12,
    )
    para(doc, ("Plan: ", {"bold": True}), "{{ payer.name }}", after=0)
    para(doc, ("Member: ", {"bold": True}), "{{ member.name }}", after=0)
    para(doc, ("Member ID: ", {"bold": True}), "{{ re.member_id }}", after=0)
    tag(doc, "{%p if re.claim_numbers %}")
    para(doc, ("Claim number: ", {"bold": True}), "{{ re.claim_numbers }}", after=0)
    tag(doc, "{%p endif %}")
    tag(doc, "{%p if re.dates %}")
    para(doc, ("Date of service: ", {"bold": True}), "{{ re.dates }}", after=0)
    tag(doc, "{%p endif %}")
    para(doc, "", after=4)
    para(
        doc,
        "I, {{ member.name }}, appoint {{ representative.name }} ({{ representative.who }}) as my "
        "authorized representative for the claim(s) above for lactation care provided to "
        "{{ re.patient_phrase }}.",
    )
    para(
        doc,
        "My representative may, for me: file and pursue appeals, grievances, gap-exception "
        "requests, "
        "external review requests and complaints about these claims; receive copies of notices, "
        "decisions and the claim file; and speak with the plan about these claims.",
    )
    para(
        doc,
        "I ask the plan to send copies of all notices and decisions about these claims both to me "
        "and to my representative, at:",
    )
    para(doc, "{{ representative.name }}", after=0)
    tag(doc, "{%p for line in representative.lines %}")
    para(doc, "{{ line }}", after=0)
    tag(doc, "{%p endfor %}")
    para(doc, "Phone: ", "{{ representative.phone }}")
    para(
        doc,
        "This designation lasts until these claims are finally resolved, unless I cancel it in "
        "writing sooner.",
    )
    para(doc, "", after=18)
    para(doc, "______________________________        Date: ________________", after=0)
    para(doc, "{{ member.name }}, member", after=0)
    para(doc, "Phone: ", "{{ member.phone }}", after=18)
    para(doc, "______________________________        Date: ________________", after=0)
    para(doc, "{{ representative.signer }}, for {{ representative.name }}", after=0)


def build_call_script(doc: Document) -> None:
    para(doc, ("Call script: {{ payer.name }}", {"bold": True, "size": 15}), after=2)
    para(doc, ("{{ call_purpose }}", {"italic": True}), after=10)

    heading(doc, "Before you call")
    para(
        doc,
        "Call {{ payer.name }} at {{ payer.phone }} (the member services number on the ID "
        "card). Have "
        "this page, a pen and the ID card in front of you.",
        after=2,
    )
    bullets(doc, "item in call_have_ready", "item")

    heading(doc, "Start the call")
    para(doc, "\u201c{{ call_opening }}\u201d")
    para(
        doc,
        "Ask the representative for their name and a reference number for the call, and write "
        "them in the log at the end.",
    )

    heading(doc, "Ask")
    bullets(doc, "q in call_questions", "q")

    tag(doc, "{%p if call_points %}")
    heading(doc, "Points for this denial")
    bullets(doc, "point in call_points", "point")
    tag(doc, "{%p endif %}")

    heading(doc, "If you hear \u2026")
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.rows[0].cells
    hdr[0].paragraphs[0].add_run("They say").bold = True
    hdr[1].paragraphs[0].add_run("You can answer").bold = True
    row = table.add_row().cells
    row[0].paragraphs[0].add_run("{%tr for p in pushback %}")
    row = table.add_row().cells
    row[0].paragraphs[0].add_run("{{ p.says }}").italic = True
    row[1].paragraphs[0].add_run("{{ p.answer }}")
    row = table.add_row().cells
    row[0].paragraphs[0].add_run("{%tr endfor %}")
    for r in table.rows:
        r.cells[0].width, r.cells[1].width = Inches(2.1), Inches(4.4)
    para(doc, "", after=4)

    heading(doc, "If the answer is still no")
    bullets(doc, "step in escalation", "step")

    heading(doc, "Call log")
    para(
        doc,
        "Write down every call, even short ones. The log is evidence for an appeal or a complaint.",
        after=4,
    )
    log = doc.add_table(rows=1, cols=4)
    log.style = "Table Grid"
    for cell, label in zip(
        log.rows[0].cells,
        ("Date", "Representative", "Reference number", "What was said"),
        strict=True,
    ):
        cell.paragraphs[0].add_run(label).bold = True
    row = log.add_row().cells
    row[0].paragraphs[0].add_run("{%tr for call in call_log %}")
    row = log.add_row().cells
    for cell, var in zip(
        row, ("call.date", "call.rep", "call.reference", "call.notes"), strict=True
    ):
        cell.paragraphs[0].add_run("{{ " + var + " }}")
        cell.paragraphs[0].paragraph_format.space_after = Pt(14)
    row = log.add_row().cells
    row[0].paragraphs[0].add_run("{%tr endfor %}")
    widths = (Inches(0.9), Inches(1.4), Inches(1.4), Inches(2.8))
    for r in log.rows:
        for cell, w in zip(r.cells, widths, strict=True):
            cell.width = w


TEMPLATES: dict[str, tuple[str, Callable[[Document], None]]] = {
    "appeal": ("Appeal of a denied claim", build_appeal),
    "corrected_claim_request": ("Corrected claim request", build_corrected_claim_request),
    "gap_exception": ("Network gap exception request", build_gap_exception),
    "state_complaint": ("Complaint to the state insurance regulator", build_state_complaint),
    "ebsa_request": ("Request for help to the US Department of Labor (EBSA)", build_ebsa_request),
    "medicaid_fair_hearing": ("Medicaid fair hearing request", build_medicaid_fair_hearing),
    "external_review": ("External review request", build_external_review),
    "employer_letter": ("Letter to the employer's benefits office", build_employer_letter),
    "legislator_letter": ("Letter to state legislators", build_legislator_letter),
    "call_script": ("Phone call script and call log", build_call_script),
    "physician_request": (
        "Request for a referral or letter of medical necessity",
        build_physician_request,
    ),
    "authorized_representative": (
        "Designation of an authorized representative",
        build_authorized_representative,
    ),
}
NO_FOOTER = {"authorized_representative"}


def normalised_zip(data: bytes) -> bytes:
    """Rewrite a .docx with fixed entry timestamps so builds are byte-identical."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for item in sorted(
            src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)
        ):
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()


def build_one(kind: str) -> bytes:
    title, builder = TEMPLATES[kind]
    doc = new_document(title)
    builder(doc)
    if kind not in NO_FOOTER:
        footer(doc)
    buf = io.BytesIO()
    doc.save(buf)
    return normalised_zip(buf.getvalue())


def build_all(outdir: Path = HERE) -> list[Path]:
    written = []
    for kind in TEMPLATES:
        path = outdir / f"{kind}.docx"
        data = build_one(kind)
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
        written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    for p in build_all(target):
        print(p)
