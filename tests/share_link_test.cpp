// docs/interfaces.md#share-link, share link: the scenario in the URL with readable keys and a format
// version; opening it restores the same scenario; unknown or invalid
// parameters are ignored with a notice that names them.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "imgcost/share_link.hpp"
#include "support/spec_support.hpp"

using imgcost::decode_link;
using imgcost::DecodedLink;
using imgcost::encode_link;
using imgcost::Scenario;
using imgcost::scenario_to_json;
using imgcost::testing::every_key_set;
using imgcost::testing::expect_input_error;
using imgcost::testing::scenario_for;
using nlohmann::json;

namespace {

using Ignored = std::vector<std::pair<std::string, std::string>>;

// The keys a link had ignored, with their codes.
Ignored ignored(const DecodedLink& d) {
    Ignored out;
    for (const auto& f : d.ignored) out.emplace_back(f.key, f.code);
    return out;
}

// The decoded link's notices, which the test expects to be exactly these.

// The custom_name a link carries, to see what percent-decoding made of it.
std::string decoded_name(const std::string& encoded) {
    DecodedLink d = decode_link("http://x/?model=acme/tiered&custom_name=" + encoded);
    CHECK(d.notices.empty());
    return d.scenario.custom_name;
}

}  // namespace

TEST_CASE("Share link: a scenario with every key set survives encode and decode unchanged") {
    Scenario s = every_key_set();
    std::string url = encode_link(s, "https://example.org/calc/");
    INFO(url);
    DecodedLink d = decode_link(url);
    CHECK(d.notices.empty());
    CHECK(d.has_model);
    CHECK(d.version == 2);
    CHECK(scenario_to_json(d.scenario, true) == scenario_to_json(s, true));
    CHECK(d.scenario.custom_name == "<script>alert(1)</script> café 漢字 &=#%+ ?v=1");
    CHECK(d.scenario.acceptance_rate == 1.0 / 3);  // the exact double, not a rounding of it
    CHECK(d.scenario.monthly_growth == -0.05);
    REQUIRE(d.scenario.cdn_price_gb);
    CHECK(*d.scenario.cdn_price_gb == 0.085);
    REQUIRE(d.scenario.steps);
    CHECK(*d.scenario.steps == 40);
}

TEST_CASE("Share link: the text a link carries is percent-encoded, never raw markup or separators") {
    std::string url = encode_link(every_key_set(), "https://example.org/calc/");
    std::string query = url.substr(url.find('?') + 1);
    for (char c : std::string("<>\" #+?%")) {
        if (c == '%') continue;
        INFO("character '" << c << "'");
        CHECK(query.find(c) == std::string::npos);
    }
    CHECK(url.find("custom_name=%3Cscript%3Ealert%281%29%3C/script%3E%20caf%C3%A9%20") != std::string::npos);
    CHECK(url.find("%26%3D%23%25%2B") != std::string::npos);  // &=#%+
}

TEST_CASE("Share link: only the model and the keys that differ from the defaults are written") {
    CHECK(encode_link(scenario_for("acme/tiered"), "http://localhost:8000/") ==
          "http://localhost:8000/?v=2&model=acme/tiered");
    // height 1024 is the default: not written.
    CHECK(encode_link(scenario_for("acme/tiered", 1792, 1024, "hd"), "http://localhost:8000/") ==
          "http://localhost:8000/?v=2&model=acme/tiered&quality=hd&width=1792");
    auto s = scenario_for("acme/tiered");
    s.acceptance_rate = 0.25;
    s.price_per_image = 0;  // an override of 0 is still an override
    CHECK(encode_link(s, "http://localhost:8000/") ==
          "http://localhost:8000/?v=2&acceptance_rate=0.25&model=acme/tiered&price_per_image=0");
}

