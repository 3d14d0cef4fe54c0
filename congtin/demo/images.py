"""Pictures for the demo, drawn with Pillow so the demo needs no network and
carries no third-party photos.

Each scene is an abstract, calm composition (gradients and simple shapes in
its own palette) that suggests a theme: a market, a factory, power lines…
No text is drawn into them, since text in pictures can neither be read aloud
nor translated (Circular 32/2017 Art. 18); the emblem holds none either. Scenes are drawn at twice their size and
scaled down, which smooths the edges.
"""

import io
import math
import random

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw

WIDTH, HEIGHT = 1200, 675
SCALE = 2  # supersampling factor


# --- drawing helpers -----------------------------------------------------------

def _gradient(size, top, bottom):
    """A vertical gradient from colour `top` to colour `bottom`."""
    mask = Image.linear_gradient("L").resize(size)
    return Image.composite(Image.new("RGBA", size, bottom), Image.new("RGBA", size, top), mask)


def _overlay(canvas, paint):
    """Draw with transparency: `paint(draw)` on a clear layer, then blend it in."""
    layer = Image.new("RGBA", canvas.size, (0, 0, 0, 0))
    paint(ImageDraw.Draw(layer))
    canvas.alpha_composite(layer)


def _circle(draw, cx, cy, r, fill):
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=fill)


def _star_points(cx, cy, outer, inner, points=5, rotation=-math.pi / 2):
    result = []
    for i in range(points * 2):
        radius = outer if i % 2 == 0 else inner
        angle = rotation + i * math.pi / points
        result.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return result


def _hills(draw, w, base, amplitude, wavelength, phase, fill):
    points = [(x, base + amplitude * math.sin(x / wavelength + phase)) for x in range(0, w + 40, 40)]
    draw.polygon(points + [(w, 10**5), (0, 10**5)], fill=fill)


# --- scenes --------------------------------------------------------------------
# Each painter draws on an RGBA canvas of size (w, h) and may use `rng`
# for small variations, so a scene looks the same on every run.

def _market(canvas, rng):
    w, h = canvas.size
    draw = ImageDraw.Draw(canvas)
    stripes = [(214, 69, 65), (250, 244, 230)]
    stall_w = w // 4
    for stall in range(4):
        x0 = stall * stall_w
        for i in range(8):
            colour = stripes[(i + stall) % 2]
            draw.rectangle((x0 + i * stall_w / 8, h * 0.08, x0 + (i + 1) * stall_w / 8, h * 0.26),
                           fill=colour)
        for i in range(8):
            cx = x0 + (i + 0.5) * stall_w / 8
            _circle(draw, cx, h * 0.26, stall_w / 16, stripes[(i + stall) % 2])
        draw.rectangle((x0 + 20, h * 0.62, x0 + stall_w - 20, h), fill=(139, 94, 60))
        produce = [(237, 125, 49), (112, 173, 71), (255, 192, 0), (192, 0, 0), (146, 208, 80)]
        for row in range(3):
            for col in range(5):
                colour = produce[(row + col + stall) % len(produce)]
                cx = x0 + 70 + col * (stall_w - 140) / 4
                cy = h * 0.55 - row * 55 + rng.uniform(-6, 6)
                _circle(draw, cx, cy, 42, colour)


