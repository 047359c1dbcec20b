"""The X12 835 reader: delimiters, refusals, claim- vs line-level CAS, reversals, samples."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from appealgen import parse_file
from appealgen.errors import InputError

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
NPI = "1043812761"  # valid check digit


def _isa(elem: str = "*", comp: str = ":", term: str = "~") -> str:
    e = elem
    rep = "^" if elem != "^" else "{"  # ISA11 repetition separator
    isa = (
        f"ISA{e}00{e}{'':10}{e}00{e}{'':10}{e}ZZ{e}{'PAYER':<15}{e}ZZ{e}{'PROVIDER':<15}"
        f"{e}260309{e}1130{e}{rep}{e}00501{e}000000101{e}0{e}P{e}{comp}"
    )
    assert len(isa) == 105
    return isa + term


def _x12(
    body: list[str], *, elem: str = "*", term: str = "~", st: str = "835", trailer: bool = True
) -> str:
    """An interchange around ``body`` (segments written with ``*``) using the given delimiters."""
    segs = ["GS*HP*PAYER*PROVIDER*20260309*1130*101*X*005010X221A1", f"ST*{st}*0001"]
    segs += body
    if trailer:
        segs += [f"SE*{len(body) + 2}*0001", "GE*1*101", "IEA*1*000000101"]
    text = term.join(s.replace("*", elem) for s in segs) + (term if trailer else "")
    return _isa(elem, ":" if elem != ":" else "^", term) + text


HEADER = [
    "BPR*I*0*C*NON************20260310",
    "TRN*1*0000101*1999999999",
    "DTM*405*20260309",
    "N1*PR*TESTING MUTUAL HEALTH",
    "N4*BOSTON*MA*02110",
    "PER*BL*EDI*TE*8005550100",
    "PER*CX*CLAIMS*TE*8005550142",
    "N1*PE*SUNRISE LACTATION LLC*XX*" + NPI,
    "LX*1",
]
DENIED = [
    "CLP*PCN1*4*250*0**12*CLM0001*11*1",
    "NM1*QC*1*DOE*ANNA****MI*M123",
    "SVC*HC:S9443*250*0**1",
    "DTM*472*20260211",
    "CAS*CO*242*250",
    "AMT*B6*0",
    "LQ*HE*N130",
]


def _write(tmp_path: Path, text: str, name: str = "era.835") -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode("ascii"))
    return p


def _parse(tmp_path: Path, text: str) -> dict:
    return parse_file(_write(tmp_path, text)).to_dict()


@pytest.mark.parametrize(
    ("elem", "term"),
    [("*", "~"), ("*", "~\n"), ("*", "\n"), ("*", "\r\n"), ("|", "~"), ("|", "\n"), ("^", "~")],
    ids=["tilde", "tilde-newline", "newline", "crlf", "pipe-tilde", "pipe-newline", "caret"],
)
def test_delimiters_come_from_isa(tmp_path: Path, elem: str, term: str) -> None:
    doc = _parse(tmp_path, _x12(HEADER + DENIED, elem=elem, term=term))
    assert doc["source"]["kind"] == "remittance_835"
    assert doc["source"]["pages"] is None
    assert doc["payer"] == {"name": "Testing Mutual Health", "state": "MA", "phone": "800-555-0142"}
    assert doc["notice_date"] == "2026-03-09"
    (claim,) = doc["claims"]
    assert claim["claim_number"] == "CLM0001"  # CLP07, not the provider's CLP01
    (line,) = claim["service_lines"]
    assert line["procedure_code"] == "S9443"
    assert line["date_of_service"] == "2026-02-11"
    assert line["remark_codes"] == ["N130"]
    assert claim["denied"] is True
    assert claim["denial"]["carc"] == ["CO-242"]
    assert claim["denial"]["primary_category"] == "out_of_network"
    assert doc["plan"]["type"] == "PPO"


def test_unpadded_isa_still_reads(tmp_path: Path) -> None:
    text = _x12(HEADER + DENIED).replace(f"*{'PAYER':<15}*", "*PAYER*")
    assert _parse(tmp_path, text)["claims"][0]["claim_number"] == "CLM0001"


def _cli(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "appealgen.cli", "parse", str(path), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )


def _assert_one_line_error(proc: subprocess.CompletedProcess[str], *words: str) -> None:
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    for w in words:
        assert w in lines[0].lower(), lines[0]


def test_non_835_transaction_is_refused(tmp_path: Path) -> None:
    body = ["BHT*0019*00*0123*20260309*1130*CH", "NM1*41*2*SUNRISE LACTATION*****46*TGJ23"]
    path = _write(tmp_path, _x12(body, st="837"), "claim.837")
    with pytest.raises(InputError, match="837"):
        parse_file(path)
    _assert_one_line_error(_cli(path), "837", "not an 835")


@pytest.mark.parametrize("cut", ["mid_claim", "mid_isa", "no_trailer"])
def test_truncated_file_is_refused(tmp_path: Path, cut: str) -> None:
    full = _x12(HEADER + DENIED)
    text = {
        "mid_claim": full[: full.index("CAS*")],
        "mid_isa": full[:60],
        "no_trailer": _x12(HEADER + DENIED, trailer=False),
    }[cut]
    path = _write(tmp_path, text)
    with pytest.raises(InputError):
        parse_file(path)
    _assert_one_line_error(_cli(path))


def test_claim_level_and_line_level_cas(tmp_path: Path) -> None:
    body = HEADER + [
        # claim-level deductible (CAS before any SVC), one service line paid
        "CLP*PCN2*1*200*50*150*12*CLM0002*11*1",
        "CAS*PR*1*150",
        "NM1*QC*1*DOE*ANNA****MI*M123",
        "SVC*HC:S9443*200*50**1",
        "DTM*472*20260302",
        "AMT*B6*200",
        # line-level: two lines, the second denied with two reasons in one CAS
        "CLP*PCN3*1*400*150**12*CLM0003*11*1",
        "NM1*QC*1*DOE*ANNA****MI*M123",
        "SVC*HC:99403:95*150*150**1",
        "DTM*472*20260303",
        "SVC*HC:S9443*250*0**2",
        "DTM*472*20260304",
        "CAS*CO*170*200**16*50",
        "LQ*HE*N95",
        # no service lines at all: claim-level CAS and dates make the one line
        "CLP*PCN4*4*90*0**12*CLM0004*11*1",
        "NM1*QC*1*DOE*ANNA****MI*M123",
        "CAS*CO*29*90",
        "DTM*232*20251101",
    ]
    claims = {c["claim_number"]: c for c in _parse(tmp_path, _x12(body))["claims"]}

    c2 = claims["CLM0002"]
    assert c2["service_lines"][0]["adjustments"] == [
        {"group": "PR", "code": "1", "amount": "150.00"}
    ]
    assert c2["service_lines"][0]["patient_responsibility"] == "150.00"
    assert c2["totals"]["patient_responsibility"] == "150.00"
    assert c2["denied"] is True  # deductible on a lactation service
    assert c2["denial"]["carc"] == ["PR-1"]
    assert c2["denial"]["primary_category"] == "cost_sharing"

    c3 = claims["CLM0003"]
    first, second = c3["service_lines"]
    assert first["modifiers"] == ["95"] and first["adjustments"] == []
    assert [(a["group"], a["code"], a["amount"]) for a in second["adjustments"]] == [
        ("CO", "170", "200.00"),
        ("CO", "16", "50.00"),
    ]
    assert second["units"] == 2 and second["remark_codes"] == ["N95"]
    assert c3["denied"] is True
    assert c3["denial"]["carc"] == ["CO-170", "CO-16"]
    assert c3["denial"]["primary_category"] == "provider_type"

    c4 = claims["CLM0004"]
    (only,) = c4["service_lines"]
    assert only["date_of_service"] == "2025-11-01"
    assert only["billed"] == "90.00" and only["adjustments"][0]["code"] == "29"
    assert c4["denial"]["primary_category"] == "timely_filing"


def test_reversal_is_not_a_denial(tmp_path: Path) -> None:
    body = HEADER + [
        "CLP*PCN5*22*-250*-200**12*CLM0005*11*1",
        "NM1*QC*1*DOE*ANNA****MI*M123",
        "SVC*HC:S9443*-250*-200**1",
        "DTM*472*20260211",
        "CAS*CO*45*-50",
        "CLP*PCN5*1*250*0**12*CLM0006*11*1",
        "NM1*QC*1*DOE*ANNA****MI*M123",
        "SVC*HC:S9443*250*0**1",
        "DTM*472*20260211",
        "CAS*CO*50*250",
    ]
    doc = _parse(tmp_path, _x12(body))
    reversal, corrected = doc["claims"]
    assert reversal["denied"] is False and reversal["denial"] is None
    assert reversal["totals"]["paid"] == "-200.00"
    assert corrected["denied"] is True
    assert corrected["denial"]["primary_category"] == "medical_necessity"
    assert any("reverses" in w for w in doc["warnings"])


def test_paid_in_full_is_not_denied_and_payee_renders(tmp_path: Path) -> None:
    body = HEADER + [
        "CLP*PCN7*1*250*200**12*CLM0007*11*1",
        "NM1*QC*1*DOE*ANNA****MI*M123",
        "SVC*HC:S9443*250*200**1",
        "DTM*472*20260305",
        "CAS*CO*45*50",
        "AMT*B6*200",
    ]
    (claim,) = _parse(tmp_path, _x12(body))["claims"]
    assert claim["denied"] is False and claim["denial"] is None
    assert claim["totals"]["allowed"] == "200.00"
    # no NM1*82: the payee is the rendering provider
    assert claim["provider"] == {"name": "Sunrise Lactation LLC", "npi": NPI, "network": None}


def test_one_member_per_file_or_none(tmp_path: Path) -> None:
    one = HEADER + [
        "CLP*A*4*100*0**MC*C1*11*1",
        "NM1*QC*1*DOE*ANNA****MI*KID01",
        "NM1*IL*1*DOE*JOHN****MI*SUB01",
        "SVC*HC:S9443*100*0**1",
        "CAS*CO*170*100",
    ]
    doc = _parse(tmp_path, _x12(one))
    assert doc["member"] == {"name": "John Doe", "id": "SUB01", "state": None}
    assert doc["plan"]["funding"] == "medicaid"
    two = one + [
        "CLP*B*4*100*0**MC*C2*11*1",
        "NM1*QC*1*ROE*RITA****MI*OTHER02",
        "SVC*HC:S9443*100*0**1",
        "CAS*CO*170*100",
    ]
    doc = _parse(tmp_path, _x12(two))
    assert doc["member"] == {"name": None, "id": None, "state": None}


def _load_generator():
    spec = importlib.util.spec_from_file_location("samples_generate", SAMPLES / "generate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_835_samples_regenerate_byte_identically(tmp_path: Path) -> None:
    gen = _load_generator()
    exps = gen.make_835_samples(tmp_path)
    assert len(exps) == 2
    for exp in exps:
        name = exp["source"]["file"]
        assert (tmp_path / name).read_bytes() == (SAMPLES / name).read_bytes()
        stem = name.removesuffix(".835")
        committed = json.loads((SAMPLES / f"{stem}.expected.json").read_text(encoding="utf-8"))
        assert committed == exp
        assert exp["source"]["kind"] == "remittance_835" and exp["source"]["pages"] is None
    terminators = {(SAMPLES / e["source"]["file"]).read_bytes()[105:106] for e in exps}
    assert terminators == {b"~", b"\n"}


@pytest.mark.parametrize(("indicator", "funding"), [("CH", "tricare"), ("FI", "fehb")])
def test_claim_filing_indicator_names_tricare_and_fehb(
    tmp_path: Path, indicator: str, funding: str
) -> None:
    claim = [DENIED[0].replace("*12*CLM0001", f"*{indicator}*CLM0001"), *DENIED[1:]]
    doc = _parse(tmp_path, _x12(HEADER + claim))
    assert doc["plan"]["funding"] == funding
