// The two tables both sides of a reply's tape keep for the page's life
// (wasm/value_val.cpp): the texts JavaScript has decoded and the objects'
// shapes (lists of keys) it has seen, each by its index in JavaScript's own
// table, so that a recompute's rows send neither again.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace imgcost::web {

constexpr size_t max_texts = 20000;  // a page makes a few thousand; past this both tables start over
constexpr size_t max_shapes = 2000;  // a page makes about a hundred

// The texts JavaScript already holds, by their index in its table. A small
// open-addressing hash table: a std::map's string comparisons were 15% of a
// recompute, and std::unordered_map cost 1.6 KB gzip of wasm.
class TextTable {
public:
    const double* find(const std::string& s) const {
        if (slots_.empty()) return nullptr;
        for (size_t i = hash(s) & mask();; i = (i + 1) & mask()) {
            if (slots_[i] == 0) return nullptr;
            if (same(texts_[slots_[i] - 1], s)) return &indices_[slots_[i] - 1];
        }
    }
    // s must not be in the table already.
    void add(const std::string& s) {
        if (2 * (texts_.size() + 1) > slots_.size()) grow();
        texts_.push_back(s);
        indices_.push_back(static_cast<double>(texts_.size() - 1));
        place(texts_.size());
    }
    size_t size() const { return texts_.size(); }
    void clear() { texts_.clear(), indices_.clear(), slots_.assign(slots_.size(), 0); }

private:
    std::vector<std::string> texts_;
    std::vector<double> indices_;  // i as a double: what the tape writes
    std::vector<uint32_t> slots_;  // 1 + an index into texts_; 0 is empty

    size_t mask() const { return slots_.size() - 1; }
    // Four bytes at a time: the libc's byte loops made the long texts (a
    // source's URL and note) most of the table's time.
    static uint32_t word(const char* p) {
        uint32_t w;
        std::memcpy(&w, p, 4);
        return w;
    }
    static size_t hash(const std::string& s) {  // FNV-1a over words, then the tail's bytes
        uint32_t h = 2166136261u;
        size_t i = 0;
        for (; i + 4 <= s.size(); i += 4) h = (h ^ word(s.data() + i)) * 16777619u;
        for (; i < s.size(); ++i) h = (h ^ static_cast<unsigned char>(s[i])) * 16777619u;
        return h ^ (h >> 15);
    }
    static bool same(const std::string& a, const std::string& b) {
        if (a.size() != b.size()) return false;
        size_t i = 0;
        for (; i + 4 <= a.size(); i += 4)
            if (word(a.data() + i) != word(b.data() + i)) return false;
        for (; i < a.size(); ++i)
            if (a[i] != b[i]) return false;
        return true;
    }
    void place(size_t entry) {
        size_t i = hash(texts_[entry - 1]) & mask();
        while (slots_[i] != 0) i = (i + 1) & mask();
        slots_[i] = static_cast<uint32_t>(entry);
    }
    void grow() {
        slots_.assign(slots_.empty() ? 1024 : 2 * slots_.size(), 0);
        for (size_t e = 1; e < texts_.size() + 1; ++e) place(e);
    }
};

using Keys = std::vector<std::string_view>;

// The shapes JavaScript already holds, by their index in its table.
class ShapeTable {
public:
    // The shape of keys [first, last), added (and described in `added`, as
    // imgcost_read_tape reads it) when new.
    size_t find_or_add(Keys::const_iterator first, Keys::const_iterator last, std::vector<double>& added) {
        size_t n = static_cast<size_t>(last - first);
        auto same = [&](const std::vector<std::string>& shape) {
            return shape.size() == n && std::equal(first, last, shape.begin());
        };
        // Rows come in runs of one shape: try the last one found first.
        if (last_ < shapes_.size() && same(shapes_[last_])) return last_;
        for (size_t i = shapes_.size(); i-- > 0;)
            if (same(shapes_[i])) return last_ = i;
        shapes_.emplace_back(first, last);
        added.push_back(static_cast<double>(n));
        for (auto k = first; k != last; ++k) {
            added.push_back(static_cast<double>(reinterpret_cast<std::uintptr_t>(k->data())));
            added.push_back(static_cast<double>(k->size()));
        }
        return last_ = shapes_.size() - 1;
    }
    // True when the table was full and starts over (JavaScript's must too).
    bool start_over_if_full() {
        if (shapes_.size() < max_shapes) return false;
        shapes_.clear();
        return true;
    }

private:
    std::vector<std::vector<std::string>> shapes_;
    size_t last_ = 0;
};

}  // namespace imgcost::web