def _tet(canvas, rng):
    w, h = canvas.size
    draw = ImageDraw.Draw(canvas)
    branch = (92, 58, 33)
    for start in [(0, h * 0.25), (w, h * 0.15)]:
        x, y = start
        direction = 1 if x == 0 else -1
        for _ in range(9):
            nx, ny = x + direction * rng.uniform(120, 220), y + rng.uniform(-50, 70)
            draw.line((x, y, nx, ny), fill=branch, width=18)
            for _ in range(3):
                fx, fy = nx + rng.uniform(-60, 60), ny + rng.uniform(-60, 60)
                for k in range(5):
                    angle = k * 2 * math.pi / 5
                    _circle(draw, fx + 22 * math.cos(angle), fy + 22 * math.sin(angle), 20,
                            (255, 205, 40))
                _circle(draw, fx, fy, 10, (230, 120, 20))
            x, y = nx, ny
    for i, colour in enumerate([(255, 215, 0), (200, 30, 40), (240, 180, 20), (170, 20, 30)]):
        x0 = w * 0.22 + i * 330
        y0 = h * 0.62 - (i % 2) * 80
        draw.rectangle((x0, y0, x0 + 280, h * 0.95), fill=colour)
        ribbon = (200, 30, 40) if colour[1] > 100 else (255, 215, 0)
        draw.rectangle((x0 + 120, y0, x0 + 160, h * 0.95), fill=ribbon)
        draw.rectangle((x0, y0 + 90, x0 + 280, y0 + 130), fill=ribbon)
    for cx in (w * 0.12, w * 0.88):
        draw.ellipse((cx - 90, h * 0.42, cx + 90, h * 0.62), fill=(220, 40, 40))
        draw.line((cx, h * 0.3, cx, h * 0.42), fill=(255, 215, 0), width=6)


