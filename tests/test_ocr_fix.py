"""OCR repairs by a word's shape: codes, CARC groups, amounts, dates, identifiers; never names."""

from __future__ import annotations

import pytest

from appealgen.read import ocr_fix, ocr_words
from appealgen.read.settings import DEFAULT_SETTINGS, ReadSettings

# boxes as tesseract drew them, to check joins and splits to the point
INK = ReadSettings(ocr_ink_pad=0.0)


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("89443", "S9443"),  # the HCPCS S read as an 8
        ("59443", "S9443"),
        ("9940l", "99401"),
        ("239.1", "Z39.1"),  # ICD-10 Z read as a 2
        ("(O92.l3)", "(O92.13)"),
        ("092.4,", "O92.4,"),
        ("S9443", "S9443"),
        ("99213", "99213"),  # a listed code stays
        ("90471", "90471"),  # a code not in the list is never turned into one
        ("5S9443", "S9443"),  # its first character read twice, as itself and a look-alike
        ("S59443", "S9443"),
        ("199403", "199403"),  # a digit before a code is no second reading of its first
    ],
)
def test_listed_codes(read: str, meant: str) -> None:
    assert ocr_fix.fix_word(read) == meant


def test_a_zip_code_after_a_state_is_not_a_procedure() -> None:
    assert ocr_fix.fix_line(["Helena,", "MT", "59443"]) == ["Helena,", "MT", "59443"]


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("$0,00", "$0.00"),
        ("$1O0.00", "$100.00"),
        ("($l2.50)", "($12.50)"),
        ("$1,234.56", "$1,234.56"),
        ("$1,234", "$1,234"),  # thousands, not cents
        ("45,97", "45,97"),  # two reason codes, not an amount
        ("O1-08-2026", "01-08-2026"),
        ("6/2l/2026", "6/21/2026"),
        ("E89-72O14100", "E89-72014100"),
        ("UWZ4678319", "UWZ4678319"),  # letters of an ID's prefix stay letters
        ("Siobhan", "Siobhan"),
        ("Ilwu", "Ilwu"),  # a name is never repaired, however odd
        ("lO", "lO"),
    ],
)
def test_amounts_dates_and_identifiers(read: str, meant: str) -> None:
    assert ocr_fix.fix_word(read) == meant


def test_carc_groups_are_repaired_only_before_a_reason_code() -> None:
    assert ocr_fix.fix_line(["0.00", "co", "197", "Denied"]) == ["0.00", "CO", "197", "Denied"]
    assert ocr_fix.fix_line(["cO", "204", "N130"]) == ["CO", "204", "N130"]
    assert ocr_fix.fix_line(["Pl", "B7"]) == ["PI", "B7"]
    assert ocr_fix.fix_line(["c011", "PR3"]) == ["CO11", "PR3"]
    assert ocr_fix.fix_line(["Acme", "Insurance", "Co."]) == ["Acme", "Insurance", "Co."]
    assert ocr_fix.fix_line(["pr", "office"]) == ["pr", "office"]


_TSV_HEAD = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
)


def _tsv(words: list[tuple[int, int, int, int, int, int, str]]) -> str:
    """tesseract's TSV for words given as (line, left, top, width, height, conf, text)."""
    return "\n".join(
        [_TSV_HEAD]
        + [
            f"5\t1\t1\t1\t{line}\t{i}\t{left}\t{top}\t{w}\t{h}\t{conf}\t{text}"
            for i, (line, left, top, w, h, conf, text) in enumerate(words)
        ]
    )


def test_tsv_words_are_repaired_line_by_line_and_lone_dashes_kept() -> None:
    rows = [
        (1, "(1)", 96), (1, "co", 91), (1, "50", 95), (1, "-", 90), (1, "These", 96),
        (2, "|", 60), (2, "89443", 70), (2, '"quoted', 88), (2, "wOrd", 93),
    ]  # fmt: skip
    tsv = _tsv(
        [(line, 100 * i, 100 * line, 80, 30, conf, t) for i, (line, t, conf) in enumerate(rows)]
    )
    words = ocr_words.words_from_tsv(tsv, 0.24, INK)
    assert [w.text for w in words] == ["(1)", "CO", "50", "-", "These", "S9443", '"quoted', "wOrd"]
    assert words[0].x0 == 0.0 and words[1].x0 == pytest.approx(24.0)
    assert words[5].conf == 70


def test_a_dash_gets_its_lines_height_so_the_line_stays_whole() -> None:
    from appealgen.read.extract import Page
    from appealgen.read.layout import group_lines

    rows = [("(1)", 100, 30), ("CO", 102, 28), ("29", 101, 29), ("-", 112, 3), ("The", 100, 30)]
    tsv = _tsv([(1, 90 * i, t, 80, h, 90, x) for i, (x, t, h) in enumerate(rows)])
    words = ocr_words.words_from_tsv(tsv, 0.24)
    lines = group_lines(Page(1, 612, 792, words))
    assert [ln.text for ln in lines] == ["(1) CO 29 - The"]


