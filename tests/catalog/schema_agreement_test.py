#!/usr/bin/env python3
"""pricing-data/schema.json and the core's loader agree.

Contributors' editors validate against the schema; the calculator validates
with the loader. Every shipped file must pass both, and each mutation below
must fail both, with the loader naming the same JSON Pointer.

Usage: schema_agreement_test.py IMGCOST_BINARY
"""
import copy
import json
import os
import subprocess
import sys
import tempfile
import unittest

import jsonschema

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "..", "pricing-data"))
BINARY = None
DELETE = object()

# (file, JSON Pointer, new value or DELETE[, the loader's pointer when it names a
# key inside the new value])
MUTATIONS = [
    ("openai.json", "/format_version", 1),
    ("openai.json", "/provider/id", "OpenAI"),
    ("openai.json", "/provider/url", "ftp://openai.com"),
    ("openai.json", "/provider/name", DELETE),
    ("openai.json", "/models", DELETE),
    ("openai.json", "/colour", "blue"),
    ("openai.json", "/$schema", 5),
    ("openai.json", "/models/0/id", "dall-e-2"),
    ("openai.json", "/models/0/status", "retired"),
    ("openai.json", "/models/0/status_date", "2026-05-12"),
    ("openai.json", "/models/0/lifecycle/shutdown", "12 May 2026"),
    ("openai.json", "/models/0/lifecycle/released", "2023-13-01"),
    ("openai.json", "/models/0/lifecycle/successor", "DALL-E 3"),
    ("openai.json", "/models/0/lifecycle/retired", "2026-05-12"),
    ("openai.json", "/models/0/lifecycle", "retired"),
    ("openai.json", "/models/2/lifecycle/source/checked", DELETE),
    ("openai.json", "/models/2/lifecycle/source/as_of", "2026-11-24"),
    ("openai.json", "/models/0/pricing", {"structure": "per_image"}),
    ("openai.json", "/models/0/pricing", []),
    ("openai.json", "/models/0/pricing/0/effective_from", DELETE),
    ("openai.json", "/models/0/pricing/0/effective_from", "2023-12-5"),
    ("openai.json", "/models/0/pricing/0/structure", "per_pixel"),
    ("openai.json", "/models/0/pricing/0/source/checked", "2023-13-25"),
    ("openai.json", "/models/0/pricing/0/source/checked", "202--12-25"),
    ("openai.json", "/models/0/pricing/0/source/checked", DELETE),
    ("openai.json", "/models/0/pricing/0/source/as_of", "2023-12-25"),
    ("openai.json", "/models/0/pricing/0/source/confidence", "D"),
    ("openai.json", "/models/0/pricing/0/source/url", DELETE),
    ("openai.json", "/models/0/pricing/0/tiers/0/size", "256 x 256"),
    ("openai.json", "/models/0/pricing/0/tiers/0/size", "8x8"),
    ("openai.json", "/models/0/pricing/0/tiers/0/prices/any", -0.016),
    ("openai.json", "/models/0/pricing/0/tiers/0/prices/any", "0.016"),
    ("openai.json", "/models/0/pricing/0/tiers", []),
    ("openai.json", "/models/0/edit", {"effective_from": "2023-12-25", "structure": "per_image",
                                       "source": {"url": "https://openai.com", "checked": "2023-12-25", "confidence": "A"},
                                       "tiers": [{"size": "256x256", "prices": {"any": 0.016}}]},
     "/models/0/edit/effective_from"),
    ("openai.json", "/models/2/pricing/0/crosscheck", "genai-prices agrees"),
    ("openai.json", "/models/2/pricing/0/crosscheck", {}),
    ("openai.json", "/models/2/pricing/0/crosscheck", {"genai_prices": ""},
     "/models/2/pricing/0/crosscheck/genai_prices"),
    ("openai.json", "/models/2/pricing/0/crosscheck", {"litellm": "a registry the check does not read"},
     "/models/2/pricing/0/crosscheck/litellm"),
    ("openai.json", "/models/0/edit", {"crosscheck": {"genai_prices": "an edit is not a price period"},
                                       "structure": "per_image",
                                       "source": {"url": "https://openai.com", "checked": "2023-12-25", "confidence": "A"},
                                       "tiers": [{"size": "256x256", "prices": {"any": 0.016}}]},
     "/models/0/edit/crosscheck"),
    ("openai.json", "/services/0/kind", "filter"),
    ("openai.json", "/services/0/price", -1),
    ("openai.json", "/services/0/status", "active"),
    ("openai.json", "/services/0/lifecycle", {"shutdown": "2026-5-1"}, "/services/0/lifecycle/shutdown"),
    ("fal.json", "/models/0/pricing/0/rounding", "down"),
    ("fal.json", "/models/0/pricing/0/price_per_megapixel", DELETE),
    ("replicate.json", "/models/12/pricing/0/price_per_second", 0),
    ("cloudflare.json", "/services/0/rates/0/price", -0.01),
    ("cloudflare.json", "/services/0/rates", []),
    # Quality ratings (openai.json /models/5 is openai/gpt-image-2; docs/catalog.md#quality).
    ("openai.json", "/models/5/quality/0/leaderboard", "artificial-analysis"),
    ("openai.json", "/models/5/quality/0/category", "image-edit"),
    ("openai.json", "/models/5/quality/0/source", DELETE),
    ("openai.json", "/models/5/quality/0/source/as_of", DELETE),
    ("openai.json", "/models/5/quality/0/source/url", DELETE),
    ("openai.json", "/models/5/quality/0/source/as_of", "10 Aug 2026"),
    ("openai.json", "/models/5/quality/0/votes", -1),
    ("openai.json", "/models/5/quality/0/votes", 1.5),
    ("openai.json", "/models/5/quality/0/rating", "1381"),
    ("openai.json", "/models/5/quality/0/elo", 1381),
    ("openai.json", "/models/5/quality", []),
    ("fal.json", "/models/0/rated_as", "BFL/Flux"),
]

