"""The shapes of procedure and diagnosis codes, written once.

The reader (``read/normalize.py``) finds codes of these shapes on a notice, and the
knowledge base (``knowledge/codes.py``) checks that each code of its lactation code table
has its system's shape; both build their regular expressions from these strings.
"""

from __future__ import annotations

# CPT: five digits, or four digits and F (performance measures), T (emerging technology)
# or U (laboratory): 99401, 0500F
CPT = r"\d{4}[0-9FTU]"

# HCPCS Level II: a letter and four digits. Its sections begin A-E, G, H, J-M, P-V: no code
# begins F, I, N or O, which begin ICD-10-CM diagnoses ("O9213" printed without its dot is
# O92.13)
HCPCS = r"[A-EGHJ-MP-V]\d{4}"

# ICD-10-CM: a category of three characters (a letter, a digit, a digit or letter), then up
# to four characters after the dot: Z39, Z39.1, O92.70
ICD10_CATEGORY = r"[A-Z]\d[0-9A-Z]"
ICD10_SUBCATEGORY = r"[0-9A-Z]{1,4}"

# a code as the code table writes it (ICD-10-CM with its dot)
ICD10 = rf"{ICD10_CATEGORY}(?:\.{ICD10_SUBCATEGORY})?"

# by the code system names of codes/lactation_codes.csv
BY_SYSTEM = {"cpt": CPT, "hcpcs": HCPCS, "icd10": ICD10}
