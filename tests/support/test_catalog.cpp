#include "support/test_catalog.hpp"

#include <catch2/catch.hpp>

namespace imgcost::testing {

const std::string& test_provider_text() {
    static const std::string text = R"json({
  "format_version": 2,
  "provider": {"id": "acme", "name": "Acme Images", "url": "https://acme.example/pricing"},
  "services": [
    {"id": "acme/upscale", "name": "Acme upscale", "kind": "upscale", "price": 0.02,
     "source": {"url": "https://acme.example/pricing", "checked": "2026-01-01", "confidence": "A"}},
    {"id": "acme/moderation", "name": "Acme moderation", "kind": "moderation", "price": 0.001,
     "source": {"url": "https://acme.example/pricing", "checked": "2026-01-01", "confidence": "A"}},
    {"id": "acme/graduated-moderation", "name": "First 1000 free", "kind": "moderation",
     "rates": [{"up_to": 1000, "price": 0}, {"price": 0.0015}],
     "source": {"url": "https://acme.example/pricing", "checked": "2026-01-01", "confidence": "A"}},
    {"id": "acme/storage", "name": "Acme storage", "kind": "storage", "price": 0.02,
     "source": {"url": "https://acme.example/pricing", "checked": "2026-01-01", "confidence": "A"}},
    {"id": "acme/cdn", "name": "Acme CDN, first TB free", "kind": "cdn",
     "rates": [{"up_to": 1000, "price": 0}, {"up_to": 10000, "price": 0.085}, {"price": 0.08}],
     "source": {"url": "https://acme.example/pricing", "checked": "2026-01-01", "confidence": "A"}},
    {"id": "acme/cdn-flat", "name": "Acme CDN flat", "kind": "cdn", "price": 0.08,
     "source": {"url": "https://acme.example/pricing", "checked": "2026-01-01", "confidence": "A"}}
  ],
  "models": [
    {"id": "acme/tiered", "name": "Tiered",
     "qualities": ["standard", "hd"], "default_quality": "standard",
     "pricing": [{"effective_from": "2026-02-01", "structure": "per_image",
       "source": {"url": "https://acme.example/tiered", "checked": "2026-02-01", "confidence": "A"},
       "tiers": [
         {"size": "1024x1024", "prices": {"standard": 0.04, "hd": 0.08}},
         {"size": "1792x1024", "prices": {"standard": 0.08, "hd": 0.12}},
         {"size": "1024x1792", "prices": {"standard": 0.08, "hd": 0.12}}]}],
     "edit": {"structure": "per_image",
       "source": {"url": "https://acme.example/tiered", "checked": "2026-02-01", "confidence": "A"},
       "tiers": [{"max_size": "1792x1792", "prices": {"any": 0.05}}]},
     "upscaler": "acme/upscale",
     "batch": {"discount": 0.5, "source": {"url": "https://acme.example/batch", "checked": "2026-02-01", "confidence": "A"}}},
    {"id": "acme/bounded", "name": "Bounded",
     "pricing": [{"effective_from": "2026-02-01", "structure": "per_image",
       "source": {"url": "https://acme.example/bounded", "checked": "2026-02-01", "confidence": "B"},
       "tiers": [{"max_pixels": 1048576, "prices": {"any": 0.02}},
                 {"max_size": "2048x2048", "prices": {"any": 0.06}}]}]},
    {"id": "acme/mp-exact", "name": "MP exact",
     "pricing": [{"effective_from": "2026-02-01", "structure": "per_megapixel", "price_per_megapixel": 0.025, "rounding": "exact",
       "source": {"url": "https://acme.example/mp", "checked": "2026-02-01", "confidence": "A"}}]},
    {"id": "acme/mp-up", "name": "MP rounded up",
     "pricing": [{"effective_from": "2026-02-01", "structure": "per_megapixel", "price_per_megapixel": 0.025, "rounding": "up",
       "minimum_megapixels": 1, "max_size": "4096x4096",
       "source": {"url": "https://acme.example/mp", "checked": "2026-02-01", "confidence": "A"}}]},
    {"id": "acme/mp-first", "name": "MP first and extra",
     "pricing": [{"effective_from": "2026-02-01", "structure": "per_megapixel", "first_megapixel_price": 0.03, "price_per_megapixel": 0.015,
       "rounding": "up", "pixels_per_megapixel": 1048576,
       "source": {"url": "https://acme.example/mp", "checked": "2026-02-01", "confidence": "A"}}]},
    {"id": "acme/mp-steps", "name": "MP with steps", "default_steps": 28,
     "pricing": [{"effective_from": "2026-02-01", "structure": "per_megapixel", "price_per_megapixel": 0.01, "rounding": "exact", "steps_scaling": true,
       "source": {"url": "https://acme.example/mp", "checked": "2026-02-01", "confidence": "C"}}]},
    {"id": "acme/gpu", "name": "GPU seconds", "default_steps": 28,
     "pricing": [{"effective_from": "2026-02-01", "structure": "compute_time", "price_per_second": 0.001, "hardware": "Test GPU",
       "reference": {"width": 1024, "height": 1024, "steps": 28, "seconds": 2},
       "source": {"url": "https://acme.example/gpu", "checked": "2026-02-01", "confidence": "C"}}]},
    {"id": "acme/credits", "name": "Credits",
     "pricing": [{"effective_from": "2026-02-01", "structure": "credits", "price_per_credit": 0.01,
       "source": {"url": "https://acme.example/credits", "checked": "2026-02-01", "confidence": "B"},
       "tiers": [{"max_size": "1536x1536", "credits": {"any": 8}}]}]},
    {"id": "acme/tokens", "name": "Tokens", "lifecycle": {"deprecated": "2026-02-15", "shutdown": "2027-01-01"},
     "qualities": ["low", "high"], "default_quality": "low",
     "pricing": [{"effective_from": "2026-03-01", "structure": "tokens", "output_price_per_million": 40, "input_text_price_per_million": 5,
       "source": {"url": "https://acme.example/tokens", "checked": "2026-03-01", "confidence": "A"},
       "tiers": [{"size": "1024x1024", "output_tokens": {"low": 272, "high": 4160}},
                 {"size": "1536x1024", "output_tokens": {"low": 400, "high": 6208}}]}]},
    {"id": "acme/old", "name": "Old", "lifecycle": {"shutdown": "2025-12-01", "successor": "acme/tiered"},
     "pricing": [{"effective_from": "2025-01-01", "structure": "per_image",
       "source": {"url": "https://acme.example/old", "checked": "2025-01-01", "confidence": "B"},
       "tiers": [{"max_size": "1024x1024", "prices": {"any": 0.01}}]}]},
    {"id": "acme/rumour", "name": "Rumoured",
     "pricing": [{"effective_from": "2026-02-01", "structure": "per_image",
       "source": {"url": "https://acme.example/rumour", "checked": "2026-02-01", "confidence": "unverified"},
       "tiers": [{"max_size": "1024x1024", "prices": {"any": 0.001}}]}]}
  ],
  "not_available": [
    {"name": "Acme Studio", "reason": "no public API",
     "source": {"url": "https://acme.example/studio", "checked": "2026-02-01", "confidence": "B"}}
  ]
})json";
    return text;
}

