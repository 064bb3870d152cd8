#!/usr/bin/env python3
"""Reports modules that import each other, in the library and the CLI.

One node per source file (a module). An edge A -> B when A names an item
defined in B: through `use crate::…`, `use super::…`, `use self::…`, a
child module's path, or such a path written inline in code. A name a
module only re-exports is followed to where it is defined, so a facade's
`pub use` is not itself the dependency; a parent's `pub use child::X` is an
edge parent -> child. `mod` lines build the module tree only (owning a
module is not importing it); test-only modules (`#[cfg(test)]`) and
comments are left out.

Prints every set of files that reach each other (a cycle) and exits 1 if
there is one. Usage: .ci/import_cycles.py [ROOT ...] (default: src/lib.rs
and cli/src/main.rs).
"""

import re
import sys
from pathlib import Path

IDENT = r"[A-Za-z_][A-Za-z0-9_]*"
ITEM = re.compile(
    r"^(?:pub(?:\([^)]*\))?\s+)?(?:unsafe\s+|async\s+|const\s+(?=fn))*"
    r"(?:struct|enum|fn|const|static|trait|type|union)\s+(" + IDENT + ")"
)
MACRO = re.compile(r"^macro_rules!\s*(" + IDENT + ")")
MOD_DECL = re.compile(r"^(?:pub(?:\([^)]*\))?\s+)?mod\s+(" + IDENT + r")\s*;")
USE = re.compile(r"^(?:pub(?:\([^)]*\))?\s+)?use\s+([^;]*);", re.M)
RAW = re.compile(r'b?r(#*)"(?:.|\n)*?"\1')
CHAR = re.compile(r"'(?:\\(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|.)|[^'\\\n])'")
INLINE = re.compile(r"(?<![\w:])(" + IDENT + r")((?:::" + IDENT + r")+)(\s*[(!{]?)")


class Module:
    def __init__(self, path, file, parent):
        self.path = path  # tuple of module names from the crate root
        self.file = file
        self.parent = parent
        self.children = {}  # name -> Module
        self.items = set()  # names defined here
        self.imports = {}  # name -> full path (tuple) it is bound to
        self.globs = []  # paths of `use x::*`
        # Paths this module names (first segment as written), and whether
        # the path is called (`a::b(…)`): then it names a value, not a module.
        self.refs = []


