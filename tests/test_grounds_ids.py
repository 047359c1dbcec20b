"""Member IDs as the grounds set prints them: wrapped over two lines by a narrow column
after their label ("Subscriber ID/Suffix", "Member no."), some with a suffix."""

from __future__ import annotations

from pathlib import Path

from appealgen import parse_file

GROUNDS = Path(__file__).parent / "data" / "varied" / "grounds"


def test_an_id_a_narrow_column_wraps_after_its_label_is_read_whole_and_sure():
    # "Subscriber ID/Suffix BA6759" over "31595 01"; "Member no. E36417" over "43889"
    for name, whole in (("g02_groupcodes_0", "BA675931595 01"), ("g03_ownwords_0", "E3641743889")):
        got = parse_file(GROUNDS / f"{name}.pdf")
        assert got.member.id == whole
        assert got.evidence["member.id"].sure, got.evidence["member.id"]
