"""The reasons a person reads when a document is refused: what is wrong, and what to do."""
from __future__ import annotations

WITH_TEXT = "upload a PDF or Word document with selectable text"

PDF_ENCRYPTED = "the PDF is encrypted: remove the password and upload it again"
PDF_DAMAGED = ("the PDF is damaged and cannot be read: "
               "export or save it as PDF again and upload the new file")
DOCX_DAMAGED = ("the Word document is damaged and cannot be read: "
                "open it in Word, save it again as .docx and upload the new file")
DOCX_TOO_BIG_INSIDE = ("the Word document unpacks to far more data than a resume holds "
                       "(possibly a zip bomb): save it again as .docx or export it as PDF")
IMAGE_DAMAGED = "the image is damaged and cannot be read: upload the scan again"
TEXT_UNREADABLE = "the text file is not in a readable encoding: save it as UTF-8 and upload it again"
NO_TEXT_IN_IMAGE = f"no text found in the image: upload a sharper scan, or {WITH_TEXT}"
NO_TEXT_IN_PDF = f"no text found in the PDF: upload a sharper scan, or {WITH_TEXT}"
NOT_WRITING = ("the file holds no readable words: it may be damaged, or another kind of file than "
               "its name says; open it, save or export it as PDF or Word and upload that file")
NO_TEXT_IN_DOCUMENT = "no text found in the document: check that it is the right file"
NO_TEXT_OCR_MISSING = f"no text found and OCR is not installed: {WITH_TEXT}"
OCR_TIMED_OUT = f"reading the scanned text took too long: {WITH_TEXT}"
READER_CRASHED = ("the document could not be read (it stopped the reader): "
                  "export or save it as PDF again and upload the new file")
TOO_MUCH_MEMORY = ("the document needs more memory to read than a resume should: "
                   "export or save it as PDF again and upload the new file")
UNSUPPORTED_TYPE = "this type of file cannot be read: upload a PDF, Word, text or image file"


def pdf_too_many_pages(pages: int, cap: int) -> str:
    return (f"the PDF has {pages} pages, more than the {cap} a resume may have: "
            "upload only the resume's pages")


def image_too_large(cap: int) -> str:
    return (f"the image has more than {cap / 1_000_000:g} million pixels, "
            "more than a scan needs: scan it again at 300 dpi")


def took_too_long(seconds: float) -> str:
    return (f"the document took more than {seconds:g} seconds to read: "
            "export or save it as PDF again and upload the new file")


def pdf_page_too_complex(size: int, cap: int) -> str:
    return (f"a page of the PDF holds {size / 1_000_000:.0f} MB of drawing instructions, more than the "
            f"{cap / 1_000_000:g} MB a resume page needs: print or export it as PDF again and upload the new file")


def pdf_too_complex(cap: int) -> str:
    return (f"the PDF's pages hold more than {cap / 1_000_000:g} MB of drawing instructions, far more "
            "than a resume needs: print or export it as PDF again and upload the new file")


def pdf_page_took_too_long(seconds: float) -> str:
    return (f"a page of the PDF took more than {seconds:g} seconds to read: "
            "print or export it as PDF again and upload the new file")