def _fair(canvas, rng):
    w, h = canvas.size
    draw = ImageDraw.Draw(canvas)
    colours = [(41, 128, 185), (231, 76, 60), (39, 174, 96), (243, 156, 18), (142, 68, 173)]
    draw.rectangle((0, h * 0.72, w, h), fill=(210, 214, 220))
    for row, top in enumerate((h * 0.38, h * 0.5)):
        width = 360 - row * 40
        for i in range(-1, w // width + 1):
            x0 = i * width + row * width / 2
            colour = colours[(i + row * 2) % len(colours)]
            draw.polygon([(x0, top), (x0 + width / 2, top - 120), (x0 + width, top)], fill=colour)
            draw.rectangle((x0 + 15, top, x0 + width - 15, top + 260 - row * 30),
                           fill=(250, 250, 250))
            draw.rectangle((x0 + 15, top + 170 - row * 30, x0 + width - 15, top + 260 - row * 30),
                           fill=colour)
    for i in range(28):
        x0 = i * w / 27
        draw.polygon([(x0, h * 0.1), (x0 + w / 27, h * 0.1 + 30), (x0 + w / 54, h * 0.1 + 90)],
                     fill=colours[i % len(colours)])
    draw.line((0, h * 0.1, w, h * 0.1 + 30), fill=(80, 80, 80), width=5)


def _factory(canvas, rng):
    w, h = canvas.size
    draw = ImageDraw.Draw(canvas)
    _circle(draw, w * 0.78, h * 0.38, 150, (255, 214, 150))
    body = (52, 58, 77)
    for i in range(6):
        x0 = w * 0.05 + i * 250
        draw.polygon([(x0, h * 0.62), (x0 + 250, h * 0.5), (x0 + 250, h * 0.62)], fill=body)
    draw.rectangle((w * 0.05, h * 0.62, w * 0.05 + 1500, h), fill=body)
    for x in (w * 0.72, w * 0.8):
        draw.rectangle((x, h * 0.3, x + 70, h), fill=(70, 76, 96))

    def smoke(d):
        for k in range(7):
            _circle(d, w * 0.74 + k * 60, h * 0.26 - k * 40, 60 + k * 12, (240, 240, 245, 70))

    _overlay(canvas, smoke)
    draw = ImageDraw.Draw(canvas)
    for row in range(3):
        for col in range(14):
            draw.rectangle((w * 0.07 + col * 105, h * 0.68 + row * 100,
                            w * 0.07 + col * 105 + 60, h * 0.68 + row * 100 + 50),
                           fill=(255, 200, 120) if rng.random() > 0.3 else (90, 96, 120))


def _industrial_park(canvas, rng):
    w, h = canvas.size
    draw = ImageDraw.Draw(canvas)
    road = (235, 235, 225)
    for x in range(0, w, 600):
        draw.rectangle((x + 540, 0, x + 600, h), fill=road)
    for y in range(0, h, 450):
        draw.rectangle((0, y + 400, w, y + 450), fill=road)
    roofs = [(197, 214, 232), (236, 240, 241), (84, 153, 199), (241, 196, 15), (205, 97, 85)]
    for bx in range(0, w, 600):
        for by in range(0, h, 450):
            for _ in range(2):
                x0 = bx + rng.uniform(30, 200)
                y0 = by + rng.uniform(30, 180)
                draw.rectangle((x0, y0, x0 + rng.uniform(180, 300), y0 + rng.uniform(120, 200)),
                               fill=rng.choice(roofs), outline=(120, 130, 140), width=6)
            for _ in range(5):
                _circle(draw, bx + rng.uniform(20, 520), by + rng.uniform(20, 380),
                        rng.uniform(20, 40), (46, 139, 87))


def _power_lines(canvas, rng):
    w, h = canvas.size
    draw = ImageDraw.Draw(canvas)
    _circle(draw, w * 0.2, h * 0.7, 170, (255, 170, 120))
    _hills(draw, w, h * 0.8, 40, 300, 1.0, (48, 40, 88))
    steel = (30, 28, 50)
    towers = [w * 0.15, w * 0.5, w * 0.85]
    for i, x in enumerate(towers):
        top = h * (0.18 + 0.06 * i)
        base = h * 0.85
        draw.line((x - 90, base, x, top), fill=steel, width=12)
        draw.line((x + 90, base, x, top), fill=steel, width=12)
        for frac in (0.25, 0.5, 0.75):
            y = top + (base - top) * frac
            half = 90 * frac
            draw.line((x - half, y, x + half, y), fill=steel, width=8)
        for arm in (0.12, 0.28):
            y = top + (base - top) * arm
            draw.line((x - 170, y, x + 170, y), fill=steel, width=10)
    for arm in (0.12, 0.28):
        for side in (-170, 170):
            for a, b in zip(towers, towers[1:], strict=False):
                ya = h * 0.18 + (h * 0.85 - h * 0.18) * arm
                points = []
                for step in range(21):
                    t = step / 20
                    x = a + side + (b - a) * t
                    y = ya + 0.06 * h * t + 80 * math.sin(math.pi * t)
                    points.append((x, y))
                draw.line(points, fill=steel, width=4)


def _solar(canvas, rng):
    w, h = canvas.size
    draw = ImageDraw.Draw(canvas)
    cx, cy = w * 0.82, h * 0.2
    for k in range(12):
        angle = k * math.pi / 6
        draw.line((cx + 170 * math.cos(angle), cy + 170 * math.sin(angle),
                   cx + 240 * math.cos(angle), cy + 240 * math.sin(angle)),
                  fill=(255, 220, 90), width=14)
    _circle(draw, cx, cy, 140, (255, 205, 60))
    draw.polygon([(0, h * 0.55), (w * 0.7, h * 0.42), (w, h * 0.62), (w, h), (0, h)],
                 fill=(178, 86, 60))
    for row in range(3):
        for col in range(7):
            x0 = w * 0.05 + col * 230 + row * 60
            y0 = h * 0.6 + row * 150 - col * 12
            draw.polygon([(x0, y0), (x0 + 210, y0 - 25), (x0 + 260, y0 + 110), (x0 + 50, y0 + 135)],
                         fill=(28, 58, 120), outline=(200, 210, 230), width=5)


def _chemistry(canvas, rng):
    w, h = canvas.size

    def molecules(d):
        for _ in range(9):
            cx, cy = rng.uniform(0, w), rng.uniform(0, h * 0.55)
            r = rng.uniform(60, 110)
            points = [(cx + r * math.cos(k * math.pi / 3), cy + r * math.sin(k * math.pi / 3))
                      for k in range(6)]
            d.polygon(points, outline=(0, 128, 128, 110), width=8)

    _overlay(canvas, molecules)
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, h * 0.78, w, h), fill=(200, 210, 215))
    liquids = [(46, 204, 113), (52, 152, 219), (231, 76, 60), (241, 196, 15), (155, 89, 182)]
    for i, colour in enumerate(liquids):
        x = w * 0.12 + i * 450
        if i % 2 == 0:
            draw.polygon([(x - 40, h * 0.42), (x + 40, h * 0.42), (x + 170, h * 0.78),
                          (x - 170, h * 0.78)], fill=(235, 245, 250), outline=(120, 140, 150),
                         width=8)
            draw.polygon([(x - 100, h * 0.6), (x + 100, h * 0.6), (x + 165, h * 0.775),
                          (x - 165, h * 0.775)], fill=colour)
        else:
            draw.rectangle((x - 110, h * 0.4, x + 110, h * 0.78), fill=(235, 245, 250),
                           outline=(120, 140, 150), width=8)
            draw.rectangle((x - 102, h * 0.58, x + 102, h * 0.775), fill=colour)


