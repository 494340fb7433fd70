#!/usr/bin/env python3
"""Assembles the Maven Central bundle from a release build's signed files, offline.

    assemble-bundle.py BUILD_DIR VERSION OUT.zip

The central-publishing plugin's publish goal, which writes central-bundle.zip, runs only online
("Goal publish requires online mode"), so an offline release check builds the same bundle here:
for each published module (inspect-bundle.py's PUBLISHED), the files MODULE/target/ARTIFACT-VERSION*
(jar, sources, javadoc, tests, POM, SBOM) with their .asc signatures, under the Maven layout
io/github/kaohe/ARTIFACT/VERSION/, each with .md5 and .sha1 (as the plugin adds). Entries are
sorted and dated 1980-01-01, so that two builds of one commit give the same zip.
"""
import hashlib
import importlib.util
import os
import sys
import zipfile

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("inspect_bundle", os.path.join(here, "inspect-bundle.py"))
inspect_bundle = importlib.util.module_from_spec(spec)
spec.loader.exec_module(inspect_bundle)


def main(build, version, out):
    entries = {}
    for root, dirs, files in os.walk(build):
        dirs[:] = [d for d in dirs if d not in ("classes", "test-classes", "generated-sources", "src", ".git")]
        if os.path.basename(root) != "target":
            continue
        for name in files:
            for artifact in inspect_bundle.PUBLISHED:
                prefix = f"{artifact}-{version}"
                rest = name[len(prefix):]
                if name.startswith(prefix) and (rest.startswith(".") or rest.startswith("-")) and not rest.endswith(".original"):
                    # kaohe-policy-kaifeng would also match kaohe-policy: the longest name wins
                    path = f"{inspect_bundle.GROUP.replace('.', '/')}/{artifact}/{version}/{name}"
                    if path not in entries or len(artifact) > len(entries[path][0]):
                        entries[path] = (artifact, os.path.join(root, name))
    if not entries:
        sys.exit(f"no signed files of version {version} in {build}")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for path in sorted(entries):
            data = open(entries[path][1], "rb").read()
            put(z, path, data)
            if not path.endswith(".asc"):
                put(z, path + ".md5", hashlib.md5(data).hexdigest().encode())
                put(z, path + ".sha1", hashlib.sha1(data).hexdigest().encode())
    print(f"{out}: {len(entries)} files of {len({a for a, _ in entries.values()})} modules, with checksums")


def put(z, path, data):
    info = zipfile.ZipInfo(path, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(info, data)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(*sys.argv[1:])
