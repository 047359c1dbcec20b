"""Write: a Case -> letters (.docx, and on request PDF and a fax packet)."""
