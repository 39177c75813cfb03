#pragma once
// Core refusals in words a person reads: the CLI and the JS API give "/quotes/0/users: must be ..." (the JSON
// pointer is their contract), but a screen names the place in words ("Quotes 1, users: must be ...") and never
// shows programmer notation such as /schema.
#include <string>

namespace ft::ui {

// "/quotes/0/datasets/2/data_type" -> "Quotes 1, datasets 3, data type"; "" for the whole file.
std::string place_in_words(const std::string& pointer);
// A refusal as one phrase: "This file was made by a newer ...", "Quotes 1, users: must be ...".
std::string error_in_words(const std::string& pointer, const std::string& message);

}  // namespace ft::ui
