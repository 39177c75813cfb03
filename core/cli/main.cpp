// fairterms: the command-line face of the core. A thin main over ft::api::run().
//
//   fairterms <command> FILE|- [--format F] [-o OUT]
//
// Exit 0 on success, 2 on invalid input (one line on stderr naming the field as a JSON pointer),
// 1 on an internal error. Output files are written whole or not at all; an output that cannot be written
// (a missing folder, a full disk, standard output included) is exit 2 with the system's reason.
#include <cerrno>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "api.h"
#include "base/text_format.h"
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

// Why a system call failed, in the system's words ("No such file or directory").
std::string reason(int err) { return std::strerror(err); }

// Reads the whole input file, or says why not: a folder, a missing file, no permission.
bool read_input(const std::string& path, std::string& out, std::string& why) {
    int fd = path == "-" ? 0 : ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) { why = reason(errno); return false; }
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        if (fd != 0) ::close(fd);
        why = "is a folder, not a file";
        return false;
    }
    char buf[65536];
    bool ok = true;
    for (;;) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n > 0) { out.append(buf, std::size_t(n)); continue; }
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) { why = reason(errno); ok = false; }
        break;
    }
    if (fd != 0) ::close(fd);
    return ok;
}

bool write_all(int fd, const std::string& data, std::string& why) {
    std::size_t done = 0;
    while (done < data.size()) {
        ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) { why = reason(n < 0 ? errno : EIO); return false; }
        done += std::size_t(n);
    }
    return true;
}

// Where writing to `path` really lands: a symbolic link is followed (to its target, even if that does not
// exist yet), so the link stays a link and the file it names is replaced.
std::string resolve_links(std::string path) {
    for (int hops = 0; hops < 40; ++hops) {
        struct stat st {};
        if (::lstat(path.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return path;
        std::vector<char> buf(std::size_t(st.st_size > 0 ? st.st_size : 4096) + 1);
        ssize_t n = ::readlink(path.c_str(), buf.data(), buf.size() - 1);
        if (n < 0) return path;
        std::string target(buf.data(), std::size_t(n));
        if (!target.empty() && target[0] != '/') {
            std::size_t slash = path.rfind('/');
            if (slash != std::string::npos) target = path.substr(0, slash + 1) + target;
        }
        path = target;
    }
    return path;
}

// Writes the whole output or nothing: into a new temporary file beside the target (a unique name, so a
// user's own X.part is never touched), with the mode the existing file had, then renamed over it.
// A device or pipe (e.g. -o /dev/stdout) is written directly, since it cannot be replaced.
bool write_whole_file(const std::string& requested, const std::string& data, std::string& why) {
    std::string path = resolve_links(requested);
    struct stat st {};
    bool exists = ::stat(path.c_str(), &st) == 0;
    if (exists && S_ISDIR(st.st_mode)) { why = "is a folder"; return false; }
    if (exists && !S_ISREG(st.st_mode)) {
        int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
        if (fd < 0) { why = reason(errno); return false; }
        bool ok = write_all(fd, data, why);
        if (::close(fd) != 0 && ok) { why = reason(errno); ok = false; }
        return ok;
    }
    std::size_t slash = path.rfind('/');
    std::string dir = slash == std::string::npos ? "." : path.substr(0, slash + 1);
    std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    std::string tmpl = (slash == std::string::npos ? std::string() : dir) + "." + name + ".fairterms-XXXXXX";
    std::vector<char> tmp(tmpl.begin(), tmpl.end());
    tmp.push_back('\0');
    int fd = ::mkstemp(tmp.data());
    if (fd < 0) { why = reason(errno); return false; }
    mode_t mode;
    if (exists) {
        mode = st.st_mode & 07777;
    } else {
        mode_t mask = ::umask(0);
        ::umask(mask);
        mode = 0666 & ~mask;
    }
    bool ok = ::fchmod(fd, mode) == 0 || (why = reason(errno), false);
    ok = ok && write_all(fd, data, why);
    ok = ok && (::fsync(fd) == 0 || (why = reason(errno), false));
    if (::close(fd) != 0 && ok) { why = reason(errno); ok = false; }
    ok = ok && (::rename(tmp.data(), path.c_str()) == 0 || (why = reason(errno), false));
    if (!ok) ::unlink(tmp.data());
    return ok;
}

// Error text may echo what the user typed (a file name, a format); it is written as valid UTF-8.
void say(const std::string& line) {
    std::string text = ft::text::valid_utf8("fairterms: " + line) + "\n";
    std::string why;
    (void)write_all(2, text, why);
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
            if (i + 1 >= args.size()) { say(a + " needs a value"); return 2; }
            (a == "-o" ? out_path : format) = args[++i];
        } else if (a.rfind("--format=", 0) == 0) {
            format = a.substr(9);
        } else if (command.empty()) {
            command = a;
        } else if (input_path.empty()) {
            input_path = a;
        } else {
            say("unexpected argument '" + a + "' (see fairterms --help)");
            return 2;
        }
    }
    if (command.empty()) { print_usage(std::cerr); return 2; }

    std::string input;
    if (command != "version") {
        if (input_path.empty()) { say(command + " needs an input FILE or - (see fairterms --help)"); return 2; }
        std::string why;
        if (!read_input(input_path, input, why)) { say("cannot read " + input_path + ": " + why); return 2; }
    }

    ft::api::Result r = ft::api::run(command, input, format);
    if (r.status != ft::api::Status::ok) {
        std::string where = r.error_pointer.empty() ? "" : r.error_pointer + ": ";
        say(where + r.error_message);
        return static_cast<int>(r.status);
    }
    std::string why;
    if (!out_path.empty()) {
        if (!write_whole_file(out_path, r.body, why)) { say("cannot write " + out_path + ": " + why); return 2; }
        return 0;
    }
    if (!write_all(1, r.body, why)) { say("cannot write to standard output: " + why); return 2; }
    return 0;
}
