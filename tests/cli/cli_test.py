#!/usr/bin/env python3
"""The imgcost CLI as docs/interfaces.md#cli describes it, run against the bundled catalog.

Usage: cli_test.py IMGCOST_BINARY [examples|bad-input|interface]
Worked examples are computed by hand from the prices in pricing-data/; each
one is a scenario the README quotes or a reader would try first.
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

BINARY = None
# The day every run takes as today (IMGCOST_TODAY), so that no example depends
# on the day the tests run; the clock itself is tested with real_clock=True.
TEST_DAY = "2026-12-01"


def run(*args, stdin=None, real_clock=False, today=TEST_DAY):
    env = {k: v for k, v in os.environ.items() if k != "IMGCOST_TODAY"}
    if not real_clock:
        env["IMGCOST_TODAY"] = today
    return subprocess.run([BINARY, *args], input=stdin, capture_output=True, text=True, timeout=60, env=env)


def estimate(scenario):
    out = run("estimate", "--scenario", "-", stdin=json.dumps(scenario))
    if out.returncode != 0:
        raise AssertionError(f"exit {out.returncode}: {out.stderr}")
    return json.loads(out.stdout)


class WorkedExamples(unittest.TestCase):
    def test_dall_e_3_at_one_in_three_accepted_costs_12_cents_per_usable_image(self):
        r = estimate({"model": "openai/dall-e-3", "acceptance_rate": 1 / 3})
        self.assertAlmostEqual(r["price_per_generation"], 0.04)
        self.assertAlmostEqual(r["cost_per_usable_image"], 0.12)
        self.assertTrue(any("retired" in w for w in r["warnings"]), r["warnings"])

    def test_dall_e_3_hd_wide_at_half_accepted(self):
        # $0.12 per 1792x1024 hd image, half accepted: $0.24 per usable image,
        # 2000 generations for 1000 images: $240 a month.
        r = estimate({"model": "openai/dall-e-3", "quality": "hd", "width": 1792, "height": 1024,
                      "acceptance_rate": 0.5})
        self.assertEqual(r["billed_as"], "1792x1024, hd")
        self.assertAlmostEqual(r["cost_per_usable_image"], 0.24)
        self.assertAlmostEqual(r["monthly"]["accepted"], 120)
        self.assertAlmostEqual(r["monthly"]["rejected"], 120)
        self.assertAlmostEqual(r["monthly"]["total"], 240)
        self.assertAlmostEqual(r["annual_total"], 2880)

    def test_flux_2_pro_at_4_megapixels(self):
        # First MP $0.03, then 3 more at $0.015: $0.075.
        r = estimate({"model": "bfl/flux-2-pro", "width": 2048, "height": 2048})
        self.assertAlmostEqual(r["price_per_generation"], 0.075)

    def test_together_schnell_is_priced_per_million_pixels(self):
        # 1024 × 1024 = 1,048,576 px at $0.0027 per 10^6 px.
        r = estimate({"model": "together/flux-1-schnell"})
        self.assertAlmostEqual(r["price_per_generation"], 0.0027 * 1.048576, places=9)

    def test_imagen_4_fast_with_moderation_storage_and_delivery(self):
        # V = 1000 at a = 0.8: 1250 generations × $0.02 = $20 accepted + $5 rejected.
        # Moderation is free. Storage: 1000 × 12 months × 1.5 MB = 18 GB × $0.023 = $0.414.
        # Delivery: 1000 × 10 views × 1.5 MB = 15 GB, inside CloudFront's free first TB.
        r = estimate({"model": "google/imagen-4-fast", "acceptance_rate": 0.8,
                      "moderation": "openai/omni-moderation-latest", "storage": "aws/s3-standard",
                      "cdn": "aws/cloudfront-us", "views_per_image": 10})
        m = r["monthly"]
        self.assertAlmostEqual(m["accepted"], 20)
        self.assertAlmostEqual(m["rejected"], 5)
        self.assertAlmostEqual(m["moderation"], 0)
        self.assertAlmostEqual(m["storage"], 0.414)
        self.assertAlmostEqual(m["delivery"], 0)
        self.assertAlmostEqual(m["total"], 25.414)
        self.assertAlmostEqual(r["all_in_cost_per_image"], 0.025414)

    def test_negotiated_price_replaces_the_catalog_price(self):
        r = estimate({"model": "google/imagen-4", "price_per_image": 0.03, "images_per_month": 500})
        self.assertAlmostEqual(r["price_per_generation"], 0.03)
        self.assertAlmostEqual(r["monthly"]["total"], 15)

    def test_projection_grows_ten_percent_a_month(self):
        r = estimate({"model": "google/imagen-4-fast", "months": 3, "monthly_growth": 0.1})
        images = [m["images"] for m in r["projection"]]
        self.assertEqual(len(images), 3)
        for got, want in zip(images, [1000, 1100, 1210]):
            self.assertAlmostEqual(got, want)
        self.assertAlmostEqual(r["projection"][-1]["cumulative"], 0.02 * 3310)

    def test_compare_lists_callable_models_cheapest_first(self):
        # A fixed day, on which the scenario's own model is still callable: the
        # scenario's model is listed whatever its status, and GPT-Image-1.5 shut
        # down on 2026-12-01 (this test had passed only before that day).
        scenario = {"model": "openai/gpt-image-1.5", "as_of": "2026-11-30"}
        out = run("compare", "--scenario", "-", stdin=json.dumps(scenario))
        self.assertEqual(out.returncode, 0, out.stderr)
        rows = json.loads(out.stdout)["models"]
        priced = [r["cost_per_delivered_image"] for r in rows if r["ok"]]
        self.assertGreater(len(priced), 50)
        self.assertEqual(priced, sorted(priced))
        self.assertFalse(any(r["status"] == "retired" for r in rows))

    def test_link_round_trip_gives_the_same_figures(self):
        scenario = {"model": "openai/gpt-image-1.5", "quality": "high", "acceptance_rate": 0.4,
                    "images_per_month": 2500}
        link = run("link", "--scenario", "-", "--base", "https://example.org/calc/", stdin=json.dumps(scenario))
        self.assertEqual(link.returncode, 0, link.stderr)
        url = link.stdout.strip()
        self.assertTrue(url.startswith("https://example.org/calc/?"), url)
        from_link = json.loads(run("estimate", "--link", url).stdout)
        self.assertEqual(from_link["monthly"]["total"], estimate(scenario)["monthly"]["total"])


# Each docs/cost-model.md#inputs input out of range: exit 2 and a message naming the key.
BAD_INPUTS = [
    ("width", 63), ("width", 16385), ("width", 1000.5), ("height", 0), ("height", 20000),
    ("steps", 0), ("steps", 501), ("images_per_month", -1), ("images_per_month", 1e13),
    ("acceptance_rate", 0), ("acceptance_rate", 1.5), ("edits_per_image", -0.1),
    ("edits_per_image", 1001), ("upscale_share", 1.1), ("upscale_share", -0.5), ("batch_share", 2),
    ("image_mb", -1), ("retention_months", -1), ("retention_months", 601), ("views_per_image", -3),
    ("prompt_tokens", -1), ("months", 0), ("months", 61), ("monthly_growth", -1.5),
    ("monthly_growth", 11), ("price_per_image", -0.01), ("edit_price", -1), ("upscale_price", -1),
    ("batch_discount", 1.5), ("moderation_price", -1), ("storage_price_gb_month", -1),
    ("cdn_price_gb", -1), ("acceptance_rate", "high"), ("quality", "ultra-mega"),
    ("model", "nobody/nothing"), ("moderation", "aws/s3-standard"), ("storage", "no/such"),
    ("cdn", "no/such"), ("upscaler", "no/such"), ("colour", "blue"),
]


class AsOf(unittest.TestCase):
    """Everything as of a date: --as-of > the scenario's (or link's) as_of > today (UTC)."""

    def test_without_a_date_the_cli_prices_on_todays_date(self):
        today = subprocess.run(["date", "-u", "+%F"], capture_output=True, text=True).stdout.strip()
        scenario = json.dumps({"model": "google/imagen-4-fast"})
        r = json.loads(run("estimate", "--scenario", "-", stdin=scenario, real_clock=True).stdout)
        # Around midnight UTC the two clocks may straddle the day: read it again.
        after = subprocess.run(["date", "-u", "+%F"], capture_output=True, text=True).stdout.strip()
        self.assertIn(r["as_of"], (today, after))
        out = run("compare", "--scenario", "-", stdin=scenario, real_clock=True)
        self.assertIn(json.loads(out.stdout)["scenario"]["as_of"], (today, after))
        self.assertIn(json.loads(run("catalog", real_clock=True).stdout)["as_of"], (today, after))

    def test_imgcost_today_moves_the_clock_not_the_scenario(self):
        # On 2026-11-15 GPT-Image-1.5 was still callable; from 2026-12-01 it is retired.
        scenario = json.dumps({"model": "openai/gpt-image-1.5"})
        before = json.loads(run("estimate", "--scenario", "-", stdin=scenario, today="2026-11-15").stdout)
        self.assertEqual((before["as_of"], before["status"]), ("2026-11-15", "deprecated"))
        after = json.loads(run("estimate", "--scenario", "-", stdin=scenario, today="2026-12-01").stdout)
        self.assertEqual((after["as_of"], after["status"]), ("2026-12-01", "retired"))
        link = run("link", "--scenario", "-", stdin=scenario, today="2026-11-15").stdout
        self.assertNotIn("as_of", link)
        self.assertEqual(json.loads(run("catalog", today="2026-11-15").stdout)["as_of"], "2026-11-15")

    def test_a_bad_imgcost_today_exits_2_naming_it(self):
        out = run("estimate", "--scenario", "-", stdin=json.dumps({"model": "openai/dall-e-3"}), today="2026-13-01")
        self.assertEqual(out.returncode, 2)
        self.assertIn("IMGCOST_TODAY must be a date YYYY-MM-DD (got '2026-13-01')", out.stderr)

    def test_the_flag_overrides_the_scenario_which_overrides_today(self):
        scenario = {"model": "openai/gpt-image-1", "as_of": "2026-06-01"}
        self.assertEqual(estimate(scenario)["as_of"], "2026-06-01")
        self.assertEqual(estimate(scenario)["status"], "deprecated")
        out = run("estimate", "--scenario", "-", "--as-of", "2026-11-30", stdin=json.dumps(scenario))
        self.assertEqual(out.returncode, 0, out.stderr)
        r = json.loads(out.stdout)
        self.assertEqual(r["as_of"], "2026-11-30")
        self.assertEqual(r["status"], "retired")
        self.assertEqual(r["status_text"], "retired 2026-10-23; successor openai/gpt-image-2.5-sunburst")
        self.assertTrue(any("2026-11-30" in w and "openai/gpt-image-2.5-sunburst" in w for w in r["warnings"]), r["warnings"])
        self.assertIn("checked", r["price_source"])
        self.assertNotIn("as_of", r["price_source"])
        self.assertIn("effective_from", r)

    def test_a_link_carries_as_of(self):
        link = run("link", "--scenario", "-", stdin=json.dumps({"model": "openai/gpt-image-1", "as_of": "2026-06-01"}))
        url = link.stdout.strip()
        self.assertIn("as_of=2026-06-01", url)
        self.assertEqual(json.loads(run("estimate", "--link", url).stdout)["as_of"], "2026-06-01")
        self.assertEqual(json.loads(run("estimate", "--link", url, "--as-of", "2026-12-02").stdout)["as_of"], "2026-12-02")

    def test_compare_lists_only_models_callable_on_that_date(self):
        def rows(date, *flags):
            out = run("compare", "--scenario", "-", "--as-of", date, *flags,
                      stdin=json.dumps({"model": "google/imagen-4-fast"}))
            self.assertEqual(out.returncode, 0, out.stderr)
            return {r["model"]: r for r in json.loads(out.stdout)["models"]}
        before = rows("2026-10-22")
        self.assertEqual(before["openai/gpt-image-1"]["status"], "deprecated")
        self.assertNotIn("openai/gpt-image-1", rows("2026-10-23"))
        history = rows("2026-10-23", "--include-retired")["openai/gpt-image-1"]
        self.assertEqual(history["status"], "retired")
        self.assertIn("2026-10-23", history["status_reason"])
        self.assertNotIn("openai/gpt-image-2", rows("2026-04-20"))
        self.assertIn("openai/gpt-image-2", rows("2026-04-21"))

    def test_bad_dates_exit_2_naming_as_of_and_the_range(self):
        for value in ["2026-02-30", "yesterday", "2019-12-31"]:
            with self.subTest(value=value):
                out = run("estimate", "--scenario", "-", stdin=json.dumps({"model": "openai/dall-e-3", "as_of": value}))
                self.assertEqual(out.returncode, 2, out.stderr)
                self.assertIn("as_of", out.stderr)
                self.assertIn("2020-01-01", out.stderr)
        for value in ["2099-01-01", "2026-13-01"]:
            with self.subTest(flag=value):
                out = run("compare", "--scenario", "-", "--as-of", value, stdin=json.dumps({"model": "openai/dall-e-3"}))
                self.assertEqual(out.returncode, 2, out.stderr)
                self.assertIn("as_of", out.stderr)
                self.assertIn("5 years after today", out.stderr)
        out = run("advise", "--scenario", "-", "--as-of", "2026-02-30", stdin=json.dumps({"model": "openai/dall-e-3"}))
        self.assertEqual(out.returncode, 2, out.stderr)

    def test_advise_takes_the_date(self):
        out = run("advise", "--scenario", "-", "--as-of", "2026-06-01", stdin=json.dumps({"model": "google/imagen-4-fast"}))
        self.assertEqual(out.returncode, 0, out.stderr)

    def test_history_prints_the_price_periods_of_one_configuration(self):
        out = run("history", "openai/dall-e-3", "--width", "1792", "--height", "1024", "--quality", "hd")
        self.assertEqual(out.returncode, 0, out.stderr)
        h = json.loads(out.stdout)
        self.assertEqual(h["model"], "openai/dall-e-3")
        self.assertEqual(len(h["points"]), 1)
        point = h["points"][0]
        self.assertEqual(point["from"], "2023-11-06")
        self.assertIsNone(point["to"])
        self.assertAlmostEqual(point["price_per_generation"], 0.12)
        self.assertEqual(point["billed_as"], "1792x1024, hd")
        self.assertIn("url", point["source"])
        self.assertEqual(run("history").returncode, 2)
        self.assertEqual(run("history", "nobody/nothing").returncode, 2)
        self.assertEqual(run("history", "openai/dall-e-3", "--quality", "ultra").returncode, 2)
        self.assertEqual(run("history", "openai/dall-e-3", "--width", "wide").returncode, 2)

    def test_catalog_names_the_default_model_for_the_date(self):
        out = run("catalog", "--as-of", "2026-11-30")
        self.assertEqual(out.returncode, 0, out.stderr)
        c = json.loads(out.stdout)
        self.assertEqual(c["as_of"], "2026-11-30")
        self.assertEqual(c["default_model"], c["default_models"][0])
        self.assertIn(c["default_model"], [m["id"] for m in c["models"]])
        # Before gpt-image-2 was released the next default that was active.
        early = json.loads(run("catalog", "--as-of", "2026-01-01").stdout)
        self.assertNotEqual(early["default_model"], "openai/gpt-image-2")
        self.assertIn(early["default_model"], early["default_models"])


class BadInput(unittest.TestCase):
    def test_each_out_of_range_input_exits_2_naming_the_key(self):
        for key, value in BAD_INPUTS:
            with self.subTest(key=key, value=value):
                scenario = {"model": "openai/dall-e-3", key: value}
                if key == "model":
                    scenario = {"model": value}
                out = run("estimate", "--scenario", "-", stdin=json.dumps(scenario))
                self.assertEqual(out.returncode, 2, out.stderr)
                self.assertIn(key, out.stderr)
                self.assertEqual(out.stdout, "")

    def test_malformed_json_exits_2_with_its_position(self):
        out = run("estimate", "--scenario", "-", stdin='{"model": "openai/dall-e-3",')
        self.assertEqual(out.returncode, 2)
        self.assertRegex(out.stderr, r"(line|byte|position)")

    def test_a_missing_scenario_file_is_bad_input_naming_the_file(self):
        out = run("estimate", "--scenario", "/nonexistent/scenario.json")
        self.assertEqual(out.returncode, 2, out.stderr)
        self.assertIn("/nonexistent/scenario.json", out.stderr)

    def test_a_size_the_model_cannot_deliver_names_the_largest_size(self):
        out = run("estimate", "--scenario", "-", stdin=json.dumps({"model": "openai/dall-e-3", "width": 4096}))
        self.assertEqual(out.returncode, 2)
        self.assertIn("1792", out.stderr)


class Interface(unittest.TestCase):
    def test_keys_prints_every_key_of_help_with_label_unit_range_default_and_description(self):
        out = run("keys")
        self.assertEqual(out.returncode, 0, out.stderr)
        registry = json.loads(out.stdout)
        help_text = run("--help").stdout
        scenario_keys = [k for k in registry["keys"] if k["scope"] == "scenario"]
        self.assertGreaterEqual(len(scenario_keys), 28)
        for k in registry["keys"]:
            with self.subTest(key=k["key"]):
                for field in ("label", "unit", "range", "default_text", "description", "alias", "group"):
                    self.assertIn(field, k)
                self.assertTrue(k["label"] and k["description"])
                self.assertIn(f"  {k['key']} ", help_text)
        self.assertEqual(len({k["label"] for k in scenario_keys}), len(scenario_keys), "labels are unique")
        aliases = [k["alias"] for k in scenario_keys if k["alias"]]
        self.assertEqual(len(set(aliases)), len(aliases), "link aliases are unique")

    def test_errors_name_the_label_and_the_key_with_a_code(self):
        out = run("estimate", "--scenario", "-", stdin=json.dumps({"model": "openai/dall-e-3", "acceptance_rate": 1.5}))
        self.assertEqual(out.returncode, 2)
        self.assertEqual(out.stderr.strip(), "imgcost: Acceptance rate (acceptance_rate) must be more than 0% and at "
                                             "most 100% (got 150%) [value.out_of_range]")

    def test_the_catalog_report_prices_equal_compare(self):
        day = "2026-11-30"
        report = json.loads(run("report", "--as-of", day).stdout)
        out = run("compare", "--as-of", day, "--include-retired", "--include-unverified", "--scenario", "-",
                  stdin=json.dumps({"model": report["rows"][0]["id"]}))
        self.assertEqual(out.returncode, 0, out.stderr)
        compared = {r["model"]: r for r in json.loads(out.stdout)["models"] if r["ok"]}
        priced = [r for r in report["rows"] if r["ok"]]
        self.assertGreater(len(priced), 90)
        for row in priced:
            with self.subTest(model=row["id"]):
                # compare keeps the scenario's quality only where the model has it: the default tier here.
                self.assertIn(row["id"], compared)
                self.assertEqual(row["price_per_generation"], compared[row["id"]]["price_per_generation"])
        self.assertEqual(sum(report["grades"].values()), report["dated_sources"])

    def test_inputs_as_people_type_them(self):
        typed = estimate({"model": "openai/dall-e-3", "acceptance_rate": "50%", "images_per_month": "20k",
                          "upscale_share": "0", "edits_per_image": "1,000"})
        plain = estimate({"model": "openai/dall-e-3", "acceptance_rate": 0.5, "images_per_month": 20000,
                          "edits_per_image": 1000})
        self.assertEqual(typed["monthly"], plain["monthly"])
        self.assertEqual(estimate({"model": "openai/dall-e-3", "acceptance_rate": "30"})["cost_per_usable_image"],
                         estimate({"model": "openai/dall-e-3", "acceptance_rate": 0.3})["cost_per_usable_image"])
        # A typed percentage is exactly the fraction a link or a JSON number gives.
        for percent in range(1, 101):
            self.assertEqual(estimate({"model": "openai/dall-e-3", "acceptance_rate": str(percent)})["cost_per_usable_image"],
                             estimate({"model": "openai/dall-e-3", "acceptance_rate": percent / 100})["cost_per_usable_image"])
        self.assertEqual(estimate({"model": "openai/dall-e-3", "images_per_month": "20 000"})["monthly"]["total"],
                         estimate({"model": "openai/dall-e-3", "images_per_month": 20000})["monthly"]["total"])
        # A price is typed in the scenario's currency, with its sign or code where people put it.
        custom = {"model": "custom", "currency": "EUR"}
        plain = estimate({**custom, "price_per_image": 0.05})["monthly"]
        for typed in ["€0.05", "0.05 €", "EUR 0.05", "0.05 EUR", "$0.05", " € 0.05 "]:
            self.assertEqual(estimate({**custom, "price_per_image": typed})["monthly"], plain, typed)
        for bad in ["€", "EUR", "0.05 EURO", "€€0.05", "0,05 €"]:
            out = run("estimate", "--scenario", "-", stdin=json.dumps({**custom, "price_per_image": bad}))
            self.assertEqual(out.returncode, 2, bad)
            self.assertIn("Price per image (EUR) (price_per_image) must be a number from EUR 0 to EUR 1 million", out.stderr)

    def test_help_explains_every_input(self):
        out = run("--help")
        self.assertEqual(out.returncode, 0)
        for key in ["model", "width", "height", "quality", "steps", "images_per_month", "acceptance_rate",
                    "edits_per_image", "upscale_share", "upscaler", "batch_share", "moderation", "storage",
                    "cdn", "image_mb", "retention_months", "views_per_image", "prompt_tokens", "months",
                    "monthly_growth", "price_per_image", "edit_price", "upscale_price", "batch_discount",
                    "moderation_price", "storage_price_gb_month", "cdn_price_gb"]:
            self.assertIn(key, out.stdout)

    def test_csv_export_carries_the_same_figures_as_json(self):
        scenario = json.dumps({"model": "openai/gpt-image-1.5", "acceptance_rate": 0.3, "months": 2})
        out = run("estimate", "--scenario", "-", "--format", "csv", stdin=scenario)
        self.assertEqual(out.returncode, 0, out.stderr)
        figures = dict(line.split(",", 1) for line in out.stdout.split("\n\n")[0].splitlines()[1:])
        self.assertAlmostEqual(float(figures["monthly.total"]), estimate(json.loads(scenario))["monthly"]["total"], places=6)
        self.assertEqual(run("compare", "--scenario", "-", "--format", "xml", stdin=scenario).returncode, 2)

    def test_compare_carries_quality_and_the_frontier_and_filters_by_min_rating(self):
        scenario = json.dumps({"model": "openai/gpt-image-2"})
        out = run("compare", "--scenario", "-", stdin=scenario)
        self.assertEqual(out.returncode, 0, out.stderr)
        rows = json.loads(out.stdout)["models"]
        rated = [r for r in rows if r["ok"] and r["quality"]]
        self.assertGreaterEqual(len(rated), 25)
        for r in rated:
            q = r["quality"]
            self.assertEqual(q["leaderboard"], "lmarena-text-to-image")
            self.assertLessEqual(q["ci_low"], q["rating"])
            self.assertLessEqual(q["rating"], q["ci_high"])
            self.assertTrue(q["source"]["url"].startswith("https://") and q["source"]["as_of"])
        frontier = [r for r in rated if r["frontier"]]
        self.assertTrue(frontier)
        for r in frontier:  # nothing cheaper is rated higher
            self.assertFalse(any(o["cost_per_delivered_image"] < r["cost_per_delivered_image"] and
                                 o["quality"]["rating"] > r["quality"]["rating"] for o in rated if not o.get("status_reason")))
        self.assertTrue(any(r["quality"].get("rated_as") for r in rated))
        self.assertTrue(all(r["quality"] is None for r in rows if r["ok"] and r not in rated))

        out = run("compare", "--scenario", "-", "--min-rating", "1200", stdin=scenario)
        self.assertEqual(out.returncode, 0, out.stderr)
        kept = json.loads(out.stdout)["models"]
        self.assertEqual(sorted(r["model"] for r in kept),
                         sorted(r["model"] for r in rated if r["quality"]["rating"] >= 1200))
        within = json.loads(run("compare", "--scenario", "-",
                                stdin=json.dumps({"model": "openai/gpt-image-2", "min_rating": 1200})).stdout)["models"]
        self.assertEqual([r["model"] for r in within], [r["model"] for r in kept])
        edit = json.loads(run("compare", "--scenario", "-", "--leaderboard", "lmarena-image-edit", stdin=scenario).stdout)
        self.assertTrue(all(r["quality"]["leaderboard"] == "lmarena-image-edit" for r in edit["models"] if r["quality"]))
        self.assertEqual(run("compare", "--scenario", "-", "--min-rating", "3001", stdin=scenario).returncode, 2)
        self.assertEqual(run("compare", "--scenario", "-", "--leaderboard", "elo", stdin=scenario).returncode, 2)

    def test_an_unknown_command_exits_2(self):
        self.assertEqual(run("estimat").returncode, 2)

    def test_another_catalog_with_one_broken_file_still_loads_the_rest(self):
        here = os.path.dirname(os.path.abspath(__file__))
        data = os.path.join(here, "..", "..", "pricing-data")
        with tempfile.TemporaryDirectory() as folder:
            for name in ["openai.json", "google.json"]:
                with open(os.path.join(data, name)) as src, open(os.path.join(folder, name), "w") as dst:
                    dst.write(src.read())
            with open(os.path.join(folder, "broken.json"), "w") as f:
                f.write('{"format_version": 2, "provider": {"id": "x"}}')
            out = run("estimate", "--catalog", folder, "--scenario", "-",
                      stdin=json.dumps({"model": "google/imagen-4-fast"}))
            self.assertEqual(out.returncode, 0, out.stderr)
            self.assertIn("broken.json", out.stderr)
            self.assertAlmostEqual(json.loads(out.stdout)["price_per_generation"], 0.02)

    def test_finds_the_bundled_catalog_from_another_working_directory(self):
        out = subprocess.run([os.path.abspath(BINARY), "estimate", "--scenario", "-"], cwd=tempfile.gettempdir(),
                             input='{"model": "google/imagen-4-fast"}', capture_output=True, text=True)
        self.assertEqual(out.returncode, 0, out.stderr)


if __name__ == "__main__":
    BINARY = sys.argv[1]
    groups = {"examples": WorkedExamples, "bad-input": BadInput, "interface": Interface, "as-of": AsOf}
    chosen = [groups[sys.argv[2]]] if len(sys.argv) > 2 else groups.values()
    suite = unittest.TestSuite(unittest.defaultTestLoader.loadTestsFromTestCase(g) for g in chosen)
    sys.exit(0 if unittest.TextTestRunner(verbosity=2).run(suite).wasSuccessful() else 1)
