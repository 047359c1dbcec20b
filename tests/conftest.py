"""Shared test fixtures."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal

import pytest

from appealgen.models import (
    DOCUMENT_KINDS,
    Adjustment,
    ArgumentChoice,
    Case,
    Claim,
    Deadlines,
    Decision,
    Denial,
    DocumentPlan,
    Evidence,
    Member,
    ParseResult,
    Payer,
    Plan,
    Provider,
    ServiceLine,
    Source,
    Totals,
    Venue,
)

# Deadlines are compared with today: the suite runs on a fixed day so that its results do
# not change with the calendar (tests that need another day set APPEALGEN_TODAY themselves).
os.environ.setdefault("APPEALGEN_TODAY", "2026-12-04")

# --------------------------------------------------------------------------
# Write stage: a hand-built case (parse + decision) and a full profile


def _sample_parse() -> ParseResult:
    lines = [
        ServiceLine(
            date_of_service=date(2026, 2, 11),
            procedure_code="S9443",
            units=1,
            diagnosis_codes=["Z39.1"],
            billed=Decimal("250.00"),
            allowed=Decimal("0.00"),
            paid=Decimal("0.00"),
            patient_responsibility=Decimal("250.00"),
            adjustments=[Adjustment(group="CO", code="242", amount=Decimal("250.00"))],
            remark_codes=["N130"],
        ),
        ServiceLine(
            date_of_service=date(2026, 2, 18),
            procedure_code="99403",
            units=1,
            diagnosis_codes=["Z39.1"],
            billed=Decimal("175.00"),
            allowed=Decimal("0.00"),
            paid=Decimal("0.00"),
            patient_responsibility=Decimal("175.00"),
        ),
    ]
    claim = Claim(
        claim_number="NW-2026-0042",
        patient_name="Rosa Alvarez",
        provider=Provider(name="Maya Chen", npi="1234567893", network="out"),
        service_lines=lines,
        diagnosis_codes=["Z39.1"],
        totals=Totals(
            billed=Decimal("425.00"),
            allowed=Decimal("0.00"),
            paid=Decimal("0.00"),
            patient_responsibility=Decimal("425.00"),
        ),
        denied=True,
        denial=Denial(
            reason_text="Services not provided by network providers.",
            carc=["CO-242"],
            rarc=["N130"],
            categories=["out_of_network"],
            primary_category="out_of_network",
        ),
    )
    return read_surely(
        ParseResult(
            source=Source(
                file="northwind.pdf", sha256="ab12cd34ef56" + "0" * 52, pages=2, kind="eob"
            ),
            payer=Payer(name="Northwind Health Plan", state="MA", phone="1-800-555-0142"),
            plan=Plan(
                name="Northwind Choice", type="PPO", funding="fully_insured", group_number="0073315"
            ),
            member=Member(name="Rosa Alvarez", id="NWH884213907", state="MA"),
            notice_date=date(2026, 3, 2),
            claims=[claim],
        )
    )


def read_surely(result: ParseResult) -> ParseResult:
    """Evidence for every value of a hand-built parse document, as if the reader were sure
    of each (a value with no evidence is not sure, and letters would not state it)."""
    from appealgen.corrections import fact_paths, get_value

    for path in fact_paths(result):
        if get_value(result, path) not in (None, "", []):
            result.evidence[path] = Evidence(confidence=0.95, sure=True, reader="test", page=1)
    return result


SAMPLE_ARGUMENTS = [
    ArgumentChoice(
        id="no_in_network_provider",
        answers=["out_of_network"],
        citations=["45 CFR 147.130(a)(3)(ii)", "FAQs about ACA Implementation Part XII, Q3"],
        citation_urls=[
            "https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-B/part-147/"
            "section-147.130",
            None,
        ],
        reason="the claim was denied as out of network",
        title="No in-network lactation provider, so the plan must pay out of network",
        text="When a plan has no in-network provider who can give a required preventive "
        "service, it must cover the service from an out-of-network provider and may not "
        "charge cost sharing for it.",
    ),
    ArgumentChoice(
        id="preventive_lactation_coverage",
        answers=["not_covered"],
        citations=["42 U.S.C. 300gg-13(a)(4)"],
        citation_urls=["https://www.law.cornell.edu/uscode/text/42/300gg-13"],
        reason="the legal ground for coverage",
        title="Lactation support is preventive care the plan must cover in full",
        text="Federal law requires plans to cover the women's preventive services in the "
        "HRSA-supported guidelines without cost sharing.\n\nThe current guideline names "
        "comprehensive lactation support, including consultation and counseling.",
    ),
]


def _sample_decision() -> Decision:
    docs = [
        DocumentPlan(
            kind=k, file=f"{k}.docx", claim_numbers=["NW-2026-0042"], recipient=None, reason="test"
        )
        for k in DOCUMENT_KINDS
    ]
    return Decision(
        documents=docs,
        arguments=[ArgumentChoice(**vars(a)) for a in SAMPLE_ARGUMENTS],
        venue=Venue(
            kind="state_regulator",
            name="Massachusetts Division of Insurance",
            url="https://www.mass.gov/how-to/filing-an-insurance-complaint",
            phone="617-521-7794",
        ),
        deadlines=Deadlines(internal_appeal=date(2026, 8, 29)),
        call_points=["Ask for the list of in-network IBCLCs near you."],
    )


@pytest.fixture
def sample_case() -> Case:
    """A fully insured out-of-network denial with every document kind in its decision."""
    return Case(parse=_sample_parse(), decision=_sample_decision())


@pytest.fixture
def sample_profile():
    from appealgen.write.profile import (
        BabyInfo,
        EmployerInfo,
        Legislator,
        MemberInfo,
        PhysicianInfo,
        PlanInfo,
        Profile,
        ProviderInfo,
        TriedProvider,
    )

    return Profile(
        member=MemberInfo(
            name="Rosa Alvarez",
            address=["12 Elm Street", "Springfield, MA 01101"],
            phone="555-123-4567",
            email="rosa@example.com",
            state="MA",
        ),
        baby=BabyInfo(name="Lucia Alvarez", birth_date="2026-01-28"),
        provider=ProviderInfo(
            name="Maya Chen",
            credentials="IBCLC",
            npi="1234567893",
            practice_name="Harbor Lactation Care",
            address=["40 Main Street", "Springfield, MA 01103"],
            phone="555-987-6543",
            tax_id="12-3456789",
            letterhead="Harbor Lactation Care",
        ),
        plan=PlanInfo(appeals_address=["PO Box 1000", "Boston, MA 02101"]),
        physician=PhysicianInfo(
            name="Dr. Chris Park",
            practice="Springfield Pediatrics",
            address=["1 Health Way", "Springfield, MA 01104"],
        ),
        employer=EmployerInfo(
            name="Acme Corp",
            contact="Acme Benefits Office",
            address=["100 Industrial Rd", "Springfield, MA 01105"],
        ),
        in_network_tried=[
            TriedProvider(
                name="North Clinic lactation service", date="2026-01-30", result="no IBCLC on staff"
            )
        ],
        legislators=[
            Legislator(name="Sen. Pat Rivera", address=["State House, Room 1", "Boston, MA 02133"])
        ],
        no_in_network_available=True,
    )


# --------------------------------------------------------------------------
# The store and the case log: every test gets an empty store of its own, so no test
# writes into the user's data folder and no test sees another's cases.


@pytest.fixture(autouse=True)
def _private_store(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("APPEALGEN_HOME", str(tmp_path_factory.mktemp("store")))
    monkeypatch.delenv("APPEALGEN_DB", raising=False)


PG_ENV = "APPEALGEN_TEST_PG"


@pytest.fixture(params=["sqlite", "postgresql"])
def caselog_url(request, tmp_path):
    """A fresh, empty case log on each backend: a SQLite file, or a schema of its own in
    the PostgreSQL that scripts/test.sh starts ($APPEALGEN_TEST_PG; skipped without it)."""
    if request.param == "sqlite":
        yield str(tmp_path / "log" / "cases.sqlite3")
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set (scripts/test.sh starts a PostgreSQL and sets it)")
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in base else "?"
    yield f"{base}{sep}options=-csearch_path%3D{schema}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@contextlib.contextmanager
def data_file_edited(
    monkeypatch: pytest.MonkeyPatch, relpath: str, edit: Callable[[str], str]
) -> Iterator[None]:
    """The knowledge base reads ``relpath`` as ``edit(its text)`` inside the block; its
    caches are cleared on the way in and out, so nothing loaded from the edit stays."""
    from appealgen import knowledge

    real = knowledge.read_data_text
    text = edit(real(relpath))
    monkeypatch.setattr(
        knowledge, "read_data_text", lambda rel: text if rel == relpath else real(rel)
    )
    knowledge.clear_caches()
    try:
        yield
    finally:
        monkeypatch.undo()
        knowledge.clear_caches()
