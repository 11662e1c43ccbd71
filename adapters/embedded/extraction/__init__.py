"""Text extraction on this machine: content-type sniffing, PDF/DOCX/plain-text readers, OCR
with Tesseract, and the guards that turn hostile or broken files into clear rejections."""
