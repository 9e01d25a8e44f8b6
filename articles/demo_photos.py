"""
Pictures for the demo articles, drawn with Pillow: simple scenes that the
demo's alt texts describe as they are (articles/demo_content.py), so that
what a screen reader says matches what a reader sees.
"""

import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

SIZE = (1200, 800)


def _gradient(draw: ImageDraw.ImageDraw, box, top, bottom) -> None:
    left, upper, right, lower = box
    for y in range(upper, lower):
        t = (y - upper) / max(1, lower - upper - 1)
        draw.line([(left, y), (right, y)], fill=tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))


def _rng(seed: int) -> random.Random:
    # The same picture on every load: a fixed scatter of stars and windows, not a secret.
    return random.Random(seed)  # noqa: S311


def _font(size: int):
    try:
        return ImageFont.load_default(size=size)
    except (OSError, TypeError):  # Pillow built without FreeType
        return ImageFont.load_default()


def night_bus() -> Image.Image:
    """A blue bus with lit windows and the route number N1 on a street at night, under street lamps."""
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    _gradient(draw, (0, 0, 1200, 560), (10, 14, 40), (52, 40, 86))
    rng = _rng(1)
    for _ in range(90):
        x, y = rng.randrange(1200), rng.randrange(330)
        draw.point([(x, y), (x + 1, y)], fill=(235, 235, 210))
    for left, top, right in [(0, 300, 220), (200, 250, 380), (960, 280, 1200), (820, 330, 980)]:
        draw.rectangle([left, top, right, 560], fill=(22, 24, 44))
        for wx in range(left + 16, right - 20, 36):
            for wy in range(top + 20, 540, 44):
                if rng.random() < 0.35:
                    draw.rectangle([wx, wy, wx + 14, wy + 20], fill=(240, 200, 110))
    _gradient(draw, (0, 560, 1200, 800), (40, 40, 48), (20, 20, 26))
    for x in range(40, 1200, 160):  # the lane markings
        draw.line([(x, 730), (x + 80, 730)], fill=(200, 200, 190), width=6)
    glow = Image.new("L", SIZE, 0)
    glow_draw = ImageDraw.Draw(glow)
    for x in (120, 1080):
        draw.line([(x, 250), (x, 700)], fill=(70, 70, 80), width=10)
        draw.ellipse([x - 22, 232, x + 22, 262], fill=(255, 226, 150))
        glow_draw.ellipse([x - 140, 140, x + 140, 380], fill=120)
    glow = glow.filter(ImageFilter.GaussianBlur(60))
    image.paste((255, 214, 130), (0, 0), glow)
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle([260, 320, 960, 660], radius=30, fill=(30, 90, 170))
    draw.rectangle([260, 580, 960, 604], fill=(236, 236, 240))
    for x in range(300, 860, 112):
        draw.rounded_rectangle([x, 370, x + 92, 500], radius=8, fill=(252, 214, 120))
    draw.rounded_rectangle([880, 360, 946, 540], radius=12, fill=(255, 232, 160))  # the windscreen
    draw.ellipse([906, 610, 942, 646], fill=(255, 250, 220))  # headlight
    draw.rounded_rectangle([560, 330, 680, 362], radius=6, fill=(20, 20, 24))
    draw.text((620, 346), "N1", fill=(255, 180, 40), font=_font(28), anchor="mm")
    for x in (400, 820):
        draw.ellipse([x - 44, 616, x + 44, 704], fill=(30, 30, 34))
        draw.ellipse([x - 18, 642, x + 18, 678], fill=(120, 120, 128))
    return image