def test_a_value_repaired_by_shape_alone_is_unsure() -> None:
    from appealgen.read.settings import DEFAULT_SETTINGS

    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [("E89-72O14100", 95), ("89443", 95), ("co", 95), ("50", 95), ("$1O0.00", 96)]
    rows += [("Zoé", 93), ("Zoe", 93)]
    tsv = "\n".join(
        [head]
        + [f"5\t1\t1\t1\t1\t{i}\t{90 * i}\t10\t80\t30\t{c}\t{t}" for i, (t, c) in enumerate(rows)]
    )
    words = ocr_words.words_from_tsv(tsv, 0.24)
    assert [w.text for w in words] == ["E89-72014100", "S9443", "CO", "50", "$100.00", "Zoé", "Zoe"]
    low = DEFAULT_SETTINGS.ocr_low_word_confidence
    assert [w.conf < low for w in words] == [True, False, False, False, True, True, False]


def test_reason_codes_label_colons_bare_amounts_and_quotes() -> None:
    assert ocr_fix.fix_line(["CO-S0", "400.00"]) == ["CO-50", "400.00"]
    assert ocr_fix.fix_line(["CO-SO:", "These"]) == ["CO-50:", "These"]
    assert ocr_fix.fix_line(["CO", "S0"]) == ["CO", "50"]
    assert ocr_fix.fix_line(["CO-OP"]) == ["CO-OP"]
    assert ocr_fix.fix_line(["CO", "so"]) == ["CO", "so"]
    assert ocr_fix.fix_line(["claim", "no.;", "CL1977597"]) == ["claim", "no.:", "CL1977597"]
    assert ocr_fix.fix_line(["we", "paid;", "the", "rest"]) == ["we", "paid;", "the", "rest"]
    line = ["300.00", "0,00", "0.00", "CO", "45,97"]
    assert ocr_fix.fix_line(line) == ["300.00", "0.00", "0.00", "CO", "45,97"]
    assert ocr_fix.fix_line(["codes", "45,97"]) == ["codes", "45,97"]
    assert ocr_fix.fix_line(["‘medical", "necessity’"]) == ["'medical", "necessity'"]
    assert ocr_fix.checked("no.;", "no.:") and ocr_fix.checked("S0", "50")
    assert not ocr_fix.checked("$1O0.00", "$100.00")


def test_service_rows_get_their_ones_and_lose_stray_marks() -> None:
    row = ["2026-08-28", "S9443", "i", "0.00", "84.00", "$105.00,", "0.00)", "(2)"]
    assert ocr_fix.fix_line(row) == [
        "2026-08-28",
        "S9443",
        "1",
        "0.00",
        "84.00",
        "$105.00",
        "0.00",
        "(2)",
    ]
    assert ocr_fix.fix_line(["99402", "]", "0.00", "(12.00)"]) == ["99402", "1", "0.00", "(12.00)"]
    row = ["84.00", "CO-45", "21.00;", "PR-1", "84.00,", "CO-2", "1.00"]
    assert ocr_fix.fix_line(row) == row  # separators between adjustments stay
    # outside a service row nothing moves: a letter "i", a comma after an amount in prose
    assert ocr_fix.fix_line(["Part", "i", "of", "$10.00,", "which"]) == [
        "Part",
        "i",
        "of",
        "$10.00,",
        "which",
    ]


def test_an_identifiers_s_read_as_a_dollar_sign_is_an_s() -> None:
    assert ocr_fix.fix_word("$4414008478") == "S4414008478"
    assert ocr_fix.fix_word("S$4414008478") == "S4414008478"  # read twice: S and $
    assert ocr_fix.fix_word("($4414008478)") == "(S4414008478)"
    assert not ocr_fix.checked("$4414008478", "S4414008478")  # a guess: unsure
    for word in ("$1,250.00", "$100.00", "$12345"):  # amounts and short numbers: as read
        assert ocr_fix.fix_word(word) == word


def test_an_identifiers_prefix_of_letters_starts_with_no_zero() -> None:
    assert ocr_fix.fix_word("0V933034912") == "OV933034912"
    assert ocr_fix.fix_word("(0VH541779742)") == "(OVH541779742)"
    assert not ocr_fix.checked("0V933034912", "OV933034912")  # a guess: unsure
    for word in ("0123456789", "0V12", "00V123456", "0V12-34"):  # no letters' prefix: as read
        assert ocr_fix.fix_word(word) == word


