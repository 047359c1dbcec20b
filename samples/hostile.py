"""Hostile inputs, built on the fly: each must get one line and a bounded read.

- ``blank_page_pdf``: 443 bytes, one blank page 200 x 200 inches (OCR would render
  3.6 billion pixels at 300 dpi).
- ``inflation_bomb_pdf``: about 2 MB whose page contents inflate to 2 GiB of zeros.
  Built from one deflated MiB repeated (each piece ends with a full flush, so it
  stands alone), in milliseconds.
- ``huge_835``: an 835 remittance with 300,000 claims (about 45 MB).

All content is synthetic. Used by tests/test_limits.py and benchmarks/bench_hostile.py.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

GIB = 1024**3
MIB = 1024**2


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF with a correct cross-reference table around ``objects`` (1-based)."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def blank_page_pdf(inches: int = 200) -> bytes:
    """One blank page ``inches`` x ``inches`` (no text, so it goes to OCR)."""
    side = inches * 72
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R >>" % (side, side),
            b"<< /Length 0 >>\nstream\n\nendstream",
        ]
    )


def deflated_repeat(piece: bytes, count: int) -> bytes:
    """A zlib stream of ``piece`` repeated ``count`` times, deflating ``piece`` only once."""
    c = zlib.compressobj(9)
    first = c.compress(piece) + c.flush(zlib.Z_FULL_FLUSH)
    again = c.compress(piece) + c.flush(zlib.Z_FULL_FLUSH)
    header, body = first[:2], first[2:]
    assert body == again  # after a full flush each piece is the same bytes
    adler = 1
    for _ in range(count):
        adler = zlib.adler32(piece, adler)
    return header + body * count + b"\x03\x00" + struct.pack(">I", adler)


def deflated_zeros(total: int = 2 * GIB, piece: int = MIB) -> bytes:
    """A zlib stream of ``total`` zero bytes, made of one deflated piece repeated."""
    assert total % piece == 0
    c = zlib.compressobj(9)
    first = c.compress(bytes(piece)) + c.flush(zlib.Z_FULL_FLUSH)
    again = c.compress(bytes(piece)) + c.flush(zlib.Z_FULL_FLUSH)
    header, body = first[:2], first[2:]
    assert body == again
    # adler-32 of n zeros: A = 1, B = n mod 65521
    adler = ((total % 65521) << 16) | 1
    return header + body * (total // piece) + b"\x03\x00" + struct.pack(">I", adler)


def _one_page(stream: bytes) -> bytes:
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
            + stream
            + b"\nendstream",
        ]
    )


def slow_pdf(mib: int = 64) -> bytes:
    """A letter-size page of ``mib`` MiB of harmless drawing commands ("q Q"): within
    every size limit, but minutes of work for a PDF reader. The time limit stops it."""
    return _one_page(deflated_repeat(b"q Q\n" * (MIB // 4), mib))


def inflation_bomb_pdf(total: int = 2 * GIB) -> bytes:
    """A one-page PDF whose content stream inflates to ``total`` bytes."""
    return _one_page(deflated_zeros(total))


def huge_835(claims: int = 300_000) -> bytes:
    """An X12 835 with ``claims`` denied lactation claims to one payee."""
    head = (
        "ISA*00*          *00*          *ZZ*NORTHWIND      *ZZ*PRACTICE       "
        "*260301*1200*^*00501*000000001*0*P*:~"
        "GS*HP*NORTHWIND*PRACTICE*20260301*1200*1*X*005010X221A1~"
        "ST*835*0001~BPR*I*0*C*NON************20260301~TRN*1*12345*1512345678~"
        "DTM*405*20260301~N1*PR*NORTHWIND HEALTH PLAN~N1*PE*LATCH LACTATION LLC*XX*1234567893~"
    )
    claim = (
        "CLP*{n}*4*250*0**12*{n}~NM1*QC*1*DOE*JANE****MI*W{n}~"
        "SVC*HC:S9443*250*0**1~DTM*472*20260211~CAS*CO*242*250~"
    )
    body = "".join(claim.format(n=f"C{i:09d}") for i in range(claims))
    seg_count = 5 + 5 * claims
    tail = f"SE*{seg_count}*0001~GE*1*1~IEA*1*000000001~"
    return (head + body + tail).encode("ascii")


def write_all(folder: Path) -> dict[str, Path]:
    """The three files in ``folder``; returns name -> path."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "blank_200in.pdf": blank_page_pdf(),
        "inflate_2gib.pdf": inflation_bomb_pdf(),
        "claims_300k.835": huge_835(),
    }
    out = {}
    for name, data in files.items():
        path = folder / name
        path.write_bytes(data)
        out[name] = path
    return out
