#include "shell/history.h"

#include <utility>

namespace ft::ui {

void History::reset(std::string state) {
    current_ = std::move(state);
    done_.clear();
    undone_.clear();
}

bool History::commit(const std::string& name, std::string state) {
    if (state == current_) return false;
    done_.push_back({name, std::move(current_)});
    current_ = std::move(state);
    undone_.clear();
    // The oldest steps go first once the history is full; the newest are the ones people take back.
    while (done_.size() > depth_) done_.pop_front();
    return true;
}

std::optional<std::string> History::undo() {
    if (done_.empty()) return std::nullopt;
    Step s = std::move(done_.back());
    done_.pop_back();
    undone_.push_back({s.name, std::move(current_)});
    current_ = std::move(s.other);
    return current_;
}

std::optional<std::string> History::redo() {
    if (undone_.empty()) return std::nullopt;
    Step s = std::move(undone_.back());
    undone_.pop_back();
    done_.push_back({s.name, std::move(current_)});
    current_ = std::move(s.other);
    return current_;
}

}  // namespace ft::ui

namespace ft::ui {
namespace {
HistoryRequest g_request = HistoryRequest::none;
}

void request_history(HistoryRequest request) {
    // An undo or redo outranks a commit asked in the same frame: the shell commits before either anyway.
    if (g_request == HistoryRequest::none || request != HistoryRequest::commit) g_request = request;
}

HistoryRequest take_history_request() {
    HistoryRequest r = g_request;
    g_request = HistoryRequest::none;
    return r;
}

}  // namespace ft::ui
