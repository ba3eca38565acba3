"""Generate crates/vm/src/runtime/builtin_docs.rs: CPython 3.14's docstrings and text
signatures for the builtins ouro has.

Run from the repository root under CPython 3.14.2 (the reference, not the system python3):

    /work/shared/tools/cpython314 tools/gen_builtin_docs.py > crates/vm/src/runtime/builtin_docs.rs

The names come from tools/builtin_docs_names.txt, which tools/list_ouro_builtins.py writes
under ouro (rerun it first when ouro gains builtins):

    target/debug/ouro tools/list_ouro_builtins.py > tools/builtin_docs_names.txt

A name is kept only if CPython has it too and its CPython `__doc__` is a string; for a
type's attribute only the type's own `__dict__` counts (a static method is looked at through
its function, as `str.maketrans` is seen). Names whose CPython `__doc__` is None but that have
a `__text_signature__` (`tuple.__getnewargs__`) go to a second table. A summary goes to stderr.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from list_ouro_builtins import COLLISIONS, _is_entry, reachable  # noqa: E402

NAMES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "builtin_docs_names.txt")
COMMAND = "/work/shared/tools/cpython314 tools/gen_builtin_docs.py > crates/vm/src/runtime/builtin_docs.rs"


# The lookup function and its tests, as rustfmt lays them out.
TAIL = r"""
/// CPython's docstring and text signature of `owner`'s `name` ("" for a type itself).
pub(crate) fn builtin_doc(owner: &str, name: &str) -> Option<(&'static str, Option<&'static str>)> {
    let i = DOCS
        .binary_search_by(|&(o, n, _, _)| (o, n).cmp(&(owner, name)))
        .ok()?;
    Some((DOCS[i].2, DOCS[i].3))
}

/// The text signature of `owner`'s `name` when CPython gives it one but no docstring.
pub(crate) fn builtin_signature(owner: &str, name: &str) -> Option<&'static str> {
    let i = SIGNATURES
        .binary_search_by(|&(o, n, _)| (o, n).cmp(&(owner, name)))
        .ok()?;
    Some(SIGNATURES[i].2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_and_unique() {
        for pair in DOCS.windows(2) {
            assert!(
                (pair[0].0, pair[0].1) < (pair[1].0, pair[1].1),
                "{:?}",
                (pair[0].0, pair[0].1)
            );
        }
        for pair in SIGNATURES.windows(2) {
            assert!(
                (pair[0].0, pair[0].1) < (pair[1].0, pair[1].1),
                "{:?}",
                (pair[0].0, pair[0].1)
            );
        }
    }

    #[test]
    fn lookups() {
        assert_eq!(
            builtin_doc("list", "append"),
            Some((
                "Append object to the end of the list.",
                Some("($self, object, /)")
            ))
        );
        assert_eq!(
            builtin_doc("builtins", "len").map(|(_, sig)| sig),
            Some(Some("($module, obj, /)"))
        );
        assert!(builtin_doc("int", "").is_some());
        assert_eq!(
            builtin_signature("tuple", "__getnewargs__"),
            Some("($self, /)")
        );
        assert_eq!(builtin_doc("list", "no_such_name"), None);
    }
}
"""


def rust_str(s):
    """A Rust string literal for `s`: raw with enough #'s, or escaped if it holds a CR."""
    if "\r" not in s:
        n = 1
        while ('"' + "#" * n) in s:
            n += 1
        return "r" + "#" * n + '"' + s + '"' + "#" * n
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\u{%x}" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def plain_str(s):
    """A plain Rust string literal for an identifier-like owner or name."""
    if any(ch in s for ch in '\\"') or any(ord(ch) < 0x20 for ch in s):
        return rust_str(s)
    return '"' + s + '"'


def text_signature(obj):
    try:
        sig = getattr(obj, "__text_signature__", None)
    except Exception:
        return None
    return sig if isinstance(sig, str) else None


def lookup(modules, types, kind, owner, name):
    """(found, doc, signature) of one listed name in this CPython."""
    if kind == "module":
        module = modules.get(owner)
        if module is None or name not in module.__dict__:
            return False, None, None
        obj = module.__dict__[name]
    else:
        t = types.get(owner)
        if t is None:
            return False, None, None
        if name == "":
            obj = t
        else:
            if name not in t.__dict__:
                return False, None, None
            obj = t.__dict__[name]
            if not _is_entry(obj):
                return True, None, None
            if isinstance(obj, staticmethod):
                # A builtin static method (str.maketrans): what `T.name` shows is its
                # function's docstring and signature, not staticmethod's own docstring.
                obj = obj.__func__
    try:
        doc = obj.__doc__
    except Exception:
        doc = None
    if not isinstance(doc, str):
        return True, None, text_signature(obj)
    return True, doc, text_signature(obj)