def strip_comments(text):
    """The code without comments, and string and char literals emptied
    (lines kept), so neither is read as a path."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if text.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif text.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    out.append("\n" if text[i] == "\n" else "")
                    i += 1
        elif (m := RAW.match(text, i)) and (i == 0 or not text[i - 1].isalnum()):
            out.append('""' + "\n" * m.group(0).count("\n"))
            i = m.end()
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append('""' + "\n" * text.count("\n", i, j))
            i = j + 1
        elif c == "'" and (m := CHAR.match(text, i)):
            out.append("' '")
            i = m.end()
        else:
            out.append(c)
            i += 1
    return "".join(out)


def without_tests(code):
    """Top-level items after `#[cfg(test)]` are removed (an item ends at the
    next line at column 0 that closes it: `;` or `}`)."""
    lines = code.split("\n")
    out, skipping = [], False
    for line in lines:
        if line.startswith("#[cfg(test)]"):
            skipping = True
            continue
        if skipping:
            if line.startswith("#["):
                continue
            # One-line items (`mod tests;`, `use …;`) end on their line.
            if line.rstrip().endswith(";") and not line.startswith(" "):
                skipping = False
                continue
            if line.startswith("}"):
                skipping = False
            continue
        out.append(line)
    return "\n".join(out)


def expand(tree):
    """`a::{b, c::{d, self}}` -> [a::b, a::c::d, a::c]; `x as y` keeps the alias."""
    tree = " ".join(tree.split())
    brace = tree.find("{")
    if brace < 0:
        alias = None
        if " as " in tree:
            tree, alias = [t.strip() for t in tree.split(" as ")]
        return [(tuple(s for s in tree.split("::") if s), alias)]
    prefix = tuple(s for s in tree[:brace].split("::") if s)
    inner = tree[brace + 1 : tree.rfind("}")]
    parts, depth, cur = [], 0, ""
    for ch in inner:
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
            continue
        depth += ch == "{"
        depth -= ch == "}"
        cur += ch
    parts.append(cur)
    out = []
    for part in parts:
        part = part.strip()
        if not part:
            continue
        for path, alias in expand(part):
            if path == ("self",):
                out.append((prefix, alias))
            else:
                out.append((prefix + path, alias))
    return out


def load(root_file):
    root = Module((), root_file, None)
    modules = []
    pending = [root]
    while pending:
        module = pending.pop()
        modules.append(module)
        code = without_tests(strip_comments(module.file.read_text()))
        here = module.file.parent
        if module.parent is not None and module.file.name != "mod.rs":
            here = here / module.file.stem
        for line in code.split("\n"):
            m = MOD_DECL.match(line)
            if m:
                name = m.group(1)
                for candidate in (here / f"{name}.rs", here / name / "mod.rs"):
                    if candidate.exists():
                        child = Module(module.path + (name,), candidate, module)
                        module.children[name] = child
                        pending.append(child)
                        break
            m = ITEM.match(line) or MACRO.match(line)
            if m:
                module.items.add(m.group(1))
        for m in USE.finditer(code):
            for path, alias in expand(m.group(1)):
                if not path:
                    continue
                if path[-1] == "*":
                    module.globs.append(path[:-1])
                    module.refs.append((path[:-1], False))
                    continue
                module.imports[alias or path[-1]] = path
                module.refs.append((path, False))
        body = USE.sub("", code)
        for m in INLINE.finditer(body):
            path = (m.group(1),) + tuple(m.group(2).split("::")[1:])
            module.refs.append((path, m.group(3).strip() in ("(", "!", "{")))
    return root, modules


def start(module, path):
    """The module a path starts from, and the rest of it; None for paths
    into other crates."""
    first = path[0]
    if first == "crate":
        while module.parent is not None:
            module = module.parent
        return module, path[1:]
    if first in ("self", "super"):
        while path and path[0] in ("self", "super"):
            if path[0] == "super":
                module = module.parent
                if module is None:
                    return None
            path = path[1:]
        return module, path
    if first in module.children:
        return module, path
    # A module imported by name (`use super::query::{self}`, then `query::x`).
    if first in module.imports and module.imports[first][0] in ("crate", "self", "super"):
        return start(module, module.imports[first] + path[1:])
    return None


def resolve(module, path, seen=None, value=False):
    """The module defining what `path` names, as seen from `module`."""
    seen = seen or set()
    key = (module.file, path)
    if key in seen:
        return None
    seen.add(key)
    begun = start(module, path)
    if begun is None:
        return None
    at, rest = begun
    for i, name in enumerate(rest):
        # A function may share its name with a module (`settings::profile`
        # and `settings::profile(…)`): a call names the function.
        last_value = value and i == len(rest) - 1 and (name in at.items or name in at.imports)
        if name in at.children and not last_value:
            at = at.children[name]
            continue
        if name in at.items:
            return at
        if name in at.imports:
            target = at.imports[name]
            if target[0] not in ("crate", "self", "super") and target[0] not in at.children:
                return None  # another crate's item
            return resolve(at, target + rest[i + 1 :], seen, value)
        for glob in at.globs:
            found = resolve(at, glob + rest[i:], seen, value)
            if found is not None:
                return found
        return None
    return at  # the path names a module itself


def cycles(modules):
    edges = {m.file: set() for m in modules}
    for module in modules:
        for path, value in module.refs:
            target = resolve(module, path, value=value)
            if target is not None and target.file != module.file:
                edges[module.file].add(target.file)
    # Tarjan's strongly connected components.
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(edges[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    sys.setrecursionlimit(10000)
    for v in sorted(edges):
        if v not in index:
            visit(v)
    return out, edges


def main():
    roots = [Path(a) for a in sys.argv[1:]] or [Path("src/lib.rs"), Path("cli/src/main.rs")]
    found = False
    for root_file in roots:
        _, modules = load(root_file)
        components, edges = cycles(modules)
        count = sum(len(e) for e in edges.values())
        print(f"{root_file}: {len(modules)} modules, {count} imports, {len(components)} cycles")
        for component in components:
            found = True
            print("  cycle:")
            for file in component:
                inside = sorted(str(t) for t in edges[file] if t in component)
                print(f"    {file} -> {', '.join(inside)}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
