#include "shell/error_words.h"

#include <cctype>

#include "shell/pointer_words.h"

namespace ft::ui {

std::string place_in_words(const std::string& pointer) {
    std::string out = pointer_words(pointer, PointerWords{});
    if (!out.empty()) out[0] = char(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

std::string error_in_words(const std::string& pointer, const std::string& message) {
    // "/schema" says what the file is: its messages are about the file as a whole.
    if (pointer.empty() || pointer == "/schema") {
        std::string out = (pointer.empty() ? "" : "This file ") + message;
        if (!out.empty()) out[0] = char(std::toupper(static_cast<unsigned char>(out[0])));
        return out;
    }
    return place_in_words(pointer) + ": " + message;
}

}  // namespace ft::ui
