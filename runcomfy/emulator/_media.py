"""Small, valid media files for emulated outputs: a PNG, an MP4 and a WAV."""

from __future__ import annotations

import struct
import zlib


def png(width: int = 8, height: int = 8) -> bytes:
    """A solid-colour RGB PNG."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\x4a\x90\xe2" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def wav(seconds: float = 0.1, rate: int = 8000) -> bytes:
    """Mono 16-bit silence."""
    frames = int(seconds * rate)
    data = b"\x00\x00" * frames
    fmt = struct.pack("<HHIIHH", 1, 1, rate, rate * 2, 2, 16)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
    body += b"data" + struct.pack("<I", len(data)) + data
    return b"RIFF" + struct.pack("<I", len(body)) + body


def mp4() -> bytes:
    """An ISO base media file: `ftyp` plus an empty movie header, enough to be identified."""

    def box(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", 8 + len(payload)) + kind + payload

    ftyp = box(b"ftyp", b"isom" + struct.pack(">I", 512) + b"isomiso2mp41")
    mvhd = box(
        b"mvhd",
        b"\x00" * 4  # version and flags
        + struct.pack(">IIII", 0, 0, 1000, 0)  # times, timescale, duration
        + struct.pack(">IH", 0x00010000, 0x0100)  # rate, volume
        + b"\x00" * 10
        + struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
        + b"\x00" * 24
        + struct.pack(">I", 2),
    )
    return ftyp + box(b"moov", mvhd)


MEDIA: dict[str, tuple[str, bytes]] = {
    "image": ("image/png", png()),
    "video": ("video/mp4", mp4()),
    "audio": ("audio/wav", wav()),
}
EXTENSIONS = {"image": "png", "video": "mp4", "audio": "wav"}
