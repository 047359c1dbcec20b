"""Read: an insurer document (PDF, scan, photo, 835) -> ParseResult."""
