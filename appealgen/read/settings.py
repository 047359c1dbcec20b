"""The reader's tunables in one object: geometry tolerances and how sure is sure.

Like pdfplumber's table settings: every number has a named default, and a caller
can override any of them (``ReadSettings(cell_gap=3.0)``) and pass the object to
``parse_file``. Distances are in PDF points or in multiples of a line's height or
a character's width, as each name says.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from ..records import record
from .settings_layout import LayoutSettings


# Frozen, compared, hashed and shown field by field as a dataclass would be; those three
# methods are written out below rather than generated for its ~160 fields on every start.
@record(frozen=True, eq=False, repr=False)
class ReadSettings(LayoutSettings):
    # the layout's tolerances (words, lines, cells, columns, tables, labels, learned
    # layouts) are LayoutSettings' fields, in settings_layout.py
    # --- confidence (evidence.py)
    sure_threshold: float = 0.8  # a value at or above this confidence is "sure"
    ocr_low_word_confidence: float = 80.0  # tesseract's 0-100 word confidence below this is weak
    ocr_ceiling: float = 0.9  # nothing read by OCR is more certain than this
    # a page where more than this share of the words OCR read are weak is read poorly: its
    # names (which no shape check can confirm) are not sure, however confident their words
    ocr_poor_page_share: float = 0.25
    # a name or identifier OCR read weakly is sure when the page prints the same words
    # elsewhere, read well, and they hold at least this many letters and digits
    # (sure_agree.py)
    agree_min_chars: int = 6
    # a code OCR read weakly is sure when the words of its row name it and no other
    # listed code (sure_named.py): words of this many letters at least count, and two
    # words opening alike for this many letters are one ("electric" / "electrical")
    named_min_letters: int = 4
    named_min_prefix: int = 6
    # a word is printed under another when their left edges are this close (points); two
    # types differ by this many points in size, or in boldness (sure_stack.py, sure_wrap.py)
    under_align_pt: float = 2.5
    type_size_step_pt: float = 0.5
    # an identifier's rest printed on the next line of its cell, set closer than this share
    # of a line's height under it; its column's heading is looked for this many lines up
    wrap_gap: float = 0.5
    wrap_heading_reach: int = 40
    # a plan printed as a product line under the payer's name in its letterhead
    # (plan_names.product_line) is looked for this many lines under the name, each at most
    # this many of its line heights under the line above
    letterhead_product_lines: int = 3
    letterhead_product_gap: float = 3.0
    # on a scan, a word of a name this long or longer, spelled this many letters or fewer
    # apart from a word printed beside the same neighbour elsewhere, is a misreading of one
    # of them, not another word (sure_twins.py: "Suramit Ridge" / "Summit Ridge")
    twin_min_letters: int = 4
    twin_max_edits: int = 2
    # --- scans (ocr.py): tesseract's words made into a text layer's
    ocr_psm: int = 6  # tesseract's page segmentation: one block of rows (tables stay rows)
    ocr_language: str = "eng"  # tesseract's model for the page
    # the words whose print shows an accent the page's model did not read are read again
    # with this model, at most ``ocr_accent_most`` a page (ocr_accents.py; "" never)
    ocr_accent_language: str = "spa"
    ocr_accent_most: int = 40
    ocr_accent_margin: float = 0.5  # such a word cut out with this share of its height around
    ocr_accent_side_margin: float = 0.1  # but this share beside it: not the next word (0.3 away)
    # how tesseract tells ink from paper: 0 one level for the page (Otsu), 2 a level for
    # each neighbourhood (Sauvola), which a photo's uneven light and a shaded row need
    ocr_thresholding: int = 2
    # a page whose words with a letter or digit are under ocr_noisy_page_share read at
    # least ocr_upright_confidence surely (a black-and-white scan's dotted rules and specks
    # read between the cells) is read again with tesseract's heavy noise removal, and that
    # reading is kept when at least ocr_noisy_page_gain more of its words are read surely
    # (ocr_noise.py; 0: never). Measured on the drift set's 1-bit pages: a TPA's grid of
    # dotted rules 0.49 -> 0.69 of its words read surely (43% -> 56% of its printed words
    # read), a 204 x 98 fax's remittance 0.42 -> 0.55; a coarse fax read badly either way
    # 0.37 -> 0.42, left as first read; pages read surely enough are read once
    ocr_noisy_page_share: float = 0.5
    ocr_noisy_page_gain: float = 0.1
    ocr_heavy_noise: bool = False  # tesseract's heavy noise removal (textord_heavy_nr)
    # a word OCR read that is no label word is put right to one this many letters of it
    # allow one slip of rules/ocr_confusions.yaml for (at least one), when the words beside
    # it then make a listed label ("Clim No." -> "Clm No."; ocr_confusions.py)
    ocr_label_letters_per_edit: int = 5
    # a label of one word without its colon is such a label only when its word starts the
    # line and the word after it holds this many digits ("Ciaim 3019892712"; 0: never)
    ocr_label_value_digits: int = 6
    ocr_min_confidence: float = 20.0  # a mark without letters or digits read below this is a speck
    ocr_dash_confidence: float = 60.0  # a lone dash read less surely is a speck (print reads 90)
    # a word repaired by its shape (an amount, a date, an identifier's digits), two pieces
    # joined, or a word with an accented letter counts as read this surely: keep it below
    # ocr_low_word_confidence, so a value built on a repair is never sure
    ocr_repaired_confidence: float = 50.0
    # a mark over a small letter that OCR read without it ("Siobhan" for "Siobhán"): ink in
    # the top ``ocr_mark_band`` share of a word's cap height, darker than ``ocr_mark_ink``
    # (0-255), over a letter that prints nothing above the x-height (ocr_marks.py)
    ocr_mark_band: float = 0.2
    ocr_mark_ink: int = 100
    # an i read without the accent printed in place of its dot ("Lucia" for "Lucía"): the
    # ink over it, above its x-height, spans more than this many of its word's strokes (a
    # dot spans 0.6-1.33 of them on the tuning sets' scans, an acute 1.4-3; 0: never)
    ocr_i_mark_width: float = 1.5
    ocr_border_height: float = 1.3  # a bar this many times taller than its line's words is a border
    ocr_hairline: float = 0.15  # a bar narrower than this share of its line's height is a border
    # a bar read at least ocr_separator_confidence surely (printed separators: 96-97)
    # between two words of a line that is no service row, each closer than
    # ocr_separator_gap line heights (0.8-0.9 measured), is printed as one and kept
    ocr_separator_confidence: float = 90.0
    ocr_separator_gap: float = 1.2
    # such a bar stands up to this many times the line's usual word high (a border's bit
    # taller than ocr_border_height is dropped otherwise; printed separators: 1.3-1.35)
    ocr_separator_height: float = 1.45
    ocr_join_gap: float = 0.5  # pieces closer than this share of the page's usual space join
    # a dollar amount's pieces, or a weakly read identifier's whose tail holds dashes
    # ("$1 71.50", "26-1091 2-542-372": cut 0.56-0.74 of a space apart), join closer than
    # this share of it (the words of a line are 0.6-1.2 apart: the shape decides)
    ocr_join_wide_gap: float = 0.8
    # an amount cut before its point ("27 .OOCR": a point and two cents are no word of their
    # own) joins closer than this share of the page's usual space
    ocr_join_point_gap: float = 1.5
    # a date's pieces where OCR lost its slashes ("04 15 26": cut 1.1-1.2 of a space apart,
    # a slash being as wide as a space) join closer than this share of the page's usual space
    ocr_date_slash_gap: float = 1.5
    ocr_min_spaces: int = 8  # spaces measured on a page before its usual space is trusted
    # a word of letters boxed this many times taller than its line's usual box is given
    # the line's box (ocr.py): tesseract drew it around a speck a row away as well
    ocr_tall_word: float = 1.8
    # a word tesseract read from a sliver of another word's ink, as a line of its own: at
    # most this share of that word's height, lying over it by this share of its own width
    # and height (ocr_boxes.without_slivers)
    ocr_sliver_height: float = 0.6
    ocr_sliver_overlap: float = 0.5
    # tesseract boxes a word's ink; a text layer boxes its letters' advance widths, which
    # reach past the ink on both sides (by 0.05-0.14 of the line's height, most in a
    # monospaced font): two words a space apart are each widened by this share of their
    # line's height towards the other, so the words of a cell stay one cell
    ocr_ink_pad: float = 0.08
    ocr_pad_gap: float = 1.3  # a gap under this many line heights is a space between words
    # and under this many of the page's usual spaces (a line's words are 0.6-1.2 of it
    # apart, a small font's cells from 2.7): a wider gap parts two cells and stays as printed
    ocr_pad_spaces: float = 2.0
    # each word's box set from its baseline one font size high, as a text layer's, not
    # around its ink (ocr_boxes.py): the words of a row then line up as on a text PDF
    ocr_type_boxes: bool = True
    # a word boxed taller than ocr_trim_tall times the page's usual word height is cut to
    # its letters' ink (ocr_ink.py): the run of inked pixel rows with the most ink, with
    # the runs at most ocr_trim_gap of that height from it (an i's dot, an accent); ink a
    # speck's or a rule's remnant away stays out (0: boxes as read)
    ocr_trim_tall: float = 1.4
    ocr_trim_gap: float = 0.2
    # a line tesseract garbled (two columns whose baselines differ merged into one row):
    # this many neighbouring words with letters, each read less surely than this, are
    # read again from a second reading of the page as sparse text (0: never)
    ocr_garbled_words: int = 2
    ocr_garbled_confidence: float = 45.0
    # ... or one such word this many times as tall as its line's words (two rows; 0: never)
    ocr_garbled_tall: float = 2.0
    ocr_second_psm: int = 11
    # a weak word (under ocr_low_word_confidence) is read again on its own (ocr_cells.py),
    # its ink cut out with ocr_cell_margin of its height around it, at most ocr_cell_most
    # words a page: first those in a column of values (the sure words within
    # ocr_cell_reach of its heights above and below that share its width hold at least
    # ocr_cell_min_values values, and values are at least ocr_cell_value_share of them),
    # then any other read less surely than ocr_cell_word_confidence
    ocr_cell_reread: bool = True
    ocr_cell_reach: float = 30.0
    ocr_cell_min_values: int = 3
    ocr_cell_value_share: float = 0.6
    ocr_cell_margin: float = 0.15
    ocr_cell_most: int = 80
    ocr_cell_word_confidence: float = 40.0
    # a new reading is taken when each of its words is read ocr_low_word_confidence surely,
    # or, for a word in a column of values, when it is one value read this surely
    ocr_cell_value_confidence: float = 60.0
    # a short weak word of letters a service row prints where a count belongs ("ay" for 1)
    # that no reading made a number is read once more with tesseract allowed only these
    # characters, and taken as a count read ocr_cell_value_confidence surely ("" never)
    ocr_cell_digits: str = "0123456789.,$/-()"
    # the only characters tesseract may read ("" any): set for such a reading alone
    ocr_whitelist: str = ""
    # a row tesseract left out is read again from its ink (ocr_unread.py): ink outside every
    # word's box and ocr_unread_margin of its height around it, in bands ocr_unread_min_height
    # to ocr_unread_max_height of the page's usual word height tall, parted into strips at
    # gaps wider than ocr_unread_gap heights; a strip ocr_unread_min_width heights wide and
    # ocr_unread_min_ink of it inked is cut out with ocr_unread_pad heights around it and
    # read; its words read ocr_unread_confidence surely are added, but for one spelled alike
    # a word of the page across the same width within ocr_unread_near of their height; a
    # page with more than ocr_unread_most strips is left as read
    ocr_unread_reread: bool = True
    ocr_unread_margin: float = 0.3
    ocr_unread_min_height: float = 0.6
    ocr_unread_max_height: float = 2.5
    ocr_unread_gap: float = 1.5
    ocr_unread_min_width: float = 1.0
    ocr_unread_min_ink: float = 0.08
    ocr_unread_pad: float = 0.3
    ocr_unread_confidence: float = 80.0
    ocr_unread_most: int = 40
    ocr_unread_near: float = 1.2
    # --- a page fed in sideways or upside down (orient.py)
    # a page is read as it came when at least ocr_upright_share of its words with letters
    # or digits read at least ocr_upright_confidence surely (an upright page: 0.9; the same
    # page upside down: 0.25); below, its orientation is detected and, turned, it is read
    # again (False: never)
    ocr_orientation: bool = True
    ocr_upright_share: float = 0.5
    ocr_upright_confidence: float = 60.0
    # tesseract's orientation detection reads a copy at about this resolution, and its
    # answer counts at this confidence or above (a turned page: 9-12; a page of too few
    # words: under 1)
    ocr_osd_dpi: float = 150.0
    ocr_osd_confidence: float = 2.0
    # without orientation detection, a band across the page's middle, this share of its
    # height, is read at each quarter turn
    ocr_turn_band: float = 0.3
    # a page whose ink changes this many times as sharply from column to column as from
    # row to row (its edges, this share of it each side, left out) has its rows of print
    # running down it, and is asked its turn before it is read (measured: upright scans
    # 0.5 at most, phone photos up to 2.1; scans fed in sideways 4-5, faxes 1.8-2.1)
    ocr_turn_profile: float = 3.0
    ocr_turn_margin: float = 0.05
    # --- scanned page images (scan_image.py)
    # a page this share of whose pixels are pure black or white is bilevel (a fax). When
    # at least ocr_speckled_share of its ink is specks (a dithered fax with line noise:
    # 0.04-0.17 of its ink; a fax sent from a threshold: under 0.01) its lone specks are
    # taken out (ocr_lone_speck_*) and it is softened by a blur this wide (inches) before it
    # is read, its stepped edges made grey as a grey scan's are; a bilevel page of clean
    # strokes is read as it came (softened, the novel set's thresholded faxes read worse)
    ocr_bilevel_share: float = 0.9
    ocr_speckled_share: float = 0.02
    # a black pixel of a bilevel page with no more than this much black (square inches)
    # in the 5 x 5 pixels around it is a speck (a fax line's noise, a dithered grey's
    # dot: 0.00005 at 200 x 100 dpi; the dot over an i: 0.0001), counted for the share
    ocr_speck_in2: float = 0.00006
    # a speckled page's specks taken out before it is softened are only the lone ones: a
    # black pixel with no more than ocr_lone_speck_in2 square inches of black within
    # ocr_lone_speck_reach_in of it (a fax pixel at 200 x 100 dpi: 0.00005; a light stroke
    # dithered into dots has more within that reach, and keeps them: the 5 x 5 pixels
    # above took them out); 0: never. With ocr_fax_gamma, the words of the top half of a
    # page of the novel, unseen, blind, fresh and ahead dev families faxed (scan_gap.py's
    # fax look) read 75.6% -> 80.8% as their text twins print them
    ocr_lone_speck_in2: float = 0.0001
    ocr_lone_speck_reach_in: float = 0.02
    # ... but only on a dithered page (read/dither.py): one whose rows hold at least this
    # many one-pixel white gaps between black pixels per black pixel, at the resolution it
    # was stored at (dev pages faxed: dithered 0.065-0.435, from a threshold 0.010-0.022).
    # A speckled page sent from a threshold has the specks above (ocr_speck_in2) taken
    # out and is softened without ocr_fax_gamma: its strokes are solid, and the darkened
    # blur of its line noise and stepped edges read worse
    ocr_dither_gaps: float = 0.04
    # (0.005: wild's dithered faxes, one a family of its dev half, 46% -> 69% of fields
    # with ocr_fax_thresholding; 0.0033 before). Such a softened page is thresholded by
    # tesseract with this method (0: Otsu's one level for the page; ocr_thresholding's
    # neighbourhood threshold breaks a blurred fax's thin strokes)
    ocr_bilevel_blur_in: float = 0.005
    ocr_fax_thresholding: int = 0
    # a softened dithered page's greys darkened by this power (each grey g of 0-1 made g ** gamma;
    # 1: as they are), so a light stroke's dots made grey count as ink against the page's
    # one level
    ocr_fax_gamma: float = 2.0
    # a bilevel page's strokes thickened by this much on each side (inches) before it is
    # read; 0, the default: 0.0033 read the same faxes worse (v07 60% -> 36%)
    ocr_bilevel_grow_in: float = 0.0
    # the paper's grey under each part of a page (flatten): the lightest grey within this
    # window (inches), measured at this coarse resolution (dpi); a page is flattened
    # (each pixel divided by its paper's grey) when the darkest ocr_paper_low_share of
    # its paper is ocr_paper_spread levels darker than the middle of it (a photo's light,
    # shaded panels: 40-120; a flatbed scan: under 10), or when its paper is darker than
    # ocr_dark_paper
    ocr_paper_dpi: float = 30.0
    ocr_paper_window_in: float = 0.25
    ocr_paper_low_share: float = 0.05
    ocr_paper_spread: int = 24
    ocr_dark_paper: int = 200
    ocr_paper_floor: int = 100  # a "paper" darker than this is the table under a photo
    # once a page is to be flattened, the grey each pixel is divided by is the lightest
    # within this narrower window, measured at this finer resolution: a banded row is
    # 0.16-0.22 inches high
    ocr_paper_fine_window_in: float = 0.12
    ocr_paper_fine_dpi: float = 60.0
    # ... closed (the darkest within that window of the lightest) and smoothed over this
    # much (inches): a shaded band's edges are no dark strips for the rules' mask
    # (drift's d02 shaded remittance: 74.6% -> 85.9% of its first page's words)
    ocr_paper_fine_blur_in: float = 0.05
    # a photographed page on something darker (page_edges.py): straightened when the
    # paper's grey stands ocr_edge_contrast levels above what it lies on, at least
    # ocr_edge_border_share of the picture's edges are not paper (a scan's: none), the
    # page fills ocr_edge_min_page of the picture and each of its corners is within
    # ocr_edge_max_angle degrees of square (False: never)
    ocr_edge_straighten: bool = True
    ocr_edge_contrast: float = 40.0
    ocr_edge_border_share: float = 0.5
    ocr_edge_min_page: float = 0.4
    ocr_edge_max_angle: float = 15.0
    # near the page's edge (this many inches) the page is told from what it lies on by
    # grey, not by one level for the picture: a page at least ocr_edge_ratio times as
    # light as the table beside it, however the light falls (a phone's light falls off
    # across a picture by half)
    ocr_edge_window_in: float = 1.0
    ocr_edge_ratio: float = 1.4
    ocr_max_skew: float = 3.0  # degrees searched to turn a page level
    # a scanned PDF page that is one grey picture covering ocr_native_cover of it, stored
    # at under ocr_native_below of OCR's resolution, is enlarged from the picture as
    # stored with a Lanczos filter, not by pdfium's rendering (page_image.py; False:
    # always pdfium's). Measured on a 100 dpi scan: 82% of its words read by pdfium's,
    # 88% by Lanczos; at 150 and 200 dpi the two read alike
    ocr_native_picture: bool = True
    ocr_native_cover: float = 0.9
    ocr_native_below: float = 0.5
    ocr_rule_width_in: float = 0.68  # a horizontal rule is unbroken ink this long (inches)
    ocr_rule_height_in: float = 0.2  # a vertical rule is unbroken ink this tall (inches)
    ocr_rule_full: int = 235  # a window this full of ink (0-255) is a rule; bold text is below
    # a grey beside a rule this share of the way from the ink's level to the paper's is the
    # rule's blurred edge, painted out with it
    ocr_rule_fringe: float = 0.6
    # a dotted leader's dot has no ink this far above or below it (inches; a letter's
    # stroke has), and such dots fill this share (0-255) of the row this far either side
    ocr_leader_clear_in: float = 0.02
    ocr_leader_dot_in: float = 0.025  # a dot is narrower (inches): a longer bar is a letter's foot
    ocr_leader_reach_in: float = 0.2
    ocr_leader_full: int = 40
    ocr_leader_dots: int = 5  # dots in a row within ocr_leader_reach_in either side

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, f.name) for f in fields(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self))
        return f"{type(self).__qualname__}({shown})"


DEFAULT_SETTINGS = ReadSettings()