def _ecommerce(canvas, rng):
    w, h = canvas.size

    def network(d):
        nodes = [(rng.uniform(0, w), rng.uniform(0, h)) for _ in range(22)]
        for a in nodes:
            for b in nodes:
                if a < b and math.dist(a, b) < 520:
                    d.line((a, b), fill=(255, 255, 255, 60), width=4)
        for x, y in nodes:
            _circle(d, x, y, 14, (255, 255, 255, 150))

    _overlay(canvas, network)
    draw = ImageDraw.Draw(canvas)
    px, py = w * 0.38, h * 0.12
    draw.rounded_rectangle((px, py, px + 520, py + 1020), radius=70, fill=(25, 25, 45))
    draw.rounded_rectangle((px + 30, py + 90, px + 490, py + 960), radius=30, fill=(245, 247, 250))
    colours = [(255, 111, 97), (107, 91, 149), (136, 176, 75), (247, 202, 201)]
    for i in range(4):
        y0 = py + 130 + i * 200
        draw.rounded_rectangle((px + 60, y0, px + 460, y0 + 170), radius=20, fill=(255, 255, 255),
                               outline=(220, 224, 230), width=4)
        draw.rounded_rectangle((px + 80, y0 + 20, px + 210, y0 + 150), radius=16, fill=colours[i])
        draw.rounded_rectangle((px + 240, y0 + 40, px + 430, y0 + 70), radius=10,
                               fill=(210, 214, 222))
        draw.rounded_rectangle((px + 240, y0 + 95, px + 360, y0 + 125), radius=10,
                               fill=(255, 159, 67))
    for i, colour in enumerate([(255, 159, 67), (72, 219, 251)]):
        bx = w * 0.12 + i * w * 0.62
        by = h * 0.5
        draw.rounded_rectangle((bx, by, bx + 300, by + 340), radius=24, fill=colour)
        draw.arc((bx + 70, by - 110, bx + 230, by + 90), 180, 360, fill=(40, 40, 60), width=18)


