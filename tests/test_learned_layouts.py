"""Learned layouts: the fingerprint, the store, learning from a correction, reading with it."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from appealgen import api
from appealgen.errors import LayoutError
from appealgen.learn import corrected_values, learn_layout
from appealgen.read import anchors, learned
from appealgen.read import layouts as store
from appealgen.read.extract import load
from appealgen.read.fingerprint import fingerprint, norm_words, similarity
from appealgen.read.learned_codes import claim_denial, footnote_key, line_codes
from appealgen.read.score import score
from appealgen.read.settings import DEFAULT_SETTINGS

VARIED = Path(__file__).resolve().parent / "data" / "varied"
TUNE = VARIED / "tune"


def _pdf(name: str) -> Path:
    return TUNE / f"{name}.pdf"


def _truth(name: str) -> dict:
    return json.loads((TUNE / f"{name}.expected.json").read_text(encoding="utf-8"))


def _lines(name: str):
    return learned.notice_lines(load(_pdf(name)))


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("APPEALGEN_HOME", str(tmp_path / "store"))
    return tmp_path / "store"


# --------------------------------------------------------------------------
# fingerprint


def _strings(x) -> list[str]:
    if isinstance(x, dict):
        return [s for v in x.values() for s in _strings(v)]
    if isinstance(x, list):
        return [s for v in x for s in _strings(v)]
    return [x] if isinstance(x, str) else []


def _fp(name: str):
    truth = _truth(name)
    return fingerprint(_lines(name), truth["payer"]["name"], _strings(truth))


def test_a_layouts_documents_share_a_fingerprint_and_other_layouts_do_not():
    a, b, c = _fp("v00_table_eob_0"), _fp("v00_table_eob_1"), _fp("v00_table_eob_2")
    # different values and row counts, one layout
    assert similarity(a, b) >= DEFAULT_SETTINGS.layout_match
    assert similarity(a, c) >= DEFAULT_SETTINGS.layout_match
    for other in ("v06_table_eob_0", "v01_kv_claims_0", "v12_table_eob_0"):
        assert similarity(a, _fp(other)) < DEFAULT_SETTINGS.layout_match, other


def test_fingerprint_words_are_labels_not_values():
    fp = _fp("v00_table_eob_0")
    assert "insurance id" in fp.words and "care recipient" in fp.words
    assert not any(w.startswith("rachel") for w in fp.words)  # the member's name is a value
    assert norm_words("Claim #: 12") == "claim"


# --------------------------------------------------------------------------
# anchors and codes


def test_values_are_read_by_the_normalisers():
    assert anchors.read_value("money", ": $1,250.00 paid")[0] == Decimal("1250.00")
    assert anchors.read_value("date", " 03/02/2026")[0].isoformat() == "2026-03-02"
    assert anchors.read_value("npi", " 1234567890") is None  # fails the check digit
    assert anchors.read_value("id", ": E25-25702521 Patient")[0] == "E25-25702521"
    assert anchors.read_value("id", ": Jane") is None  # an id has a digit
    assert anchors.read_value("procedure", " 99401 counseling")[0] == "99401"
    assert anchors.read_value("dx", " Z39.1, O92.3")[0] == ["Z39.1", "O92.3"]
    assert anchors.read_value("name", ": Jane Doe, IBCLC (out-of-network)")[0] == "Jane Doe, IBCLC"
    assert anchors.read_value("name", ": 12 Main St") is None
    assert anchors.find_label("Payer claim number: 1", "claim number") == [(6, 18)]


def test_codes_footnotes_and_own_codes():
    lines = _lines("v05_remittance_0")
    key = footnote_key(lines)
    assert key["1"].replace("-", " ").startswith("CO 197")
    adj, rarc, own = line_codes("(1)", lines, {})
    assert adj == [("CO", "197")] and rarc == [] and own == []
    adj, rarc, own = line_codes("4N N130", [], {"4N": ["out_of_network"]})
    assert adj == [] and rarc == ["N130"] and own == ["4N"]
    assert claim_denial([], ["N130"], ["4N"], {"4N": ["out_of_network"]}) == [
        "out_of_network",
        "not_covered",
    ]
    assert claim_denial(["CO-45"], [], [], {}) == []  # a contractual write-off: paid
    assert claim_denial(["CO-45", "PR-2"], [], [], {}) == ["cost_sharing"]


# --------------------------------------------------------------------------
# the store


def test_layouts_are_saved_listed_shown_and_removed(home):
    lay = learn_layout(_pdf("v00_table_eob_0"), _truth("v00_table_eob_0"))
    assert lay.name == "bayou-mutual-health-1"
    assert (home / "layouts" / f"{lay.name}.yaml").is_file()
    assert [x.name for x in store.list_layouts()] == [lay.name]
    text = store.layout_text(lay.name)
    assert text.startswith("# A layout appealgen learned")
    data = yaml.safe_load(text)
    assert data["fields"]["claims.claim_number"] == {
        "label": "payer claim number",
        "chars": "10",
        "shape": "9999999999",  # ten digits: a scan's "O" among them is a 0
    }
    billed = data["fields"]["claims.lines.billed"]
    assert billed["column"] == "amount billed"
    assert set(billed) <= {"column", "heading_at", "values_at", "align"}  # where it is printed
    total = data["fields"]["claims.totals.billed"]
    assert {k: total[k] for k in ("column", "row")} == {"column": "amount billed", "row": "total"}
    assert "claims.provider.npi" in data["not_printed"]
    # learning the same layout again keeps its name
    again = learn_layout(_pdf("v00_table_eob_1"), _truth("v00_table_eob_1"))
    assert again.name == lay.name
    store.remove_layout(lay.name)
    assert store.list_layouts() == []
    with pytest.raises(LayoutError, match="no learned layout named"):
        store.load_layout(lay.name)


@pytest.mark.parametrize(
    "change, message",
    [
        ({"colour": "blue"}, "unknown key 'colour'"),
        ({"version": 2}, "version must be 1"),
        ({"name": "Not A Name"}, "name must be"),
        ({"fields": {"claims.colour": {"label": "x"}}}, "unknown field 'claims.colour'"),
        ({"fields": {"member.id": {"near": "x"}}}, "unknown anchor key 'near'"),
        ({"codes": {"4N": ["nearly_denied"]}}, "categories must come from"),
        ({"kind": "fax"}, "kind must be one of"),
    ],
    ids=["key", "version", "name", "field", "anchor", "category", "kind"],
)
def test_a_hand_edited_layout_is_checked(home, change, message):
    lay = learn_layout(_pdf("v04_medicaid_notice_0"), _truth("v04_medicaid_notice_0"))
    path = home / "layouts" / f"{lay.name}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data.update(change)
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(LayoutError, match=message) as e:
        store.list_layouts()
    assert "\n" not in e.value.one_line() and str(path) in e.value.one_line()


def test_a_broken_layout_file_is_a_warning_not_a_failed_parse(home):
    lay = learn_layout(_pdf("v04_medicaid_notice_0"), _truth("v04_medicaid_notice_0"))
    (home / "layouts" / f"{lay.name}.yaml").write_text("fields: [unclosed", encoding="utf-8")
    result = api.parse_file(_pdf("v04_medicaid_notice_1"))
    assert result.layout["learned"] is None
    assert any("learned layouts not used" in w for w in result.warnings)


# --------------------------------------------------------------------------
# learning and reading


def test_one_correction_teaches_the_layout(home):
    lay = api.learn_layout(_pdf("v01_kv_claims_0"), _truth("v01_kv_claims_0"))
    assert lay.codes["4N"] == ["out_of_network"]  # the payer's own code, from the correction
    for name in ("v01_kv_claims_1", "v01_kv_claims_2"):
        result = api.parse_file(_pdf(name))
        assert result.layout == {"fingerprint": result.layout["fingerprint"], "learned": lay.name}
        s = score(result.to_dict(), _truth(name), name=name)
        assert s.accuracy >= 0.99, "\n".join(s.misses)
        ev = result.evidence["claims.0.claim_number"]
        assert ev.reader == "learned" and ev.sure and ev.page == 1 and ev.bbox
        assert result.layout["fingerprint"] == lay.fingerprint  # one id for the layout


def test_an_unrelated_layout_reads_as_with_an_empty_store(home, monkeypatch):
    name = "v06_table_eob_1"
    empty = api.parse_file(_pdf(name)).to_dict()
    learn_layout(_pdf("v00_table_eob_0"), _truth("v00_table_eob_0"))
    learn_layout(_pdf("v05_remittance_0"), _truth("v05_remittance_0"))  # same payer as v06
    got = api.parse_file(_pdf(name)).to_dict()
    assert got["layout"]["learned"] is None
    assert got == empty


def test_a_layout_whose_anchors_are_missing_is_not_applied(home):
    lay = learn_layout(_pdf("v00_table_eob_0"), _truth("v00_table_eob_0"))
    lay.fields = {"claims.claim_number": {"label": "no such label anywhere"}}
    assert learned.read_with(lay, _lines("v00_table_eob_1")) is None


def test_keys_left_out_of_the_correction_are_not_printed(home):
    truth = _truth("v03_prose_letter_0")
    del truth["plan"]["group_number"]
    truth["member"]["id"] = None
    lay = learn_layout(_pdf("v03_prose_letter_0"), truth, save=False)
    assert "member.id" in lay.not_printed and "plan.group_number" in lay.not_printed
    assert "member.id" not in lay.fields


@pytest.mark.parametrize(
    "corrected, message",
    [
        ([], "not a parse document"),
        ({"claims": "none"}, "not a parse document"),
        ({"claims": [{"service_lines": [{"billed": "lots"}]}]}, "is not an amount"),
        ({"notice_date": "yesterday", "claims": []}, "is not a date"),
        ({"claims": []}, "no value to learn from"),
    ],
    ids=["list", "claims", "amount", "date", "empty"],
)
def test_a_correction_that_is_not_a_parse_document_is_one_line(home, corrected, message):
    with pytest.raises(LayoutError, match=message):
        learn_layout(_pdf("v00_table_eob_0"), corrected)


def test_a_correction_of_another_notice_teaches_nothing(home):
    truth = _truth("v00_table_eob_0")
    with pytest.raises(LayoutError, match="none of the corrected values"):
        learn_layout(
            _pdf("v03_prose_letter_0"),
            {
                "claims": truth["claims"][:1][:0]
                + [{"claim_number": "ZZ99999999", "service_lines": []}]
            },
        )
    assert corrected_values(truth)  # the truth itself is a parse document


def test_x12_files_have_no_learned_layout(home):
    result = api.parse_file(
        Path(__file__).resolve().parent.parent / "samples" / "northwind_835_out_of_network.835"
    )
    assert result.layout.get("learned") is None


def test_an_835_needs_no_learned_layout(home):
    samples = Path(__file__).resolve().parent.parent / "samples"
    truth = json.loads((samples / "northwind_835_out_of_network.expected.json").read_text())
    with pytest.raises(LayoutError, match="needs no learned layout"):
        learn_layout(samples / "northwind_835_out_of_network.835", truth)
