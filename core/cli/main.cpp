// fairterms: the command-line face of the core. A thin main over ft::api::run().
//
//   fairterms <command> FILE|- [--format F] [-o OUT]
//
// Exit 0 on success, 2 on invalid input (one line on stderr naming the field as a JSON pointer),
// 1 on an internal error. Output files are written whole or not at all.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "api.h"
#include "version.h"

namespace {

void print_usage(std::ostream& out) {
    out << "fairterms " << ft::kVersion
        << ": fair terms for NHS data partnerships (readiness, strategy, quotes, value share).\n\n"
           "Usage:\n"
        << ft::api::help_text()
        << "\nOptions:\n"
           "  --format F     output format, for commands that write documents\n"
           "  -o OUT         write the output to OUT instead of standard output\n"
           "  -h, --help     show this help\n\n"
           "Input is a JSON file, or - for standard input. Output is JSON unless a format is given.\n"
           "Exit status: 0 success, 2 invalid input (the message names the field), 1 internal error.\n";
}

bool read_input(const std::string& path, std::string& out) {
    if (path == "-") {
        out.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
        return true;
    }
    std::ifstream f(path, std::ios::binary);
    if (!f) return false;
    out.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
    return !f.bad();
}

// Writes beside the target and renames, so a failure never leaves a partial file.
bool write_whole_file(const std::string& path, const std::string& data) {
    std::string tmp = path + ".part";
    {
        std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
        if (!f) return false;
        f.write(data.data(), std::streamsize(data.size()));
        f.flush();
        if (!f) { std::remove(tmp.c_str()); return false; }
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) { std::remove(tmp.c_str()); return false; }
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    std::string command, input_path, format, out_path;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "-h" || a == "--help" || a == "help") { print_usage(std::cout); return 0; }
        if (a == "--version") { command = "version"; continue; }
        if (a == "--format" || a == "-o") {
            if (i + 1 >= args.size()) { std::cerr << "fairterms: " << a << " needs a value\n"; return 2; }
            (a == "-o" ? out_path : format) = args[++i];
        } else if (a.rfind("--format=", 0) == 0) {
            format = a.substr(9);
        } else if (command.empty()) {
            command = a;
        } else if (input_path.empty()) {
            input_path = a;
        } else {
            std::cerr << "fairterms: unexpected argument '" << a << "' (see fairterms --help)\n";
            return 2;
        }
    }
    if (command.empty()) { print_usage(std::cerr); return 2; }

    std::string input;
    if (command != "version") {
        if (input_path.empty()) { std::cerr << "fairterms: " << command << " needs an input FILE or - (see fairterms --help)\n"; return 2; }
        if (!read_input(input_path, input)) { std::cerr << "fairterms: cannot read " << input_path << "\n"; return 2; }
    }

    ft::api::Result r = ft::api::run(command, input, format);
    if (r.status != ft::api::Status::ok) {
        std::string where = r.error_pointer.empty() ? "" : r.error_pointer + ": ";
        std::cerr << "fairterms: " << where << r.error_message << "\n";
        return static_cast<int>(r.status);
    }
    if (!out_path.empty()) {
        if (!write_whole_file(out_path, r.body)) { std::cerr << "fairterms: cannot write " << out_path << "\n"; return 1; }
        return 0;
    }
    std::cout.write(r.body.data(), std::streamsize(r.body.size()));
    std::cout.flush();
    return std::cout ? 0 : 1;
}