def _port(canvas, rng):
    w, h = canvas.size
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, h * 0.72, w, h), fill=(41, 98, 145))
    for k in range(12):
        y = h * 0.76 + k * 24
        draw.line((rng.uniform(0, w * 0.5), y, rng.uniform(w * 0.5, w), y), fill=(90, 150, 190),
                  width=4)
    draw.rectangle((0, h * 0.62, w, h * 0.72), fill=(120, 120, 120))
    colours = [(192, 57, 43), (41, 128, 185), (39, 174, 96), (243, 156, 18), (127, 140, 141),
               (142, 68, 173)]
    for col in range(9):
        height = rng.randint(2, 5)
        for row in range(height):
            x0 = w * 0.03 + col * 170
            y0 = h * 0.62 - (row + 1) * 95
            colour = rng.choice(colours)
            draw.rectangle((x0, y0, x0 + 160, y0 + 90), fill=colour)
            for s in range(1, 8):
                draw.line((x0 + s * 20, y0 + 8, x0 + s * 20, y0 + 82),
                          fill=tuple(max(c - 40, 0) for c in colour), width=4)
    crane = (230, 126, 34)
    draw.line((w * 0.8, h * 0.62, w * 0.8, h * 0.1), fill=crane, width=26)
    draw.line((w * 0.6, h * 0.14, w * 0.98, h * 0.14), fill=crane, width=22)
    draw.line((w * 0.8, h * 0.1, w * 0.62, h * 0.14), fill=crane, width=8)
    draw.line((w * 0.68, h * 0.14, w * 0.68, h * 0.3), fill=(60, 60, 60), width=6)


def _petrol(canvas, rng):
    w, h = canvas.size
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, h * 0.78, w, h), fill=(60, 64, 72))
    for x in range(0, w, 260):
        draw.rectangle((x, h * 0.88, x + 140, h * 0.9), fill=(240, 240, 240))
    draw.rectangle((w * 0.08, h * 0.16, w * 0.92, h * 0.27), fill=(236, 240, 241))
    draw.rectangle((w * 0.08, h * 0.25, w * 0.92, h * 0.28), fill=(22, 160, 133))
    for x in (w * 0.15, w * 0.85):
        draw.rectangle((x - 25, h * 0.28, x + 25, h * 0.78), fill=(189, 195, 199))
    for i in range(3):
        x0 = w * 0.26 + i * 420
        draw.rounded_rectangle((x0, h * 0.45, x0 + 180, h * 0.78), radius=24,
                               fill=(22, 160, 133))
        draw.rounded_rectangle((x0 + 30, h * 0.5, x0 + 150, h * 0.58), radius=10,
                               fill=(220, 245, 240))
        draw.line((x0 + 180, h * 0.55, x0 + 240, h * 0.55, x0 + 240, h * 0.68), fill=(40, 40, 40),
                  width=10)
    _circle(draw, w * 0.5, h * 0.07, 40, (255, 255, 220))


def _meeting(canvas, rng):
    w, h = canvas.size
    draw = ImageDraw.Draw(canvas)
    draw.rounded_rectangle((w * 0.18, h * 0.3, w * 0.82, h * 0.7), radius=260, fill=(120, 72, 45))
    draw.rounded_rectangle((w * 0.24, h * 0.38, w * 0.76, h * 0.62), radius=200,
                           fill=(96, 160, 110))
    seats = [(w * (0.25 + 0.1 * i), h * 0.22) for i in range(6)]
    seats += [(w * (0.25 + 0.1 * i), h * 0.78) for i in range(6)]
    seats += [(w * 0.12, h * 0.5), (w * 0.88, h * 0.5)]
    for x, y in seats:
        _circle(draw, x, y, 55, (44, 62, 80))
        _circle(draw, x, y, 30, (236, 204, 170))
    for x, y in seats[:12]:
        offset = 110 if y < h * 0.5 else -170
        draw.rectangle((x - 45, y + offset, x + 45, y + offset + 60), fill=(250, 250, 250))
    for x in (w * 0.04, w * 0.96):
        for k in range(6):
            angle = k * math.pi / 3
            _circle(draw, x + 50 * math.cos(angle), h * 0.12 + 50 * math.sin(angle), 45,
                    (56, 142, 60))