def library() -> Image.Image:
    """A library building of pink stone with six columns and lit arched windows, under a blue sky."""
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    _gradient(draw, (0, 0, 1200, 640), (120, 170, 225), (200, 225, 245))
    draw.rectangle([0, 640, 1200, 800], fill=(150, 150, 140))
    draw.rectangle([180, 260, 1020, 620], fill=(196, 120, 104))  # Gyumri's pink tuff
    draw.polygon([(150, 260), (600, 110), (1050, 260)], fill=(170, 96, 84))
    draw.rectangle([150, 250, 1050, 272], fill=(120, 70, 64))
    for step in range(4):
        draw.rectangle([220 - step * 20, 620 + step * 12, 980 + step * 20, 632 + step * 12], fill=(178, 172, 160))
    for index in range(6):
        x = 250 + index * 140
        draw.rectangle([x, 280, x + 44, 620], fill=(232, 212, 196))
        draw.rectangle([x - 8, 272, x + 52, 290], fill=(210, 190, 176))
    for index in range(5):
        x = 312 + index * 140
        draw.rectangle([x, 380, x + 60, 560], fill=(252, 212, 130))
        draw.pieslice([x, 350, x + 60, 410], 180, 360, fill=(252, 212, 130))
    draw.rectangle([578, 500, 622, 620], fill=(90, 56, 40))  # the door
    return image


def bookshelves() -> Image.Image:
    """Wooden shelves full of old books with faded spines, and an open book on a table."""
    image = Image.new("RGB", SIZE, (92, 60, 36))
    draw = ImageDraw.Draw(image)
    rng = _rng(2)
    colours = [(120, 40, 36), (60, 80, 60), (150, 120, 70), (70, 60, 90), (140, 90, 50), (100, 100, 110)]
    for shelf in range(4):
        bottom = 170 + shelf * 150
        x = 40
        while x < 1160:
            width, height = rng.randrange(22, 48), rng.randrange(90, 135)
            colour = tuple(min(255, c + rng.randrange(-12, 12)) for c in rng.choice(colours))
            draw.rectangle([x, bottom - height, x + width, bottom], fill=colour)
            draw.line([(x + 4, bottom - height + 14), (x + width - 4, bottom - height + 14)], fill=(200, 180, 120))
            x += width + rng.randrange(1, 4)
        draw.rectangle([20, bottom, 1180, bottom + 16], fill=(60, 38, 22))
    draw.rectangle([0, 690, 1200, 800], fill=(70, 44, 26))  # the table
    draw.polygon([(440, 700), (600, 720), (600, 780), (430, 760)], fill=(238, 228, 204))
    draw.polygon([(600, 720), (760, 700), (770, 760), (600, 780)], fill=(246, 238, 218))
    return image


def sevan() -> Image.Image:
    """Lake Sevan under a pale sky: mountains on the far shore, a church on a hill, a striped post in the water."""
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    _gradient(draw, (0, 0, 1200, 420), (196, 214, 232), (232, 238, 242))
    ridge = [(0, 420), (140, 260), (300, 380), (480, 220), (700, 400), (900, 250), (1200, 410)]
    draw.polygon(ridge, fill=(120, 138, 160))
    draw.polygon([(440, 262), (480, 220), (522, 258), (500, 270), (470, 262)], fill=(245, 245, 250))
    draw.polygon([(860, 290), (900, 250), (944, 288), (910, 296)], fill=(245, 245, 250))
    _gradient(draw, (0, 420, 1200, 800), (70, 120, 168), (28, 70, 120))
    rng = _rng(3)
    for _ in range(70):
        x, y = rng.randrange(1200), rng.randrange(440, 800)
        draw.line([(x, y), (x + rng.randrange(20, 70), y)], fill=(150, 190, 220), width=2)
    draw.polygon([(40, 440), (180, 360), (330, 440)], fill=(96, 104, 72))  # the peninsula
    draw.rectangle([160, 318, 200, 372], fill=(86, 70, 66))  # the church
    draw.polygon([(152, 320), (180, 290), (208, 320)], fill=(66, 54, 50))
    draw.rectangle([836, 380, 860, 700], fill=(250, 250, 250))
    for y in range(380, 700, 40):
        draw.rectangle([836, y, 860, y + 20], fill=(200, 40, 40))
    return image


