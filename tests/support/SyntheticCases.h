#pragma once

#include "Session.h"

// Many plausible cases fast, for model tests and benchmarks: names with and
// without diacritics, every unit, kind and state, amounts of every size.
namespace SyntheticCases {
// Adds `count` cases (with a few events each) in transactions of 10 000; false on failure.
bool generate(const Session &session, int count, quint64 seed, QString *error);
}
