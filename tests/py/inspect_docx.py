"""Reads a DOCX with python-docx and prints what a real reader sees, as JSON.

Used by tests/real_readers.rs: python-docx must open every exported file and find the
text, fonts, sizes and margins we claim. Sizes are resolved through the style chain.
"""
import json
import sys

import docx
from docx.shared import Length


def resolved(attr_path, paragraph, run=None):
    """First non-None value of a font attribute on the run, then the paragraph style chain."""
    if run is not None:
        v = getattr(run.font, attr_path)
        if v is not None:
            return v
    style = paragraph.style
    while style is not None:
        v = getattr(style.font, attr_path)
        if v is not None:
            return v
        style = style.base_style
    return None


def describe_paragraph(p):
    runs = []
    for r in p.runs:
        size = resolved("size", p, r)
        runs.append(
            {
                "text": r.text,
                "bold": bool(resolved("bold", p, r)),
                "italic": bool(resolved("italic", p, r)),
                "underline": bool(resolved("underline", p, r)),
                "size_pt": size.pt if size is not None else None,
                "font": resolved("name", p, r),
            }
        )
    fmt = p.style.paragraph_format
    indent = fmt.first_line_indent
    return {
        "text": p.text,
        "style": p.style.name,
        "style_id": p.style.style_id,
        "alignment": str(fmt.alignment) if fmt.alignment is not None else None,
        "first_line_indent_mm": round(Length(indent).mm, 1) if indent is not None else None,
        "line_spacing_pt": fmt.line_spacing.pt if hasattr(fmt.line_spacing, "pt") else fmt.line_spacing,
        "line_rule": str(fmt.line_spacing_rule) if fmt.line_spacing_rule is not None else None,
        "space_before_pt": fmt.space_before.pt if fmt.space_before is not None else None,
        "runs": runs,
    }


def main(path):
    d = docx.Document(path)
    s = d.sections[0]
    out = {
        "page_width_mm": round(s.page_width.mm, 1),
        "page_height_mm": round(s.page_height.mm, 1),
        "margins_mm": {
            "top": round(s.top_margin.mm, 1),
            "bottom": round(s.bottom_margin.mm, 1),
            "left": round(s.left_margin.mm, 1),
            "right": round(s.right_margin.mm, 1),
        },
        "header_distance_mm": round(s.header_distance.mm, 1),
        "different_first_page": s.different_first_page_header_footer,
        "default_header_text": "".join(p.text for p in s.header.paragraphs),
        "first_header_text": "".join(p.text for p in s.first_page_header.paragraphs),
        "default_font": d.styles["Normal"].font.name if "Normal" in [st.name for st in d.styles] else None,
        "paragraphs": [describe_paragraph(p) for p in d.paragraphs],
        "tables": [
            [[[describe_paragraph(p) for p in cell.paragraphs] for cell in row.cells] for row in t.rows]
            for t in d.tables
        ],
    }
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
