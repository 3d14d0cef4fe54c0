"""Server-rendered SVG bar charts (no JavaScript): the public statistics page
and the admin dashboard draw the same way. The numbers always appear in a
table beside the chart as its text alternative."""

from dataclasses import dataclass
from xml.sax.saxutils import escape


@dataclass
class Bar:
    label: str
    value: float | None
    caption: str  # the value as shown to people


def bar_chart(bars, *, title, max_value=None, width=720, height=260, unit=""):
    """An SVG <svg role="img"> with a <title>; bars scaled to max_value."""
    left, bottom, top = 44, 40, 16
    plot_h = height - bottom - top
    values = [b.value for b in bars if b.value is not None]
    peak = max_value or (max(values) if values else 1) or 1
    step = (width - left - 8) / max(len(bars), 1)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
             f'role="img" aria-labelledby="chart-title" focusable="false">',
             f'<title id="chart-title">{escape(title)}</title>',
             f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 4}" y2="{top + plot_h}" '
             'stroke="#555" stroke-width="1"/>']
    for fraction in (0, 0.5, 1):
        y = top + plot_h * (1 - fraction)
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" font-size="11" text-anchor="end" '
                     f'fill="#333">{escape(_tick(peak * fraction))}{escape(unit)}</text>')
    label_every = max(1, len(bars) // 12)
    for index, bar in enumerate(bars):
        x = left + index * step + step * 0.15
        if bar.value is not None:
            bar_h = plot_h * max(0.0, min(bar.value / peak, 1.0))
            parts.append(f'<rect x="{x:.1f}" y="{top + plot_h - bar_h:.1f}" '
                         f'width="{step * 0.7:.1f}" height="{bar_h:.1f}" fill="#0b5394">'
                         f'<title>{escape(bar.label)}: {escape(bar.caption)}</title></rect>')
        if index % label_every == 0:
            parts.append(f'<text x="{x + step * 0.35:.1f}" y="{height - bottom + 16}" '
                         f'font-size="11" text-anchor="middle" fill="#333">'
                         f'{escape(bar.label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _tick(value):
    return f"{value:.0f}"
