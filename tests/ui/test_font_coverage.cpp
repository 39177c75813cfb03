// Every character any screen or built-in asset can show is in the font the app draws with: the embedded
// subset fonts as actually loaded into Dear ImGui's atlas (a missing glyph is drawn as "?", which is how
// "Now -> target" once read "Now ? target").
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "fake_platform.h"

namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Turns the C escapes "\xE2\x86\x92" in source text into the bytes they stand for.
std::string unescape_hex(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 3 < s.size() + 0 && s[i + 1] == 'x' && std::isxdigit(static_cast<unsigned char>(s[i + 2])) &&
            std::isxdigit(static_cast<unsigned char>(s[i + 3]))) {
            out += char(std::stoi(s.substr(i + 2, 2), nullptr, 16));
            i += 3;
        } else {
            out += s[i];
        }
    }
    return out;
}

// Code points above ASCII in UTF-8 text (malformed bytes are reported as U+FFFD, which no font here has).
std::set<unsigned> code_points(const std::string& s) {
    std::set<unsigned> out;
    for (std::size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) { ++i; continue; }
        int n = (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (n == 0 || i + n > s.size()) { out.insert(0xFFFD); ++i; continue; }
        unsigned cp = c & (0xFF >> (n + 1));
        for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.insert(cp);
        i += n;
    }
    return out;
}

void check_file(const fs::path& p, const std::string& text, ImFont* font) {
    for (unsigned cp : code_points(text)) {
        if (cp == 0xFEFF) continue;   // a byte-order mark in a CSV template is not shown
        CAPTURE(p.string());
        CAPTURE(cp);
        CHECK(font->FindGlyphNoFallback(ImWchar(cp)) != nullptr);
    }
}

}  // namespace

TEST_CASE("every character in ui/ strings and assets/ has a glyph in the loaded fonts") {
    ft::test::Harness h;   // loads the embedded fonts exactly as the app does
    const fs::path root = FT_SOURCE_DIR;
    for (ImFont* font : {h.app->fonts().body, h.app->fonts().bold}) {
        REQUIRE(font);
        int files = 0;
        for (const auto& e : fs::recursive_directory_iterator(root / "ui")) {
            if (!e.is_regular_file()) continue;
            auto ext = e.path().extension();
            if (ext != ".cpp" && ext != ".h") continue;
            check_file(e.path(), unescape_hex(read(e.path())), font);
            ++files;
        }
        for (const auto& e : fs::recursive_directory_iterator(root / "assets")) {
            if (!e.is_regular_file()) continue;
            check_file(e.path(), read(e.path()), font);
            ++files;
        }
        CHECK(files > 20);
    }
}

TEST_CASE("the arrow, minus and comparison signs the screens use are drawn, not replaced") {
    ft::test::Harness h;
    for (unsigned cp : {0x2192u, 0x2191u, 0x2193u, 0x2212u, 0x2264u, 0x2265u, 0x2713u, 0x2717u, 0x2026u, 0x2013u, 0xA3u, 0x20ACu})
        CHECK(h.app->fonts().body->FindGlyphNoFallback(ImWchar(cp)) != nullptr);
}
