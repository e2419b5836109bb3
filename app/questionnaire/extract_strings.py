#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes questionnaire_strings.cpp: every text of a questionnaire file as a
QT_TRANSLATE_NOOP("Questionnaire", ...) line, so that lupdate puts them in the .ts files.
At run time Harbour translates each with QCoreApplication::translate("Questionnaire", text).

    extract_strings.py QUESTIONNAIRE.json OUTPUT.cpp           write OUTPUT.cpp
    extract_strings.py --check QUESTIONNAIRE.json OUTPUT.cpp   exit 1 if OUTPUT.cpp is out of date
"""
import json
import sys

TEXT_KEYS = ("section", "title", "hint", "error_required", "item_title", "add_label")


def collect(questions, found, path=""):
    for question in questions:
        where = path + question["id"]
        for key in TEXT_KEYS:
            if question.get(key):
                found.setdefault(question[key].strip(), []).append("%s %s" % (where, key))
        for list_key in ("options", "place_types"):
            for option in question.get(list_key, []):
                for key in ("label", "hint"):
                    if option.get(key):
                        found.setdefault(option[key].strip(), []).append(
                            "%s %s %s" % (where, option["value"], key))
        for number, idea in enumerate(question.get("easy_read", []), 1):
            found.setdefault(idea["text"].strip(), []).append("%s easy read %d" % (where, number))
        collect(question.get("questions", []), found, where + " > ")


def c_string(text):
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return '"%s"' % escaped


def render(source_name, data):
    found = {}
    collect(data["questions"], found)
    lines = [
        "// SPDX-License-Identifier: GPL-3.0-or-later",
        "// clang-format off",
        "// Generated from %s by app/questionnaire/extract_strings.py: do not edit." % source_name,
        "// The texts of the shipped questionnaire, for lupdate; ctest questionnaire_strings checks it is current.",
        "// Generated lines stay as written (clang-format off above): one string per line.",
        "#include <QtGlobal>",
        "",
        "namespace {",
        "[[maybe_unused]] const char *const kQuestionnaireStrings[] = {",
    ]
    for text, uses in found.items():
        lines.append("    //: %s" % "; ".join(uses))
        lines.append('    QT_TRANSLATE_NOOP("Questionnaire", %s),' % c_string(text))
    lines += ["};", "} // namespace", ""]
    return "\n".join(lines)


def main(argv):
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    source, output = args
    with open(source, encoding="utf-8") as f:
        data = json.load(f)
    name = source[source.index("app/"):] if "app/" in source else source
    text = render(name, data)
    if check:
        try:
            with open(output, encoding="utf-8") as f:
                current = f.read()
        except OSError:
            current = None
        if current != text:
            print("%s is out of date with %s: run\n  /usr/bin/python3 app/questionnaire/extract_strings.py %s %s"
                  % (output, source, name, output[output.index("app/"):] if "app/" in output else output),
                  file=sys.stderr)
            return 1
        return 0
    with open(output, "w", encoding="utf-8") as f:
        f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
