"""A figure's chart: horizontal bars as SVG, laid out here and drawn by a template.

Made on the server with a template rather than a chart library: the SVG is small, needs no
JavaScript, prints, and is exactly what we want for accessibility. The chart repeats the table
that follows it, which is what a screen reader reads (the SVG is hidden from it). Colour is never
the only cue: each series has its own pattern and a legend, and every bar carries its number as
text at its end. The bars are drawn to scale in percentages of the chart's width, so that the
text keeps its size on a phone and on a desktop; each row's label is above its bar, so that the
bar gets the whole width, and the legend is HTML, so that it wraps.
"""

from cms_stadsregio.content.figures.formatting import figure_value

LABEL_HEIGHT = 22
BAR_HEIGHT = 18
ROW_GAP = 14
# The longest bar, in percent of the width: the rest is room for its number.
LONGEST_BAR = 75
# Fills and patterns of the series, in order (defined in the chart template): a dark solid, a
# hatched, a dotted and a light solid fill, each with a dark outline (3:1 against white).
SERIES_STYLES = ("solid", "hatch", "dots", "light")


def _number(value):
    return float(value or 0)


def bar_chart(table):
    """The geometry of `table`'s chart, or None when it has nothing to draw."""
    keys = list(table.chart)
    rows = [row for row in table.rows if not row.total]
    if not keys or not rows:
        return None
    series = [
        {"key": key, "label": table.column(key).label, "style": SERIES_STYLES[index % 4]}
        for index, key in enumerate(keys)
    ]
    if table.stacked:
        largest = max(sum(_number(row.values.get(key)) for key in keys) for row in rows)
    else:
        largest = max(_number(row.values.get(key)) for row in rows for key in keys)
    scale = LONGEST_BAR / largest if largest else 0
    y = 0
    drawn = []
    for row in rows:
        item = {"label": row.label, "label_y": y + 16, "bars": []}
        y += LABEL_HEIGHT
        if table.stacked:
            x = 0.0
            segments = []
            for serie in series:
                value = _number(row.values.get(serie["key"]))
                width = value * scale
                if width:
                    segments.append(
                        {"x": round(x, 2), "width": round(width, 2), "style": serie["style"]}
                    )
                x += width
            # The total; the parts are told by the patterns, the legend and the table.
            total = sum(row.values.get(serie["key"]) or 0 for serie in series)
            text = figure_value(total, table.column(keys[0]).kind)
            item["bars"].append({"y": y, "segments": segments, "text": text, "text_x": round(x, 2)})
            y += BAR_HEIGHT + 4
        else:
            for serie in series:
                value = row.values.get(serie["key"])
                width = _number(value) * scale
                segments = (
                    [{"x": 0, "width": round(width, 2), "style": serie["style"]}] if width else []
                )
                text = figure_value(value, table.column(serie["key"]).kind)
                item["bars"].append(
                    {"y": y, "segments": segments, "text": text, "text_x": round(width, 2)}
                )
                y += BAR_HEIGHT + 4
        drawn.append(item)
        y += ROW_GAP
    return {
        "height": y,
        "bar_height": BAR_HEIGHT,
        "rows": drawn,
        "series": series if len(series) > 1 else [],
    }
