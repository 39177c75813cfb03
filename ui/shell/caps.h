// The workspace's caps on counts (core/base/input_limits.h) as the app applies them: the user may not add
// one more to a full list, and is told why, in the words a file over the cap would be refused with.
#pragma once

#include <cstddef>

#include "base/input_limits.h"
#include "shell/screen.h"

namespace ft::ui {

// True when a list of `count` may take one more; otherwise says why (a message) and returns false.
inline bool room_for_one_more(AppContext& ctx, std::size_t count, std::size_t cap, const char* noun) {
    if (count < cap) return true;
    ctx.toast(limits::list_full(cap, noun), ToastKind::error);
    return false;
}

}  // namespace ft::ui
