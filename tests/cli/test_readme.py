#!/usr/bin/env python3
"""The README's C example compiles as written and runs: the program is
taken from README.md, built against the library of this build (and, when
Debian's static ICU libraries are there, linked statically with the flags
of the generated pkg-config file), run on a test article, and its output
compared with `summar --words 120 --paragraphs 2`.  Prints TAP."""
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from clitest import DATA, ROOT, TMP, check, report, run

BUILD = os.environ["SUMMAR_BUILD"]          # the build folder
CC = os.environ.get("CC", "cc")
SANITIZE = os.environ.get("SUMMAR_SANITIZE", "none")
SAN = [] if SANITIZE in ("", "none") else ["-fsanitize=" + SANITIZE]
EN = os.path.join(DATA, "article-en.txt")

readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
blocks = re.findall(r"```c\n(.*?)```", readme, re.S)
prog = [b for b in blocks if "int main" in b]
check(len(prog) == 1, "README.md holds one complete C program")
src = os.path.join(TMP, "summarize.c")
with open(src, "w", encoding="utf-8") as f:
    f.write(prog[0] if prog else "")

libdir = os.path.join(BUILD, "libsummar")
exe = os.path.join(TMP, "summarize")
p = subprocess.run([CC, "-std=c11", "-Wall", "-Wextra", "-Werror"] + SAN + [src,
                    "-I" + os.path.join(ROOT, "include"), "-L" + libdir,
                    "-lsummar", "-o", exe], capture_output=True, text=True)
check(p.returncode == 0, "the README's example compiles with -Wall -Wextra "
      "-Werror", p.stderr)
if p.returncode == 0:
    env = dict(os.environ, LD_LIBRARY_PATH=libdir,
               ASAN_OPTIONS="detect_leaks=0")
    r = subprocess.run([exe, EN], capture_output=True, env=env)
    rc, want, _ = run(["--words", "120", "--paragraphs", "2", EN])
    check(r.returncode == 0 and r.stdout == want and want,
          "the README's example prints what summar --words 120 "
          "--paragraphs 2 prints", r.stderr)

# Static linking through the generated pkg-config file.
pcdir = os.path.join(BUILD, "meson-uninstalled")
static_icu = os.path.exists("/usr/lib/x86_64-linux-gnu/libicuuc.a")
static_lib = os.path.join(libdir, "libsummar.a")
why = None
if SAN:
    why = "a sanitizer build (%s) does not link static programs" % SANITIZE
elif not static_icu:
    why = "Debian's static ICU libraries (libicu-dev) are not installed"
elif not os.path.exists(static_lib):
    why = "the build has no static libsummar.a"
elif not shutil.which("pkg-config"):
    why = "pkg-config is not installed"
if why:
    check(True, "pkg-config --static links a static program", skip=why)
else:
    env = dict(os.environ, PKG_CONFIG_PATH=pcdir)
    flags = subprocess.run(["pkg-config", "--static", "--cflags", "--libs",
                            "summar-uninstalled"], capture_output=True,
                           text=True, env=env)
    sexe = os.path.join(TMP, "summarize-static")
    libs = flags.stdout.split()
    # Link libsummar itself statically, its dependencies as pkg-config says.
    libs = [static_lib if l == "-lsummar" else l for l in libs]
    p = subprocess.run([CC, src, "-o", sexe, "-static",
                        "-I" + os.path.join(ROOT, "include")] + libs,
                       capture_output=True, text=True)
    ok = flags.returncode == 0 and p.returncode == 0
    r = subprocess.run([sexe, EN], capture_output=True) if ok else None
    check(ok and r.returncode == 0 and r.stdout == want,
          "pkg-config --static --libs links a fully static program that "
          "runs", (flags.stdout, flags.stderr, p.stderr[-1500:]))
report()
