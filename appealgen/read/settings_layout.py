"""The reader's tunables of a page's layout: words into lines and cells, columns, tables,
labels and values, and which learned layout a notice is read with.

``ReadSettings`` (settings.py) holds these and the rest (how sure is sure, scans) in one
object a caller overrides field by field: ``ReadSettings(cell_gap=3.0)``.
"""

from __future__ import annotations

from ..records import record


@record(frozen=True, eq=False, repr=False)
class LayoutSettings:
    """The layout's tolerances; ``ReadSettings`` adds the rest."""

    # --- words -> lines -> cells (layout.py)
    line_tolerance: float = 0.45  # fraction of a word's height two words' centres may differ by
    cell_gap: float = 2.2  # a gap wider than this many character widths starts a new cell
    min_cell_gap_pt: float = 7.0
    edge_band: float = 0.12  # top/bottom fraction of a page where running headers live
    # a notice of more than twice this many pages is read this many pages at a time, cut
    # between claims (windows.py): its working memory stays flat in its length; 0: whole
    window_pages: int = 10
    # a line in this share of the page's height from its top or bottom edge, printed no
    # larger than page_mark_max_size points, is a printer's or browser's stamp when it holds
    # a date, a page counter or a web address (page_marks.py)
    page_mark_strip: float = 0.035
    page_mark_max_size: float = 8.5
    # --- a page set in columns (page_columns.py)
    column_gutter_pt: float = 10.0  # a band this wide that no word crosses may part two columns
    column_min_lines: int = 4  # each column holds at least this many lines
    # a column's line sits off the line beside it when their centres differ by more than
    # this share of the lower line's height; at least this many lines, and this share of
    # the shorter column's, must sit off for a run to be read as columns (a table's rows
    # line up across its gaps)
    column_offset: float = 0.25
    column_min_offset_lines: int = 3
    column_offset_share: float = 0.5
    # a line with words on both sides of a gutter, closer than this many of its heights to
    # a line across it, belongs with that line (a table's heading printed over two rows)
    column_join_gap: float = 1.5
    # --- a table printed with a column a service and a row a field (transposed.py)
    transposed_min_rows: int = 4  # at least this many field rows
    transposed_row_gap: float = 2.0  # rows closer than this many line heights
    transposed_uniform_share: float = 0.75  # of rows holding one kind of value only
    transposed_gap_chars: float = 4.0  # fields of a turned-back line this many characters apart
    column_max_depth: int = 6  # runs in columns looked for this many times over in a page
    # --- labels and values (fields.py)
    stack_max_gap: float = 2.2  # a value at most this many line heights below its label
    # --- key/value blocks (kv_pairs.py)
    kv_align_pt: float = 3.0  # a wrapped value starts within this many points of its first line's
    kv_max_label_words: int = 6  # a "Label:" is at most this many words
    box_align_pt: float = 6.0  # a totals box's labels start within this many points of its title
    panel_align_pt: float = 14.0  # a summary panel's amount is centred this close under its label
    # --- tables (table.py)
    heading_gap_chars: float = 1.6  # heading words closer than this many character widths join
    header_band_gap: float = 1.6  # heading lines stacked within this many line heights join
    row_end_gap: float = 4.0  # a vertical gap this many line heights wide ends a table
    # a code's modifier ("99403  25") and a date's day and year ("Mar  18,  2026") are one
    # value with the words before them up to this many times the gap that parts a row's
    # values (data_columns.py): a scan's boxes part them wider and unevenly
    cell_part_reach: float = 2.0
    continuation_gap: float = 1.2  # a wrapped cell sits closer than this below its row
    # a service's words and code printed over its amounts' row are at most this many
    # characters; a longer line is a sentence (read/row_leads.py)
    row_lead_max_chars: int = 100
    sample_rows: int = 12  # rows read to place columns where the values are
    max_heading_words: int = 5
    # --- which learned layout a notice is read with (fingerprint.py, learned.py)
    # a notice matches a layout of its payer when this much of its fingerprint fits: a
    # weighted share of the layout's label and heading words the notice prints
    # (``layout_found_weight``) and of the notice's words the layout knows (the rest);
    # scans of taught layouts score 0.75-1, other layouts' notices under 0.65
    layout_match: float = 0.7
    layout_found_weight: float = 0.75
    # ... and prints at least this share of the layout's words it prints in the layout's
    # order (another layout of the payer may print the same labels, in another order)
    layout_order_agreement: float = 0.6
    # a label word OCR misprinted still counts: one letter off in every this many letters
    # of the shorter word ("pationt" for "patient", not "pain" for "paid")
    layout_letters_per_edit: int = 5
    # a scanned cell whose words OCR read below this 0-100 confidence on average is specks
    # read as letters, not one of the notice's labels
    layout_min_word_conf: float = 40.0
    # a layout taught from a scan learns as its structure only labels OCR read this surely,
    # every word of them (a fax's specks and misread names are no structure of its layout)
    layout_taught_word_conf: float = 60.0
    # this many of the notice's value words in a row inside a label are a value printed in
    # it, not the layout's structure ("PATIENT MBEKI-ROWE, PERPETUA SUBSCRIBER #" is
    # "patient subscriber"); fewer stay part of the label
    layout_label_name_run: int = 2
    # the date forms of digits only a layout may learn its notices print ("121925"), as
    # strftime formats; read only where the layout learned them (learned_forms.py)
    layout_date_forms: tuple[str, ...] = ("%m%d%y", "%m%d%Y", "%Y%m%d")
    # a learned layout's reading is dropped whole only when, after its claims that miss
    # their printed billed total took the readers' reading of them (learned_claims.py),
    # more than this share of its claims that print a total still miss it, and more of
    # them than of the readers' reading (0: any claim more than the readers' reading)
    layout_drop_share: float = 0.0
