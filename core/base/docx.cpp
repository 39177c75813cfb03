#include "base/docx.h"

#include <array>

namespace ft::docx {
namespace {

void put16(std::string& out, unsigned v) {
    out += char(v & 0xFF);
    out += char((v >> 8) & 0xFF);
}
void put32(std::string& out, std::uint32_t v) {
    put16(out, v & 0xFFFF);
    put16(out, v >> 16);
}

}  // namespace

std::uint32_t crc32(std::string_view bytes) {
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t n = 0; n < 256; ++n) {
            std::uint32_t c = n;
            for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    std::uint32_t c = 0xFFFFFFFFu;
    for (char ch : bytes) c = table[(c ^ static_cast<unsigned char>(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

std::string zip_stored(const std::vector<std::pair<std::string, std::string>>& entries) {
    // Every entry is dated 1980-01-01 00:00 (the DOS epoch), so equal content gives equal bytes.
    const unsigned dos_time = 0, dos_date = (0 << 9) | (1 << 5) | 1;
    std::string out, central;
    for (const auto& entry : entries) {
        // Named references, not a structured binding: clang (wasm, fuzz builds) cannot capture bindings in C++17.
        const std::string& name = entry.first;
        const std::string& data = entry.second;
        std::uint32_t offset = static_cast<std::uint32_t>(out.size()), crc = crc32(data);
        auto common = [&](std::string& h) {
            put16(h, 20); put16(h, 0x0800); put16(h, 0);   // version 2.0, UTF-8 names, stored
            put16(h, dos_time); put16(h, dos_date);
            put32(h, crc); put32(h, std::uint32_t(data.size())); put32(h, std::uint32_t(data.size()));
            put16(h, unsigned(name.size())); put16(h, 0);  // name length, no extra field
        };
        put32(out, 0x04034b50);
        common(out);
        out += name;
        out += data;
        put32(central, 0x02014b50);
        put16(central, 20);
        common(central);
        put16(central, 0); put16(central, 0); put16(central, 0);   // comment, disk, internal attributes
        put32(central, 0); put32(central, offset);                  // external attributes, local header
        central += name;
    }
    std::uint32_t central_offset = static_cast<std::uint32_t>(out.size());
    out += central;
    put32(out, 0x06054b50);
    put16(out, 0); put16(out, 0);
    put16(out, unsigned(entries.size())); put16(out, unsigned(entries.size()));
    put32(out, std::uint32_t(central.size())); put32(out, central_offset);
    put16(out, 0);
    return out;
}

std::string base64(std::string_view bytes) {
    static const char* digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        std::uint32_t n = std::uint32_t(static_cast<unsigned char>(bytes[i])) << 16;
        if (i + 1 < bytes.size()) n |= std::uint32_t(static_cast<unsigned char>(bytes[i + 1])) << 8;
        if (i + 2 < bytes.size()) n |= static_cast<unsigned char>(bytes[i + 2]);
        out += digits[(n >> 18) & 63];
        out += digits[(n >> 12) & 63];
        out += i + 1 < bytes.size() ? digits[(n >> 6) & 63] : '=';
        out += i + 2 < bytes.size() ? digits[n & 63] : '=';
    }
    return out;
}

}  // namespace ft::docx
