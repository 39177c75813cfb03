#include "shell/error_words.h"

#include <cctype>

#include "base/dates.h"

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
    // A date quoted from the file (core writes them as stored, 2027-03-31) as a person writes it.
    std::string out;
    for (std::size_t i = 0; i < message.size(); ++i) {
        auto digit = [&](std::size_t k) { return i + k < message.size() && std::isdigit(static_cast<unsigned char>(message[i + k])); };
        bool after_digit = i > 0 && std::isdigit(static_cast<unsigned char>(message[i - 1]));
        bool iso = !after_digit && i + 10 <= message.size() && digit(0) && digit(1) && digit(2) && digit(3) &&
                   message[i + 4] == '-' && digit(5) && digit(6) && message[i + 7] == '-' && digit(8) && digit(9) && !digit(10);
        if (iso && dates::long_date(message.substr(i, 10)) != message.substr(i, 10)) {
            out += dates::long_date(message.substr(i, 10));
            i += 9;
        } else {
            out += message[i];
        }
    }
    return out;
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
