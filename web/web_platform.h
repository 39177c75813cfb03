// ft::ui::Platform for the browser: downloads, file picking, printing, clipboard, localStorage and working files.
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
    // Storage and working files (web/storage.cpp over web/storage.js).
    void remove(const std::string& key) override;
    std::vector<std::string> stored_keys(const std::string& prefix) override;
    std::string instance_id() override;
    std::string copy_location() override;
    std::string time_of_day() override;
    void set_leave_warning(bool ask) override;
    bool has_working_files() override;
    void choose_working_file(const std::string& suggested_name) override;
    void open_working_file() override;
    void write_working_file(const std::string& bytes) override;
    void drop_working_file() override;
};

// Installs the page-level listeners (paste, file input) and window.fairterms. Call once from main().
void install_page_hooks();

}  // namespace ft::web
