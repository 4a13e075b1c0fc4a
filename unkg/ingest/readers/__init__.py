"""The readers, one module per source format, side by side; each has one public verb:

- :func:`unkg.ingest.readers.akn.read_akn`: AKN4UN XML (the UN's own markup) -> a Record;
- :func:`unkg.ingest.readers.text.read_text`: plain text (a PDF-to-text conversion) -> a Record;
- :func:`unkg.ingest.readers.pdf.read_pdf`: an official PDF, read with its layout -> a Record;
- :func:`unkg.ingest.readers.extract.read_extract`: the UN's data_extract JSON lines -> WorkMetadata.

The text and PDF readers hand a Source to the shared parse (:mod:`unkg.ingest.parse`); the AKN reader
reads its markup itself. Both feed the one numbering engine (:mod:`unkg.ingest.numbering`), which
gives every paragraph its id. ``unkg.ingest.read`` picks the reader by file type.
"""
