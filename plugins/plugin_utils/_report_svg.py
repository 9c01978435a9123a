# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""Small inline SVG charts for the HTML drift report, drawn here (no charting library at run time).

Colours come from CSS classes (``c-<name>`` for bars, ``s-<name>`` for a line's series) in the page's style
sheet; every text is escaped.
"""

from __future__ import annotations

from html import escape

_BAR_HEIGHT = 18
_BAR_GAP = 6
_LABEL_WIDTH = 110
_BAR_WIDTH = 220


def bar_chart(title, items):
    """Horizontal bars: items are (label, count, css name); the longest bar is the largest count."""
    largest = max([item[1] for item in items] + [1])
    height = len(items) * (_BAR_HEIGHT + _BAR_GAP) + _BAR_GAP
    width = _LABEL_WIDTH + _BAR_WIDTH + 60
    parts = ['<svg class="chart" role="img" width="%d" height="%d" viewBox="0 0 %d %d"><title>%s</title>'
             % (width, height, width, height, escape(title))]
    for index, (label, count, css) in enumerate(items):
        top = _BAR_GAP + index * (_BAR_HEIGHT + _BAR_GAP)
        length = round(_BAR_WIDTH * count / largest) if count else 0
        parts.append('<text x="%d" y="%d" text-anchor="end">%s</text>'
                     % (_LABEL_WIDTH - 6, top + _BAR_HEIGHT - 5, escape(label)))
        parts.append('<rect class="c-%s" x="%d" y="%d" width="%d" height="%d"></rect>'
                     % (escape(css), _LABEL_WIDTH, top, max(length, 1), _BAR_HEIGHT))
        parts.append('<text x="%d" y="%d">%d</text>' % (_LABEL_WIDTH + length + 5, top + _BAR_HEIGHT - 5, count))
    parts.append("</svg>")
    return "".join(parts)


def line_chart(title, labels, series, width=560, height=190):
    """Lines over runs (x: labels, oldest first); series are (name, css name, values). None values are gaps."""
    left, right, top, bottom = 40, 10, 10, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    values = [v for line in series for v in line[2] if v is not None]
    largest = max(values + [1])
    step = plot_w / max(len(labels) - 1, 1)

    def point(index, value):
        return left + (index * step if len(labels) > 1 else plot_w / 2), top + plot_h - plot_h * value / largest

    parts = ['<svg class="chart" role="img" width="%d" height="%d" viewBox="0 0 %d %d"><title>%s</title>'
             % (width, height, width, height, escape(title))]
    for tick in sorted({0, largest // 2, largest}):
        y = top + plot_h - plot_h * tick / largest
        parts.append('<line class="grid" x1="%d" y1="%.1f" x2="%d" y2="%.1f"></line><text x="%d" y="%.1f" '
                     'text-anchor="end">%d</text>' % (left, y, left + plot_w, y, left - 4, y + 4, tick))
    longest = max([len(label) for label in labels] + [1])
    fits = max(2, int(plot_w // ((longest * 7 + 12) * 1.5)))  # labels that fit under the axis, with room
    every = max(1, -(-len(labels) // fits))
    for index, label in enumerate(labels):
        if (len(labels) - 1 - index) % every:  # counted from the newest run, which is always labelled
            continue
        anchor = "start" if index == 0 and len(labels) > 1 else ("end" if index == len(labels) - 1 else "middle")
        parts.append('<text x="%.1f" y="%d" text-anchor="%s">%s</text>'
                     % (point(index, 0)[0], top + plot_h + 16, anchor if len(labels) > 1 else "middle",
                        escape(label)))
    for name, css, vals in series:
        coords = [point(i, v) for i, v in enumerate(vals) if v is not None]
        if len(coords) > 1:
            parts.append('<polyline class="s-%s" points="%s"></polyline>'
                         % (escape(css), " ".join("%.1f,%.1f" % xy for xy in coords)))
        parts.extend('<circle class="s-%s" cx="%.1f" cy="%.1f" r="3"><title>%s: %d</title></circle>'
                     % (escape(css), x, y, escape(name), v)
                     for (x, y), v in zip(coords, [v for v in vals if v is not None]))
    legend_x = left
    for name, css in [line[:2] for line in series]:
        parts.append('<rect class="s-%s" x="%d" y="%d" width="10" height="10"></rect><text x="%d" y="%d">%s</text>'
                     % (escape(css), legend_x, height - 12, legend_x + 14, height - 3, escape(name)))
        legend_x += 14 + 8 * len(name) + 16
    parts.append("</svg>")
    return "".join(parts)