def test_a_days_digits_and_comma_misread_between_its_month_and_year() -> None:
    assert ocr_fix.fix_line(["May", "2t,", "2026"]) == ["May", "21,", "2026"]
    assert ocr_fix.fix_line(["May", "31.", "2026"]) == ["May", "31,", "2026"]
    assert ocr_fix.fix_line(["Jan.", "3l,", "2026"])[1] == "31,"
    assert not ocr_fix.checked("2t,", "21,")  # a guess: the date built on it is unsure
    assert ocr_fix.checked("31.", "31,")  # the digits as read: only the comma put right
    # no month before it, no year after it, or no day: as read
    for words in (["Page", "2t,", "2026"], ["May", "2t,", "then"], ["May", "4t,", "2026"]):
        assert ocr_fix.fix_line(words) == words


def test_a_credits_decimal_comma_in_a_service_row() -> None:
    row = ["May", "14,", "2026", "360.00", "54,00CR", "306.00"]
    assert ocr_fix.fix_line(row)[4] == "54.00CR"


def test_a_modifier_of_its_own_after_the_code_is_the_listed_one_it_misreads() -> None:
    row = ["121925", "99403", "US", "235.00", "164.50", "164.50", ".00"]
    assert ocr_fix.fix_line(row)[2] == "U5"
    # a listed modifier, a word that is no code's neighbour, or outside a service row: as read
    assert ocr_fix.fix_line(["99403", "25", "235.00", "164.50"])[1] == "25"
    assert ocr_fix.fix_line(["Paid", "US", "235.00", "164.50"])[1] == "US"
    assert ocr_fix.fix_line(["99403", "US", "mail"])[1] == "US"
    assert not ocr_fix.checked("US", "U5")  # a guess: the modifier built on it is unsure


def test_footnote_marks_with_a_misread_bracket() -> None:
    assert ocr_fix.fix_line(["{1)", "CO", "197"]) == ["(1)", "CO", "197"]
    assert ocr_fix.fix_line(["0.00", "(2}"]) == ["0.00", "(2)"]
    assert ocr_fix.fix_line(["[3)."]) == ["(3)."]
    assert ocr_fix.fix_line(["(1)", "{a}"]) == ["(1)", "{a}"]


def test_a_brace_beside_a_code_or_an_amount_is_its_bracket() -> None:
    # a 1-bit scan's service row: "(99404}" kept no procedure code, the row no amounts
    row = ["counseling,", "60", "min", "(99404}", "NO", "$330.00", "$0.00", "$0.00"]
    assert ocr_fix.fix_line(row)[3] == "(99404)"
    assert ocr_fix.fix_word("{S9443)") == "(S9443)"
    assert ocr_fix.fix_word("(Z39.1}.") == "(Z39.1)."
    assert ocr_fix.fix_word("(89443}") == "(S9443)"  # and a look-alike in the code put right
    assert ocr_fix.fix_word("($25.00}") == "($25.00)"
    assert ocr_fix.checked("(99404}", "(99404)")  # punctuation only: the code stays sure
    assert ocr_fix.fix_word("{Note}") == "{Note}"  # no digit: a word is never touched


def test_a_bar_is_a_one_in_a_service_row_and_a_rule_elsewhere() -> None:
    rows = [(1, "98960", 96), (1, "|", 71), (1, "165.00", 96), (1, "0.00", 95), (2, "Total", 96)]
    rows += [(2, "|", 80), (2, "Paid", 96)]
    tsv = _tsv(
        [(line, 100 * i, 100 * line, 80, 30, conf, t) for i, (line, t, conf) in enumerate(rows)]
    )
    words = ocr_words.words_from_tsv(tsv, 0.24)
    assert [w.text for w in words] == ["98960", "1", "165.00", "0.00", "Total", "Paid"]
    assert words[1].conf < 80  # a 1 read from its place alone is not sure


def test_a_bar_taller_than_its_line_is_a_border_not_a_one() -> None:
    rows = [("99404", 23, 60), ("|", 23, 7), ("110.00", 23, 60), ("0.00", 24, 60)]
    rows += [("|", 39, 7), ("CO-170", 23, 60), ("|", 23, 2), ("Kim", 23, 60)]
    tsv = _tsv([(1, 100 * i, 100, w, h, 80, t) for i, (t, h, w) in enumerate(rows)])
    words = ocr_words.words_from_tsv(tsv, 0.24)
    assert [w.text for w in words] == ["99404", "1", "110.00", "0.00", "CO-170", "Kim"]


def test_two_label_words_glued_together_are_split() -> None:
    assert ocr_fix.split_glued("Planpaid") == ["Plan", "paid"]
    assert ocr_fix.split_glued("recipientcode:") == ["recipient", "code:"]
    # words of their own, names, and words not made of two label words stay whole
    for word in ("another", "into", "Payment", "Schultz", "Lactationclass", "Plan:"):
        assert ocr_fix.split_glued(word) == [word]


