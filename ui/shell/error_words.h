#pragma once
// Core refusals in words a person reads: the CLI and the JS API give "/quotes/0/users: must be ..." (the JSON
// pointer is their contract), but a screen names the place in words ("Quotes 1, users: must be ...") and never
// shows programmer notation such as /schema.
#include <string>

namespace ft::ui {

// "/quotes/0/datasets/2/data_type" -> "Quotes 1, datasets 3, data type"; "" for the whole file.
std::string place_in_words(const std::string& pointer);
// A core message as a person reads it. Core lists the allowed values of a choice as they are written in a
// file ('must be one of "commercial" or "non_commercial"'): codes a person never sees on the screens, where
// each choice has its words. Such a refusal becomes "is not one of the choices fairterms offers". A date
// quoted as stored ("must not be before the approval date (2027-03-31)") is written as a person writes it
// ("31 March 2027"). Anything else is returned as it is.
std::string message_in_words(const std::string& message);
// A refused field as a sentence a person reads, from the screen's words for its place ("Partner, name") and
// core's message: "Enter the partner's name." for an empty field, "The name in dataset row 1 must be at most
// 200 characters." for the rest, never "Partner, name: must not be empty". A message that does not follow a
// field's name as a verb phrase keeps the form "Place: message"; no place gives the message as a sentence.
std::string refusal_sentence(const std::string& place, const std::string& message);
// The same as a clause inside a longer sentence ("... : the extra years of history in dataset row 1 must be a
// whole number from 0 to 200, so it was reset"): no capital, no full stop, and an empty field is "must not be
// empty" rather than a request to enter it.
std::string refusal_clause(const std::string& place, const std::string& message);
// A refusal as one phrase: "This file was made by a newer ...", "Quotes 1, users: must be ...".
std::string error_in_words(const std::string& pointer, const std::string& message);

}  // namespace ft::ui
