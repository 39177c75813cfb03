#include "shell/pointer_words.h"

#include <algorithm>
#include <vector>

namespace ft::ui {
namespace {

// RFC 6901: "~1" is '/', "~0" is '~'.
std::string unescape(const std::string& token) {
    std::string out;
    for (std::size_t i = 0; i < token.size(); ++i) {
        if (token[i] == '~' && i + 1 < token.size() && (token[i + 1] == '0' || token[i + 1] == '1')) {
            out += token[i + 1] == '1' ? '/' : '~';
            ++i;
        } else {
            out += token[i];
        }
    }
    return out;
}

// A member no screen names, in generic words: money is stored in pence, the person sees the amount.
std::string generic_words(std::string token) {
    const std::string pence = "_pence";
    if (token.size() > pence.size() && token.compare(token.size() - pence.size(), pence.size(), pence) == 0)
        token.resize(token.size() - pence.size());
    std::replace(token.begin(), token.end(), '_', ' ');
    return token;
}

}  // namespace

std::string pointer_words(const std::string& pointer, const PointerWords& w) {
    std::vector<std::string> parts;
    std::size_t pos = 1;
    while (pointer.size() > 1 && pos <= pointer.size()) {
        std::size_t next = pointer.find('/', pos);
        std::string token = unescape(pointer.substr(pos, next == std::string::npos ? std::string::npos : next - pos));
        pos = next == std::string::npos ? pointer.size() + 1 : next + 1;
        if (w.silent.count(token)) continue;
        bool number = !token.empty() && token.size() < 10 &&
                      std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (number && !parts.empty()) {
            parts.back() += " " + std::to_string(std::stoul(token) + 1);
            continue;
        }
        auto it = w.words.find(token);
        parts.push_back(it != w.words.end() ? it->second : generic_words(token));
    }
    if (parts.empty()) return w.whole;
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? ", " : "") + parts[i];
    return out;
}

}  // namespace ft::ui