TEST_CASE("Share link: a base with a sub-path keeps it, the base's own query and fragment are replaced") {
    auto s = scenario_for("acme/tiered", 512, 512);
    CHECK(encode_link(s, "https://example.org/guides/image-costs/?utm_source=x#calculator") ==
          "https://example.org/guides/image-costs/?v=2&height=512&model=acme/tiered&width=512");
    CHECK(encode_link(s, "https://example.org/calc") == "https://example.org/calc?v=2&height=512&model=acme/tiered&width=512");
    CHECK(encode_link(s, "") == "?v=2&height=512&model=acme/tiered&width=512");  // what the page uses
    auto d = decode_link("https://example.org/guides/image-costs/?v=2&height=512&model=acme/tiered&width=512");
    CHECK(d.notices.empty());
    CHECK(d.scenario.width == 512);
}

TEST_CASE("Share link: v1 links with the short aliases still decode") {
    DecodedLink d = decode_link(
        "http://localhost:8000/?v=1&m=acme/tiered&w=1792&h=1024&q=hd&n=5000&a=0.4&e=0.5&u=0.1&b=1&mb=2&r=6"
        "&views=3&pt=80&mo=24&g=0.05&embed=1");
    CHECK(d.notices.empty());
    CHECK(d.version == 1);
    CHECK(scenario_to_json(d.scenario) ==
          json{{"model", "acme/tiered"}, {"width", 1792}, {"quality", "hd"}, {"images_per_month", 5000},
               {"acceptance_rate", 0.4}, {"edits_per_image", 0.5}, {"upscale_share", 0.1}, {"batch_share", 1},
               {"image_mb", 2}, {"retention_months", 6}, {"views_per_image", 3}, {"prompt_tokens", 80},
               {"months", 24}, {"monthly_growth", 0.05}});
}

TEST_CASE("Share link: every short alias names its scenario key") {
    DecodedLink d = decode_link(
        "http://x/?m=custom&cn=Box&w=512&h=768&q=hd&s=30&n=10&a=0.5&e=2&u=0.5&up=acme/upscale&b=0.5"
        "&mod=acme/moderation&st=acme/storage&mb=2&r=3&views=4&pt=10&mo=6&g=0.1&ppi=0.01&ep=0.02&upp=0.03"
        "&bd=0.4&mp=0.001&sp=0.05&cp=0.06&cdn=acme/cdn");
    CHECK(d.notices.empty());
    CHECK(scenario_to_json(d.scenario) ==
          json{{"model", "custom"}, {"custom_name", "Box"}, {"width", 512}, {"height", 768}, {"quality", "hd"},
               {"steps", 30}, {"images_per_month", 10}, {"acceptance_rate", 0.5}, {"edits_per_image", 2},
               {"upscale_share", 0.5}, {"upscaler", "acme/upscale"}, {"batch_share", 0.5},
               {"moderation", "acme/moderation"}, {"storage", "acme/storage"}, {"cdn", "acme/cdn"},
               {"image_mb", 2}, {"retention_months", 3}, {"views_per_image", 4}, {"prompt_tokens", 10},
               {"months", 6}, {"monthly_growth", 0.1}, {"price_per_image", 0.01}, {"edit_price", 0.02},
               {"upscale_price", 0.03}, {"batch_discount", 0.4}, {"moderation_price", 0.001},
               {"storage_price_gb_month", 0.05}, {"cdn_price_gb", 0.06}});
}

TEST_CASE("Share link: an unknown key is ignored with a notice naming it") {
    DecodedLink d = decode_link("http://x/?v=2&model=acme/tiered&colour=red&width=512");
    CHECK(ignored(d) == Ignored{{"colour", imgcost::code::unknown_key}});
    CHECK(d.notices.size() == 1);
    CHECK(d.scenario.width == 512);  // the rest of the link still counts
}

