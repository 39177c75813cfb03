#include "base/embedded.h"

#include <algorithm>
#include <cstddef>
#include <utility>

namespace ft::embedded {

// Defined in the generated embedded_data.cpp.
extern const std::pair<std::string_view, std::string_view> kFiles[];
extern const std::size_t kFileCount;

std::string_view get(std::string_view path) {
    for (std::size_t i = 0; i < kFileCount; ++i)
        if (kFiles[i].first == path) return kFiles[i].second;
    return {};
}

std::vector<std::string_view> list(std::string_view prefix) {
    std::vector<std::string_view> out;
    for (std::size_t i = 0; i < kFileCount; ++i)
        if (kFiles[i].first.substr(0, prefix.size()) == prefix) out.push_back(kFiles[i].first);
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace ft::embedded
