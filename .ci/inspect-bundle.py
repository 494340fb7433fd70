#!/usr/bin/env python3
"""Checks a Maven Central bundle of Kaohe, as .ci/check-release builds it.

    inspect-bundle.py BUNDLE.zip VERSION        what Central needs, and only the published modules
    inspect-bundle.py --no-sbom BUNDLE.zip VERSION   the same, but no SBOM expected (an offline build:
                                                     the CycloneDX plugin runs online only)
    inspect-bundle.py --compare A.zip B.zip     two builds byte-identical, signatures aside

Exits 1 and lists every failure, or prints a summary and exits 0. Signatures are verified with gpg
in the keyring of GNUPGHOME when gpg is there.
"""
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

GROUP = "io.github.kaohe"
PUBLISHED = {
    "kaohe-parent": "pom",
    "kaohe-core": "jar",
    "kaohe-policy-kaifeng": "jar",
    "kaohe-policy-per-mu": "jar",
    "kaohe-report": "jar",
    "kaohe-excel": "jar",
    "kaohe-cli": "jar",
    "kaohe-junit": "jar",
    "kaohe-spring-boot-starter": "jar",
    "kaohe-spark": "jar",
}
NEVER = {"kaohe-examples", "kaohe-example-spring-app", "kaohe-benchmarks", "kaohe-fuzz"}
CHECKSUMS = {".md5": "md5", ".sha1": "sha1", ".sha256": "sha256", ".sha512": "sha512"}
REQUIRED_CHECKSUMS = (".md5", ".sha1")
NS = {"m": "http://maven.apache.org/POM/4.0.0"}


def is_side_file(name):
    return name.endswith(".asc") or any(name.endswith(ext) for ext in CHECKSUMS)


def text(pom, path):
    node = pom.find(path, NS)
    return (node.text or "").strip() if node is not None else ""


def inspect(bundle, version, sbom=True):
    failures = []
    with zipfile.ZipFile(bundle) as z:
        files = {n: z.read(n) for n in z.namelist() if not n.endswith("/")}
    base = GROUP.replace(".", "/") + "/"
    by_artifact = {}
    for name in files:
        if not name.startswith(base):
            failures.append(f"{name}: outside the group {GROUP}")
            continue
        parts = name[len(base):].split("/")
        if len(parts) != 3:
            failures.append(f"{name}: not artifact/version/file")
            continue
        artifact, v, _ = parts
        if v != version:
            failures.append(f"{name}: version {v}, expected {version}")
        by_artifact.setdefault(artifact, []).append(name)

    for artifact in sorted(by_artifact):
        if artifact in NEVER or artifact not in PUBLISHED:
            failures.append(f"{artifact}: published, but it is {'a test or example module' if artifact in NEVER else 'unknown'}")
    for artifact, packaging in PUBLISHED.items():
        if artifact not in by_artifact:
            failures.append(f"{artifact}: missing from the bundle")
            continue
        prefix = f"{base}{artifact}/{version}/{artifact}-{version}"
        needed = [".pom"] + (["-cyclonedx.json"] if sbom else [])
        if packaging == "jar":
            needed += [".jar", "-sources.jar", "-javadoc.jar"]
        for suffix in needed:
            if prefix + suffix not in files:
                failures.append(f"{artifact}: no {artifact}-{version}{suffix}")

    parent = None
    parent_pom = f"{base}kaohe-parent/{version}/kaohe-parent-{version}.pom"
    if parent_pom in files:
        parent = ET.fromstring(files[parent_pom])

    signed = 0
    for name, data in sorted(files.items()):
        if is_side_file(name):
            continue
        for ext in REQUIRED_CHECKSUMS:
            if name + ext not in files:
                failures.append(f"{name}: no {ext} checksum")
        for ext, algorithm in CHECKSUMS.items():
            if name + ext in files:
                want = files[name + ext].decode("ascii", "replace").split()[0] if files[name + ext].strip() else ""
                got = hashlib.new(algorithm, data).hexdigest()
                if want != got:
                    failures.append(f"{name}{ext}: {want} but the file's {algorithm} is {got}")
        if name + ".asc" not in files:
            failures.append(f"{name}: no .asc signature")
        else:
            signed += 1
        if name.endswith(".pom"):
            failures += check_pom(name, ET.fromstring(data), parent, version)
        elif name.endswith("-sources.jar"):
            failures += check_jar(name, data, lambda n: n.endswith(".java"), "no .java file")
        elif name.endswith("-javadoc.jar"):
            failures += check_jar(name, data, lambda n: n == "index.html", "no index.html")
        elif name.endswith(".jar"):
            failures += check_jar(name, data, lambda n: n.endswith(".class"), "no class")
            failures += check_no_tests(name, data)
        elif name.endswith("-cyclonedx.json"):
            bom = json.loads(data)
            if bom.get("bomFormat") != "CycloneDX" or "metadata" not in bom:
                failures.append(f"{name}: not a CycloneDX SBOM")

    failures += verify_signatures(files)
    return failures, len(by_artifact), len(files), signed


