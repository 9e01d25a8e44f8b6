"""Image files for upload tests, made in memory; hostile ones built byte by byte where Pillow would refuse to."""

import io
import struct
import zlib

from PIL import Image, PngImagePlugin

SCRIPT = b"<script>document.title='XSS'</script>"


def encoded(image: Image.Image, fmt: str, **params) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **params)
    return buffer.getvalue()


def png(size=(40, 30), *, text: bytes | None = None) -> bytes:
    info = PngImagePlugin.PngInfo()
    if text is not None:
        info.add_text("Comment", text.decode())
    return encoded(Image.new("RGB", size, (200, 60, 40)), "PNG", pnginfo=info)


def jpeg_with_gps(size=(40, 30), *, orientation: int | None = None) -> bytes:
    """A JPEG carrying what a phone writes: the camera, the GPS position, a comment."""
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "Model X"  # Model
    if orientation:
        exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (40.0, 10.0, 59.0)  # GPSLatitudeRef, GPSLatitude: Yerevan
    gps[3], gps[4] = "E", (44.0, 30.0, 50.0)
    return encoded(Image.new("RGB", size, (10, 120, 200)), "JPEG", exif=exif, comment=SCRIPT)


def gif(frames: int, *, screen=(4000, 4000)) -> bytes:
    """
    A GIF of `frames` one-pixel frames on a large logical screen, written by
    hand: Pillow would merge identical frames, and would take long to write
    tens of thousands of them.
    """
    out = bytearray(b"GIF89a" + struct.pack("<HH", *screen) + bytes([0x80, 0, 0]) + b"\x00\x00\x00\xff\xff\xff")
    for _ in range(frames):
        out += b"\x21\xf9\x04\x00\x01\x00\x00\x00"  # graphic control: 10 ms
        out += b"\x2c" + struct.pack("<HHHH", 0, 0, 1, 1) + b"\x00"  # one pixel at the corner
        out += b"\x02\x02\x44\x01\x00"  # LZW: minimum code size 2, one pixel of colour 0
    return bytes(out + b"\x3b")


def png_header(width: int, height: int) -> bytes:
    """A PNG that claims `width`×`height` pixels of one bit: what a decompression bomb looks like to a header."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def jpeg_with_broken_exif() -> bytes:
    """A sideways photo whose EXIF has one byte wrong: Pillow reads it, but cannot write it again."""
    data = bytearray(jpeg_with_gps(orientation=6))
    with Image.open(io.BytesIO(bytes(data))) as image:
        exif = image.info["exif"]
    data[bytes(data).index(exif) + 17] = 7
    return bytes(data)


def mpo(size=(40, 30)) -> bytes:
    """A JPEG with a second picture in an MPF index, as phones and cameras write them (Pillow calls it MPO)."""
    first, second = Image.new("RGB", size, (250, 200, 0)), Image.new("RGB", size, (0, 0, 0))
    return encoded(first, "MPO", save_all=True, append_images=[second])


def png_with_profile(profile: bytes) -> bytes:
    return encoded(Image.new("RGB", (40, 30), (30, 140, 220)), "PNG", icc_profile=profile)
