"""Writes a PHP source file as a C string literal, for the summar extension
to define its PHP layer at each request start.

    embed.py IN.php OUT.h NAME

The opening `<?php` tag is dropped (zend_eval_string takes code without it)
and line numbers are kept, so errors point at the right line of IN.php.
"""
import sys


def main() -> None:
    src, out, name = sys.argv[1:4]
    with open(src, encoding="utf-8") as f:
        text = f.read()
    if not text.startswith("<?php"):
        sys.exit(f"{src}: does not start with <?php")
    text = text[len("<?php"):]
    lines = []
    for line in text.split("\n"):
        # "?" escaped too: "??=" and "??'" would be C trigraphs
        esc = (line.replace("\\", "\\\\").replace('"', '\\"')
               .replace("?", "\\?"))
        lines.append(f'  "{esc}\\n"')
    with open(out, "w", encoding="utf-8") as f:
        f.write(f"/* Generated from {src.split('/')[-1]} by embed.py. */\n")
        f.write(f"static const char {name}[] =\n")
        f.write("\n".join(lines))
        f.write(";\n")


if __name__ == "__main__":
    main()
