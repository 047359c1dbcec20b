"""The request to the baby's pediatrician or the OB for a referral or a letter of medical
necessity; written for every case."""

from __future__ import annotations

from typing import Any

from .common import Shared
from .text import Phrase, fmt_date


def context(s: Shared) -> dict[str, Any]:
    # the doctor's patients: the baby and the patient(s) named on the claim (or the member);
    # the practice may not know the baby's name, so it names the claim's patient instead
    baby_label = "the baby's name" if s.provider_voice else "your baby's name"
    baby_known = bool(s.prof.baby.name)
    people: list[Any] = []
    if baby_known or not (s.provider_voice and s.people.patients):
        people.append(
            Phrase(
                s.need(s.prof.baby.name, baby_label),
                f" (born {fmt_date(s.prof.baby.birth_date)})" if s.prof.baby.birth_date else "",
            )
        )
    people += [p for p in s.people.patients if p != s.prof.baby.name] or (
        [] if s.people.patients else [s.people.member_name]
    )
    physician_patients = Phrase(
        *(
            part
            for i, person in enumerate(people)
            for part in (
                (", " if 0 < i < len(people) - 1 else " and " if i else ""),
                person,
            )
        )
    )
    if s.provider_voice:
        physician_opening = Phrase(
            "We are the lactation practice caring for your patient",
            "s " if len(people) > 1 else " ",
            physician_patients,
            ". ",
            s.people.payer_name,
            " asks for a referral or a letter of medical necessity ",
            "before it will cover our care"
            if s.prospective
            else "to reconsider its denial of our claim",
            ", and we would be grateful for your help.",
        )
        physician_send_to = Phrase(
            "our office at ", s.people.practice_phone, ", or at the address above"
        )
        physician_thanks = "this family"
    else:
        physician_opening = Phrase(
            "I am writing to ask for your help with my health plan. ",
            s.people.baby_name,
            " and I " + ("plan to see " if s.prospective else "saw "),
            s.people.ibclc_full,
            ", for lactation (breastfeeding) care. ",
            s.people.payer_name,
            (
                " asks for a referral or a letter of medical necessity before it will cover the "
                "care."
                if s.prospective
                else " has denied coverage, and a note from you would help my appeal."
            ),
        )
        physician_send_to = "me at the address above"
        physician_thanks = "us"
    physician_points = [
        Phrase(
            "that you referred ",
            s.people.patient_phrase,
            " for lactation care with an IBCLC, or that you support it;",
        ),
        "the feeding difficulty or diagnosis you have seen (for example, trouble feeding at the "
        "breast, "
        "low milk supply or nipple pain);",
        "that this care is medically necessary, and why it could not wait for a distant or "
        "later appointment;",
        Phrase(
            "the dates of care, if you know them",
            Phrase(" (", s.facts.dates_text, ")") if s.facts.dates_text else "",
            ".",
        ),
    ]
    physician = {
        "name": s.need(s.prof.physician.name, "the pediatrician's or OB's name"),
        "lines": [p for p in [s.prof.physician.practice, *s.prof.physician.address] if p]
        or [s.placeholder("the doctor's office address")],
        "fax": s.prof.physician.fax,
        "salutation": s.prof.physician.name or "Doctor",
    }
    return {
        "physician": physician,
        "physician_patients": physician_patients,
        "physician_opening": physician_opening,
        "physician_points": physician_points,
        "physician_send_to": physician_send_to,
        "physician_thanks": physician_thanks,
    }
