"""benchmarks/retell.py: letters that state a tuning document's truth in sentences."""

from __future__ import annotations

import copy
import json
import random
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
import retell  # noqa: E402

TUNE = ROOT / "tests" / "data" / "varied" / "tune"


def test_every_fact_has_phrasings_in_both_halves() -> None:
    dev, check = retell.load_phrases("dev"), retell.load_phrases("check")
    assert set(dev) - set(check) == set(retell.ONE_HALF)
    assert set(check) <= set(dev)
    for key in check:
        assert not set(dev[key]) & set(check[key]) or key in ("letter_date", "money_formats"), key


def test_spellings_of_dates_and_money() -> None:
    assert retell.spell_date("2026-03-07", "%B %-d, %Y") == "March 7, 2026"
    assert retell.spell_date("2026-03-07", "%-m/%-d/%Y") == "3/7/2026"
    assert retell.spell_money("1410.00", "${a}") == "$1,410.00"
    assert retell.spell_money("1410.00", "USD {p}") == "USD 1410.00"


def test_a_fact_the_letter_leaves_out_is_caught() -> None:
    truth = json.loads((TUNE / "v00_table_eob_0.expected.json").read_text(encoding="utf-8"))
    phrases = retell.load_phrases("all")
    rng = random.Random(3)
    want, codes = retell.trim_truth(truth, rng)
    parts = retell.letter_paragraphs(want, retell.Teller(retell.load_phrases("dev"), rng), codes)
    pdf = retell.draw_letter(parts, rng)
    assert retell.missing_facts(pdf, want, phrases) == []
    want["member"]["id"] = "ZZ0000000"
    assert retell.missing_facts(pdf, want, phrases) == ["member.id='ZZ0000000'"]


@pytest.mark.parametrize("half", ["dev", "check"])
def test_a_set_is_retold_with_its_truth(tmp_path: Path, half: str) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for stem in ("v00_table_eob_0", "v03_prose_letter_1"):
        for suffix in (".pdf", ".expected.json"):
            (src / (stem + suffix)).write_bytes((TUNE / (stem + suffix)).read_bytes())
    out = tmp_path / "out"
    assert retell.main([str(src), "--out", str(out), "--half", half, "--seed", "2"]) == 0
    want = json.loads((out / "v00_table_eob_0.expected.json").read_text(encoding="utf-8"))
    truth = json.loads((src / "v00_table_eob_0.expected.json").read_text(encoding="utf-8"))
    assert want["source"]["kind"] == "denial_letter"
    assert want["source"]["file"] == "v00_table_eob_0.pdf"
    assert (out / "v00_table_eob_0.pdf").read_bytes().startswith(b"%PDF")
    assert [c["claim_number"] for c in want["claims"]] == [
        c["claim_number"] for c in truth["claims"]
    ]
    assert want["member"] == truth["member"]


def test_the_held_out_splits_are_refused(tmp_path: Path, capsys) -> None:
    code = retell.main([str(ROOT / "tests/data/varied/heldout"), "--out", str(tmp_path)])
    assert code == 2
    assert "held-out" in capsys.readouterr().err


def test_keys_of_one_half_never_draw_in_the_other() -> None:
    truth = json.loads((TUNE / "v00_table_eob_0.expected.json").read_text(encoding="utf-8"))
    claim = next(c for c in truth["claims"] if c.get("denied"))
    check = retell.Teller(retell.load_phrases("check"), random.Random(5))
    state = check.rng.getstate()
    assert retell.claim_extras(check, claim) == []
    assert retell.paid_beside(check, claim) == []
    assert check.rng.getstate() == state  # the check half's letters are drawn as before
    dev = retell.Teller(retell.load_phrases("dev"), random.Random(5))
    said = [s for _ in range(20) for s in retell.claim_extras(dev, claim)]
    assert said and all("{" not in s for s in said)


def test_the_second_dev_list_draws_only_with_its_own_half() -> None:
    dev, dev2 = retell.load_phrases("dev"), retell.load_phrases("dev2")
    check = retell.load_phrases("check")
    assert set(dev2) == set(dev)
    for key in dev:
        assert dev2[key][: len(dev[key])] == dev[key], key  # the dev letters draw as before
    extra = {t for key in dev2 for t in dev2[key][len(dev[key]) :]}
    assert extra and not extra & {t for v in check.values() for t in v}
    assert all(t in retell.load_phrases("all")[k] for k in dev2 for t in dev2[k])


def test_the_third_dev_list_draws_only_with_its_own_half() -> None:
    dev2, dev3 = retell.load_phrases("dev2"), retell.load_phrases("dev3")
    assert set(dev3) - set(dev2) == set(retell.THIRD)
    for key in dev2:
        assert dev3[key][: len(dev2[key])] == dev2[key], key  # the dev2 letters draw as before
    for half in ("dev", "dev2", "check"):
        assert not retell.Teller(retell.load_phrases(half), random.Random(4)).has("claim_nth")
    assert retell.Teller(dev3, random.Random(4)).has("claim_nth")