def test_two_words_a_label_prints_together_are_split_however_short() -> None:
    # "Paid by plan" is a listed column heading: "by" is too short a label word alone
    assert ocr_fix.split_glued("Paidby") == ["Paid", "by"]
    assert ocr_fix.split_glued("Dateof") == ["Date", "of"]
    for word in ("inby", "Ofthe", "Noah", "Ivy"):  # no listed label prints these two together
        assert ocr_fix.split_glued(word) == [word]


def test_pieces_of_one_value_are_recognised() -> None:
    assert ocr_fix.one_value("SWN7", "42161349") and ocr_fix.one_value("LT-2775", "120,")
    assert ocr_fix.one_value("202678861", "6844") and ocr_fix.one_value("$1", "25.00")
    assert ocr_fix.one_value("Z39.", "1")
    assert ocr_fix.one_value("97.7", "5") and ocr_fix.one_value("$1,250.0", "0)")
    for head, tail in [
        ("97.7", "55"),
        ("97.75", "5"),
        ("2026", "99403"),
        ("99403", "1"),
        ("O92.4", "02-28-2026"),
        ("CO-45", "120"),
    ]:
        assert not ocr_fix.one_value(head, tail)
    assert not ocr_fix.one_value("ME", "04401") and not ocr_fix.one_value("7", "2026")


def _tsv_page(rows: list[tuple[str, int, int]], space: int = 20) -> str:
    """A line of prose words ``space`` pixels apart, then a line of (text, left, width)."""
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    prose = [f"5\t1\t1\t1\t1\t{i}\t{i * (50 + space)}\t10\t50\t24\t95\tword" for i in range(10)]
    return "\n".join(
        [head, *prose]
        + [f"5\t1\t1\t1\t2\t{i}\t{x}\t100\t{w}\t24\t95\t{t}" for i, (t, x, w) in enumerate(rows)]
    )


def _second_line(tsv: str) -> list:
    return [w for w in ocr_words.words_from_tsv(tsv, 0.24, INK) if w.text != "word"]


def test_a_value_cut_in_two_is_joined_only_when_its_pieces_touch() -> None:
    words = _second_line(_tsv_page([("ID", 0, 30), ("SWN7", 96, 80), ("42161349", 184, 150)]))
    assert [w.text for w in words] == ["ID", "SWN742161349"]
    assert words[1].x0 == pytest.approx(96 * 0.24) and words[1].x1 == pytest.approx(334 * 0.24)
    # a join is a guess, never sure
    assert words[1].conf <= DEFAULT_SETTINGS.ocr_repaired_confidence
    # a space apart, on a page whose spaces are as narrow: two values
    narrow = _tsv_page([("ID", 0, 30), ("SWN7", 96, 80), ("42161349", 184, 150)], space=8)
    assert [w.text for w in _second_line(narrow)] == ["ID", "SWN7", "42161349"]
    # a column apart: two values
    words = _second_line(_tsv_page([("SWN7", 96, 80), ("42161349", 230, 150)]))
    assert [w.text for w in words] == ["SWN7", "42161349"]


def test_glued_label_words_get_a_share_of_the_box_each() -> None:
    words = _second_line(_tsv_page([("Planpaid", 0, 180), ("$0.00", 400, 100)]))
    assert [w.text for w in words] == ["Plan", "paid", "$0.00"]
    assert words[0].x0 == 0 and words[0].x1 < words[1].x0 < words[1].x1
    assert words[1].x1 == pytest.approx(180 * 0.24)
    assert words[0].conf == 95


def test_month_names_states_and_a_doubled_group_letter() -> None:
    assert ocr_fix.fix_line(["dune", "4,", "2026", "99404"]) == ["June", "4,", "2026", "99404"]
    assert ocr_fix.fix_line(["18", "Aprii", "2026"]) == ["18", "April", "2026"]
    assert ocr_fix.fix_line(["Des", "Moines,", "[A", "50309"]) == ["Des", "Moines,", "IA", "50309"]
    assert ocr_fix.fix_line(["code:", "CO0-204,"]) == ["code:", "CO-204,"]
    # a group's letters read twice before its dash, a reason code after it
    assert ocr_fix.fix_line(["0.00", "CcO-170", "130.00"]) == ["0.00", "CO-170", "130.00"]
    assert ocr_fix.fix_line(["0.00", "CcoO-50", "Cco-45."]) == ["0.00", "CO-50", "CO-45."]
    assert ocr_fix.fix_line(["Cool-45", "Cco-ABC", "PPR-1"]) == ["Cool-45", "Cco-ABC", "PR-1"]
    # away from a day, a ZIP code or a dash nothing moves
    assert ocr_fix.fix_line(["Dune", "is", "nice"]) == ["Dune", "is", "nice"]
    assert ocr_fix.fix_line(["[A", "note"]) == ["[A", "note"]
    assert ocr_fix.fix_line(["[Z", "50309"]) == ["[Z", "50309"]  # no state IZ
    assert ocr_fix.fix_line(["COO", "plan"]) == ["COO", "plan"]
    assert not ocr_fix.checked("dune", "June")  # a month put right by one letter is unsure


