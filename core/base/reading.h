// How a parser reads a document: strictly, or as a draft it salvages.
//
// The same parser serves both. Strictly, the first refused field ends the read with its InputError (the
// CLI's, the JS API's and the engine's behaviour). As a draft (a half-filled quote or scenario kept in the
// workspace, or one a person damaged by hand), every field is read with the same rules, types, ranges and
// limits, but
//   - a field that is absent keeps the value the caller started from (a draft need not be complete),
//   - a rule a finished document must meet and a half-filled one cannot yet (a name not empty, at least one
//     contribution, a year within the horizon) is not checked, and
//   - a refused field is skipped, keeping the starting value, and noted with its pointer and the reason,
//     so the rest of the draft survives and the person can be told, in words, what was left out.
// One reader for both keeps the draft's field rules from drifting away from the strict ones.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "base/json_input.h"

namespace ft {

// A field a draft read skipped: where it was (a JSON pointer) and what was expected, in plain English.
struct InputNote {
    std::string pointer;
    std::string message;
};

class Reading {
public:
    Reading() = default;                                                      // strict
    explicit Reading(std::vector<InputNote>& notes) : notes_(&notes) {}       // a draft; notes collect here

    bool draft() const { return notes_ != nullptr; }

    // Runs read(). Strictly an InputError passes through; in a draft it becomes a note. True when it read.
    template <class Read>
    bool keep(Read&& read) const {
        if (!draft()) {
            read();
            return true;
        }
        try {
            read();
            return true;
        } catch (const InputError& e) {
            note(e.pointer, e.message);
            return false;
        }
    }

    // Reads member `key` of `parent` with read(Field). Absent (or null): strictly "is required"; a draft keeps
    // what it has. True when it read.
    template <class Read>
    bool required(const Field& parent, const char* key, Read&& read) const {
        if (draft() && !parent.has(key)) return false;
        return keep([&] { read(parent.at(key)); });
    }

    // Reads member `key` when present; absent is fine either way. True when it read.
    template <class Read>
    bool optional(const Field& parent, const char* key, Read&& read) const {
        if (!parent.has(key)) return false;
        return keep([&] { read(parent.at(key)); });
    }

    // A completeness or cross-field rule: checked strictly, skipped in a draft.
    template <class Check>
    void complete(Check&& check) const {
        if (!draft()) check();
    }

    // Text a finished document must not leave empty (strictly as Field::nonempty_text); a draft may leave it
    // empty but keeps the type and length rules.
    std::string filled_text(const Field& f, std::size_t max_len) const {
        return draft() ? f.text(max_len) : f.nonempty_text(max_len);
    }

    // How many items of a list to read: strictly a list above `max` fails with `message`; a draft notes it and
    // reads the first `max`.
    std::size_t items_at_most(const Field& list, std::size_t max, const std::string& message) const {
        std::size_t n = list.size();
        if (n <= max) return n;
        if (!draft()) list.fail(message);
        note(list.pointer(), message + "; the first " + std::to_string(max) + " are kept");
        return max;
    }

    // Members other than those allowed: strictly the first is refused; a draft notes each and reads the rest.
    void only_keys(const Field& f, const std::vector<std::string>& allowed) const {
        if (!draft()) return f.only_keys(allowed);
        if (!f.value().is_object()) return;
        for (auto it = f.value().begin(); it != f.value().end(); ++it)
            if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end())
                note(pointer_append(f.pointer(), it.key()), kUnknownFieldMessage);
    }

    void note(std::string pointer, std::string message) const {
        if (notes_) notes_->push_back({pointer.empty() ? std::string("/") : std::move(pointer), std::move(message)});
    }

private:
    std::vector<InputNote>* notes_ = nullptr;
};

}  // namespace ft