TEST_CASE("Share link: an out-of-range value is ignored with a notice naming the key and its range") {
    DecodedLink d = decode_link("http://x/?model=acme/tiered&a=1.5&mo=61&w=512");
    CHECK(ignored(d) == Ignored{{"acceptance_rate", imgcost::code::out_of_range}, {"months", imgcost::code::out_of_range}});
    // Each notice names the input by its label and key.
    CHECK_THAT(d.notices.at(0), Catch::Contains("Acceptance rate (acceptance_rate)"));
    CHECK_THAT(d.notices.at(1), Catch::Contains("Months projected (months)"));
    CHECK(d.scenario.acceptance_rate == 1);  // the default
    CHECK(d.scenario.months == 12);
    CHECK(d.scenario.width == 512);
}

TEST_CASE("Share link: a value that is not a plain number is ignored with a notice naming the key") {
    CHECK(ignored(decode_link("http://x/?model=acme/tiered&w=abc")) == Ignored{{"width", imgcost::code::wrong_type}});
    CHECK(ignored(decode_link("http://x/?model=acme/tiered&w=512.5")) == Ignored{{"width", imgcost::code::out_of_range}});
    for (const char* bad : {"0x10", "nan", "inf", "-inf", "1e999", "", "12abc", "1,5"}) {
        INFO("images_per_month=" << bad);
        DecodedLink d = decode_link(std::string("http://x/?model=acme/tiered&n=") + bad);
        REQUIRE(d.ignored.size() == 1);
        CHECK(d.ignored[0].key == "images_per_month");
        CHECK(d.scenario.images_per_month == 1000);
    }
    CHECK(decode_link("http://x/?model=acme/tiered&n=1e3").scenario.images_per_month == 1000);
}

TEST_CASE("Share link: a key given twice is read once, the last value, with a notice") {
    DecodedLink d = decode_link("http://x/?model=acme/tiered&w=512&width=768");
    CHECK(d.notices == std::vector<std::string>{"'width' was given twice; the last value was used"});
    CHECK(d.scenario.width == 768);
}

TEST_CASE("Share link: an unknown format version is read as the current one, with a notice") {
    DecodedLink d = decode_link("http://x/?v=9&model=acme/tiered");
    CHECK(d.version == 2);
    CHECK(d.notices == std::vector<std::string>{"link format version '9' is unknown; read as version 2"});
}

TEST_CASE("Share link: a link without a model takes the fallback model") {
    DecodedLink d = decode_link("http://x/?v=2&width=512", "acme/bounded");
    CHECK_FALSE(d.has_model);
    CHECK(d.scenario.model == "acme/bounded");
    CHECK(d.scenario.width == 512);
    CHECK(d.notices.empty());
    CHECK(decode_link("http://x/?v=2&model=&width=512", "acme/bounded").scenario.model == "acme/bounded");
}

TEST_CASE("Share link: a link without a model and without a fallback is rejected naming model") {
    expect_input_error([] { decode_link("http://x/?v=2&width=512"); }, "model", imgcost::code::link_no_model);
    expect_input_error([] { decode_link("http://x/"); }, "model", imgcost::code::link_no_model);
}

TEST_CASE("Share link: an unusable model is replaced by the fallback, with a notice") {
    // A custom model needs price_per_image.
    DecodedLink d = decode_link("http://x/?model=custom&cn=Box", "acme/tiered");
    CHECK(d.scenario.model == "acme/tiered");
    CHECK(ignored(d) == Ignored{{"price_per_image", imgcost::code::required}});
    expect_input_error([] { decode_link("http://x/?model=custom&cn=Box"); }, "model",
                       imgcost::code::link_no_model);
    // An id longer than 120 characters.
    d = decode_link("http://x/?model=" + std::string(121, 'm'), "acme/tiered");
    CHECK(d.scenario.model == "acme/tiered");
    CHECK(ignored(d) == Ignored{{"model", imgcost::code::too_long}});
}

