#include "doc_dates.h"

namespace ft::dates {

std::string in_words(const std::string& iso) {
    static const char* const months[] = {"January", "February", "March",     "April",   "May",      "June",
                                         "July",    "August",   "September", "October", "November", "December"};
    auto digits = [&](std::size_t from, std::size_t n) {
        for (std::size_t i = from; i < from + n; ++i)
            if (iso[i] < '0' || iso[i] > '9') return false;
        return true;
    };
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-' || !digits(0, 4) || !digits(5, 2) || !digits(8, 2)) return iso;
    int month = std::stoi(iso.substr(5, 2)), day = std::stoi(iso.substr(8, 2));
    if (month < 1 || month > 12 || day < 1 || day > 31) return iso;
    return std::to_string(day) + " " + months[month - 1] + " " + iso.substr(0, 4);
}

}  // namespace ft::dates
