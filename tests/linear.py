#!/usr/bin/env python3
"""Inputs built to be slow, measured by doubling their size: the work (instructions counted by
valgrind's callgrind, which repeats exactly whatever else the machine does) and the peak memory
(the process's maximum resident set) must grow linearly, not with the square of the size.

usage: python3 tests/linear.py [CLI]     (default target/release/article-analyser)

For each case the CLI runs on the input at size N and 2N, and on an empty input (start-up,
the gazetteers); the ratio (work(2N) - work(0)) / (work(N) - work(0)) is about 2 for linear
work and 4 for quadratic work. A case fails above MAX_WORK_RATIO. Memory is measured the same
way natively, on inputs 8x and 32x larger (up to a few MB), comparing N with 4N, and fails above
MAX_MEMORY_RATIO. Exit status 1 if
any case fails. Needs valgrind and GNU time (Debian's packages; .ci/setup.sh --test installs
them).
"""
import json, os, re, subprocess, sys, tempfile

CLI = sys.argv[1] if len(sys.argv) > 1 else "target/release/article-analyser"
MAX_WORK_RATIO = 2.6
# Memory is compared at N and 4N: linear growth gives 4, quadratic 16; buffers that double their
# capacity can round a linear 4 up to 8, so that is the bound.
MAX_MEMORY_RATIO = 8.0

STORY = ("Le conseil municipal de Quenelot a voté mardi soir un budget de trois millions d'euros "
         "pour rénover les écoles, a déclaré la maire, Claire Vautrin, à la presse locale. ")


def jsonl(texts):
    return "".join(json.dumps({"id": f"d{i}", "text": t}, ensure_ascii=False) + "\n" for i, t in enumerate(texts))


# name -> (subcommand args, function of a size n giving the input text)
CASES = {
    "stats: 'a.' without spaces": (["stats"], lambda n: "a." * n),
    "stats: minified JSON": (["stats"], lambda n: json.dumps([{"k": "v.w", "n": i, "s": "x.y!z?"} for i in range(n // 24)])),
    "stats: one line of words": (["stats"], lambda n: "mot " * (n // 4)),
    "entities: quotation marks": (["entities"], lambda n: "« a » " * (n // 6)),
    "entities: deep nesting": (["entities"], lambda n: "« " * (n // 4) + " a " + " »" * (n // 4)),
    "entities: titles 'M. '": (["entities"], lambda n: "M. " * (n // 3)),
    "entities: capitalised words": (["entities"], lambda n: " ".join(["Alpha", "Beta", "Gamma", "Delta"] * (n // 23))),
    "entities: all capitals": (["entities"], lambda n: (STORY.upper()) * (n // len(STORY))),
    "entities: JSON blob": (["entities"], lambda n: json.dumps([{"Name": "Paris", "q": "\"a\" « b »", "n": i} for i in range(n // 40)])),
    "entities: a story repeated": (["entities"], lambda n: STORY * (n // len(STORY))),
    "entities: one person with a role, repeated": (["entities"], lambda n: "Le ministre Paul Garnier a parlé. " * (n // 35)),
    "duplicates: one sentence repeated": (["duplicates"], lambda n: STORY * (n // len(STORY))),
    "duplicates: copies of one story": (["duplicates", "--jsonl"], lambda n: jsonl([f"Édition {i}. " + STORY * 3 for i in range(n // 300)])),
    "duplicates: tiny documents": (["duplicates", "--jsonl"], lambda n: jsonl([f"Mot {i}." for i in range(n // 30)])),
}


def instructions(args, text):
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
        f.write(text)
        path = f.name
    try:
        cmd = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", CLI, *args]
        with open(path, "rb") as stdin:
            r = subprocess.run(cmd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        m = re.search(r"Collected\s*:\s*(\d+)", r.stderr)
        if not m:
            raise RuntimeError(f"no instruction count from callgrind:\n{r.stderr[-2000:]}")
        return int(m.group(1))
    finally:
        os.unlink(path)


def peak_kb(args, text):
    """The CLI's maximum resident set in KB, from GNU time (a process forked from this Python
    would start its high-water mark at this process's size, which survives exec)."""
    with tempfile.TemporaryFile() as stdin:
        stdin.write(text.encode("utf-8"))
        stdin.seek(0)
        r = subprocess.run(["/usr/bin/time", "-f", "%M", CLI, *args], stdin=stdin,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        return int(r.stderr.strip().splitlines()[-1])


def main():
    size = 100_000
    failed = []
    print(f"{'case':40} {'work 2N/N':>10} {'memory 4N/N':>12}")
    for name, (args, make) in CASES.items():
        base = instructions(args, "")
        one, two = (instructions(args, make(k * size)) - base for k in (1, 2))
        work = two / max(one, 1)
        mem_base = peak_kb(args, "")
        m1, m2 = (peak_kb(args, make(k * 8 * size)) - mem_base for k in (1, 4))
        memory = m2 / max(m1, 1) if m1 > 1024 else 1.0  # under 1 MB above start-up: nothing grows
        bad = work > MAX_WORK_RATIO or memory > MAX_MEMORY_RATIO
        print(f"{name:40} {work:10.2f} {memory:12.2f}{'  SUPERLINEAR' if bad else ''}")
        if bad:
            failed.append(name)
    n = len(CASES)
    print(f"{n - len(failed)} passed, {len(failed)} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