@pytest.mark.parametrize("seed", range(12))
def test_a_claim_told_beside_other_numbers_keeps_its_truth(seed: int) -> None:
    truth = json.loads((TUNE / "v00_table_eob_0.expected.json").read_text(encoding="utf-8"))
    claim = copy.deepcopy(next(c for c in truth["claims"] if c.get("denied")))
    number = claim["claim_number"]
    teller = retell.Teller(retell.load_phrases("dev3"), random.Random(seed))
    said = " ".join(retell.third_intro(teller, claim, (0, 1), ["INTRO"]))
    assert "{" not in said
    if claim["claim_number"] is None:  # told only as "a claim": its truth prints none
        assert number not in said and "INTRO" not in said
    else:
        assert number in said or "INTRO" in said


def test_another_claims_number_is_printed_like_the_claims() -> None:
    other = retell.like_number("MCO-26-88901457", random.Random(1))
    assert other != "MCO-26-88901457" and other[:4] == "MCO-" and len(other) == 15


def test_the_fourth_dev_list_draws_only_with_its_own_half() -> None:
    dev2, dev4 = retell.load_phrases("dev2"), retell.load_phrases("dev4")
    assert set(dev4) - set(dev2) == set(retell.FOURTH)
    for key in dev2:
        assert dev4[key][: len(dev2[key])] == dev2[key], key  # the dev2 letters draw as before
    assert any(len(dev4[k]) > len(dev2[k]) for k in ("line", "line_nocode", "line_nodate"))
    for half in ("dev", "dev2", "dev3", "check"):
        assert not retell.Teller(retell.load_phrases(half), random.Random(4)).has("claims_order")
        assert not set(retell.FOURTH) & set(retell.load_phrases(half))


@pytest.mark.parametrize("seed", range(8))
def test_claims_told_in_another_order_keep_their_truth_in_that_order(seed: int) -> None:
    truth = json.loads((TUNE / "v00_table_eob_0.expected.json").read_text(encoding="utf-8"))
    want = copy.deepcopy(truth)
    teller = retell.Teller(retell.load_phrases("dev4"), random.Random(seed))
    parts = retell.letter_paragraphs(want, teller, True)
    said = " ".join(s for para in parts["paras"] for s in para)
    numbers = [c["claim_number"] for c in want["claims"]]
    assert sorted(numbers) == sorted(c["claim_number"] for c in truth["claims"])
    at = [said.find(n) for n in numbers]
    assert -1 not in at and at == sorted(at)  # the truth lists them as the letter tells them
    assert "{" not in said


def test_the_fifth_dev_list_draws_only_with_its_own_half() -> None:
    dev2, dev5 = retell.load_phrases("dev2"), retell.load_phrases("dev5")
    for key in dev2:
        assert dev5[key][: len(dev2[key])] == dev2[key], key  # the dev2 letters draw as before
    assert all(len(dev5[k]) > len(dev2[k]) for k in ("claim_intro", "line", "denied_claim"))
    assert retell.Teller(dev5, random.Random(4)).has("claim_nth")
    dev5_only = {e for k in dev5 for e in dev5[k][len(dev2.get(k, [])) :]}
    for half in ("dev", "dev2", "dev3", "dev4", "check"):
        drawn = {e for v in retell.load_phrases(half).values() for e in v}
        assert not drawn & dev5_only, half


@pytest.mark.parametrize("seed", range(8))
def test_a_fifth_list_letter_prints_every_truth_value(seed: int) -> None:
    truth = json.loads((TUNE / "v00_table_eob_0.expected.json").read_text(encoding="utf-8"))
    args = SimpleNamespace(seed=seed, half="dev5")
    pdf, want = retell.retell_one(truth, "v00_table_eob_0", args, retell.load_phrases("dev5"))
    assert pdf.startswith(b"%PDF") and want["source"]["kind"] == "denial_letter"


def test_the_sixth_dev_list_draws_only_with_its_own_half() -> None:
    dev2, dev6 = retell.load_phrases("dev2"), retell.load_phrases("dev6")
    assert set(dev6) - set(dev2) == set(retell.SIXTH)
    for key in dev2:
        assert dev6[key][: len(dev2[key])] == dev2[key], key  # the dev2 letters draw as before
    dev6_only = {e for k in dev6 for e in dev6[k][len(dev2.get(k, [])) :]}
    for half in ("dev", "dev2", "dev3", "dev4", "dev5", "check"):
        drawn = {e for v in retell.load_phrases(half).values() for e in v}
        assert not drawn & dev6_only, half