const Catalog& test_catalog() {
    static const LoadResult loaded = load_catalog_text(test_provider_text(), "acme.json");
    for (const auto& e : loaded.errors) FAIL(e.to_string());
    return loaded.catalog;
}

const std::string& thrift_provider_text() {
    static const std::string text = R"json({
  "format_version": 2,
  "provider": {"id": "thrift", "name": "Thrift Cloud", "url": "https://thrift.example/pricing"},
  "services": [
    {"id": "thrift/storage", "name": "Thrift storage", "kind": "storage", "price": 0.01,
     "source": {"url": "https://thrift.example/pricing", "checked": "2026-01-01", "confidence": "A"}},
    {"id": "thrift/egress", "name": "Thrift zero egress", "kind": "cdn", "price": 0,
     "source": {"url": "https://thrift.example/pricing", "checked": "2026-01-01", "confidence": "A"}}
  ],
  "models": [
    {"id": "thrift/draft", "name": "Thrift draft",
     "pricing": [{"effective_from": "2026-02-01", "structure": "per_image",
       "source": {"url": "https://thrift.example/draft", "checked": "2026-02-01", "confidence": "A"},
       "tiers": [{"max_size": "1024x1024", "prices": {"any": 0.01}}]}],
     "edit": {"structure": "per_image",
       "source": {"url": "https://thrift.example/draft", "checked": "2026-02-01", "confidence": "A"},
       "tiers": [{"max_size": "1024x1024", "prices": {"any": 0.10}}]}}
  ]
})json";
    return text;
}

const Catalog& advisor_test_catalog() {
    static const LoadResult loaded = [] {
        LoadResult both = load_catalog_text(test_provider_text(), "acme.json");
        add_catalog_text(both, thrift_provider_text(), "thrift.json");
        return both;
    }();
    for (const auto& e : loaded.errors) FAIL(e.to_string());
    return loaded.catalog;
}

Catalog advisor_catalog_with(const std::vector<std::string>& model_ids) {
    Catalog c = advisor_test_catalog();
    c.models.clear();
    for (const auto& id : model_ids) {
        const Model* m = advisor_test_catalog().find_model(id);
        REQUIRE(m);
        c.models.push_back(*m);
    }
    return c;
}

}  // namespace imgcost::testing