def check_pom(name, pom, parent, version):
    failures = []
    for path in ("m:name", "m:description"):
        if not text(pom, path):
            failures.append(f"{name}: no <{path[2:]}>")
    if text(pom, "m:version") not in ("", version) or "SNAPSHOT" in ET.tostring(pom, encoding="unicode"):
        failures.append(f"{name}: a SNAPSHOT or another version")
    # url, licenses, scm and developers may come from the parent POM, which is in the bundle.
    for path in ("m:url", "m:licenses/m:license/m:name", "m:licenses/m:license/m:url", "m:scm/m:connection",
                 "m:scm/m:developerConnection", "m:scm/m:url", "m:developers/m:developer/m:name"):
        if not text(pom, path) and (parent is None or not text(parent, path)):
            failures.append(f"{name}: no <{path.replace('m:', '')}>, here or in the parent")
    return failures


def check_jar(name, data, wanted, missing):
    with zipfile.ZipFile(io.BytesIO(data)) as jar:
        if not any(wanted(n) for n in jar.namelist()):
            return [f"{name}: {missing}"]
    return []


# Annotations only a test class carries (KaoheTests, ConditionTests and KaoheProperties are API).
TEST_ANNOTATIONS = (b"Lorg/junit/jupiter/api/Test;", b"Lnet/jqwik/api/Property;", b"Lnet/jqwik/api/Example;")


def check_no_tests(name, data):
    with zipfile.ZipFile(io.BytesIO(data)) as jar:
        tests = [n for n in jar.namelist()
                 if n.endswith(".class") and "/testkit/" not in n
                 and (n.endswith("Test.class") or any(a in jar.read(n) for a in TEST_ANNOTATIONS))]
    return [f"{name}: test classes {tests[:3]}"] if tests else []


def verify_signatures(files):
    if shutil.which("gpg") is None or "GNUPGHOME" not in os.environ:
        print("note: gpg or GNUPGHOME missing, signatures present but not verified", file=sys.stderr)
        return []
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, data in files.items():
            if not name.endswith(".asc"):
                continue
            signed = name[:-4]
            if signed not in files:
                failures.append(f"{name}: a signature of nothing")
                continue
            a, b = os.path.join(tmp, "file"), os.path.join(tmp, "file.asc")
            with open(a, "wb") as f:
                f.write(files[signed])
            with open(b, "wb") as f:
                f.write(data)
            result = subprocess.run(["gpg", "--batch", "--verify", b, a], capture_output=True)
            if result.returncode != 0:
                failures.append(f"{name}: bad signature: {result.stderr.decode(errors='replace').strip()[:200]}")
    return failures


def compare(first, second):
    with zipfile.ZipFile(first) as a, zipfile.ZipFile(second) as b:
        # Signatures differ from build to build (their time), and so do their checksums.
        names_a = {n for n in a.namelist() if ".asc" not in n}
        names_b = {n for n in b.namelist() if ".asc" not in n}
        failures = [f"{n}: only in the first build" for n in sorted(names_a - names_b)]
        failures += [f"{n}: only in the second build" for n in sorted(names_b - names_a)]
        same = 0
        for n in sorted(names_a & names_b):
            if a.read(n) != b.read(n):
                failures.append(f"{n}: differs between the two builds")
            else:
                same += 1
    return failures, same


def main(args):
    if len(args) == 3 and args[0] == "--compare":
        failures, same = compare(args[1], args[2])
        if failures:
            print("the two builds are not byte-identical:", *failures, sep="\n  ", file=sys.stderr)
            return 1
        print(f"reproducible: {same} files byte-identical in two builds (signatures aside)")
        return 0
    sbom = "--no-sbom" not in args
    args = [a for a in args if a != "--no-sbom"]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    failures, artifacts, count, signed = inspect(args[0], args[1], sbom)
    if failures:
        print(f"{args[0]}: {len(failures)} problems:", *failures, sep="\n  ", file=sys.stderr)
        return 1
    print(f"bundle ok: {artifacts} artifacts, {count} files, {signed} signed files, checksums and POMs complete, "
          f"no test or example module" + ("" if sbom else "; SBOMs not checked (--no-sbom)"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