TEST_CASE("Share link: a link over max_link_length is read up to the limit, with a notice") {
    REQUIRE(imgcost::max_link_length == 4096);
    std::string head = "http://x/?model=acme/tiered&pad=";
    std::string url = head + std::string(5000, 'p') + "&width=512";
    DecodedLink d = decode_link(url);
    CHECK(d.scenario.width == 1024);  // beyond the limit: not read
    CHECK(d.notices.at(0) == "the link is longer than 4096 characters; the rest was ignored");
    CHECK(ignored(d) == Ignored{{"pad", imgcost::code::unknown_key}});
    // Exactly 4096 characters is read whole.
    std::string tail = "&width=512";
    url = head + std::string(4096 - head.size() - tail.size(), 'p') + tail;
    REQUIRE(url.size() == 4096);
    d = decode_link(url);
    CHECK(d.scenario.width == 512);
    CHECK(d.notices.size() == 1);  // only 'pad'
}

TEST_CASE("Share link: the longest valid scenario still fits in max_link_length and round-trips") {
    Scenario s = every_key_set();
    const std::string wide = "é";  // two bytes, six characters once encoded
    auto longest = [&wide](size_t bytes) {
        std::string out;
        while (out.size() + wide.size() <= bytes) out += wide;
        return out;
    };
    s.model = longest(120), s.custom_name = longest(80), s.quality = longest(40), s.upscaler = longest(120);
    s.moderation = longest(120), s.storage = longest(120), s.cdn = longest(120);
    std::string url = encode_link(s, "http://localhost:8000/");
    CHECK(url.size() <= imgcost::max_link_length);
    DecodedLink d = decode_link(url);
    CHECK(d.notices.empty());
    CHECK(scenario_to_json(d.scenario, true) == scenario_to_json(s, true));
}

TEST_CASE("Share link: percent-decoding reads valid escapes and keeps malformed ones as text") {
    CHECK(decoded_name("a%20b") == "a b");
    CHECK(decoded_name("a+b") == "a b");            // + is a space in a query
    CHECK(decoded_name("%2B1") == "+1");            // an encoded + is a plus
    CHECK(decoded_name("50%25") == "50%");
    CHECK(decoded_name("%E6%BC%A2") == "漢");        // UTF-8 bytes
    CHECK(decoded_name("%3cb%3E") == "<b>");        // either case of hex digits
    CHECK(decoded_name("a%zzb") == "a%zzb");        // not hex: kept
    CHECK(decoded_name("100%") == "100%");          // % at the end: kept
    CHECK(decoded_name("x%4") == "x%4");            // one digit only: kept
    CHECK(decoded_name("%%41") == "%A");            // a stray % then a valid escape
    // Keys are decoded too.
    CHECK(decode_link("http://x/?model=acme/tiered&%77idth=512").scenario.width == 512);
}

TEST_CASE("Share link: parameters in a fragment are read when the URL has no query") {
    DecodedLink d = decode_link("https://example.org/calc/#v=2&model=acme/tiered&width=512");
    CHECK(d.notices.empty());
    CHECK(d.scenario.model == "acme/tiered");
    CHECK(d.scenario.width == 512);
}

TEST_CASE("Share link: a fragment after the query is the page's anchor, not parameters") {
    // The page has a skip link to #answer and keeps the fragment when it
    // rewrites the query: it must not come back as an unknown key.
    DecodedLink d = decode_link("https://example.org/calc/?v=2&model=acme/tiered&width=512#answer");
    CHECK(d.notices.empty());
    CHECK(d.scenario.width == 512);
    d = decode_link("https://example.org/calc/?v=2&model=acme/tiered#width=640");
    CHECK(d.scenario.width == 1024);
    // A bare anchor and no query: no parameters at all.
    CHECK(decode_link("https://example.org/calc/#answer", "acme/tiered").notices.empty());
}

TEST_CASE("Share link: page keys are left to the page without a notice") {
    DecodedLink d = decode_link("http://x/?v=2&model=acme/tiered&embed=1");
    CHECK(d.notices.empty());
}