def _sport(canvas, rng):
    w, h = canvas.size
    draw = ImageDraw.Draw(canvas)
    for k in range(8):
        colour = (52, 152, 94) if k % 2 == 0 else (46, 139, 87)
        draw.rectangle((k * w / 8, 0, (k + 1) * w / 8, h), fill=colour)
    draw.rectangle((60, 60, w - 60, h - 60), outline=(255, 255, 255), width=12)
    draw.line((w / 2, 60, w / 2, h - 60), fill=(255, 255, 255), width=12)
    draw.ellipse((w / 2 - 220, h / 2 - 220, w / 2 + 220, h / 2 + 220), outline=(255, 255, 255),
                 width=12)
    for i, colour in enumerate([(192, 57, 43), (230, 126, 34)]):
        draw.arc((-w * 0.3 - i * 80, h * 0.55 - i * 80, w * 1.3 + i * 80, h * 1.9 + i * 80), 180,
                 360, fill=colour, width=70)
    bx, by = w * 0.66, h * 0.36
    _circle(draw, bx, by, 80, (255, 255, 255))
    draw.polygon(_star_points(bx, by, 36, 18, 5), fill=(30, 30, 30))


def _green(canvas, rng):
    w, h = canvas.size
    draw = ImageDraw.Draw(canvas)
    _hills(draw, w, h * 0.55, 50, 260, 0.3, (120, 190, 110))
    _hills(draw, w, h * 0.68, 40, 200, 2.0, (76, 160, 90))
    draw.polygon([(w * 0.3, h), (w * 0.45, h * 0.72), (w * 0.55, h * 0.72), (w * 0.8, h)],
                 fill=(93, 173, 226))
    for _ in range(40):
        x = rng.uniform(0, w)
        y = rng.uniform(h * 0.62, h * 0.95)
        if w * 0.28 < x < w * 0.82 and y > h * 0.72:
            continue
        s = rng.uniform(0.7, 1.3)
        draw.rectangle((x - 12 * s, y, x + 12 * s, y + 90 * s), fill=(110, 76, 50))
        _circle(draw, x, y - 30 * s, 75 * s, (39, 130, 70))
    _circle(draw, w * 0.15, h * 0.18, 90, (255, 236, 150))


def _city(canvas, rng):
    w, h = canvas.size
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, h * 0.78, w, h), fill=(44, 62, 100))
    x = 0
    while x < w:
        bw = rng.uniform(120, 240)
        bh = rng.uniform(h * 0.2, h * 0.62)
        colour = rng.choice([(52, 73, 94), (44, 62, 80), (70, 90, 120), (60, 80, 110)])
        draw.rectangle((x, h * 0.78 - bh, x + bw, h * 0.78), fill=colour)
        for wy in range(int(h * 0.78 - bh) + 30, int(h * 0.78) - 30, 60):
            for wx in range(int(x) + 20, int(x + bw) - 30, 45):
                if rng.random() > 0.45:
                    draw.rectangle((wx, wy, wx + 22, wy + 30), fill=(255, 221, 130))
        x += bw + rng.uniform(8, 30)

    def reflection(d):
        for k in range(10):
            y = h * 0.8 + k * 26
            d.line((rng.uniform(0, w * 0.4), y, rng.uniform(w * 0.6, w), y),
                   fill=(255, 221, 130, 70), width=5)

    _overlay(canvas, reflection)


def _local_products(canvas, rng):
    w, h = canvas.size
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, h * 0.7, w, h), fill=(121, 85, 61))
    draw.rectangle((0, h * 0.68, w, h * 0.72), fill=(93, 64, 45))
    jars = [(214, 137, 16), (169, 50, 38), (125, 102, 8), (236, 240, 241), (30, 132, 73)]
    for i, colour in enumerate(jars):
        cx = w * 0.1 + i * 470
        draw.ellipse((cx - 150, h * 0.32, cx + 150, h * 0.7), fill=colour)
        draw.rectangle((cx - 70, h * 0.26, cx + 70, h * 0.36), fill=colour)
        draw.rectangle((cx - 90, h * 0.23, cx + 90, h * 0.27), fill=(93, 64, 45))
    for k in range(3):
        cx = w * (0.3 + 0.2 * k)
        draw.polygon(_star_points(cx, h * 0.1, 60, 25), fill=(241, 196, 15))
    for _ in range(10):
        x, y = rng.uniform(0, w), rng.uniform(h * 0.76, h * 0.97)
        draw.ellipse((x - 70, y - 22, x + 70, y + 22), fill=(88, 140, 60))


