// The compact catalog's layout is defined once, by the io() functions below:
// the writer and the reader walk the same fields in the same order, so they
// cannot disagree. A new Catalog field goes into its struct's io() and
// compact_format_version goes up.
//
// Layout: the magic "IMGCOSTC", the format version (varint), the catalog,
// the end mark "END". Numbers: unsigned LEB128 varints (signed ones
// zigzagged). A double that is a whole number of millionths (most prices,
// rates and shares) is the varint 2 * zigzag(millionths); any other is the
// varint 1 then its 8 IEEE-754 bytes, little-endian: exact either way, with no
// decimal parsing. Text: a repeat of an earlier text is the varint of its
// index + 1 in the order first seen; a new text is 0, its length, its bytes
// (URLs, dates, grades and ids repeat across the catalog). A list: its count
// then its items; an optional: a 0/1 byte then the value.
#include "imgcost/catalog_compact.hpp"

#include <cstdint>
#include <cmath>
#include <cstring>
#include <map>
#include <type_traits>

namespace imgcost {

namespace {

constexpr std::string_view magic = "IMGCOSTC";
constexpr std::string_view end_mark = "END";

struct Writer {
    std::string out;
    bool drop_prose = false;
    std::map<std::string, std::uint64_t> seen;  // text -> index

    void varint(std::uint64_t v) {
        do {
            auto byte = static_cast<unsigned char>(v & 0x7f);
            v >>= 7;
            out += static_cast<char>(v ? byte | 0x80 : byte);
        } while (v);
    }
};

struct Reader {
    std::string_view in;
    size_t pos = 0;
    std::vector<std::string> seen;  // texts in the order first read