def vineyard() -> Image.Image:
    """Rows of vines on an autumn hillside, with bunches of dark grapes and a full crate in front."""
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    _gradient(draw, (0, 0, 1200, 300), (150, 190, 230), (222, 230, 236))
    draw.polygon([(0, 300), (300, 200), (700, 260), (1200, 180), (1200, 800), (0, 800)], fill=(196, 160, 80))
    for index in range(9):
        start = (index * 150 - 100, 800)
        end = (600 + (index - 4) * 40, 260)
        draw.line([start, end], fill=(110, 120, 40), width=max(4, 30 - index))
        draw.line([start, end], fill=(170, 120, 40), width=3)
    rng = _rng(4)
    for cx, cy in [(180, 560), (300, 620), (1000, 580)]:
        draw.polygon([(cx - 40, cy - 70), (cx + 40, cy - 70), (cx, cy - 110)], fill=(90, 130, 40))
        for row in range(6):
            for col in range(6 - row):
                x = cx - (6 - row) * 11 + col * 22 + rng.randrange(-3, 3)
                draw.ellipse([x, cy - 60 + row * 20, x + 22, cy - 38 + row * 20], fill=(70, 28, 80))
    draw.rectangle([520, 600, 820, 760], fill=(150, 100, 50))  # the crate
    for y in (640, 700):
        draw.line([(520, y), (820, y)], fill=(110, 70, 34), width=4)
    for _ in range(40):
        x, y = rng.randrange(530, 800), rng.randrange(560, 610)
        draw.ellipse([x, y, x + 24, y + 24], fill=(76, 30, 86))
    return image


def trophy() -> Image.Image:
    """A gold cup on a classroom table in front of a blackboard with a gear drawn in chalk."""
    image = Image.new("RGB", SIZE, (226, 218, 196))
    draw = ImageDraw.Draw(image)
    draw.rectangle([120, 80, 1080, 520], fill=(44, 84, 64))
    draw.rectangle([110, 70, 1090, 90], fill=(140, 100, 60))
    draw.ellipse([760, 170, 960, 370], outline=(236, 236, 226), width=6)
    draw.ellipse([830, 240, 890, 300], outline=(236, 236, 226), width=5)
    for index in range(10):  # the gear's teeth
        angle = math.radians(index * 36)
        corners = [(-14, 96), (14, 96), (12, 122), (-12, 122)]
        draw.polygon(
            [
                (860 + x * math.cos(angle) - y * math.sin(angle), 270 + x * math.sin(angle) + y * math.cos(angle))
                for x, y in corners
            ],
            fill=(236, 236, 226),
        )
    draw.line([(200, 200), (500, 200)], fill=(236, 236, 226), width=4)
    draw.line([(200, 260), (420, 260)], fill=(236, 236, 226), width=4)
    draw.rectangle([0, 600, 1200, 800], fill=(150, 104, 62))  # the table
    draw.polygon([(480, 330), (720, 330), (680, 480), (520, 480)], fill=(226, 176, 40))  # the cup
    draw.ellipse([480, 310, 720, 350], fill=(246, 206, 70))
    draw.arc([420, 350, 520, 450], 90, 270, fill=(210, 160, 30), width=14)
    draw.arc([680, 350, 780, 450], 270, 90, fill=(210, 160, 30), width=14)
    draw.rectangle([580, 480, 620, 560], fill=(210, 160, 30))
    draw.rectangle([510, 560, 690, 610], fill=(120, 80, 40))
    return image


def robot() -> Image.Image:
    """A small robot on wheels, with two round sensors at the front and a gripper arm, on a table."""
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    _gradient(draw, (0, 0, 1200, 560), (210, 220, 228), (180, 192, 204))
    draw.rectangle([0, 560, 1200, 800], fill=(160, 116, 72))
    draw.rounded_rectangle([420, 330, 800, 560], radius=24, fill=(40, 110, 190))
    draw.rounded_rectangle([460, 270, 760, 340], radius=14, fill=(60, 64, 72))
    for x in (520, 640):
        draw.ellipse([x, 380, x + 70, 450], fill=(30, 30, 34))
        draw.ellipse([x + 18, 398, x + 52, 432], fill=(120, 220, 255))
    draw.line([(800, 400), (920, 340), (980, 420)], fill=(120, 124, 132), width=18)
    draw.line([(980, 420), (1010, 460)], fill=(90, 94, 100), width=10)
    draw.line([(980, 420), (950, 462)], fill=(90, 94, 100), width=10)
    for x in (470, 750):
        draw.ellipse([x - 60, 500, x + 60, 620], fill=(24, 24, 26))
        draw.ellipse([x - 22, 538, x + 22, 582], fill=(150, 150, 156))
    return image


