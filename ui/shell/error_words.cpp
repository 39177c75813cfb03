#include "shell/error_words.h"

#include <cctype>
#include <vector>

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
    std::size_t done = 0;
    for (std::size_t at = dates::find_iso_date(message); at != std::string::npos; at = dates::find_iso_date(message, at + 10)) {
        out += message.substr(done, at - done) + dates::long_date(message.substr(at, 10));   // unchanged if no real day
        done = at + 10;
    }
    return out + message.substr(done);
}

namespace {

std::string capitalised(std::string s) {
    if (!s.empty()) s[0] = char(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

// "Partner" -> "partner", but "VAT rate" and "DHSC" keep their capitals.
std::string lower_first(std::string s) {
    if (s.size() > 1 && std::isupper(static_cast<unsigned char>(s[0])) && !std::isupper(static_cast<unsigned char>(s[1])))
        s[0] = char(std::tolower(static_cast<unsigned char>(s[0])));
    return s;
}

bool numbered(const std::string& part) { return part.find_first_of("0123456789") != std::string::npos; }

std::string the(const std::string& words) { return words.rfind("your ", 0) == 0 ? words : "the " + words; }

// "Partner, name" -> "the partner's name"; "Dataset row 2, data type" -> "the data type in dataset row 2".
std::string field_phrase(const std::string& place) {
    std::vector<std::string> parts;
    for (std::size_t pos = 0;;) {
        std::size_t comma = place.find(", ", pos);
        parts.push_back(place.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos));
        if (comma == std::string::npos) break;
        pos = comma + 2;
    }
    std::string out = lower_first(parts.back());
    for (std::size_t i = parts.size() - 1; i-- > 0;) {
        const std::string owner = lower_first(parts[i]);
        if (owner.empty()) continue;
        if (numbered(owner) || i + 2 < parts.size()) out += " in " + owner;
        else out = owner + (owner.back() == 's' ? "' " : "'s ") + out;
    }
    return the(out);
}

}  // namespace

std::string refusal_clause(const std::string& place, const std::string& raw_message) {
    std::string message = message_in_words(raw_message);
    if (!message.empty() && message.back() == '.') message.pop_back();
    if (place.empty()) return message;
    static const char* const verbs[] = {"must ", "is ", "are ", "can ", "cannot ", "needs ", "repeats ", "names ", "lists ", "takes "};
    for (const char* verb : verbs)
        if (message.rfind(verb, 0) == 0) return field_phrase(place) + " " + message;
    // A field's own refusal says what to type ("enter a number"): it follows the field's name.
    if (message.rfind("enter ", 0) == 0) return field_phrase(place) + ": " + message;
    return place + ": " + message;
}

std::string refusal_sentence(const std::string& place, const std::string& raw_message) {
    if (!place.empty() && message_in_words(raw_message) == "must not be empty") return "Enter " + field_phrase(place) + ".";
    return capitalised(refusal_clause(place, raw_message)) + ".";
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