def test_a_date_told_in_words() -> None:
    assert retell.spell_date("2026-05-04", "the %O of %B, %Y") == "the fourth of May, 2026"
    assert retell.spell_date("2026-05-21", "%B the %O, %Y") == "May the twenty-first, 2026"
    assert retell.spell_date("2026-05-30", "%B the %O, %Y") == "May the thirtieth, 2026"


def _two_denied() -> dict:
    truth = json.loads((TUNE / "v00_table_eob_0.expected.json").read_text(encoding="utf-8"))
    one = truth["claims"][0]
    one["service_lines"] = one["service_lines"][:1]
    one["denied"] = True
    one["denial"] = {"primary_category": "not_covered", "categories": ["not_covered"]}
    two = copy.deepcopy(one)
    two["claim_number"] = retell.like_number(one["claim_number"], random.Random(2))
    two["service_lines"][0]["procedure_code"] = "S9443"
    truth["claims"] = [one, two]
    return truth


def test_two_claims_codes_and_reason_told_in_one_sentence() -> None:
    want = _two_denied()
    for seed in range(40):
        teller = retell.Teller(retell.load_phrases("dev6"), random.Random(seed))
        said = [s for p in retell.letter_paragraphs(want, teller, False)["paras"] for s in p]
        joint = [s for s in said if "S9443" in s]
        if len(joint) == 1 and all(c["claim_number"] in joint[0] for c in want["claims"]):
            break
    else:
        raise AssertionError("no letter told both claims in one sentence")
    code = want["claims"][0]["service_lines"][0]["procedure_code"]
    assert f"{code} and S9443" in joint[0]  # the codes in the order of the claims
    assert sum(code in s for s in said) == 1  # told only there


@pytest.mark.parametrize("seed", range(8))
def test_a_sixth_list_letter_prints_every_truth_value(seed: int) -> None:
    for truth in (_two_denied(), json.loads((TUNE / "v00_table_eob_0.expected.json").read_text())):
        args = SimpleNamespace(seed=seed, half="dev6")
        pdf, want = retell.retell_one(truth, "v00_table_eob_0", args, retell.load_phrases("dev6"))
        assert pdf.startswith(b"%PDF") and want["source"]["kind"] == "denial_letter"


def test_the_seventh_dev_list_draws_only_with_its_own_half() -> None:
    dev2, dev7 = retell.load_phrases("dev2"), retell.load_phrases("dev7")
    assert set(dev7) - set(dev2) == set(retell.SEVENTH)
    for key in dev2:
        assert dev7[key][: len(dev2[key])] == dev2[key], key  # the dev2 letters draw as before
    dev7_only = {e for k in dev7 for e in dev7[k][len(dev2.get(k, [])) :]}
    for half in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "check"):
        drawn = {e for v in retell.load_phrases(half).values() for e in v}
        assert not drawn & dev7_only, half


def test_a_date_of_the_letters_year_told_without_it() -> None:
    teller = retell.Teller(retell.load_phrases("dev7"), random.Random(0))
    teller.date_format, teller.year = "%-d %B", 2026
    assert teller.date("2026-05-04") == "4 May"
    assert teller.date("2025-12-30") == "December 30, 2025"  # another year: told in full


def _seventh_said(want: dict, wanted) -> list[str]:
    for seed in range(60):
        teller = retell.Teller(retell.load_phrases("dev7"), random.Random(seed))
        said = [s for p in retell.letter_paragraphs(want, teller, False)["paras"] for s in p]
        if wanted(said):
            return said
    raise AssertionError("no letter told it")


def test_a_seventh_list_letter_tells_a_reason_after_the_next_claim_naming_its_claim() -> None:
    want = _two_denied()
    first = want["claims"][0]["claim_number"]
    said = _seventh_said(want, lambda s: any(first in x and "because" in x for x in s[-6:]))
    at = next(k for k, s in enumerate(said) if first in s and "because" in s)
    second = want["claims"][1]["claim_number"]
    assert any(second in s for s in said[:at])  # the second claim is told before it


def test_a_seventh_list_letter_to_the_provider_and_a_row_of_values() -> None:
    want = _two_denied()
    said = _seventh_said(want, lambda s: any("your patient" in x for x in s))
    assert not any(s.startswith("Dear Subscriber") for s in said)
    want = _two_denied()
    said = _seventh_said(want, lambda s: any(x.startswith(("Service 1 —", "Line 1 |")) for x in s))


@pytest.mark.parametrize("seed", range(8))
def test_a_seventh_list_letter_prints_every_truth_value(seed: int) -> None:
    for truth in (_two_denied(), json.loads((TUNE / "v00_table_eob_0.expected.json").read_text())):
        args = SimpleNamespace(seed=seed, half="dev7")
        pdf, want = retell.retell_one(truth, "v00_table_eob_0", args, retell.load_phrases("dev7"))
        assert pdf.startswith(b"%PDF") and want["source"]["kind"] == "denial_letter"