# Rules a JSON Schema cannot state (one value against another, or a reference
# to another file): the loader alone rejects these, at this pointer.
LOADER_ONLY_MUTATIONS = [
    ("openai.json", "/models/5/quality/0/rating", 1500, "/models/5/quality/0/rating"),
    ("openai.json", "/models/5/quality/0/ci_low", 1390, "/models/5/quality/0/ci_low"),
    ("fal.json", "/models/0/rated_as", "bfl/flux-9", "/models/0/rated_as"),
]


# defaults.json against defaults.schema.json, loaded with the whole catalog.
DEFAULTS_MUTATIONS = [
    ("/format_version", 1),
    ("/format_version", DELETE),
    ("/default_models", DELETE),
    ("/default_models", []),
    ("/default_models", "openai/gpt-image-2"),
    ("/default_models/0", "OpenAI/GPT"),
    ("/default_models/1", "google/gemini-3.1-flash-image"),  # a duplicate of the first entry
    ("/default", "openai/gpt-image-2"),
]


def load(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return json.load(f)


def mutate(document, pointer, value):
    doc = copy.deepcopy(document)
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]
    parent = doc
    for p in parts[:-1]:
        parent = parent[int(p)] if isinstance(parent, list) else parent[p]
    last = int(parts[-1]) if isinstance(parent, list) else parts[-1]
    if value is DELETE:
        del parent[last]
    else:
        parent[last] = value
    return doc


def loader_errors(name, document):
    """The loader's errors for `document`, loaded as `name` next to every other
    shipped provider file (a reseller's rated_as names another file's model)."""
    with tempfile.TemporaryDirectory() as folder:
        for other in os.listdir(DATA):
            if other.endswith(".json") and not other.endswith("schema.json") and other not in ("defaults.json", name):
                with open(os.path.join(folder, other), "w", encoding="utf-8") as f:
                    json.dump(load(other), f)
        with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
            json.dump(document, f)
        out = subprocess.run([BINARY, "catalog", "--catalog", folder], capture_output=True, text=True, timeout=60)
        if out.returncode != 0:
            raise AssertionError(f"imgcost catalog failed: {out.stderr}")
        return json.loads(out.stdout)["load_errors"]


def catalog_errors_with_defaults(document):
    """The loader's errors for the whole shipped catalog with `document` as defaults.json."""
    with tempfile.TemporaryDirectory() as folder:
        for name in os.listdir(DATA):
            if name.endswith(".json") and not name.endswith("schema.json") and name != "defaults.json":
                with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
                    json.dump(load(name), f)
        with open(os.path.join(folder, "defaults.json"), "w", encoding="utf-8") as f:
            json.dump(document, f)
        out = subprocess.run([BINARY, "catalog", "--catalog", folder, "--as-of", "2026-11-30"],
                             capture_output=True, text=True, timeout=60)
        if out.returncode != 0:
            raise AssertionError(f"imgcost catalog failed: {out.stderr}")
        return json.loads(out.stdout)["load_errors"]


