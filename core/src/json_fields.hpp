// Result objects are built from tables of (key, member) rather than nested
// brace lists: each brace-list element instantiated its own json constructor
// code, which made the result builders the largest functions of the wasm module.
// The tables fill a Value (value.hpp), which both the JSON writer (CLI) and the
// JavaScript writer (page) write out, so each field list exists once.
#pragma once

#include <initializer_list>
#include <string>
#include <utility>

#include "imgcost/value.hpp"
#include "imgcost/value_writer.hpp"

namespace imgcost::detail {

template <class T>
using Numbers = std::initializer_list<std::pair<const char*, double T::*>>;
template <class T>
using Texts = std::initializer_list<std::pair<const char*, std::string T::*>>;

// Adds key: from.*member for each entry (keys j does not have yet).
template <class T>
void put(Value& j, const T& from, Numbers<T> numbers, Texts<T> texts = {}) {
    for (const auto& [key, member] : numbers) j.add(key, from.*member);
    for (const auto& [key, member] : texts) j.add(key, from.*member);
}

template <class T>
void put(ValueWriter& w, const T& from, Numbers<T> numbers, Texts<T> texts = {}) {
    for (const auto& [key, member] : numbers) w.member(key, from.*member);
    for (const auto& [key, member] : texts) w.member(key, from.*member);
}

}  // namespace imgcost::detail
