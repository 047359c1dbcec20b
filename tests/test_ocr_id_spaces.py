"""An identifier OCR read in pieces is never stated as sure: the space may not be printed."""

from __future__ import annotations

from appealgen.read.evidence import Recorder
from appealgen.read.locate import Spot
from appealgen.read.settings import DEFAULT_SETTINGS


def _sure(path: str, printed: str, *, ocr: bool) -> bool:
    rec = Recorder([], DEFAULT_SETTINGS, ocr=ocr)
    rec.put(path, 0.99, "labels", Spot(0, 1, [10.0, 10.0, 90.0, 20.0], printed, 96.0))
    return rec.out[path].sure


def test_an_id_in_two_ocr_pieces_is_unsure() -> None:
    assert not _sure("member.id", "QRX5521 0094", ocr=True)
    assert not _sure("claims.0.claim_number", "88120 44-7", ocr=True)
    assert not _sure("plan.group_number", "GRP 7781", ocr=True)


def test_an_id_in_one_piece_or_from_a_text_layer_keeps_its_sureness() -> None:
    assert _sure("member.id", "QRX55210094", ocr=True)
    assert _sure("member.id", "QRX5521 0094", ocr=False)
    assert _sure("member.name", "Ada Lark", ocr=True)
