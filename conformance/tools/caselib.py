"""Shared by regen.py and run.py: finding cases, reading directives, running one case.

Both tools must run a case in exactly the same way (cwd, argv, environment, timeout),
otherwise expectations and results would not be comparable; keeping that in one place
is the point of this module.
"""
import ast
import os
import re
import subprocess

TOOLS_DIR = os.path.dirname(os.path.abspath(__file__))
SUITE_DIR = os.path.dirname(TOOLS_DIR)
CASES_DIR = os.path.join(SUITE_DIR, "cases")
EXPECTED_DIR = os.path.join(SUITE_DIR, "expected")
ORACLE_SHIM_DIR = os.path.join(TOOLS_DIR, "oracle")

TIMEOUT_SECONDS = 10

# Directives the tools understand; anything else in a `# corral:` line is an error so
# that a typo cannot silently change what a case means.
KNOWN_DIRECTIVES = ("divergence", "inputs", "external", "limit", "expect-limit")

# Directives that make a case a *host case*: it runs through the C test host
# (tests/host/corral_host.c), and CPython runs it through tools/oracle/corral_oracle_host.py.
HOST_DIRECTIVES = ("inputs", "external", "limit", "expect-limit")

# Every case in a topic folder named host_* is a host case too (e.g. the sandbox escape
# attempts, which need no directive).
HOST_TOPIC_PREFIX = "host_"

LIMIT_KINDS = ("memory", "allocations", "time", "fuel", "recursion", "interrupt")

ORACLE_HOST_CODE = "import corral_oracle_host; corral_oracle_host.main()"

_DIRECTIVE_RE = re.compile(r"^#\s*corral:\s*([a-z-]+)\s*(.*?)\s*$")


class Case:
    def __init__(self, topic, name):
        self.topic = topic
        self.name = name

    @property
    def ident(self):
        return self.topic + "/" + self.name

    @property
    def folder(self):
        return os.path.join(CASES_DIR, self.topic)

    @property
    def file_name(self):
        return self.name + ".py"

    @property
    def path(self):
        return os.path.join(self.folder, self.file_name)

    def expected_path(self, suffix):
        return os.path.join(EXPECTED_DIR, self.topic, self.name + suffix)

    def directives(self):
        """Directives from the leading comment block: (name, argument) pairs.

        Only the comments before the first line of code count, so that a `# corral:`
        inside a string or late comment cannot change how the case is judged.
        """
        found = []
        with open(self.path, encoding="utf-8") as source:
            for line in source:
                stripped = line.strip()
                if not stripped:
                    continue
                if not stripped.startswith("#"):
                    break
                match = _DIRECTIVE_RE.match(stripped)
                if match:
                    found.append((match.group(1), match.group(2)))
        return found

    def is_host_case(self):
        """Needs the C test host: host directives, a host_* topic, or top-level await."""
        if self.topic.startswith(HOST_TOPIC_PREFIX):
            return True
        if any(name in HOST_DIRECTIVES for name, _ in self.directives()):
            return True
        return has_top_level_await(self.path)

    def expected_limit(self):
        """The kind named by `# corral: expect-limit <kind>`, or None."""
        for name, argument in self.directives():
            if name == "expect-limit":
                return argument
        return None


def has_top_level_await(path):
    """True if the module itself (not a function) uses await / async for / async with."""
    with open(path, encoding="utf-8") as source:
        text = source.read()
    if "await" not in text and "async" not in text:
        return False
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return False
    pending = list(ast.iter_child_nodes(tree))
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.Await, ast.AsyncFor, ast.AsyncWith)):
            return True
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            # a class body runs at module level, but `await` there is a SyntaxError anyway
            continue
        pending.extend(ast.iter_child_nodes(node))
    return False


def limit_expectation(kind):
    """(stderr, rc) of a run stopped by a limit, as corral_host prints them."""
    return ("corral: limit exceeded: %s\n" % kind).encode("ascii"), 3


def oracle_command(python, case):
    """How CPython runs a case: host cases through the Python version of the test host."""
    if case.is_host_case():
        return [python, "-c", ORACLE_HOST_CODE]
    return [python]


def discover_cases():
    cases = []
    if not os.path.isdir(CASES_DIR):
        return cases
    for topic in sorted(os.listdir(CASES_DIR)):
        topic_dir = os.path.join(CASES_DIR, topic)
        if not os.path.isdir(topic_dir):
            continue
        for entry in sorted(os.listdir(topic_dir)):
            if entry.endswith(".py") and os.path.isfile(os.path.join(topic_dir, entry)):
                cases.append(Case(topic, entry[:-3]))
    return cases


def select_cases(cases, selectors):
    """Keep the cases named by selectors: `topic`, `topic/name`, or a path to a .py file."""
    if not selectors:
        return cases
    wanted = []
    for selector in selectors:
        if selector.endswith(".py") and os.path.exists(selector):
            absolute = os.path.abspath(selector)
            matched = [c for c in cases if os.path.abspath(c.path) == absolute]
        else:
            key = selector.strip("/")
            matched = [c for c in cases if c.ident == key or c.topic == key]
        if not matched:
            raise SystemExit("no case matches %r" % selector)
        wanted.extend(c for c in matched if c not in wanted)
    return wanted


def case_environment():
    """A fixed environment, so output cannot depend on the caller's locale or settings."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LC_ALL": "C.UTF-8",
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONUTF8": "1",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONNOUSERSITE": "1",
        # Only CPython reads this: it loads the shim that models Corral's sandbox
        # (no os/sys/subprocess/...). Corral ignores it.
        "PYTHONPATH": ORACLE_SHIM_DIR,
    }
    return env


class Outcome:
    def __init__(self, stdout, stderr, returncode, timed_out=False):
        self.stdout = stdout
        self.stderr = stderr
        self.returncode = returncode
        self.timed_out = timed_out


def run_case(interpreter_argv, case):
    """Run `<interpreter> name.py` in the case's folder; returns an Outcome with bytes."""
    try:
        completed = subprocess.run(
            list(interpreter_argv) + [case.file_name],
            cwd=case.folder,
            env=case_environment(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=TIMEOUT_SECONDS,
        )
    except subprocess.TimeoutExpired as expired:
        return Outcome(expired.stdout or b"", expired.stderr or b"", None, timed_out=True)
    return Outcome(completed.stdout, completed.stderr, completed.returncode)


def read_expected(case):
    """(stdout, stderr, rc) committed for a case, or None if any file is missing."""
    try:
        with open(case.expected_path(".out"), "rb") as f:
            stdout = f.read()
        with open(case.expected_path(".err"), "rb") as f:
            stderr = f.read()
        with open(case.expected_path(".rc"), "rb") as f:
            rc = int(f.read().decode("ascii").strip())
    except (OSError, ValueError):
        return None
    return stdout, stderr, rc