class SchemaAgreement(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.validator = jsonschema.Draft202012Validator(load("schema.json"))
        cls.defaults_validator = jsonschema.Draft202012Validator(load("defaults.schema.json"))

    def test_the_schemas_are_valid_2020_12_schemas(self):
        jsonschema.Draft202012Validator.check_schema(load("schema.json"))
        jsonschema.Draft202012Validator.check_schema(load("defaults.schema.json"))

    def test_defaults_json_passes_its_schema_and_the_loader(self):
        self.assertEqual([e.message for e in self.defaults_validator.iter_errors(load("defaults.json"))], [])
        self.assertEqual(catalog_errors_with_defaults(load("defaults.json")), [])

    def test_each_defaults_mutation_fails_its_schema_and_the_loader_at_the_same_path(self):
        for pointer, value in DEFAULTS_MUTATIONS:
            shown = "DELETE" if value is DELETE else json.dumps(value)
            with self.subTest(pointer=pointer, value=shown):
                document = mutate(load("defaults.json"), pointer, value)
                self.assertTrue(list(self.defaults_validator.iter_errors(document)), "the schema accepts it")
                errors = catalog_errors_with_defaults(document)
                self.assertEqual(len(errors), 1, "the loader accepts it")
                self.assertEqual(errors[0]["file"], "defaults.json")
                where = pointer.rsplit("/", 1)[0] if value is DELETE else pointer
                self.assertIn(errors[0]["path"], (pointer, where, "/" if where == "" else where))

    def test_every_shipped_file_passes_the_schema_and_the_loader(self):
        for name in sorted(os.listdir(DATA)):
            if not name.endswith(".json") or name.endswith("schema.json") or name == "defaults.json":
                continue
            with self.subTest(file=name):
                document = load(name)
                self.assertEqual([e.message for e in self.validator.iter_errors(document)], [])
                self.assertEqual(loader_errors(name, document), [])

    def test_a_crosscheck_acknowledgement_on_a_price_period_passes_both(self):
        document = mutate(load("openai.json"), "/models/2/pricing/0/crosscheck",
                          {"genai_prices": "genai-prices lists the launch price"})
        self.assertEqual([e.message for e in self.validator.iter_errors(document)], [])
        self.assertEqual(loader_errors("openai.json", document), [])

    def test_each_mutation_fails_the_schema_and_the_loader_at_the_same_path(self):
        for name, pointer, value, *loader_pointer in MUTATIONS:
            shown = "DELETE" if value is DELETE else json.dumps(value)
            with self.subTest(file=name, pointer=pointer, value=shown):
                document = mutate(load(name), pointer, value)
                self.assertTrue(list(self.validator.iter_errors(document)), "the schema accepts it")
                errors = loader_errors(name, document)
                self.assertEqual(len(errors), 1, "the loader accepts it")
                self.assertTrue(errors[0]["reason"])
                # A missing key is reported at its parent object; anything else at itself.
                where = pointer.rsplit("/", 1)[0] if value is DELETE else pointer
                if loader_pointer:
                    pointer = where = loader_pointer[0]
                self.assertTrue(errors[0]["path"] == pointer or errors[0]["path"] == where or
                                (where == "" and errors[0]["path"] in ("", "/")),
                                f"loader path {errors[0]['path']!r}, expected {pointer!r}")


class LoaderOnly(unittest.TestCase):
    def test_each_loader_only_mutation_is_rejected_at_its_pointer(self):
        for name, pointer, value, expected in LOADER_ONLY_MUTATIONS:
            with self.subTest(file=name, pointer=pointer, value=json.dumps(value)):
                errors = loader_errors(name, mutate(load(name), pointer, value))
                self.assertEqual(len(errors), 1, errors)
                self.assertEqual(errors[0]["file"], name)
                self.assertEqual(errors[0]["path"], expected)
                self.assertTrue(errors[0]["reason"])


if __name__ == "__main__":
    BINARY = sys.argv[1]
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(SchemaAgreement)
    suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(LoaderOnly))
    sys.exit(0 if unittest.TextTestRunner(verbosity=2).run(suite).wasSuccessful() else 1)