def test_a_label_word_before_its_colon_with_one_letter_misread() -> None:
    assert ocr_fix.fix_line(["TcD-10:", "Z39.1"]) == ["ICD-10:", "Z39.1"]
    assert ocr_fix.fix_line(["ICcD-10:", "Z39.1"]) == ["ICD-10:", "Z39.1"]
    assert ocr_fix.fix_line(["Mernber:", "Ann"]) == ["Member:", "Ann"]
    assert ocr_fix.fix_line(["Totai:", "$5.00"]) == ["Total:", "$5.00"]
    # names, plurals and words without a colon stay as printed
    for word in ("Paige:", "Reasons:", "Pian", "Tina:", "Esther:"):
        assert ocr_fix.fix_line([word]) == [word]


def test_a_label_word_misread_before_the_label_s_last_word_is_put_right() -> None:
    assert ocr_fix.fix_line(["Ciaim", "number:", "E20-28735074"])[0] == "Claim"
    assert ocr_fix.fix_line(["Pian", "paid:", "$0.00"])[0] == "Plan"
    # a word before a word that is no label's, or a name before a label, stays (a line
    # that starts with it and a long number is a one-word label: test_ocr_confusions)
    assert ocr_fix.fix_line(["Ciaim", "E20-287"])[0] == "Ciaim"
    assert ocr_fix.fix_line(["Ciaim", "E20-28735074"])[0] == "Claim"
    assert ocr_fix.fix_line(["Beth", "Oaks:"]) == ["Beth", "Oaks:"]


def test_an_identifier_s_s_read_as_a_dollar_sign() -> None:
    assert ocr_fix.fix_word("$B213888-5") == "SB213888-5"
    assert ocr_fix.fix_word("($B213888-5)") == "(SB213888-5)"
    assert ocr_fix.fix_word("$1,234.56") == "$1,234.56"  # money has no letter
    assert ocr_fix.fix_word("$B12") == "$B12"  # too short to be an identifier


def test_a_date_s_day_and_year_printed_as_one_word_are_split_and_unsure() -> None:
    assert ocr_fix.split_day_year("23,2026") == ["23,", "2026"]
    assert ocr_fix.split_day_year("1,2026.") == ["1,", "2026."]
    for word in ("123,202", "23,20260", "1,234"):
        assert ocr_fix.split_day_year(word) == [word]
    words = _second_line(_tsv_page([("Aug", 0, 60), ("23,2026", 80, 130), ("$235.00", 300, 120)]))
    assert [w.text for w in words] == ["Aug", "23,", "2026", "$235.00"]
    assert words[1].conf <= DEFAULT_SETTINGS.ocr_repaired_confidence
    assert words[2].conf <= DEFAULT_SETTINGS.ocr_repaired_confidence
    assert words[1].x1 < words[2].x0 <= words[2].x1 == pytest.approx(210 * 0.24)


def test_a_name_s_capital_i_read_as_an_l_beside_another_name() -> None:
    assert ocr_fix.fix_line(["Imani", "lwu"]) == ["Imani", "Iwu"]
    assert ocr_fix.fix_line(["lsabel", "Kaur,"]) == ["Isabel", "Kaur,"]
    # English words starting with l and a vowel, and an l word among lower-case words, stay
    assert ocr_fix.fix_line(["Lucia", "lives"]) == ["Lucia", "lives"]
    assert ocr_fix.fix_line(["per", "lbs", "of"]) == ["per", "lbs", "of"]
    tsv = _tsv([(1, 100 * i, 100, 80, 30, 96, t) for i, t in enumerate(["Imani", "lwu"])])
    assert ocr_words.words_from_tsv(tsv, 0.24)[1].conf <= DEFAULT_SETTINGS.ocr_repaired_confidence


def test_a_short_code_s_digits_misread_as_letters() -> None:
    assert ocr_fix.fix_word("Z6l") == "Z61"
    assert ocr_fix.fix_word("N13O,") == "N130,"
    assert ocr_fix.fix_word("MA1O4") == "MA104"
    for word in ("Z61", "N130", "B2B", "CO", "P3", "A1c", "ZZ9lll9"):
        assert ocr_fix.fix_word(word) == word


