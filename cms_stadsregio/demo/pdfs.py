"""Small text PDFs for the demo documents, written by hand so that seeding needs no network and
no PDF library: one A4 page in Helvetica, with a title, the document language and real text."""

import textwrap


def _escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _encode(text):
    # WinAnsiEncoding is close enough to cp1252 for Dutch text (é, ë, ’, €).
    return _escape(text).encode("cp1252", errors="replace")


def text_pdf(title, paragraphs):
    """A one-page PDF with `title` as heading and metadata, followed by `paragraphs`."""
    lines = [(18, title), (11, "")]
    for paragraph in paragraphs:
        lines.extend((11, line) for line in textwrap.wrap(paragraph, 85))
        lines.append((11, ""))
    stream = b"BT\n72 770 Td\n"
    for size, line in lines:
        stream += b"/F1 %d Tf\n0 -%d Td\n(" % (size, size + 6) + _encode(line) + b") Tj\n"
    stream += b"ET\n"

    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Lang (nl-BE) >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
        ),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        b"<< /Title (" + _encode(title) + b") /Producer (Stadsregio Turnhout demo) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return out