# key → (title, painter, top colour, bottom colour)
SCENES = {
    "cho": ("Ảnh minh họa – Sạp hàng hóa thiết yếu tại chợ", _market,
            (255, 243, 224), (250, 215, 160)),
    "tet": ("Ảnh minh họa – Hàng hóa phục vụ Tết Nguyên đán", _tet,
            (180, 20, 30), (120, 10, 20)),
    "hoi-cho": ("Ảnh minh họa – Gian hàng hội chợ xúc tiến thương mại", _fair,
                (174, 214, 241), (235, 245, 251)),
    "nha-may": ("Ảnh minh họa – Nhà máy sản xuất công nghiệp", _factory,
                (255, 183, 130), (120, 110, 150)),
    "khu-cong-nghiep": ("Ảnh minh họa – Khu công nghiệp nhìn từ trên cao", _industrial_park,
                        (169, 204, 170), (140, 185, 150)),
    "luoi-dien": ("Ảnh minh họa – Đường dây truyền tải điện lúc hoàng hôn", _power_lines,
                  (88, 70, 140), (250, 160, 120)),
    "dien-mat-troi": ("Ảnh minh họa – Điện mặt trời mái nhà", _solar,
                      (120, 190, 240), (220, 240, 255)),
    "hoa-chat": ("Ảnh minh họa – An toàn hóa chất trong phòng thí nghiệm", _chemistry,
                 (230, 246, 246), (200, 230, 232)),
    "thuong-mai-dien-tu": ("Ảnh minh họa – Mua sắm trực tuyến, thương mại điện tử", _ecommerce,
                           (48, 57, 120), (96, 60, 150)),
    "cang-bien": ("Ảnh minh họa – Container hàng xuất khẩu tại cảng biển", _port,
                  (135, 190, 230), (230, 240, 250)),
    "xang-dau": ("Ảnh minh họa – Cửa hàng bán lẻ xăng dầu", _petrol,
                 (25, 42, 86), (110, 90, 140)),
    "hoi-nghi": ("Ảnh minh họa – Hội nghị, cuộc họp của Sở", _meeting,
                 (245, 236, 220), (225, 210, 190)),
    "the-thao": ("Ảnh minh họa – Hội thao công đoàn", _sport,
                 (52, 152, 94), (46, 139, 87)),
    "tinh-nguyen": ("Ảnh minh họa – Hoạt động tình nguyện vì môi trường xanh", _green,
                    (170, 220, 250), (230, 245, 255)),
    "thanh-pho": ("Ảnh minh họa – Đô thị Thành phố Hồ Chí Minh về đêm", _city,
                  (20, 30, 70), (90, 80, 140)),
    "ocop": ("Ảnh minh họa – Sản phẩm OCOP và đặc sản địa phương", _local_products,
             (250, 235, 200), (230, 200, 150)),
}


def draw_scene(key):
    """The JPEG bytes of one scene, 1200×675."""
    _title, painter, top, bottom = SCENES[key]
    size = (WIDTH * SCALE, HEIGHT * SCALE)
    canvas = _gradient(size, top, bottom)
    painter(canvas, random.Random(key))  # seeded by the key: same picture every run
    picture = canvas.convert("RGB").resize((WIDTH, HEIGHT), Image.LANCZOS)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85, optimize=True)
    return buffer.getvalue()