def test_ink_boxes_are_widened_to_a_text_layers_letter_boxes() -> None:
    """tesseract boxes the ink; a text layer's box reaches past it on both sides, so the
    space between two words of a name measures as in a text PDF. A gap between cells
    (several usual spaces) stays as printed, and two words never overlap."""
    row = [("Paloma", 0, 120), ("Castellanos", 140, 220), ("X", 361, 20), ("$5.00", 600, 90)]
    tsv = _tsv_page(row)
    ink = _second_line(tsv)
    padded = [w for w in ocr_words.words_from_tsv(tsv, 0.24) if w.text != "word"]
    pad = DEFAULT_SETTINGS.ocr_ink_pad * (ink[0].bottom - ink[0].top)
    assert pad > 0
    assert padded[0].x0 == ink[0].x0
    assert padded[0].x1 == pytest.approx(ink[0].x1 + pad)
    assert padded[1].x0 == pytest.approx(ink[1].x0 - pad)
    # one pixel apart: each takes half the gap and no more
    assert padded[1].x1 == pytest.approx(padded[2].x0)
    assert (padded[2].x1, padded[3].x0) == (ink[2].x1, ink[3].x0)


def test_marks_glued_to_a_word_are_taken_off_by_its_shape() -> None:
    assert ocr_words.fix_token("$615.00]") == "$615.00"  # a cell border after an amount
    assert ocr_words.fix_token("0.00|") == "0.00"
    assert ocr_words.fix_token("[1]") == "[1]"  # a footnote mark keeps its brackets
    assert ocr_words.fix_token("__Ifeoma") == "Ifeoma"  # a fill line's underscores
    assert ocr_words.fix_token("Osei_") == "Osei" and ocr_words.fix_token("A_1") == "A_1"
    # a speck read as a quote before a name, only where tesseract doubted the word
    assert ocr_words.fix_token("'Ifeoma", 16, 80) == "Ifeoma"
    assert ocr_words.fix_token("'Ifeoma", 95, 80) == "'Ifeoma"
    assert ocr_words.fix_token("'quoted", 16, 80) == "'quoted"
    # or as a quote or a brace before a column heading's two words glued, split later
    assert ocr_words.fix_token("'ClaimNo.", 18, 80) == "ClaimNo."
    assert ocr_words.fix_token("{ClaimNo.", 18, 80) == "ClaimNo."
    assert ocr_words.fix_token("{ClaimNo.", 95, 80) == "{ClaimNo."
    assert ocr_words.fix_token("{CLAIM", 18, 80) == "{CLAIM"


def test_a_lone_dash_read_unsurely_is_a_speck() -> None:
    rows = [(1, "Patient", 96), (1, "—", 45), (1, "Greer", 96), (1, "Lindahl", 95)]
    rows += [(2, "Paid", 96), (2, "-", 92), (2, "0.00", 95)]
    tsv = _tsv(
        [(line, 100 * i, 100 * line, 80, 30, conf, t) for i, (line, t, conf) in enumerate(rows)]
    )
    assert [w.text for w in ocr_words.words_from_tsv(tsv, 0.24)] == [
        "Patient", "Greer", "Lindahl", "Paid", "-", "0.00",
    ]  # fmt: skip


def test_an_amount_and_the_next_cell_read_across_their_border_are_parted() -> None:
    assert ocr_fix.split_at_border("$12.40|3,4") == ["$12.40", "3,4"]
    assert ocr_fix.split_at_border("(8.00)]PR-2") == ["(8.00)", "PR-2"]
    # an identifier's 1 read as a bar, a name's l, and an amount alone stay one word
    for word in ("H7-55|20931", "Wi|helmina", "$1,005.25", "3.10|"):
        assert ocr_fix.split_at_border(word) == [word]
    words = _second_line(_tsv_page([("Copay", 0, 120), ("$15.00|2", 300, 160)]))
    assert [w.text for w in words] == ["Copay", "$15.00", "2"]
    assert words[1].x1 < words[2].x0


def test_a_short_month_one_letter_off_before_its_day_and_comma() -> None:
    assert ocr_fix.fix_line(["Dee", "22,", "2025"]) == ["Dec", "22,", "2025"]
    assert ocr_fix.fix_line(["paid", "Oet", "9,", "2026"]) == ["paid", "Oct", "9,", "2026"]
    assert not ocr_fix.checked("Dee", "Dec")  # a guess: the date built on it is unsure
    # no day and comma after it, two months one letter off, or a month already: as read
    assert ocr_fix.fix_line(["See", "the", "back"]) == ["See", "the", "back"]
    assert ocr_fix.fix_line(["Dee", "22", "2025"]) == ["Dee", "22", "2025"]
    assert ocr_fix.fix_line(["Jum", "3,", "2026"]) == ["Jum", "3,", "2026"]
    assert ocr_fix.fix_line(["Nov", "20,", "2025"]) == ["Nov", "20,", "2025"]


