// Dates as documents print them. Documents say "31 March 2027"; CSV and JSON keep 2027-03-31.
#pragma once

#include <string>

namespace ft::dates {

// "2027-03-31" -> "31 March 2027". Anything that is not a YYYY-MM-DD date comes back unchanged.
std::string in_words(const std::string& iso);

}  // namespace ft::dates