    void need(size_t n) {
        if (in.size() - pos < n)
            throw CompactCatalogError("the compact catalog is cut short (" + std::to_string(in.size()) +
                                      " bytes, needs more at byte " + std::to_string(pos) +
                                      "): rebuild it with imgcost catalog --compact");
    }
    std::string_view take(size_t n) {
        need(n);
        std::string_view s = in.substr(pos, n);
        pos += n;
        return s;
    }
    std::uint64_t varint() {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            need(1);
            auto byte = static_cast<unsigned char>(in[pos++]);
            v |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
            if (!(byte & 0x80)) return v;
        }
        throw CompactCatalogError("the compact catalog holds a malformed number at byte " + std::to_string(pos));
    }
};

// Primitives.
void io(Writer& w, long long& v) { w.varint((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63)); }
void io(Reader& r, long long& v) {
    std::uint64_t u = r.varint();
    v = static_cast<long long>((u >> 1) ^ (~(u & 1) + 1));
}

void io(Writer& w, int& v) { long long x = v; io(w, x); }
void io(Reader& r, int& v) { long long x = 0; io(r, x); v = static_cast<int>(x); }

void io(Writer& w, bool& v) { w.out += v ? '\1' : '\0'; }
void io(Reader& r, bool& v) { v = r.take(1)[0] != 0; }

constexpr double millionths = 1e6;

void io(Writer& w, double& v) {
    double k = std::round(v * millionths);
    // The reader computes k / 1e6 as here, so the check makes the value exact.
    if (std::fabs(k) < 4e15 && k / millionths == v && !(v == 0 && std::signbit(v))) {
        long long whole = static_cast<long long>(k);
        w.varint(((static_cast<std::uint64_t>(whole) << 1) ^ static_cast<std::uint64_t>(whole >> 63)) << 1);
        return;
    }
    w.varint(1);
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    for (int i = 0; i < 8; ++i) w.out += static_cast<char>((bits >> (8 * i)) & 0xff);
}
void io(Reader& r, double& v) {
    std::uint64_t tag = r.varint();
    if (!(tag & 1)) {
        std::uint64_t u = tag >> 1;
        long long whole = static_cast<long long>((u >> 1) ^ (~(u & 1) + 1));
        v = static_cast<double>(whole) / millionths;
        return;
    }
    std::string_view b = r.take(8);
    std::uint64_t bits = 0;
    for (int i = 0; i < 8; ++i) bits |= static_cast<std::uint64_t>(static_cast<unsigned char>(b[i])) << (8 * i);
    std::memcpy(&v, &bits, sizeof v);
}

void io(Writer& w, std::string& s) {
    auto [it, added] = w.seen.emplace(s, w.seen.size());
    if (!added) {
        w.varint(it->second + 1);
        return;
    }
    w.varint(0);
    w.varint(s.size());
    w.out += s;
}
void io(Reader& r, std::string& s) {
    std::uint64_t index = r.varint();
    if (index) {
        if (index > r.seen.size())
            throw CompactCatalogError("the compact catalog refers to text it has not defined, at byte " + std::to_string(r.pos));
        s = r.seen[static_cast<size_t>(index - 1)];
        return;
    }
    std::uint64_t n = r.varint();
    r.need(n);
    s = std::string(r.take(static_cast<size_t>(n)));
    r.seen.push_back(s);
}

// A note or notes text: written empty when prose is dropped.
void prose(Writer& w, std::string& s) {
    std::string none;
    io(w, w.drop_prose ? none : s);
}
void prose(Reader& r, std::string& s) { io(r, s); }

template <class E, class = std::enable_if_t<std::is_enum_v<E>>>
void io(Writer& w, E& e) { w.varint(static_cast<std::uint64_t>(e)); }
template <class E, class = std::enable_if_t<std::is_enum_v<E>>>
void io(Reader& r, E& e) { e = static_cast<E>(r.varint()); }

// The catalog's structs, declared first so the containers below find them.
template <class A> void io(A& a, Source& s);
template <class A> void io(A& a, SizeTier& t);
template <class A> void io(A& a, Pricing& p);
template <class A> void io(A& a, Lifecycle& l);
template <class A> void io(A& a, PricePeriod& p);
template <class A> void io(A& a, BatchMode& b);
template <class A> void io(A& a, QualityRating& q);
template <class A> void io(A& a, Model& m);
template <class A> void io(A& a, Rate& r);
template <class A> void io(A& a, Service& s);
template <class A> void io(A& a, Unavailable& u);
template <class A> void io(A& a, ProviderInfo& p);
template <class A> void io(A& a, FxSnapshot& f);

template <class A, class T>
void io(A& a, std::optional<T>& o) {
    bool present = o.has_value();
    io(a, present);
    if (!present) { o.reset(); return; }
    if (!o) o.emplace();
    io(a, *o);
}

template <class T>
void io(Writer& w, std::vector<T>& items) {
    w.varint(items.size());
    for (auto& item : items) io(w, item);
}
template <class T>
void io(Reader& r, std::vector<T>& items) {
    std::uint64_t n = r.varint();
    r.need(n);  // every item takes at least one byte: a bad count fails here, not in a huge allocation
    items.assign(static_cast<size_t>(n), T{});
    for (auto& item : items) io(r, item);
}

void io(Writer& w, std::map<std::string, double>& m) {
    w.varint(m.size());
    for (auto& [key, value] : m) {
        std::string k = key;
        io(w, k);
        io(w, value);
    }
}
void io(Reader& r, std::map<std::string, double>& m) {
    std::uint64_t n = r.varint();
    r.need(n);
    m.clear();
    for (std::uint64_t i = 0; i < n; ++i) {
        std::string key;
        double value = 0;
        io(r, key);
        io(r, value);
        m.emplace(std::move(key), value);
    }
}

template <class A, class... T>
void fields(A& a, T&... x) { (io(a, x), ...); }

template <class A> void io(A& a, Source& s) {
    fields(a, s.url, s.checked, s.confidence);
    prose(a, s.note);
}
template <class A> void io(A& a, SizeTier& t) { fields(a, t.kind, t.width, t.height, t.max_pixels, t.amounts, t.source); }
template <class A> void io(A& a, Pricing& p) {
    fields(a, p.structure, p.source, p.tiers, p.price_per_credit, p.output_price_per_million,
           p.input_text_price_per_million, p.price_per_megapixel, p.first_megapixel_price, p.round_up,
           p.minimum_megapixels, p.pixels_per_megapixel, p.steps_scaling, p.price_per_second, p.hardware,
           p.ref_width, p.ref_height, p.ref_steps, p.ref_seconds, p.max_width, p.max_height, p.max_pixels);
}
template <class A> void io(A& a, Lifecycle& l) { fields(a, l.released, l.deprecated, l.shutdown, l.successor, l.source); }
template <class A> void io(A& a, PricePeriod& p) { fields(a, p.effective_from, p.pricing); }
template <class A> void io(A& a, BatchMode& b) { fields(a, b.discount, b.source); }
template <class A> void io(A& a, QualityRating& q) {
    fields(a, q.leaderboard, q.category, q.rating, q.ci_low, q.ci_high, q.votes, q.url, q.as_of);
    prose(a, q.note);
}
template <class A> void io(A& a, Model& m) {
    fields(a, m.id, m.name, m.provider, m.lifecycle, m.qualities, m.default_quality, m.default_steps, m.prices,
           m.edit, m.upscaler, m.batch);
    prose(a, m.notes);
    fields(a, m.quality, m.rated_as, m.file);
}
template <class A> void io(A& a, Rate& r) { fields(a, r.up_to, r.price); }
template <class A> void io(A& a, Service& s) {
    fields(a, s.id, s.name, s.provider, s.kind, s.lifecycle, s.rates, s.source);
    prose(a, s.notes);
    fields(a, s.file);
}
template <class A> void io(A& a, Unavailable& u) { fields(a, u.provider, u.name, u.reason, u.source); }
template <class A> void io(A& a, ProviderInfo& p) {
    fields(a, p.id, p.name, p.url);
    prose(a, p.notes);
    fields(a, p.file);
}
template <class A> void io(A& a, FxSnapshot& f) { fields(a, f.date, f.base, f.rates, f.source); }

template <class A> void io_catalog(A& a, Catalog& c) {
    fields(a, c.providers, c.models, c.services, c.not_available, c.default_models, c.fx, c.defaults_file);
}

}  // namespace

std::string write_compact(const Catalog& c, Prose prose_kept) {
    Writer w;
    w.drop_prose = prose_kept == Prose::drop;
    w.out += magic;
    w.varint(compact_format_version);
    // The writer only reads the catalog; the fields are walked through the
    // same non-const io() the reader fills.
    io_catalog(w, const_cast<Catalog&>(c));
    w.out += end_mark;
    return w.out;
}

Catalog read_compact(std::string_view bytes) {
    if (bytes.substr(0, magic.size()) != magic)
        throw CompactCatalogError("not a compact catalog (it does not start with " + std::string(magic) +
                                  "): build it with imgcost catalog --compact");
    Reader r{bytes, magic.size(), {}};
    std::uint64_t version = r.varint();
    if (version != compact_format_version)
        throw CompactCatalogError("the compact catalog is format version " + std::to_string(version) +
                                  "; this build reads version " + std::to_string(compact_format_version) +
                                  ": rebuild it with imgcost catalog --compact");
    Catalog c;
    io_catalog(r, c);
    if (r.take(end_mark.size()) != end_mark || r.pos != bytes.size())
        throw CompactCatalogError("the compact catalog does not end where its content does (byte " +
                                  std::to_string(r.pos) + " of " + std::to_string(bytes.size()) +
                                  "): rebuild it with imgcost catalog --compact");
    return c;
}

}  // namespace imgcost
