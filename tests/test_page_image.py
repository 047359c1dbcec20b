"""read/page_image.py: a scanned page enlarged from its stored picture, others rendered; a
fax's tall pixels made square."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from appealgen.read import page_image
from appealgen.read.settings import ReadSettings

ROOT = Path(__file__).resolve().parent.parent


def _print(dpi: int):
    """A letter page of small print at ``dpi`` (mode L)."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (round(8.5 * dpi), round(11 * dpi)), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=dpi * 10 / 72)
    for row in range(30):
        draw.text((dpi // 2, dpi // 2 + row * dpi // 4), "Claim 26-10912 $330.00 99404", 0, font)
    return img


def _pdf(picture, dpi: float) -> bytes:
    out = io.BytesIO()
    picture.save(out, "PDF", resolution=float(dpi))
    return out.getvalue()


def _page(data: bytes):
    import pypdfium2 as pdfium

    return pdfium.PdfDocument(data)[0]


def _distance(a, b) -> float:
    from PIL import ImageChops, ImageStat

    return ImageStat.Stat(ImageChops.difference(a, b)).mean[0]


def _most(a, b) -> int:
    from PIL import ImageChops

    assert a.size == b.size
    return ImageChops.difference(a, b).getextrema()[1]


def test_a_low_resolution_scan_is_enlarged_closer_to_the_print_than_pdfiums_rendering() -> None:
    fine = _print(300)
    from PIL import Image

    stored = fine.resize((fine.width // 3, fine.height // 3), Image.BOX)  # scanned at 100 dpi
    page = _page(_pdf(stored, 100))
    picture = page_image.stored_picture(page)
    assert picture is not None
    assert page_image.stored_dpi(picture) == pytest.approx((100, 100), abs=0.5)
    pdfium = page.render(scale=300 / 72, grayscale=True).to_pil()
    ours = page_image.rendered(page, 300)
    assert ours.size == pdfium.size and ours.mode == "L"
    ours, pdfium = ours.crop((0, 0, *fine.size)), pdfium.crop((0, 0, *fine.size))
    assert _distance(ours, fine) < 0.9 * _distance(pdfium, fine)
    off = page_image.rendered(page, 300, ReadSettings(ocr_native_picture=False))
    assert _most(off, page.render(scale=300 / 72, grayscale=True).to_pil()) <= 2


def test_a_picture_at_half_ocr_resolution_or_finer_and_a_text_page_are_rendered_by_pdfium():
    page = _page(_pdf(_print(150), 150))
    for dpi in (150, 300):  # at 150 dpi and finer the two enlargements read alike
        want = page.render(scale=dpi / 72, grayscale=True).to_pil()
        assert _most(page_image.rendered(page, dpi), want) <= 2  # pdfium's own, give a level
    text = _page((ROOT / "samples" / "northwind_eob_out_of_network.pdf").read_bytes())
    assert page_image.stored_picture(text) is None


def test_a_picture_short_of_the_page_is_placed_where_it_lies_on_white() -> None:
    import pypdfium2 as pdfium
    from PIL import Image

    pdf = pdfium.PdfDocument.new()
    page = pdf.new_page(612, 792)
    picture = pdfium.PdfImage.new(pdf)
    grey = Image.new("L", (850, 1070), 0)  # 8.5 x 10.7 inches at 100 dpi, all ink
    picture.set_bitmap(pdfium.PdfBitmap.from_pil(grey))
    picture.set_matrix(pdfium.PdfMatrix().scale(612, 770.4).translate(0, 21.6))  # 0.3 in up
    page.insert_obj(picture)
    page.gen_content()
    img = page_image.rendered(page, 200)
    assert img.size == (1700, 2200)
    assert img.getpixel((850, 5)) < 20 and img.getpixel((850, 2100)) < 20
    assert img.getpixel((850, 2150)) == 255  # the paper 0.3 inches below the picture
    small = page_image.rendered(page, 200, ReadSettings(ocr_native_cover=0.99))
    assert small.getpixel((850, 1100)) < 20  # not enough of the page: pdfium's rendering


def test_a_fax_is_rendered_by_pdfium_its_specks_left_to_the_page_preparation() -> None:
    from PIL import Image

    fine = _print(204)
    fax = fine.resize((fine.width, fine.height * 98 // 204), Image.BOX)
    out = io.BytesIO()
    fax.point(lambda v: 0 if v < 128 else 255).convert("1").save(out, "PDF", dpi=(204, 98))
    page = _page(out.getvalue())
    assert page_image.stored_dpi(page_image.stored_picture(page)) == pytest.approx(
        (204, 98), abs=0.5
    )
    assert (
        _most(page_image.rendered(page, 300), page.render(scale=300 / 72).to_pil().convert("L"))
        <= 2
    )


def test_a_fax_stored_with_pixels_twice_as_tall_as_wide_gets_square_pixels() -> None:
    from PIL import Image

    fine = _print(204)
    fax = fine.resize((fine.width, fine.height * 98 // 204), Image.BOX)  # 204 x 98 dpi
    square = page_image.square_pixels(fax, 204, 98)
    assert square.width == fax.width
    assert square.height == pytest.approx(fine.height, abs=3)  # as tall as the page was
    bits = fax.point(lambda v: 0 if v < 128 else 255)
    tall = page_image.square_pixels(bits, 204, 98)
    assert {v for _, v in tall.getcolors()} == {0, 255}  # black and white, for its specks
    assert len(page_image.resized(fax, fine.size).getcolors(256)) > 2  # grey: Lanczos
    for across, down in ((200, 200), (204, 203), (0, 0), (204, 0)):  # square, or unknown
        assert page_image.square_pixels(fax, across, down) is fax


def test_an_image_file_of_a_fax_at_204_by_98_dpi_is_read_as_a_letter_page(monkeypatch) -> None:
    from PIL import Image

    from appealgen.read import ocr

    fine = _print(204)
    fax = fine.resize((fine.width, fine.height * 98 // 204), Image.BOX).point(
        lambda v: 0 if v < 128 else 255
    )
    out = io.BytesIO()
    fax.convert("1").save(out, "TIFF", dpi=(204, 98), compression="group4")
    seen = {}

    def upright(img, dpi, read, settings):
        seen.update(size=img.size, dpi=dpi)
        from appealgen.read.extract import Word

        return img, [Word("Claim", 10, 40, 10, 20)]

    monkeypatch.setattr(ocr, "_require", lambda: None)
    monkeypatch.setattr(ocr, "read_upright", upright)
    monkeypatch.setattr(ocr, "_finish", lambda *a: {})
    doc = ocr.load_image(Path("fax.tif"), out.getvalue(), "0" * 64)
    page = doc.pages[0]
    assert page.width == pytest.approx(612, abs=2) and page.height == pytest.approx(792, abs=4)
    assert seen["size"][1] / seen["size"][0] == pytest.approx(11 / 8.5, abs=0.01)


def test_every_page_of_a_tiff_fax_of_several_is_read(monkeypatch) -> None:
    from PIL import Image

    from appealgen.read import ocr
    from appealgen.read.extract import Word

    pages = [_print(204).point(lambda v, n=n: 0 if v < 128 else 255) for n in range(3)]
    pages = [p.resize((p.width, p.height * 98 // 204), Image.NEAREST).convert("1") for p in pages]
    out = io.BytesIO()
    pages[0].save(out, "TIFF", dpi=(204, 98), save_all=True, append_images=pages[1:])
    read = []

    def upright(img, dpi, reader, settings):
        read.append(img.size)
        return img, [Word(f"Page{len(read)}", 10, 40, 10, 20)]

    monkeypatch.setattr(ocr, "_require", lambda: None)
    monkeypatch.setattr(ocr, "read_upright", upright)
    monkeypatch.setattr(ocr, "_finish", lambda *a: {})
    doc = ocr.load_image(Path("fax.tif"), out.getvalue(), "0" * 64)
    assert doc.page_count == 3 and [p.number for p in doc.pages] == [1, 2, 3]
    assert [p.words[0].text for p in doc.pages] == ["Page1", "Page2", "Page3"]
    assert all(p.height == pytest.approx(792, abs=4) for p in doc.pages)