def draw_logo(size=512):
    """The emblem: a gold gear around a red disc with a yellow star (PNG, transparent)."""
    big = size * SCALE
    canvas = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(canvas)
    centre = big / 2
    teeth = 16
    outer, root = big * 0.49, big * 0.43
    points = []
    for i in range(teeth * 4):
        angle = i * 2 * math.pi / (teeth * 4)
        radius = outer if i % 4 in (1, 2) else root
        points.append((centre + radius * math.cos(angle), centre + radius * math.sin(angle)))
    draw.polygon(points, fill=(224, 172, 30))
    _circle(draw, centre, centre, big * 0.40, (255, 214, 60))
    _circle(draw, centre, centre, big * 0.36, (200, 16, 46))
    draw.polygon(_star_points(centre, centre * 1.02, big * 0.26, big * 0.105), fill=(255, 221, 0))
    logo = canvas.resize((size, size), Image.LANCZOS)
    buffer = io.BytesIO()
    logo.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


# Background and clothing colours of the portrait placeholders.
PORTRAIT_PALETTES = [
    ((200, 214, 229), (150, 170, 196), (38, 50, 72)),
    ((222, 210, 196), (180, 160, 140), (60, 45, 40)),
    ((205, 224, 214), (150, 184, 168), (30, 60, 70)),
    ((226, 214, 228), (180, 160, 190), (50, 40, 70)),
]


def draw_portrait(seed, long_hair=False):
    """A neutral portrait placeholder (head and shoulders, no face), 480×600.

    Leaders' photos are theirs to supply; the placeholder keeps the page's
    layout as it will be with real photos.
    """
    top, bottom, suit = PORTRAIT_PALETTES[seed % len(PORTRAIT_PALETTES)]
    size = (480 * SCALE, 600 * SCALE)
    canvas = _gradient(size, top, bottom)
    draw = ImageDraw.Draw(canvas)
    w, h = size
    skin, hair = (224, 190, 160), (40, 34, 32)
    if long_hair:
        draw.rounded_rectangle((w * 0.27, h * 0.2, w * 0.73, h * 0.7), radius=w * 0.2, fill=hair)
    draw.ellipse((w * 0.12, h * 0.62, w * 0.88, h * 1.25), fill=suit)
    draw.polygon([(w * 0.42, h * 0.62), (w * 0.58, h * 0.62), (w * 0.5, h * 0.8)],
                 fill=(245, 245, 245))
    draw.rectangle((w * 0.44, h * 0.5, w * 0.56, h * 0.64), fill=skin)
    draw.ellipse((w * 0.3, h * 0.17, w * 0.7, h * 0.5), fill=hair)
    draw.ellipse((w * 0.33, h * 0.25, w * 0.67, h * 0.58), fill=skin)
    picture = canvas.convert("RGB").resize((480, 600), Image.LANCZOS)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85, optimize=True)
    return buffer.getvalue()


LOGO_TITLE = "Biểu trưng Sở Công Thương Thành phố Hồ Chí Minh"


def make_wagtail_image(title, data, filename, collection):
    """Store `data` as a Wagtail image in the demo collection."""
    from wagtail.images import get_image_model

    image = get_image_model()(title=title, collection=collection,
                              file=ImageFile(io.BytesIO(data), name=filename))
    image._set_image_file_metadata()
    image.save()
    return image


class DemoImages:
    """The demo's pictures by scene key, each drawn and stored once."""

    def __init__(self, collection):
        self.collection = collection
        self._images = {}

    def __getitem__(self, key):
        if key not in self._images:
            title = SCENES[key][0]
            self._images[key] = make_wagtail_image(title, draw_scene(key), f"demo-{key}.jpg",
                                                   self.collection)
        return self._images[key]

    def logo(self):
        return make_wagtail_image(LOGO_TITLE, draw_logo(), "bieu-trung-so-cong-thuong.png",
                                  self.collection)

    def portrait(self, full_name, seed, filename, long_hair=False):
        return make_wagtail_image(f"Ảnh chân dung minh họa – {full_name}",
                                  draw_portrait(seed, long_hair), filename, self.collection)

    def __len__(self):
        return len(self._images)
