"""
What renditions cost and what they save: making them for one photo, the
call that finds them all made, and the bytes a reader downloads.

On a fresh SQLite database in a temporary directory, it stores a photo-like
JPEG (noise over a gradient, which compresses as a photo does, not as a flat
fill) of `--size`, then prints:

- the median time of renditions_make on it (decoding it once, making every
  spec in WebP and JPEG), and of a second call, which finds them made;
- each rendition's size in pixels and kilobytes, beside the original's;
- what a list card and the article's cover cost a phone (about 390 CSS
  pixels at 2x, so the 640 thumbnail and the 800 width) against the original.

    .venv/bin/python bench/renditions.py                 # 2400x1600, 5 runs
    .venv/bin/python bench/renditions.py --size 4000x3000 --runs 3
"""

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import standalone  # noqa: E402 - after the project root is on the path


def photo_like(width: int, height: int) -> bytes:
    from PIL import Image

    gradient = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    noise = Image.effect_noise((width, height), 40).convert("RGB")
    image = Image.blend(gradient, noise, 0.35)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", default="2400x1600")
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    width, height = (int(part) for part in options.size.split("x"))
    with tempfile.TemporaryDirectory() as workdir:
        standalone.setup_django(Path(workdir))
        from django.core.files.base import ContentFile
        from django.core.files.storage import default_storage

        from photos.models import Rendition
        from photos.services import renditions_make

        data = photo_like(width, height)
        made, again = [], []
        for run in range(options.runs):
            name = default_storage.save(f"covers/bench-{run}.jpg", ContentFile(data))
            started = time.perf_counter()
            renditions_make(name=name)
            made.append(time.perf_counter() - started)
            started = time.perf_counter()
            renditions_make(name=name)
            again.append(time.perf_counter() - started)
        print(f"photo {width}x{height}, {len(data) / 1024:.0f} KB")
        print(f"renditions_make, first call: {statistics.median(made) * 1000:.0f} ms (median of {options.runs})")
        print(f"renditions_make, all made:   {statistics.median(again) * 1000:.1f} ms")
        rows = {(row.spec, row.format): row for row in Rendition.objects.filter(source=name)}
        sizes = {}
        for (spec, fmt), row in sorted(rows.items()):
            if not row.file:
                continue
            sizes[spec, fmt] = default_storage.size(row.file.name)
            print(f"  {spec:8} {fmt:5} {row.width:5}x{row.height:<5} {sizes[spec, fmt] / 1024:7.1f} KB")
        print(f"a phone's list card: {sizes['thumb2x', 'webp'] / 1024:.0f} KB WebP, was {len(data) / 1024:.0f} KB")
        print(f"a phone's cover:     {sizes['w800', 'webp'] / 1024:.0f} KB WebP, was {len(data) / 1024:.0f} KB")


if __name__ == "__main__":
    main()
