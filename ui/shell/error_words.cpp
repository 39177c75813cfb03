#include "error_words.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace ft::ui {

std::string place_in_words(const std::string& pointer) {
    std::vector<std::string> parts;
    std::size_t pos = 1;
    while (pointer.size() > 1 && pos <= pointer.size()) {
        std::size_t next = pointer.find('/', pos);
        std::string token = pointer.substr(pos, next == std::string::npos ? std::string::npos : next - pos);
        pos = next == std::string::npos ? pointer.size() + 1 : next + 1;
        // JSON pointer escapes (~1 is '/', ~0 is '~') back to the key's own characters.
        for (std::size_t i = 0; (i = token.find('~', i)) != std::string::npos; ++i)
            if (i + 1 < token.size()) token.replace(i, 2, token[i + 1] == '1' ? "/" : "~");
        bool number = !token.empty() && std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (number && !parts.empty() && token.size() < 10) {
            parts.back() += " " + std::to_string(std::stoul(token) + 1);  // people count from 1
            continue;
        }
        // Money is stored in pence; the person sees the amount.
        const std::string pence = "_pence";
        if (token.size() > pence.size() && token.compare(token.size() - pence.size(), pence.size(), pence) == 0)
            token.resize(token.size() - pence.size());
        std::replace(token.begin(), token.end(), '_', ' ');
        parts.push_back(token);
    }
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? ", " : "") + parts[i];
    if (!out.empty()) out[0] = char(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

std::string error_in_words(const std::string& pointer, const std::string& message) {
    std::string m = message;
    // "/schema" says what the file is: its messages are about the file as a whole.
    if (pointer.empty() || pointer == "/schema") {
        std::string out = (pointer.empty() ? "" : "This file ") + m;
        if (!out.empty()) out[0] = char(std::toupper(static_cast<unsigned char>(out[0])));
        return out;
    }
    return place_in_words(pointer) + ": " + m;
}

}  // namespace ft::ui
