#include "shell/error_words.h"

#include <cctype>

#include "shell/pointer_words.h"

namespace ft::ui {

std::string place_in_words(const std::string& pointer) {
    std::string out = pointer_words(pointer, PointerWords{});
    if (!out.empty()) out[0] = char(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

std::string message_in_words(const std::string& message) {
    static const std::string kChoice = "must be one of ";
    if (message.rfind(kChoice, 0) == 0) return "is not one of the choices fairterms offers";
    return message;
}

std::string error_in_words(const std::string& pointer, const std::string& raw_message) {
    const std::string message = message_in_words(raw_message);
    // "/schema" says what the file is: its messages are about the file as a whole.
    if (pointer.empty() || pointer == "/schema") {
        std::string out = (pointer.empty() ? "" : "This file ") + message;
        if (!out.empty()) out[0] = char(std::toupper(static_cast<unsigned char>(out[0])));
        return out;
    }
    return place_in_words(pointer) + ": " + message;
}

}  // namespace ft::ui
