#pragma once
namespace ft {
inline constexpr const char* kProductName = "fairterms";
inline constexpr const char* kVersion = "0.1.0";
}  // namespace ft