def test_a_reason_code_and_its_remark_read_as_one_word_are_parted() -> None:
    assert ocr_fix.split_codes("CO-119N362") == ["CO-119", "N362"]
    assert ocr_fix.split_codes("PR3MA130,") == ["PR3", "MA130,"]
    for word in ("CO-45", "CO-999N1", "AB-12N130", "N130"):  # unlisted or no pair: as read
        assert ocr_fix.split_codes(word) == [word]
    words = _second_line(_tsv_page([("Remarks", 0, 150), ("OA-18N522", 400, 200)]))
    assert [w.text for w in words] == ["Remarks", "OA-18", "N522"]


def test_two_words_read_without_the_space_after_their_comma_are_parted() -> None:
    assert ocr_fix.split_after_comma("HOLMQVIST,SOLVEIG") == ["HOLMQVIST,", "SOLVEIG"]
    assert ocr_fix.split_after_comma("Louisville,KY") == ["Louisville,", "KY"]
    # an amount, a list of codes, a comma at the end or a lone letter: as read
    for word in ("1,250.00", "CO-45,N95", "Holmqvist,", "A,B", "Doe,J."):
        assert ocr_fix.split_after_comma(word) == [word]
    words = _second_line(_tsv_page([("Patient:", 0, 150), ("HOLMQVIST,SOLVEIG", 300, 340)]))
    assert [w.text for w in words] == ["Patient:", "HOLMQVIST,", "SOLVEIG"]
    assert words[1].x1 < words[2].x0


def test_a_dash_printed_for_a_zero_read_glued_to_its_label_is_parted() -> None:
    assert ocr_fix.split_dash("Allowed—") == ["Allowed", "—"]
    assert ocr_fix.split_dash("paid--") == ["paid", "--"]
    assert ocr_fix.split_dash("Cost:–") == ["Cost:", "–"]
    # a word the line broke, a dash alone, a code or an amount: as read
    for word in ("counsel-", "—", "CO-45", "99404-25", "-12.00", "A—"):
        assert ocr_fix.split_dash(word) == [word]
    words = _second_line(_tsv_page([("Allowed—", 0, 150), ("Plan", 300, 80), ("paid—", 400, 110)]))
    assert [w.text for w in words] == ["Allowed", "—", "Plan", "paid", "—"]
    assert words[0].x1 < words[1].x0


def test_a_word_boxed_far_taller_than_its_line_gets_the_lines_box() -> None:
    row = [
        (1, 100, 500, 120, 27, 96, "4410982"),
        (1, 260, 480, 90, 60, 94, "okafor"),  # drawn from a speck a row above
        (1, 380, 500, 60, 27, 95, "O92.5"),
        (1, 470, 501, 70, 27, 96, "$40.00"),
    ]
    words = ocr_words.words_from_tsv(_tsv(row), 0.24, ReadSettings(ocr_ink_pad=0.0))
    tall = next(w for w in words if w.text == "okafor")
    assert (tall.top, tall.bottom) == pytest.approx((500 * 0.24, 527 * 0.24), abs=0.5)
    kept = ocr_words.words_from_tsv(
        _tsv(row), 0.24, ReadSettings(ocr_ink_pad=0.0, ocr_tall_word=9.0)
    )
    assert next(w for w in kept if w.text == "okafor").top == pytest.approx(480 * 0.24)


def test_pieces_of_a_value_cut_as_wide_as_a_narrow_space_are_recognised_by_their_shape() -> None:
    assert ocr_fix.cut_value("$1", "71.50", weak=False) == "$171.50"
    assert ocr_fix.cut_value("$171", "-50", weak=False) == "$171.50"
    assert ocr_fix.cut_value("97.7", "5", weak=False) == "97.75"  # its last cent cut off
    assert ocr_fix.cut_value("26-1091", "2-542-372", weak=True) == "26-10912-542-372"
    assert ocr_fix.cut_value("1838361", "61-02", weak=True) == "183836161-02"
    # an identifier's pieces read surely are two words; so are other neighbours
    assert ocr_fix.cut_value("26-1091", "2-542-372", weak=False) is None
    for head, tail in [("CO-45", "120"), ("2026", "99403"), ("$5", "copay"), ("CO-45", "12-3")]:
        assert ocr_fix.cut_value(head, tail, weak=True) is None


def test_an_amount_cut_before_its_point_is_one_amount() -> None:
    assert ocr_fix.point_value("27", ".OOCR") == "27.00CR"
    assert ocr_fix.point_value("1,250", ".00") == "1,250.00"
    assert ocr_fix.point_value("$45", ".5o)") == "$45.50)"
    for head, tail in [("27", ".5"), ("2026", ".00"), ("CO-45", ".00"), ("27", "00"), ("x", ".00")]:
        assert ocr_fix.point_value(head, tail) is None
    # as wide apart as a whole space: still one amount, its zeros put right and unsure
    words = _second_line(_tsv_page([("Write-off", 0, 150), ("27", 300, 30), (".OOCR", 352, 70)]))
    assert [w.text for w in words] == ["Write-off", "27.00CR"]
    assert words[1].conf <= ReadSettings().ocr_repaired_confidence


