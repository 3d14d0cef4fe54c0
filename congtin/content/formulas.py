"""LaTeX formulas rendered to MathML on the server (Đ.7.1.a: "công thức").

MathML needs no script in the reader's browser and is read aloud by screen
readers, unlike an image of a formula.
"""

from functools import lru_cache

import latex2mathml.converter

MAX_LATEX_LENGTH = 5000


class FormulaError(ValueError):
    pass


@lru_cache(maxsize=2048)
def latex_to_mathml(latex, display=False):
    """Return MathML for `latex`, or raise FormulaError with a readable message."""
    latex = (latex or "").strip()
    if not latex:
        raise FormulaError("Công thức đang trống.")
    if len(latex) > MAX_LATEX_LENGTH:
        raise FormulaError(f"Công thức quá dài (tối đa {MAX_LATEX_LENGTH} ký tự).")
    if latex.count("{") != latex.count("}"):
        raise FormulaError("Công thức thiếu dấu ngoặc { hoặc }.")
    try:
        return latex2mathml.converter.convert(latex, display="block" if display else "inline")
    except Exception as error:  # latex2mathml raises many kinds on bad input
        raise FormulaError(f"Không đọc được công thức LaTeX: {error}") from error