def main():
    if sys.version_info[:2] != (3, 14):
        sys.exit("gen_builtin_docs.py: run me under CPython 3.14, not " + sys.version)
    version = sys.version.split()[0]
    modules, types = reachable()
    listed = []
    with open(NAMES, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line:
                kind, owner, name = line.split("\t")
                listed.append((kind, owner, name))
    rows = {}
    signature_rows = {}
    missing = []
    no_doc = []
    for kind, owner, name in listed:
        found, doc, sig = lookup(modules, types, kind, owner, name)
        if not found:
            missing.append((kind, owner, name))
        elif doc is None:
            no_doc.append((kind, owner, name))
            if sig is not None:
                signature_rows.setdefault((owner, name), sig)
        else:
            key = (owner, name)
            if key in rows and rows[key] != (doc, sig):
                print("gen_builtin_docs.py: duplicate %r" % (key,), file=sys.stderr)
            rows.setdefault(key, (doc, sig))
    order = sorted(rows, key=lambda k: (k[0].encode("utf-8"), k[1].encode("utf-8")))

    w = sys.stdout.write
    w("//! CPython %s's docstrings and text signatures for the builtins ouro has.\n" % version)
    w("//!\n")
    w("//! GENERATED FILE, DO NOT EDIT BY HAND. Regenerate from the repository root with\n")
    w("//! `%s`\n" % COMMAND)
    w("//! (CPython %s; names from tools/builtin_docs_names.txt, written by\n" % version)
    w("//! tools/list_ouro_builtins.py run under ouro).\n")
    w("//!\n")
    w("//! Owners are a type's `__name__` (name \"\" is the type's own docstring, other names are\n")
    w("//! entries of its own `__dict__`) or a module's name for its functions (\"builtins\",\n")
    w("//! \"math\", ...).\n")
    w("\n")
    w("/// (owner, name, doc, text signature), sorted by (owner, name).\n")
    w("#[rustfmt::skip]\n")
    w("pub(crate) static DOCS: &[(&str, &str, &str, Option<&str>)] = &[\n")
    for owner, name in order:
        doc, sig = rows[(owner, name)]
        w("    (%s, %s, %s, %s),\n" % (
            plain_str(owner),
            plain_str(name),
            rust_str(doc),
            "None" if sig is None else "Some(%s)" % rust_str(sig),
        ))
    w("];\n")
    w("\n")
    w("/// (owner, name, text signature) of the names whose CPython `__doc__` is None,\n")
    w("/// sorted by (owner, name).\n")
    w("#[rustfmt::skip]\n")
    w("pub(crate) static SIGNATURES: &[(&str, &str, &str)] = &[\n")
    sig_order = sorted(signature_rows, key=lambda k: (k[0].encode("utf-8"), k[1].encode("utf-8")))
    for owner, name in sig_order:
        w("    (%s, %s, %s),\n" % (
            plain_str(owner),
            plain_str(name),
            rust_str(signature_rows[(owner, name)]),
        ))
    w("];\n")
    w(TAIL)

    def summary(label, items):
        kinds = {}
        for kind, owner, name in items:
            kinds[kind] = kinds.get(kind, 0) + 1
        print("%s: %d %r" % (label, len(items), kinds), file=sys.stderr)

    if COLLISIONS:
        print("types sharing a name (first kept): %s" % sorted(set(COLLISIONS)), file=sys.stderr)
    print("listed: %d, entries: %d" % (len(listed), len(order)), file=sys.stderr)
    summary("not in CPython", missing)
    summary("CPython __doc__ None", no_doc)
    print("of those with a text signature: %d" % len(signature_rows), file=sys.stderr)
    if os.environ.get("GEN_BUILTIN_DOCS_VERBOSE"):
        for item in missing:
            print("  missing:", "\t".join(item), file=sys.stderr)
        for item in no_doc:
            print("  no doc:", "\t".join(item), file=sys.stderr)


if __name__ == "__main__":
    main()
