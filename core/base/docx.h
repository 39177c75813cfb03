// A minimal Word (.docx) writer: headings, paragraphs and bulleted items, nothing else.
//
// A .docx is a ZIP of XML parts. The parts are stored uncompressed (ZIP method 0), which every reader
// accepts, so no compression library is needed and the bytes depend only on the content (fixed timestamps).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ft::docx {

// CRC-32 as ZIP uses it (polynomial 0xEDB88320, reflected, initial and final XOR 0xFFFFFFFF).
std::uint32_t crc32(std::string_view bytes);

// A ZIP archive holding the given (name, bytes) entries, uncompressed, in the given order.
std::string zip_stored(const std::vector<std::pair<std::string, std::string>>& entries);

// Standard base64 (RFC 4648) with padding, for passing bytes through text-only channels.
std::string base64(std::string_view bytes);

enum class BlockKind { heading1, heading2, paragraph, bullet };

struct Block {
    BlockKind kind;
    std::string text;   // UTF-8; escaped when written
};

// A Word document of the blocks in order, using the paragraph styles Heading1, Heading2, Normal and
// ListBullet (defined in the document's own styles part).
std::string document(const std::vector<Block>& blocks);

}  // namespace ft::docx