def test_a_modifier_after_its_code_is_put_right_to_the_one_listed_look_alike() -> None:
    assert ocr_fix.fix_line(["99404-US", "Preventive"]) == ["99404-U5", "Preventive"]
    assert ocr_fix.fix_line(["99403-2S,"]) == ["99403-25,"]
    # a listed modifier, one no look-alike lists, or a word that is no code: as read
    assert ocr_fix.fix_line(["99404-GT", "99404-SS", "AB-US"]) == ["99404-GT", "99404-SS", "AB-US"]


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        ("1O0.00", "100.00"),  # an amount printed without its dollar sign
        ("25.0O", "25.00"),
        ("25.0O,", "25.00,"),
        ("O.00", "0.00"),
        ("(1O0.00)", "(100.00)"),
        ("1,2O0.00", "1,200.00"),
        ("l00.00", "100.00"),
        ("$O.00", "$0.00"),
        ("O92.13", "O92.13"),  # a diagnosis code: no amount prints "092"
        ("(O92.79)", "(O92.79)"),
        ("I25.10", "I25.10"),
        ("lO.OO", "lO.OO"),  # fewer than two digits read as digits: no amount to repair
        ("O.OO", "O.OO"),
        ("1.0", "1.0"),
    ],
)
def test_an_amount_without_its_dollar_sign_gets_its_digits_back(read: str, meant: str) -> None:
    assert ocr_fix.fix_word(read) == meant


def test_a_day_and_year_read_as_one_word_after_a_month_s_name_are_split() -> None:
    assert ocr_fix.split_day_year("242026", "MAY") == ["24", "2026"]
    assert ocr_fix.split_day_year("072026,", "Jun.") == ["07", "2026,"]
    assert ocr_fix.split_day_year("242026", "Ref") == ["242026"]  # no month: an identifier
    assert ocr_fix.split_day_year("322026", "MAY") == ["322026"]  # no such day
    words = _second_line(_tsv_page([("MAY", 0, 60), ("242026", 80, 100), ("$235.00", 300, 120)]))
    assert [w.text for w in words] == ["MAY", "24", "2026", "$235.00"]
    assert words[1].conf <= DEFAULT_SETTINGS.ocr_repaired_confidence


def test_a_month_s_name_read_glued_to_its_day_is_parted() -> None:
    assert ocr_fix.split_month_day("Sep.2,2026") == ["Sep.", "2,", "2026"]
    assert ocr_fix.split_month_day("MAY24,") == ["MAY", "24,"]
    assert ocr_fix.split_month_day("Sept.30,2026.") == ["Sept.", "30,", "2026."]
    assert ocr_fix.split_month_day("Ref2,2026") == ["Ref2,2026"]  # no month's name
    assert ocr_fix.split_month_day("Sep.32,2026") == ["Sep.32,2026"]  # no such day
    assert ocr_fix.split_month_day("Sep.2") == ["Sep.2"]  # no comma: no day for sure
    tsv = _tsv_page([("Sep.2,2026", 0, 110), ("S$9443-TH", 130, 110), ("$280.00", 300, 120)])
    words = _second_line(tsv)
    assert [w.text for w in words] == ["Sep.", "2,", "2026", "S9443-TH", "$280.00"]
    assert all(w.conf <= DEFAULT_SETTINGS.ocr_repaired_confidence for w in words[:3])


def test_a_mark_glued_to_the_adjustment_code_it_keys_is_parted() -> None:
    from appealgen.read.ocr_codes import split_mark

    assert split_mark("ACO-96:") == ["A", "CO-96:"]
    assert split_mark("aCO", "29:") == ["a", "CO"]
    assert split_mark("1PR-3") == ["1", "PR-3"]
    # no listed reason, a group read twice, a word of letters: as read
    for word, after in [("aCO", "The"), ("ACO", ""), ("CcO-170", ""), ("ACO-999", ""), ("BCO", "")]:
        assert split_mark(word, after) == [word], word


def test_a_page_counters_one_read_as_a_bar_or_an_i() -> None:
    assert ocr_fix.fix_line(["Page", "i", "of", "4"]) == ["Page", "1", "of", "4"]
    assert ocr_fix.fix_line(["Page", "|", "of", "2"]) == ["Page", "1", "of", "2"]
    assert ocr_fix.fix_line(["see", "i", "of", "4"])[1] == "i"
