"""Command line: python -m congtin.vntext convert FILE | fold TEXT

convert reads FILE (or - for standard input) as bytes, writes the text as
UTF-8 NFC to standard output and one line to standard error saying what it
found. Bad input (binary data, an unknown encoding, a file over MAX_BYTES)
gets a one-line message and exit code 2, never a traceback.
"""

import argparse
import os
import sys

from .decode import MAX_BYTES, decode_bytes, grouped
from .errors import TooLarge, VntextError
from .fold import fold

EXIT_BAD_INPUT = 2


def _read_limited(path: str) -> bytes:
    """Read at most MAX_BYTES; a larger file is refused before it is read."""
    if path == "-":
        stream = sys.stdin.buffer
    else:
        size = os.stat(path).st_size
        if size > MAX_BYTES:
            raise TooLarge(
                f"{path} is {grouped(size)} bytes; the limit is {grouped(MAX_BYTES)} — not read"
            )
        stream = open(path, "rb")
    with stream:
        data = stream.read(MAX_BYTES + 1)  # a file that grew, or a pipe
    if len(data) > MAX_BYTES:
        raise TooLarge(f"{path} is over the limit of {grouped(MAX_BYTES)} bytes — not converted")
    return data


def _convert(args) -> int:
    data = _read_limited(args.file)
    result = decode_bytes(data, encoding=args.encoding, capitals=args.capitals)
    sys.stdout.buffer.write(result.text.encode("utf-8"))
    sys.stdout.buffer.flush()
    print(result.summary(), file=sys.stderr)
    return 0


def _fold(args) -> int:
    print(fold(" ".join(args.text)))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m congtin.vntext", description="Vietnamese text tools (congtin.vntext)."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    conv = sub.add_parser("convert", help="convert a file to UTF-8 NFC Unicode")
    conv.add_argument("file", help="the file to read (- for standard input)")
    conv.add_argument(
        "--encoding", help="force: utf-8, utf-16, tcvn3, vn3, vni, cp1258, viqr, windows-1252"
    )
    conv.add_argument(
        "--capitals", action="store_true", help="TCVN3 text set in a .VnTimeH font (all capitals)"
    )
    conv.set_defaults(run=_convert)
    fold_cmd = sub.add_parser("fold", help="print the search form of TEXT")
    fold_cmd.add_argument("text", nargs="+")
    fold_cmd.set_defaults(run=_fold)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except VntextError as exc:
        print(f"error: {exc}", file=sys.stderr)
    except OSError as exc:
        print(f"error: cannot read {exc.filename or 'input'}: {exc.strerror}", file=sys.stderr)
    return EXIT_BAD_INPUT


if __name__ == "__main__":
    sys.exit(main())
