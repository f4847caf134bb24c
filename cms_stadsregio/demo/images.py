"""Illustrations for the demo site, drawn with Pillow so that seeding needs no network.

Every drawing has its alt text right next to it: when a drawing changes, its description must
change with it, because the description is what a screen reader user gets instead.
"""

import io
import math
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 675

INK = "#1d3557"
CREAM = "#f6f1e7"
SKY_TOP, SKY_BOTTOM = "#bcd9ea", "#eef5f9"
GRASS = "#7fb069"
TERRACOTTA = "#c8553d"
OCHRE = "#e0a458"
TEAL = "#1f7a8c"
GREEN = "#4c956c"
PLUM = "#6d597a"
BRICK = "#a4492f"
WHITE = "#ffffff"
GREY = "#8d99ae"


def _font(size):
    try:
        return ImageFont.load_default(size=size)
    except (AttributeError, OSError):  # Pillow without FreeType: a small bitmap font will do
        return ImageFont.load_default()


def _hex(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def _vertical_gradient(draw, box, top, bottom):
    x0, y0, x1, y1 = box
    top, bottom = _hex(top), _hex(bottom)
    height = max(y1 - y0, 1)
    for y in range(y0, y1):
        t = (y - y0) / height
        colour = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line([(x0, y), (x1, y)], fill=colour)


def _canvas(background=CREAM):
    image = Image.new("RGB", (WIDTH, HEIGHT), background)
    return image, ImageDraw.Draw(image)


def _sky_and_ground(draw, horizon, ground=GRASS):
    _vertical_gradient(draw, (0, 0, WIDTH, horizon), SKY_TOP, SKY_BOTTOM)
    draw.rectangle([0, horizon, WIDTH, HEIGHT], fill=ground)


def _tree(draw, x, ground_y, size=1.0, crown=GREEN):
    trunk_w, trunk_h = 18 * size, 70 * size
    draw.rectangle([x - trunk_w / 2, ground_y - trunk_h, x + trunk_w / 2, ground_y], fill="#7a5230")
    r = 60 * size
    draw.ellipse(
        [x - r, ground_y - trunk_h - 1.6 * r, x + r, ground_y - trunk_h + 0.3 * r], fill=crown
    )


def _pine(draw, x, ground_y, size=1.0):
    draw.rectangle([x - 7 * size, ground_y - 40 * size, x + 7 * size, ground_y], fill="#6b4423")
    for i, width in enumerate((70, 56, 40)):
        top = ground_y - (40 + 70 * (i + 1)) * size
        bottom = ground_y - (30 + 70 * i) * size
        draw.polygon(
            [(x - width * size, bottom), (x + width * size, bottom), (x, top)], fill="#2d6a4f"
        )


def _bicycle(draw, cx, cy, scale=1.0, colour=WHITE, width=8):
    r = 42 * scale
    back, front = (cx - 60 * scale, cy), (cx + 60 * scale, cy)
    for wx, wy in (back, front):
        draw.ellipse([wx - r, wy - r, wx + r, wy + r], outline=colour, width=width)
    pedal = (cx - 5 * scale, cy)
    seat = (cx - 25 * scale, cy - 60 * scale)
    bar = (cx + 40 * scale, cy - 65 * scale)
    draw.line([back, pedal, seat, back], fill=colour, width=width, joint="curve")
    draw.line([pedal, (cx + 30 * scale, cy - 55 * scale), seat], fill=colour, width=width)
    draw.line([(cx + 30 * scale, cy - 55 * scale), front], fill=colour, width=width)
    draw.line([(cx + 30 * scale, cy - 55 * scale), bar], fill=colour, width=width)
    draw.line(
        [(seat[0] - 15 * scale, seat[1]), (seat[0] + 15 * scale, seat[1])], fill=colour, width=width
    )


def draw_map():
    image, draw = _canvas("#e8f0f5")
    regions = [
        (
            "Beerse",
            "#e0a458",
            [(90, 140), (420, 90), (470, 300), (430, 420), (160, 470), (70, 320)],
            (250, 280),
        ),
        (
            "Turnhout",
            "#c8553d",
            [(420, 90), (760, 70), (820, 260), (700, 380), (470, 300)],
            (620, 210),
        ),
        (
            "Vosselaar",
            "#4c956c",
            [(160, 470), (430, 420), (470, 300), (700, 380), (640, 600), (260, 610)],
            (450, 500),
        ),
        (
            "Oud-Turnhout",
            "#1f7a8c",
            [(760, 70), (1110, 130), (1130, 480), (900, 590), (640, 600), (700, 380), (820, 260)],
            (920, 360),
        ),
    ]
    font = _font(38)
    for _name, colour, outline, _label in regions:
        draw.polygon(outline, fill=colour, outline=WHITE, width=6)
    for name, _colour, _outline, (x, y) in regions:
        box = draw.textbbox((0, 0), name, font=font)
        w, h = box[2] - box[0], box[3] - box[1]
        draw.rounded_rectangle(
            [x - w / 2 - 14, y - h / 2 - 12, x + w / 2 + 14, y + h / 2 + 14], 10, fill=WHITE
        )
        draw.text((x - w / 2, y - h / 2 - box[1]), name, font=font, fill=INK)
    return image


def draw_houses():
    image, draw = _canvas()
    _sky_and_ground(draw, 520)
    colours = [TERRACOTTA, OCHRE, "#f2cc8f", BRICK, "#e07a5f", "#d4a373"]
    x = 70
    for i, colour in enumerate(colours):
        width = 150
        top = 300 + (i % 2) * 30
        draw.rectangle([x, top, x + width, 520], fill=colour)
        draw.polygon(
            [(x - 12, top), (x + width + 12, top), (x + width / 2, top - 95)], fill="#5c3d2e"
        )
        draw.rectangle([x + 20, top + 35, x + 60, top + 85], fill="#fdf6e3", outline=INK, width=3)
        draw.rectangle([x + 90, top + 35, x + 130, top + 85], fill="#fdf6e3", outline=INK, width=3)
        draw.rectangle([x + 55, 440, x + 95, 520], fill=INK)
        x += width + 12
    _tree(draw, 1090, 520, 1.2)
    return image


def draw_bike_lane():
    image, draw = _canvas()
    _sky_and_ground(draw, 260)
    draw.polygon([(560, 260), (640, 260), (1050, HEIGHT), (150, HEIGHT)], fill="#b5483b")
    draw.line([(560, 260), (150, HEIGHT)], fill=WHITE, width=6)
    draw.line([(640, 260), (1050, HEIGHT)], fill=WHITE, width=6)
    _bicycle(draw, 600, 560, scale=1.3, width=9)
    for x, size in ((120, 0.9), (260, 0.6), (1000, 1.0), (880, 0.55)):
        _tree(draw, x, 300 + 120 * size, size)
    return image


def draw_bus():
    image, draw = _canvas()
    _sky_and_ground(draw, 470, ground="#c9c9c9")
    draw.rectangle([0, 560, WIDTH, HEIGHT], fill="#9a9a9a")
    draw.rounded_rectangle([160, 250, 860, 520], 30, fill="#ffd23f")
    for i in range(5):
        x = 200 + i * 110
        draw.rounded_rectangle([x, 285, x + 85, 380], 8, fill="#bde0fe", outline=INK, width=3)
    draw.rectangle([780, 285, 840, 500], fill="#bde0fe", outline=INK, width=3)
    for wx in (300, 720):
        draw.ellipse([wx - 50, 470, wx + 50, 570], fill="#333333")
        draw.ellipse([wx - 20, 500, wx + 20, 540], fill=GREY)
    draw.rectangle([985, 240, 995, 560], fill=GREY)
    draw.ellipse([940, 170, 1040, 270], fill=WHITE, outline=INK, width=6)
    draw.text((990, 220), "H", font=_font(52), fill=INK, anchor="mm")
    return image


def draw_reuse_cycle():
    image, draw = _canvas("#eef6f0")
    cx, cy, r = WIDTH / 2, HEIGHT / 2, 230
    for start in (0, 120, 240):
        draw.arc([cx - r, cy - r, cx + r, cy + r], start + 10, start + 100, fill=GREEN, width=34)
        angle = math.radians(start + 100)
        tip = (cx + r * math.cos(angle), cy + r * math.sin(angle))
        direction = angle + math.pi / 2
        left = (tip[0] + 45 * math.cos(direction - 2.6), tip[1] + 45 * math.sin(direction - 2.6))
        right = (tip[0] + 45 * math.cos(direction + 2.6), tip[1] + 45 * math.sin(direction + 2.6))
        point = (tip[0] + 45 * math.cos(direction), tip[1] + 45 * math.sin(direction))
        draw.polygon([left, point, right], fill=GREEN)
    wood = "#b07d4f"
    draw.rectangle([cx - 70, cy - 120, cx + 70, cy - 100], fill=wood)
    draw.rectangle([cx - 70, cy - 120, cx - 50, cy + 10], fill=wood)
    draw.rectangle([cx + 50, cy - 120, cx + 70, cy + 10], fill=wood)
    draw.rectangle([cx - 80, cy, cx + 80, cy + 25], fill=wood)
    for x in (cx - 75, cx + 55):
        draw.rectangle([x, cy + 25, x + 20, cy + 120], fill=wood)
    return image


def draw_city_plan():
    image, draw = _canvas("#ede6d6")
    draw.polygon([(0, 470), (WIDTH, 380), (WIDTH, 440), (0, 530)], fill="#6fa8dc")
    for x in range(40, WIDTH, 190):
        for y in range(40, HEIGHT, 150):
            if (x // 190 + y // 150) % 4 == 1:
                draw.rounded_rectangle([x, y, x + 150, y + 110], 12, fill="#95c47e")
            elif not (360 < y + 55 < 560):
                draw.rounded_rectangle([x, y, x + 150, y + 110], 6, fill="#d9a679")
    for x in range(20, WIDTH, 190):
        draw.line([(x, 0), (x, HEIGHT)], fill=WHITE, width=12)
    for y in range(20, HEIGHT, 150):
        draw.line([(0, y), (WIDTH, y)], fill=WHITE, width=12)
    return image


def draw_heritage():
    image, draw = _canvas()
    _sky_and_ground(draw, 600, ground="#b7b7a4")
    left, right, base = 330, 870, 600
    steps = [
        (left, 240),
        (left + 60, 240),
        (left + 60, 180),
        (left + 120, 180),
        (left + 120, 120),
        (left + 180, 120),
        (left + 180, 70),
        (right - 180, 70),
        (right - 180, 120),
        (right - 120, 120),
        (right - 120, 180),
        (right - 60, 180),
        (right - 60, 240),
        (right, 240),
    ]
    draw.polygon([*steps, (right, base), (left, base)], fill=BRICK)
    for row in range(260, base, 28):
        draw.line([(left, row), (right, row)], fill="#8c3b26", width=2)
    for x in (390, 560, 730):
        draw.rectangle([x, 330, x + 80, 470], fill="#f1e3c6")
        draw.pieslice([x, 290, x + 80, 370], 180, 360, fill="#f1e3c6")
        draw.line([(x + 40, 290), (x + 40, 470)], fill="#5c3d2e", width=4)
    draw.rectangle([560, 500, 640, base], fill="#5c3d2e")
    draw.pieslice([560, 460, 640, 540], 180, 360, fill="#5c3d2e")
    return image


def draw_laptop():
    image, draw = _canvas("#e9eef7")
    draw.rounded_rectangle([300, 110, 900, 480], 24, fill="#2b2d42")
    draw.rectangle([330, 140, 870, 450], fill=WHITE)
    draw.polygon([(220, 500), (980, 500), (1040, 560), (160, 560)], fill="#8d99ae")
    draw.rectangle([220, 480, 980, 500], fill="#5f6b80")
    draw.rounded_rectangle([380, 180, 660, 260], 20, fill=TEAL)
    draw.polygon([(420, 260), (450, 260), (410, 290)], fill=TEAL)
    draw.rounded_rectangle([540, 300, 820, 380], 20, fill=OCHRE)
    draw.polygon([(770, 380), (800, 380), (810, 410)], fill=OCHRE)
    draw.polygon(
        [(700, 390), (700, 440), (712, 428), (722, 450), (730, 446), (720, 424), (737, 424)],
        fill=INK,
    )
    return image


def draw_meeting_table():
    image, draw = _canvas("#f3efe6")
    cx, cy = WIDTH / 2, HEIGHT / 2
    for i in range(8):
        angle = 2 * math.pi * i / 8
        x, y = cx + 255 * math.cos(angle), cy + 255 * math.sin(angle)
        draw.ellipse([x - 45, y - 45, x + 45, y + 45], fill=[TEAL, OCHRE, GREEN, TERRACOTTA][i % 4])
    draw.ellipse([cx - 200, cy - 200, cx + 200, cy + 200], fill="#c69c6d")
    for dx, dy, tilt in ((-90, -40, 8), (40, 30, -12), (-20, 90, 20)):
        corners = [(-40, -55), (40, -55), (40, 55), (-40, 55)]
        angle = math.radians(tilt)
        points = [
            (
                cx + dx + px * math.cos(angle) - py * math.sin(angle),
                cy + dy + px * math.sin(angle) + py * math.cos(angle),
            )
            for px, py in corners
        ]
        draw.polygon(points, fill=WHITE, outline=GREY)
    return image


def draw_newsletter():
    image, draw = _canvas("#fbe9d0")
    draw.polygon([(330, 90), (870, 60), (900, 600), (360, 630)], fill="#e2d4c0")
    draw.rectangle([340, 70, 860, 610], fill=WHITE, outline=GREY, width=3)
    draw.rectangle([340, 70, 860, 170], fill=TERRACOTTA)
    draw.text((600, 120), "Woonlabo", font=_font(56), fill=WHITE, anchor="mm")
    draw.rectangle([400, 260, 520, 360], fill=OCHRE)
    draw.polygon([(385, 260), (535, 260), (460, 200)], fill=BRICK)
    draw.rectangle([445, 310, 475, 360], fill=INK)
    for y in range(210, 380, 30):
        draw.line([(570, y), (810, y)], fill="#c0c0c0", width=10)
    for y in range(420, 580, 30):
        draw.line([(400, y), (810, y)], fill="#c0c0c0", width=10)
    return image


def draw_group():
    image, draw = _canvas()
    _sky_and_ground(draw, 540, ground="#d8d2c4")
    draw.rectangle([150, 150, 1050, 540], fill="#cdb4a0")
    for x in range(200, 1000, 140):
        draw.rectangle([x, 200, x + 90, 300], fill="#eef5f9", outline=INK, width=3)
    colours = [TEAL, TERRACOTTA, GREEN, OCHRE, PLUM, "#457b9d", "#e07a5f"]
    for i, colour in enumerate(colours):
        x = 180 + i * 140
        draw.rounded_rectangle([x - 45, 420, x + 45, 640], 40, fill=colour)
        draw.ellipse([x - 35, 340, x + 35, 410], fill="#f1c8a8" if i % 2 else "#8d5b3e")
    return image


def draw_landscape():
    image, draw = _canvas()
    _sky_and_ground(draw, 380, ground="#9c7fb0")
    for row, y in enumerate(range(400, HEIGHT, 45)):
        for x in range(-40 + (row % 2) * 45, WIDTH, 90):
            wobble = (x * 37 + y * 11) % 23
            draw.ellipse([x, y + wobble, x + 50 + wobble, y + 22 + wobble], fill="#7d5ba6")
    draw.polygon([(520, 380), (680, 380), (900, HEIGHT), (300, HEIGHT)], fill="#e9d8a6")
    for x, size in ((90, 1.3), (230, 1.0), (360, 0.8), (820, 0.9), (960, 1.2), (1110, 1.0)):
        _pine(draw, x, 390 + 30 * size, size)
    return image


@dataclass(frozen=True)
class DemoImage:
    key: str
    title: str
    description: str
    draw: object

    def render(self):
        buffer = io.BytesIO()
        self.draw().save(buffer, format="PNG", optimize=True)
        return buffer.getvalue()


DEMO_IMAGES = [
    DemoImage(
        "kaart",
        "Kaart van de stadsregio",
        "Gestileerde kaart met vier aangrenzende gekleurde vlakken met de namen Beerse, Turnhout, "
        "Vosselaar en Oud-Turnhout.",
        draw_map,
    ),
    DemoImage(
        "huizen",
        "Rij huizen",
        "Tekening van een rij van zes huizen met puntdaken in warme kleuren en een boom ernaast.",
        draw_houses,
    ),
    DemoImage(
        "fietspad",
        "Fietspad",
        "Tekening van een rood fietspad met een wit fietssymbool dat tussen groene velden en "
        "bomen naar de horizon loopt.",
        draw_bike_lane,
    ),
    DemoImage(
        "bus",
        "Bus aan de halte",
        "Tekening van een gele bus naast een rond haltebord met de letter H.",
        draw_bus,
    ),
    DemoImage(
        "kringloop",
        "Hergebruik",
        "Drie groene pijlen die samen een cirkel vormen rond een houten stoel, als symbool voor "
        "hergebruik.",
        draw_reuse_cycle,
    ),
    DemoImage(
        "stadsplan",
        "Stadsplan",
        "Bovenaanzicht van een gestileerd stadsplan met witte straten, bouwblokken, groene "
        "parken en een blauwe waterloop.",
        draw_city_plan,
    ),
    DemoImage(
        "erfgoed",
        "Historische gevel",
        "Tekening van een bakstenen gevel met een trapgevel, drie rondboogramen en een deur.",
        draw_heritage,
    ),
    DemoImage(
        "digitaal",
        "Laptop",
        "Tekening van een opengeklapte laptop met op het scherm twee tekstballonnen en een "
        "muisaanwijzer.",
        draw_laptop,
    ),
    DemoImage(
        "overleg",
        "Overleg rond de tafel",
        "Bovenaanzicht van een ronde tafel met drie vellen papier, omringd door acht gekleurde "
        "stoelen.",
        draw_meeting_table,
    ),
    DemoImage(
        "woonlabo",
        "Nieuwsbrief Woonlabo",
        "Tekening van een nieuwsbrief met de titel Woonlabo, een huisje op de voorpagina en grijze "
        "tekstlijnen.",
        draw_newsletter,
    ),
    DemoImage(
        "groep",
        "Groep mensen",
        "Zeven gestileerde figuren in verschillende kleuren die naast elkaar staan voor een "
        "gebouw met ramen.",
        draw_group,
    ),
    DemoImage(
        "landschap",
        "Kempens landschap",
        "Tekening van een Kempens landschap met dennenbomen, paarse heide en een zandpad.",
        draw_landscape,
    ),
]