def apartment_blocks() -> Image.Image:
    """Apartment blocks at dusk, many windows lit, with steam rising from a boiler-house chimney."""
    image = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(image)
    _gradient(draw, (0, 0, 1200, 800), (40, 60, 110), (240, 150, 90))
    rng = _rng(5)
    for left, top, right in [(40, 240, 360), (400, 160, 700), (760, 300, 1000)]:
        draw.rectangle([left, top, right, 800], fill=(90, 90, 100))
        for wx in range(left + 20, right - 30, 46):
            for wy in range(top + 24, 780, 52):
                lit = rng.random() < 0.6
                draw.rectangle([wx, wy, wx + 26, wy + 30], fill=(250, 210, 120) if lit else (50, 54, 66))
    draw.rectangle([1060, 260, 1110, 800], fill=(120, 80, 70))  # the chimney
    steam = Image.new("L", SIZE, 0)
    steam_draw = ImageDraw.Draw(steam)
    for index, (x, y) in enumerate([(1085, 230), (1070, 180), (1050, 120), (1020, 70)]):
        radius = 30 + index * 14
        steam_draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=200 - index * 30)
    image.paste((245, 245, 245), (0, 0), steam.filter(ImageFilter.GaussianBlur(12)))
    return image


def jazz_stage() -> Image.Image:
    """A dark stage with a double bass and a microphone stand in a spotlight."""
    image = Image.new("RGB", SIZE, (16, 12, 20))
    draw = ImageDraw.Draw(image)
    light = Image.new("L", SIZE, 0)
    ImageDraw.Draw(light).polygon([(520, 0), (640, 0), (900, 720), (260, 720)], fill=90)
    image.paste((255, 236, 190), (0, 0), light.filter(ImageFilter.GaussianBlur(30)))
    draw = ImageDraw.Draw(image)
    draw.ellipse([260, 660, 900, 780], fill=(90, 70, 60))  # the lit floor
    draw.rectangle([0, 740, 1200, 800], fill=(40, 28, 24))
    draw.ellipse([380, 420, 600, 690], fill=(150, 80, 30))  # the bass
    draw.ellipse([400, 280, 580, 470], fill=(150, 80, 30))
    draw.rectangle([480, 90, 500, 330], fill=(40, 24, 14))
    draw.rectangle([470, 70, 510, 110], fill=(40, 24, 14))
    for x in (470, 510):
        draw.line([(x, 470), (x, 600)], fill=(30, 18, 10), width=6)
    draw.line([(760, 300), (760, 720)], fill=(170, 170, 176), width=8)  # the microphone stand
    draw.line([(720, 720), (800, 720)], fill=(170, 170, 176), width=8)
    draw.line([(760, 300), (700, 260)], fill=(170, 170, 176), width=6)
    draw.ellipse([676, 236, 716, 276], fill=(60, 60, 64))
    return image


SCENES = {
    "night_bus": night_bus,
    "library": library,
    "bookshelves": bookshelves,
    "sevan": sevan,
    "vineyard": vineyard,
    "trophy": trophy,
    "robot": robot,
    "apartment_blocks": apartment_blocks,
    "jazz_stage": jazz_stage,
}


def jpeg(scene: str) -> bytes:
    """The scene drawn and encoded as a photo would be uploaded."""
    buffer = io.BytesIO()
    SCENES[scene]().save(buffer, "JPEG", quality=88)
    return buffer.getvalue()
