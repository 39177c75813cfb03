// ft::ui::Platform for the browser: downloads, file picking, printing, clipboard and localStorage.
#pragma once

#include "shell/platform.h"

namespace ft::web {

class WebPlatform final : public ui::Platform {
public:
    void save_file(const std::string& file_name, const std::string& media_type, const std::string& bytes) override;
    void open_file(const std::string& purpose, const std::string& accept) override;
    void open_printable(const std::string& html) override;
    void set_clipboard(const std::string& text) override;
    std::string clipboard() override;
    bool store(const std::string& key, const std::string& value) override;
    std::string load(const std::string& key) override;
    double now_ms() override;
    std::string today() override;
    ui::RendererDescription renderer_description() override;
};

// Installs the page-level listeners (paste, file input) and window.fairterms. Call once from main().
void install_page_hooks();

}  // namespace ft::web
